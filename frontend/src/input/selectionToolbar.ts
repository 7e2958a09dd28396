import type { Viewport } from '../canvas/viewport';
import type { Point, Rect } from '../render/geometry';
import { el } from '../ui/dom';
import { shortcutTitle, type KeyedAction } from '../ui/help';
import type { ElementKind, WireElement } from '../sync/protocol';
import type { WallActions } from './actions';
import { kindMenu } from './kindMenu';
import { NEEDED } from '../store/arrange';
import { carriesFields } from '../store/dataShape';
import { hasNotation } from '../store/notation';
import { besideArrow, clearOf } from './toolbarPlacement';
import { isContainer, titleBar } from '../render/picking';
import { intersects } from '../render/visible';
import type { WallContext } from './wallContext';

export interface ToolbarSource {
  wall: WallContext;
  viewport(): Viewport;
  /** Where the selection is drawn on the wall; null when nothing is. */
  selectionBounds(): Rect | null;
  /** The selected arrow when it is all that is selected, on the wall: its line, and what is to stay seen. */
  selectedArrow(): { from: Point; to: Point; keepClear: Rect[] } | null;
  /** The part of the wall on screen: the toolbar keeps off the other stickies there, and the title bars of cards and contexts. */
  visible(): Rect;
  /** Text being edited or something being dragged: the toolbar keeps out of the way meanwhile. */
  busy(): boolean;
  /** Edits the text of a sticky, or the label of an arrow. */
  edit(id: string): void;
  /** Opens the notation properties of a hotspot, a policy or an external system. */
  properties(id: string): void;
  /** Why a kind may not be placed now (the phase), or null: the kind menu offers only the open ones. */
  locked(kind: ElementKind): string | null;
}

/** What is selected, as far as the toolbar cares. */
interface Picked {
  readonly count: number;
  readonly arrows: number;
  /** Why part of it may not be changed now (frozen), or null. */
  readonly locked: string | null;
  /** One sticky with notation properties (a hotspot, a policy, an external system). */
  readonly notation: boolean;
  /** One event, command or read model: it carries fields. */
  readonly data: boolean;
}

type ToolAction = Exclude<KeyedAction, 'minimap' | 'walkNext' | 'walkBack' | 'coach'>;

interface Tool {
  readonly action: ToolAction;
  readonly testId: string;
  /** What the button says; its full name (in its title, and for assistive technology) begins or ends with it. */
  readonly text: string;
  readonly name: (picked: Picked) => string;
  readonly shown: (picked: Picked) => boolean;
}

const TOOLS: readonly Tool[] = [
  { action: 'edit', testId: 'toolbar-edit', text: 'Edit', name: (p) => (p.arrows === 1 ? 'Edit label' : 'Edit text'), shown: (p) => p.count === 1 },
  { action: 'properties', testId: 'toolbar-properties', text: 'Properties', name: () => 'Properties', shown: (p) => p.notation },
  { action: 'properties', testId: 'toolbar-fields', text: 'Fields', name: () => 'Fields and scenarios', shown: (p) => p.data },
  // duplicating and layering are for stickies: arrows follow their ends and are drawn above them
  { action: 'duplicate', testId: 'toolbar-duplicate', text: 'Duplicate', name: () => 'Duplicate', shown: (p) => p.arrows < p.count },
  { action: 'front', testId: 'toolbar-front', text: 'To front', name: () => 'Bring to front', shown: (p) => p.arrows < p.count },
  { action: 'back', testId: 'toolbar-back', text: 'To back', name: () => 'Send to back', shown: (p) => p.arrows < p.count },
  { action: 'delete', testId: 'toolbar-delete', text: 'Delete', name: () => 'Delete', shown: () => true },
  { action: 'alignLeft', testId: 'toolbar-align-left', text: '⇤', name: () => 'Align left edges', shown: (p) => p.count - p.arrows >= NEEDED.alignLeft },
  { action: 'alignTop', testId: 'toolbar-align-top', text: '⤒', name: () => 'Align top edges', shown: (p) => p.count - p.arrows >= NEEDED.alignTop },
  { action: 'distributeAcross', testId: 'toolbar-distribute-across', text: '↔', name: () => 'Distribute across', shown: (p) => p.count - p.arrows >= NEEDED.distributeAcross },
  { action: 'distributeDown', testId: 'toolbar-distribute-down', text: '↕', name: () => 'Distribute down', shown: (p) => p.count - p.arrows >= NEEDED.distributeDown },
];

/**
 * A small toolbar floating just above the selection, for those who may edit: edit text, a sticky's notation
 * properties, duplicate, bring to front,
 * send to back, delete, and for several stickies align and distribute — each what a shortcut does too (the title
 * names it), each one edit. It follows the selection as the wall pans, zooms or moves, keeps off the stickies
 * around it and the title bars of cards and contexts where it can (zoomed out they are small and close), and hides
 * while text is edited or something is dragged.
 */
export function selectionToolbar(source: ToolbarSource, actions: WallActions): { node: HTMLElement; refresh(): void } {
  const { wall } = source;
  const perform: Record<ToolAction, () => void> = {
    edit: () => source.edit([...wall.selection()][0]!),
    properties: () => source.properties([...wall.selection()][0]!),
    duplicate: actions.duplicate,
    front: actions.toFront,
    back: actions.toBack,
    delete: actions.remove,
    alignLeft: () => actions.arrange('alignLeft'),
    alignTop: () => actions.arrange('alignTop'),
    distributeAcross: () => actions.arrange('distributeAcross'),
    distributeDown: () => actions.arrange('distributeDown'),
  };
  const buttons = TOOLS.map((tool) => {
    const button = el('button', { type: 'button', class: `tool tool-${tool.action}`, 'data-testid': tool.testId }, tool.text);
    button.addEventListener('click', () => perform[tool.action]());
    return button;
  });
  const kinds = kindMenu(actions.changeKind);
  // a frozen selection offers no edits, only why
  const frozen = el('span', { class: 'tool-frozen', 'data-testid': 'toolbar-frozen' }, '❄ Frozen');
  const node = el('div', { class: 'selection-toolbar', role: 'toolbar', 'aria-label': 'Selection', 'data-testid': 'selection-toolbar' }, kinds.node, ...buttons, frozen);
  node.hidden = true;
  node.addEventListener('keydown', (event) => moveFocus(event, buttons));
  let placedAt = '';

  const refresh = (): void => {
    const picked = pick(wall);
    const box = picked && wall.canEdit() && !source.busy() ? source.selectionBounds() : null;
    // nothing to show: done before the page's layout is read, which every pan step would otherwise force
    if (!picked || !box) {
      node.hidden = true;
      placedAt = '';
      return;
    }
    const host = node.parentElement;
    const area = host ? { w: host.clientWidth, h: host.clientHeight } : null;
    const { scale, x, y } = source.viewport();
    const screen = (p: Point): Point => ({ x: p.x * scale + x, y: p.y * scale + y });
    const rect = (r: Rect): Rect => ({ ...screen(r), w: r.w * scale, h: r.h * scale });
    if (!picked || !box || !area || !overlaps(rect(box), area)) {
      node.hidden = true;
      placedAt = '';
      return;
    }
    const selected = [...wall.selection()].map((id) => wall.view().get(id)).filter((e): e is WireElement => !!e);
    const menu = picked.locked === null ? kinds.update(selected, source.locked) : '';
    if (picked.locked !== null) kinds.node.hidden = true;
    const key = `${menu} ${picked.notation} ${picked.count} ${picked.arrows} ${picked.locked} ${box.x} ${box.y} ${box.w} ${box.h} ${scale} ${x} ${y} ${area.w} ${area.h}`;
    if (key === placedAt && !node.hidden) return;
    placedAt = key;
    TOOLS.forEach((tool, i) => label(buttons[i]!, tool, picked));
    frozen.hidden = picked.locked === null;
    frozen.title = picked.locked ?? '';
    node.hidden = false;
    const size = { w: node.offsetWidth, h: node.offsetHeight };
    const arrow = source.selectedArrow();
    const [stickies, titleBars] = keptClear(wall, source.visible(), scale);
    const at = arrow
      ? besideArrow({ from: screen(arrow.from), to: screen(arrow.to), keepClear: arrow.keepClear.map(rect) }, size, area)
      : clearOf(rect(box), size, area, stickies.map(rect), titleBars.map(rect));
    node.style.left = `${at.x}px`;
    node.style.top = `${at.y}px`;
  };
  return { node, refresh };
}

/** The other stickies on screen, and the title bars of the cards and contexts there, none of them selected. */
function keptClear(wall: WallContext, near: Rect, scale: number): [Rect[], Rect[]] {
  const others = [...wall.view().values()].filter((e) => e.kind !== 'arrow' && !wall.selection().has(e.id));
  return [
    others.filter((e) => !isContainer(e) && intersects(e, near)),
    others.filter(isContainer).map((e) => titleBar(e, scale)).filter((bar) => intersects(bar, near)),
  ];
}

function pick(wall: WallContext): Picked | null {
  const view = wall.view();
  let count = 0;
  let arrows = 0;
  let locked: string | null = null;
  for (const id of wall.selection()) {
    const element = view.get(id);
    if (!element) continue;
    count++;
    if (element.kind === 'arrow') arrows++;
    locked ??= wall.locked(id);
  }
  const only = count === 1 ? view.get([...wall.selection()].find((id) => view.has(id))!) : undefined;
  return count > 0 ? { count, arrows, locked, notation: hasNotation(only), data: count === 1 && carriesFields(only) } : null;
}

function label(button: HTMLButtonElement, tool: Tool, picked: Picked): void {
  const name = tool.name(picked);
  button.hidden = picked.locked !== null || !tool.shown(picked);
  button.setAttribute('aria-label', name);
  button.title = shortcutTitle(name, tool.action);
}

function overlaps(box: Rect, area: { w: number; h: number }): boolean {
  return box.x + box.w > 0 && box.y + box.h > 0 && box.x < area.w && box.y < area.h;
}

/** Left and right arrow keys move between the toolbar's buttons, as in any toolbar (and nudge nothing). */
function moveFocus(event: KeyboardEvent, buttons: HTMLButtonElement[]): void {
  if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
  event.preventDefault();
  event.stopPropagation();
  const shown = buttons.filter((b) => !b.hidden);
  const at = shown.indexOf(document.activeElement as HTMLButtonElement);
  shown[(at + (event.key === 'ArrowRight' ? 1 : shown.length - 1)) % shown.length]?.focus();
}
