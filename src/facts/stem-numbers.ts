/**
 * Stems as numbers: one table of every stem the facts use, numbered in the order first seen, and
 * the words of a text read straight into those numbers (`stemNumbersOf`), the same tokens and stems
 * as `terms.ts` gives (a test holds them equal over the BBC archive).
 */
import { lowered, stemOfLower } from './terms.js';

/**
 * Every stem a fact has used, numbered from 0 in the order first seen, for the whole process: a
 * fact keeps its stems as these numbers, the index numbers its terms from them once a stem (not
 * once a word), and the index cache writes them as they are. It only grows, as the words of the
 * coverage do (one string a stem).
 */
const table: string[] = [];
const numberOf = new Map<string, number>();

/** The stems by number (see {@link numberStem}); read-only to callers. */
export const stemTable: readonly string[] = table;

/** A stem's number in {@link stemTable}, given on first sight. */
export function numberStem(stemmed: string): number {
  let n = numberOf.get(stemmed);
  if (n === undefined) {
    n = table.length;
    table.push(stemmed);
    numberOf.set(stemmed, n);
  }
  return n;
}

// Words as written -> their stem's number, in an open-addressed table keyed by a hash of the
// word's characters (FNV-1a), so that a word already seen is found without cutting it out of the
// text or hashing a new string: what a first start spends most of its time on. A slot is four
// numbers side by side (the hash, where the word's characters start in `chars`, its length, 0 for
// an empty slot, and its stem's number), and the words' characters lie in one array, so that a word
// is found in one slot and one run of characters (speed-37: no list of words, no string to reach).
const SLOT = 4;
let capacity = 1 << 16;
let slots = new Int32Array(capacity * SLOT);
/** The characters (UTF-16 code units) of every word in the table, one after another. */
let chars = new Uint16Array(1 << 19);
let charsUsed = 0;
let wordCount = 0;
/** A word's lower case (as `lowered`) -> its stem's number: the words of the table, lower-cased. */
const lowerNumbers = new Map<string, number>();
/** Past this many distinct words, a new one is stemmed each time it is met. */
const MAX_WORDS = 1_000_000;

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 16777619;

/** Letters and marks beyond ASCII, by code unit (0 unknown, 1 letter, 2 mark, 3 neither). */
const classes = new Uint8Array(65536);
const LETTER = /^\p{L}$/u;
const MARK = /^\p{M}$/u;
/** 1 for a letter (\p{L}), 2 for a mark (\p{M}), 3 for anything else: WORD's classes. */
function classOf(code: number): number {
  if (code < 128) {
    const lower = code | 32;
    return lower >= 97 && lower <= 122 ? 1 : 3;
  }
  if (code < 65536) {
    let c = classes[code] ?? 0;
    if (c === 0) {
      const char = String.fromCharCode(code);
      c = LETTER.test(char) ? 1 : MARK.test(char) ? 2 : 3;
      classes[code] = c;
    }
    return c;
  }
  const char = String.fromCodePoint(code);
  return LETTER.test(char) ? 1 : MARK.test(char) ? 2 : 3;
}

const isDigit = (code: number) => code >= 48 && code <= 57;

/** The number of the word text[start, end) with hash `hash`: found, or stemmed and kept. */
function wordNumber(text: string, start: number, end: number, hash: number): number {
  const length = end - start;
  const mask = capacity - 1;
  let at = (hash & mask) * SLOT;
  for (;;) {
    const held = slots[at + 2] ?? 0;
    if (held === 0) break;
    if (held === length && slots[at] === hash) {
      const from = slots[at + 1] ?? 0;
      let k = 0;
      while (k < length && chars[from + k] === text.charCodeAt(start + k)) k++;
      if (k === length) return slots[at + 3] ?? 0;
    }
    at = (at + SLOT) & (mask * SLOT + SLOT - 1);
  }
  // As stem(word), without remembering it there: this table remembers it. A word written otherwise
  // in case ("The", "the") has the stem of its lower case, stemmed once (`lowerNumbers`).
  const lower = lowered(text.slice(start, end));
  let n = lowerNumbers.get(lower);
  if (n === undefined) {
    n = numberStem(stemOfLower(lower));
    if (wordCount < MAX_WORDS) lowerNumbers.set(lower, n);
  }
  if (wordCount >= MAX_WORDS) return n;
  if (charsUsed + length > chars.length) {
    const more = new Uint16Array(Math.max(chars.length * 2, charsUsed + length));
    more.set(chars.subarray(0, charsUsed));
    chars = more;
  }
  for (let k = 0; k < length; k++) chars[charsUsed + k] = text.charCodeAt(start + k);
  slots[at] = hash;
  slots[at + 1] = charsUsed;
  slots[at + 2] = length;
  slots[at + 3] = n;
  charsUsed += length;
  if (++wordCount * 2 > capacity) grow();
  return n;
}

/** Twice the room, every word placed again. */
function grow(): void {
  const old = slots;
  capacity *= 2;
  slots = new Int32Array(capacity * SLOT);
  const mask = capacity - 1;
  for (let i = 0; i < old.length; i += SLOT) {
    if ((old[i + 2] ?? 0) === 0) continue;
    let at = ((old[i] ?? 0) & mask) * SLOT;
    while ((slots[at + 2] ?? 0) !== 0) at = (at + SLOT) & (mask * SLOT + SLOT - 1);
    for (let k = 0; k < SLOT; k++) slots[at + k] = old[i + k] ?? 0;
  }
}

/**
 * The numbers in {@link stemTable} of a text's stems: `stemsOf(text)`, as numbers. The same
 * tokens as WORD (a test holds them equal), read a character at a time: a number with its
 * decimal points and thousands commas; a run of letters and marks, with one apostrophe and the
 * letters after it.
 */
export function stemNumbersOf(text: string): number[] {
  const out: number[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    let code = text.charCodeAt(i);
    const start = i;
    let hash = FNV_OFFSET;
    if (isDigit(code)) {
      while (i < n) {
        code = text.charCodeAt(i);
        if (!isDigit(code) && !((code === 46 || code === 44) && i + 1 < n && isDigit(text.charCodeAt(i + 1))))
          break;
        hash = Math.imul(hash ^ code, FNV_PRIME);
        i++;
      }
      out.push(wordNumber(text, start, i, hash));
      continue;
    }
    const first = code < 128 ? code : (text.codePointAt(i) ?? code);
    const firstWidth = first > 0xffff ? 2 : 1;
    if (classOf(first) === 3) {
      i += firstWidth;
      continue;
    }
    while (i < n) {
      code = text.charCodeAt(i);
      if (code < 128) {
        // ASCII, most of any English text: a letter or the end of the word.
        const lower = code | 32;
        if (lower < 97 || lower > 122) break;
        hash = Math.imul(hash ^ code, FNV_PRIME);
        i++;
        continue;
      }
      const point = text.codePointAt(i) ?? 0;
      if (classOf(point) === 3) break;
      const width = point > 0xffff ? 2 : 1;
      for (let k = 0; k < width; k++) hash = Math.imul(hash ^ text.charCodeAt(i + k), FNV_PRIME);
      i += width;
    }
    const apostrophe = i + 1 < n ? text.charCodeAt(i) : 0;
    if (apostrophe === 39 || apostrophe === 0x2019) {
      let j = i + 1;
      while (j < n) {
        const point = text.codePointAt(j) ?? 0;
        if (classOf(point) !== 1) break;
        j += point > 0xffff ? 2 : 1;
      }
      if (j > i + 1) {
        for (let k = i; k < j; k++) hash = Math.imul(hash ^ text.charCodeAt(k), FNV_PRIME);
        i = j;
      }
    }
    out.push(wordNumber(text, start, i, hash));
  }
  return out;
}
