import { arrangeOps, type Arrangement } from '../store/arrange';
import { copyPayload, kindsIn, pasteOps, zOrderOps, type ClipboardPayload } from '../store/clipboard';
import { kindChangeOps } from '../store/kindChange';
import { deleteOps, movedTogether } from '../store/selection';
import { LIMITS, type ElementKind, type Point, type WireElement } from '../sync/protocol';
import type { WallContext } from './wallContext';

/** The edits the keyboard, the clipboard and the selection toolbar share, each one batch and one undo step. */
export interface WallActions {
  /** Pastes copied elements (centred on `at`, or beside where they were copied), selecting what was pasted. */
  paste(payload: ClipboardPayload, at: Point | null): void;
  duplicate(): void;
  toFront(): void;
  toBack(): void;
  remove(): void;
  nudge(dx: number, dy: number): void;
  /** Turns the selected stickies into another kind, keeping their text; or says why the kind is locked now. */
  changeKind(kind: ElementKind): void;
  /** Aligns or distributes the selection (`store/arrange`). */
  arrange(how: Arrangement): void;
}

/**
 * `locked` says why a kind may not be created now (its phase has not come), or null when it may; `carries` whether a
 * moved container takes an element lying in it along (not a sticky frozen for this person).
 */
export function wallActions(
  wall: WallContext,
  locked: (kind: ElementKind) => string | null,
  carries: (element: WireElement) => boolean = () => true,
): WallActions {
  const paste = (payload: ClipboardPayload, at: Point | null): void => {
    if (!wall.canEdit()) return;
    const refusal = kindsIn(payload).map(locked).find((reason) => reason !== null);
    if (refusal) {
      wall.say(refusal);
      return;
    }
    const { ops, ids } = pasteOps(payload, at);
    if (ops.length > LIMITS.opsPerBatch) {
      wall.say(`At most ${LIMITS.opsPerBatch} elements and arrows can be pasted at once.`);
      return;
    }
    wall.edit(ops);
    wall.select(ids);
  };
  /** A frozen element in the selection stops the whole edit, saying why, rather than being refused by the server. */
  const unlocked = (change: () => void) => (): void => {
    const refusal = [...wall.selection()].map((id) => wall.locked(id)).find((reason) => reason !== null);
    if (refusal) wall.say(refusal);
    else change();
  };
  return {
    paste,
    duplicate() {
      const payload = copyPayload(wall.selection(), wall.view());
      if (payload) paste(payload, null);
    },
    toFront: unlocked(() => wall.edit(zOrderOps(wall.selection(), wall.view(), 'front'))),
    toBack: unlocked(() => wall.edit(zOrderOps(wall.selection(), wall.view(), 'back'))),
    remove: unlocked(() => {
      wall.edit(deleteOps(wall.selection(), wall.view()));
      wall.select([]);
    }),
    nudge: (dx, dy) =>
      unlocked(() => {
        const moves = movedTogether(wall.selection(), dx, dy, wall.view(), carries);
        wall.edit(moves.map((d) => ({ op: 'update' as const, id: d.id, set: { x: d.x, y: d.y } })));
      })(),
    changeKind: (kind) =>
      unlocked(() => {
        const ops = kindChangeOps(wall.selection(), wall.view(), kind);
        if (ops.length === 0) return;
        const refusal = locked(kind);
        if (refusal) wall.say(refusal);
        else wall.edit(ops);
      })(),
    arrange(how) {
      const ops = arrangeOps(wall.selection(), how, wall.view());
      if (ops.length > LIMITS.opsPerBatch) wall.say(`At most ${LIMITS.opsPerBatch} elements can be arranged at once.`);
      else wall.edit(ops);
    },
  };
}
