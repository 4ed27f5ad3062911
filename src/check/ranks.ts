/**
 * Ranks and ordinals stated as claims: "third seed", "seventh-seeded", "world number one",
 * "third ATP title", "12th year", "48th minute", "fourth-biggest", "dropped to fourth", "eighth
 * place". Each is read as a rank (3) and what it ranks (seed, number, title, year, biggest, place),
 * the noun that two ranks must share to be compared. Pure functions.
 */
import { stem } from '../facts/terms.js';
import type { Ordered } from './orders.js';

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
 * Words after an ordinal that do not say what it ranks: time ("the first time"), parts of a period
 * ("the third quarter", "the second half"), which the claims layer reads as moments, and words
 * between an ordinal and its noun.
 */
const NOT_RANKED = new Set([
  'time',
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
  String.raw`\b(?:(?:world\s+)?(?:number|no\.?)\s+(one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\b|(?:(to|into)\s+)?(${ORDINAL})(?:[\s-]+(seed(?:ed)?|place|position|spot)\b)?(?:-(\p{L}+est)\b)?)`,
  'giu',
);

/** A fraction ("a third of", "two-thirds") is no rank. */
const FRACTION_BEFORE = /\b(?:a|one|two|three)[\s-]$/i;

/** The ranks a sentence states, each with what it ranks. */
export function readRanks(sentence: string): Ordered[] {
  const out: Ordered[] = [];
  for (const m of sentence.matchAll(RANKS)) {
    const start = m.index;
    const end = m.index + m[0].length;
    if (m[1]) {
      // "number one", "world number 12": a place in a list or a chart.
      const rank = rankOf(m[1]);
      if (rank !== undefined)
        out.push({ sort: 'rank', text: m[0], start, end, keys: ['number'], value: String(rank) });
      continue;
    }
    const rank = rankOf(m[3] ?? '');
    if (rank === undefined) continue;
    if (FRACTION_BEFORE.test(sentence.slice(Math.max(0, start - 6), start))) continue;
    if (m[4]) {
      const noun = m[4].toLowerCase().startsWith('seed') ? 'seed' : 'place';
      out.push({ sort: 'rank', text: m[0], start, end, keys: [noun], value: String(rank) });
      continue;
    }
    if (m[5]) {
      out.push({
        sort: 'rank',
        text: m[0],
        start,
        end,
        keys: [stem(m[5].toLowerCase())],
        value: String(rank),
      });
      continue;
    }
    if (m[2]) {
      // "dropped to fourth", "slid into third": a place in a table or chart.
      out.push({ sort: 'rank', text: m[0], start, end, keys: ['place'], value: String(rank) });
      continue;
    }
    // "third ATP title", "12th year", "48th minute": the noun after it, past capitalised words and
    // adjectives of a run.
    const after = sentence.slice(end).match(/^\s+([\p{L}-]+)(?:\s+([\p{L}-]+))?(?:\s+([\p{L}-]+))?/u);
    const words = [after?.[1], after?.[2], after?.[3]].filter((w): w is string => !!w);
    let noun: string | undefined;
    let used = 0;
    for (const w of words) {
      used++;
      if (NOT_RANKED.has(w.toLowerCase())) break;
      if (BETWEEN.test(w) && used < words.length) continue;
      if (/^\p{Ll}/u.test(w) || used === words.length || !BETWEEN.test(w)) {
        noun = w;
        break;
      }
    }
    if (!noun || NOT_RANKED.has(noun.toLowerCase())) continue;
    const text = sentence.slice(start, end + (after?.[0].split(noun)[0]?.length ?? 0) + noun.length);
    out.push({
      sort: 'rank',
      text,
      start,
      end: start + text.length,
      keys: [stem(noun.toLowerCase())],
      value: String(rank),
    });
  }
  return out;
}
