/**
 * Minutes of a match: when something happened in a game, however a report words it. Prose gives
 * "in the 48th minute", "a 79th-minute own goal", "on 36 minutes", "after 19 minutes"; a match
 * report's lists give them as "Name minute": the scorers ("Ward 40, Okafor 48 pen, Hale 72.")
 * and, in the line-ups, the players brought on ("Northfield (Bloggs 63)": Bloggs came on for
 * Northfield in the 63rd minute). Each is read as a rank of the match's minutes, so a draft's "in the
 * 40th minute" is compared with the minutes the story gives, by the names and words around them.
 * Pure functions.
 */
import { stem } from '../facts/terms.js';
import type { Ordered } from './ordered.js';

/** What a minute of a match ranks: the same key "48th minute" is read with (`ranks.ts`). */
export const MINUTE_KEY = stem('minute');

/** What a substitution's minute ranks too: a draft's minute compares with it only where it speaks of one. */
export const SUBSTITUTION_KEY = 'substitution';

/** The most minutes a match runs, extra time and stoppage time included. */
const MAX_MINUTE = 130;

/** "79th-minute": an ordinal glued to "minute", which `ranks.ts` does not read. */
const HYPHENED = /\b(\d{1,3})(?:st|nd|rd|th)-minute\b/gi;

/**
 * "On 36 minutes", "after 19 minutes": a moment of the match. Not "after 10 minutes of talks"
 * nor "on 10 minutes' notice", and not a span counted from another moment ("10 minutes later",
 * "with six minutes remaining").
 */
const ON_MINUTES =
  /\b(?:on|after)\s+(\d{1,3})\s+minutes\b(?!\s*(?:later|remaining|left|to go|before|after|into|of|['’]))/gi;

/** A player's name in a match report's list: one to three capitalised words. */
const PLAYER = String.raw`\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){0,2}`;

/** One entry of a list of scorers: a name (one to three capitalised words) and a minute, "pen" or "og" after it. */
const ENTRY = String.raw`${PLAYER}\s\d{1,3}(?:\s(?:pen|og))?`;

/** A whole sentence that is a list of scorers, after a label or not: "Goals: Grey 79 og, Okafor 107, Ward 112." */
const SCORERS = new RegExp(
  String.raw`^\s*(?:\p{L}+(?:\s\p{L}+)?\s*:|:)?\s*${ENTRY}(?:\s*,\s*${ENTRY})*\s*\.?\s*$`,
  'u',
);

/** One scorer of such a list, its minute in group 1. */
const SCORER = new RegExp(String.raw`${PLAYER}\s(\d{1,3})(?:\s(?:pen|og))?`, 'gu');

/** A player brought on in a line-up, after the one he replaced: "Northfield (Bloggs 63)". */
const BROUGHT_ON = new RegExp(String.raw`\(${PLAYER}\s(\d{1,3})\)`, 'gu');

/** Words that say a draft's minute is a substitution's: "was substituted after 87 minutes", "replaced on 48 minutes". */
const SUBSTITUTING = /\b(?:substitut\w*|replac\w*|brought (?:on|off)|came on|taken off|went off|gave way)\b/i;

/**
 * A minute as read: a rank of the match's minutes (of a substitution too where the sentence speaks
 * of one). In a list its span is the number alone, so the name before it counts as a word around it.
 */
function minute(text: string, start: number, value: number, keys: string[]): Ordered | undefined {
  if (value < 1 || value > MAX_MINUTE) return undefined;
  return { sort: 'rank', text, start, end: start + text.length, keys, value: String(value) };
}

/** The minute of a list's entry ("Okafor 48 pen", "(Bloggs 63)"): its number, where it stands. */
function listed(m: RegExpMatchArray & { index: number }, keys: string[]): Ordered | undefined {
  const digits = m[1] ?? '';
  const at = m.index + m[0].lastIndexOf(digits);
  const read = minute(digits, at, Number(digits), keys);
  return read && { ...read, listed: true };
}

/**
 * The minutes of a match a sentence gives that `ranks.ts` does not read: "79th-minute", "on 36
 * minutes", "after 19 minutes", each scorer of a list of scorers and each player brought on in a
 * line-up (the last only ever a substitution's).
 */
export function readMinutes(sentence: string): Ordered[] {
  const out: Array<Ordered | undefined> = [];
  const keys = SUBSTITUTING.test(sentence) ? [MINUTE_KEY, SUBSTITUTION_KEY] : [MINUTE_KEY];
  for (const m of sentence.matchAll(HYPHENED)) out.push(minute(m[0], m.index, Number(m[1]), keys));
  for (const m of sentence.matchAll(ON_MINUTES)) out.push(minute(m[0], m.index, Number(m[1]), keys));
  if (SCORERS.test(sentence)) for (const m of sentence.matchAll(SCORER)) out.push(listed(m, [MINUTE_KEY]));
  for (const m of sentence.matchAll(BROUGHT_ON)) out.push(listed(m, [SUBSTITUTION_KEY]));
  return out.filter((o): o is Ordered => o !== undefined);
}
