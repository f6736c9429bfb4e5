/** A per-user sliding-window rate limit. */
export class Cooldown {
  private readonly uses = new Map<string, number[]>();

  /**
   * @param limit - uses allowed per window.
   * @param windowMs - the window length.
   * @param now - the clock (injectable for tests).
   */
  constructor(
    readonly limit: number,
    readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Records a use by `userId` if allowed.
   *
   * @returns 0 when the use is allowed, else the milliseconds until the next use is.
   */
  take(userId: string): number {
    const now = this.now();
    const recent = (this.uses.get(userId) ?? []).filter((at) => now - at < this.windowMs);
    if (recent.length >= this.limit) {
      this.uses.set(userId, recent);
      return (recent[0] ?? now) + this.windowMs - now;
    }
    recent.push(now);
    this.uses.set(userId, recent);
    return 0;
  }
}
