import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stemNumbersOf, stemTable } from '../../src/facts/stem-numbers.js';
import { stemsOf, termsOf } from '../../src/facts/terms.js';

/** The stems of a text as stemNumbersOf numbers them, read back from the table. */
const numbered = (text: string) => stemNumbersOf(text).map((n) => stemTable[n]);

describe('stemNumbersOf', () => {
  it('numbers the stems stemsOf gives, equal stems alike', () => {
    const text = "Meta's data-labeling start-up raised $1,500m, 2.48bn; META'S rival Meta’s";
    expect(numbered(text)).toEqual(stemsOf(text));
    const [meta, , , , , , , , , , , rival, again] = stemNumbersOf(text);
    expect(again).toBe(meta);
    expect(rival).not.toBe(meta);
  });

  it('reads words as the tokenizer does where letters are not ASCII', () => {
    const texts = [
      'Zoë Ball, Björk and Ångström met in Zürich',
      'Café\u0301 naïve co\u0308perate', // combining marks inside and after a word
      '𝐀𝐁𝐂 and 𠀀𠀁 are letters beyond the first plane', // surrogate pairs
      "l'été d’or o'' 'tis rock'n'roll '90s 1.2.3 4,5, 6., .7 ,8",
      'Ελληνικά, русский, 日本語, עברית and 123abc456',
      '\ud800 lone surrogate \udc00 and tabs\tand\nlines',
      '',
    ];
    for (const text of texts) expect(numbered(text), text).toEqual(stemsOf(text));
  });

  it('reads a whole archive as the tokenizer does, once new and once known', () => {
    // Over 32,768 distinct words: the table of words (room for 65,536, half full at most) grows.
    const root = '../shared/corpora/bbc';
    if (!existsSync(root)) return;
    const lines = readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && e.name.endsWith('.txt'))
      .flatMap((e) => readFileSync(join(e.parentPath, e.name), 'utf8').split('\n'));
    expect(new Set(termsOf(lines.join(' ')).map((t) => t.text)).size).toBeGreaterThan(1 << 15);
    for (let round = 0; round < 2; round++)
      for (const line of lines) expect(numbered(line), line).toEqual(stemsOf(line));
  });
});
