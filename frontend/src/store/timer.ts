import type { BoardTimer } from '../sync/protocol';

/** What the countdown shows at `serverNow` (the server's clock, in ms): never below zero. */
export function remainingMs(timer: BoardTimer, serverNow: number): number {
  switch (timer.state) {
    case 'idle':
      return 0;
    case 'paused':
      return timer.remainingMs;
    case 'running':
      return Math.max(0, Date.parse(timer.endsAt) - serverNow);
  }
}

/** A running timer that has reached zero: the facilitator extends or resets it. */
export function timeIsUp(timer: BoardTimer, serverNow: number): boolean {
  return timer.state === 'running' && remainingMs(timer, serverNow) === 0;
}

/**
 * m:ss, or h:mm:ss from an hour on. Rounds up, so the display reads 0:00 exactly when the time is up and a fresh
 * 15-minute timer starts at 15:00.
 */
export function countdownText(ms: number): string {
  const total = Math.ceil(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}
