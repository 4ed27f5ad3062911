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
/**
 * Fewest for a pair of words next to a name (answers-31): a lower-case word next to a word the
 * coverage writes as a name, the two written with capitals together once ("Finance Minister Sue
 * Essex", "said Rory Armes"), is part of the name, however rarely the coverage uses the pair.
 */
export const CASE_MIN_PAIR = 1;
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

/** A word written wholly in capitals, digits and marks ("EA", "Q4", "FT-30", "BBC's"): an acronym, no sign of case. */
const ACRONYM = /^[\p{Lu}\p{N}.&'’-]+(?:['’]s)?$/u;

/**
 * True when the text's only capitals after its first character are acronyms' ("who is rory armes at
 * EA"): its writer typed the acronyms as they are and the names in lower case, so its names are no
 * more told than in a question without capitals (answers-31). A word with a capital and a lower-case
 * letter ("McLetchie", "Rory", "MoD") says its writer wrote the names. Pure.
 */
export function uncasedButAcronyms(text: string): boolean {
  const rest = text.slice(1);
  return [...rest.matchAll(WORD)].every((m) => !/\p{Lu}/u.test(m[0]) || ACRONYM.test(m[0]));
}

/**
 * What may not stand against a word's two ends for it to be the word (caseWritten): a letter, a
 * digit, an apostrophe or a hyphen before it; a letter, a digit or a hyphen after it. Each is one
 * code point read where it stands (sticky), under the flags of the word's own search (`iu`), so
 * that the two tests say what a lookbehind and a lookahead around the word would. A pattern holding
 * the word between them costs ~2 ms to compile (case-insensitive Unicode letter classes), one per
 * word asked; these are compiled once, and the word alone ~0.1 ms (speed-30).
 */
const NOT_BEFORE = /[\p{L}\p{N}'’-]/iuy;
const NOT_AFTER = /[\p{L}\p{N}-]/iuy;

/** True when the code point that ends at `at` is one NOT_BEFORE holds (a pair of surrogates read as one). */
function joinedBefore(text: string, at: number): boolean {
  if (at === 0) return false;
  const low = text.charCodeAt(at - 1);
  const pair = at >= 2 && low >= 0xdc00 && low <= 0xdfff && (text.charCodeAt(at - 2) & 0xfc00) === 0xd800;
  NOT_BEFORE.lastIndex = at - (pair ? 2 : 1);
  return NOT_BEFORE.test(text);
}

/** True when the code point that starts at `at` is one NOT_AFTER holds. */
function joinedAfter(text: string, at: number): boolean {
  NOT_AFTER.lastIndex = at;
  return NOT_AFTER.test(text);
}

/**
 * The uses of a word in a text, as `(?<![\p{L}\p{N}'’-])WORD(?![\p{L}\p{N}-])` (flags `giu`) finds
 * them: each place where `find` (the word alone, `giu`) matches is tried from left to right; a
 * match with a letter against an end is passed over by one code point, as a search would pass the
 * place where its lookaround fails; one that stands alone is given, and the search goes on after it.
 */
export function* usesIn(text: string, find: RegExp): Generator<RegExpExecArray> {
  find.lastIndex = 0;
  for (let m = find.exec(text); m; m = find.exec(text)) {
    const at = m.index;
    const end = at + m[0].length;
    const alone = !joinedBefore(text, at) && !joinedAfter(text, end);
    if (alone) yield m;
    if (!alone || end === at) find.lastIndex = at + ((text.codePointAt(at) ?? 0) > 0xffff ? 2 : 1);
    else find.lastIndex = end;
  }
}

/**
 * How the coverage writes `word` inside sentences, not at a sentence's start nor after a quote:
 * the capitalized form it writes most, when at least CASE_MIN uses are read and CASE_SHARE of them
 * are capitalized; undefined otherwise. `texts` are the sentences that hold it.
 */
export function caseWritten(
  texts: Iterable<string>,
  word: string,
  least = CASE_MIN,
  startsToo = false,
): string | undefined {
  const find = new RegExp(escapeRegExp(word), 'giu');
  let total = 0;
  let lower = 0;
  const capitalized = new Map<string, number>();
  for (const text of texts)
    for (const m of usesIn(text, find)) {
      // A sentence's first word, or one after a quote or a bracket, is capitalized by style; with
      // `startsToo` (a pair whose second word is asked) the words after the first still tell.
      const before = text.slice(0, m.index).trimEnd();
      if (!startsToo && (before === '' || /[.!?:"“‘(]$/u.test(before))) continue;
      total++;
      if (m[0].split(' ').every((part) => /^\p{Lu}/u.test(part)))
        capitalized.set(m[0], (capitalized.get(m[0]) ?? 0) + 1);
      else if (++lower >= LOWER_ENOUGH) return undefined;
    }
  const upper = [...capitalized.values()].reduce((a, b) => a + b, 0);
  if (total < least || upper < total * CASE_SHARE) return undefined;
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

/** The most words whose case is kept per index (`caseOf`): past it the table starts again. */
const CASES_KEPT = 4096;
const kept = new WeakMap<FactIndex, { version: number; cases: Map<string, string | undefined> }>();

/**
 * caseWritten of a word over the sentences of its stem, kept per version of the index: the same
 * word asked again (a story's names, question after question) is read once.
 */
function caseOf(
  index: FactIndex,
  s: string,
  word: string,
  least = CASE_MIN,
  startsToo = false,
): string | undefined {
  let table = kept.get(index);
  if (table?.version !== index.version) {
    table = { version: index.version, cases: new Map() };
    kept.set(index, table);
  }
  const key = `${s}\u0000${word}\u0000${least}\u0000${startsToo}`;
  if (table.cases.has(key)) return table.cases.get(key);
  const out = caseWritten(sentencesOf(index, s), word, least, startsToo);
  if (table.cases.size >= CASES_KEPT) table.cases.clear();
  table.cases.set(key, out);
  return out;
}

/**
 * The question with its words cased as the coverage writes them (see the module), or the question
 * itself when it has a capital after its first letter. Words the vocabulary ignores ("who", "new")
 * and words of one letter are not cased alone. A word of two letters or more the coverage does not
 * write as a name alone is cased where, next to a word just cased, the two are a name the coverage
 * writes so ("new zealand": "New Zealand").
 */
export function casedAsCoverage(
  index: FactIndex,
  question: string,
  vocabulary: Vocabulary,
  how: { acronyms?: boolean; rare?: boolean } = {},
): string {
  if (!uncased(question) && !(how.acronyms && uncasedButAcronyms(question))) return question;
  const words = [...question.matchAll(WORD)].map((m, i) => {
    const bare = m[0].replace(/['’]s?$/u, '');
    const s = stem(bare);
    // An acronym is kept as written ("EA"), and is no neighbour to case a pair by.
    const written = (i > 0 || m.index > 0) && /\p{Lu}/u.test(bare);
    const word = bare.length >= 2 && !/^\d/.test(bare) && !written;
    const open = word && !vocabulary.ignore.has(s);
    return { at: m.index, text: m[0], bare, stem: s, word, open, cased: undefined as string | undefined };
  });
  for (const w of words) if (w.open) w.cased = caseOf(index, w.stem, w.bare);
  // A lower-case word next to a name: cased where the coverage writes the two as one name.
  words.forEach((w, i) => {
    if (!w.word || w.cased) return;
    for (const j of [i + 1, i - 1]) {
      const other = words[j];
      if (!other?.cased) continue;
      const [a, b] = j > i ? [w, other] : [other, w];
      // Only two words standing next to each other, with one space between them.
      if (question.slice(a.at + a.text.length, b.at) !== ' ' || a.bare !== a.text) continue;
      const pair = how.rare
        ? caseOf(index, other.stem, `${a.bare} ${b.bare}`, CASE_MIN_PAIR, j < i)
        : caseOf(index, other.stem, `${a.bare} ${b.bare}`);
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

/**
 * How the coverage writes a word it rarely uses, when every use of it inside a sentence (at least
 * one) has a capital: "zorblat" ("Sepp Zorblat"), which `casedAsCoverage` leaves as asked for
 * lack of CASE_MIN uses. For a reading that asks a name where it stands ("X on Y"; answers-33). Pure
 * over the index.
 */
export function rareNameCase(index: FactIndex, word: string): string | undefined {
  return caseOf(index, stem(word), word, 1);
}
