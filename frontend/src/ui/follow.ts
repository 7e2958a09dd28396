import type { Viewport } from '../canvas/viewport';
import type { WallView } from '../canvas/wallView';
import { liveSummons, wireViewport } from '../store/follow';
import type { PresenceUpdate, ServerMessage, WallViewport } from '../sync/protocol';
import { el } from './dom';

export interface FollowHooks {
  view: WallView;
  /** This page's origin and the seq of its last welcome (which may have come before these controls were made). */
  joined(): { origin: string | null; welcomeSeq: number | null };
  /** Sends the facilitator's summon; false when not connected. */
  summon(viewport: WallViewport): boolean;
  say(text: string): void;
}

/**
 * Following a person and the facilitator's summon, on this screen: while following, the view shows what the leader's
 * screen shows until this person pans, zooms or presses Escape; a summon brings the view to the facilitator's, and
 * "Go back" returns to where it was. Each shows a small banner saying so.
 */
export function followControls(hooks: FollowHooks) {
  const { view } = hooks;
  const followText = el('span', { 'data-testid': 'follow-text' });
  const stop = el('button', { type: 'button', 'data-testid': 'follow-stop' }, 'Stop');
  const followBanner = el('div', { class: 'guide-banner', role: 'status', 'data-testid': 'follow-banner' }, followText, ' · ', stop);
  const summonText = el('span', { 'data-testid': 'summon-text' });
  const back = el('button', { type: 'button', 'data-testid': 'summon-back' }, 'Go back');
  const summonBanner = el('div', { class: 'guide-banner summoned', role: 'status', 'data-testid': 'summon-banner' }, summonText, ' · ', back);
  followBanner.hidden = true;
  summonBanner.hidden = true;
  const summonButton = el('button', {
    type: 'button', class: 'summon-button', 'data-testid': 'summon',
    title: 'Every other screen moves to what you see now; each person can go back',
  }, 'Bring everyone to my view');
  summonButton.hidden = true;

  let leader: { sessionId: string; name: string } | null = null;
  let summonedFrom: Viewport | null = null;
  /** Set while this screen moves by itself, so that only the person's own moves end a follow. */
  let steering = false;
  let size = { w: view.stage.width(), h: view.stage.height() };
  let lastSeen: WallViewport | null = null;

  const show = (area: WallViewport): void => {
    steering = true;
    try {
      view.showArea(area);
    } finally {
      steering = false;
    }
  };
  const endFollow = (): void => {
    leader = null;
    lastSeen = null;
    followBanner.hidden = true;
  };
  const endSummon = (): void => {
    summonedFrom = null;
    summonBanner.hidden = true;
  };

  view.onChange(() => {
    if (steering) return;
    const resized = size.w !== view.stage.width() || size.h !== view.stage.height();
    size = { w: view.stage.width(), h: view.stage.height() };
    if (resized) {
      // a window resized keeps showing the leader's view: it is not a move of the person's own
      if (leader && lastSeen) show(lastSeen);
      return;
    }
    if (leader) endFollow();
    // having moved away from where they were brought, they need no way back any more
    if (summonedFrom) endSummon();
  });
  stop.addEventListener('click', endFollow);
  back.addEventListener('click', () => {
    const to = summonedFrom;
    endSummon();
    if (to) {
      steering = true;
      try {
        view.restore(to);
      } finally {
        steering = false;
      }
    }
  });
  summonButton.addEventListener('click', (event) => {
    if (!hooks.summon(wireViewport(view.visible()))) hooks.say('Not connected: try again when the wall is back.');
    // a pointer's click hands the keys back to the wall
    if (event.detail > 0) summonButton.blur();
  });
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    if (leader) endFollow();
    else if (summonedFrom) endSummon();
  });

  return {
    banners: [followBanner, summonBanner] as const,
    summonButton,
    /** Follows this person from now on (or stops, when they are the one followed already). */
    follow(person: PresenceUpdate | { sessionId: string; name: string; viewport?: WallViewport | null }): void {
      if (leader?.sessionId === person.sessionId) {
        endFollow();
        return;
      }
      endSummon();
      leader = { sessionId: person.sessionId, name: person.name };
      followText.textContent = `Following ${person.name}`;
      followBanner.hidden = false;
      if (person.viewport) {
        lastSeen = person.viewport;
        show(person.viewport);
      }
    },
    following: (): string | null => leader?.sessionId ?? null,
    setFacilitator(facilitator: boolean): void {
      summonButton.hidden = !facilitator;
    },
    /** Every message from the server: presence moves a follower, a live summon moves everyone else. */
    receive(message: ServerMessage): void {
      if (message.type === 'presence' && leader) {
        const update = message.updates.find((u) => u.sessionId === leader?.sessionId);
        if (update?.viewport && !same(update.viewport, lastSeen)) {
          lastSeen = update.viewport;
          show(update.viewport);
        }
      } else if (message.type === 'participantLeft' && leader?.sessionId === message.sessionId) {
        hooks.say(`${leader.name} left the board: you are no longer following.`);
        endFollow();
      } else if (message.type === 'applied') {
        const { origin, welcomeSeq } = hooks.joined();
        const summons = liveSummons(message, welcomeSeq, origin);
        if (!summons) return;
        endFollow();
        // a second summon keeps the way back to where this person was before the first
        summonedFrom ??= view.viewport();
        summonText.textContent = `${summons.by} brought everyone here`;
        summonBanner.hidden = false;
        show(summons.viewport);
      }
    },
  };
}

function same(a: WallViewport, b: WallViewport | null): boolean {
  return b !== null && a.x === b.x && a.y === b.y && a.w === b.w && a.h === b.h;
}
