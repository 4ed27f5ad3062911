import { describe, expect, it } from 'vitest';
import { momentsIn } from '../../src/claims/moments.js';

const moment = (sentence: string, words: string, year = 0) =>
  momentsIn(sentence, year).find((m) => m.text === words);

describe('moments: relative words anchored', () => {
  it('anchors a relative year to the article’s year', () => {
    const s = 'Profits rose to $5bn last year and will rise again next year.';
    expect(moment(s, 'last year', 2005)?.anchored).toBe('in 2004');
    expect(moment(s, 'next year', 2005)?.anchored).toBe('in 2006');
    expect(moment('Sales fell this year.', 'this year', 2005)?.anchored).toBe('in 2005');
  });

  it('leaves a relative year unanchored in an undated article', () => {
    expect(moment('Profits rose to $5bn last year.', 'last year')?.anchored).toBeUndefined();
  });

  it('anchors "the month before" to the month the sentence names before it', () => {
    const s = 'The shortfall was $14.2bn in November, down from $14.8bn the month before.';
    const before = moment(s, 'the month before');
    expect(before?.anchored).toBe('in October');
    expect(before?.key).toBe(moment(s, 'in November')?.key.replace('november', 'october'));
    const y = moment('Exports were $9bn in March 2004, up from $8bn the previous month.', 'previous month');
    expect(y).toMatchObject({ key: '2004 february', anchored: 'in February 2004' });
    const jan = moment(
      'Exports were $9bn in January 2005, up from $8bn the month before.',
      'the month before',
    );
    expect(jan?.key).toBe('december');
  });

  it('leaves a month before unanchored when the sentence names no month', () => {
    expect(
      moment('Exports were $9bn, up from $8bn the month before.', 'the month before')?.anchored,
    ).toBeUndefined();
  });
});
