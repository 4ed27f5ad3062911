// The model's own stemmer, without loading the model: start-up does not need it.
import porter2 from 'wink-eng-lite-web-model/dist/porter-stemmer.js';

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

/** The Porter2 stem of a word (wink's), lower-cased; remembered, since a corpus repeats its words. */
export function stem(word: string): string {
  let found = stems.get(word);
  if (found === undefined) {
    const lower = word.toLowerCase();
    found = stems.get(lower) ?? (/^\d/.test(lower) ? lower.replace(/,/g, '') : porter2(lower));
    if (stems.size < 500_000) stems.set(word, found);
  }
  return found;
}

/**
 * The words and numbers of a text with their stems: the one tokenizer of facts, queries and the
 * vocabulary, so that they always agree. "data-labeling" is two terms, "Meta's" one ("meta").
 */
export function termsOf(text: string): Term[] {
  const out: Term[] = [];
  for (const m of text.matchAll(WORD)) out.push({ stem: stem(m[0]), text: m[0], start: m.index });
  return out;
}

/** Just the stems of a text's terms (as termsOf, without the objects: this runs on every sentence of a corpus). */
export function stemsOf(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(WORD)) out.push(stem(m[0]));
  return out;
}
