import { describe, expect, it } from 'vitest';
import { matchesOf } from '../../src/facts/matches.js';

/** The matches as matchAll gives them: text, place and groups. */
const viaMatchAll = (pattern: RegExp, text: string) =>
  [...text.matchAll(pattern)].map((m) => ({ at: m.index, groups: [...m] }));
const viaMatchesOf = (pattern: RegExp, text: string) =>
  matchesOf(pattern, text).map((m) => ({ at: m.index, groups: [...m] }));

describe('matchesOf', () => {
  const cases: Array<[RegExp, string]> = [
    [/(\d+)(?:\.(\d+))?/g, 'rose 4.75% to 300p, from 12 in 2004'],
    [/\b(one|two|three)\b/gi, 'One, two and THREE; none'],
    [/x*/g, 'axxbx'],
    [/(?:)/gu, 'a😀b'],
    [/\p{Lu}\p{L}*/gu, 'Jane met Émile in Zürich'],
    [/(?<=\bto\s)\d+/g, 'fell to 708 from 900 to 12'],
    [/q/g, 'no match here'],
  ];

  it('gives what matchAll gives, empty matches and code points included', () => {
    for (const [pattern, text] of cases)
      expect(viaMatchesOf(pattern, text)).toEqual(viaMatchAll(pattern, text));
  });

  it('starts from the start and leaves the pattern at 0 whatever its lastIndex was', () => {
    const pattern = /\d/g;
    pattern.lastIndex = 3;
    expect(matchesOf(pattern, '1 2 3').map((m) => m[0])).toEqual(['1', '2', '3']);
    expect(pattern.lastIndex).toBe(0);
    // Used again inside a loop over its own matches, it gives the same.
    for (const m of matchesOf(pattern, '4 5')) expect(matchesOf(pattern, `${m[0]}9`).length).toBe(2);
  });

  it('refuses a pattern without the g flag, as matchAll does, saying how to fix it', () => {
    expect(() => matchesOf(/\d/, '1')).toThrow(/g flag/);
  });
});
