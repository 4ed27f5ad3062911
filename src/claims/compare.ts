/**
 * What claims of one measure say together: for each subject, its values in the order of their
 * moments (a timeline: "nearly $5 billion before the deal; around $11 billion with the
 * investment"), and where articles give one subject's measure at one moment values that cannot
 * all be right (sources that differ). Pure: the same claims give the same comparison.
 */
import { compatible, type Quantity } from '../facts/quantities.js';
import { entityWords } from '../index/fact-index.js';
import type { FigureClaim } from './read.js';

/** One value a measure takes, the moment it is given for, and the articles that give it. */
export interface ComparedValue {
  text: string;
  quantity: Quantity;
  /** The moment as the article names it ("its Series C funding round"); absent when none is named. */
  moment?: string;
  articleIds: string[];
}

/** One subject's measure, compared across articles. */
export interface Comparison {
  measure: string;
  /** Whose measure, as the articles name it; empty when not told. */
  subject: string;
  /** Values at different moments, oldest first (moments that cannot be placed keep their order). */
  timeline: ComparedValue[];
  /** Values of one moment that cannot all be right: sources that differ. */
  differ: ComparedValue[];
}

const unitKey = (q: Quantity) => [q.kind, q.currency ?? '', q.per ?? '', q.change ? 'change' : ''].join('/');
const sameValue = (a: Quantity, b: Quantity) =>
  a.value === b.value && a.currency === b.currency && a.per === b.per;

/** What a claim's value is, in each currency its sentence gives it: "1.5bn euros ($2bn)" has two. */
export function amountKeys(claim: Pick<FigureClaim, 'quantity' | 'also'>): string[] {
  return [claim.quantity, ...claim.also].map((q) => [q.value, q.currency ?? '', q.per ?? ''].join('|'));
}

/**
 * True when two claims give one amount: the same value in some currency either gives ("1.5bn
 * euros ($2bn)" and "$2bn"), however qualified ("about $2bn"), and no value in a currency both
 * give that cannot be right with the other (`amountsClash`).
 */
export function sameAmount(
  a: Pick<FigureClaim, 'quantity' | 'also'>,
  b: Pick<FigureClaim, 'quantity' | 'also'>,
): boolean {
  const keys = new Set(amountKeys(a));
  return amountKeys(b).some((k) => keys.has(k)) && !amountsClash(a, b);
}

/**
 * True when two claims' values as written (not their conversions, which are rounded) are in one
 * currency and unit and cannot both be right, as given or as one rounds the other: "$7.6m (£4m)"
 * and "$7.5m (£4m)" are two amounts, whatever rounded conversion they share; "£1.4bn ($2.6bn)" and
 * "£1.45bn ($2.7bn)" are one.
 */
export function amountsClash(
  a: Pick<FigureClaim, 'quantity' | 'also'>,
  b: Pick<FigureClaim, 'quantity' | 'also'>,
): boolean {
  const [x, y] = [a.quantity, b.quantity];
  if (x.kind !== y.kind || x.currency !== y.currency || x.per !== y.per) return false;
  return x.value !== y.value && !compatible(x, y) && !rounds(x, y);
}

/** How far apart two values may be, past half the coarser one's last digit, and still be one rounded. */
const ROUNDING_SLACK = 1e-9;

/**
 * True when one value is the other rounded to its own last digit: "£1.4bn" and "£1.45bn", "$5.3bn"
 * and "$5.25bn", "$11bn" and "$11.3bn" (one article rounds what another gives in full).
 */
export function rounds(a: Pick<Quantity, 'value' | 'step'>, b: Pick<Quantity, 'value' | 'step'>): boolean {
  const half = Math.max(a.step, b.step) / 2;
  return Math.abs(a.value - b.value) <= half * (1 + ROUNDING_SLACK);
}

/**
 * True when two claims' values can both be right: compared in a currency both give (a value with a
 * qualifier spans a range, see `bounds`; a rounded value meets the full one, see `rounds`), never
 * where the values as written clash (`amountsClash`); values in no common currency cannot be told
 * apart.
 */
export function valuesMeet(
  a: Pick<FigureClaim, 'quantity' | 'also'>,
  b: Pick<FigureClaim, 'quantity' | 'also'>,
): boolean {
  if (amountsClash(a, b)) return false;
  if (sameAmount(a, b)) return true;
  const bs = [b.quantity, ...b.also];
  let compared = false;
  for (const x of [a.quantity, ...a.also])
    for (const y of bs) {
      if (x.kind !== y.kind || x.currency !== y.currency || x.per !== y.per) continue;
      compared = true;
      if (compatible(x, y) || rounds(x, y)) return true;
    }
  return !compared;
}

/**
 * True when two claims hold at one moment, so that values that do not meet differ: the same moment
 * named ("the deal", "2004", "Series C"); or none named in either (each article's present) when
 * both articles carry the same date. Two undated articles naming no moment may tell of two times
 * (a stake of 20% in 2000 and 10% since), a history, not sources that differ.
 */
export function sameMoment(
  a: { key: string; published?: string | undefined },
  b: { key: string; published?: string | undefined },
): boolean {
  if (a.key !== b.key) return false;
  return a.key !== '' || (a.published !== undefined && a.published === b.published);
}

/**
 * The group compareClaims puts a claim in before its subject is read: its measure and its unit
 * (kind, currency, rate, change); undefined for a claim it compares in none (no measure, a year).
 */
function groupKey(claim: Pick<FigureClaim, 'quantity' | 'measure'>): string | undefined {
  if (!claim.measure || claim.quantity.kind === 'year') return undefined;
  return `${claim.measure.name}\u0000${unitKey(claim.quantity)}`;
}

/**
 * The items (facts) whose claims compareClaims could set beside another claim, told from their
 * claims' figures and measures alone (`figuresOf`, before any name is read): those with a claim
 * whose measure and unit another claim of the items shares. A claim alone in its measure and unit
 * is alone in its group, and a group of one value is never returned, so compareClaims gives the
 * same comparisons without the others' claims, whose names need not be read.
 */
export function comparable<T>(
  items: readonly T[],
  figuresOf: (item: T) => readonly Pick<FigureClaim, 'quantity' | 'measure'>[],
): T[] {
  const keysOf = items.map((item) => figuresOf(item).map(groupKey));
  const count = new Map<string, number>();
  for (const keys of keysOf)
    for (const key of keys) if (key !== undefined) count.set(key, (count.get(key) ?? 0) + 1);
  return items.filter((_, i) => keysOf[i]?.some((key) => key !== undefined && (count.get(key) ?? 0) > 1));
}

/**
 * Compares claims of measured figures: grouped by measure, unit and subject (claims sharing a name
 * word are one subject; a claim whose subject is not told joins the group of its measure when that
 * group is the only one), then by moment. Only groups with two or more values are returned.
 */
export function compareClaims(claims: readonly FigureClaim[]): Comparison[] {
  const groups: Array<{ key: string; words: Set<string>; names: string[]; claims: FigureClaim[] }> = [];
  for (const c of claims) {
    const key = groupKey(c);
    if (key === undefined) continue;
    const words = entityWords(c.subject);
    const same = groups.filter((g) => g.key === key);
    const group =
      same.find((g) => words.some((w) => g.words.has(w))) ??
      (words.length === 0 && same.length === 1 ? same[0] : undefined);
    if (group) {
      group.claims.push(c);
      for (const w of words) group.words.add(w);
      group.names.push(...c.subject);
    } else groups.push({ key, words: new Set(words), names: [...c.subject], claims: [c] });
  }
  const out: Comparison[] = [];
  for (const g of groups) {
    const byMoment = new Map<string, FigureClaim[]>();
    for (const c of g.claims) {
      const k = c.moment?.key ?? '';
      byMoment.set(k, [...(byMoment.get(k) ?? []), c]);
    }
    const timeline: Array<ComparedValue & { order: number }> = [];
    const differ: ComparedValue[] = [];
    for (const [key, cs] of byMoment) {
      const values: ComparedValue[] = [];
      for (const c of cs) {
        const same = values.find((v) => sameValue(v.quantity, c.quantity));
        if (same) {
          if (!same.articleIds.includes(c.fact.articleId)) same.articleIds.push(c.fact.articleId);
        } else
          values.push({
            text: c.quantity.text,
            quantity: c.quantity,
            ...(c.moment ? { moment: c.moment.text } : {}),
            articleIds: [c.fact.articleId],
          });
      }
      // One sentence giving two values tells a change ("to £1.6bn from £1.4bn"), not a disagreement.
      // No moment named (undated articles, each its own present) is no moment to clash at.
      const clash =
        key !== '' &&
        !cs[0]?.measure?.change &&
        cs.some((a) =>
          cs.some(
            (b) =>
              a.fact.articleId !== b.fact.articleId &&
              !valuesMeet(a, b) &&
              !cs.some((o) => o !== a && o.fact === a.fact && !sameValue(o.quantity, a.quantity)),
          ),
        );
      if (clash) differ.push(...values);
      // The most cited value stands for the moment on the timeline.
      const first = [...values].sort((a, b) => b.articleIds.length - a.articleIds.length)[0];
      const order = cs.find((c) => c.moment?.order !== undefined)?.moment?.order;
      // A value no moment is named for is the article's present: it comes before the deal it
      // leads to ("the investment"); other moments that cannot be placed come last.
      if (first) timeline.push({ ...first, order: order ?? (key === '' ? 0 : Number.POSITIVE_INFINITY) });
    }
    if (timeline.length < 2 && differ.length === 0) continue;
    timeline.sort((a, b) => a.order - b.order);
    const counts = new Map<string, number>();
    for (const n of g.names) counts.set(n, (counts.get(n) ?? 0) + 1);
    const subject = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
    out.push({
      measure: g.claims[0]?.measure?.name ?? '',
      subject,
      timeline: timeline.length >= 2 ? timeline.map(({ order: _o, ...v }) => v) : [],
      differ,
    });
  }
  return out;
}
