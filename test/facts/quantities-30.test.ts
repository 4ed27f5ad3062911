import { describe, expect, it } from 'vitest';
import { AGE_UNIT, parseQuantities } from '../../src/facts/quantities.js';

const read = (text: string) =>
  parseQuantities(text).map((q) => [q.text, q.kind, q.value, q.unit ?? q.currency ?? ''] as const);

describe('number forms the claims keys label and the reader left alone (claims-30, issue 20 §1)', () => {
  it('reads "at the age of 43" and "from the age of eight" as ages', () => {
    expect(read('Okafor took office at the age of 43.')).toEqual([['age of 43', 'count', 43, AGE_UNIT]]);
    expect(read('She lived there from the age of eight until she left.')).toEqual([
      ['eight', 'count', 8, AGE_UNIT],
    ]);
    // "the age" alone is no age of one person; a range of ages is two ages since claims-32 (the keys
    // label both ends).
    expect(read('The voting age is 18.').some(([, , , unit]) => unit === AGE_UNIT)).toBe(false);
    expect(read('Pupils from the age of 5 to 11 sat it.')).toEqual([
      ['5', 'count', 5, AGE_UNIT],
      ['11', 'count', 11, AGE_UNIT],
    ]);
  });

  it('reads a multiple in words, "twice" and "-fold" as a number of times', () => {
    expect(read('He had lost three times to Okafor.')).toEqual([['three times', 'count', 3, 'times']]);
    expect(read('Games cost four to five times more, and a hundred times more were sold.')).toContainEqual([
      'a hundred times',
      'count',
      100,
      'times',
    ]);
    expect(
      read('Sales rose more than tenfold; traffic rose 10-fold, a four-fold rise, and he met her twice.'),
    ).toEqual([
      ['more than tenfold', 'count', 10, 'times'],
      ['10-fold', 'count', 10, 'times'],
      ['four-fold', 'count', 4, 'times'],
      ['twice', 'count', 2, 'times'],
    ]);
    // Not inside another word, and "one time" is still no figure; "two-time" is since claims-32.
    expect(parseQuantities('The plan unfolded over a manifold.')).toEqual([]);
    expect(read('The two-time winner came back for one time only.')).toEqual([
      ['two-time', 'count', 2, 'times'],
    ]);
  });

  it('passes over initials between a number in words and what it counts', () => {
    expect(read('Two UK gamers set off, and six US firms joined.')).toEqual([
      ['Two UK gamers', 'count', 2, 'gamers'],
      ['six US firms', 'count', 6, 'firms'],
    ]);
    // Initials then no noun: nothing counted.
    expect(parseQuantities('Only the two US said so.')).toEqual([]);
  });

  it('reads a number in words as a part of a whole given after "of a", "out of", "their last"', () => {
    const parts = (text: string) => parseQuantities(text).map((q) => [q.text, q.value]);
    expect(parts('The film won two of a staggering 12 awards.')).toEqual([
      ['two', 2],
      ['12 awards', 12],
    ]);
    expect(parts('Only two out of their 12 dancers were British.')).toEqual([
      ['two', 2],
      ['12 dancers', 12],
    ]);
    expect(parts('Ashby took four of their last five games.')).toEqual([
      ['four', 4],
      ['five games', 5],
    ]);
    expect(parts('The names are two of a total of 10 domains.')[0]).toEqual(['two', 2]);
    // "two of a kind": no whole in numbers, no figure.
    expect(parseQuantities('They are two of a kind.')).toEqual([]);
  });
});

describe('a single part of a whole as a share (claims-30, issue 20 §1)', () => {
  it('reads "a quarter" as a share where a verb of people follows or a qualifier goes before', () => {
    const shares = (text: string) => parseQuantities(text).map((q) => [q.text, q.kind, q.value]);
    expect(shares('Nearly a quarter said they forgot it.')).toEqual([['Nearly a quarter', 'percent', 25]]);
    expect(shares('Sales fell by almost a quarter from a year before.')).toEqual([
      ['almost a quarter', 'percent', 25],
    ]);
    expect(shares('A third have bought one.')).toEqual([['A third', 'percent', 33.3]]);
    // An ordinal stays one: "a third term", "more than a third term", "nearly a quarter century".
    expect(parseQuantities('He sought a third term after more than a third term.')).toEqual([]);
    expect(parseQuantities('It took nearly a quarter century.')).toEqual([]);
  });
});
