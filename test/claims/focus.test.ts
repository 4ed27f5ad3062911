import { describe, expect, it } from 'vitest';
import { timesAsWord, timesPlaced } from '../../src/claims/focus.js';

/** What the pattern counts: the word with no letter on either side, non-overlapping. */
const byPattern = (text: string, word: string) =>
  (
    text.match(new RegExp(`(?<![\\p{L}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'gu')) ??
    []
  ).length;

describe('timesAsWord', () => {
  it('counts a word only where no letter stands on either side', () => {
    expect(timesAsWord('Acme, Acmes and Acme. (Acme) NotAcme Acme', 'Acme')).toBe(4);
    expect(timesAsWord('Acme-Corp and Acme3', 'Acme')).toBe(2);
  });

  it('counts as the pattern does, letters beyond the Latin alphabet and repeats included', () => {
    const texts = [
      'Société Générale and Générale, Générales, éGénérale.',
      'aa aaa a aa',
      'Zürich,Zürich Zürichs 𝐀Zürich Zürich𝐀 Zürich',
      'P&O and P&O Cruises; P&Os',
      'Bush-Bush Bush',
    ];
    const words = ['Générale', 'aa', 'a', 'Zürich', 'P&O', 'Bush', 'Bush-Bush'];
    for (const text of texts)
      for (const word of words) expect(timesAsWord(text, word)).toBe(byPattern(text, word));
  });
});

describe('timesPlaced', () => {
  const pattern = (text: string, name: string) =>
    text.match(
      new RegExp(
        `\\b(?:in|at|from|to)\\s+(?:the\\s+)?${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`,
        'g',
      ),
    )?.length ?? 0;
  it('counts a name written after in, at, from or to, whole, as the pattern written out does', () => {
    const text = 'Acme, based in Acme Park, moved to the Acme site from Acme. Acmes in Acmeville; at  Acme.';
    expect(timesPlaced(text, 'Acme')).toBe(4); // in Acme (Park), to the Acme, from Acme, at  Acme
    expect(timesPlaced(text, 'Acme')).toBe(pattern(text, 'Acme'));
    expect(timesPlaced('win Acme, within Acme', 'Acme')).toBe(0);
  });
  it('counts as the pattern does where the name may end as the words before it', () => {
    for (const [text, name] of [
      ['at Check-in Check-in now', 'Check-in'],
      ['go in Log in Log in', 'Log in'],
      ['in the the Acme', 'the Acme'],
    ] as const)
      expect(timesPlaced(text, name)).toBe(pattern(text, name));
  });
});
