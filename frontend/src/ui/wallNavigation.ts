import { shortcutTitle } from './help';
import { el } from './dom';
import { bounds, contains } from '../render/visible';
import type { WireElement } from '../sync/protocol';
import type { WalkStep } from '../canvas/walk';
import type { WallView } from '../canvas/wallView';

/**
 * The Fit button and the walk along the wall (◂ ▸), added to the zoom controls; what they do is returned for the
 * shortcuts too, with the first look at a wall.
 */
export function wallNavigation(
  view: WallView,
  elements: () => ReadonlyMap<string, WireElement>,
): { fitAll(): void; walkAlong(step: WalkStep): void; showWhole(): void } {
  const extent = () => bounds([...elements().values()].filter((e) => e.kind !== 'arrow'));
  const fitAll = (): void => {
    const all = extent();
    if (all) view.fit(all);
  };
  // stickies lie anywhere, also left of and above where a view starts: a wall that doesn't fit that view is first
  // seen whole (never above 100 %), not as a corner of empty grid
  const showWhole = (): void => {
    const all = extent();
    if (all && !contains(view.visible(), all)) view.fit(all);
  };
  const fitButton = el('button', { type: 'button', title: 'Zoom to fit the whole wall (Shift+1)', 'aria-label': 'Zoom to fit', 'data-testid': 'zoom-fit' }, 'Fit');
  fitButton.addEventListener('click', fitAll);
  const walkAlong = (step: WalkStep): void => {
    const all = extent();
    if (all) view.walk(all, step);
  };
  const walkButton = (text: string, name: string, step: WalkStep, action: 'walkNext' | 'walkBack'): HTMLButtonElement => {
    const b = el('button', { type: 'button', title: shortcutTitle(name, action), 'aria-label': name, 'data-testid': `walk-${step}` }, text);
    b.addEventListener('click', () => walkAlong(step));
    return b;
  };
  view.zoomControls.append(fitButton, walkButton('◂', 'Walk the wall to the left', 'previous', 'walkBack'), walkButton('▸', 'Walk the wall to the right', 'next', 'walkNext'));
  return { fitAll, walkAlong, showWhole };
}
