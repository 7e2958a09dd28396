import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenIdle } from './idle';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('whenIdle', () => {
  it("uses the browser's idle callback where there is one", () => {
    const asked: unknown[] = [];
    vi.stubGlobal('requestIdleCallback', (work: unknown) => asked.push(work));
    const work = vi.fn();
    whenIdle(work);
    expect(asked).toEqual([work]);
  });

  it('runs the work soon after, with time to use, where the browser has none', () => {
    vi.stubGlobal('requestIdleCallback', undefined);
    vi.useFakeTimers();
    let left = -1;
    whenIdle((deadline) => (left = deadline.timeRemaining()));
    expect(left).toBe(-1);
    vi.advanceTimersByTime(1);
    expect(left).toBeGreaterThan(0);
  });
});
