/**
 * Scores and odds stated as claims: a match's sets or score ("7-5 6-3", "3-6 6-4 7-6 (7/5)",
 * "33-19") and a bet's odds ("5-2", "10-1"). A score is its sets in order; a tie-break in brackets
 * is a detail a draft may leave out. A range ("10-15%"), a span of years, an age or a compound
 * ("18-year-old", "6-point") is no score. Pure functions.
 */
import { type Sides, sameSide, scoresIn, sidesOf } from '../claims/scores.js';
import { MONTH } from '../facts/months.js';
import { type Ordered, orderedAt } from './ordered.js';

/**
 * Odds written as a fraction ("4/9", "11/4", "5/1"): each side at most three digits, not a date
 * ("8/9 January", "06/05"), not inside a tie-break "(7/5)" or a longer figure ("1/2/2005"), and not
 * one of the fractions English uses as a name or a phrase: "9/11", "24/7", "50/50".
 */
const ODDS = new RegExp(
  String.raw`(?<![\d./(-])([1-9]\d{0,2})\/([1-9]\d{0,2})(?![\d/]|\s+(?:${MONTH})\b)`,
  'g',
);
const NOT_ODDS = new Set(['9/11', '24/7', '50/50']);

/** The odds a sentence gives as fractions, each as written ("8/11"); a fraction is never read from the other side. */
export function readOdds(sentence: string): Ordered[] {
  const out: Ordered[] = [];
  for (const m of sentence.matchAll(ODDS)) {
    if (NOT_ODDS.has(m[0])) continue;
    out.push(orderedAt('score', m, ['odds'], m[0]));
  }
  return out;
}

/**
 * The scores and odds a sentence states, each as its sets ("7-5 6-3") and tie-breaks: read by the
 * claims layer's reader (`claims/scores.ts`), which the digest and `factbot claims` use too.
 */
export function readScores(sentence: string): Ordered[] {
  return scoresIn(sentence).map((s) => ({
    sides: sidesOf(sentence, s),
    sort: 'score' as const,
    text: s.text,
    start: s.start,
    end: s.end,
    keys: ['score'],
    value: s.sets.join(' '),
    ...(s.ties.length > 0 ? { detail: s.ties.join(' ') } : {}),
  }));
}

/** How two scores' matches relate, by the sides their sentences name. */
export type MatchRelation = 'same' | 'swapped' | 'partial' | 'other' | 'unknown';

/**
 * Whether a coverage score is of the draft's match: `other` when no side either names meets a side
 * the other names ("Kim beat Bolt" and "Sato beat Lee"); `partial` when one side meets and each
 * names another that meets nothing ("Kim beat Bolt" and "Sato saw off Bolt": two matches of
 * Bolt's, or one side named two ways, "Northfield Utd" and "Northfield United"); `swapped` when the
 * draft's winner is the coverage's loser and its loser the coverage's winner ("Southport beat
 * Northtown 27-9" against "Northtown beat Southport 27-9"); `same` when every side named meets one
 * of the other's; `unknown` when either names none.
 */
export function matchOf(draft: Pick<Ordered, 'sides'>, stated: Pick<Ordered, 'sides'>): MatchRelation {
  const [a, b] = [draft.sides, stated.sides];
  if (!a || !b || a.names.length === 0 || b.names.length === 0) return 'unknown';
  const meets = (x: string, names: readonly string[]) => names.some((y) => sameSide(x, y));
  const lonely = (x: Sides, y: Sides) => x.names.filter((n) => !meets(n, y.names));
  if (lonely(a, b).length === a.names.length && lonely(b, a).length === b.names.length) return 'other';
  if (lonely(a, b).length > 0 && lonely(b, a).length > 0) return 'partial';
  const swapped =
    a.outcome === 'won' &&
    b.outcome === 'won' &&
    a.winner !== undefined &&
    b.loser !== undefined &&
    sameSide(a.winner, b.loser) &&
    a.loser !== undefined &&
    b.winner !== undefined &&
    sameSide(a.loser, b.winner);
  return swapped ? 'swapped' : 'same';
}
