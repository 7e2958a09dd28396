/**
 * The live protocol as the browser app sees it: docs/protocol.md in types. Everything comes from
 * docs/protocol/protocol.schema.json through protocol.generated.ts (npm run protocol-types; a test keeps it up to
 * date), under the schema's names; this file only adds what TypeScript can't read from a schema's conditionals (that
 * an arrow has its ends and a note its place, how a timer's state decides its fields) and the names the app uses.
 */
import type * as Schema from './protocol.generated';
import { SERVER_SHAPES } from './protocol.generated';

export * from './protocol.generated';

export type ElementKind = Schema.Kind;
/** Everything but arrows: the kinds placed by x/y rather than by their ends. */
export type NoteKind = Exclude<ElementKind, 'arrow'>;

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
/** An edit as a client sends it. */
export type Op = CreateOp | Schema.UpdateOp | Schema.DeleteOp;

export type AppliedCreateOp = { op: 'create'; element: WireElement };
/** An edit as the server applied it: creates come back complete, updates with the element's new version. */
export type AppliedElementOp = AppliedCreateOp | Schema.AppliedUpdateOp | Schema.DeleteOp;

/**
 * The facilitator's countdown as the server holds it: a running timer names the moment it ends (on the server's
 * clock) and stays at zero once that has passed, until reset; a paused one says what it has left.
 */
export type BoardTimer =
  | { state: 'idle' }
  | { state: 'running'; durationMs: number; endsAt: string }
  | { state: 'paused'; durationMs: number; remainingMs: number };
export type TimerAction = Schema.TimerOp['action'];
export type TimerOp = Omit<Schema.TimerOp, 'timer'> & { timer: BoardTimer };

/** What an `applied` message carries: element edits and the facilitator's acts, in the board's one order. */
export type AppliedOp = AppliedElementOp | TimerOp | Exclude<Schema.AppliedOp, Schema.AppliedCreateOp | Schema.TimerOp>;

export function isElementOp(op: AppliedOp): op is AppliedElementOp {
  return op.op === 'create' || op.op === 'update' || op.op === 'delete';
}

export type Point = Exclude<Schema.Cursor, null>;
export type DragPosition = Exclude<Schema.Drag, null>[number];
/** A part of the wall, in wall coordinates: what a screen shows (for following) or where a summon brings everyone. */
export type WallViewport = Schema.Viewport;
/** What one client is doing right now; never stored. This app always says all of it. */
export type Presence = Required<Omit<Schema.ClientPresence, 'type'>>;
export type BoardInfo = Omit<Schema.Board, 'timer'> & { timer: BoardTimer };

/** Facilitator only, answered like a batch: `action` steps one phase, `index` jumps to a phase number. */
export type PhaseMessage =
  | { type: 'phase'; clientOpId: string; action: 'next' | 'previous' }
  | { type: 'phase'; clientOpId: string; index: number };
export type ClientMessage =
  | Exclude<Schema.ClientMessage, Schema.Ops | Schema.ClientPresence | Schema.Phase>
  | { type: 'ops'; clientOpId: string; ops: Op[] }
  | (Presence & { type: 'presence' })
  | PhaseMessage;

/** `protocol` is the server's version, which may be another than this app's (see liveWall.ts). */
export type WelcomeMessage = Omit<Schema.Welcome, 'protocol'> & { protocol: number };
export type SnapshotMessage = Omit<Schema.Snapshot, 'board' | 'elements'> & { board: BoardInfo; elements: WireElement[] };
export type AppliedMessage = Omit<Schema.Applied, 'ops'> & { ops: AppliedOp[] };
export type ServerMessage =
  | Exclude<Schema.ServerMessage, Schema.Welcome | Schema.Snapshot | Schema.Applied>
  | WelcomeMessage | SnapshotMessage | AppliedMessage;
/** How much a finding weighs: a broken rule of the method, a likely mistake, a suggestion. */
export type Severity = Schema.Finding['severity'];

export const SERVER_MESSAGE_TYPES = Object.keys(SERVER_SHAPES) as readonly ServerMessage['type'][];

function hasShape(value: unknown, shape: string): boolean {
  if (shape === 'array') return Array.isArray(value);
  if (shape === 'object') return typeof value === 'object' && value !== null && !Array.isArray(value);
  return typeof value === shape;
}

/**
 * Reads a frame from the server, or null if it isn't one. Only the envelope is checked (the required fields the
 * schema names, by their JSON type): the server is trusted for the rest (its own tests hold it to the schema), and
 * this runs on every frame.
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
  const shapes: Readonly<Record<string, string>> = SERVER_SHAPES[type as keyof typeof SERVER_SHAPES];
  return Object.entries(shapes).every(([field, shape]) => hasShape(message[field], shape)) ? (message as unknown as ServerMessage) : null;
}
