/**
 * How many of the best places BestFirst picks out in one pass before any heap is built: a caller
 * that stops after the best few (the draft check reads at most 30 facts of a kind, most of them among
 * the first found) is served from them, and the heap of all the others is built only if it reads on.
 */
export const BEST_AHEAD = 64;

/**
 * Places 0..n-1 of a list of scores, best first: a higher score first, an equal one in list order,
 * as a stable sort by descending score orders them, but one at a time. A caller that stops after the
 * best few (the draft check reads facts until it has enough of a kind) pays for those few, not for
 * sorting thousands: the best `ahead` (default `BEST_AHEAD`) are picked out in one pass over the
 * scores (most places are refused with one comparison) and sorted; a binary heap of the rest is built
 * only when they run out. Where a score is not a number (no order), every place goes to the heap.
 */
export class BestFirst {
  private heap: Int32Array;
  private size: number;
  /** The best places, in order, given first; then the heap of the places left. */
  private readonly head: number[] = [];
  private given = 0;
  /** The places left out of `head`, heaped when `head` runs out. */
  private rest: boolean;

  constructor(
    private readonly scores: ArrayLike<number>,
    ahead: number = BEST_AHEAD,
  ) {
    const n = scores.length;
    if (n > ahead && ahead > 0 && this.pick(ahead)) {
      this.heap = new Int32Array(0);
      this.size = 0;
      this.rest = true;
    } else {
      this.heap = new Int32Array(n);
      for (let i = 0; i < n; i++) this.heap[i] = i;
      this.size = n;
      this.rest = false;
      this.heapify();
    }
  }

  /** The next best place, or -1 once every place has been given. */
  next(): number {
    if (this.given < this.head.length) return this.head[this.given++] ?? -1;
    if (this.rest) this.heapRest();
    if (this.size === 0) return -1;
    const best = this.heap[0] ?? -1;
    this.size--;
    this.heap[0] = this.heap[this.size] ?? 0;
    this.down(0);
    return best;
  }

  /**
   * Picks the best `ahead` places into `head`, in order: a heap of the `ahead` best so far, worst
   * on top, that a place enters only by coming before that worst. False (nothing picked) when a
   * score is not a number.
   */
  private pick(ahead: number): boolean {
    const { scores } = this;
    const n = scores.length;
    // Worst on top: `before` reversed.
    const kept = new Int32Array(ahead);
    for (let i = 0; i < ahead; i++) {
      if (Number.isNaN(scores[i])) return false;
      kept[i] = i;
    }
    const worstDown = (from: number) => {
      let at = from;
      const item = kept[at] ?? 0;
      for (;;) {
        const left = 2 * at + 1;
        if (left >= ahead) break;
        const right = left + 1;
        const child = right < ahead && this.before(kept[left] ?? 0, kept[right] ?? 0) ? right : left;
        if (!this.before(item, kept[child] ?? 0)) break;
        kept[at] = kept[child] ?? 0;
        at = child;
      }
      kept[at] = item;
    };
    for (let i = (ahead >> 1) - 1; i >= 0; i--) worstDown(i);
    for (let i = ahead; i < n; i++) {
      const score = scores[i] ?? 0;
      if (Number.isNaN(score)) return false;
      // A later place with an equal score comes after: only a higher score enters.
      if (score > (scores[kept[0] ?? 0] ?? 0)) {
        kept[0] = i;
        worstDown(0);
      }
    }
    const head = Array.from(kept).sort((a, b) => (this.before(a, b) ? -1 : 1));
    this.head.push(...head);
    return true;
  }

  /** Builds the heap of the places `head` left out. */
  private heapRest(): void {
    this.rest = false;
    const n = this.scores.length;
    const inHead = new Uint8Array(n);
    for (const place of this.head) inHead[place] = 1;
    this.heap = new Int32Array(n - this.head.length);
    let size = 0;
    for (let i = 0; i < n; i++) if (inHead[i] === 0) this.heap[size++] = i;
    this.size = size;
    this.heapify();
  }

  private heapify(): void {
    for (let i = (this.size >> 1) - 1; i >= 0; i--) this.down(i);
  }

  /** True when place a comes before place b. */
  private before(a: number, b: number): boolean {
    const sa = this.scores[a] ?? 0;
    const sb = this.scores[b] ?? 0;
    return sa > sb || (sa === sb && a < b);
  }

  private down(from: number): void {
    const { heap, size } = this;
    let at = from;
    const item = heap[at] ?? 0;
    for (;;) {
      const left = 2 * at + 1;
      if (left >= size) break;
      const right = left + 1;
      const child = right < size && this.before(heap[right] ?? 0, heap[left] ?? 0) ? right : left;
      if (!this.before(heap[child] ?? 0, item)) break;
      heap[at] = heap[child] ?? 0;
      at = child;
    }
    heap[at] = item;
  }
}
