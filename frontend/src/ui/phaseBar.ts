import type { SessionFormat } from '../api/boards';
import { countdownText, remainingMs, timeIsUp } from '../store/timer';
import type { BoardSettings } from '../store/wallState';
import type { TimerAction } from '../sync/protocol';
import { el } from './dom';

export interface PhaseBarActions {
  move(action: 'previous' | 'next'): void;
  setGating(lifted: boolean): void;
  setFrozen(frozen: boolean): void;
  runTimer(action: TimerAction, seconds?: number): void;
  /** The server's clock now, in ms: the countdown is read on it so every screen shows the same time. */
  serverNow(): number;
}

/**
 * Where the workshop is: format, phase number and name, the phase's key question and the countdown. The
 * facilitator also gets the controls and the phase's guidance; everyone else sees the same bar without them.
 */
export function phaseBar(
  format: SessionFormat,
  actions: PhaseBarActions,
  extraControls: HTMLElement[] = [],
  origin: { title: string; seq: number } | null = null,
): { node: HTMLElement; update(settings: BoardSettings, steering: boolean): void } {
  // the format's name gives way first when the bar is full; the phase's number and name stay whole
  const formatName = el('span', { class: 'phase-format' });
  const phaseName = el('span', { class: 'phase-name' });
  const title = el('span', { class: 'phase-title', 'data-testid': 'phase' }, formatName, phaseName);
  const question = el('span', { class: 'phase-question', 'data-testid': 'phase-question' });
  const flags = el('span', { class: 'phase-flags', 'data-testid': 'phase-flags' });
  const clock = countdown(actions);
  const previous = button('◀', 'Previous phase', () => actions.move('previous'));
  const next = button('Next phase ▶', 'Next phase', () => actions.move('next'));
  const gating = button('', 'Lift or restore gating', () => actions.setGating(!current?.gatingLifted));
  const freeze = button('', 'Freeze or thaw the wall', () => actions.setFrozen(!current?.frozen));
  const guidance = el('details', { class: 'phase-guidance' }, el('summary', {}, 'Guidance'), el('p', {}));
  const controls = el('span', { class: 'phase-controls', 'data-testid': 'phase-controls' },
    clock.controls, previous, next, gating, freeze, guidance, ...extraControls);
  const node = el('div', { class: 'phase-bar' }, title, question, clock.node, flags, continued(origin), controls);
  let current: BoardSettings | null = null;

  return {
    node,
    update(settings, steering) {
      current = settings;
      const phase = format.phases[settings.phase.index - 1];
      const following = format.phases[settings.phase.index];
      formatName.textContent = format.name;
      phaseName.textContent = ` · ${settings.phase.index}/${format.phases.length} ${settings.phase.name}`;
      title.title = title.textContent ?? '';
      question.textContent = phase?.question ?? '';
      question.title = question.textContent;
      flags.textContent = [settings.gatingLifted ? 'Gating lifted' : '', settings.frozen ? 'Wall frozen' : ''].filter(Boolean).join(' · ');
      // the facilitator's own buttons say the same ("Restore gating", "Thaw wall"): their bar keeps the room
      flags.hidden = steering;
      controls.hidden = !steering;
      previous.disabled = settings.phase.index <= 1;
      next.disabled = settings.phase.index >= format.phases.length;
      next.title = following?.freezes?.length
        ? `Next phase: ${following.name} (freezes ${following.freezes.join(', ')} for participants)`
        : 'Next phase';
      gating.textContent = settings.gatingLifted ? 'Restore gating' : 'Lift gating';
      freeze.textContent = settings.frozen ? 'Thaw wall' : 'Freeze wall';
      guidance.querySelector('p')!.textContent = phase?.guidance ?? '';
      clock.update(settings, phase?.timeboxMinutes ?? 0);
    },
  };
}

/** The countdown everyone sees, and the facilitator's buttons for it. */
function countdown(actions: PhaseBarActions): { node: HTMLElement; controls: HTMLElement; update(settings: BoardSettings, timeboxMinutes: number): void } {
  const time = el('span', { class: 'timer-time', 'data-testid': 'timer' });
  const state = el('span', { class: 'timer-state', 'data-testid': 'timer-state' });
  // Announced once when the time is up; the ticking digits themselves would be noise for a screen reader.
  const announcement = el('span', { class: 'visually-hidden', role: 'status' });
  const node = el('span', { class: 'timer', title: 'Timebox' }, time, state, announcement);

  const minutes = el('input', {
    type: 'number', min: '1', max: '1440', step: '1', class: 'timer-minutes', 'aria-label': 'Timebox in minutes', 'data-testid': 'timer-minutes',
  });
  const start = button('Start', 'Start the timebox', () => actions.runTimer('start', Math.round(Number(minutes.value) * 60) || undefined));
  const pause = button('Pause', 'Pause or resume the timebox', () => actions.runTimer(timer?.state === 'paused' ? 'resume' : 'pause'));
  const plusOne = button('+1′', 'Add a minute', () => actions.runTimer('extend', 60));
  const plusFive = button('+5′', 'Add five minutes', () => actions.runTimer('extend', 300));
  const reset = button('Reset', 'Stop and clear the timebox', () => actions.runTimer('reset'));
  const unit = el('span', { class: 'timer-unit' }, 'min');
  const controls = el('span', { class: 'timer-controls', role: 'group', 'aria-label': 'Timebox' },
    minutes, unit, start, pause, plusOne, plusFive, reset);

  let timer: BoardSettings['timer'] | null = null;
  let shownPhase = -1;
  let wasUp = true;
  let ticking: ReturnType<typeof setInterval> | undefined;

  const draw = (): void => {
    if (!timer) return;
    const now = actions.serverNow();
    const up = timeIsUp(timer, now);
    node.hidden = timer.state === 'idle';
    time.textContent = countdownText(remainingMs(timer, now));
    state.textContent = up ? 'Time is up' : timer.state === 'paused' ? 'paused' : '';
    node.classList.toggle('time-up', up);
    node.classList.toggle('paused', timer.state === 'paused');
    if (up && !wasUp) {
      announcement.textContent = 'Time is up';
      chime();
    }
    if (!up) announcement.textContent = '';
    wasUp = up;
  };

  return {
    node,
    controls,
    update(settings, timeboxMinutes) {
      const fresh = timer === null;
      timer = settings.timer;
      // On opening the board a timer already at zero is shown quietly; only a countdown watched to its end chimes.
      if (fresh) wasUp = timeIsUp(timer, actions.serverNow());
      if (settings.phase.index !== shownPhase) {
        shownPhase = settings.phase.index;
        minutes.value = String(timeboxMinutes || 10);
      }
      pause.textContent = timer.state === 'paused' ? 'Resume' : 'Pause';
      // without a timer only its length and Start are offered, which keeps the facilitator's bar on one line
      pause.hidden = plusOne.hidden = plusFive.hidden = reset.hidden = timer.state === 'idle';
      // and with one, its length and Start give way to these (Reset brings them back)
      minutes.hidden = unit.hidden = start.hidden = timer.state !== 'idle';
      clearInterval(ticking);
      if (timer.state === 'running') ticking = setInterval(draw, 250);
      draw();
    },
  };
}

/** A soft two-note sound; the browser may refuse it before the person has interacted with the page, which is fine. */
function chime(): void {
  try {
    const audio = new AudioContext();
    [523.25, 659.25].forEach((frequency, i) => {
      const tone = audio.createOscillator();
      const volume = audio.createGain();
      const at = audio.currentTime + i * 0.25;
      tone.frequency.value = frequency;
      volume.gain.setValueAtTime(0.0001, at);
      volume.gain.exponentialRampToValueAtTime(0.08, at + 0.03);
      volume.gain.exponentialRampToValueAtTime(0.0001, at + 0.6);
      tone.connect(volume).connect(audio.destination);
      tone.start(at);
      tone.stop(at + 0.65);
    });
    setTimeout(() => void audio.close(), 1500);
  } catch {
    // no audio on this device
  }
}

function button(label: string, title: string, onClick: () => void): HTMLButtonElement {
  const b = el('button', { type: 'button', title }, label);
  b.addEventListener('click', (event) => {
    onClick();
    // a pointer's click hands the keys back to the wall: its shortcuts, typed next, would light up this button's focus ring
    if (event.detail > 0) b.blur();
  });
  return b;
}

/**
 * Where a continued board came from, in a few characters ("↩ Subscriptions"): the facilitator's controls and the
 * phase's question need the bar's room more. The whole sentence is its title and what a screen reader says.
 */
function continued(origin: { title: string; seq: number } | null): HTMLElement {
  const sentence = origin ? `Continues “${origin.title}” (as of edit ${origin.seq})` : '';
  const node = el('span', { class: 'phase-origin', 'data-testid': 'continued-from', title: sentence },
    el('span', { 'aria-hidden': 'true' }, origin ? `↩ ${origin.title}` : ''),
    el('span', { class: 'visually-hidden' }, sentence));
  node.hidden = !origin;
  return node;
}
