/**
 * Runs `work` when the browser is next idle. Browsers without idle callbacks (Safari) run it soon after the current
 * task instead, with a short slice of time to use.
 */
export function whenIdle(work: (deadline: IdleDeadline) => void): void {
  if (typeof requestIdleCallback === 'function') {
    requestIdleCallback(work);
    return;
  }
  setTimeout(() => {
    const end = performance.now() + 10;
    work({ didTimeout: false, timeRemaining: () => Math.max(0, end - performance.now()) });
  }, 1);
}
