import { describe, expect, it } from 'vitest';
import { firstOf, fitRows, foldOf, handSet, type Row, rankOfAnswer } from '../../bench/rank-trace.js';

const row = (xs: number[][], ys: boolean[]): Row => ({
  key: 'X',
  index: 0,
  form: 'when',
  candidates: xs.map((x, i) => ({ x, y: ys[i] ?? false, article: `a${i}` })),
});

describe('firstOf and rankOfAnswer', () => {
  const r = row(
    [
      [1, 0],
      [0, 2],
      [0.5, 0.5],
    ],
    [false, false, true],
  );
  it('rank the candidates by the weights given', () => {
    expect(firstOf(r, [1, 0])).toBe(0);
    expect(firstOf(r, [0, 1])).toBe(1);
    expect(rankOfAnswer(r, [1, 0])).toBe(1);
    expect(rankOfAnswer(r, [0, 1])).toBe(1);
    expect(rankOfAnswer(r, [1, 1])).toBe(2);
  });
  it('keep the earlier candidate on a tie, and give -1 when no candidate holds the answer', () => {
    expect(firstOf(r, [0, 0])).toBe(0);
    expect(rankOfAnswer(row([[1], [2]], [false, false]), [1])).toBe(-1);
  });
});

describe('foldOf and handSet', () => {
  it('leave D, F and S out together, other keys alone', () => {
    expect(['D', 'F', 'S', 'L'].map(foldOf)).toEqual(['DFS', 'DFS', 'DFS', 'L']);
  });
  it('give the hand-set weights by name, 0 for the others', () => {
    expect(handSet(['position', 'topic', 'coverage'])).toEqual([0, 1, 2]);
  });
});

describe('fitRows', () => {
  // Feature 1 marks the answer in every list; feature 0 marks it in none.
  const rows = [0, 1, 2].map((k) =>
    row(
      [
        [1, 0],
        [0, 1],
        [k, 0],
      ],
      [false, true, false],
    ),
  );
  it('moves the weight of a feature that marks the answer', () => {
    expect(fitRows(rows, [0, 0], 0.01)[1] ?? 0).toBeGreaterThan(0.5);
  });
  it('keeps a held feature at its start whatever the data say', () => {
    const theta = fitRows(rows, [0, 0], 0.01, [true, false]);
    expect(theta[1]).toBeCloseTo(0, 6);
  });
});
