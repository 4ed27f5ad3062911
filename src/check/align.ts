/**
 * Which figure of the coverage a draft's figure is about: the words around a figure say what it
 * counts ("cut 500 jobs", "500 redundancies", "pre-tax profit of $2.84bn in the fourth quarter"),
 * so two figures are about the same thing when the words near each are alike. Pure functions: a
 * figure's context is its sentence's content words weighted by nearness to it; the alignment of
 * two contexts is the rarity-weighted share of the draft's context that the other holds.
 */

import { sameWords } from '../claims/places.js';
import { HAS_NUMBER_WORD } from '../facts/number-words.js';
import type { Quantity } from '../facts/quantities.js';
import { stemsOf, termsOf } from '../facts/terms.js';
import type { Concept, Vocabulary } from '../index/vocabulary.js';

/** A figure's context: content stems, each with how near it stands to the figure (0..1]. */
export type Context = Map<string, number>;

/** How many words away a word weighs half as much as one next to the figure. */
const HALF_DISTANCE = 2;

/** Words of a figure that only scale it: not what it counts. */
const SCALE_WORDS = new Set([
  'thousand',
  'million',
  'billion',
  'trillion',
  'bn',
  'mn',
  'tn',
  'per',
  'cent',
  'percent',
]);

/** Words a concept's other words stand in for count this much ("redundancies" for "jobs"). */
export const SYNONYM_WEIGHT = 0.7;

/**
 * The forms of English verbs that change more than their ending (base, past, past participle):
 * "took" and "taking", "grew" and "grown" are one verb, which stems alone do not say. Forms that
 * are as often other words ("left", "found", "met", "said") are left out.
 */
const IRREGULAR_VERBS = [
  'begin began begun',
  'break broke broken',
  'bring brought',
  'build built',
  'buy bought',
  'choose chose chosen',
  'come came',
  'deal dealt',
  'draw drew drawn',
  'drive drove driven',
  'fall fell fallen',
  'fight fought',
  'fly flew flown',
  'freeze froze frozen',
  'get got gotten',
  'give gave given',
  'go went gone',
  'grow grew grown',
  'hold held',
  'keep kept',
  'know knew known',
  'lead led',
  'lend lent',
  'lose lost',
  'make made',
  'overtake overtook overtaken',
  'pay paid',
  'rise rose risen',
  'run ran',
  'see saw seen',
  'seek sought',
  'sell sold',
  'send sent',
  'shrink shrank shrunk',
  'sink sank sunk',
  'speak spoke spoken',
  'spend spent',
  'stand stood',
  'steal stole stolen',
  'strike struck',
  'swing swung',
  'take took taken',
  'tell told',
  'think thought',
  'win won',
  'write wrote written',
];

/** Each stem of a line's words -> the stems of the line's other words (lines of words of one sense). */
function othersByStem(lines: readonly string[]): ReadonlyMap<string, readonly string[]> {
  const others = new Map<string, string[]>();
  for (const line of lines) {
    const stems = [...new Set(line.split(' ').flatMap((w) => stemsOf(w)))];
    for (const s of stems)
      others.set(
        s,
        stems.filter((o) => o !== s),
      );
  }
  return others;
}

/** Each stem of an irregular verb's form -> the stems of its other forms. */
const VERB_FORMS = othersByStem(IRREGULAR_VERBS);

/** The greatest of `least` and the weights (times `times`) a context gives words, in order. */
function mostOf(
  context: { get(stem: string): number | undefined },
  words: readonly string[],
  least: number,
  times: number,
): number {
  let most = least;
  for (let i = 0; i < words.length; i++)
    most = Math.max(most, (context.get(words[i] as string) ?? 0) * times);
  return most;
}

/** How many words' place names (see placeNamesOf) are remembered before they are read afresh. */
const PLACE_NAMES_KEPT = 10_000;
const placeNames = new Map<string, readonly string[]>();

/** A word and its place's other names (`sameWords`), remembered: alignment asks for every word it weighs. */
function placeNamesOf(stem: string): readonly string[] {
  let names = placeNames.get(stem);
  if (!names) {
    if (placeNames.size >= PLACE_NAMES_KEPT) placeNames.clear();
    names = sameWords(stem);
    placeNames.set(stem, names);
  }
  return names;
}

/** No words: one list shared, never changed (alignment asks for a word's others for every word it weighs). */
const NO_WORDS: readonly string[] = Object.freeze([]);

/** The stems of a verb's other forms ("took" for "take", "grew" and "grown" for "grow"); none for other words. */
export function verbForms(stem: string): readonly string[] {
  return VERB_FORMS.get(stem) ?? NO_WORDS;
}

/**
 * Where a text writes a mark that parts clauses (a comma, a semicolon, a colon, a bracket, an em or
 * en dash), in order: a figure's context counts those between each word and the figure from them,
 * rather than running a pattern on the text between (a sentence has a few such marks).
 */
function clauseMarksOf(text: string): number[] {
  const marks: number[] = [];
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 44 || c === 59 || c === 58 || c === 40 || c === 41 || c === 0x2014 || c === 0x2013)
      marks.push(k);
  }
  return marks;
}

/** How many of the marks stand in [from, to). */
function marksBetween(marks: readonly number[], from: number, to: number): number {
  let n = 0;
  for (const at of marks) if (at >= from && at < to) n++;
  return n;
}

/**
 * The context of the figure at [start, end) of a text: its content words (no function words, no
 * numbers, in digits or in words, none inside the figure but the noun it counts), each weighted 1 / (1 + distance / HALF_DISTANCE) by its
 * distance in words, the nearest occurrence counting; a clause boundary between counts two words.
 */
export function contextOf(text: string, q: Pick<Quantity, 'start' | 'end'>, vocabulary: Vocabulary): Context {
  const terms = termsOf(text);
  const at = terms.findIndex((t) => t.start >= q.start);
  const first = at < 0 ? terms.length : at;
  let last = first;
  while (last < terms.length && (terms[last]?.start ?? 0) < q.end) last++;
  const context: Context = new Map();
  let marks: number[] | undefined;
  terms.forEach((t, i) => {
    if (vocabulary.unindexed.has(t.stem) || /^\d/.test(t.stem) || t.stem.length < 2) return;
    // The noun a count counts ("512,000 subscribers") says most of what it is.
    // Its number in words ("three years", "five million") is the value, not what it counts: the
    // same words in any sentence would otherwise make two figures of the same value look alike.
    if (i >= first && i < last) {
      if (!SCALE_WORDS.has(t.stem) && !HAS_NUMBER_WORD.test(t.text)) context.set(t.stem, 1);
      return;
    }
    const [from, to] = i < first ? [t.start, q.start] : [q.end, t.start];
    marks ??= clauseMarksOf(text);
    const boundaries = marksBetween(marks, from, to);
    const distance = (i < first ? first - i - 1 : i - last) + 2 * boundaries;
    const weight = 1 / (1 + distance / HALF_DISTANCE);
    if (weight > (context.get(t.stem) ?? 0)) context.set(t.stem, weight);
  });
  return context;
}

/**
 * Nouns news writing uses for one another when it counts things ("nine countries" / "seven
 * nations", "300 films" / "300 movies"): a small thesaurus of plain English, no story's words, read
 * as a measure's other words are (at SYNONYM_WEIGHT). Each line is one set; a word's other forms
 * come from its stem. Words that are as often something else ("states", "arms", "homes", "tracks",
 * "stores", "fatal") are left out.
 */
const COUNTED_NOUNS = [
  'country countries nation nations',
  'film films movie movies',
  'company companies firm firms business businesses',
  'child children kid kids youngster youngsters',
  'soldier soldiers troop troops',
  'pupil pupils student students',
  'prisoner prisoners inmate inmates',
  'ban bans suspension suspensions',
  'people person persons individual individuals',
  'match matches game games fixture fixtures',
  'vote votes ballot ballots',
  'award awards prize prizes',
  'site sites website websites',
  'shop shops store stores',
];

/** Each stem of a COUNTED_NOUNS set -> the stems of its others. */
const NOUN_SYNONYMS = othersByStem(COUNTED_NOUNS);

/** The other nouns of a counted noun's COUNTED_NOUNS set ("nation" for "countri"); none for other words. */
export function countedNounsOf(stem: string): readonly string[] {
  return NOUN_SYNONYMS.get(stem) ?? NO_WORDS;
}

/** Each vocabulary's synonym lookup, built once (`synonymsOf`). */
const synonymLists = new WeakMap<Vocabulary, (stem: string) => readonly string[]>();

/**
 * The other words of the measures a stem is a word of ("redundancies": "jobs", "staff", ...), from
 * the vocabulary's concepts, and a counted noun's others (COUNTED_NOUNS: "nations" for
 * "countries"), so that a draft's wording finds the article's. Built once a vocabulary.
 */
export function synonymsOf(vocabulary: Vocabulary): (stem: string) => readonly string[] {
  const cached = synonymLists.get(vocabulary);
  if (cached) return cached;
  const byStem = new Map<string, Set<string>>();
  for (const concept of vocabulary.concepts as readonly Concept[]) {
    const singles = concept.phrases.flatMap((p) => (p.length === 1 && p[0] ? [p[0]] : []));
    for (const s of singles) {
      const set = byStem.get(s) ?? new Set<string>();
      for (const o of singles) if (o !== s) set.add(o);
      byStem.set(s, set);
    }
  }
  for (const [s, others] of NOUN_SYNONYMS) {
    const set = byStem.get(s) ?? new Set<string>();
    for (const o of others) set.add(o);
    byStem.set(s, set);
  }
  const lists = new Map([...byStem].map(([s, set]) => [s, [...set]]));
  const synonyms = (stem: string) => lists.get(stem) ?? NO_WORDS;
  synonymLists.set(vocabulary, synonyms);
  return synonyms;
}

/**
 * How much of the draft's context the other holds, from 0 to 1: the sum over the draft's words of
 * the lesser of the two weights (a synonym's at SYNONYM_WEIGHT, a place's other name and a verb's
 * other form ("took", "taking") at full weight) times
 * the word's rarity, over the
 * draft's own total.
 */
export function alignment(
  draft: Context,
  other: Context,
  rarity: (stem: string) => number,
  synonyms: (stem: string) => readonly string[] = () => [],
): number {
  return alignedWith(preparedContext(draft, rarity, synonyms), other);
}

/**
 * A draft figure's context made ready to be aligned with many others (`alignedWith`): each word's
 * weight, rarity, other place names, verb forms and synonyms, and the context's rarity-weighted
 * total, read once rather than once per candidate. Read-only once made; valid while `rarity` gives
 * the same values (a check's rarities are read once a check).
 */
export interface PreparedContext {
  readonly stems: readonly string[];
  readonly weights: readonly number[];
  readonly rarities: readonly number[];
  readonly places: ReadonlyArray<readonly string[]>;
  readonly verbs: ReadonlyArray<readonly string[]>;
  readonly synonyms: ReadonlyArray<readonly string[]>;
  /** The sum of weight times rarity over the words, in the context's order. */
  readonly total: number;
}

/** Prepares a draft's context for `alignedWith` (see PreparedContext). */
export function preparedContext(
  draft: Context,
  rarity: (stem: string) => number,
  synonyms: (stem: string) => readonly string[] = () => [],
): PreparedContext {
  const stems: string[] = [];
  const weights: number[] = [];
  const rarities: number[] = [];
  const places: Array<readonly string[]> = [];
  const verbs: Array<readonly string[]> = [];
  const others: Array<readonly string[]> = [];
  let total = 0;
  draft.forEach((weight, stem) => {
    const r = rarity(stem);
    total += weight * r;
    stems.push(stem);
    weights.push(weight);
    rarities.push(r);
    places.push(placeNamesOf(stem));
    verbs.push(verbForms(stem));
    others.push(synonyms(stem));
  });
  return { stems, weights, rarities, places, verbs, synonyms: others, total };
}

/** Words a context does not hold that count as held at `weight` (see alignedWith). */
export interface AddedWords {
  readonly words: ReadonlySet<string>;
  readonly weight: number;
}

/** A context with words added where it lacks them, read without copying it. */
class WithAdded {
  constructor(
    private readonly context: ReadonlyMap<string, number>,
    private readonly added: AddedWords,
  ) {}
  get(stem: string): number | undefined {
    return this.context.get(stem) ?? (this.added.words.has(stem) ? this.added.weight : undefined);
  }
}

/**
 * `alignment` of a prepared draft context with another context: the same value by the same
 * operations in the same order. `added`: words the other context counts as held at a weight where
 * it lacks them, as if they were set there (the names "the firm" may stand for), without a copy.
 */
export function alignedWith(
  draft: PreparedContext,
  other: ReadonlyMap<string, number>,
  added?: AddedWords,
): number {
  const { total } = draft;
  if (total === 0) return 0;
  const their: { get(stem: string): number | undefined } = added ? new WithAdded(other, added) : other;
  let shared = 0;
  const { stems, weights, rarities, places, verbs, synonyms } = draft;
  for (let i = 0; i < stems.length; i++) {
    const weight = weights[i] as number;
    let theirs = their.get(stems[i] as string) ?? 0;
    // One place by another of its names ("britain" and "uk") is the same word.
    if (!theirs) theirs = mostOf(their, places[i] as readonly string[], theirs, 1);
    // One verb in another of its forms ("took" and "taking") is the same word.
    if (!theirs) theirs = mostOf(their, verbs[i] as readonly string[], theirs, 1);
    if (!theirs) theirs = mostOf(their, synonyms[i] as readonly string[], theirs, SYNONYM_WEIGHT);
    if (theirs) shared += Math.min(weight, theirs) * (rarities[i] as number);
  }
  return shared / total;
}
