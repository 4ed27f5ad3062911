import { describe, expect, it } from 'vitest';
import { causeOf, type Missed, placeOf, sharedShare } from '../../bench/lead-causes.js';

describe('placeOf', () => {
  const sentences = ['The firm made a loss.', 'Sales fell 5%.', 'Its boss left.', 'Shares rose 2%.'];
  it('reads the headline before the sentences', () => {
    expect(placeOf('Sales fall 5%', sentences, [/5%/])).toBe('headline');
  });
  it('reads the first matching sentence: in the first three a lead, after them later', () => {
    expect(placeOf('Firm in the red', sentences, [/5%/])).toBe('lead');
    expect(placeOf('Firm in the red', sentences, [/2%/])).toBe('later');
    expect(placeOf('Firm in the red', sentences, [/2%/], 4)).toBe('lead');
  });
  it('gives none when nothing matches', () => {
    expect(placeOf('Firm in the red', sentences, [/9%/])).toBe('none');
  });
});

describe('sharedShare', () => {
  it('is the share of the first list the second holds', () => {
    expect(sharedShare(['a', 'b', 'c', 'd'], ['b', 'd', 'x'])).toBe(0.5);
    expect(sharedShare([], ['a'])).toBe(0);
  });
});

describe('causeOf', () => {
  const base: Missed = {
    rank: -1,
    shown: false,
    shortRight: false,
    gold: true,
    firstIds: ['b/2'],
    sources: new Set(['b/1']),
    titleShare: 0,
  };
  it('is undefined when the first fact and its short answer are right', () => {
    expect(causeOf({ ...base, rank: 0, shown: true, shortRight: true })).toBeUndefined();
  });
  it('tells a wrong short answer from a withheld one', () => {
    expect(causeOf({ ...base, rank: 0, shown: true })).toBe('short wrong');
    expect(causeOf({ ...base, rank: 0 })).toBe('short withheld');
  });
  it('tells the first fact of a cited article, a follow-up and another story apart', () => {
    expect(causeOf({ ...base, gold: false })).toBe('no sentence');
    expect(causeOf({ ...base, firstIds: [] })).toBe('no facts');
    expect(causeOf({ ...base, firstIds: ['b/2', 'b/1'] })).toBe('same article');
    expect(causeOf({ ...base, titleShare: 0.5 })).toBe('follow-up');
    expect(causeOf({ ...base, titleShare: 0.5, followUp: 0.6 })).toBe('other story');
  });
});
