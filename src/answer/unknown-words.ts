import { knownWords } from '../facts/nlp.js';
import type { FactIndex } from '../index/fact-index.js';

/**
 * Lower-case words the coverage never uses that are names, not common nouns (silent-32, issue 21 §1).
 * A question of several topic words drops such a word as a common noun ("temperament", "exec");
 * but "netflix", "myspace", "shazam" are names the coverage never gives, and the question is about
 * them. A word is read as a name when wink-nlp's English lexicon holds none of its forms (inflected,
 * after a prefix, before a particle: "dearer", "redenomination", "signups") and no word or run of
 * initials of the coverage abbreviates to it ("govt": government; "wfp": World Food Programme).
 */

/** Endings of inflected forms, and what their base ends in instead ("bakeries": "bakery"). */
const ENDINGS: ReadonlyArray<readonly [RegExp, string]> = [
  [/s$/, ''],
  [/es$/, ''],
  [/ies$/, 'y'],
  [/er$/, ''],
  [/r$/, ''],
  [/est$/, ''],
  [/st$/, ''],
  [/ier$/, 'y'],
  [/iest$/, 'y'],
  [/ed$/, ''],
  [/d$/, ''],
  [/ing$/, ''],
  [/ing$/, 'e'],
];

/** Prefixes English words are made with ("re" + "denomination"), before at least four letters. */
const PREFIX =
  /^(?:re|pre|post|multi|sub|non|over|under|co|anti|inter|mis|un|out|super|semi|mid|cross|counter|self)(?=\p{L}{4})/u;
/** Particles of phrasal nouns written as one word ("signups", "buyouts"), after at least three letters. */
const PARTICLE = /(?<=\p{L}{3})(?:up|out|off|over|in|down|back|away)s?$/u;

/** The bases a word may be an inflected form of, itself first; a doubled last consonant undone too. */
function basesOf(word: string): string[] {
  const out = [word];
  for (const [end, to] of ENDINGS) {
    if (!end.test(word)) continue;
    const base = word.replace(end, to);
    if (base.length < 3) continue;
    out.push(base);
    if (/(.)\1$/.test(base)) out.push(base.slice(0, -1));
  }
  return out;
}

/** The words whose being in the lexicon makes `word` English: its bases, after a prefix, before a particle. */
export function lexiconFormsOf(word: string): string[][] {
  const groups = [basesOf(word)];
  const prefix = PREFIX.exec(word)?.[0];
  if (prefix) groups.push(basesOf(word.slice(prefix.length)));
  const particle = PARTICLE.exec(word)?.[0];
  if (particle) groups.push(basesOf(word.slice(0, -particle.length)));
  return groups;
}

/** Whether a lower-case word is English by the lexicon (`knows`: wink's, by default). */
export function englishWord(
  word: string,
  knows: (words: readonly string[]) => boolean[] = knownWords,
): boolean {
  const forms = [...new Set(lexiconFormsOf(word).flat())];
  return knows(forms).some(Boolean);
}

/** A text's words: letters and hyphens, lower case. */
const WORDS = /\p{L}[\p{L}-]*/gu;

/**
 * The coverage's words, grouped by first letter, and its texts: what `abbreviatedIn` searches.
 * Built once per version of the index, when a question first needs it.
 */
export interface CoverageWords {
  byFirst: Map<string, string[]>;
  texts: readonly string[];
}

/** The words and texts of `texts` (see CoverageWords). */
export function coverageWords(texts: Iterable<string>): CoverageWords {
  const seen = new Set<string>();
  const all: string[] = [];
  for (const text of texts) {
    all.push(text);
    for (const m of text.matchAll(WORDS)) seen.add(m[0].toLowerCase());
  }
  const byFirst = new Map<string, string[]>();
  for (const w of seen) {
    const first = w[0] ?? '';
    const list = byFirst.get(first) ?? [];
    list.push(w);
    byFirst.set(first, list);
  }
  return { byFirst, texts: all };
}

/**
 * Whether the coverage writes a word that `word` abbreviates: its letters in order in one word that
 * starts with its first letter and is at most twice as long and four letters more ("govt":
 * government, "cttee": committee), or, for a word of at most five letters, the initials of words in
 * a row ("wfp": World Food Programme, "lotr": Lord of the Rings).
 */
export function abbreviatedIn(coverage: CoverageWords, word: string): boolean {
  const letters = [...word.toLowerCase()].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const [first = '', ...rest] = letters;
  const within = new RegExp(`^${first}${rest.map((c) => `[\\p{L}-]*?${c}`).join('')}`, 'u');
  const cap = 2 * letters.length + 4;
  // The shortest match of a word starts where it does: within the cap when any is.
  for (const w of coverage.byFirst.get(word[0]?.toLowerCase() ?? '') ?? []) {
    const m = within.exec(w);
    if (m && m[0].length <= cap) return true;
  }
  if (letters.length > 5) return false;
  const initials = new RegExp(`(?<!\\p{L})${letters.join('\\p{L}*[\\s-]+')}`, 'iu');
  return coverage.texts.some((text) => initials.test(text));
}

/** Every fact's text of the coverage, article by article. */
function* factTexts(index: FactIndex): Generator<string> {
  for (const article of index.articles()) for (const fact of index.factsOf(article.id)) yield fact.text;
}

/** The coverage's words of the index's current version (see CoverageWords). */
const cached = new WeakMap<FactIndex, { version: number; words: CoverageWords }>();
function wordsOf(index: FactIndex): CoverageWords {
  const known = cached.get(index);
  if (known && known.version === index.version) return known.words;
  const words = coverageWords(factTexts(index));
  cached.set(index, { version: index.version, words });
  return words;
}

/**
 * Whether a lower-case word of a question that the coverage never uses is a name: one word of
 * letters (a possessive "'s" aside), not English by the lexicon, and abbreviating no word of the
 * coverage.
 */
export function unknownName(
  index: FactIndex,
  label: string,
  knows: (words: readonly string[]) => boolean[] = knownWords,
): boolean {
  const word = label.toLowerCase().replace(/['’]s$/, '');
  if (!/^\p{L}+$/u.test(word)) return false;
  return !englishWord(word, knows) && !abbreviatedIn(wordsOf(index), word);
}
