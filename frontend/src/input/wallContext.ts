import type { Op, WireElement } from '../sync/protocol';

/** What the wall's input acts on: the wall as it is now, this person's selection, and the one way to edit it. */
export interface WallContext {
  /** The wall now, own pending edits included. */
  view(): ReadonlyMap<string, WireElement>;
  /** Whether this person may change the wall (has joined, and not as an observer). */
  canEdit(): boolean;
  /** Why this person may not change this element now (the wall or its kind is frozen); null when they may. */
  locked(id: string): string | null;
  /** Why fields or scenarios may not be written yet (a later phase opens them); null when they may. */
  notYetOpen(data: 'fields' | 'scenarios'): string | null;
  selection(): ReadonlySet<string>;
  /** Selects exactly these (shown at once, and told to the others). */
  select(ids: readonly string[]): void;
  /** One own edit: one batch to the server and one undo step. */
  edit(ops: Op[]): void;
  /** A passing message, such as a refusal. */
  say(text: string): void;
}
