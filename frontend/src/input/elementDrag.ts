import type { ElementHandlers } from '../canvas/elementLayer';
import { movedTogether } from '../store/selection';
import type { DragPosition, Point, WireElement } from '../sync/protocol';
import type { WallContext } from './wallContext';

export interface ElementDragContext {
  wall: WallContext;
  /** Whether this person may move the element now (not frozen for them). */
  movable(element: WireElement): boolean;
  /** Tells the others where the dragged elements are right now; null once dropped. */
  showDrag(drag: DragPosition[] | null): void;
  redraw(): void;
  /** An element was picked up (true) or let go (false). */
  onDragChange(dragging: boolean): void;
}

/**
 * This person's drags on the wall. A dragged element moves the rest of the selection with it when it is part of
 * one, and a bounded context or an aggregate carries what lies inside it; the drag is a preview that others see,
 * and the drop is one edit.
 */
export function elementDragging(context: ElementDragContext): {
  handlers: Pick<ElementHandlers, 'onMoved' | 'onDragging' | 'onDragChange'>;
  /** Where what the dragged element carries is drawn right now. */
  carried(): ReadonlyMap<string, Point>;
  /** Whether something on the wall is being dragged by this person right now. */
  active(): boolean;
} {
  const { wall } = context;
  let carried = new Map<string, Point>();
  let dragging = false;
  const movedWithContents = (id: string, x: number, y: number): DragPosition[] => {
    const element = wall.view().get(id);
    if (!element) return [{ id, x, y }];
    const selection = wall.selection();
    const together = selection.has(id) ? [id, ...selection] : [id];
    return movedTogether(together, x - element.x, y - element.y, wall.view(), context.movable).map((d) => (d.id === id ? { id, x, y } : d));
  };
  return {
    handlers: {
      onMoved: (id, x, y) => {
        context.showDrag(null);
        carried = new Map();
        wall.edit(movedWithContents(id, x, y).map((d) => ({ op: 'update' as const, id: d.id, set: { x: d.x, y: d.y } })));
      },
      onDragging: (id, x, y) => {
        const moves = movedWithContents(id, x, y);
        carried = new Map(moves.filter((d) => d.id !== id).map((d) => [d.id, { x: d.x, y: d.y }]));
        if (carried.size > 0) context.redraw();
        context.showDrag(moves);
      },
      onDragChange: (now) => {
        dragging = now;
        context.onDragChange(now);
      },
    },
    carried: () => carried,
    active: () => dragging,
  };
}
