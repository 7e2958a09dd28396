/**
 * The live protocol as the browser app sees it: docs/protocol.md in types. The JSON Schema beside that document
 * is what both sides test against; protocol.test.ts keeps these types, the schema and the golden examples in step.
 */

import { ELEMENT_KINDS, ROLES } from './contract';

export { CLOSE, DEFAULT_SIZE, ELEMENT_KINDS, LIMITS, PROTOCOL_VERSION, ROLES } from './contract';

export type ElementKind = (typeof ELEMENT_KINDS)[number];
/** Everything but arrows: the kinds placed by x/y rather than by their ends. */
export type NoteKind = Exclude<ElementKind, 'arrow'>;

export type Role = (typeof ROLES)[number];

export type CatchUp = 'ops' | 'snapshot' | 'none';

/** Which keys apply depends on the kind (see protocol.md); the server refuses the others. */
export interface Props {
  status?: 'open' | 'resolved' | 'deferred';
  owner?: string;
  mode?: 'reactive' | 'long-running';
  ownership?: 'external' | 'internal';
  acl?: boolean;
}

/** Props merge per key on update, so null is how a key is removed. */
export type PropsPatch = { [K in keyof Props]?: Props[K] | null };

interface NewElementBase {
  /** Omit to let the server make one. */
  id?: string;
  w?: number;
  h?: number;
  /** Omit to put the element on top. */
  z?: number;
  props?: Props;
}

export interface NewNote extends NewElementBase {
  kind: NoteKind;
  text: string;
  x: number;
  y: number;
}

export interface NewArrow extends NewElementBase {
  kind: 'arrow';
  from: string;
  to: string;
  label?: string;
  text?: string;
  x?: number;
  y?: number;
}

export type NewElement = NewNote | NewArrow;

interface WireElementBase {
  id: string;
  text: string;
  x: number;
  y: number;
  w: number;
  h: number;
  z: number;
  props: Props;
  version: number;
  /** The editor's display name. */
  updatedBy: string;
  updatedAt: string;
}

export interface WireNote extends WireElementBase { kind: NoteKind }

export interface WireArrow extends WireElementBase {
  kind: 'arrow';
  from: string;
  to: string;
  label?: string;
}

/** An element as the server stores it, every default filled in. */
export type WireElement = WireNote | WireArrow;

export interface ElementPatch {
  kind?: ElementKind;
  text?: string;
  x?: number;
  y?: number;
  w?: number;
  h?: number;
  z?: number;
  props?: PropsPatch;
  label?: string;
  from?: string;
  to?: string;
}

export interface CreateOp { op: 'create'; element: NewElement }
export interface UpdateOp { op: 'update'; id: string; set: ElementPatch }
export interface DeleteOp { op: 'delete'; id: string }

/** An edit as a client sends it. */
export type Op = CreateOp | UpdateOp | DeleteOp;

export interface AppliedCreateOp { op: 'create'; element: WireElement }
export interface AppliedUpdateOp extends UpdateOp { version: number }

/** An edit as the server applied it: creates come back complete, updates with the element's new version. */
export type AppliedElementOp = AppliedCreateOp | AppliedUpdateOp | DeleteOp;

export interface PhaseRef { index: number; id: string; name: string }
/** The board moved from phase `from` to phase `to`; `phase` names where it is now. */
export interface PhaseOp { op: 'phase'; from: number; to: number; phase: PhaseRef }
/** Gating lifted (every kind unlocked) or restored. */
export interface GatingOp { op: 'gating'; lifted: boolean }
/** Wall frozen (only the facilitator's batches are accepted) or thawed. */
export interface FreezeOp { op: 'freeze'; frozen: boolean }
export type TimerAction = 'start' | 'pause' | 'resume' | 'extend' | 'reset';
/**
 * The facilitator's countdown as the server holds it: a running timer names the moment it ends (on the server's
 * clock) and stays at zero once that has passed, until reset; a paused one says what it has left.
 */
export type BoardTimer =
  | { state: 'idle' }
  | { state: 'running'; durationMs: number; endsAt: string }
  | { state: 'paused'; durationMs: number; remainingMs: number };
/** The facilitator ran the countdown; `timer` is how it stands now. */
export interface TimerOp { op: 'timer'; action: TimerAction; timer: BoardTimer }
/** A facilitator's act: it takes its place in the board's order like an edit but changes no element. */
export type FacilitatorOp = PhaseOp | GatingOp | FreezeOp | TimerOp;

/** What an `applied` message carries: element edits and the facilitator's acts, in the board's one order. */
export type AppliedOp = AppliedElementOp | FacilitatorOp;

export function isElementOp(op: AppliedOp): op is AppliedElementOp {
  return op.op === 'create' || op.op === 'update' || op.op === 'delete';
}

export interface Point { x: number; y: number }
export interface DragPosition { id: string; x: number; y: number }

/** What one client is doing right now; never stored. */
export interface Presence {
  cursor: Point | null;
  selection: string[];
  editing: string | null;
  drag: DragPosition[] | null;
}

export interface Participant { sessionId: string; name: string; colour: string; role: Role }
export interface PresenceUpdate extends Presence { sessionId: string; name: string; colour: string }

export interface BoardInfo {
  id: string;
  title: string;
  format: string;
  phase: PhaseRef;
  seq: number;
  createdAt: string;
  /** The facilitator has lifted gating: every kind is unlocked whatever the phase. */
  gatingLifted: boolean;
  /** The facilitator has frozen the wall: only the facilitator's batches are accepted. */
  frozen: boolean;
  timer: BoardTimer;
}

export type RejectionCode =
  | 'VALIDATION_FAILED' | 'ELEMENT_NOT_FOUND' | 'ELEMENT_EXISTS' | 'BATCH_TOO_LARGE' | 'BOARD_FULL' | 'FORBIDDEN'
  | 'PHASE_LOCKED' | 'WALL_FROZEN' | 'KIND_FROZEN' | 'RATE_LIMITED';

export type ErrorCode =
  | 'MALFORMED_MESSAGE' | 'UNKNOWN_TYPE' | 'INVALID_MESSAGE' | 'NOT_JOINED' | 'ALREADY_JOINED' | 'RATE_LIMITED'
  | 'TOO_MANY_CONNECTIONS' | 'PROTOCOL_MISMATCH' | 'INTERNAL_ERROR';

export interface JoinMessage {
  type: 'join';
  /** The protocol version this app speaks (PROTOCOL_VERSION). */
  protocol: number;
  boardId: string;
  token: string;
  clientId: string;
  /** The last batch this client applied; omitted on a first join, which is answered with a snapshot. */
  lastSeq?: number;
  name: string;
  colour: string;
}

export interface OpsMessage { type: 'ops'; clientOpId: string; ops: Op[] }
export interface ClientPresenceMessage extends Presence { type: 'presence' }
export interface PingMessage { type: 'ping'; t: number }

/** Facilitator only, answered like a batch: `action` steps one phase, `index` jumps to a phase number. */
export type PhaseMessage =
  | { type: 'phase'; clientOpId: string; action: 'next' | 'previous' }
  | { type: 'phase'; clientOpId: string; index: number };
export interface GatingMessage { type: 'gating'; clientOpId: string; lifted: boolean }
export interface FreezeMessage { type: 'freeze'; clientOpId: string; frozen: boolean }
/** Facilitator only: `seconds` is the length for start (default: the phase's timebox) and what extend adds. */
export interface TimerMessage { type: 'timer'; clientOpId: string; action: TimerAction; seconds?: number }

export type ClientMessage =
  | JoinMessage | OpsMessage | ClientPresenceMessage | PingMessage | PhaseMessage | GatingMessage | FreezeMessage
  | TimerMessage;

export interface WelcomeMessage {
  type: 'welcome';
  /** The protocol version the server speaks. */
  protocol: number;
  boardId: string;
  sessionId: string;
  role: Role;
  seq: number;
  catchUp: CatchUp;
  participants: Participant[];
  /** The server's clock when it sent this (ms since 1970): the timer is shown on this clock, not the device's. */
  serverTime: number;
}

export interface SnapshotMessage { type: 'snapshot'; seq: number; board: BoardInfo; elements: WireElement[] }

export interface AppliedMessage {
  type: 'applied';
  seq: number;
  clientId: string;
  clientOpId: string;
  by: string;
  at: string;
  ops: AppliedOp[];
}

export interface AckMessage { type: 'ack'; clientOpId: string; seq: number; duplicate: true }

export interface RejectedMessage {
  type: 'rejected';
  clientOpId: string;
  code: RejectionCode;
  message: string;
  /** A JSON path into the batch, such as `ops[3].id`, when one input is at fault. */
  field?: string;
}

export interface ServerPresenceMessage { type: 'presence'; updates: PresenceUpdate[] }
export interface ParticipantJoinedMessage { type: 'participantJoined'; participant: Participant }
export interface ParticipantLeftMessage { type: 'participantLeft'; sessionId: string }
export interface ErrorMessage { type: 'error'; code: ErrorCode; message: string }
export interface PongMessage { type: 'pong'; t: number }

export type ServerMessage =
  | WelcomeMessage | SnapshotMessage | AppliedMessage | AckMessage | RejectedMessage
  | ServerPresenceMessage | ParticipantJoinedMessage | ParticipantLeftMessage | ErrorMessage | PongMessage;

type Shape = 'string' | 'number' | 'boolean' | 'array' | 'object';
type RequiredKeys<T> = { [K in keyof T]-?: {} extends Pick<T, K> ? never : K }[keyof T];
type ServerType = ServerMessage['type'];

// Typed against the message interfaces, so adding or renaming a required field fails to compile until this
// table follows.
type ShapeOf<T extends ServerType> = {
  readonly [K in Exclude<RequiredKeys<Extract<ServerMessage, { type: T }>>, 'type'>]: Shape;
};
const SERVER_SHAPES: { readonly [T in ServerType]: ShapeOf<T> } = {
  welcome: {
    protocol: 'number',
    boardId: 'string',
    sessionId: 'string',
    role: 'string',
    seq: 'number',
    catchUp: 'string',
    participants: 'array',
    serverTime: 'number',
  },
  snapshot: { seq: 'number', board: 'object', elements: 'array' },
  applied: { seq: 'number', clientId: 'string', clientOpId: 'string', by: 'string', at: 'string', ops: 'array' },
  ack: { clientOpId: 'string', seq: 'number', duplicate: 'boolean' },
  rejected: { clientOpId: 'string', code: 'string', message: 'string' },
  presence: { updates: 'array' },
  participantJoined: { participant: 'object' },
  participantLeft: { sessionId: 'string' },
  error: { code: 'string', message: 'string' },
  pong: { t: 'number' },
};

export const SERVER_MESSAGE_TYPES = Object.keys(SERVER_SHAPES) as readonly ServerType[];

function hasShape(value: unknown, shape: Shape): boolean {
  if (shape === 'array') return Array.isArray(value);
  if (shape === 'object') return typeof value === 'object' && value !== null && !Array.isArray(value);
  return typeof value === shape;
}

/**
 * Reads a frame from the server, or null if it isn't one. Only the envelope is checked: the server is trusted
 * for the rest (its own tests hold it to the schema), and this runs on every frame.
 */
export function parseServerMessage(text: string): ServerMessage | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (!hasShape(value, 'object')) return null;
  const message = value as Record<string, unknown>;
  const type = message['type'];
  if (typeof type !== 'string' || !Object.hasOwn(SERVER_SHAPES, type)) return null;
  const shapes: Readonly<Record<string, Shape>> = SERVER_SHAPES[type as ServerType];
  for (const [field, shape] of Object.entries(shapes)) {
    if (!hasShape(message[field], shape)) return null;
  }
  return message as unknown as ServerMessage;
}
