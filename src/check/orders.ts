/**
 * Figures of order in a draft: dates ("in 1998", "June 2006", "in May"), ranks ("third seed",
 * "number one", "to fourth") and scores or odds ("7-5 6-3", "33-19", "5-2"). None is an amount, so
 * none has a measure word: each is checked against the coverage's figures of the same sort (a year
 * against years, a seed against seeds) in the sentence that shares most of the words around it,
 * nearest words first. The best such sentence giving the same figure supports it; giving another
 * one, contradicts it; none close enough: not found. Pure: the same index and text, the same result.
 */
import { citationsOf } from '../answer/types.js';
import { stem } from '../facts/terms.js';
import type { Fact } from '../facts/types.js';
import type { FactIndex, MatchedFacts } from '../index/fact-index.js';
import { idf } from '../index/postings.js';
import type { Claim, Evidence } from './check.js';
import { isCrowd, readCrowds } from './crowds.js';
import { readDates } from './dates.js';
import { readMinutes } from './minutes.js';
import { draftKeys, readMultiples, readNumbers } from './numbers.js';
import type { Ordered } from './ordered.js';
import { POSITION, readRanks } from './ranks.js';
import { matchOf, readOdds, readScores } from './scores.js';
import { draftSentences } from './sentences.js';

export type { Ordered } from './ordered.js';

/** Reads the figures of order of a sentence, dates, ranks and scores, in order of place. */
export function readOrdered(sentence: string): Ordered[] {
  const read = [
    ...readDates(sentence),
    ...readRanks(sentence),
    ...readScores(sentence),
    ...readOdds(sentence),
    ...readMultiples(sentence),
    ...readMinutes(sentence),
    ...readCrowds(sentence),
  ];
  // A number inside a date, a rank, a score or a multiple is a piece of it.
  const free = (n: Ordered) => read.every((o) => n.end <= o.start || n.start >= o.end);
  return [...read, ...readNumbers(sentence).filter(free)].sort((a, b) => a.start - b.start);
}

/** True when two figures of order are of one sort and measure the same thing. */
export function comparable(a: Ordered, b: Ordered): boolean {
  return a.sort === b.sort && a.keys.some((k) => b.keys.includes(k));
}

/** A score read from the other side: "33-19" is "19-33", "7-5 6-3" is "5-7 3-6". */
export function reversed(score: string): string {
  return score
    .split(' ')
    .map((set) => set.split('-').reverse().join('-'))
    .join(' ');
}

/**
 * True when a stated figure of order says what the draft's says: a tie-break left out agrees, and
 * a score agrees with itself read from the other side (the winner's or the home side's first).
 */
export function agrees(draft: Ordered, stated: Ordered): boolean {
  if (draft.value !== stated.value && !(draft.sort === 'score' && reversed(draft.value) === stated.value))
    return false;
  return draft.detail === undefined || stated.detail === undefined || draft.detail === stated.detail;
}

/** A word of a sentence, its stem, and its place among the words. */
interface Word {
  stem: string;
  start: number;
  end: number;
}
const WORD = /\d+(?:[.,]\d+)*|[\p{L}\p{M}]+(?:['’]\p{L}+)?/gu;

/** How many sentences' words (see wordsOf) are remembered before they are read afresh. */
const WORDS_KEPT = 4096;
const wordsKept = new Map<string, readonly Word[]>();

/**
 * The words of a text, in order (so their starts and ends rise), remembered for the last
 * WORDS_KEPT texts: a check weighs the same story sentences for each of its figures, and the next
 * check of the story again. Shared, so read-only.
 */
function wordsOf(text: string): readonly Word[] {
  let words = wordsKept.get(text);
  if (!words) {
    if (wordsKept.size >= WORDS_KEPT) wordsKept.clear();
    words = [...text.matchAll(WORD)].map((m) => ({
      stem: stem(m[0]),
      start: m.index,
      end: m.index + m[0].length,
    }));
    wordsKept.set(text, words);
  }
  return words;
}

/** The stems of a text's words, as the anchors read them. */
export function wordStems(text: string): string[] {
  return wordsOf(text).map((w) => w.stem);
}

/** How much a word weighs by how many words stand between it and the figure: near words say whose figure it is. */
export function nearness(distance: number): number {
  if (distance <= NEAR_WORDS) return 1;
  if (distance <= MID_WORDS) return MID_WEIGHT;
  return FAR_WEIGHT;
}
/** Words at most this far from a figure weigh fully. */
const NEAR_WORDS = 3;
/** Words at most this far weigh MID_WEIGHT; farther ones FAR_WEIGHT. */
const MID_WORDS = 8;
const MID_WEIGHT = 0.6;
const FAR_WEIGHT = 0.3;

/**
 * Distance in words from the words of a sentence to a figure's span (0 inside it): the words
 * between. Words rise in start and end, so those ending before the span are the first `before` and
 * those starting after it all from `after` on: a word's distance is counted from those two places,
 * not by walking the words between.
 */
function distancesTo(words: readonly Word[], f: Pick<Ordered, 'start' | 'end'>): (i: number) => number {
  let before = 0;
  while (before < words.length && (words[before] as Word).end <= f.start) before++;
  let after = before;
  while (after < words.length && (words[after] as Word).start < f.end) after++;
  return (i) => {
    const w = words[i];
    if (!w) return Number.POSITIVE_INFINITY;
    if (w.end <= f.start) return before - i - 1;
    if (w.start >= f.end) return i - after;
    return 0;
  };
}

/**
 * A word nearer another figure of the same sort than to this one is that figure's ("Zedco in 2003
 * and Quarryco in December 2002": Quarryco is December 2002's): it weighs this much of its weight.
 */
const OWNED_ELSEWHERE = 0.2;

/** Where one clause of a sentence ends and another begins: a comma (not in a number), a semicolon, "and", "but", "while". */
const CLAUSE_BREAK = /,(?!\d)|;|\b(?:and|but|while|whereas)\b/g;
/** A word in another clause than the figure's, owned by no other figure there, weighs this much of its nearness. */
const OTHER_CLAUSE = 0.6;

/**
 * The nearness of each word of a sentence to a figure. A word in the figure's clause is its own,
 * unless another figure of the same sort there is nearer; a word in a clause that holds another
 * such figure is that figure's ("Zedco in 2003 and Quarryco in December 2002": Quarryco is December
 * 2002's) and weighs OWNED_ELSEWHERE; one in another clause without one, OTHER_CLAUSE.
 */
function nearnessIn(
  text: string,
  words: readonly Word[],
  figure: Ordered,
  others: readonly Ordered[],
): (i: number) => number {
  const breaks = [...text.matchAll(CLAUSE_BREAK)].map((m) => m.index);
  const clause = (at: number) => breaks.filter((b) => b < at).length;
  const rivals = others
    .filter((o) => o.start !== figure.start && comparable(o, figure))
    .map((r) => ({ clause: clause(r.start), distance: distancesTo(words, r) }));
  const home = clause(figure.start);
  const distance = distancesTo(words, figure);
  // Each word's nearness is its own: asked only for the words a caller weighs.
  return (i) => {
    const w = words[i] as Word;
    const own = distance(i);
    const near = nearness(own);
    const at = clause(w.start);
    const rivalsHere = rivals.filter((r) => r.clause === at);
    if (at === home) return rivalsHere.some((r) => r.distance(i) < own) ? near * OWNED_ELSEWHERE : near;
    return rivalsHere.length > 0 ? near * OWNED_ELSEWHERE : near * OTHER_CLAUSE;
  };
}

/**
 * The words around a figure, each stem with its weight: rarity times nearness. `others`: the
 * sentence's figures that may own words near this one (default its figures of order).
 */
export function anchorOf(
  sentence: string,
  figure: Ordered,
  rarity: (stem: string) => number,
  others: readonly Ordered[] = readOrdered(sentence),
): Map<string, number> {
  const words = wordsOf(sentence);
  const near = nearnessIn(sentence, words, figure, others);
  const anchor = new Map<string, number>();
  words.forEach((w, i) => {
    if (w.end > figure.start && w.start < figure.end) return; // the figure's own words
    const weight = rarity(w.stem) * near(i);
    if (weight > (anchor.get(w.stem) ?? 0)) anchor.set(w.stem, weight);
  });
  return anchor;
}

/**
 * How much of an anchor a sentence holds around one of its figures, from 0 to 1: each anchor
 * word's weight times its nearness to that figure there, over the anchor's whole weight.
 */
export function overlap(
  anchor: ReadonlyMap<string, number>,
  sentence: string,
  figure: Ordered,
  others: readonly Ordered[] = readOrdered(sentence),
): number {
  let total = 0;
  for (const w of anchor.values()) total += w;
  if (total === 0) return 0;
  const words = wordsOf(sentence);
  const nearIn = nearnessIn(sentence, words, figure, others);
  const best = new Map<string, number>();
  words.forEach((w, i) => {
    if (!anchor.has(w.stem) || (w.end > figure.start && w.start < figure.end)) return;
    const near = nearIn(i);
    if (near > (best.get(w.stem) ?? 0)) best.set(w.stem, near);
  });
  let held = 0;
  for (const [s, near] of best) held += (anchor.get(s) ?? 0) * near;
  return held / total;
}

/** The part of an anchor that is the sentence's names: its capitalised words (a list of names holds no other). */
export function namesOf(anchor: ReadonlyMap<string, number>, sentence: string): Map<string, number> {
  const capitalised = new Set(
    [...sentence.matchAll(WORD)].filter((m) => /^\p{Lu}/u.test(m[0])).map((m) => stem(m[0])),
  );
  return new Map([...anchor].filter(([s]) => capitalised.has(s)));
}

/** The stems of a sentence's words that are no name: lower-case words, which say what happened. */
function eventStems(sentence: string): Set<string> {
  return new Set([...sentence.matchAll(WORD)].filter((m) => /^\p{Ll}/u.test(m[0])).map((m) => stem(m[0])));
}

/** The least overlap with a figure's words for a sentence to support it. */
const MIN_SUPPORTING = 0.05;
/** The least overlap for a sentence's other figure to contradict it: it must be about the same thing. */
const MIN_CONTRADICTING = 0.15;
/**
 * Words this close say a sentence tells the draft's event, whether or not it shares a word of it
 * that is no name (as check.ts SURE_ALIGNMENT says a figure is the draft's whoever its sentence
 * names). Check-34b, TRAIN drafts: 0.4 +4 changed, -1 Not found; 0.3 +4 changed, +1 confused, -2 Not found.
 */
const SURE_OVERLAP = 0.4;
/** A sentence this close to the best one (as a share of its overlap) is cited beside it. */
const NEAR_BEST = 0.8;
/**
 * A stating sentence this close to the best one (as a share of its overlap) still supports the
 * figure: the draft's very value needs its words to say less surely that it is of the same thing
 * than another value needs to rule it out (as a stating amount needs less alignment, check.ts
 * MIN_STATING). Check-30: TRAIN drafts, leaving one key out, picks 0.5 in 19 of 23 folds.
 */
const STATING_SHARE = 0.5;
/** The overlap an attendance of the story counts at least: as much as rules a figure out. */
const CROWD_OVERLAP = MIN_CONTRADICTING;
/** The keys of a date the story's nearest sentence stating it is evidence of (see checkOrdered). */
const SELF_EVIDENT = new Set(['day', 'month-year', 'year']);
/** The keys of a rank that names no thing ranked: a place in a list, a table or a ranking. */
const PLACE_KEYS = new Set(['place', 'number', POSITION]);
/** A score of this many sets or more, given word for word by the story, is itself evidence of it. */
const MIN_SETS = 2;

/** How many sets (or parts) a score gives: "4-6 6-1 6-3" 3, "2-1" 1. */
const setsOf = (figure: Ordered) => figure.text.trim().split(/\s+/).length;

/** The most articles a draft's story is read from. */
const STORY_ARTICLES = 3;
/** A word in more facts than this is too common to tell a story: it is not counted (and not walked). */
const STORY_WORD_FACTS = 300;
/** Articles scoring at least this share of the best one are part of the story. */
const STORY_SHARE = 0.6;

/** The articles of a match result's facts, each once, in the order first found, remembered per result. */
const articlesOfMatch = new WeakMap<MatchedFacts, readonly string[]>();
function articlesOf(matched: MatchedFacts): readonly string[] {
  let articles = articlesOfMatch.get(matched);
  if (!articles) {
    articles = [...new Set(matched.runs)];
    articlesOfMatch.set(matched, articles);
  }
  return articles;
}

/**
 * The `most` best-scored entries of a map, best first, ties in the map's order: the head of a stable
 * sort of all its entries by score, found in one pass (a draft's words score hundreds of articles).
 */
export function bestScored<K>(scores: ReadonlyMap<K, number>, most: number): Array<[K, number]> {
  const best: Array<[K, number]> = [];
  if (most <= 0) return best;
  for (const [key, value] of scores) {
    const last = best[best.length - 1];
    if (best.length >= most && last !== undefined && !(value > last[1])) continue;
    let at = best.length;
    while (at > 0 && (best[at - 1] as [K, number])[1] < value) at--;
    best.splice(at, 0, [key, value]);
    if (best.length > most) best.pop();
  }
  return best;
}

/**
 * The articles a draft tells: those holding most of its rare words (each word once), the best and
 * those close to it, with the articles the other figures' evidence cites.
 */
function storyOf(
  index: FactIndex,
  text: string,
  rarity: (s: string) => number,
  cited: Iterable<string>,
): string[] {
  const score = new Map<string, number>();
  for (const s of new Set(wordsOf(text).map((w) => w.stem))) {
    const weight = rarity(s);
    if (weight <= 0 || index.countMatching(s) > STORY_WORD_FACTS) continue;
    for (const a of articlesOf(index.factsOfMatch(index.match([[s]]))))
      score.set(a, (score.get(a) ?? 0) + weight);
  }
  const ranked = bestScored(score, STORY_ARTICLES);
  const top = ranked[0]?.[1] ?? 0;
  const story = new Set(ranked.filter(([, s]) => s >= top * STORY_SHARE).map(([a]) => a));
  for (const a of cited) story.add(a);
  return [...story];
}

/**
 * The claims of a draft's figures of order (dates, ranks, scores), each where no other claim of
 * the check stands or where that claim found nothing and this one does. `claims` are the check's
 * claims of amounts; the result holds them and these, in order of place.
 */
export function withOrders(
  index: FactIndex,
  text: string,
  claims: readonly Claim[],
  matching: (stem: string) => number = (stem) => index.match([[stem]]).size,
): Claim[] {
  const total = Math.max(1, index.factCount);
  const rarity = (s: string): number => {
    const n = matching(s);
    return n === 0 ? 0 : idf(total, n);
  };
  const found: Claim[] = [];
  let story: string[] | undefined;
  const facts = new Map<string, Array<{ fact: Stated; figures: Ordered[] }>>();
  for (const sentence of draftSentences(text)) {
    let last = -1;
    const ordered = readOrdered(sentence.text);
    for (const figure of ordered) {
      // A month and year is read as one and as a year too: the draft's is checked once, as written.
      if (figure.start === last) continue;
      last = figure.start;
      const start = sentence.start + figure.start;
      const end = sentence.start + figure.end;
      const over = claims.filter((c) => c.start < end && c.end > start);
      // A number read inside a score ("the 4-1 favourite" read as 1 favourite) is a piece of it, not a figure.
      const pieces = figure.sort === 'score' && over.every((c) => c.start >= start && c.start < end);
      if (!pieces && over.some((c) => c.verdict !== 'not found')) continue;
      story ??= storyOf(
        index,
        text,
        rarity,
        claims.flatMap((c) =>
          c.verdict === 'supported' ? c.evidence.flatMap((e) => e.citations.map((x) => x.id)) : [],
        ),
      );
      const claim = checkOrdered(
        index,
        story,
        facts,
        sentence.text,
        { ...figure, keys: draftKeys(figure) },
        rarity,
        ordered,
      );
      if (!pieces && over.length > 0 && claim.verdict === 'not found') continue;
      const placed = { ...claim, start, end };
      const against = againstOf.get(claim);
      if (against) againstOf.set(placed, against);
      found.push(placed);
    }
    // A figure of order found nowhere, in a sentence whose other figures a coverage sentence
    // states: that sentence's one comparable value is the figure changed (a paraphrase).
    const end = sentence.start + sentence.text.length;
    const within = (c: Claim) => c.start >= sentence.start && c.end <= end;
    const siblings = [...claims, ...found].filter((c) => within(c) && c.verdict === 'supported');
    for (let i = 0; i < found.length; i++) {
      const c = found[i] as Claim;
      if (c.verdict !== 'not found' || !within(c)) continue;
      const figure = ordered.find((o) => sentence.start + o.start === c.start);
      if (!figure) continue;
      const changed = changedInSiblings(
        { ...figure, keys: draftKeys(figure) },
        ordered,
        siblings.filter((s) => s.start !== c.start),
      );
      if (!changed) continue;
      const { against, ...verdict } = changed;
      const next: Claim = { ...c, ...verdict };
      againstOf.set(next, against);
      found[i] = next;
    }
  }
  if (found.length === 0) return [...claims];
  const kept = claims.filter((c) => !found.some((f) => c.start < f.end && c.end > f.start));
  return [...kept, ...found.flatMap(byYears)].sort((a, b) => a.start - b.start);
}

/** The coverage's figure of order that ruled a claim out (set where checkOrdered or changedInSiblings contradicts). */
const againstOf = new WeakMap<Claim, Ordered>();
/** A year written in full. */
const FULL_YEAR = /(?:19|20)\d\d/g;

/**
 * A span of years or one of two years the draft writes in full ("from 1961 to 1966", "in 1972 or
 * 1977") is two figures, a claim each: both stated where the span is, both not found where it is
 * not, and where a span or pair of the coverage rules it out, each year stated where the
 * coverage's year in its place is the same ("between 1961 and 1964": 1961 stated, 1966 ruled out).
 */
function byYears(c: Claim): Claim[] {
  if (c.measure !== 'date') return [c];
  const years = [...c.figure.matchAll(FULL_YEAR)];
  if (years.length !== 2 || (years[0] as RegExpExecArray)[0] === (years[1] as RegExpExecArray)[0]) return [c];
  const against = againstOf.get(c);
  const theirs =
    against && /^(?:19|20)\d\d[-/](?:19|20)\d\d$/.test(against.value) ? against.value.split(/[-/]/) : [];
  const ids = [...new Set(c.evidence.flatMap((e) => e.citations.map((x) => x.id)))];
  return years.map((m, i) => {
    const offset = m.index;
    const year: Claim = {
      ...c,
      figure: m[0],
      start: c.start + offset,
      end: c.start + offset + m[0].length,
      quantity: {
        ...c.quantity,
        value: Number(m[0]),
        text: m[0],
        start: c.quantity.start + offset,
        end: c.quantity.start + offset + m[0].length,
      },
    };
    if (c.verdict !== 'contradicted' || theirs[i] !== m[0]) return year;
    return {
      ...year,
      verdict: 'supported',
      note: `stated by ${ids.length} article${ids.length === 1 ? '' : 's'} [${ids.join(', ')}]`,
    };
  });
}

/** A sentence of the coverage, or an article's headline, and its article. */
type Stated = Pick<Fact, 'text' | 'articleId'>;

/** True when the figures of order of an article, as it now is, are read (`orderedIn` will not read them again). */
export function orderedRead(index: FactIndex, id: string): boolean {
  const known = orderedOf.get(index.factsOf(id));
  return known !== undefined && known.title === index.article(id)?.title;
}

/**
 * The figures of order of an article's headline and sentences, read once a version of the article
 * (a story's articles are read again by the next checks of the story). Read-only.
 */
const orderedOf = new WeakMap<
  readonly Fact[],
  { title?: string; list: Array<{ fact: Stated; figures: Ordered[] }> }
>();
/** The figures of order of each sentence of an article, its headline and short lines too, read once a version (see orderedOf). */
export function orderedIn(index: FactIndex, id: string): Array<{ fact: Stated; figures: Ordered[] }> {
  const facts = index.factsOf(id);
  // The headline too: results are often given there only ("Harbour 19-33 Rovers").
  const title = index.article(id)?.title;
  const known = orderedOf.get(facts);
  if (known && known.title === title) return known.list;
  // Its short lines too: a match report gives scorers' minutes and the attendance on lines of their own.
  const sentences: Stated[] = [
    ...(title ? [{ text: title, articleId: id }] : []),
    ...facts,
    ...index.linesOf(id),
  ];
  const list = sentences.map((fact) => ({ fact, figures: readOrdered(fact.text) }));
  orderedOf.set(facts, { ...(title !== undefined ? { title } : {}), list });
  return list;
}

/**
 * Checks one figure of order against the figures of the same sort in the story's sentences.
 * `ordered`: the figures of order of the draft's sentence (default: read from it).
 */
function checkOrdered(
  index: FactIndex,
  story: readonly string[],
  read: Map<string, Array<{ fact: Stated; figures: Ordered[] }>>,
  sentence: string,
  figure: Ordered,
  rarity: (s: string) => number,
  ordered: readonly Ordered[] = readOrdered(sentence),
): Claim {
  const anchor = anchorOf(sentence, figure, rarity, ordered);
  let names: Map<string, number> | undefined;
  const pairs: Array<{ fact: Stated; stated: Ordered; score: number }> = [];
  for (const id of story) {
    let list = read.get(id);
    if (!list) {
      list = orderedIn(index, id);
      read.set(id, list);
    }
    for (const { fact, figures } of list)
      for (const stated of figures) {
        if (!comparable(figure, stated)) continue;
        names ??= namesOf(anchor, sentence);
        const words = stated.listed ? names : anchor;
        const score = overlap(words, fact.text, stated, figures);
        // A match has one crowd: the story's attendance is the draft's whatever words stand
        // around it (a report gives it after its label, with none).
        pairs.push({ fact, stated, score: isCrowd(stated) ? Math.max(score, CROWD_OVERLAP) : score });
      }
  }
  // A sentence giving both the figure's value and another the draft's sentence gives to another of
  // its figures ("in May 2002, following a career which began in 1977" for "in May 2002,
  // after a career going back to 1977") gives that one to that figure: it does not rule this one out.
  const others = ordered.filter((o) => o.start !== figure.start).map((o) => ({ ...o, keys: draftKeys(o) }));
  const statesFigure = new Set(pairs.filter((p) => agrees(figure, p.stated)).map((p) => p.fact));
  for (let i = pairs.length - 1; i >= 0; i--) {
    const p = pairs[i];
    if (p && statesFigure.has(p.fact) && !agrees(figure, p.stated) && givenElsewhere(others, p.stated))
      pairs.splice(i, 1);
  }
  pairs.sort((a, b) => b.score - a.score);
  const best = pairs[0]?.score ?? 0;
  // The same score with the winner swapped ("Southport beat Northtown" for "Northtown beat Southport") states another result.
  const swapped = (p: { stated: Ordered }) => matchOf(figure, p.stated) === 'swapped';
  let stating = pairs.filter(
    (p) =>
      agrees(figure, p.stated) && !swapped(p) && p.score >= best * STATING_SHARE && p.score >= MIN_SUPPORTING,
  );
  // A date is itself evidence, as a score of sets is: where the story's sentence nearest the
  // draft's words (leaving out those giving a value the draft's sentence gives another of its
  // figures) states the very day, month of a year or year (`SELF_EVIDENT`; no weekday, span or
  // decade: spans added nothing), and shares a word with it, it is that date told otherwise
  // ("walked out on the club on 4 March" for "quit his post at the stadium on 4 March").
  if (stating.length === 0 && figure.keys.some((k) => SELF_EVIDENT.has(k))) {
    const own = pairs.find((p) => !givenElsewhere(others, p.stated));
    if (own && own.score > 0 && agrees(figure, own.stated) && !swapped(own))
      stating = pairs.filter((p) => agrees(figure, p.stated) && p.score >= own.score * NEAR_BEST);
  }
  // A rank of a named thing ("the first stage", "her ninth title") that the story's articles give
  // one value only, the draft's, is stated there however the sentences around it are worded
  // ("It was sold as the first stage of renewal" for "a move presented as the first stage").
  if (
    stating.length === 0 &&
    figure.sort === 'rank' &&
    figure.keys.every((k) => !PLACE_KEYS.has(k)) &&
    pairs.length > 0 &&
    pairs.every((p) => agrees(figure, p.stated) && !swapped(p))
  )
    stating = pairs;
  // A rank of a named thing the story never ranks by that noun ("her fourth film" where it says
  // "her fourth collaboration", "the first gain since July" where "rose for the first time since
  // July"): the story's rank, of whatever noun, whose sentence is nearest the draft's words is the
  // same thing worded otherwise, and states it where it gives the draft's value and its words are as
  // close as a value ruling a figure out needs (check-35b).
  if (
    stating.length === 0 &&
    pairs.length === 0 &&
    figure.sort === 'rank' &&
    figure.keys.every((k) => !PLACE_KEYS.has(k))
  )
    stating = rankWordedOtherwise(figure, anchor, story, read);
  // A score of two sets or more is itself evidence ("4-6 6-1 6-3"): where no sentence of the story
  // is close enough to rule it out, the story giving it is its match told otherwise ("Ferrer
  // beat Brannick 4-6 6-1 6-3" and, after the lead names them, "The champion won 4-6 6-1 6-3"); a
  // sentence naming no side ("She won eight games in a row to win 6-4 6-0") tells the
  // match of the sentences before it, so it needs no word of the draft's.
  if (
    stating.length === 0 &&
    figure.sort === 'score' &&
    setsOf(figure) >= MIN_SETS &&
    best < MIN_CONTRADICTING
  )
    stating = pairs.filter(
      (p) =>
        agrees(figure, p.stated) && !swapped(p) && (p.score > 0 || (p.stated.sides?.names.length ?? 0) === 0),
    );
  const base = {
    figure: figure.text,
    quantity: {
      kind: figure.sort === 'date' ? ('year' as const) : ('count' as const),
      value: Number(/\d+/.exec(figure.value)?.[0] ?? 0),
      step: 1,
      unit: figure.sort === 'date' ? undefined : `${figure.sort}:${figure.keys[0] ?? ''}`,
      qualifier: 'exact' as const,
      text: figure.text,
      start: figure.start,
      end: figure.end,
    },
    start: figure.start,
    end: figure.end,
    sentence,
    measure: figure.sort === 'date' ? 'date' : figure.sort === 'score' ? 'score' : figure.keys[0],
    coverage: [],
  };
  if (stating.length > 0) {
    const evidence = evidenceOf(
      index,
      stating.map((p) => p.fact),
    );
    const ids = new Set(stating.map((p) => p.fact.articleId));
    return {
      ...base,
      verdict: 'supported',
      evidence,
      note: `stated by ${ids.size} article${ids.size === 1 ? '' : 's'} [${[...ids].join(', ')}]`,
    };
  }
  const turned = pairs.find((p) => agrees(figure, p.stated) && swapped(p) && p.score >= MIN_SUPPORTING);
  if (turned?.stated.sides?.winner)
    return {
      ...base,
      verdict: 'contradicted',
      evidence: evidenceOf(index, [turned.fact]),
      note: `coverage: ${turned.stated.text}, won by ${turned.stated.sides.winner} [${turned.fact.articleId}]`,
    };
  const top = pairs[0];
  // A date is contradicted only by one of the same event: the sentence shares a word of it that is
  // no name ("turned professional in 1995" is not contradicted by "first played there in 2001"),
  // or its words are as close as SURE_OVERLAP, the event worded otherwise ("after Westlink
  // folded in 1998" against "following the collapse of Westlink in 1999"; check-34b).
  const events = new Map([...anchor].filter(([s]) => eventStems(sentence).has(s)));
  const sameEvent = (p: { fact: Stated; stated: Ordered; score: number }) =>
    (figure.sort !== 'date' && figure.sort !== 'number') ||
    isCrowd(p.stated) ||
    p.score >= SURE_OVERLAP ||
    overlap(events, p.fact.text, p.stated) > 0;
  if (top && top.score >= MIN_CONTRADICTING && sameEvent(top) && near(figure, top.stated)) {
    const same = pairs.filter((p) => p.stated.value === top.stated.value && p.score >= best * NEAR_BEST);
    const ids = [...new Set(same.map((p) => p.fact.articleId))];
    const ruled: Claim = {
      ...base,
      verdict: 'contradicted',
      evidence: evidenceOf(
        index,
        same.map((p) => p.fact),
      ),
      note: `coverage: ${top.stated.text} [${ids.join(', ')}]`,
    };
    againstOf.set(ruled, top.stated);
    return ruled;
  }
  // A date the story neither gives nor rules out may be told by an article the story's few were
  // not: the coverage's sentences holding the date's rarest word and one of the words nearest it in
  // the draft, where the nearest of them to the draft's words states it.
  const beyond =
    figure.keys.some((k) => SELF_EVIDENT.has(k)) && !pairs.some((p) => agrees(figure, p.stated))
      ? statedBeyond(index, story, figure, anchor)
      : [];
  if (beyond.length > 0) {
    const ids = new Set(beyond.map((p) => p.fact.articleId));
    return {
      ...base,
      verdict: 'supported',
      evidence: evidenceOf(
        index,
        beyond.map((p) => p.fact),
      ),
      note: `stated by ${ids.size} article${ids.size === 1 ? '' : 's'} [${[...ids].join(', ')}]`,
    };
  }
  return {
    ...base,
    verdict: 'not found',
    evidence: [],
    note: `looked for the ${SORT_NAMES[figure.sort]}: nothing in the coverage`,
  };
}

/** The draft's words nearest a date (by weight in its anchor) whose sentences beyond the story are read. */
const BEYOND_WORDS = 3;
/** The least overlap for a sentence beyond the story to state a date: it must tell the same event. */
const BEYOND_OVERLAP = SURE_OVERLAP;

/**
 * The sentences of articles outside the story that state a draft's date (see checkOrdered): those
 * holding the date's rarest word and one of the BEYOND_WORDS heaviest words of its anchor; where
 * the best of their figures comparable with it holds at least BEYOND_OVERLAP of its words and gives
 * its value, the sentences giving it within NEAR_BEST of that; else none. Never a ruling out.
 */
function statedBeyond(
  index: FactIndex,
  story: readonly string[],
  figure: Ordered,
  anchor: ReadonlyMap<string, number>,
): Array<{ fact: Stated; stated: Ordered; score: number }> {
  const own = wordStems(figure.text).filter((s) => index.countMatching(s) > 0);
  if (own.length === 0) return [];
  const rarest = own.reduce((a, b) => (index.countMatching(b) < index.countMatching(a) ? b : a));
  const holding = index.match([[rarest]]);
  const heaviest = [...anchor]
    .filter(([s, w]) => w > 0 && index.countMatching(s) > 0)
    .sort((a, b) => b[1] - a[1])
    .slice(0, BEYOND_WORDS);
  const inStory = new Set(story);
  const ids = new Set<string>();
  for (const [s] of heaviest) for (const id of index.match([[s]]).keys()) if (holding.has(id)) ids.add(id);
  const pairs: Array<{ fact: Stated; stated: Ordered; score: number }> = [];
  for (const id of ids) {
    const fact = index.fact(id);
    if (!fact || inStory.has(fact.articleId)) continue;
    const figures = readOrdered(fact.text);
    for (const stated of figures)
      if (comparable(figure, stated))
        pairs.push({ fact, stated, score: overlap(anchor, fact.text, stated, figures) });
  }
  pairs.sort((a, b) => b.score - a.score);
  const top = pairs[0];
  if (!top || top.score < BEYOND_OVERLAP || !agrees(figure, top.stated)) return [];
  return pairs.filter((p) => agrees(figure, p.stated) && p.score >= top.score * NEAR_BEST);
}

/**
 * The story's sentences giving a rank that state a draft's rank worded with another noun (see
 * checkOrdered): the ranks of the story's articles (already read into `read`), of any noun, whose
 * sentences hold most of the draft figure's words; where the best of them holds at least
 * MIN_CONTRADICTING and every one within NEAR_BEST of it gives the draft's value, those; else none.
 */
function rankWordedOtherwise(
  figure: Ordered,
  anchor: ReadonlyMap<string, number>,
  story: readonly string[],
  read: ReadonlyMap<string, Array<{ fact: Stated; figures: Ordered[] }>>,
): Array<{ fact: Stated; stated: Ordered; score: number }> {
  const ranks: Array<{ fact: Stated; stated: Ordered; score: number }> = [];
  for (const id of story)
    for (const { fact, figures } of read.get(id) ?? [])
      for (const stated of figures)
        if (stated.sort === 'rank')
          ranks.push({ fact, stated, score: overlap(anchor, fact.text, stated, figures) });
  const best = Math.max(0, ...ranks.map((r) => r.score));
  if (best < MIN_CONTRADICTING) return [];
  const nearest = ranks.filter((r) => r.score >= best * NEAR_BEST);
  return nearest.every((r) => agrees(figure, r.stated)) ? nearest : [];
}

/**
 * Where the sentences stating a draft sentence's other figures (`siblings`' evidence) give one
 * value of the figure's sort and keys that it does not agree with, that no other figure of the
 * draft's sentence gives and that could be it changed (`near`), that value is the figure changed:
 * the verdict, evidence and note of a contradicted claim; else undefined.
 */
function changedInSiblings(
  figure: Ordered,
  ordered: readonly Ordered[],
  siblings: readonly Claim[],
): (Pick<Claim, 'verdict' | 'evidence' | 'note'> & { against: Ordered }) | undefined {
  const others = ordered.filter((o) => o.start !== figure.start).map((o) => ({ ...o, keys: draftKeys(o) }));
  const found = new Map<string, { stated: Ordered; evidence: Evidence[] }>();
  const seen = new Set<string>();
  for (const e of siblings.flatMap((s) => s.evidence)) {
    if (seen.has(e.text)) continue;
    seen.add(e.text);
    for (const stated of readOrdered(e.text))
      if (
        comparable(figure, stated) &&
        !agrees(figure, stated) &&
        !givenElsewhere(others, stated) &&
        near(figure, stated)
      ) {
        const at = found.get(stated.value) ?? { stated, evidence: [] };
        at.evidence.push(e);
        found.set(stated.value, at);
      }
  }
  if (found.size !== 1) return undefined;
  const [only] = found.values();
  if (!only) return undefined;
  const ids = [...new Set(only.evidence.flatMap((e) => e.citations.map((x) => x.id)))];
  return {
    verdict: 'contradicted',
    evidence: only.evidence,
    note: `coverage: ${only.stated.text} [${ids.join(', ')}]`,
    against: only.stated,
  };
}

/** True when one of a draft sentence's figures of order (`others`, with their draft keys) says what a stated one says. */
function givenElsewhere(others: readonly Ordered[], stated: Ordered): boolean {
  return others.some((o) => comparable(o, stated) && agrees(o, stated));
}

/** A bare number is ruled out only by one at most this many times larger or smaller: a changed figure is one of its size. */
const MAX_RATIO = 10;

/** True when a coverage figure could be the draft's changed: for a bare number, one of its size ("24" for "26", not "150" for "2,838"). */
function near(figure: Ordered, stated: Ordered): boolean {
  if (figure.sort !== 'number') return true;
  const a = Number(figure.value);
  const b = Number(stated.value);
  // One written in words ("two"), the other in digits ("20"): a changed figure keeps its form, so
  // only one of about its size is it changed.
  const ratio = IN_WORDS.test(figure.text) !== IN_WORDS.test(stated.text) ? MAX_FORM_RATIO : MAX_RATIO;
  return a > 0 && b > 0 && Math.max(a, b) / Math.min(a, b) <= ratio;
}
/** A number written as a word. */
const IN_WORDS = /^\p{L}/u;
/** A number in words is ruled out by one in digits (or the other way) at most this many times larger or smaller. */
const MAX_FORM_RATIO = 2;

const SORT_NAMES: Record<Ordered['sort'], string> = {
  date: 'date',
  rank: 'rank',
  score: 'score or odds',
  number: 'number',
};

/** The sentences of some facts, each once, citing every article that states it. */
function evidenceOf(index: FactIndex, facts: readonly Stated[]): Evidence[] {
  const by = new Map<string, Set<string>>();
  for (const f of facts) by.set(f.text, (by.get(f.text) ?? new Set()).add(f.articleId));
  return [...by.entries()].map(([text, ids]) => ({ text, citations: citationsOf(index, ids) }));
}
