import type Konva from 'konva';
import type { ElementLayer } from '../canvas/elementLayer';
import type { Viewport } from '../canvas/viewport';
import { isTyping } from '../input/typing';
import { isOpen, tallyOf, votable, votesLeft } from '../store/voting';
import type { LiveWall, LiveWallSnapshot } from '../sync/liveWall';
import type { WireElement } from '../sync/protocol';
import { votingPanel } from './votingPanel';

export interface VotingOnWallContext {
  readonly live: LiveWall;
  readonly stageHost: HTMLElement;
  /** The wall's stage and layer, made after the bars (which hold the voting controls). */
  readonly stage: () => Konva.Stage;
  readonly layer: () => ElementLayer;
  readonly viewport: () => Viewport;
  readonly state: () => LiveWallSnapshot;
  readonly selection: () => ReadonlySet<string>;
  /** Brings a sticky of the ranking into view and selects it. */
  readonly show: (element: WireElement) => void;
  readonly offline: () => void;
}

/**
 * Dot voting on the wall: the facilitator's controls and the panel, dots placed with a click on a sticky's "+" (and
 * taken back with a click on one's own), V for the selection (Shift+V takes back), and the dots or the tally drawn on
 * the stickies.
 */
export function votingOnWall(context: VotingOnWallContext): {
  controls: HTMLElement;
  node: HTMLElement;
  /** Shows the round as the live wall now has it. */
  update(): void;
  /** While a round is open this person's cursor is shown to nobody: where it goes would tell where their dots go. */
  hidesCursor(): boolean;
} {
  const { live, stageHost, state, offline } = context;
  const panel = votingPanel({
    open: (votesPerPerson) => {
      if (!live.steer({ type: 'voting', action: 'open', votesPerPerson })) offline();
    },
    reveal: () => {
      if (!live.steer({ type: 'voting', action: 'reveal' })) offline();
    },
    close: () => {
      if (!live.steer({ type: 'voting', action: 'close' })) offline();
    },
    show: (id) => {
      const element = state().wall.view.get(id);
      if (element) context.show(element);
    },
  });
  const vote = (id: string, add: boolean): void => {
    if (!live.vote(id, add)) offline();
  };
  /** Only a person who may edit votes; an observer sees the round and, after the reveal, its tally. */
  const voter = (): boolean => {
    const now = state();
    return now.status === 'connected' && now.role !== null && now.role !== 'observer';
  };
  // Read from the page's own events, caught before the wall's: a press on a dot neither selects its sticky nor starts
  // a drag, so nobody's selection (which presence shows everyone) tells where they vote.
  const dotUnder = (event: Event): ReturnType<ElementLayer['votes']['dotAt']> => {
    const at = event instanceof MouseEvent ? event : (event as TouchEvent).changedTouches?.[0];
    if (!at) return null;
    const box = context.stage().container().getBoundingClientRect();
    const { x, y, scale } = context.viewport();
    return context.layer().votes.dotAt({ x: (at.clientX - box.left - x) / scale, y: (at.clientY - box.top - y) / scale });
  };
  for (const type of ['pointerdown', 'mousedown', 'touchstart', 'pointerup', 'mouseup', 'touchend', 'dblclick']) {
    stageHost.addEventListener(type, (event) => {
      if (dotUnder(event)) event.stopPropagation();
    }, true);
  }
  stageHost.addEventListener('click', (event) => {
    const dot = dotUnder(event);
    if (!dot) return;
    event.stopPropagation();
    if (dot.kind === 'add') vote(dot.id, true);
    else if (dot.kind === 'mine') vote(dot.id, false);
  }, true);
  document.addEventListener('keydown', (event) => {
    if (isTyping(event) || event.ctrlKey || event.metaKey || event.altKey || event.key.toLowerCase() !== 'v') return;
    const voting = state().voting;
    if (!isOpen(voting) || !voter()) return;
    const view = state().wall.view;
    const chosen = [...context.selection()].map((id) => view.get(id)).filter((e): e is WireElement => !!e && votable(voting, e.kind));
    if (chosen.length === 0) return;
    event.preventDefault();
    for (const element of chosen) {
      if (!event.shiftKey || voting.mine.has(element.id)) vote(element.id, !event.shiftKey);
    }
  });

  const update = (): void => {
    const now = state();
    const voting = now.voting;
    const own = now.participants.find((p) => p.sessionId === now.sessionId);
    panel.update({
      voting, facilitator: now.role === 'facilitator', voter: voter(), participants: now.participants,
      element: (id) => now.wall.view.get(id),
    });
    const shown = isOpen(voting) || voting.round.state === 'revealed';
    context.layer().votes.set(shown ? {
      state: voting.round.state,
      votable: (e) => votable(voting, e.kind),
      mine: isOpen(voting) ? voting.mine : new Map(),
      canAdd: voter() && votesLeft(voting) > 0,
      tally: voting.round.state === 'revealed' ? tallyOf(voting, (id) => now.wall.view.has(id)) : new Map(),
      colour: own?.colour ?? '#1971c2',
    } : null);
  };
  return { controls: panel.controls, node: panel.node, update, hidesCursor: () => isOpen(state().voting) };
}
