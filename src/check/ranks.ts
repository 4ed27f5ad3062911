/**
 * Ranks and ordinals stated as claims: "third seed", "seventh-seeded", "world number one",
 * "third ATP title", "12th year", "48th minute", "fourth-biggest", "dropped to fourth", "eighth
 * place". Each is read as a rank (3) and what it ranks (seed, number, title, year, biggest, place),
 * the noun that two ranks must share to be compared. Pure functions.
 */
import { stem } from '../facts/terms.js';
import { type Ordered, orderedAt } from './ordered.js';

const ORDINAL_WORDS = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
  'twentieth',
];
const NUMBER_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const ORDINAL = String.raw`(?:${ORDINAL_WORDS.join('|')}|\d{1,3}(?:st|nd|rd|th))`;

/**
 * A place in a list, chart, table or race, however it is written: "number two", "No 7", "third
 * place", "in fifth position", "came third", "dropped to 15th", "Grey 3rd". One key, so "came
 * 2nd" compares with "at number two" and "No 21" with "in 19th place"; a world ranking ("world
 * number one", "ranked 106th") is not a place in one list and keeps its own.
 */
export const POSITION = 'position';
const placeKeys = (first: 'place' | 'number') => [first, POSITION];

/**
 * After an ordinal in digits (or in words, from MIN_BARE_WORD) that names no noun ("was 3rd with $10m", "came in 5th", "up from 14th",
 * "Grey 3rd."): the ordinal is a place. Not before a part of a period ("the 3rd quarter"), "of"
 * ("the 3rd of May") or a month (dates read those); "the 2nd time" ranks times (see NOT_RANKED).
 */
const BARE_AFTER =
  /^(?:\s*(?:[.,;:)]|$)|\s+(?:with|in|and|after|from|to|at|on|behind|ahead|place|last|this|for|but|while|when|as|is|was|were|has|had))/i;
/**
 * The least rank an ordinal in words that names no noun ("put him fifth on the list", "was second
 * with 20 points") is read at as a place, as one in digits is. Not "first": "the first to", "first
 * in" tell an order of events, not a place (check-34b, TRAIN drafts: from "second" +14 right, none
 * falls; "first" adds nothing).
 */
const MIN_BARE_WORD = 2;
const MONTH_AFTER = /^\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

/** The rank an ordinal or a number names: "third" and "3rd" are 3, "one" is 1. */
export function rankOf(word: string): number | undefined {
  const lower = word.toLowerCase();
  const n = ORDINAL_WORDS.indexOf(lower);
  if (n >= 0) return n + 1;
  const w = NUMBER_WORDS.indexOf(lower);
  if (w >= 0) return w + 1;
  const d = /^(\d{1,3})(?:st|nd|rd|th)?$/.exec(lower);
  return d ? Number(d[1]) : undefined;
}

/**
 * Words after an ordinal that do not say what it ranks: parts of a period ("the third quarter",
 * "the second half"), which the claims layer reads as moments, and words between an ordinal and its
 * noun. "Time" is ranked: "for the 2nd time" is a count of times, compared only with others.
 */
const NOT_RANKED = new Set([
  'times',
  'quarter',
  'half',
  'of',
  'and',
  'or',
  'in',
  'to',
  'with',
  'for',
  'at',
  'on',
  'a',
  'the',
  'as',
]);
/** Adjectives that may stand between an ordinal and its noun ("10th straight win", "second successive title"). */
const BETWEEN =
  /^(?:straight|successive|consecutive|successive|major|biggest|largest|overall|\p{Lu}[\p{L}-]*)$/u;

const RANKS = new RegExp(
  String.raw`\b(?:(?:world\s+)?(?:number|no\.?)\s+(one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\b|(?:(to|into|finish(?:ed|es|ing)?|came|come|comes|coming|placed|seeded|ranked)\s+(?:in\s+)?(?:at\s+)?)?(${ORDINAL})(?:[\s-]+(seed(?:ed)?|placed?|position|spot)\b)?(?:-(\p{L}+est)\b)?)`,
  'giu',
);

/**
 * The key of a run of wins, months or years without a break, however it is worded: "10th straight
 * win", "14th consecutive expansion", "second successive title", "fifth win in a row", "12th year
 * running". Two ranks in a run compare whatever noun each gives ("21st straight month" and "19th
 * consecutive expansion").
 */
export const RUN_KEY = 'run';

/** Adjectives of a run before the noun. */
const RUN_BEFORE = /^(?:straight|successive|consecutive)$/i;

/** Words of a run after the noun: "in a row", "running", "on the trot". */
const RUN_AFTER = /^\s+(?:in\s+a\s+row|running|on\s+the\s+trot)\b/i;

/** Superlatives of size that rank one thing: "third-biggest" and "third largest" are one rank. */
const SIZE = /^(?:biggest|largest)$/i;

/** What a word after an ordinal ranks: its stem, or "biggest" for every superlative of size. */
function rankedKey(word: string): string {
  return SIZE.test(word) ? 'biggest' : stem(word.toLowerCase());
}

/** Words after an ordinal that say what happened, not what it ranks ("the tenth had"). */
const VERBS = new Set([
  'is',
  'was',
  'were',
  'are',
  'has',
  'had',
  'have',
  'will',
  'would',
  'could',
  'can',
  'said',
  'says',
  'who',
  'which',
  'that',
  'this',
]);

/** Before a fraction ("a third of", "one fifth of"): no rank. */
const FRACTION_BEFORE = /\b(?:a|one|two|three)[\s-]$/i;

/** Before "second" as a unit of time ("a tenth of a second", "a split second", "per second"): no rank. */
const TIME_SECOND_BEFORE = /\b(?:of\s+an?|split|per)\s+$/i;

/** "Ranked 106 in the world", "ranked number 12": a place in a ranking written as a cardinal. */
const RANKED = /\branked\s+(?:number\s+|no\.?\s+)?(\d{1,4})\b(?![.,]\d|\s*(?:%|per\s*cent))/gi;

/** The ranks a sentence states, each with what it ranks. */
export function readRanks(sentence: string): Ordered[] {
  const out: Ordered[] = [];
  for (const m of sentence.matchAll(RANKED)) out.push(orderedAt('rank', m, ['number'], String(Number(m[1]))));
  for (const m of sentence.matchAll(RANKS)) {
    const start = m.index;
    const end = m.index + m[0].length;
    if (m[1]) {
      // "number one", "No 7": a place in a list or a chart; "world number 12" a world ranking.
      const rank = rankOf(m[1]);
      const keys = /^world/i.test(m[0]) ? ['number'] : placeKeys('number');
      if (rank !== undefined) out.push({ sort: 'rank', text: m[0], start, end, keys, value: String(rank) });
      continue;
    }
    const rank = rankOf(m[3] ?? '');
    if (rank === undefined) continue;
    if (
      FRACTION_BEFORE.test(sentence.slice(Math.max(0, start - 6), start)) &&
      /^s?\s+of\b/.test(sentence.slice(end))
    )
      continue;
    if (
      /^second$/i.test(m[3] ?? '') &&
      TIME_SECOND_BEFORE.test(sentence.slice(Math.max(0, start - 8), start))
    )
      continue;
    if (m[4]) {
      const keys = m[4].toLowerCase().startsWith('seed') ? ['seed'] : placeKeys('place');
      out.push({ sort: 'rank', text: m[0], start, end, keys, value: String(rank) });
      continue;
    }
    if (m[5]) {
      out.push({
        sort: 'rank',
        text: m[0],
        start,
        end,
        keys: [rankedKey(m[5])],
        value: String(rank),
      });
      continue;
    }
    if (m[2]) {
      // "dropped to fourth", "slid into third", "finished third": a place in a table, chart or race;
      // "seeded seventh" a seed, "ranked 106th" a place in a ranking (a world number).
      const verb = m[2].toLowerCase();
      const keys = verb === 'seeded' ? ['seed'] : verb === 'ranked' ? ['number'] : placeKeys('place');
      out.push({ sort: 'rank', text: m[0], start, end, keys, value: String(rank) });
      continue;
    }
    // "third ATP title", "12th year", "48th minute", "tenth Budget": what it ranks is the next word;
    // past a name or an adjective of a run ("ATP", "straight"), the word after that too; joined by a
    // hyphen ("third-round", "sixth-minute") it is the noun all the same (check-35b).
    const after = /^(?:\s+|-)([\p{L}-]+)(?:\s+([\p{L}-]+))?/u.exec(sentence.slice(end));
    const keys: string[] = [];
    let reach = 0;
    for (const [i, w] of [after?.[1], after?.[2]].entries()) {
      if (!w || NOT_RANKED.has(w.toLowerCase()) || VERBS.has(w.toLowerCase())) break;
      keys.push(RUN_BEFORE.test(w) ? RUN_KEY : rankedKey(w));
      reach = i + 1;
      if (!BETWEEN.test(w)) break;
    }
    if (keys.length === 0 || !after) {
      const rest = sentence.slice(end);
      const bare = /\d/.test(m[3] ?? '') || rank >= MIN_BARE_WORD;
      if (bare && BARE_AFTER.test(rest) && !MONTH_AFTER.test(rest))
        out.push({ sort: 'rank', text: m[0], start, end, keys: placeKeys('place'), value: String(rank) });
      continue;
    }
    const words = after[0].trimStart().split(/\s+/).slice(0, reach).join(' ');
    const text = sentence.slice(start, sentence.indexOf(words, end) + words.length);
    if (!keys.includes(RUN_KEY) && RUN_AFTER.test(sentence.slice(start + text.length))) keys.push(RUN_KEY);
    out.push({ sort: 'rank', text, start, end: start + text.length, keys, value: String(rank) });
  }
  return out;
}
