/**
 * Which articles are copies of another: the same text filed twice, or filed again with a word or
 * two changed ("a 'must-have'" / "a 'must have'", "the top gadget" / "the top UK gadget"). A copy
 * tells nothing a second time, so the digest counts it once. Pure.
 */

/** Options of `findCopies`. */
export interface CopyOptions {
  /**
   * How alike two texts must be to be one: the share of their runs of three words (lower-cased,
   * letters and digits only) that both hold, of all either holds (Jaccard). Default 0.9: on the
   * BBC archive, texts filed twice with small edits share 0.92 or more, and rewritten updates of
   * a story (new figures, new quotes) 0.82 or less.
   */
  least: number;
  /** How many of each text's smallest hashed runs are compared to find likely pairs. Default 16. */
  sketch: number;
}

/** The defaults of `findCopies`' options. */
export const defaultCopyOptions: CopyOptions = { least: 0.9, sketch: 16 };

/** A text to compare: its id and its words (headline and body). */
export interface CopyText {
  id: string;
  text: string;
}

/** The runs of three words of a text, lower-cased, letters and digits only. */
export function wordRuns(text: string): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const runs = new Set<string>();
  for (let i = 0; i + 2 < words.length; i++) runs.add(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  return runs;
}

/** FNV-1a, 32 bits: a run's place in the sketch. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The share of runs two sets both hold, of all either holds. */
export function likeness(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let both = 0;
  for (const run of small) if (large.has(run)) both++;
  return both / (a.size + b.size - both);
}

/**
 * Each text that copies an earlier one (in the order given), mapped to the first text of its copies:
 * texts whose runs of three words are at least `least` alike (see `CopyOptions`). Likely pairs are
 * found through a small sketch of each text (its `sketch` smallest hashed runs; a pair must share
 * half of them), so a folder of thousands of articles is not compared pair by pair.
 */
export function findCopies(
  texts: readonly CopyText[],
  options: Partial<CopyOptions> = {},
): Map<string, string> {
  const { least, sketch } = { ...defaultCopyOptions, ...options };
  const original = new Map<string, string>();
  const runs: Array<Set<string>> = [];
  const bySketch = new Map<number, number[]>();
  texts.forEach((t, i) => {
    const own = wordRuns(t.text);
    runs.push(own);
    const smallest = [...new Set([...own].map(hash))].sort((a, b) => a - b).slice(0, sketch);
    const shared = new Map<number, number>();
    for (const h of smallest) for (const j of bySketch.get(h) ?? []) shared.set(j, (shared.get(j) ?? 0) + 1);
    const need = Math.max(1, Math.ceil(smallest.length / 2));
    let best: { j: number; alike: number } | undefined;
    for (const [j, n] of shared) {
      if (n < need) continue;
      const other = runs[j];
      const alike = other ? likeness(own, other) : 0;
      if (alike >= least && (!best || alike > best.alike)) best = { j, alike };
    }
    const first = best ? texts[best.j] : undefined;
    if (first) original.set(t.id, original.get(first.id) ?? first.id);
    for (const h of smallest) {
      const list = bySketch.get(h) ?? [];
      list.push(i);
      bySketch.set(h, list);
    }
  });
  return original;
}
