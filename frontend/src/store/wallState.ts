import type { AppliedMessage, AppliedOp, BoardInfo, BoardTimer, ElementPatch, Op, PhaseRef, WireElement } from '../sync/protocol';

import { DEFAULT_SIZE } from '../sync/protocol';

/** Default sizes by kind, as the server fills them in: used to draw an edit before it is confirmed. */
export { DEFAULT_SIZE };

export interface PendingBatch {
  readonly clientOpId: string;
  readonly ops: readonly Op[];
}

/**
 * The wall as one client knows it: what the server confirmed (up to `seq`), and this client's own batches not yet
 * confirmed. What is shown is the confirmed wall with the pending batches replayed over it, so an own edit shows
 * at once and a remote edit is never lost under it: where both touch a field, the server's order decides once the
 * pending batch comes back confirmed.
 */
/**
 * How the facilitator has set the board: where the workshop is, whether gating is lifted or the wall frozen, and
 * the countdown.
 */
export interface BoardSettings {
  readonly phase: PhaseRef;
  readonly gatingLifted: boolean;
  readonly frozen: boolean;
  readonly timer: BoardTimer;
}

export const NO_TIMER: BoardTimer = { state: 'idle' };

export interface WallState {
  readonly seq: number;
  readonly settings: BoardSettings | null;
  readonly confirmed: ReadonlyMap<string, WireElement>;
  readonly pending: readonly PendingBatch[];
  readonly view: ReadonlyMap<string, WireElement>;
}

export const EMPTY_WALL: WallState = { seq: 0, settings: null, confirmed: new Map(), pending: [], view: new Map() };

export function fromSnapshot(
  seq: number,
  elements: readonly WireElement[],
  pending: readonly PendingBatch[],
  board?: Pick<BoardInfo, 'phase' | 'gatingLifted' | 'frozen'> & Partial<Pick<BoardInfo, 'timer'>>,
): WallState {
  const confirmed = new Map(elements.map((e) => [e.id, e]));
  const settings = board
    ? { phase: board.phase, gatingLifted: board.gatingLifted ?? false, frozen: board.frozen ?? false, timer: board.timer ?? NO_TIMER }
    : null;
  return withView({ seq, settings, confirmed, pending, view: confirmed });
}

/** A batch in the board's order. Batches at or below `seq` were seen already; the sender's own copy confirms it. */
export function applyConfirmed(state: WallState, batch: AppliedMessage, ownOrigin: string | null): WallState {
  if (batch.seq <= state.seq) return state;
  const confirmed = new Map(state.confirmed);
  let settings = state.settings;
  for (const op of batch.ops) {
    applyAppliedOp(confirmed, op, batch);
    if (settings) settings = applySetting(settings, op);
  }
  const pending = ownOrigin !== null && batch.origin === ownOrigin ? state.pending.filter((p) => p.clientOpId !== batch.clientOpId) : state.pending;
  return withView({ seq: batch.seq, settings, confirmed, pending, view: confirmed });
}

export function addPending(state: WallState, batch: PendingBatch): WallState {
  return withView({ ...state, pending: [...state.pending, batch] });
}

/** A refused or already-applied batch: it no longer shapes the view. */
export function dropPending(state: WallState, clientOpId: string): WallState {
  return withView({ ...state, pending: state.pending.filter((p) => p.clientOpId !== clientOpId) });
}

function withView(state: WallState): WallState {
  if (state.pending.length === 0) return { ...state, view: state.confirmed };
  const view = new Map(state.confirmed);
  for (const batch of state.pending) for (const op of batch.ops) applyLocalOp(view, op);
  return { ...state, view };
}

function applySetting(settings: BoardSettings, op: AppliedOp): BoardSettings {
  switch (op.op) {
    case 'phase':
      return { ...settings, phase: op.phase };
    case 'gating':
      return { ...settings, gatingLifted: op.lifted };
    case 'freeze':
      return { ...settings, frozen: op.frozen };
    case 'timer':
      return { ...settings, timer: op.timer };
    default:
      return settings;
  }
}

function applyAppliedOp(elements: Map<string, WireElement>, op: AppliedOp, batch: AppliedMessage): void {
  if (op.op === 'create') elements.set(op.element.id, op.element);
  else if (op.op === 'delete') elements.delete(op.id);
  else if (op.op === 'update') {
    const current = elements.get(op.id);
    if (current) elements.set(op.id, { ...patched(current, op.set), version: op.version, updatedBy: batch.by, updatedAt: batch.at });
  }
  // other ops steer the board (phase, gating, freezing) and leave the elements as they are
}

/** An own edit, drawn before the server has it: same rules, with the server's defaults guessed. */
function applyLocalOp(elements: Map<string, WireElement>, op: Op): void {
  if (op.op === 'create') {
    const e = op.element;
    if (!e.id || elements.has(e.id)) return;
    const size = DEFAULT_SIZE[e.kind];
    const top = Math.max(0, ...[...elements.values()].map((other) => other.z));
    elements.set(e.id, {
      id: e.id,
      kind: e.kind,
      text: e.text ?? '',
      x: e.x ?? 0,
      y: e.y ?? 0,
      w: e.w ?? size.w,
      h: e.h ?? size.h,
      z: e.z ?? top + 1,
      props: e.props ?? {},
      ...(e.kind === 'arrow' ? { from: e.from, to: e.to, ...(e.label !== undefined ? { label: e.label } : {}) } : {}),
      version: 0,
      updatedBy: '',
      updatedAt: '',
    } as WireElement);
  } else if (op.op === 'delete') {
    elements.delete(op.id);
    for (const [id, other] of elements) {
      if (other.kind === 'arrow' && (other.from === op.id || other.to === op.id)) elements.delete(id);
    }
  } else {
    const current = elements.get(op.id);
    if (current) elements.set(op.id, patched(current, op.set));
  }
}

function patched(element: WireElement, set: ElementPatch): WireElement {
  const { props, ...fields } = set;
  const next = { ...element, ...fields } as WireElement;
  if (props) {
    next.props = mergedProps(element.props as Record<string, unknown>, props as Record<string, unknown>) as WireElement['props'];
  }
  return next;
}

/** Props that hold entries by key; they merge one level deeper, as the server merges them. */
const KEYED_PROPS = new Set(['fields', 'scenarios']);

/** Props merge per key (null removes one); fields and scenarios also per entry, so two people's entries both stay. */
export function mergedProps(current: Record<string, unknown>, patch: Record<string, unknown>): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...current };
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) {
      delete merged[key];
    } else if (KEYED_PROPS.has(key) && typeof value === 'object') {
      const entries = mergedProps((merged[key] ?? {}) as Record<string, unknown>, value as Record<string, unknown>);
      if (Object.keys(entries).length > 0) merged[key] = entries;
      else delete merged[key];
    } else {
      merged[key] = value;
    }
  }
  return merged;
}

/**
 * The layer each kind is drawn in, as the method reads a wall: bounded contexts at the back, aggregate cards on
 * them, stickies on the cards, arrows over everything. z orders elements only within their layer.
 */
export function layerOf(kind: WireElement['kind']): number {
  switch (kind) {
    case 'boundary':
      return 0;
    case 'aggregate':
      return 1;
    case 'arrow':
      return 3;
    default:
      return 2;
  }
}

/** Elements in drawing order: by layer, then lowest z first, ties broken by id so every client draws the same. */
export function inDrawingOrder(view: ReadonlyMap<string, WireElement>): WireElement[] {
  return [...view.values()].sort((a, b) => layerOf(a.kind) - layerOf(b.kind) || a.z - b.z || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
