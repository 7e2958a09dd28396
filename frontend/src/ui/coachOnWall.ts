import type { ElementLayer } from '../canvas/elementLayer';
import type { WallView } from '../canvas/wallView';
import type { Marker } from '../render/coachMarkers';
import { centre } from '../render/geometry';
import { fromChecks, HiddenFindings, NO_CHECKS, withHidden, type CoachState } from '../store/coach';
import type { LiveWall, LiveWallSnapshot } from '../sync/liveWall';
import type { Checks, Finding } from '../sync/protocol';
import { coachPanel } from './coachPanel';
import { coachTip } from './coachTip';
import { describeElement, extentOf, readingOrder, withoutArrowEnds } from './findingLinks';
import type { FindingsByElement } from './wallOutline';

export interface CoachOnWallContext {
  readonly boardId: string;
  readonly live: LiveWall;
  readonly state: () => LiveWallSnapshot;
  /** The wall's view and layer, made after the bars (which hold the coach's button). */
  readonly view: () => WallView;
  readonly layer: () => ElementLayer;
  readonly selection: () => ReadonlySet<string>;
  /** Whether a drag or a text edit is under way: the selected sticky's tip waits for it. */
  readonly busy: () => boolean;
  readonly choose: (ids: Iterable<string>) => void;
  /** The screen-reader outline shows each sticky's findings too. */
  readonly outline: (findings: FindingsByElement) => void;
  readonly say: (text: string) => void;
  readonly offline: () => void;
}

/**
 * The notation coach on the board page: the list as this person sees it (with what they hid for themselves), its
 * panel, the markers on the stickies and the tip that tells what a marker found — under the pointer, or for the one
 * marked sticky selected.
 */
export function coachOnWall(context: CoachOnWallContext): {
  button: HTMLButtonElement;
  panel: HTMLElement;
  tip: HTMLElement;
  toggle(): void;
  findings(): FindingsByElement;
  /** Takes in the live wall's state: a new list of findings, or a new role. */
  update(next: LiveWallSnapshot): void;
  showTip(): void;
  /** Listens for the pointer over the markers, once the stage is there. */
  listen(): void;
} {
  const { live, state, offline } = context;
  const hidden = new HiddenFindings(localStorage, context.boardId);
  /** The coach's list as this person sees it, and the server's message it was made from. */
  let coach: CoachState = NO_CHECKS;
  let coachFrom: Checks | null = null;
  /** The coach's marker under the pointer, by its element's id. */
  let hoveredMarker: string | null = null;
  const tip = coachTip();
  const panel = coachPanel({
    jump: (finding) => jumpTo(finding),
    hide: (key, hide) => {
      coach = withHidden(coach, hide ? hidden.hide(key) : hidden.show(key));
      show();
    },
    accept: (key, accepted) => {
      if (!live.steer({ type: 'accept', key, accepted })) offline();
    },
    setEnabled: (enabled) => {
      if (!live.steer({ type: 'coach', enabled })) offline();
    },
  });
  const describe = (id: string): string => describeElement(state().wall.view, id);
  const named = (ids: readonly string[]): string[] => withoutArrowEnds(state().wall.view, ids);
  const order = (): ((a: Finding, b: Finding) => number) => readingOrder(state().wall.view);
  /** Selects what a finding names and brings it into view: the whole of it, when it is larger than the view. */
  const jumpTo = (finding: Finding): void => {
    const wall = state().wall.view;
    const present = finding.elements.filter((id) => wall.has(id));
    const box = extentOf(wall, present);
    if (!box) {
      context.say('What this finding names is no longer on the wall.');
      return;
    }
    const view = context.view();
    const seen = view.visible();
    if (box.w > seen.w * 0.9 || box.h > seen.h * 0.9) view.fit(box);
    else view.centreOn(centre(box));
    context.choose(present);
  };
  /** The tip shows the marker under the pointer, or else that of the one marked element selected. */
  const showTip = (): void => {
    let marker: Marker | null = null;
    const selection = context.selection();
    const only = selection.size === 1 ? [...selection][0]! : null;
    const wanted = hoveredMarker ?? (only && coach.byElement.has(only) && !context.busy() ? only : null);
    if (wanted) marker = context.layer().coach.markers().find((m) => m.id === wanted) ?? null;
    tip.show(marker, context.view().viewport());
  };
  const showPanel = (): void => {
    panel.update({ state: coach, facilitator: state().role === 'facilitator', describe, named, order });
  };
  const show = (): void => {
    context.layer().coach.set(coach.byElement);
    context.outline(coach.byElement);
    showPanel();
    showTip();
  };
  const update = (next: LiveWallSnapshot): void => {
    if (next.checks !== coachFrom) {
      coachFrom = next.checks;
      coach = next.checks ? fromChecks(next.checks, hidden.keys()) : NO_CHECKS;
      context.layer().coach.set(coach.byElement);
      context.outline(coach.byElement);
    }
    showPanel();
  };
  const listen = (): void => {
    const stage = context.view().stage;
    // the coach's marker under the pointer tells what it found there
    stage.on('mousemove.coach', (event) => {
      const at = stage.getRelativePointerPosition();
      const under = event.evt.buttons === 0 && at ? context.layer().coach.markerAt(at)?.id ?? null : null;
      if (under === hoveredMarker) return;
      hoveredMarker = under;
      showTip();
    });
    stage.on('mouseleave.coach', () => {
      hoveredMarker = null;
      showTip();
    });
  };
  return {
    button: panel.button, panel: panel.node, tip: tip.node, toggle: panel.toggle,
    findings: () => coach.byElement, update, showTip, listen,
  };
}
