import type { DragPosition, Point, PresenceUpdate, WallViewport } from './protocol';

/** Others' drag previews: where the stickies they are dragging are right now. */
export function movingElsewhere(others: ReadonlyMap<string, PresenceUpdate>): Map<string, Point> {
  const moving = new Map<string, Point>();
  for (const other of others.values()) for (const d of other.drag ?? []) moving.set(d.id, { x: d.x, y: d.y });
  return moving;
}

export interface PresenceFields {
  cursor: Point | null;
  selection: string[];
  editing: string | null;
  drag: DragPosition[] | null;
  /** The part of the wall on this screen, so that others can follow it. */
  viewport: WallViewport | null;
}

/** Keeps this tab's presence and sends it at most 20 times a second, always ending on the latest. */
export function presenceSender(send: (message: { type: 'presence' } & PresenceFields) => void): { update(change: Partial<PresenceFields>): void } {
  const current: PresenceFields = { cursor: null, selection: [], editing: null, drag: null, viewport: null };
  let timer: ReturnType<typeof setTimeout> | null = null;
  return {
    update(change) {
      Object.assign(current, change);
      timer ??= setTimeout(() => {
        timer = null;
        send({ type: 'presence', ...current, selection: [...current.selection], drag: current.drag && [...current.drag] });
      }, 50);
    },
  };
}
