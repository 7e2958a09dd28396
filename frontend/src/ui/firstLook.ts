import type { LiveWall, LiveWallSnapshot } from '../sync/liveWall';
import type { WireElement } from '../sync/protocol';
import { elementFromHash } from '../routes';

/**
 * Where a wall is first looked at: the element a link points at (`#e=`) as soon as it is on the wall, or else the
 * whole wall once it has first arrived. Each happens once; after that the view is the person's own.
 */
export function firstLook(live: LiveWall, look: { whole(): void; element(element: WireElement): void }): void {
  let pointedAt = elementFromHash(location.hash);
  let wholeWall = pointedAt === null;
  const looked = (next: LiveWallSnapshot): void => {
    const element = pointedAt ? next.wall.view.get(pointedAt) : undefined;
    if (element) {
      pointedAt = null;
      look.element(element);
    }
    if (wholeWall && next.wall.settings) {
      wholeWall = false;
      look.whole();
    }
  };
  live.onChange(looked);
  looked(live.snapshot());
}
