/** Remembers what was already handled, so that a delivery Slack retries is answered once. */
export interface Deduper {
  /**
   * True the first time a key is seen within the time it is kept; false after. `retry`: this
   * delivery is Slack's retry of one sent before (perhaps to another replica).
   */
  firstTime(key: string, delivery?: { retry?: boolean }): Promise<boolean>;
}

export interface MemoryDeduperOptions {
  /** How long a key is remembered, in ms. Default one hour (Slack retries within minutes). */
  ttlMs?: number;
  /** The most keys kept; the oldest go first. Default 10,000. */
  maxKeys?: number;
  /** The clock. Default `Date.now`. */
  now?: () => number;
}

const defaultOptions: Required<MemoryDeduperOptions> = {
  ttlMs: 60 * 60 * 1000,
  maxKeys: 10_000,
  now: Date.now,
};

/** A Deduper in this process's memory: right for one replica. */
export class MemoryDeduper implements Deduper {
  private readonly seen = new Map<string, number>();
  private readonly options: Required<MemoryDeduperOptions>;

  constructor(options: MemoryDeduperOptions = {}) {
    this.options = { ...defaultOptions, ...options };
  }

  async firstTime(key: string): Promise<boolean> {
    const now = this.options.now();
    for (const [k, expires] of this.seen) {
      if (expires > now && this.seen.size < this.options.maxKeys) break;
      this.seen.delete(k);
    }
    if ((this.seen.get(key) ?? 0) > now) return false;
    this.seen.set(key, now + this.options.ttlMs);
    return true;
  }
}
