/**
 * speed-22: a measure's written word is found where the whole pattern it replaced would find it, with
 * its bounds and plural ending tested by patterns compiled once (writtenFinder).
 */
import { describe, expect, it } from 'vitest';
import { writtenFinder } from '../../src/digest/figures.js';

/** The pattern the finder replaces, as the digest compiled it for each word. */
function reference(word: string): RegExp {
  const parts = word
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<![\\p{L}\\p{N}-])${parts.join('[\\s-]+')}(?:e?s)?(?![\\p{L}\\p{N}])`, 'giu');
}

const places = (word: string, text: string) => {
  const find = writtenFinder(word);
  const out: Array<[number, number]> = [];
  for (let at = find(text, 0); at; at = find(text, at.end)) out.push([at.index, at.end]);
  return out;
};
const expected = (word: string, text: string) =>
  [...text.matchAll(reference(word))].map((m): [number, number] => [m.index, m.index + m[0].length]);

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('writtenFinder', () => {
  it('finds a word and its plural between word bounds, case-insensitively', () => {
    expect(places('share price', 'Share-prices rose; the share  price fell')).toEqual([
      [0, 12],
      [23, 35],
    ]);
    expect(places('stake', 'a stakeholder, a mistake, stakes, -stake, stake5')).toEqual([[26, 32]]);
    expect(places('tax', 'taxes and pre-tax taxs')).toEqual([
      [0, 5],
      [18, 22],
    ]);
  });

  it('matches the whole pattern on every word and random text (letters, case folds, hyphens, surrogates)', () => {
    const words = ['share', 'share price', 'pre-tax', 'k', 'tax', 'es', 'box office', 'ss', 'a.b', '-odd'];
    const pieces = [
      ...'share price pre-tax box office ss es k tax odd'.split(' '),
      'S',
      'E',
      'e',
      's',
      'ſ',
      '\u212a',
      'K',
      'é',
      '\u0345',
      '𝐀',
      '\ud835',
      '\udc00',
      '-',
      ' ',
      '  ',
      '\t',
      '\u00a0',
      '5',
      '.',
      'a.b',
      ',',
      'x',
    ];
    const next = random(22);
    let compared = 0;
    for (let n = 0; n < 4000; n++) {
      let text = '';
      const length = 1 + Math.floor(next() * 12);
      for (let i = 0; i < length; i++) text += pieces[Math.floor(next() * pieces.length)] ?? '';
      for (const word of words) {
        const want = expected(word, text);
        expect(places(word, text), `${word} in ${JSON.stringify(text)}`).toEqual(want);
        compared += want.length;
      }
    }
    // The texts hold many places to find, not only misses.
    expect(compared).toBeGreaterThan(1000);
  });
});
