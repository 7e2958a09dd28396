import { describe, expect, it } from 'vitest';
import type { WireElement } from '../sync/protocol';
import { alongTimeline, freeSpot } from './placement';

const sticky = (id: string, x: number, y: number, kind = 'event', w = 160, h = 120): WireElement =>
  ({ id, kind, text: id, x, y, w, h, z: 0 }) as WireElement;
const wall = (...elements: WireElement[]) => new Map(elements.map((e) => [e.id, e]));
const size = { w: 160, h: 120 };
const screen = { x: -1000, y: -1000, w: 2000, h: 2000 };
const covers = (spot: { x: number; y: number }, e: WireElement): boolean =>
  spot.x < e.x + e.w && e.x < spot.x + size.w && spot.y < e.y + e.h && e.y < spot.y + size.h;

describe('where a new sticky goes', () => {
  it('goes in the middle of the view when that is free', () => {
    expect(freeSpot({ x: 0, y: 0 }, size, wall(), screen)).toEqual({ x: -80, y: -60 });
  });

  it('goes near the middle without covering another sticky', () => {
    const middle = sticky('middle', -80, -60);
    const spot = freeSpot({ x: 0, y: 0 }, size, wall(middle), screen);
    expect(covers(spot, middle)).toBe(false);
    expect(Math.hypot(spot.x + 80, spot.y + 60)).toBeLessThan(250);
  });

  it('finds a gap among many, and a second new sticky does not cover the first', () => {
    const crowd = [-1, 0, 1].flatMap((i) => [-1, 0, 1].filter((j) => i !== 1 || j !== 1).map((j) => sticky(`s${i}${j}`, i * 180 - 80, j * 140 - 60)));
    const first = freeSpot({ x: 0, y: 0 }, size, wall(...crowd), screen);
    crowd.forEach((e) => expect(covers(first, e)).toBe(false));
    const second = freeSpot({ x: 0, y: 0 }, size, wall(...crowd, sticky('new', first.x, first.y)), screen);
    expect(covers(second, sticky('new', first.x, first.y))).toBe(false);
  });

  it('may go inside a bounded context, not on a card', () => {
    const context = sticky('context', -400, -250, 'boundary', 800, 500);
    expect(freeSpot({ x: 0, y: 0 }, size, wall(context), screen)).toEqual({ x: -80, y: -60 });
    const card = sticky('card', -160, -100, 'aggregate', 320, 200);
    expect(covers(freeSpot({ x: 0, y: 0 }, size, wall(card), screen), card)).toBe(false);
  });

  it('stays on screen, or in the middle when the screen is full', () => {
    const small = { x: -100, y: -80, w: 200, h: 160 };
    expect(freeSpot({ x: 0, y: 0 }, size, wall(sticky('middle', -80, -60)), small)).toEqual({ x: -80, y: -60 });
  });
});

describe('Tab and Shift+Tab along a timeline', () => {
  const first = sticky('first', 0, 0);

  it('makes the next event to the right, level and 20 apart, when there is none', () => {
    expect(alongTimeline(first, wall(first))).toEqual({ create: { x: 260, y: 60 } });
    expect(alongTimeline(first, wall(first), true)).toEqual({ create: { x: -100, y: 60 } });
  });

  it('opens the event already there instead of covering it', () => {
    const next = sticky('next', 190, 30);
    const farther = sticky('farther', 380, 0);
    expect(alongTimeline(first, wall(first, farther, next))).toEqual({ edit: 'next' });
    expect(alongTimeline(next, wall(first, farther, next), true)).toEqual({ edit: 'first' });
  });

  it('ignores what is on another row, too far, or not an event', () => {
    const below = sticky('below', 180, 200);
    const far = sticky('far', 600, 0);
    const command = sticky('command', 180, 0, 'command');
    expect(alongTimeline(first, wall(first, below, far, command))).toEqual({ create: { x: 260, y: 60 } });
  });
});
