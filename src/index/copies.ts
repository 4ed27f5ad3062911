/**
 * Which articles are copies of another: the same text filed twice, or filed again with a word or
 * two changed ("a 'must-have'" / "a 'must have'", "the top gadget" / "the top UK gadget"), or held
 * whole in a longer one (an update that repeats the first report and adds to it). A copy tells
 * nothing a second time, so the digest counts it once. Pure.
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
  /**
   * How much of a text a longer one must hold for the shorter to be a copy of it (the longer being
   * the original): the share of the shorter text's runs of three words the longer also holds.
   * Default 0.9.
   */
  held: number;
  /**
   * One run in how many (by its hash) is compared to find texts held in others: a run both texts
   * hold is sampled in both, so a shorter text's samples are all found in the longer's. Default 8.
   */
  every: number;
}

/** The defaults of `findCopies`' options. */
export const defaultCopyOptions: CopyOptions = { least: 0.9, sketch: 16, held: 0.9, every: 8 };

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

/** The share of the smaller set's runs the larger also holds (0 when either is empty). */
export function heldShare(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let both = 0;
  for (const run of small) if (large.has(run)) both++;
  return both / small.size;
}

/** Follows a copy's originals to the first that is no copy (a loop, never made, would stop). */
function root(original: ReadonlyMap<string, string>, id: string): string {
  const seen = new Set<string>();
  let at = id;
  while (original.has(at) && !seen.has(at)) {
    seen.add(at);
    at = original.get(at) ?? at;
  }
  return at;
}

/**
 * Each text that copies another, mapped to the original of its copies. A text whose runs of three
 * words are at least `least` alike (Jaccard) to an earlier one (in the order given) copies the
 * first of them; else a text of which a longer one holds at least `held` of its runs copies the
 * longer one, whichever came first. Likely pairs are found through a small sketch of each text
 * (its `sketch` smallest hashed runs; a pair must share half of them) and, for texts held in
 * others, through every `every`-th run by hash (the longer must hold half of the shorter's), so a
 * folder of thousands of articles is not compared pair by pair.
 */
export function findCopies(
  texts: readonly CopyText[],
  options: Partial<CopyOptions> = {},
): Map<string, string> {
  const { least, sketch, held, every } = { ...defaultCopyOptions, ...options };
  const original = new Map<string, string>();
  const runs: Array<Set<string>> = [];
  const samples: number[] = [];
  const bySketch = new Map<number, number[]>();
  const bySample = new Map<number, number[]>();
  const post = (map: Map<number, number[]>, keys: Iterable<number>, i: number) => {
    for (const h of keys) {
      const list = map.get(h) ?? [];
      list.push(i);
      map.set(h, list);
    }
  };
  texts.forEach((t, i) => {
    const own = wordRuns(t.text);
    runs.push(own);
    const hashes = [...new Set([...own].map(hash))];
    const smallest = [...hashes].sort((a, b) => a - b).slice(0, sketch);
    const sampled = hashes.filter((h) => h % every === 0);
    samples.push(sampled.length);
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
    if (first) original.set(t.id, root(original, first.id));
    else {
      // Held whole in a longer text, or holding shorter ones: the longer is the original.
      const hits = new Map<number, number>();
      for (const h of sampled) for (const j of bySample.get(h) ?? []) hits.set(j, (hits.get(j) ?? 0) + 1);
      let within: { j: number; share: number } | undefined;
      const holds: number[] = [];
      for (const [j, n] of hits) {
        const other = runs[j];
        if (!other || n < Math.ceil(Math.min(sampled.length, samples[j] ?? 0) / 2)) continue;
        const share = heldShare(own, other);
        if (share < held) continue;
        if (own.size <= other.size) {
          if (!within || share > within.share) within = { j, share };
        } else holds.push(j);
      }
      const longer = within ? texts[within.j] : undefined;
      if (longer) original.set(t.id, root(original, longer.id));
      else
        for (const j of holds) {
          const shorter = root(original, texts[j]?.id ?? t.id);
          if (shorter !== t.id) original.set(shorter, t.id);
        }
    }
    post(bySketch, smallest, i);
    post(bySample, sampled, i);
  });
  for (const id of original.keys()) original.set(id, root(original, id));
  return original;
}
