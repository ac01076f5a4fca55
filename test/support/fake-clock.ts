/**
 * A clock that only moves when the code under test sleeps (or a test advances it): hours of backoff
 * and pacing run in milliseconds, and the order of events stays exact.
 */
export function fakeClock(start: Date) {
  let current = start.getTime();
  return {
    now: () => new Date(current),
    /** Returns at once, `ms` later; overlapping sleeps add up, so time only ever moves forward. */
    sleep: async (ms: number) => {
      current += Math.max(0, ms);
    },
    advance: (ms: number) => {
      current += ms;
    },
    get ms() {
      return current;
    },
  };
}
