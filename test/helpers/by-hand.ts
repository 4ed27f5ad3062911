/** A scheduler run by hand, for the background warm's tests: each chunk waits until the test runs it. */
export function byHand() {
  const queue: Array<() => void> = [];
  return {
    schedule: (next: () => void) => {
      queue.push(next);
    },
    /** Runs the next scheduled chunk; false when none is waiting. */
    step: () => {
      const next = queue.shift();
      next?.();
      return next !== undefined;
    },
  };
}
