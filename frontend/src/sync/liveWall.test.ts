import { describe, expect, it, vi } from 'vitest';
import { LiveWall, MAX_BATCHES_IN_FLIGHT } from './liveWall';
import type { SocketLike } from './socket';
import { PROTOCOL_VERSION } from './protocol';

const BOARD = '6f1c2a90-3b7d-4c1e-9f2a-0d5b8e4a7c31';
const A = '2b0e8f7a-5c4d-4e3f-8a1b-9c0d1e2f3a4b';

class FakeSocket implements SocketLike {
  readyState = 0;
  onopen: SocketLike['onopen'] = null;
  onmessage: SocketLike['onmessage'] = null;
  onclose: SocketLike['onclose'] = null;
  readonly sent: Record<string, unknown>[] = [];

  send(data: string): void {
    this.sent.push(JSON.parse(data) as Record<string, unknown>);
  }
  close(): void {
    this.readyState = 3;
  }
  open(): void {
    this.readyState = 1;
    this.onopen?.({});
  }
  receive(message: object): void {
    this.onmessage?.({ data: JSON.stringify(message) });
  }
  /** As the server sends a large snapshot to a client that asked for it: one binary frame, made by {@link gzip}. */
  receiveBinary(frame: ArrayBuffer): void {
    this.onmessage?.({ data: frame });
  }
  drop(code = 1006): void {
    this.readyState = 3;
    this.onclose?.({ code });
  }
}

function setup() {
  const sockets: FakeSocket[] = [];
  let online = true;
  const networkListeners: ((online: boolean) => void)[] = [];
  const setOnline = (value: boolean) => {
    online = value;
    networkListeners.forEach((l) => l(value));
  };
  const urls: string[] = [];
  const wall = new LiveWall({
    network: { online: () => online, onChange: (l) => networkListeners.push(l) },
    url: 'ws://test/ws',
    boardId: BOARD,
    token: 'tok',
    clientId: SECRET,
    name: 'Ada',
    colour: '#e8590c',
    openSocket: (url) => {
      urls.push(url);
      const s = new FakeSocket();
      sockets.push(s);
      return s;
    },
    retryDelay: () => 0,
  });
  return { wall, sockets, socket: () => sockets[sockets.length - 1]!, setOnline, urls };
}

async function gzip(message: object): Promise<ArrayBuffer> {
  const stream = new Blob([JSON.stringify(message)]).stream().pipeThrough(new CompressionStream('gzip'));
  return new Response(stream).arrayBuffer();
}

const SECRET = '5b7e0d3c-9a41-4f0c-8e2d-6a1b9c4f7e35';
const OWN_ORIGIN = 'dn5zJD_wIC0JJMP9LPrfIb';
const welcome = { type: 'welcome', protocol: PROTOCOL_VERSION, boardId: BOARD, sessionId: 's-1', role: 'participant', origin: OWN_ORIGIN, personId: 'Qg6oDtO3bUhy37gXHNvCYo', seq: 0, catchUp: 'snapshot', participants: [], serverTime: 1_763_890_000_000 };
const element = { id: A, kind: 'event', text: 'Order Placed', x: 0, y: 0, w: 160, h: 120, z: 1, props: {}, version: 1, updatedBy: 'Ada', updatedAt: 't' };

describe('live wall', () => {
  it('joins, takes the snapshot, and sends an edit that shows before it is confirmed', () => {
    const { wall, socket } = setup();
    socket().open();
    expect(socket().sent[0]).toMatchObject({ type: 'join', boardId: BOARD, token: 'tok', clientId: SECRET });
    expect(socket().sent[0]).not.toHaveProperty('lastSeq');
    socket().receive(welcome);
    socket().receive({ type: 'snapshot', seq: 3, board: {}, elements: [element], votes: {} });

    const clientOpId = wall.edit([{ op: 'update', id: A, set: { x: 40 } }]);
    expect(wall.snapshot().wall.view.get(A)?.x).toBe(40);
    expect(socket().sent[1]).toMatchObject({ type: 'ops', clientOpId });
    expect(clientOpId).not.toContain(SECRET);
    expect(wall.snapshot().status).toBe('connected');
  });

  it('asks for a compressed snapshot and applies the batches sent after it in their order, after it', async () => {
    const { wall, socket, urls } = setup();
    expect(urls[0]).toBe('ws://test/ws?snapshot=gzip');
    socket().open();
    socket().receive(welcome);
    socket().receiveBinary(await gzip({ type: 'snapshot', seq: 3, board: {}, elements: [element], votes: {} }));
    // arrives while the snapshot is being inflated: must be taken after it, not before, and not lost
    socket().receive({ type: 'applied', seq: 4, origin: 'other', clientOpId: 'op-9', by: 'Bo', at: 't', ops: [{ op: 'update', id: A, set: { x: 70 }, version: 2 }] });
    expect(wall.snapshot().wall.seq).toBe(0);

    await vi.waitFor(() => expect(wall.snapshot().wall.seq).toBe(4));
    expect(wall.snapshot().wall.view.get(A)).toMatchObject({ text: 'Order Placed', x: 70, version: 2 });
  });

  it('after a drop, rejoins with its last seq and resends what was not confirmed', async () => {
    const { wall, socket, sockets } = setup();
    socket().open();
    socket().receive(welcome);
    socket().receive({ type: 'snapshot', seq: 3, board: {}, elements: [element], votes: {} });
    socket().drop();
    expect(wall.snapshot().status).toBe('reconnecting');

    const offline = wall.edit([{ op: 'update', id: A, set: { text: 'Order placed' } }]);
    expect(wall.snapshot().wall.pending).toHaveLength(1);
    await vi.waitFor(() => expect(sockets).toHaveLength(2));
    socket().open();
    expect(socket().sent[0]).toMatchObject({ type: 'join', lastSeq: 3 });
    socket().receive({ ...welcome, seq: 3, catchUp: 'none' });
    expect(socket().sent[1]).toMatchObject({ type: 'ops', clientOpId: offline });

    socket().receive({ type: 'applied', seq: 4, origin: OWN_ORIGIN, clientOpId: offline, by: 'Ada', at: 't', ops: [{ op: 'update', id: A, set: { text: 'Order placed' }, version: 2 }] });
    expect(wall.snapshot().wall.pending).toEqual([]);
    expect(wall.snapshot().wall.view.get(A)).toMatchObject({ text: 'Order placed', version: 2 });
  });

  it("keeps the coach's latest list, sends the facilitator's coach and accept, and takes their applied ops in its stride", () => {
    const { wall, socket } = setup();
    socket().open();
    socket().receive({ ...welcome, role: 'facilitator' });
    socket().receive({ type: 'snapshot', seq: 3, board: {}, elements: [element], votes: {} });
    expect(wall.snapshot().checks).toBeNull();
    const finding = { key: `event-not-past-tense:${A}`, rule: 'event-not-past-tense', severity: 'error', elements: [A], message: 'm', hint: 'h', accepted: null };
    socket().receive({ type: 'checks', seq: 3, enabled: true, findings: [finding] });
    expect(wall.snapshot().checks).toEqual({ type: 'checks', seq: 3, enabled: true, findings: [finding] });

    expect(wall.steer({ type: 'accept', key: finding.key, accepted: true })).toBe(true);
    expect(wall.steer({ type: 'coach', enabled: false })).toBe(true);
    expect(socket().sent.slice(1)).toMatchObject([
      { type: 'accept', key: finding.key, accepted: true, clientOpId: expect.any(String) },
      { type: 'coach', enabled: false, clientOpId: expect.any(String) },
    ]);
    socket().receive({ type: 'applied', seq: 4, origin: 'EXgsjGu2rE6bBOK_R7PqGL', clientOpId: 'x', by: 'Ada', at: 't', ops: [{ op: 'accept', key: finding.key, accepted: true }] });
    socket().receive({ type: 'checksChanged', since: 3, seq: 4, added: [{ ...finding, accepted: { by: 'Ada', at: 't' } }], removed: [] });
    expect(wall.snapshot().wall.seq).toBe(4);
    expect(wall.snapshot().wall.view.get(A)).toMatchObject({ text: 'Order Placed' });
    expect(wall.snapshot().checks?.findings[0]?.accepted).toEqual({ by: 'Ada', at: 't' });

    socket().receive({ type: 'checks', seq: 5, enabled: 'yes', findings: [] });
    expect(wall.snapshot().checks?.seq).toBe(4);
  });

  it("takes only a batch of its own origin for its own: another's with the same clientOpId confirms nothing", () => {
    const { wall, socket } = setup();
    socket().open();
    socket().receive(welcome);
    socket().receive({ type: 'snapshot', seq: 3, board: {}, elements: [element], votes: {} });
    const mine = wall.edit([{ op: 'update', id: A, set: { x: 40 } }]);

    socket().receive({ type: 'applied', seq: 4, origin: 'rest:participant', clientOpId: mine, by: 'participant (API)', at: 't', ops: [{ op: 'update', id: A, set: { y: 9 }, version: 2 }] });
    socket().receive({ type: 'applied', seq: 5, origin: 'EXgsjGu2rE6bBOK_R7PqGL', clientOpId: mine, by: 'Grace', at: 't', ops: [{ op: 'update', id: A, set: { y: 10 }, version: 3 }] });
    expect(wall.snapshot().wall.pending.map((p) => p.clientOpId)).toEqual([mine]);
    expect(wall.snapshot().wall.view.get(A)).toMatchObject({ x: 40, y: 10 });

    socket().receive({ type: 'applied', seq: 6, origin: OWN_ORIGIN, clientOpId: mine, by: 'Ada', at: 't', ops: [{ op: 'update', id: A, set: { x: 40 }, version: 4 }] });
    expect(wall.snapshot().wall.pending).toEqual([]);
  });

  it('keeps at most 32 batches unanswered, and after 4503 resends every unanswered one in order', async () => {
    const { wall, socket, sockets } = setup();
    socket().open();
    socket().receive(welcome);
    socket().receive({ type: 'snapshot', seq: 3, board: {}, elements: [element], votes: {} });
    const ids = Array.from({ length: MAX_BATCHES_IN_FLIGHT + 8 }, (_, i) => wall.edit([{ op: 'update', id: A, set: { x: i } }]));
    const opsSent = (s: FakeSocket) => s.sent.filter((m) => m['type'] === 'ops').map((m) => m['clientOpId']);
    expect(MAX_BATCHES_IN_FLIGHT).toBe(32);
    expect(opsSent(socket())).toEqual(ids.slice(0, 32));

    socket().receive({ type: 'ack', clientOpId: ids[0], seq: 4, duplicate: true });
    expect(opsSent(socket())).toEqual(ids.slice(0, 33));

    // the server could not store ids[1]: it names it, closes with 4503, and nothing after it was applied
    socket().receive({ type: 'error', code: 'DATABASE_UNAVAILABLE', message: 'The database cannot be reached.', clientOpId: ids[1] });
    socket().drop(4503);
    expect(wall.snapshot().status).toBe('reconnecting');
    await vi.waitFor(() => expect(sockets).toHaveLength(2));
    socket().open();
    expect(socket().sent[0]).toMatchObject({ type: 'join', lastSeq: 3 });
    socket().receive({ ...welcome, seq: 4, catchUp: 'none' });
    expect(opsSent(socket())).toEqual(ids.slice(1, 33));
    expect(wall.snapshot().wall.pending).toHaveLength(ids.length - 1);
  });

  it('gives up a batch the server failed on for good, like a refused one', () => {
    const { wall, socket } = setup();
    socket().open();
    socket().receive(welcome);
    socket().receive({ type: 'snapshot', seq: 1, board: {}, elements: [element], votes: {} });
    const id = wall.edit([{ op: 'update', id: A, set: { x: 9 } }]);
    socket().receive({ type: 'error', code: 'INTERNAL_ERROR', message: 'Something went wrong.', clientOpId: id });
    expect(wall.snapshot().wall.pending).toEqual([]);
    expect(wall.snapshot().wall.view.get(A)?.x).toBe(0);
  });

  it('joins again under a new name, keeping the wall and its unconfirmed edits', () => {
    const { wall, socket, sockets } = setup();
    socket().open();
    socket().receive(welcome);
    socket().receive({ type: 'snapshot', seq: 3, board: {}, elements: [element], votes: {} });
    const unconfirmed = wall.edit([{ op: 'update', id: A, set: { x: 5 } }]);

    wall.rename('Ada Lovelace');
    expect(sockets).toHaveLength(2);
    expect(sockets[0]!.readyState).toBe(3);
    socket().open();
    expect(socket().sent[0]).toMatchObject({ type: 'join', name: 'Ada Lovelace', lastSeq: 3 });
    socket().receive({ ...welcome, seq: 3, catchUp: 'none' });
    expect(socket().sent[1]).toMatchObject({ type: 'ops', clientOpId: unconfirmed });
    expect(wall.snapshot().wall.view.get(A)?.x).toBe(5);
    expect(wall.snapshot().status).toBe('connected');
  });

  it('forgets a refused edit and says why', () => {
    const { wall, socket } = setup();
    socket().open();
    socket().receive(welcome);
    socket().receive({ type: 'snapshot', seq: 1, board: {}, elements: [element], votes: {} });
    const refusals: string[] = [];
    wall.onRejected((r) => refusals.push(r.code));
    const id = wall.edit([{ op: 'delete', id: A }]);
    expect(wall.snapshot().wall.view.size).toBe(0);
    socket().receive({ type: 'rejected', clientOpId: id, code: 'FORBIDDEN', message: "Observers can't edit the wall." });
    expect(wall.snapshot().wall.view.size).toBe(1);
    expect(refusals).toEqual(['FORBIDDEN']);
  });

  it('keeps edits made off line and sends them when the network is back', () => {
    const { wall, socket, sockets, setOnline } = setup();
    socket().open();
    socket().receive(welcome);
    socket().receive({ type: 'snapshot', seq: 3, board: {}, elements: [element], votes: {} });

    setOnline(false);
    expect(wall.snapshot().status).toBe('offline');
    const offline = wall.edit([{ op: 'update', id: A, set: { x: 77 } }]);
    expect(sockets).toHaveLength(1);
    expect(wall.snapshot().wall.view.get(A)?.x).toBe(77);

    setOnline(true);
    expect(sockets).toHaveLength(2);
    socket().open();
    expect(socket().sent[0]).toMatchObject({ type: 'join', lastSeq: 3 });
    socket().receive({ ...welcome, seq: 3, catchUp: 'none' });
    expect(socket().sent[1]).toMatchObject({ type: 'ops', clientOpId: offline });
  });

  it('gives up when the link does not open the board', () => {
    const { wall, socket, sockets } = setup();
    socket().open();
    socket().drop(4401);
    expect(wall.snapshot().status).toBe('denied');
    expect(sockets).toHaveLength(1);
  });

  it('gives up when its link was rotated by someone else', () => {
    const { wall, socket, sockets } = setup();
    socket().open();
    socket().drop(4403);
    expect(wall.snapshot().status).toBe('denied');
    expect(sockets).toHaveLength(1);
  });

  it('rejoins with the new token after rotating its own link', async () => {
    const { wall, socket, sockets } = setup();
    socket().open();
    socket().receive(welcome);
    wall.useToken('new-tok');
    socket().drop(4403);
    await vi.waitFor(() => expect(sockets).toHaveLength(2));
    socket().open();
    expect(socket().sent[0]).toMatchObject({ type: 'join', token: 'new-tok' });
  });

  it('rejoins with the new token when the old session was closed before the new token arrived', () => {
    const { wall, socket, sockets } = setup();
    socket().open();
    socket().receive(welcome);
    socket().drop(4403);
    expect(wall.snapshot().status).toBe('denied');
    wall.useToken('new-tok');
    expect(sockets).toHaveLength(2);
    socket().open();
    expect(socket().sent[0]).toMatchObject({ type: 'join', token: 'new-tok' });
  });

  it('keeps the participant list current', () => {
    const { wall, socket } = setup();
    socket().open();
    socket().receive({ ...welcome, participants: [{ sessionId: 's-1', personId: 'Qg6oDtO3bUhy37gXHNvCYo', name: 'Ada', colour: '#e8590c', role: 'participant' }] });
    socket().receive({ type: 'participantJoined', participant: { sessionId: 's-2', personId: 'kfXsgLDORCIAm8w6FNvA3b', name: 'Grace', colour: '#1971c2', role: 'observer' } });
    socket().receive({ type: 'participantLeft', sessionId: 's-1' });
    expect(wall.snapshot().participants.map((p) => p.name)).toEqual(['Grace']);
  });
});
