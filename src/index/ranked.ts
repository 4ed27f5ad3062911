/**
 * Places 0..n-1 of a list of scores, best first: a higher score first, an equal one in list order,
 * as a stable sort by descending score orders them, but one at a time from a binary heap. A caller
 * that stops after the best few (the draft check reads facts until it has enough of a kind) pays for
 * those few, not for sorting thousands.
 */
export class BestFirst {
  private readonly heap: Int32Array;
  private size: number;

  constructor(private readonly scores: ArrayLike<number>) {
    this.size = scores.length;
    this.heap = new Int32Array(this.size);
    for (let i = 0; i < this.size; i++) this.heap[i] = i;
    for (let i = (this.size >> 1) - 1; i >= 0; i--) this.down(i);
  }

  /** The next best place, or -1 once every place has been given. */
  next(): number {
    if (this.size === 0) return -1;
    const best = this.heap[0] ?? -1;
    this.size--;
    this.heap[0] = this.heap[this.size] ?? 0;
    this.down(0);
    return best;
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
