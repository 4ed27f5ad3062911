/**
 * Results and dated events in the digest: the scores of the coverage grouped by match (two claims
 * are one match when their sides share a name), each match's result counted over the distinct
 * articles giving it (copies of one text once, a headline counting for its article), and the dates
 * of events counted the same way. A sport story's main claim is its result, and many stories' main
 * claim is a date ("by 2010"): the top line may lead with either when most articles state it. Pure.
 */
import { type DateClaim, dateClaimsOf } from '../claims/dates.js';
import { type ScoreClaim, sameSide, scoreClaimsOf } from '../claims/scores.js';
import { stemsOf } from '../facts/terms.js';
import type { FactIndex } from '../index/fact-index.js';
import { defaultVocabulary, type Vocabulary } from '../index/vocabulary.js';
import { type DigestCitation, digestCitation } from './figures.js';
import { claimStems } from './leads.js';

/** One result or dated event, as the coverage states it: the words of one article, and every article giving it. */
export interface StatedClaim {
  kind: 'score' | 'date';
  /** The value as the claims layer normalises it: "38-8", "2010". */
  value: string;
  /** The value as the shown sentence writes it: "38-8", "by 2010". */
  figure: string;
  /** The sentence shown (a fact of the source article; its headline only when no sentence gives it). */
  text: string;
  source: DigestCitation;
  also: DigestCitation[];
  /** Distinct articles giving it (copies of one text once). */
  articles: number;
  /** For a score: the match's sides, as the articles name them most, the winner first when told. */
  sides?: string[];
}

/** A match: its results as stated, the most-stated first. */
export interface MatchResults {
  sides: string[];
  results: StatedClaim[];
}

/**
 * True when a claim is of a match whose sides are `sides`: each side it names is one of them
 * ("Northfield v Ashby" and "beat Ashby"), and when both name two sides, both meet ("Northfield v Southport" is
 * another match than "Northfield v Ashby").
 */
function ofMatch(sides: readonly string[], c: ScoreClaim): boolean {
  const names = c.sides.names;
  if (names.length === 0 || sides.length === 0) return false;
  return names.every((x) => sides.some((y) => sameSide(x, y)));
}

/** A score's value read from the other side: "38-8" is "8-38". */
const reversed = (value: string) =>
  value
    .split(' ')
    .map((set) => set.split('-').reverse().join('-'))
    .join(' ');

/** True when two results of one match give one value: equal, or reversed where either does not say who won. */
function sameValue(a: ScoreClaim, b: ScoreClaim): boolean {
  if (a.value === b.value) return true;
  return (a.sides.outcome !== 'won' || b.sides.outcome !== 'won') && reversed(a.value) === b.value;
}

/**
 * How claims become lines: the shown one (a sentence over a headline, the earliest article, an
 * original over its copy), every other article cited once (copies of a cited one left out).
 */
function stated(
  index: FactIndex,
  kind: StatedClaim['kind'],
  claims: ReadonlyArray<ScoreClaim | DateClaim>,
  sides?: string[],
): StatedClaim | undefined {
  // An article held whole in a longer one is shown through the longer (the original), not the copy.
  const own = claims.filter((c) => index.original(c.articleId) === c.articleId);
  const shown =
    own.find((c) => c.fact !== undefined) ?? claims.find((c) => c.fact !== undefined) ?? own[0] ?? claims[0];
  const source = shown ? index.article(shown.articleId) : undefined;
  if (!shown || !source) return undefined;
  const originals = new Set(claims.map((c) => index.original(c.articleId)));
  // A copy of an article already cited is left out, so that a copy never reads as a second source.
  const cited = new Set([index.original(source.id)]);
  const also = [...new Set(claims.map((c) => c.articleId))].flatMap((id) => {
    const a = index.article(id);
    if (!a || cited.has(index.original(id))) return [];
    cited.add(index.original(id));
    return [digestCitation(a)];
  });
  return {
    kind,
    value: shown.value,
    figure: shown.figure,
    text: shown.text,
    source: digestCitation(source),
    also,
    articles: originals.size,
    ...(sides ? { sides } : {}),
  };
}

/** The name of a side most claims write, for each side of a match. */
function matchSides(claims: readonly ScoreClaim[]): string[] {
  const best = claims.reduce<ScoreClaim | undefined>(
    (a, c) => (!a || c.sides.names.length > a.sides.names.length ? c : a),
    undefined,
  );
  return best?.sides.names ?? [];
}

/** Words after a score that make it a standing, not a result: "a 3-1 lead", "go 2-1 up". */
const STANDING_AFTER = /^\s+(?:lead|up|ahead|advantage|down|behind)\b/i;
/** Words before a score that make it a standing: "cut the margin to 4-1", "a lead of 2-0". */
const STANDING_BEFORE = /\b(?:margin|lead|advantage)\s+(?:of|to)\s+$/i;

/**
 * True when a score is where a contest of several matches stands ("beat Zed 6-2 6-4 to give the
 * hosts a 3-1 lead", "go 2-1 up in the tie"), not the result of the match its sentence names:
 * that match's sides do not own it (digest-34: a tie's standing listed under a rubber). Pure.
 */
export const standing = (c: Pick<ScoreClaim, 'text' | 'start' | 'end'>): boolean =>
  STANDING_AFTER.test(c.text.slice(c.end)) || STANDING_BEFORE.test(c.text.slice(0, c.start));

/**
 * The coverage's results, match by match: scores whose sides the sentence names, a final result
 * (won or drew) before a lead, never a standing (`standing`); within a match, one value a line, the
 * most articles first.
 */
export function matchResults(index: FactIndex): MatchResults[] {
  const claims = index
    .articles()
    .flatMap((a) => scoreClaimsOf(index, a.id))
    .filter(
      (c) =>
        c.sides.names.length > 0 && (c.sides.outcome === 'won' || c.sides.outcome === 'drew') && !standing(c),
    );
  // Claims naming both sides first: a claim naming one side joins the match it is a side of.
  const matches: ScoreClaim[][] = [];
  for (const c of [...claims].sort((a, b) => b.sides.names.length - a.sides.names.length)) {
    const match = matches.find((m) => ofMatch(matchSides(m), c));
    // A score naming one side of a match but giving none of its values is another match of that side
    // (a player plays several in a tournament: "went down 7-6 6-3 to the American"): whose, unsaid.
    if (match && c.sides.names.length < 2 && !match.some((o) => sameValue(o, c))) continue;
    if (match) match.push(c);
    else matches.push([c]);
  }
  return matches
    .map((m) => {
      const sides = matchSides(m);
      const values: ScoreClaim[][] = [];
      for (const c of m) {
        const v = values.find((list) => list.some((o) => sameValue(o, c)));
        if (v) v.push(c);
        else values.push([c]);
      }
      const results = values
        .flatMap((v) => stated(index, 'score', v, sides) ?? [])
        .sort((a, b) => b.articles - a.articles);
      return { sides, results };
    })
    .sort((a, b) => (b.results[0]?.articles ?? 0) - (a.results[0]?.articles ?? 0));
}

/** A date that is a year alone ("in 2004", "by 2008"), as `DateClaim.value` writes it. */
const BARE_YEAR = /^\d{4}$/;

/** The claim words two sentences of one date share to tell one event (one alone may be "released"). */
const SHARED_EVENT_WORDS = 2;

/**
 * The claims of one date split by the event they date: one date is one claim only for sentences of
 * one event, the same event word before the date or two claim words in common ("Once finished in
 * 2009, the Orvo span will ..." and "the span, set to be finished in 2009"; not "yearly deliveries
 * of 90,000 by 2009" and "a van might reach showrooms by 2009"; issue 20 §4).
 * Claim words are a sentence's stems less function words, numbers and words of time (`claimStems`).
 * Each claim joins the first group holding a sentence of its event. Pure.
 */
export function oneEvent(
  list: readonly DateClaim[],
  vocabulary: Vocabulary = defaultVocabulary(),
): DateClaim[][] {
  const none = new Set<string>();
  const stems = new Map<DateClaim, Set<string>>();
  const stemsOfClaim = (c: DateClaim) => {
    let own = stems.get(c);
    if (!own) {
      own = claimStems(c.fact?.terms ?? stemsOf(c.text), vocabulary, none);
      stems.set(c, own);
    }
    return own;
  };
  const groups: DateClaim[][] = [];
  for (const c of list) {
    const group = groups.find((g) =>
      g.some((o) => {
        // A day ("on 5 May", "by 27 February") names one event in any words; a bare year many.
        if (!BARE_YEAR.test(c.value) || o.text === c.text || (o.event !== undefined && o.event === c.event))
          return true;
        const own = stemsOfClaim(o);
        return [...stemsOfClaim(c)].filter((w) => own.has(w)).length >= SHARED_EVENT_WORDS;
      }),
    );
    if (group) group.push(c);
    else groups.push([c]);
  }
  return groups;
}

/**
 * Top-line candidates of results and dates: each match's most-stated result when no other value
 * of it is stated by as many articles (sources that differ lead nothing), and each dated event
 * (one kind and one date) counted over the distinct articles giving it.
 */
export function statedClaims(
  index: FactIndex,
  matches: readonly MatchResults[] = matchResults(index),
): StatedClaim[] {
  const out: StatedClaim[] = [];
  for (const m of matches) {
    const [first, second] = m.results;
    if (first && (second?.articles ?? 0) < first.articles) out.push(first);
  }
  const dates = new Map<string, DateClaim[]>();
  for (const a of index.articles())
    for (const c of dateClaimsOf(index, a.id)) {
      const key = `${c.kind}\u0000${c.value}`;
      dates.set(key, [...(dates.get(key) ?? []), c]);
    }
  for (const list of dates.values())
    for (const event of oneEvent(list)) {
      const line = stated(index, 'date', event);
      if (line) out.push(line);
    }
  return out.sort((a, b) => b.articles - a.articles);
}
