import type { WallView } from '../canvas/wallView';
import { arrowPoints } from '../render/geometry';
import { isContainer, titleHeight } from '../render/picking';
import { LIMITS, type ElementKind, type Point, type WireArrow, type WireElement, type WireNote } from '../sync/protocol';
import { alongTimeline } from '../store/placement';
import { editText } from '../ui/textEditor';
import type { WallContext } from './wallContext';

export interface TextEditingOptions {
  wall: WallContext;
  view: WallView;
  /** Tells the others which sticky this person is editing, or that they stopped. */
  editing(id: string | null): void;
  /** Creates a sticky of `kind` centred at `at`; its id. */
  create(kind: ElementKind, at: Point): string;
  /** Why this element may not be changed by this person now (frozen), or null. */
  frozen(element: WireElement): string | null;
  /** An editor opened (true) or closed (false). */
  onActive(active: boolean): void;
}

/**
 * Editing text in place, over the canvas: a sticky's text where the sticky is, an arrow's label over the arrow's
 * middle where it is drawn. Each change is one edit, sent only if the text changed.
 */
export function textEditing(options: TextEditingOptions): { edit(id: string): void; active(): boolean } {
  const { wall, view } = options;
  let open = 0;
  const opened = (): void => {
    open++;
    options.onActive(true);
  };
  const closed = (): void => {
    open--;
    options.onActive(open > 0);
  };

  const editSticky = (element: WireNote): void => {
    const page = view.toPage({ x: element.x, y: element.y });
    options.editing(element.id);
    // a card's or a context's name: a one-line field over its title bar, of a size to type a name in
    const name = isContainer(element);
    const place = name
      ? { width: Math.min(Math.max(element.w * page.scale, 200), 360), height: Math.max(34, titleHeight(element, page.scale) * page.scale), scale: 1 }
      : { width: element.w * page.scale, height: element.h * page.scale, scale: page.scale };
    const commit = (text: string): void => {
      options.editing(null);
      if (text !== element.text) wall.edit([{ op: 'update', id: element.id, set: { text } }]);
      closed();
    };
    opened();
    editText({
      left: page.x, top: page.y, ...place,
      text: element.text,
      ...(name ? { singleLine: true, label: `${element.kind === 'boundary' ? 'Bounded context' : 'Aggregate'} name` } : {}),
      onCommit: commit,
      onTab: (text, backwards) => {
        commit(text);
        // Tab carries on along the timeline: the next event to the right (Shift+Tab: to the left), made if need be
        if (element.kind !== 'event') return;
        const next = alongTimeline(element, wall.view(), backwards);
        edit('edit' in next ? next.edit : options.create('event', next.create));
      },
    });
  };

  const editLabel = (arrow: WireArrow): void => {
    const from = wall.view().get(arrow.from);
    const to = wall.view().get(arrow.to);
    if (!from || !to) return;
    const [x1, y1, x2, y2] = arrowPoints(from, to);
    const page = view.toPage({ x: (x1 + x2) / 2 - 80, y: (y1 + y2) / 2 - 24 });
    const commit = (label: string): void => {
      if (label !== (arrow.label ?? '')) wall.edit([{ op: 'update', id: arrow.id, set: { label } }]);
      closed();
    };
    opened();
    editText({
      left: page.x, top: page.y, width: 160 * page.scale, height: 40 * page.scale, scale: page.scale,
      text: arrow.label ?? '', label: 'Arrow label', maxLength: LIMITS.labelLength,
      onCommit: commit,
      onTab: commit,
    });
  };

  const edit = (id: string): void => {
    const refusal = wall.locked(id);
    if (refusal) {
      wall.say(refusal);
      return;
    }
    const element = wall.view().get(id);
    const frozen = element && options.frozen(element);
    // a frozen sticky gets no editor: it says why instead
    if (frozen) wall.say(frozen);
    else if (element?.kind === 'arrow') editLabel(element);
    else if (element) editSticky(element);
  };
  return { edit, active: () => open > 0 };
}
