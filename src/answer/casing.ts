/**
 * A question written without capitals ("how long a jail term did martha stewart get") gives no
 * sign of which of its words are names, and every rule that reads a name by its capital (a name its
 * answer's article never writes, names no article holds together) passes it by. Its words are given
 * the capitals the coverage writes them with, where the coverage writes them as names: with a
 * capital inside its sentences, nearly always. A question with a capital after its first letter is
 * read as written: its writer said which words are names.
 */
import { escapeRegExp, stem } from '../facts/terms.js';
import type { FactIndex } from '../index/fact-index.js';
import type { Vocabulary } from '../index/vocabulary.js';

/** Fewest mid-sentence uses of a word in the coverage before its case is trusted. */
export const CASE_MIN = 3;
/** The share of its mid-sentence uses a word must be capitalized in to be a name. */
export const CASE_SHARE = 0.9;
/** The most sentences of a word read for its case (the first the index gives). */
const CASE_SAMPLE = 60;
/** Lower-case uses inside sentences after which a word is no name: reading stops there. */
const LOWER_ENOUGH = 6;

/** A word of a question: letters, with inner hyphens, dots and apostrophes ("t-mobile", "o'neill"). */
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}.&'’-]*/gu;

/** True when the text holds no capital after its first character. */
export function uncased(text: string): boolean {
  return !/\p{Lu}/u.test(text.slice(1));
}

/**
 * How the coverage writes `word` inside sentences, not at a sentence's start nor after a quote:
 * the capitalized form it writes most, when at least CASE_MIN uses are read and CASE_SHARE of them
 * are capitalized; undefined otherwise. `texts` are the sentences that hold it.
 */
export function caseWritten(texts: Iterable<string>, word: string): string | undefined {
  const at = new RegExp(`(?<![\\p{L}\\p{N}'’-])${escapeRegExp(word)}(?![\\p{L}\\p{N}-])`, 'giu');
  let total = 0;
  let lower = 0;
  const capitalized = new Map<string, number>();
  for (const text of texts)
    for (const m of text.matchAll(at)) {
      // A sentence's first word, or one after a quote or a bracket, is capitalized by style.
      const before = text.slice(0, m.index).trimEnd();
      if (before === '' || /[.!?:"“‘(]$/u.test(before)) continue;
      total++;
      if (m[0].split(' ').every((part) => /^\p{Lu}/u.test(part)))
        capitalized.set(m[0], (capitalized.get(m[0]) ?? 0) + 1);
      else if (++lower >= LOWER_ENOUGH) return undefined;
    }
  const upper = [...capitalized.values()].reduce((a, b) => a + b, 0);
  if (total < CASE_MIN || upper < total * CASE_SHARE) return undefined;
  return [...capitalized].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** The sentences (at most CASE_SAMPLE) that hold a stem, read as they are asked for. */
function* sentencesOf(index: FactIndex, s: string): Generator<string> {
  let n = 0;
  for (const id of index.match([[s]]).keys()) {
    const text = index.fact(id)?.text;
    if (text) yield text;
    if (++n >= CASE_SAMPLE) return;
  }
}

/**
 * The question with its words cased as the coverage writes them (see the module), or the question
 * itself when it has a capital after its first letter. Words the vocabulary ignores ("who", "new")
 * and words of one letter are not cased alone. A word of two letters or more the coverage does not
 * write as a name alone is cased where, next to a word just cased, the two are a name the coverage
 * writes so ("new zealand": "New Zealand").
 */
export function casedAsCoverage(index: FactIndex, question: string, vocabulary: Vocabulary): string {
  if (!uncased(question)) return question;
  const words = [...question.matchAll(WORD)].map((m) => {
    const bare = m[0].replace(/['’]s?$/u, '');
    const s = stem(bare);
    const word = bare.length >= 2 && !/^\d/.test(bare);
    const open = word && !vocabulary.ignore.has(s);
    return { at: m.index, text: m[0], bare, stem: s, word, open, cased: undefined as string | undefined };
  });
  for (const w of words) if (w.open) w.cased = caseWritten(sentencesOf(index, w.stem), w.bare);
  // A lower-case word next to a name: cased where the coverage writes the two as one name.
  words.forEach((w, i) => {
    if (!w.word || w.cased) return;
    for (const j of [i + 1, i - 1]) {
      const other = words[j];
      if (!other?.cased) continue;
      const [a, b] = j > i ? [w, other] : [other, w];
      // Only two words standing next to each other, with one space between them.
      if (question.slice(a.at + a.text.length, b.at) !== ' ' || a.bare !== a.text) continue;
      const pair = caseWritten(sentencesOf(index, other.stem), `${a.bare} ${b.bare}`);
      if (pair) {
        w.cased = (j > i ? pair.split(' ')[0] : pair.split(' ')[1]) ?? undefined;
        break;
      }
    }
  });
  let out = '';
  let end = 0;
  for (const w of words) {
    out += question.slice(end, w.at) + (w.cased ? w.cased + w.text.slice(w.bare.length) : w.text);
    end = w.at + w.text.length;
  }
  return out + question.slice(end);
}
