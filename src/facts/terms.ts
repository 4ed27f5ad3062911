import { stem as porter2 } from 'porter2';
import { keep } from './kept.js';

/** A word or number of a text, as the index and the questions read it. */
export interface Term {
  /** Lower-case Porter2 stem ("valued" -> "valu"); a number without its thousands commas. */
  stem: string;
  /** As written. */
  text: string;
  /** Where it starts in the text. */
  start: number;
}

const WORD = /\d+(?:[.,]\d+)*|[\p{L}\p{M}]+(?:['’]\p{L}+)?/gu;
const stems = new Map<string, string>();

/**
 * The Porter2 (Snowball English) stem of a word, lower-cased, a typographic apostrophe read as "'";
 * remembered, since a corpus repeats its words, so that equal stems are one string.
 */
/** `s` as a regular expression matches it: its special characters escaped. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function stem(word: string): string {
  let found = stems.get(word);
  if (found === undefined) {
    const lower = lowered(word);
    found = stems.get(lower) ?? stemOfLower(lower);
    if (stems.size < 500_000) stems.set(word, found);
  }
  return found;
}

/** A word lower-cased, a typographic apostrophe read as "'". */
export const lowered = (word: string) => word.toLowerCase().replace(/’/g, "'");

/** The stem of a lowered word: a number without its thousands commas, else its Porter2 stem. */
export const stemOfLower = (lower: string) => (/^\d/.test(lower) ? lower.replace(/,/g, '') : porter2(lower));

/** As stem(), without remembering the word: for a caller that keeps its own table of words. */
export const stemAfresh = (word: string): string => stemOfLower(lowered(word));

/**
 * How many texts' terms termsOf remembers: a draft check reads the same candidate sentences for
 * each of its figures and each reading (bench:check: 25,000 calls a run, 10,000 distinct texts).
 */
export const TERMS_KEPT = 4096;
/** The longest text termsOf remembers (a sentence is shorter): a long message is read afresh, not kept. */
export const TERMS_KEPT_LENGTH = 2000;
const termsKept = new Map<string, readonly Readonly<Term>[]>();

/**
 * The words and numbers of a text with their stems: the one tokenizer of facts, queries and the
 * vocabulary, so that they always agree. "cross-border" is two terms, "Vantor's" one ("vantor").
 * Remembered for the last TERMS_KEPT texts (of at most TERMS_KEPT_LENGTH characters), so the
 * list is shared: read-only.
 */
export function termsOf(text: string): readonly Readonly<Term>[] {
  let out = termsKept.get(text);
  if (out === undefined) {
    const terms: Term[] = [];
    // WORD itself, not matchAll's copy of it (speed-36: a copy and an iterator a text); stem uses no pattern.
    WORD.lastIndex = 0;
    for (let m = WORD.exec(text); m; m = WORD.exec(text))
      terms.push({ stem: stem(m[0]), text: m[0], start: m.index });
    WORD.lastIndex = 0;
    out = terms;
    if (text.length <= TERMS_KEPT_LENGTH) {
      // The oldest text goes first.
      keep(termsKept, TERMS_KEPT, text, out);
    }
  }
  return out;
}

/** Just the stems of a text's terms (as termsOf, without the objects: this runs on every sentence of a corpus). */
export function stemsOf(text: string): string[] {
  const out: string[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) out.push(stem(m[0]));
  WORD.lastIndex = 0;
  return out;
}
