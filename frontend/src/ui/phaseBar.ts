import type { SessionFormat } from '../api/boards';
import type { BoardSettings } from '../store/wallState';
import { el } from './dom';

export interface PhaseBarActions {
  move(action: 'previous' | 'next'): void;
  setGating(lifted: boolean): void;
  setFrozen(frozen: boolean): void;
}

/**
 * Where the workshop is: format, phase number and name, and the phase's key question. The facilitator also gets
 * the controls and the phase's guidance; everyone else sees the same bar without them.
 */
export function phaseBar(format: SessionFormat, actions: PhaseBarActions): { node: HTMLElement; update(settings: BoardSettings, steering: boolean): void } {
  const title = el('span', { class: 'phase-title', 'data-testid': 'phase' });
  const question = el('span', { class: 'phase-question', 'data-testid': 'phase-question' });
  const flags = el('span', { class: 'phase-flags', 'data-testid': 'phase-flags' });
  const previous = button('◀', 'Previous phase', () => actions.move('previous'));
  const next = button('Next phase ▶', 'Next phase', () => actions.move('next'));
  const gating = button('', 'Lift or restore gating', () => actions.setGating(!current?.gatingLifted));
  const freeze = button('', 'Freeze or thaw the wall', () => actions.setFrozen(!current?.frozen));
  const guidance = el('details', { class: 'phase-guidance' }, el('summary', {}, 'Guidance'), el('p', {}));
  const controls = el('span', { class: 'phase-controls', 'data-testid': 'phase-controls' }, previous, next, gating, freeze, guidance);
  const node = el('div', { class: 'phase-bar' }, title, question, flags, controls);
  let current: BoardSettings | null = null;

  return {
    node,
    update(settings, steering) {
      current = settings;
      const phase = format.phases[settings.phase.index - 1];
      title.textContent = `${format.name} · ${settings.phase.index}/${format.phases.length} ${settings.phase.name}`;
      question.textContent = phase?.question ?? '';
      flags.textContent = [settings.gatingLifted ? 'Gating lifted' : '', settings.frozen ? 'Wall frozen' : ''].filter(Boolean).join(' · ');
      controls.hidden = !steering;
      previous.disabled = settings.phase.index <= 1;
      next.disabled = settings.phase.index >= format.phases.length;
      gating.textContent = settings.gatingLifted ? 'Restore gating' : 'Lift gating';
      freeze.textContent = settings.frozen ? 'Thaw wall' : 'Freeze wall';
      guidance.querySelector('p')!.textContent = phase?.guidance ?? '';
    },
  };
}

function button(label: string, title: string, onClick: () => void): HTMLButtonElement {
  const b = el('button', { type: 'button', title }, label);
  b.addEventListener('click', onClick);
  return b;
}
