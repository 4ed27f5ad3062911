/**
 * Bare numbers and multiples stated as claims: a number no measure word claims ("won the 400m in
 * 46.54", "became premier at 43", "intercepted just 237") and a multiple ("doubled", "tripled",
 * "five times", "a four-time champion", "three-fold"). Neither is an amount with a measure, so each
 * is compared, as dates and ranks are, with the figures of its form in the story's sentences by the
 * words around it. A number with decimals is compared with numbers with decimals, a whole number
 * with whole numbers: a changed figure keeps its form ("38.27" is written "38.72", "24" is "26").
 * A year, a number glued to a unit or a word ("400m", "35C", "18-year-old"), one inside a score or
 * a fraction ("6-3", "4/9"), and a money or percentage figure are none. Two to twenty written as a
 * word ("only five will go forward", "queued for two hours") are read as their digits, on both sides.
 * Pure functions.
 */
import { stem } from '../facts/terms.js';
import { type Ordered, orderedAt } from './ordered.js';

/** Words after a number that are not what it counts ("7.6 in Germany", "237, but", "43 and"). */
const NOT_COUNTED = new Set(
  'a an and as at but by for from in into is of on or than that the then to was were when which while who with'.split(
    ' ',
  ),
);
/** The noun right after a number, what it counts ("12 meetings", "144 days"), as a stem. */
function countedAfter(rest: string): string | undefined {
  const w = /^\s+(\p{Ll}+)\b/u.exec(rest)?.[1];
  return w && !NOT_COUNTED.has(w) ? stem(w) : undefined;
}

/**
 * A bare number: digits, with thousands separators or decimals, standing alone (no currency sign
 * or letter before it; no letter, "%", sign of a range or fraction, or scale word ("1.5 million")
 * after it).
 */
const NUMBER =
  /(?<![\p{L}\p{N}£$€¥.,/\-–:])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?![\p{L}\p{N}%/\-–:]|[.,]\d|\s*(?:per\s*cent|percent)\b|\s+(?:hundred|thousand|million|billion|trillion|bn|m|k)\b)/giu;

/**
 * "Ward, 45,": a number set off by commas after a name is its age, read with the amounts as a
 * count of years old (facts/quantities.ts), not a bare number to compare with any other.
 */
const AGE_AFTER_NAME = { before: /\p{Lu}[\p{L}'’-]+,\s$/u, after: /^,\s/ };

/**
 * "For about a year", "in exactly an hour", "up to a week": one unit of time, a span written
 * without a number, after a word that opens a span (never "£5m a year", "twice a week", "a year
 * ago", "an hour or two").
 */
const ONE_UNIT =
  /\b(?:for|over|in|within|about|around|nearly|almost|exactly|just|than|least|after|to)\s+(an?\s+(hour|day|week|fortnight|month|year|decade))\b(?!\s*(?:ago|earlier|or\b)|-|['’])/gi;

/** One unit of time as a bare number of that unit: "about a year" is 1 of years. */
function readOneUnits(sentence: string): Ordered[] {
  return [...sentence.matchAll(ONE_UNIT)].map((m) => {
    const text = m[1] ?? '';
    const start = m.index + m[0].length - text.length;
    return {
      sort: 'number' as const,
      text,
      start,
      end: start + text.length,
      keys: ['whole', `whole:${stem((m[2] ?? '').toLowerCase())}`],
      value: '1',
    };
  });
}

/** Whole numbers from this to YEAR_TO, written without separators, are years (dates.ts reads them). */
const YEAR_FROM = 1800;
const YEAR_TO = 2099;

/** Multiples by their verb: "doubled" is two-fold. */
const FOLD_VERBS: Record<string, number> = { doubl: 2, tripl: 3, trebl: 3, quadrupl: 4 };
const FOLD_VERB = /\b(doubl|tripl|trebl|quadrupl)(?:ed|es|e|ing)\b/gi;

const NUMBER_WORDS = [
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
];
/**
 * A count of times: "five times", "15 times", "a five-time champion", "a three-fold rise". "Times"
 * after a number counts occasions or a multiple ("five times as many"); either way the number of
 * times is the figure. "At times", "three times a week" read the same.
 */
const TIMES = new RegExp(
  String.raw`\b(${NUMBER_WORDS.join('|')}|\d{1,3})(?:\s+times\b|-times?\b|-?fold\b|\s+fold\b)`,
  'gi',
);

/** The number a numeral or number word names. */
function numberOf(word: string): number {
  const w = NUMBER_WORDS.indexOf(word.toLowerCase());
  return w >= 0 ? w + 1 : Number(word.replace(/,/g, ''));
}

/** The bare numbers of a sentence (not its years), each compared with numbers of its form. */
export function readNumbers(sentence: string): Ordered[] {
  const out: Ordered[] = [];
  for (const m of sentence.matchAll(NUMBER)) {
    const whole = m[1] ?? '';
    const value = numberOf(whole) + (m[2] ? Number(m[2]) : 0);
    if (!m[2] && !whole.includes(',') && value >= YEAR_FROM && value <= YEAR_TO) continue;
    if (
      !m[2] &&
      AGE_AFTER_NAME.before.test(sentence.slice(Math.max(0, m.index - 40), m.index)) &&
      AGE_AFTER_NAME.after.test(sentence.slice(m.index + m[0].length))
    )
      continue;
    const form = m[2] ? 'decimal' : 'whole';
    const noun = countedAfter(sentence.slice(m.index + m[0].length));
    // Its form, then its form and noun (none: "whole:"); a draft's is compared by `draftKeys`.
    out.push(
      orderedAt(
        'number',
        m,
        [form, `${form}:${noun ?? ''}`],
        String(m[2] ? Number(`${whole.replace(/,/g, '')}${m[2]}`) : value),
      ),
    );
  }
  out.push(...readOneUnits(sentence));
  // Numbers written as words, two to twenty ("only five will go forward", "six UK hits"), as their digits.
  for (const m of sentence.matchAll(WORD_NUMBER)) {
    if (ROUGH_BEFORE.test(sentence.slice(Math.max(0, m.index - 20), m.index))) continue;
    const noun = countedAfter(sentence.slice(m.index + m[0].length));
    out.push(orderedAt('number', m, ['whole', `whole:${noun ?? ''}`], String(numberOf(m[1] ?? ''))));
  }
  return out.sort((a, b) => a.start - b.start);
}

/** "An hour or two", "a day or two": a rough span, no figure. */
const ROUGH_BEFORE = /\ban?\s+\p{L}+\s+or\s+$/iu;
/**
 * A number from two to twenty written as a word, standing alone: not part of a compound ("two-day",
 * "twenty-five") or a scale ("six million", "five per cent"); "one" is too common a word to be a figure.
 */
const WORD_NUMBER = new RegExp(
  String.raw`(?<![-\p{L}])(${NUMBER_WORDS.slice(1).join('|')})(?![-\p{L}]|\s+(?:hundred|thousand|million|billion|trillion|per\s*cent|percent|o'clock)\b)`,
  'giu',
);

/**
 * What a draft's bare number is compared by: one with the noun it counts ("12 meetings") with
 * numbers of that noun or of none ("184,000 jobs" with "added 148,000"), never with those counting
 * something else ("4 models"); one without a noun ("at 43", "in 46.54") with any number of its form.
 */
export function draftKeys(n: Ordered): readonly string[] {
  if (n.sort !== 'number') return n.keys;
  const [form, counted] = n.keys;
  if (!counted || counted.endsWith(':')) return form ? [form] : n.keys;
  return [counted, `${form}:`];
}

/** "Twice" and "thrice": two and three times. */
const TIMES_WORD = /\b(twice|thrice)\b/gi;
const TIMES_WORDS: Record<string, number> = { twice: 2, thrice: 3 };

/** The multiples of a sentence: "doubled" (2), "five times" (5), "four-time" (4), "twice" (2). */
export function readMultiples(sentence: string): Ordered[] {
  const out: Ordered[] = [];
  for (const m of sentence.matchAll(FOLD_VERB)) {
    const fold = FOLD_VERBS[(m[1] ?? '').toLowerCase()];
    if (fold === undefined) continue;
    out.push(orderedAt('number', m, ['fold'], String(fold)));
  }
  for (const m of sentence.matchAll(TIMES)) {
    const fold = /fold/i.test(m[0]);
    out.push(orderedAt('number', m, [fold ? 'fold' : 'times'], String(numberOf(m[1] ?? ''))));
  }
  for (const m of sentence.matchAll(TIMES_WORD))
    out.push(orderedAt('number', m, ['times'], String(TIMES_WORDS[(m[1] ?? '').toLowerCase()])));
  return out;
}
