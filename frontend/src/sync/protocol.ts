/**
 * The live protocol as the browser app sees it: docs/protocol.md in types. The types and values come from
 * docs/protocol/protocol.schema.json through protocol.generated.ts (npm run protocol-types; a test keeps it up to
 * date); this file only says what TypeScript can't read from a schema's conditionals: that an arrow has its ends and
 * a note its place, which op carries what, how a timer's state decides its fields.
 */
import type * as Schema from './protocol.generated';

export { CLOSE, DEFAULT_SIZE, ELEMENT_KINDS, LIMITS, PROTOCOL_VERSION, ROLES } from './protocol.generated';

export type ElementKind = Schema.Kind;
/** Everything but arrows: the kinds placed by x/y rather than by their ends. */
export type NoteKind = Exclude<ElementKind, 'arrow'>;
export type Role = Schema.Role;
export type CatchUp = Schema.Welcome['catchUp'];

/** Which keys apply depends on the kind (see protocol.md); the server refuses the others. */
export type Props = Schema.Props;
/** Props merge per key on update, so null is how a key is removed. */
export type PropsPatch = Schema.PropsPatch;
export type ElementPatch = Schema.ElementPatch;
/** A field an event, command or read model carries; props.fields holds them by key (protocol.md). */
export type Field = Schema.Field;
/** A given / when / then example of a command or read model; props.scenarios holds them by key. */
export type Scenario = Schema.Scenario;

type NotArrow<T> = Omit<T, 'kind' | 'from' | 'to' | 'label'>;

/** A note as this app creates it: always with its text and place. */
export type NewNote = NotArrow<Schema.NewElement> & { kind: NoteKind; text: string; x: number; y: number };
export type NewArrow = Schema.NewElement & { kind: 'arrow'; from: string; to: string };
export type NewElement = NewNote | NewArrow;

export type WireNote = NotArrow<Schema.WireElement> & { kind: NoteKind };
export type WireArrow = Schema.WireElement & { kind: 'arrow'; from: string; to: string };
/** An element as the server stores it, every default filled in. */
export type WireElement = WireNote | WireArrow;

export type CreateOp = { op: 'create'; element: NewElement };
export type UpdateOp = Schema.UpdateOp;
export type DeleteOp = Schema.DeleteOp;
/** An edit as a client sends it. */
export type Op = CreateOp | UpdateOp | DeleteOp;

export type AppliedCreateOp = { op: 'create'; element: WireElement };
export type AppliedUpdateOp = Schema.AppliedUpdateOp;
/** An edit as the server applied it: creates come back complete, updates with the element's new version. */
export type AppliedElementOp = AppliedCreateOp | AppliedUpdateOp | DeleteOp;

export type PhaseRef = Schema.PhaseRef;
export type PhaseOp = Schema.PhaseOp;
export type GatingOp = Schema.GatingOp;
export type FreezeOp = Schema.FreezeOp;
export type TimerAction = Schema.TimerOp['action'];
/**
 * The facilitator's countdown as the server holds it: a running timer names the moment it ends (on the server's
 * clock) and stays at zero once that has passed, until reset; a paused one says what it has left.
 */
export type BoardTimer =
  | { state: 'idle' }
  | { state: 'running'; durationMs: number; endsAt: string }
  | { state: 'paused'; durationMs: number; remainingMs: number };
export type TimerOp = Omit<Schema.TimerOp, 'timer'> & { timer: BoardTimer };
export type CoachOp = Schema.CoachOp;
export type AcceptOp = Schema.AcceptOp;
/** The dot-voting round as everyone may see it (docs/protocol.md, "Dot voting"). */
export type VotingRound = Schema.VotingRound;
export type VotingOp = Schema.VotingOp;
/** Only ever in the voter's own applied: their dots on one sticky now and how many votes they have left. */
export type VoteOp = Schema.VoteOp;
/** A vote as everyone sees it: how many dots that person has placed, never where. */
export type VotesCastOp = Schema.VotesCastOp;
export type CheckpointOp = Schema.CheckpointOp;
export type SummonOp = Schema.SummonOp;
/** Silent writing turned on or off; off arrives with a create op for every sticky written unseen (the reveal). */
export type SilentOp = Schema.SilentOp;
/** Someone's batch during silent writing as everyone else sees it: how many unseen stickies that person has now. */
export type WrittenOp = Schema.WrittenOp;
export type SilentRound = Schema.SilentRound;
/** A facilitator's act: it takes its place in the board's order like an edit but changes no element. */
export type FacilitatorOp = PhaseOp | GatingOp | FreezeOp | TimerOp | CoachOp | AcceptOp | CheckpointOp | VotingOp | VoteOp | VotesCastOp | SummonOp
  | SilentOp | WrittenOp;

/** What an `applied` message carries: element edits and the facilitator's acts, in the board's one order. */
export type AppliedOp = AppliedElementOp | FacilitatorOp;

export function isElementOp(op: AppliedOp): op is AppliedElementOp {
  return op.op === 'create' || op.op === 'update' || op.op === 'delete';
}

export type Point = Exclude<Schema.Cursor, null>;
export type DragPosition = Exclude<Schema.Drag, null>[number];
/** A part of the wall, in wall coordinates: what a screen shows (for following) or where a summon brings everyone. */
export type WallViewport = Schema.Viewport;

/** What one client is doing right now; never stored. This app always says all of it. */
export type Presence = Required<Omit<Schema.ClientPresence, 'type'>>;

export type Participant = Schema.Participant;
export type PresenceUpdate = Schema.PresenceUpdate;

export type BoardInfo = Omit<Schema.Board, 'timer'> & { timer: BoardTimer };

export type RejectionCode = Schema.Rejected['code'];
export type ErrorCode = Schema.Error['code'];

export type JoinMessage = Schema.Join;
export type OpsMessage = { type: 'ops'; clientOpId: string; ops: Op[] };
export type ClientPresenceMessage = Presence & { type: 'presence' };
export type PingMessage = Schema.Ping;
/** Facilitator only, answered like a batch: `action` steps one phase, `index` jumps to a phase number. */
export type PhaseMessage =
  | { type: 'phase'; clientOpId: string; action: 'next' | 'previous' }
  | { type: 'phase'; clientOpId: string; index: number };
export type GatingMessage = Schema.Gating;
export type FreezeMessage = Schema.Freeze;
export type TimerMessage = Schema.Timer;
export type CoachMessage = Schema.Coach;
export type AcceptMessage = Schema.Accept;
export type CheckpointMessage = Schema.Checkpoint;
export type VotingMessage = Schema.Voting;
export type VoteMessage = Schema.Vote;
export type UnvoteMessage = Schema.Unvote;
export type SummonMessage = Schema.Summon;
export type SilentMessage = Schema.Silent;

export type ClientMessage =
  | JoinMessage | OpsMessage | ClientPresenceMessage | PingMessage | PhaseMessage | GatingMessage | FreezeMessage
  | TimerMessage | CoachMessage | AcceptMessage | CheckpointMessage | VotingMessage | VoteMessage | UnvoteMessage | SummonMessage
  | SilentMessage;

/** `protocol` is the server's version, which may be another than this app's (see liveWall.ts). */
export type WelcomeMessage = Omit<Schema.Welcome, 'protocol'> & { protocol: number };
/** `votes`: the receiving person's own dots of the voting round, by sticky id; nobody else's. */
export type SnapshotMessage = {
  type: 'snapshot';
  seq: number;
  board: BoardInfo;
  elements: WireElement[];
  votes: Record<string, number>;
  /** The receiving person's own stickies written during silent writing (among `elements`); absent when none. */
  unseen?: string[];
};
export type AppliedMessage = Omit<Schema.Applied, 'ops'> & { ops: AppliedOp[] };
export type AckMessage = Schema.Ack;
export type RejectedMessage = Schema.Rejected;
export type ServerPresenceMessage = Schema.ServerPresence;
export type ParticipantJoinedMessage = Schema.ParticipantJoined;
export type ParticipantLeftMessage = Schema.ParticipantLeft;
export type ErrorMessage = Schema.Error;
export type PongMessage = Schema.Pong;
/** The notation coach's whole current list for the board (docs/coach.md). */
export type ChecksMessage = Schema.Checks;
/** What changed in the coach's list since the one read at `since` (applied by store/coach.ts). */
export type ChecksChangedMessage = Schema.ChecksChanged;
/**
 * One place where the wall breaks a rule of the method. `key` is the rule and the sorted ids of the elements it
 * names, so the same finding keeps its key from one list to the next; `accepted` is null until the facilitator
 * accepts it for the board.
 */
export type Finding = Schema.Finding;
/** How much a finding weighs: a broken rule of the method, a likely mistake, a suggestion. */
export type Severity = Finding['severity'];

export type ServerMessage =
  | WelcomeMessage | SnapshotMessage | AppliedMessage | AckMessage | RejectedMessage
  | ServerPresenceMessage | ParticipantJoinedMessage | ParticipantLeftMessage | ErrorMessage | PongMessage
  | ChecksMessage | ChecksChangedMessage;

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
    origin: 'string',
    personId: 'string',
    seq: 'number',
    catchUp: 'string',
    participants: 'array',
    serverTime: 'number',
  },
  snapshot: { seq: 'number', board: 'object', elements: 'array', votes: 'object' },
  applied: { seq: 'number', origin: 'string', clientOpId: 'string', by: 'string', at: 'string', ops: 'array' },
  ack: { clientOpId: 'string', seq: 'number', duplicate: 'boolean' },
  rejected: { clientOpId: 'string', code: 'string', message: 'string' },
  presence: { updates: 'array' },
  participantJoined: { participant: 'object' },
  participantLeft: { sessionId: 'string' },
  error: { code: 'string', message: 'string' },
  pong: { t: 'number' },
  checks: { seq: 'number', enabled: 'boolean', findings: 'array' },
  checksChanged: { since: 'number', seq: 'number', added: 'array', removed: 'array' },
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
