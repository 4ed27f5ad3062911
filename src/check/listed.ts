/**
 * A count the draft spells out by the names it lists: "Four technology firms, Northco, Westco,
 * Eastco and Southco, ..." or "the two big rivals, Alpha and Beta": the count is the list's length,
 * so the coverage states it where it names each of the listed names, however it counts them
 * ("the four firms", or no count at all). Pure functions (check-35).
 */
import { valueOfWords } from '../facts/number-words.js';

/** The counts a list spells out: two to ten, in words (`valueOfWords`) or digits. */
const MIN_LISTED = 2;
const MAX_LISTED = 10;

/** The words between a count and its list: the noun counted and its adjectives, at most this many. */
const MAX_NOUN_WORDS = 5;

/** One name of a list: capitalised words, "the" before them, "of"/"de" between ("the Bank of Ostland"). */
const NAME = String.raw`(?:the\s+)?\p{Lu}[\p{L}\p{N}'’.&-]*(?:\s+(?:of\s+(?:the\s+)?|de\s+)?\p{Lu}[\p{L}\p{N}'’.&-]*)*`;
/** A list of names right after the count's noun and a comma, colon or bracket: "A, B and C". */
const LISTED = new RegExp(
  String.raw`^(?:[\p{L}'’]+(?:-[\p{L}'’]+)*\s+){0,${MAX_NOUN_WORDS - 1}}[\p{L}'’]+(?:-[\p{L}'’]+)*\s*[,:(]\s*(${NAME}(?:\s*,\s*${NAME})*\s*,?\s+and\s+${NAME})`,
  'u',
);

/** The count a figure's text writes ("Four", "three-nation", "2"), or undefined. */
export function countOf(figure: string): number | undefined {
  const first = /^[\p{L}\p{N}]+/u.exec(figure.trim())?.[0]?.toLowerCase();
  if (!first) return undefined;
  const n = /^\d+$/.test(first) ? Number(first) : valueOfWords(first) || undefined;
  return n !== undefined && n >= MIN_LISTED && n <= MAX_LISTED ? n : undefined;
}

/**
 * The names a draft sentence lists right after a count of `count` (`rest`: the sentence from the
 * count's first word on, "Four technology firms, Northco, Westco, Eastco and Southco, are ..."),
 * when there are exactly that many; else undefined. A count glued to its noun ("three-nation")
 * names the noun in the same word.
 */
export function listedNames(rest: string, count: number): string[] | undefined {
  const after = rest.replace(/^[\p{L}\p{N}]+(?:-(?=\p{L}))?/u, '').replace(/^\s+/, '');
  const m = LISTED.exec(after);
  if (!m?.[1]) return undefined;
  const names = m[1]
    .split(/\s*,\s*(?:and\s+)?|\s+and\s+/)
    // A sentence's full stop after the last name is none of it.
    .map((n) =>
      n
        .replace(/^the\s+/, '')
        .replace(/\.$/, '')
        .trim(),
    )
    .filter((n) => n.length > 0);
  return names.length === count ? names : undefined;
}

/** True when `text` names `name` as a whole word (or words). */
export function names(text: string, name: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').test(text);
}
