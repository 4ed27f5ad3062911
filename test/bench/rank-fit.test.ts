import { describe, expect, it } from 'vitest';
import {
  betweenFoldSpread,
  fitListwise,
  fitListwiseFast,
  fitPairwise,
  marginScale,
  type RankList,
  solve,
  thresholdAt,
  thresholdEveryFold,
  thresholdFreshKey,
  thresholdWilson,
  WILSON_Z90,
  wilsonLower,
  withinArticlePairs,
} from '../../bench/rank-fit.js';

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

describe('marginScale', () => {
  const lists = [
    {
      xs: [
        [2, 1],
        [1, 0],
        [0, 0],
      ],
    },
    {
      xs: [
        [1, 3],
        [0, 1],
      ],
    },
    { xs: [[5, 5]] },
  ];

  it('brings the first-to-second margins of a ranking to those of another, keeping its order', () => {
    const from = [1, 0.5];
    const to = [3, 1.5];
    const s = marginScale(lists, from, to);
    expect(s).toBeCloseTo(1 / 3);
    const scaled = to.map((v) => v * s);
    for (const { xs } of lists) expect(rank(scaled, xs)).toEqual(rank(to, xs));
  });

  it('reads the median margin of the lists of two or more, so the scaled margins match the median', () => {
    const from = [1, 0];
    const to = [0, 1];
    // margins under from: 1 and 1; under to: 1 and 2 (median 1.5).
    expect(marginScale(lists, from, to)).toBeCloseTo(1 / 1.5);
  });

  it('is 1 where there is no margin to read', () => {
    expect(marginScale([{ xs: [[1, 1]] }], [1, 0], [2, 0])).toBe(1);
    expect(marginScale(lists, [0, 0], [1, 0])).toBe(1);
  });
});

describe('thresholdAt', () => {
  const items = [0.95, 0.9, 0.85, 0.8, 0.7, 0.6].map((score, i) => ({ score, right: i !== 4 }));

  it('is the lowest score from which the items are right that often', () => {
    // from 0.8: 4/4 right; from 0.7: 4/5; from 0.6: 5/6.
    expect(thresholdAt(items, 0.8, 1)).toBe(0.6);
    expect(thresholdAt(items, 0.9, 1)).toBe(0.8);
  });

  it('needs at least `least` items above it, else it is 1', () => {
    expect(thresholdAt(items, 0.9, 5)).toBe(1);
    expect(thresholdAt([], 0.5)).toBe(1);
  });
});

describe('thresholdEveryFold', () => {
  // Fold a: right at 0.9, 0.8, wrong at 0.5. Fold b: right at 0.85, 0.7, 0.6, wrong at 0.75.
  const items = [
    { score: 0.9, right: true, fold: 'a' },
    { score: 0.8, right: true, fold: 'a' },
    { score: 0.5, right: false, fold: 'a' },
    { score: 0.85, right: true, fold: 'b' },
    { score: 0.75, right: false, fold: 'b' },
    { score: 0.7, right: true, fold: 'b' },
    { score: 0.6, right: true, fold: 'b' },
  ];

  it('is the lowest score from which every fold is right that often, not only pooled', () => {
    // From 0.6: a 2/2, b 3/4 (75%), pooled 5/6 (83%). From 0.5: a 2/3 (67%): below.
    expect(thresholdEveryFold(items, 0.75, 1)).toBe(0.6);
    // Asked 80%: pooled from 0.6 passes (83%), but b is 75% there; from 0.8 b's wrong answer is not yet in.
    expect(thresholdEveryFold(items, 0.8, 1)).toBe(0.8);
    expect(thresholdAt(items, 0.8, 1)).toBe(0.6);
  });

  it('does not judge a fold with fewer than `least` items above the score', () => {
    // With least 4, fold a (3 items at most) is never judged: from 0.5, b is 3/4.
    expect(thresholdEveryFold(items, 0.75, 4)).toBe(0.5);
    expect(thresholdEveryFold([], 0.9)).toBe(1);
  });

  it('judges items of the same score together', () => {
    const tied = [
      { score: 0.9, right: true, fold: 'a' },
      { score: 0.9, right: false, fold: 'a' },
    ];
    expect(thresholdEveryFold(tied, 0.9, 1)).toBe(1);
    expect(thresholdEveryFold(tied, 0.5, 1)).toBe(0.9);
  });
});

describe('wilsonLower', () => {
  it('lies below the plain share, the more so the fewer the items', () => {
    expect(wilsonLower(9, 10)).toBeLessThan(0.9);
    expect(wilsonLower(90, 100)).toBeLessThan(0.9);
    expect(wilsonLower(90, 100)).toBeGreaterThan(wilsonLower(9, 10));
    // A known value: 45 of 50 at z 1.2816 (one-sided 90%) is about 0.832.
    expect(wilsonLower(45, 50, WILSON_Z90)).toBeCloseTo(0.832, 2);
    expect(wilsonLower(0, 0)).toBe(0);
    // All right: below 1 still, rising towards it with n.
    expect(wilsonLower(10, 10)).toBeLessThan(wilsonLower(40, 40));
    expect(wilsonLower(40, 40)).toBeLessThan(1);
  });
});

describe('thresholdWilson', () => {
  // 40 right answers scored 1.00 .. 0.61, then one wrong at 0.6, then 20 right and 10 wrong lower.
  const items = [
    ...Array.from({ length: 40 }, (_, i) => ({ score: 1 - i / 100, right: true })),
    { score: 0.6, right: false },
    ...Array.from({ length: 30 }, (_, i) => ({ score: 0.5 - i / 100, right: i % 3 !== 2 })),
  ];
  it('is the lowest score from which the pooled lower bound reaches the precision asked', () => {
    const t = thresholdWilson(items, 0.9);
    const at = items.filter((i) => i.score >= t);
    const right = at.filter((i) => i.right).length;
    expect(wilsonLower(right, at.length)).toBeGreaterThanOrEqual(0.9);
    // No lower score qualifies.
    for (const lower of items.filter((i) => i.score < t)) {
      const from = items.filter((i) => i.score >= lower.score);
      expect(wilsonLower(from.filter((i) => i.right).length, from.length)).toBeLessThan(0.9);
    }
    // It asks more than the plain share: the plain 90% rule reaches lower.
    expect(thresholdAt(items, 0.9, 1)).toBeLessThan(t);
  });
  it('is 1 when no score qualifies', () => {
    expect(thresholdWilson([{ score: 0.9, right: false }], 0.9)).toBe(1);
    expect(thresholdWilson([], 0.9)).toBe(1);
  });
});

describe('withinArticlePairs', () => {
  it('pairs each right candidate with the wrong ones of its own article only, a question weighing 1', () => {
    const pairs = withinArticlePairs([
      {
        base: [2, 1, 0.5, 3],
        xs: [[0], [1], [0], [5]],
        ys: [false, true, false, false],
        articles: ['a', 'a', 'a', 'b'],
      },
    ]);
    // b's candidate (another article) is in no pair; the right one (1) against 0 and 2.
    expect(pairs.map((p) => [p.d0, p.dx[0]])).toEqual([
      [-1, 1],
      [0.5, 1],
    ]);
    expect(pairs.reduce((s, p) => s + p.weight, 0)).toBeCloseTo(1);
  });

  it('with a margin, pairs the right candidate only with the wrong ones scored near or above it', () => {
    const list = {
      base: [2, 1, -3],
      xs: [[0], [1], [0]],
      ys: [false, true, false],
      articles: ['a', 'a', 'a'],
    };
    // The wrong candidate at -3 stands 4 below the right one: no rival for the first place at margin 1.
    expect(withinArticlePairs([list], 1).map((p) => p.d0)).toEqual([-1]);
    expect(withinArticlePairs([list]).map((p) => p.d0)).toEqual([-1, 4]);
  });

  it('gives no pair where the answer stands in no article with a wrong candidate', () => {
    expect(
      withinArticlePairs([{ base: [1, 2], xs: [[0], [1]], ys: [true, false], articles: ['a', 'b'] }]),
    ).toEqual([]);
  });
});

describe('fitPairwise', () => {
  // The base ranks the wrong sentence first in every pair; feature 0 marks the right one, feature 1 is noise.
  const pairs = [
    { d0: -0.5, dx: [1, 0.3], weight: 1 },
    { d0: -0.4, dx: [1, -0.3], weight: 1 },
    { d0: -0.6, dx: [1, 0], weight: 1 },
  ];

  it('learns a weight that puts the right sentence first, the noise near 0', () => {
    const w = fitPairwise(pairs, 2, 0.01);
    expect(w[0] ?? 0).toBeGreaterThan(0.6);
    expect(Math.abs(w[1] ?? 0)).toBeLessThan(0.2);
    for (const p of pairs)
      expect(p.d0 + (p.dx[0] ?? 0) * (w[0] ?? 0) + (p.dx[1] ?? 0) * (w[1] ?? 0)).toBeGreaterThan(0);
  });

  it('stays at 0 with no pairs, and nearer 0 the stronger lambda holds it', () => {
    expect(fitPairwise([], 2)).toEqual([0, 0]);
    const weak = fitPairwise(pairs, 2, 0.01)[0] ?? 0;
    const strong = fitPairwise(pairs, 2, 1)[0] ?? 0;
    expect(strong).toBeGreaterThan(0);
    expect(strong).toBeLessThan(weak);
  });
});

describe('betweenFoldSpread', () => {
  it('reads no spread where folds differ no more than the binomial', () => {
    // Five folds of 100 with 4-6 wrong: well within chance of a 5% rate.
    const { rate, variance } = betweenFoldSpread([4, 5, 6, 5, 5].map((wrong) => ({ n: 100, wrong })));
    expect(rate).toBeCloseTo(0.05);
    expect(variance).toBe(0);
  });
  it('reads the spread of folds whose rates truly differ', () => {
    // Rates of 0% and 20% over 200 items each: far beyond chance; the variance near 0.1^2.
    const { rate, variance } = betweenFoldSpread([
      { n: 200, wrong: 0 },
      { n: 200, wrong: 40 },
      { n: 200, wrong: 0 },
      { n: 200, wrong: 40 },
    ]);
    expect(rate).toBeCloseTo(0.1);
    expect(Math.sqrt(variance)).toBeGreaterThan(0.08);
    expect(Math.sqrt(variance)).toBeLessThan(0.12);
  });
  it('reads nothing of one fold or none', () => {
    expect(betweenFoldSpread([{ n: 10, wrong: 3 }]).variance).toBe(0);
    expect(betweenFoldSpread([]).rate).toBe(0);
  });
});

describe('thresholdFreshKey', () => {
  // Two folds: the best 100 scores of each right 98 times; below, fold a stays right, fold b turns
  // wrong half the time: the folds then differ beyond chance and the pooled rate rises.
  const items = (['a', 'b'] as const).flatMap((fold) => [
    ...Array.from({ length: 100 }, (_, i) => ({ score: 1 - i / 1000, right: i % 50 !== 7, fold })),
    ...Array.from({ length: 100 }, (_, i) => ({
      score: 0.8 - i / 1000,
      right: fold === 'a' || i % 2 === 0,
      fold,
    })),
  ]);
  it('stops where the folds split, though the pooled precision is still above the bar', () => {
    const t = thresholdFreshKey(items, 0.9);
    expect(t).toBeGreaterThan(0.75);
    const pooled = (at: number) => {
      const shown = items.filter((i) => i.score >= at);
      return shown.filter((i) => i.right).length / shown.length;
    };
    // The pooled share alone would go lower: at 0.75, 0.9 still holds pooled.
    expect(pooled(0.75)).toBeGreaterThanOrEqual(0.9);
    expect(pooled(t)).toBeGreaterThanOrEqual(0.9);
  });
  it('is 1 when too few items are pooled', () => {
    expect(thresholdFreshKey(items.slice(0, 50), 0.9, WILSON_Z90, 100)).toBe(1);
  });
});

describe('fitListwiseFast', () => {
  it('fits what fitListwise fits, on lists of varied length with ties of answers and zeros', () => {
    let seed = 11;
    const r = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    const lists: RankList[] = Array.from({ length: 120 }, () => {
      const m = 2 + Math.floor(r() * 50);
      const xs = Array.from({ length: m }, () =>
        Array.from({ length: 5 }, () => (r() < 0.3 ? 0 : r() * 2 - 1)),
      );
      return { xs, ys: xs.map((x) => (x[0] ?? 0) + (x[1] ?? 0) + r() > 1.1) };
    });
    const start = [0.5, 0, 0, -0.2, 1];
    const slow = fitListwise(lists, start, { lambda: 0.003 });
    const fast = fitListwiseFast(lists, start, { lambda: 0.003 });
    fast.forEach((v, i) => {
      expect(v).toBeCloseTo(slow[i] ?? Number.NaN, 6);
    });
    expect(fast[0]).toBeGreaterThan(0.5);
  });
});
