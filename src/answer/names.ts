/**
 * Names as phrases: the multi-word names a question holds ("Harbour Line", "Northern Steel"). A name
 * the coverage never writes as a phrase is one it has nothing on, even where its words occur apart.
 */
import { DAY, MONTH } from '../facts/months.js';
import { escapeRegExp } from '../facts/terms.js';

/** Titles before a name: not part of what must stand together. */
const HONORIFICS = /^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Prof|St)\.?$/;
/** Days and months: no part of a name. */
export const CALENDAR = new RegExp(`^(?:${DAY}|${MONTH})$`);

/** A year: no part of a name it follows. */
const YEAR = /^(?:1[89]|20)\d\d$/;

/** A word of a question, with the characters before it. */
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}.&'’-]*/gu;

/**
 * The runs of two or more capitalized words in a question (not its first word), without titles; a
 * number may end a run ("Live 8", "Channel 4"), but a year does not join one: like a month, it dates
 * what the name did ("Harbour Re 2004 claims", "the Zed 2005 list"). A possessive ends a run ("Ann Grey's Harbour" is two
 * names), and so does anything between two words but a space, or a word mixing letters and digits
 * ("B737s": such forms vary too much to hold to). With `firstToo` (silent-32), the first word may
 * open a run too: a question typed in lower case whose first word the coverage writes as a name
 * ("xbox 360 launch price": "Xbox 360").
 */
export function namesInQuestion(question: string, firstToo = false): string[] {
  const names: string[] = [];
  let run: string[] = [];
  let end = -1;
  const flush = () => {
    if (run.length >= 2) names.push(run.join(' '));
    run = [];
  };
  let first = !firstToo;
  for (const m of question.matchAll(WORD)) {
    const possessive = /['’]s$/.test(m[0]);
    const word = m[0].replace(/['’]s$/, '').replace(/\.$/, '');
    if (end >= 0 && !/^ +$/.test(question.slice(end, m.index))) flush();
    end = m.index + m[0].length;
    const capitalized = !first && /^\p{Lu}[\p{L}\p{M}.&'’-]*$/u.test(word);
    const number = /^\d+$/.test(word) && run.length > 0;
    first = false;
    if (!(capitalized || number) || HONORIFICS.test(word) || CALENDAR.test(word) || YEAR.test(word)) {
      flush();
      continue;
    }
    run.push(word);
    if (possessive || number) {
      flush();
      end = -1;
    }
  }
  flush();
  return names;
}

/** True when the stems stand next to each other, in order, somewhere in `terms`. */
export function adjacent(terms: readonly string[], phrase: readonly string[]): boolean {
  for (let i = 0; i + phrase.length <= terms.length; i++)
    if (phrase.every((s, k) => terms[i + k] === s)) return true;
  return false;
}

/**
 * Share of a word's capitalised occurrences that must end a name (be followed by no capitalised
 * word) for the word to be a name of its own: "Grey" ends "Tom Grey said", "Ann" rarely ends one.
 */
export const NAME_END_SHARE = 0.5;

/** Fewest capitalised occurrences of a word before its share of name ends is trusted. */
export const NAME_END_MIN = 2;

/**
 * True when `texts` write `word` with its capital as a name of its own: at least NAME_END_MIN
 * times, and in at least NAME_END_SHARE of them followed by no capitalised word nor number
 * ("Acme's chief", "Grey scored"; not "Zedbox 360"). A question's run of such a name and a known word after it
 * ("Grey Ruritania", "Acme Zedco") is two names run together, not one. Pure.
 */
export function endsNames(texts: Iterable<string>, word: string): boolean {
  const escaped = escapeRegExp(word);
  const at = new RegExp(
    `(?<![\\p{L}\\p{N}])${escaped}(?:['’]s)?(?![\\p{L}\\p{N}])( +[\\p{Lu}\\p{N}])?`,
    'gu',
  );
  let total = 0;
  let ends = 0;
  for (const text of texts)
    for (const m of text.matchAll(at)) {
      total++;
      if (m[1] === undefined) ends++;
    }
  return total >= NAME_END_MIN && ends >= total * NAME_END_SHARE;
}

/**
 * True when `texts` write `word` with its capital inside a sentence (after a lower-case word or a
 * comma) at least NAME_END_MIN times: a name, not a common word capitalised by a question
 * ("Begins"). Pure.
 */
export function writtenAsName(texts: Iterable<string>, word: string): boolean {
  if (!/^\p{Lu}/u.test(word)) return false;
  const escaped = escapeRegExp(word);
  const at = new RegExp(`(?:(?<!\\p{L})\\p{Ll}+|,) ${escaped}(?![\\p{L}\\p{N}])`, 'gu');
  let total = 0;
  for (const text of texts) for (const _ of text.matchAll(at)) if (++total >= NAME_END_MIN) return true;
  return false;
}
