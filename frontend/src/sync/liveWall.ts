import {
  addPending,
  applyConfirmed,
  dropPending,
  EMPTY_WALL,
  fromSnapshot,
  type WallState,
} from '../store/wallState';
import { withChecks } from '../store/coach';
import { NO_VOTING, votingFromSnapshot, withVotingOps, type VotingView } from '../store/voting';
import { NO_SILENT, silentFromSnapshot, withSilentOps, type SilentView } from '../store/silent';
import {
  CLOSE,
  PROTOCOL_VERSION,
  parseServerMessage,
  type Checks,
  type ClientMessage,
  type Op,
  type Participant,
  type Rejected,
  type Role,
  type ServerMessage,
} from './protocol';
import { askingForGzip, browserNetwork, inOrder, retryDelay, type Network, type SocketLike } from './socket';

/**
 * Batches sent and not yet answered, at most, on one connection: under the server's own limit (64), so that a burst
 * of edits (a paste, an undo of many) waits here rather than being refused there.
 */
export const MAX_BATCHES_IN_FLIGHT = 32;

/** {@code outdated}: the server speaks another protocol version than this app; only loading the page again helps. */
export type ConnectionStatus = 'connecting' | 'connected' | 'reconnecting' | 'offline' | 'denied' | 'outdated';

export interface LiveWallOptions {
  url: string;
  boardId: string;
  token: string;
  clientId: string;
  /** The device's secret person key: every tab and reconnect of one device is one person (votes, unseen stickies). */
  personKey?: string;
  name: string;
  colour: string;
  openSocket?: (url: string) => SocketLike;
  /** Waits before reconnect attempt n (0-based); injected so tests need not wait. */
  retryDelay?: (attempt: number) => number;
  /** Tells when the device goes off and on line; the browser's own events by default. */
  network?: Network;
}

export interface LiveWallSnapshot {
  readonly wall: WallState;
  readonly status: ConnectionStatus;
  readonly role: Role | null;
  readonly sessionId: string | null;
  /** Who this page's person is on the board (from the welcome), shared by their other tabs. */
  readonly personId: string | null;
  readonly participants: readonly Participant[];
  /** Added to the device's clock, gives the server's: learnt at each welcome, so countdowns agree across screens. */
  readonly clockOffsetMs: number;
  /** The notation coach's latest list, which the server sends after the snapshot and whenever it changes. */
  readonly checks: Checks | null;
  /** The dot-voting round and this person's own dots (nobody else's reach this page before the reveal). */
  readonly voting: VotingView;
  /** Silent writing: whether it is on, who has written how many, and this person's own unseen stickies. */
  readonly silent: SilentView;
  /** How the server shows this page's own batches, and the board's seq at the last welcome: batches after it are live. */
  readonly origin: string | null;
  readonly welcomeSeq: number | null;
}

/**
 * One board, live: keeps the wall state in step with the server over a WebSocket, sends own edits optimistically,
 * and after any drop reconnects with its last seq and resends what was not confirmed (the server applies a resent
 * batch once).
 */
export class LiveWall {
  private wall: WallState = EMPTY_WALL;
  private status: ConnectionStatus = 'connecting';
  private role: Role | null = null;
  private sessionId: string | null = null;
  private personId: string | null = null;
  /** How the server shows this page's own batches (from the welcome): a hash of the secret client id. */
  private origin: string | null = null;
  private welcomeSeq: number | null = null;
  private participants: Participant[] = [];
  private clockOffsetMs = 0;
  private checks: Checks | null = null;
  private voting: VotingView = NO_VOTING;
  private silent: SilentView = NO_SILENT;
  private socket: SocketLike | null = null;
  private joined = false;
  private hasState = false;
  private counter = 0;
  private attempts = 0;
  private closed = false;
  /** The pending batches already sent on this connection (the others wait for a free place). */
  private readonly sentHere = new Set<string>();
  private readonly listeners = new Set<(s: LiveWallSnapshot) => void>();
  private readonly rejectionListeners = new Set<(r: Rejected) => void>();
  private readonly messageListeners = new Set<(m: ServerMessage) => void>();

  private readonly network: Network;
  private token: string;
  private name: string;

  constructor(private readonly options: LiveWallOptions) {
    this.token = options.token;
    this.name = options.name;
    this.network = options.network ?? browserNetwork;
    // Off line, a socket can look open for a long time; edits wait as pending and go out when the network is back.
    this.network.onChange((online) => (online ? this.reconnectNow() : this.goOffline()));
    if (this.network.online()) this.open();
    else this.goOffline();
  }

  snapshot(): LiveWallSnapshot {
    return {
      wall: this.wall,
      status: this.status,
      role: this.role,
      sessionId: this.sessionId,
      personId: this.personId,
      participants: this.participants,
      clockOffsetMs: this.clockOffsetMs,
      checks: this.checks,
      voting: this.voting,
      silent: this.silent,
      origin: this.origin,
      welcomeSeq: this.welcomeSeq,
    };
  }

  onChange(listener: (s: LiveWallSnapshot) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  onRejected(listener: (r: Rejected) => void): () => void {
    this.rejectionListeners.add(listener);
    return () => this.rejectionListeners.delete(listener);
  }

  /** Every message as it arrives, for what the wall state doesn't hold (presence). */
  onMessage(listener: (m: ServerMessage) => void): () => void {
    this.messageListeners.add(listener);
    return () => this.messageListeners.delete(listener);
  }

  /** Applies the ops locally at once and sends them (now, or when the connection is back). */
  edit(ops: Op[]): string {
    const clientOpId = `op-${++this.counter}`;
    this.wall = addPending(this.wall, { clientOpId, ops });
    this.sendWaiting();
    this.changed();
    return clientOpId;
  }

  /**
   * A facilitator's act (phase, gating, freeze, the coach): not drawn ahead of the server, it shows when the server
   * has put it in the board's order. False when not connected.
   */
  steer(message: Record<string, unknown> & { type: 'phase' | 'gating' | 'freeze' | 'timer' | 'coach' | 'accept' | 'checkpoint' | 'voting' | 'summon' | 'silent' }): boolean {
    if (!this.joined) return false;
    this.send({ ...message, clientOpId: `op-${++this.counter}` } as unknown as ClientMessage);
    return true;
  }

  /**
   * One more of this person's dots on a sticky, or one fewer: like a facilitator's act, shown once the server has
   * put it in the board's order (it is quick), never queued while off line. False when not connected.
   */
  vote(element: string, add: boolean): boolean {
    if (!this.joined) return false;
    this.send({ type: add ? 'vote' : 'unvote', clientOpId: `op-${++this.counter}`, element });
    return true;
  }

  /** Ephemeral messages (presence) go out only while connected; nothing is queued for later. */
  sendEphemeral(message: ClientMessage): void {
    if (this.joined) this.send(message);
  }

  /** The name this person goes by on the wall now. */
  currentName(): string {
    return this.name;
  }

  /** The token this wall uses now, for REST calls made on its behalf (exports, continuing). */
  currentToken(): string {
    return this.token;
  }

  /**
   * Uses a new token from now on (the facilitator rotated this role's link): the server closes the session on the
   * old one, and the client reconnects with this one instead of giving up.
   */
  useToken(token: string): void {
    this.token = token;
    // the server may close the old session before the new token arrives here: then rejoin now
    if (this.status === 'denied' && !this.closed) {
      this.socket = null;
      this.status = 'reconnecting';
      this.changed();
      this.open();
    }
  }

  /**
   * Goes by another name from now on: the session is joined again under it (the others see the old name leave and
   * the new one arrive, with cursors and marks renamed), keeping the wall and any edits not yet confirmed.
   */
  rename(name: string): void {
    this.name = name;
    if (this.closed || this.status === 'denied' || this.status === 'offline' || !this.socket) return;
    const socket = this.socket;
    this.socket = null;
    this.joined = false;
    socket.close(1000);
    this.status = 'reconnecting';
    this.changed();
    this.open();
  }

  close(): void {
    this.closed = true;
    this.socket?.close(1000);
  }

  private goOffline(): void {
    this.joined = false;
    this.status = 'offline';
    const socket = this.socket;
    this.socket = null;
    socket?.close(1000);
    this.changed();
  }

  private reconnectNow(): void {
    if (this.closed || this.status === 'denied' || this.status === 'outdated' || this.socket) return;
    this.status = 'reconnecting';
    this.changed();
    this.open();
  }

  private open(): void {
    const socket = (this.options.openSocket ?? ((url) => new WebSocket(url) as unknown as SocketLike))(askingForGzip(this.options.url));
    this.socket = socket;
    const token = this.token;
    socket.onopen = () => {
      this.send({
        type: 'join',
        protocol: PROTOCOL_VERSION,
        boardId: this.options.boardId,
        token,
        clientId: this.options.clientId,
        ...(this.options.personKey ? { personKey: this.options.personKey } : {}),
        name: this.name,
        colour: this.options.colour,
        ...(this.hasState ? { lastSeq: this.wall.seq } : {}),
      });
    };
    socket.onmessage = inOrder(socket, (text) => {
      const message = parseServerMessage(text);
      if (message && this.socket === socket) this.receive(message);
    });
    socket.onclose = (event) => {
      this.joined = false;
      if (this.socket !== socket || this.closed) return;
      if (event.code === CLOSE.protocolMismatch) {
        this.outdated();
        return;
      }
      const refused = event.code === CLOSE.unauthorized || event.code === CLOSE.linkRotated;
      if (refused && token === this.token) {
        this.status = 'denied';
        this.changed();
        return;
      }
      this.status = 'reconnecting';
      this.changed();
      const delay = (this.options.retryDelay ?? retryDelay)(this.attempts++);
      setTimeout(() => {
        if (this.socket === socket && this.network.online()) this.open();
      }, delay);
    };
  }

  private receive(message: ServerMessage): void {
    switch (message.type) {
      case 'welcome':
        if (message.protocol !== PROTOCOL_VERSION) {
          this.outdated();
          return;
        }
        this.joined = true;
        this.attempts = 0;
        this.status = 'connected';
        this.role = message.role;
        this.sessionId = message.sessionId;
        this.origin = message.origin;
        this.personId = message.personId;
        this.welcomeSeq = message.seq;
        this.participants = message.participants;
        // The welcome left the server a moment ago; that moment is well under the second a countdown shows.
        this.clockOffsetMs = message.serverTime - Date.now();
        this.sentHere.clear();
        this.sendWaiting();
        break;
      case 'snapshot':
        this.hasState = true;
        this.wall = fromSnapshot(message.seq, message.elements, this.wall.pending, message.board);
        this.voting = votingFromSnapshot(message.board.voting, message.votes);
        this.silent = silentFromSnapshot(message.board.silent, message.unseen);
        break;
      case 'applied':
        if (message.seq > this.wall.seq) this.voting = withVotingOps(this.voting, message);
        if (message.seq > this.wall.seq) this.silent = withSilentOps(this.silent, message);
        this.wall = applyConfirmed(this.wall, message, this.origin);
        break;
      case 'ack':
        this.wall = dropPending(this.wall, message.clientOpId);
        break;
      case 'rejected':
        this.wall = dropPending(this.wall, message.clientOpId);
        this.rejectionListeners.forEach((l) => l(message));
        break;
      case 'error':
        if (!message.clientOpId) break;
        if (message.code === 'INTERNAL_ERROR') {
          // not applied, and a resend would fail the same way: given up, like a refused batch
          this.wall = dropPending(this.wall, message.clientOpId);
        } else if (message.code === 'RATE_LIMITED') {
          // dropped unread (over the message rate): it goes out again with the next free place
          this.sentHere.delete(message.clientOpId);
        }
        // DATABASE_UNAVAILABLE: the close (4503) follows; after the welcome every unanswered batch is resent in order
        break;
      case 'participantJoined':
        this.participants = [...this.participants.filter((p) => p.sessionId !== message.participant.sessionId), message.participant];
        break;
      case 'participantLeft':
        this.participants = this.participants.filter((p) => p.sessionId !== message.sessionId);
        break;
      case 'checks':
      case 'checksChanged':
        this.checks = withChecks(this.checks, message);
        break;
      default:
        break;
    }
    if (message.type !== 'presence' && message.type !== 'pong') this.sendWaiting();
    this.messageListeners.forEach((l) => l(message));
    if (message.type !== 'presence' && message.type !== 'pong' && (message.type !== 'error' || message.clientOpId)) this.changed();
  }

  /** An app left open across an upgrade: it stops, so that nothing it can't read is dropped silently. */
  private outdated(): void {
    const socket = this.socket;
    this.socket = null;
    this.joined = false;
    this.status = 'outdated';
    socket?.close(CLOSE.normal);
    this.changed();
  }

  /**
   * Sends pending batches not yet sent on this connection, in order, while fewer than MAX_BATCHES_IN_FLIGHT are
   * unanswered. After a drop (or 4503, a batch the server failed to store) the welcome starts again from the first.
   */
  private sendWaiting(): void {
    if (!this.joined) return;
    const pending = this.wall.pending;
    const live = new Set(pending.map((batch) => batch.clientOpId));
    for (const id of this.sentHere) if (!live.has(id)) this.sentHere.delete(id);
    for (const batch of pending) {
      if (this.sentHere.size >= MAX_BATCHES_IN_FLIGHT) return;
      if (this.sentHere.has(batch.clientOpId)) continue;
      this.sentHere.add(batch.clientOpId);
      this.send({ type: 'ops', clientOpId: batch.clientOpId, ops: [...batch.ops] });
    }
  }

  private send(message: ClientMessage): void {
    if (this.socket && this.socket.readyState === 1) this.socket.send(JSON.stringify(message));
  }

  private changed(): void {
    const snapshot = this.snapshot();
    this.listeners.forEach((l) => l(snapshot));
  }
}
