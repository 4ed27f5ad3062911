import { describe, expect, it } from 'vitest';
import { timesAsWord } from '../../src/claims/focus.js';

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
