import type { SilentView } from '../store/silent';
import { writtenText } from '../store/silent';
import { el } from './dom';

export interface SilentWritingState {
  readonly silent: SilentView;
  readonly facilitator: boolean;
  /** Whether the board's current phase offers silent writing (the format says so). */
  readonly offered: boolean;
  readonly nameOf: (person: string) => string | undefined;
  /** This person's id, to say "you" for their own count. */
  readonly me: string | null;
}

/**
 * Silent writing on the board page: the facilitator's switch for the phase bar, and a banner over the wall that
 * tells everyone it is on: participants that only they see their stickies until the reveal, the facilitator how many
 * each person has written, with the reveal at hand.
 */
export function silentWriting(actions: { setOn(on: boolean): void }): {
  control: HTMLElement;
  banner: HTMLElement;
  update(state: SilentWritingState): void;
} {
  const control = el('button', { type: 'button', class: 'silent-toggle', 'data-testid': 'silent-toggle',
    title: 'Everyone writes on their own: their stickies stay hidden from the others until you reveal them' }, 'Silent writing');
  let on = false;
  control.addEventListener('click', (event) => {
    actions.setOn(!on);
    // a pointer's click hands the keys back to the wall, as the phase bar's other buttons do
    if (event.detail > 0) control.blur();
  });
  const text = el('span', { class: 'silent-text', 'data-testid': 'silent-text' });
  const reveal = el('button', { type: 'button', class: 'silent-reveal', 'data-testid': 'silent-reveal',
    title: 'Show every sticky written in silence to everyone at once' }, 'Reveal');
  reveal.addEventListener('click', () => actions.setOn(false));
  const banner = el('div', { class: 'silent-banner', role: 'status', 'data-testid': 'silent-banner' }, text, reveal);
  banner.hidden = true;
  return {
    control,
    banner,
    update(state) {
      on = state.silent.on;
      control.hidden = !state.facilitator || !(state.offered || on);
      control.textContent = on ? 'Reveal stickies' : 'Silent writing';
      control.setAttribute('aria-pressed', String(on));
      banner.hidden = !on;
      reveal.hidden = !state.facilitator;
      if (!on) return;
      const counts = writtenText(state.silent, (p) => (p === state.me ? 'you' : state.nameOf(p)));
      text.textContent = state.facilitator
        ? `Silent writing${counts ? ` · ${counts}` : ' · nobody has written yet'}`
        : `Silent writing: only you see your stickies until the facilitator reveals them${state.silent.mine.size ? ` · you have written ${state.silent.mine.size}` : ''}`;
    },
  };
}
