export interface RetryPolicy {
  /** Attempts (sends that reached an outcome, or claims whose worker died) before a row is failed. */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 8,
  baseDelayMs: 10_000,
  maxDelayMs: 30 * 60_000,
};

/**
 * Exponential backoff with full jitter (a uniform delay up to the exponential ceiling): after an
 * outage, retries of many rows spread out instead of arriving together.
 */
export function retryDelayMs(attempts: number, policy: RetryPolicy, random: () => number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempts - 1));
  return Math.floor(random() * ceiling);
}
