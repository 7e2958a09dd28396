import { SEVERITY_STYLES, type Marker } from '../render/coachMarkers';
import type { Viewport } from '../canvas/viewport';
import { el } from './dom';

/**
 * What a coach's marker says, beside it over the wall: each finding's message and how to fix it. Shown for the
 * marker under the pointer, or for the marked sticky that is selected alone (the wall's keyboard focus). It never
 * takes the pointer: a click goes to the wall beneath.
 */
export function coachTip(): { node: HTMLElement; show(marker: Marker | null, viewport: Viewport): void } {
  const node = el('div', { class: 'coach-tip', role: 'tooltip', 'data-testid': 'coach-tip' });
  node.hidden = true;
  let current: Marker | null = null;
  return {
    node,
    show(marker, viewport) {
      if (!marker) {
        node.hidden = true;
        current = null;
        return;
      }
      // built anew only for another marker or other findings; otherwise only moved
      if (current?.id !== marker.id || current.findings !== marker.findings) {
        node.replaceChildren(
          ...marker.findings.map((finding) =>
            el(
              'div',
              { class: 'coach-tip-finding' },
              el('strong', { class: `coach-tip-${finding.severity}` }, `${SEVERITY_STYLES[finding.severity].label}: `),
              finding.message,
              el('p', {}, finding.hint),
            )),
        );
      }
      current = marker;
      node.hidden = false;
      const host = node.parentElement;
      const r = marker.r * viewport.scale;
      const x = marker.x * viewport.scale + viewport.x;
      const y = marker.y * viewport.scale + viewport.y;
      const width = node.offsetWidth;
      // to the marker's right, or to its left where the wall's edge is near
      const right = x + r + 8;
      const left = host && right + width > host.clientWidth ? Math.max(4, x - r - 8 - width) : right;
      const top = host ? Math.min(Math.max(4, y - r), Math.max(4, host.clientHeight - node.offsetHeight - 4)) : y - r;
      node.style.left = `${Math.round(left)}px`;
      node.style.top = `${Math.round(top)}px`;
    },
  };
}
