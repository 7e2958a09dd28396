import { describe, expect, it } from 'vitest';
import type { BoardTimer } from '../sync/protocol';
import { countdownText, remainingMs, timeIsUp } from './timer';

const END = Date.parse('2026-11-23T10:00:00Z');
const running: BoardTimer = { state: 'running', durationMs: 900_000, endsAt: '2026-11-23T10:00:00Z' };

describe('the countdown', () => {
  it('counts to the end the server named, on the server clock', () => {
    expect(remainingMs(running, END - 61_500)).toBe(61_500);
    expect(countdownText(remainingMs(running, END - 61_500))).toBe('1:02');
    expect(timeIsUp(running, END - 1)).toBe(false);
  });

  it('stops at zero and says the time is up', () => {
    expect(remainingMs(running, END + 5_000)).toBe(0);
    expect(countdownText(0)).toBe('0:00');
    expect(timeIsUp(running, END)).toBe(true);
  });

  it('holds still while paused and shows nothing to count when idle', () => {
    const paused: BoardTimer = { state: 'paused', durationMs: 900_000, remainingMs: 300_000 };
    expect(remainingMs(paused, END + 999_999)).toBe(300_000);
    expect(timeIsUp(paused, END + 999_999)).toBe(false);
    expect(remainingMs({ state: 'idle' }, END)).toBe(0);
    expect(timeIsUp({ state: 'idle' }, END)).toBe(false);
  });

  it('reads whole timeboxes as people say them', () => {
    expect(countdownText(900_000)).toBe('15:00');
    expect(countdownText(899_001)).toBe('15:00');
    expect(countdownText(3_600_000)).toBe('1:00:00');
    expect(countdownText(3_725_000)).toBe('1:02:05');
  });
});
