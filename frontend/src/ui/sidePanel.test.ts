// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { sidePanel } from './sidePanel';

function panel() {
  const button = document.createElement('button');
  const node = document.createElement('aside');
  let opened = 0;
  const control = sidePanel(button, node, () => opened++);
  return { button, node, control, opened: () => opened };
}

describe('the side panels', () => {
  it('start closed and open and close from their button, which says so', () => {
    const coach = panel();
    expect(coach.node.hidden).toBe(true);
    expect(coach.button.getAttribute('aria-expanded')).toBe('false');
    coach.button.click();
    expect(coach.node.hidden).toBe(false);
    expect(coach.button.getAttribute('aria-expanded')).toBe('true');
    expect(coach.opened()).toBe(1);
    coach.button.click();
    expect(coach.node.hidden).toBe(true);
    expect(coach.opened()).toBe(1);
  });

  it('are open one at a time: opening one closes the other', () => {
    const coach = panel();
    const review = panel();
    coach.button.click();
    review.button.click();
    expect(coach.node.hidden).toBe(true);
    expect(coach.button.getAttribute('aria-expanded')).toBe('false');
    expect(review.node.hidden).toBe(false);
    // closed by its own close, the other stays as it is
    review.control.close();
    coach.button.click();
    expect(coach.node.hidden).toBe(false);
    expect(review.node.hidden).toBe(true);
  });
});
