import { describe, expect, it } from 'vitest';
import { confidenceRows, fitLogistic, type ShortRow } from '../../bench/confidence-fit.js';

// Features: [bias, f]. Answerable short answers: right when f is high, wrong when low, with overlap.
const answerable: ShortRow[] = [
  ...[0.2, 0.5, 0.7, 0.9, 1, 1.2].map((f) => ({ x: [1, f], empty: false, right: true })),
  ...[-1, -0.6, -0.2, 0.1, 0.6].map((f) => ({ x: [1, f], empty: false, right: false })),
];
// Unanswerable questions whose short answer scores high on f: they should pull the fit's f down.
const unanswerable: ShortRow[] = [0.8, 1, 1.1].map((f) => ({ x: [1, f], empty: true, right: false }));
const shorts = [...answerable, ...unanswerable];

describe('confidenceRows', () => {
  it('counts an unanswerable question as a wrong answer weighing W, and leaves it out at 0', () => {
    expect(confidenceRows(shorts, 0)).toHaveLength(answerable.length);
    const rows = confidenceRows(shorts, 0.5);
    expect(rows).toHaveLength(shorts.length);
    expect(rows.slice(answerable.length).every((r) => r.y === 0 && r.w === 0.5)).toBe(true);
    expect(rows.slice(0, answerable.length).every((r) => (r.w ?? 1) === 1)).toBe(true);
  });
});

describe('fitLogistic', () => {
  it('weighs unanswerable questions by the option: more weight, a lower weight on their feature', () => {
    const f = (w: number) => fitLogistic(confidenceRows(shorts, w), 2)[1] ?? 0;
    const [w0, w05, w1] = [f(0), f(0.5), f(1)];
    expect(w0).toBeGreaterThan(w05);
    expect(w05).toBeGreaterThan(w1);
  });

  it('gives the same weights for a row of weight 2 as for the row twice', () => {
    const rows = confidenceRows(answerable);
    const twice = fitLogistic([...rows, rows[0] ?? { x: [1, 0], y: 0 }], 2);
    const weighted = fitLogistic([{ ...(rows[0] ?? { x: [1, 0], y: 0 }), w: 2 }, ...rows.slice(1)], 2);
    twice.forEach((v, i) => {
      expect(weighted[i]).toBeCloseTo(v, 6);
    });
  });

  it('says how to fix a fit with no weight', () => {
    expect(() => fitLogistic(confidenceRows(unanswerable, 0), 2)).toThrow(/weight above 0/);
  });
});
