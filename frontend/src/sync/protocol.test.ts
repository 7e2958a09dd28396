import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import {
  ELEMENT_KINDS,
  LIMITS,
  ROLES,
  SERVER_MESSAGE_TYPES,
  isElementOp,
  parseServerMessage,
  type AppliedMessage,
  type AppliedOp,
  type BoardTimer,
  type ClientMessage,
  type ElementPatch,
  type Field,
  type Finding,
  type NewElement,
  type Op,
  type Participant,
  type PhaseRef,
  type Presence,
  type PresenceUpdate,
  type Props,
  type PropsPatch,
  type Scenario,
  type ServerMessage,
  type VotingRound,
  type WallViewport,
  type WireElement,
} from './protocol';

type Json = Record<string, unknown>;

function readJson(relative: string): Json {
  return JSON.parse(readFileSync(fileURLToPath(new URL(relative, import.meta.url)), 'utf8')) as Json;
}

interface Examples {
  client: Record<string, Json>;
  server: Record<string, Json>;
}

const examples = readJson('../../../docs/protocol/examples.json') as unknown as Examples;
const schema = readJson('../../../docs/protocol/protocol.schema.json');
const defs = schema['$defs'] as Record<string, Json>;

// strictRequired is off because if/then branches require properties declared by their parent schema.
const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
ajv.addFormat('date-time', isDateTime);
ajv.addSchema(schema, 'protocol');

/** A calendar date and time of day, as the server's checker holds "format": "date-time" (the pattern holds the rest). */
function isDateTime(text: string): boolean {
  const parts = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})/.exec(text);
  if (!parts) return false;
  const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day && Number(parts[4]) < 24 && Number(parts[5]) < 60;
}

function validator(ref: string): ValidateFunction {
  const validate = ajv.getSchema(ref);
  if (!validate) throw new Error(`no schema at ${ref}`);
  return validate;
}

const validateAny = validator('protocol');
const validateClient = validator('protocol#/$defs/clientMessage');
const validateServer = validator('protocol#/$defs/serverMessage');

function errorsOf(validate: ValidateFunction, message: unknown): string {
  return validate(message) ? '' : ajv.errorsText(validate.errors, { separator: '\n' });
}

/** The `type` consts of a oneOf of message definitions, read from the schema itself. */
function typesIn(union: string): string[] {
  return (defs[union]?.['oneOf'] as { $ref: string }[]).map((branch) => {
    const name = branch.$ref.replace('#/$defs/', '');
    const properties = defs[name]?.['properties'] as Record<string, { const: string }>;
    return properties['type']!.const;
  });
}

/** What a value becomes on the wire: fields set to undefined (blanked out by a case, or optional) disappear. */
function wire(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value)) as unknown;
}

const clientExamples = Object.entries(examples.client);
const serverExamples = Object.entries(examples.server);

describe('the schema', () => {
  it.each(clientExamples)('accepts the client example %s', (_, message) => {
    expect(errorsOf(validateClient, message)).toBe('');
    expect(errorsOf(validateAny, message)).toBe('');
    expect(validateServer(message)).toBe(false);
  });

  it.each(serverExamples)('accepts the server example %s', (_, message) => {
    expect(errorsOf(validateServer, message)).toBe('');
    expect(errorsOf(validateAny, message)).toBe('');
    expect(validateClient(message)).toBe(false);
  });

  it('has an example of every message type', () => {
    expect(new Set(clientExamples.map(([, m]) => m['type']))).toEqual(new Set(typesIn('clientMessage')));
    expect(new Set(serverExamples.map(([, m]) => m['type']))).toEqual(new Set(typesIn('serverMessage')));
  });

  it('agrees with protocol.ts on kinds, roles, server types and limits', () => {
    expect(defs['kind']?.['enum']).toEqual([...ELEMENT_KINDS]);
    expect(defs['role']?.['enum']).toEqual([...ROLES]);
    expect(new Set(typesIn('serverMessage'))).toEqual(new Set(SERVER_MESSAGE_TYPES));
    expect(defs['text']?.['maxLength']).toBe(LIMITS.textLength);
    expect(defs['label']?.['maxLength']).toBe(LIMITS.labelLength);
    expect(defs['owner']?.['maxLength']).toBe(LIMITS.ownerLength);
    expect(defs['coordinate']).toMatchObject({ minimum: -LIMITS.coordinate, maximum: LIMITS.coordinate });
    expect(defs['size']).toMatchObject({ minimum: LIMITS.minSize, maximum: LIMITS.maxSize });
    expect(defs['z']).toMatchObject({ minimum: -LIMITS.z, maximum: LIMITS.z });
    expect(defs['batchOps']?.['maxItems']).toBe(LIMITS.opsPerBatch);
    expect((defs['snapshot']?.['properties'] as Record<string, Json>)['elements']?.['maxItems']).toBe(
      LIMITS.elementsPerBoard,
    );
  });

  const id = '2b0e8f7a-5c4d-4e3f-8a1b-9c0d1e2f3a4b';
  const other = '7e6d5c4b-3a29-4817-8695-a4b3c2d1e0f9';
  const ops = (...list: unknown[]) => ({ type: 'ops', clientOpId: 'c-1:1', ops: list });
  const create = (element: Json) =>
    ops({ op: 'create', element: { kind: 'event', text: 'A', x: 0, y: 0, ...element } });
  const update = (set: Json) => ops({ op: 'update', id, set });
  const snapshot = examples.server['snapshot'] ?? {};
  const board = snapshot['board'] as Json;
  const stored = (element: Json) => ({
    ...examples.server['applied'],
    ops: [{ op: 'create', element: { ...(snapshot['elements'] as Json[])[0], ...element } }],
  });
  const without = (message: Json | undefined, field: string) => {
    const copy = { ...message };
    delete copy[field];
    return copy;
  };

  it.each<[string, unknown]>([
    ['a create without an id, size, z or props', create({})],
    ['text at its limit', create({ text: 'x'.repeat(1000) })],
    ['sizes and positions at their limits', create({ x: -1e6, y: 1e6, w: 10, h: 20000, z: -1e9 })],
    ['an arrow with only its ends', ops({ op: 'create', element: { kind: 'arrow', from: id, to: other } })],
    ['a hotspot with its props', create({ kind: 'hotspot', props: { status: 'open', owner: 'o'.repeat(100) } })],
    ['a policy with its props', create({ kind: 'policy', props: { mode: 'long-running' } })],
    ['an external system with props', create({ kind: 'externalSystem', props: { ownership: 'internal', acl: true } })],
    ['props removed by null', update({ props: { status: null, owner: null, mode: null, ownership: null, acl: null } })],
    ['an event with its fields', create({ props: { fields: { f1: { name: 'orderId', type: 'id', at: 1 }, 'f-2_x': { name: 'Ünïcødé "*/"', type: 'Order Line', at: -2.5 } } } })],
    ['a command with a scenario', create({ kind: 'command', props: { scenarios: { s1: { given: ['Order Placed'], then: [], failure: 'Out of Stock', at: 1 } } } })],
    ['fields and scenarios removed entry by entry', update({ props: { fields: { f1: null }, scenarios: { s1: null } } })],
    ['a stored note', stored({})],
    ['an empty batch', ops()],
    ['500 ops', ops(...Array.from({ length: 500 }, () => ({ op: 'delete', id })))],
    ['a join at seq 0', { ...examples.client['join'], lastSeq: 0 }],
    ['a presence off the wall', { type: 'presence', cursor: null, selection: [], editing: null, drag: null }],
    ['a stored arrow', stored({ kind: 'arrow', from: id, to: other, label: 'then' })],
    ['a step back', { type: 'phase', clientOpId: 'c-1:2', action: 'previous' }],
    ['gating restored', { ...examples.client['gatingLift'], lifted: false }],
    ['a thawed wall', { ...examples.server['appliedFreeze'], ops: [{ op: 'freeze', frozen: false }] }],
  ])('accepts %s', (_, message) => {
    expect(errorsOf(validateAny, wire(message))).toBe('');
  });

  it.each<[string, unknown]>([
    ['an unknown type', { type: 'hello' }],
    ['a message without a type', without(examples.client['ping'], 'type')],
    ['an unknown field', { ...examples.client['ping'], extra: 1 }],
    ['a join without a token', without(examples.client['join'], 'token')],
    ['a join with a malformed board id', { ...examples.client['join'], boardId: 'board-1' }],
    ['a join at a negative seq', { ...examples.client['join'], lastSeq: -1 }],
    ['a colour that is not #rrggbb', { ...examples.client['join'], colour: 'orange' }],
    ['a name of only spaces', { ...examples.client['join'], name: '   ' }],
    ['a name of 61 characters', { ...examples.client['join'], name: 'n'.repeat(61) }],
    ['a name with a line break', { ...examples.client['join'], name: 'Ada\nLovelace' }],
    ['a name with a direction override', { ...examples.client['join'], name: 'Ada\u202e' }],
    ['ops without a clientOpId', without(create({}), 'clientOpId')],
    ['501 ops', ops(...Array.from({ length: 501 }, () => ({ op: 'delete', id })))],
    ['an unknown op', ops({ op: 'move', id })],
    ['text of 1001 characters', create({ text: 'x'.repeat(1001) })],
    ['x = 2e6', create({ x: 2e6 })],
    ['y below -1,000,000', create({ y: -1_000_001 })],
    ['w below 10', create({ w: 9 })],
    ['h above 20,000', create({ h: 20_001 })],
    ['a fractional z', create({ z: 1.5 })],
    ['z above 1e9', create({ z: 1e9 + 1 })],
    ['an unknown kind', create({ kind: 'sticky' })],
    ['a malformed element id', create({ id: 'not-a-uuid' })],
    ['a note with x as text', create({ x: '12' })],
    ['a note with arrow ends', create({ from: id, to: other })],
    ['an arrow without an end', create({ kind: 'arrow', from: id })],
    ['a label of 201 characters', create({ kind: 'arrow', from: id, to: other, label: 'x'.repeat(201) })],
    ['an unknown prop', create({ kind: 'hotspot', props: { colour: 'red' } })],
    ['a prop of another kind', create({ kind: 'event', props: { status: 'open' } })],
    ['fields on an actor', create({ kind: 'actor', props: { fields: { f1: { name: 'name', type: 'string', at: 1 } } } })],
    ['scenarios on an event', create({ props: { scenarios: { s1: { given: [], then: [], at: 1 } } } })],
    ['a field key with a space', update({ props: { fields: { 'f 1': { name: 'a', type: 'id', at: 1 } } } })],
    ['a field name of only spaces', update({ props: { fields: { f1: { name: '   ', type: 'id', at: 1 } } } })],
    ['a field without its order', update({ props: { fields: { f1: { name: 'a', type: 'id' } } } })],
    ['51 fields', create({ props: { fields: Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`f${i}`, { name: `n${i}`, type: 'id', at: i }])) } })],
    ['an unknown hotspot status', update({ props: { status: 'closed' } })],
    ['an owner of 101 characters', update({ props: { owner: 'o'.repeat(101) } })],
    ['an unknown field in an update', update({ colour: 'red' })],
    ['a null that is not a prop', update({ text: null })],
    ['a version in a client update', ops({ op: 'update', id, set: { x: 1 }, version: 2 })],
    ['a delete with a set', ops({ op: 'delete', id, set: {} })],
    ['a selection of 1001 ids', { ...examples.client['presence'], selection: Array.from({ length: 1001 }, () => id) }],
    ['a name of 61 characters', { ...examples.client['join'], name: 'n'.repeat(61) }],
    ['a drag entry with an extra field', { ...examples.client['presenceDragging'], drag: [{ id, x: 1, y: 2, z: 3 }] }],
    ['a ping with a string t', { type: 'ping', t: 'now' }],
    ['an unknown role', { ...examples.server['welcome'], role: 'admin' }],
    ['an unknown catchUp', { ...examples.server['welcome'], catchUp: 'full' }],
    ['an applied update without its version', { ...examples.server['applied'], ops: [{ op: 'update', id, set: {} }] }],
    ['a stored element without a version', stored({ version: undefined })],
    ['a stored element without props', stored({ props: undefined })],
    ['a stored element with a local time', stored({ updatedAt: '2026-11-23 09:12' })],
    ['a stored element changed on 30 February', stored({ updatedAt: '2026-02-30T09:12:00Z' })],
    ['a stored element changed in year 0', stored({ updatedAt: '0000-11-23T09:12:00Z' })],
    ['a stored element changed in year 999999999', stored({ updatedAt: '+999999999-11-23T09:12:00Z' })],
    ['a stored note with arrow ends', stored({ from: id, to: other })],
    ['an ack that is not a duplicate', { ...examples.server['ack'], duplicate: false }],
    ['an unknown refusal code', { ...examples.server['rejected'], code: 'NOPE' }],
    ['an unknown error code', { ...examples.server['error'], code: 'NOPE' }],
    ['a participantLeft with an extra field', { ...examples.server['participantLeft'], name: 'Grace' }],
    ['a board in phase 0', { ...snapshot, board: { ...board, phase: { index: 0, id: 'a', name: 'A' } } }],
    ['a board without its frozen switch', { ...snapshot, board: without(board, 'frozen') }],
    ['a phase change with both action and index', { ...examples.client['phaseNext'], index: 2 }],
    ['a phase change with neither', without(examples.client['phaseNext'], 'action')],
    ['an unknown phase action', { ...examples.client['phaseNext'], action: 'skip' }],
    ['a phase index of 0', { ...examples.client['phaseTo'], index: 0 }],
    ['a phase change without a clientOpId', without(examples.client['phaseNext'], 'clientOpId')],
    ['gating without lifted', without(examples.client['gatingLift'], 'lifted')],
    ['a freeze with a string', { ...examples.client['freeze'], frozen: 'yes' }],
    ['a phase op without its phase', { ...examples.server['appliedPhase'], ops: [{ op: 'phase', from: 1, to: 2 }] }],
    ['a phase op sent by a client', ops({ op: 'phase', from: 1, to: 2 })],
  ])('rejects %s', (_, message) => {
    expect(validateAny(wire(message))).toBe(false);
  });
});

describe('parseServerMessage', () => {
  it.each(serverExamples)('reads the server example %s', (_, message) => {
    expect(parseServerMessage(JSON.stringify(message))).toEqual(message);
  });

  it.each([
    ['not JSON', '{"type":'],
    ['an empty frame', ''],
    ['null', 'null'],
    ['a number', '42'],
    ['a string', '"applied"'],
    ['an array', '[{"type":"pong","t":1}]'],
    ['an unknown type', '{"type":"hello"}'],
    ['a client-only type', '{"type":"ping","t":1}'],
    ['an inherited type', '{"type":"toString"}'],
    ['a missing required field', '{"type":"applied","seq":1}'],
    ['a field of the wrong shape', '{"type":"pong","t":"1"}'],
    ['an array where an object belongs', '{"type":"participantJoined","participant":[]}'],
  ])('refuses %s', (_, text) => {
    expect(parseServerMessage(text)).toBeNull();
  });
});

// Rebuilding each example field by field through the types: a field protocol.ts names differently fails to
// compile here, and a field it lacks is missing from the copy, so the comparison with the example fails.
function copyProps(p: Props): Props {
  return {
    status: p.status, owner: p.owner, mode: p.mode, ownership: p.ownership, acl: p.acl,
    fields: p.fields && copyEntries(p.fields, copyField), scenarios: p.scenarios && copyEntries(p.scenarios, copyScenario),
  };
}

function copyPropsPatch(p: PropsPatch): PropsPatch {
  return {
    status: p.status, owner: p.owner, mode: p.mode, ownership: p.ownership, acl: p.acl,
    fields: p.fields && copyEntries(p.fields, (f) => f && copyField(f)),
    scenarios: p.scenarios && copyEntries(p.scenarios, (s) => s && copyScenario(s)),
  };
}

function copyEntries<T>(entries: Record<string, T>, copy: (entry: T) => T): Record<string, T> {
  return Object.fromEntries(Object.entries(entries).map(([key, entry]) => [key, copy(entry)]));
}

function copyField(f: Field): Field {
  return { name: f.name, type: f.type, at: f.at };
}

function copyScenario(s: Scenario): Scenario {
  return { title: s.title, given: [...s.given], then: [...s.then], failure: s.failure, at: s.at };
}

function copyNewElement(e: NewElement): NewElement {
  const base = { id: e.id, w: e.w, h: e.h, z: e.z, props: e.props && copyProps(e.props) };
  if (e.kind === 'arrow') {
    return { ...base, kind: e.kind, from: e.from, to: e.to, label: e.label, text: e.text, x: e.x, y: e.y };
  }
  return { ...base, kind: e.kind, text: e.text, x: e.x, y: e.y };
}

function copyWireElement(e: WireElement): WireElement {
  const base = {
    id: e.id,
    text: e.text,
    x: e.x,
    y: e.y,
    w: e.w,
    h: e.h,
    z: e.z,
    props: copyProps(e.props),
    version: e.version,
    updatedBy: e.updatedBy,
    updatedAt: e.updatedAt,
  };
  if (e.kind === 'arrow') return { ...base, kind: e.kind, from: e.from, to: e.to, label: e.label };
  return { ...base, kind: e.kind };
}

function copyPatch(s: ElementPatch): ElementPatch {
  const props = s.props && copyPropsPatch(s.props);
  const box = { x: s.x, y: s.y, w: s.w, h: s.h, z: s.z };
  return { kind: s.kind, text: s.text, ...box, props, label: s.label, from: s.from, to: s.to };
}

function copyOp(o: Op): Op {
  switch (o.op) {
    case 'create':
      return { op: o.op, element: copyNewElement(o.element) };
    case 'update':
      return { op: o.op, id: o.id, set: copyPatch(o.set) };
    case 'delete':
      return { op: o.op, id: o.id };
  }
}

function copyAppliedOp(o: AppliedOp): AppliedOp {
  switch (o.op) {
    case 'create':
      return { op: o.op, element: copyWireElement(o.element) };
    case 'update':
      return { op: o.op, id: o.id, set: copyPatch(o.set), version: o.version };
    case 'delete':
      return { op: o.op, id: o.id };
    case 'phase':
      return { op: o.op, from: o.from, to: o.to, phase: copyPhase(o.phase) };
    case 'gating':
      return { op: o.op, lifted: o.lifted };
    case 'freeze':
      return { op: o.op, frozen: o.frozen };
    case 'timer':
      return { op: o.op, action: o.action, timer: copyTimer(o.timer) };
    case 'coach':
      return { op: o.op, enabled: o.enabled };
    case 'accept':
      return { op: o.op, key: o.key, accepted: o.accepted };
    case 'checkpoint':
      return { op: o.op, label: o.label, phase: copyPhase(o.phase) };
    case 'voting':
      return { op: o.op, action: o.action, voting: copyVotingRound(o.voting) };
    case 'vote':
      return { op: o.op, element: o.element, dots: o.dots, left: o.left };
    case 'votesCast':
      return { op: o.op, person: o.person, used: o.used };
    case 'summon':
      return { op: o.op, viewport: copyViewport(o.viewport) };
    case 'silent':
      return { op: o.op, on: o.on };
    case 'written':
      return { op: o.op, person: o.person, count: o.count };
  }
}

function copyVotingRound(v: VotingRound): VotingRound {
  return {
    state: v.state,
    votesPerPerson: v.votesPerPerson,
    kinds: v.kinds && [...v.kinds],
    revealed: v.revealed,
    used: v.used.map((u) => ({ person: u.person, dots: u.dots })),
    tally: v.tally && v.tally.map((t) => ({ element: t.element, votes: t.votes })),
  };
}

function copyTimer(t: BoardTimer): BoardTimer {
  switch (t.state) {
    case 'idle':
      return { state: t.state };
    case 'running':
      return { state: t.state, durationMs: t.durationMs, endsAt: t.endsAt };
    case 'paused':
      return { state: t.state, durationMs: t.durationMs, remainingMs: t.remainingMs };
  }
}

function copyPhase(p: PhaseRef): PhaseRef {
  return { index: p.index, id: p.id, name: p.name };
}

function copyPresence(p: Presence): Presence {
  return {
    cursor: p.cursor && { x: p.cursor.x, y: p.cursor.y },
    selection: [...p.selection],
    editing: p.editing,
    drag: p.drag && p.drag.map((d) => ({ id: d.id, x: d.x, y: d.y })),
    viewport: p.viewport && copyViewport(p.viewport),
  };
}

function copyViewport(v: WallViewport): WallViewport {
  return { x: v.x, y: v.y, w: v.w, h: v.h };
}

function copyParticipant(p: Participant): Participant {
  return { sessionId: p.sessionId, personId: p.personId, name: p.name, colour: p.colour, role: p.role };
}

function copyClientMessage(m: ClientMessage): ClientMessage {
  switch (m.type) {
    case 'join':
      return {
        type: m.type,
        protocol: m.protocol,
        boardId: m.boardId,
        token: m.token,
        clientId: m.clientId,
        personKey: m.personKey,
        lastSeq: m.lastSeq,
        name: m.name,
        colour: m.colour,
      };
    case 'ops':
      return { type: m.type, clientOpId: m.clientOpId, ops: m.ops.map(copyOp) };
    case 'presence':
      return { type: m.type, ...copyPresence(m) };
    case 'ping':
      return { type: m.type, t: m.t };
    case 'phase':
      return 'action' in m
        ? { type: m.type, clientOpId: m.clientOpId, action: m.action }
        : { type: m.type, clientOpId: m.clientOpId, index: m.index };
    case 'gating':
      return { type: m.type, clientOpId: m.clientOpId, lifted: m.lifted };
    case 'freeze':
      return { type: m.type, clientOpId: m.clientOpId, frozen: m.frozen };
    case 'timer':
      return { type: m.type, clientOpId: m.clientOpId, action: m.action, seconds: m.seconds };
    case 'coach':
      return { type: m.type, clientOpId: m.clientOpId, enabled: m.enabled };
    case 'accept':
      return { type: m.type, clientOpId: m.clientOpId, key: m.key, accepted: m.accepted };
    case 'checkpoint':
      return { type: m.type, clientOpId: m.clientOpId, label: m.label };
    case 'voting':
      return { type: m.type, clientOpId: m.clientOpId, action: m.action, votesPerPerson: m.votesPerPerson, kinds: m.kinds && [...m.kinds] };
    case 'vote':
    case 'unvote':
      return { type: m.type, clientOpId: m.clientOpId, element: m.element };
    case 'summon':
      return { type: m.type, clientOpId: m.clientOpId, viewport: copyViewport(m.viewport) };
    case 'silent':
      return { type: m.type, clientOpId: m.clientOpId, on: m.on };
  }
}

function copyServerMessage(m: ServerMessage): ServerMessage {
  switch (m.type) {
    case 'welcome':
      return {
        type: m.type,
        protocol: m.protocol,
        boardId: m.boardId,
        sessionId: m.sessionId,
        role: m.role,
        origin: m.origin,
        personId: m.personId,
        seq: m.seq,
        catchUp: m.catchUp,
        participants: m.participants.map(copyParticipant),
        serverTime: m.serverTime,
      };
    case 'snapshot': {
      const b = m.board;
      const phase = copyPhase(b.phase);
      const board = {
        id: b.id,
        title: b.title,
        format: b.format,
        phase,
        seq: b.seq,
        createdAt: b.createdAt,
        gatingLifted: b.gatingLifted,
        frozen: b.frozen,
        timer: copyTimer(b.timer),
        voting: copyVotingRound(b.voting),
        ...(b.silent ? { silent: { on: b.silent.on, written: { ...b.silent.written } } } : {}),
      };
      return {
        type: m.type, seq: m.seq, board, elements: m.elements.map(copyWireElement), votes: { ...m.votes },
        ...(m.unseen ? { unseen: [...m.unseen] } : {}),
      };
    }
    case 'applied':
      return {
        type: m.type,
        seq: m.seq,
        origin: m.origin,
        clientOpId: m.clientOpId,
        by: m.by,
        at: m.at,
        ops: m.ops.map(copyAppliedOp),
      };
    case 'ack':
      return { type: m.type, clientOpId: m.clientOpId, seq: m.seq, duplicate: m.duplicate };
    case 'rejected':
      return { type: m.type, clientOpId: m.clientOpId, code: m.code, message: m.message, field: m.field };
    case 'presence':
      return {
        type: m.type,
        updates: m.updates.map(
          (u: PresenceUpdate): PresenceUpdate => ({
            sessionId: u.sessionId,
            name: u.name,
            colour: u.colour,
            ...copyPresence(u),
          }),
        ),
      };
    case 'participantJoined':
      return { type: m.type, participant: copyParticipant(m.participant) };
    case 'participantLeft':
      return { type: m.type, sessionId: m.sessionId };
    case 'error':
      return { type: m.type, code: m.code, message: m.message, field: m.field, clientOpId: m.clientOpId };
    case 'pong':
      return { type: m.type, t: m.t };
    case 'checks':
      return { type: m.type, seq: m.seq, enabled: m.enabled, findings: m.findings.map(copyFinding) };
    case 'checksChanged':
      return { type: m.type, since: m.since, seq: m.seq, added: m.added.map(copyFinding), removed: [...m.removed] };
  }
}

function copyFinding(f: Finding): Finding {
  const accepted = f.accepted && { by: f.accepted.by, at: f.accepted.at };
  return { key: f.key, rule: f.rule, severity: f.severity, elements: [...f.elements], message: f.message, hint: f.hint, accepted };
}

describe('isElementOp', () => {
  it('tells element edits from the facilitator\'s acts', () => {
    const applied = [examples.server['applied'], examples.server['appliedUpdateDelete'], examples.server['appliedPhase'],
      examples.server['appliedGating'], examples.server['appliedFreeze']] as unknown as AppliedMessage[];
    expect(applied.flatMap((m) => m.ops).map(isElementOp)).toEqual([true, true, true, true, false, false, false]);
  });
});

describe('the TypeScript types', () => {
  it.each(clientExamples)('carry every field of the client example %s', (_, message) => {
    // The schema has accepted this example, which is what entitles the cast.
    expect(wire(copyClientMessage(message as unknown as ClientMessage))).toStrictEqual(message);
  });

  it.each(serverExamples)('carry every field of the server example %s', (_, message) => {
    const parsed = parseServerMessage(JSON.stringify(message));
    expect(parsed).not.toBeNull();
    expect(wire(copyServerMessage(parsed!))).toStrictEqual(message);
  });
});

describe('protocol.generated.ts', () => {
  // compiling the whole schema takes far longer than a unit test on a busy machine
  it('is what the schema gives, as it stands', async () => {
    const { generate, OUTPUT } = await import('../../scripts/protocol-types.mjs');
    expect(readFileSync(OUTPUT, 'utf8'), 'run `npm run protocol-types`').toBe(await generate());
  }, 120_000);
});
