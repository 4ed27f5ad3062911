/**
 * Where a claims key's labelled figure stands in the engine's facts: shared by bench/score-claims.ts
 * and bench/fit-subject.ts, so the fit labels candidates on exactly the facts the scorer reads.
 */
import { readFileSync } from 'node:fs';
import { claimsOf, type FigureClaim } from '../src/claims/read.js';
import type { Fact } from '../src/facts/types.js';
import type { FactIndex } from '../src/index/fact-index.js';
import { HELD_KEYS } from './keys.js';

/** A labelled figure's place in its article, as a claims key gives it. */
export interface LabelPlace {
  article: string;
  sentence: string;
  figure: string;
}

export const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
export const spaced = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The fact holding a label's sentence, and where the sentence starts in it; undefined for the
 * headline (not a fact, so its figures are not read) and for a sentence no fact shares half the
 * words of.
 */
export function factOf(index: FactIndex, label: LabelPlace): { fact: Fact; at: number } | undefined {
  const sentence = spaced(label.sentence);
  if (sentence === spaced(index.article(label.article)?.title ?? '')) return undefined;
  const facts = index.factsOf(label.article);
  for (const fact of facts) {
    const at = fact.text.indexOf(sentence);
    if (at >= 0) return { fact, at };
  }
  const within = facts.find((f) => sentence.includes(f.text) && f.text.includes(label.figure));
  if (within) return { fact: within, at: 0 };
  const want = new Set(words(sentence));
  let best: { fact: Fact; shared: number } | undefined;
  for (const fact of facts) {
    const shared = new Set(words(fact.text).filter((w) => want.has(w))).size;
    if (!best || shared > best.shared) best = { fact, shared };
  }
  return best && best.shared >= want.size / 2 ? { fact: best.fact, at: 0 } : undefined;
}

/** The n-th occurrence of `figure` in `text` from `from`, else its first anywhere. */
export function findFigure(text: string, figure: string, from: number, n: number): number {
  let at = text.indexOf(figure, from);
  for (let i = 0; i < n && at >= 0; i++) at = text.indexOf(figure, at + 1);
  return at >= 0 ? at : text.indexOf(figure);
}

/** A labelled figure as a claims key gives it: its sentence, or only its place `at` in the article. */
export interface KeyLabel extends LabelPlace {
  at?: [number, number];
}

/**
 * Reads the labels of one key in order: each label's sentence (from the corpus where the key gives
 * only `at`; written back into the label), its fact, and the claim whose quantity span holds its
 * figure (undefined where the figure is not read). `seen` counts a sentence's earlier labels of the
 * same figure, so the n-th label of "20%" in a sentence is matched to the n-th "20%".
 */
export function labelClaim<L extends KeyLabel>(
  index: FactIndex,
  corpus: string,
  l: L,
  seen: Map<string, number>,
): { where: { fact: Fact; at: number } | undefined; claim: FigureClaim | undefined } {
  if (l.at && !l.sentence)
    l.sentence = readFileSync(`${corpus}/${l.article}.txt`, 'utf8').slice(l.at[0], l.at[0] + l.at[1]);
  const where = factOf(index, l);
  const id = `${l.article}|${l.sentence}|${l.figure}`;
  const nth = seen.get(id) ?? 0;
  seen.set(id, nth + 1);
  if (!where) return { where, claim: undefined };
  const at = findFigure(where.fact.text, l.figure, where.at, nth);
  const end = at + l.figure.length;
  const claim =
    at < 0
      ? undefined
      : claimsOf(index, where.fact).find((c) => c.quantity.start < end && c.quantity.end > at);
  return { where, claim };
}

/** Throws, before any work, when a key asked for is held out (bench/keys.ts HELD_KEYS). */
export function refuseHeld(keys: readonly string[]): void {
  const held = keys.filter((k) => HELD_KEYS.includes(k));
  if (held.length > 0)
    throw new Error(`claims-${held.join(', claims-')} held out (bench/keys.ts HELD_KEYS): never read here`);
}

/** A claims key's file: `claims.json` for A, else `claims-K.json`. */
export const claimsKeyPath = (k: string) =>
  k === 'A' ? 'bench/keys/claims.json' : `bench/keys/claims-${k}.json`;

/**
 * The labels of a claims key a fit or a study may read: the whole key, but A's train part only (its
 * held-out part: an article number divisible by 3). Refuses a held-out key (bench/keys.ts HELD_KEYS).
 */
export function trainLabels<L extends KeyLabel>(k: string): L[] {
  refuseHeld([k]);
  const key = JSON.parse(readFileSync(claimsKeyPath(k), 'utf8')) as { figures: L[] };
  const heldOut = (l: L) => Number(/\d+/.exec(l.article)?.[0] ?? 0) % 3 === 0;
  return key.figures.filter((l) => k !== 'A' || !heldOut(l));
}

/**
 * A tally of causes per key (bench/subject-causes.ts, bench/unread-causes.ts): `add(cause, key)`
 * counts one; `counts` is cause -> key -> count, in the order causes were first met.
 */
export function causeCounts(): {
  counts: Map<string, Map<string, number>>;
  add: (cause: string, key: string) => void;
} {
  const counts = new Map<string, Map<string, number>>();
  const add = (cause: string, key: string) => {
    const byKey = counts.get(cause) ?? new Map<string, number>();
    byKey.set(key, (byKey.get(key) ?? 0) + 1);
    counts.set(cause, byKey);
  };
  return { counts, add };
}
