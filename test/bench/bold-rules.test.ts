import { describe, expect, it } from 'vitest';
import { auc, boldPerFold, nestedThresholds } from '../../bench/bold-rules.js';

describe('auc', () => {
  it('is 1 when every right item scores above every wrong one, 0 when below', () => {
    const items = [
      { s: 0.9, y: 1 },
      { s: 0.8, y: 1 },
      { s: 0.2, y: 0 },
    ];
    expect(auc(items)).toBe(1);
    expect(auc(items.map((i) => ({ ...i, s: 1 - i.s })))).toBe(0);
  });
  it('counts ties half, and is 0.5 with one side empty', () => {
    expect(
      auc([
        { s: 0.5, y: 1 },
        { s: 0.5, y: 0 },
      ]),
    ).toBe(0.5);
    expect(auc([{ s: 0.3, y: 1 }])).toBe(0.5);
    // of the four right/wrong pairs, three put the right one higher
    expect(
      auc([
        { s: 0.1, y: 1 },
        { s: 0.2, y: 0 },
        { s: 0.3, y: 1 },
        { s: 0.05, y: 0 },
      ]),
    ).toBe(0.75);
  });
});

describe('nestedThresholds', () => {
  it("reads each fold's threshold on the other folds only", () => {
    const items = [
      { score: 0.9, right: true, fold: 'A' },
      { score: 0.5, right: false, fold: 'B' },
      { score: 0.7, right: true, fold: 'C' },
    ];
    // a rule that returns the lowest score it is given: A's threshold never sees A's 0.9
    const at = nestedThresholds(items, (others) => Math.min(...others.map((o) => o.score)));
    expect(at.get('A')).toBe(0.5);
    expect(at.get('B')).toBe(0.7);
    expect(at.get('C')).toBe(0.5);
  });
});

describe('boldPerFold', () => {
  it('counts the items at or above their fold threshold, and how many are right', () => {
    const items = [
      { score: 0.9, right: true, fold: 'A' },
      { score: 0.8, right: false, fold: 'A' },
      { score: 0.4, right: true, fold: 'A' },
      { score: 0.95, right: true, fold: 'B' },
    ];
    const per = boldPerFold(
      items,
      new Map([
        ['A', 0.8],
        ['B', 0.99],
      ]),
    );
    expect(per.get('A')).toEqual({ n: 2, right: 1 });
    expect(per.get('B')).toEqual({ n: 0, right: 0 });
  });
});
