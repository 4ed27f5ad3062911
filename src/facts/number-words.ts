/**
 * Numbers written in words: "three", "Forty three", "twenty-five", "two hundred and fifty", "a
 * dozen", "three million", read to their value. Pure functions; `quantities.ts` decides what a
 * number counts from the words around it.
 */
import { matchesOf } from './matches.js';

const SMALL: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const WORD_SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

const ONE = 'one|two|three|four|five|six|seven|eight|nine';
const TEEN = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const BELOW_100 = `(?:(?:${TENS})(?:[- ](?:${ONE}))?|${TEEN}|${ONE})`;
const BELOW_1000 = `(?:(?:${ONE}|a) hundred(?:(?: and)? ${BELOW_100})?|${BELOW_100})`;
/**
 * A number in words, longest first: half a scale ("half a million"), a number below a thousand (or
 * "a") with a scale after it ("three million", "a billion"), "a dozen" / "two dozen", or a number
 * below a thousand. "a" alone is not a number: {@link readNumberWords} leaves it out.
 */
const NUMBER_WORDS = new RegExp(
  String.raw`\b(?:half[- ]an?[- ](?:thousand|million|billion|trillion)|(?:${BELOW_1000}|a)[- ](?:thousand|million|billion|trillion)|(?:a|${BELOW_100}) dozen|${BELOW_1000})\b`,
  'gi',
);

/** True when a text may hold a number in words: a cheap test before reading it. */
/** The number words of one word, one to ninety ("seven", "seventeen", "seventy"): a regex alternation. */
export const WORD_NUMBERS = `${ONE}|${TEEN}|${TENS}`;
export const HAS_NUMBER_WORD = new RegExp(String.raw`\b(?:${ONE}|${TEEN}|${TENS}|hundred|dozen)\b`, 'i');

/** A number written in words: where it stands, its value, and its scale word's size (1 without). */
export interface NumberWords {
  start: number;
  end: number;
  value: number;
  /** The size of the scale word it ends with ("three million": 1e6), else 1: the precision stated. */
  scale: number;
}

/** The value of a number in words ("forty three", "two hundred and five", "a dozen", "three million"). */
export function valueOfWords(words: string): number {
  let total = 0;
  let current = 0;
  // "half a million": half the scale.
  const half = /^half[\s-]/i.test(words);
  if (half) return valueOfWords(words.replace(/^half[\s-]/i, '')) / 2;
  for (const word of words.toLowerCase().split(/[\s-]+/)) {
    if (word === 'a' || word === 'an') current = 1;
    else if (word === 'and') continue;
    else if (word === 'hundred') current = (current || 1) * 100;
    else if (word === 'dozen') current = (current || 1) * 12;
    else if (WORD_SCALES[word] !== undefined) {
      total += (current || 1) * WORD_SCALES[word];
      current = 0;
    } else current += SMALL[word] ?? 0;
  }
  return total + current;
}

/** Every number a text writes in words, in order. */
export function readNumberWords(text: string): NumberWords[] {
  if (!HAS_NUMBER_WORD.test(text) && !/\ban?[- ](?:thousand|million|billion|trillion|dozen)\b/i.test(text))
    return [];
  const out: NumberWords[] = [];
  for (const m of matchesOf(NUMBER_WORDS, text)) {
    const words = m[0];
    const last = /(thousand|million|billion|trillion)$/i.exec(words)?.[1]?.toLowerCase();
    // "half a million" is stated to half its scale word.
    const halved = /^half/i.test(words) ? 2 : 1;
    out.push({
      start: m.index,
      end: m.index + words.length,
      value: valueOfWords(words),
      scale: last ? (WORD_SCALES[last] ?? 1) / halved : 1,
    });
  }
  return out;
}
