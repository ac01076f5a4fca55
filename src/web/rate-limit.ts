/**
 * At most `limit` events per key within a sliding `windowMs`, in this process's memory: enough to
 * slow one visitor down. Keys whose window has passed are dropped as they are met, so memory stays
 * bounded by the visitors of the last window.
 */
export class SlidingWindowLimiter {
  private readonly events = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** Records an event for `key` at `nowMs` and says whether it was allowed. */
  take(key: string, nowMs: number): boolean {
    const since = nowMs - this.windowMs;
    const recent = (this.events.get(key) ?? []).filter((at) => at > since);
    if (recent.length >= this.limit) {
      this.events.set(key, recent);
      return false;
    }
    recent.push(nowMs);
    this.events.set(key, recent);
    if (this.events.size > 10_000) this.forgetBefore(since);
    return true;
  }

  private forgetBefore(since: number): void {
    for (const [key, times] of this.events) if (times.every((at) => at <= since)) this.events.delete(key);
  }
}
