import { describe, expect, it } from 'vitest';
import { fitListwise, type RankList, solve } from '../../bench/rank-fit.js';

const rank = (theta: readonly number[], xs: readonly (readonly number[])[]) =>
  xs
    .map((x, k) => ({ k, s: x.reduce((sum, v, i) => sum + v * (theta[i] ?? 0), 0) }))
    .sort((a, b) => b.s - a.s)
    .map(({ k }) => k);

describe('solve', () => {
  it('solves a small linear system', () => {
    const x = solve(
      [
        [2, 1],
        [1, 3],
      ],
      [5, 10],
    );
    expect(x[0]).toBeCloseTo(1);
    expect(x[1]).toBeCloseTo(3);
  });
});

describe('fitListwise', () => {
  // Feature 0 says nothing; feature 1 marks the answer in every list; the start ranks by feature 0.
  const lists: RankList[] = [
    {
      xs: [
        [1, 0],
        [0, 1],
        [0.5, 0],
      ],
      ys: [false, true, false],
    },
    {
      xs: [
        [0.2, 1],
        [1, 0],
      ],
      ys: [true, false],
    },
    {
      xs: [
        [0.9, 0],
        [0.3, 0],
        [0.1, 1],
      ],
      ys: [false, false, true],
    },
  ];
  const start = [1, 0];

  it('learns the weight of the feature that marks the answer, so the answer ranks first', () => {
    expect(lists.every((l) => l.ys[rank(start, l.xs)[0] ?? 0] === false)).toBe(true);
    const theta = fitListwise(lists, start, { lambda: 0.01 });
    expect(theta[1] ?? 0).toBeGreaterThan(1);
    for (const l of lists) expect(l.ys[rank(theta, l.xs)[0] ?? 0]).toBe(true);
  });

  it('is held to the weights it starts from by lambda', () => {
    const loose = fitListwise(lists, start, { lambda: 0.01 });
    const held = fitListwise(lists, start, { lambda: 100 });
    expect(Math.abs((held[1] ?? 0) - 0)).toBeLessThan(0.05);
    expect(Math.abs((held[0] ?? 0) - 1)).toBeLessThan(0.05);
    expect(Math.abs(loose[1] ?? 0)).toBeGreaterThan(Math.abs(held[1] ?? 0));
  });

  it('skips lists with no answer or nothing but answers: the start is kept', () => {
    const theta = fitListwise(
      [
        { xs: [[1, 0]], ys: [true] },
        {
          xs: [
            [0, 1],
            [1, 1],
          ],
          ys: [false, false],
        },
      ],
      start,
    );
    expect(theta).toEqual(start);
  });
});
