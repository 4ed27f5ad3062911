import { describe, expect, it } from 'vitest';
import {
  type AnswerableRow,
  answered,
  costly,
  fitAnswerable,
  nearVector,
  open,
} from '../../bench/answerable-fit.js';
import { type Outcome, summarize } from '../../bench/eval-answers.js';
import type { KeyQuery } from '../../bench/keys.js';
import { ANSWERABLE_FEATURES, NEAR_FEATURES } from '../../src/answer/answerable.js';

// Features: the bias and one feature f; the rest 0.
const x = (f: number) => ANSWERABLE_FEATURES.map((_, i) => (i === 0 ? 1 : i === 1 ? f : 0));
const row = (f: number, r: Partial<AnswerableRow>): AnswerableRow => ({
  key: 'A',
  fold: 'A',
  empty: false,
  rank: -1,
  shortRight: false,
  noted: false,
  x: x(f),
  ...r,
});
// Answerable questions silence would cost (a right short answer, a right fact third) score high on f.
const costlyRows = [0.5, 0.8, 1, 1.2].map((f) => row(f, { rank: 0, shortRight: true }));
const third = row(0.9, { rank: 2 });
// Answerable questions whose right fact stands first with a wrong short answer: silence costs nothing.
const costless = [-1, -0.8, -0.5].map((f) => row(f, { rank: 0 }));
const unanswerable = [-0.9, -0.3, 0.6].map((f) => row(f, { empty: true }));
const rows = [...costlyRows, third, ...costless, ...unanswerable];

describe('the answerable labels', () => {
  it('counts as costly a right short answer or a right fact third, never an unanswerable question', () => {
    expect(costlyRows.every(costly)).toBe(true);
    expect(costly(third)).toBe(true);
    expect(costless.some(costly)).toBe(false);
    expect(unanswerable.some(costly)).toBe(false);
    // The first-three label counts the costless rows as answered.
    expect(costless.every(answered)).toBe(true);
  });

  it('leaves out of the fit the rows a rule silenced or without features', () => {
    expect(open(row(0, { noted: true }))).toBe(false);
    const { x: _, ...bare } = row(0, {});
    expect(open(bare)).toBe(false);
    expect(open(row(0, {}))).toBe(true);
  });
});

describe('fitAnswerable', () => {
  const slope = (beta: number[]) => beta[1] ?? 0;
  it('with the cost label, costless answered rows count against f: a steeper slope than the first-three label', () => {
    expect(slope(fitAnswerable(rows, 0.01, 1, 'cost'))).toBeGreaterThan(
      slope(fitAnswerable(rows, 0.01, 1, 'top3')),
    );
  });

  it('a costless weight of 0 fits as if those rows were not there', () => {
    const without = fitAnswerable(
      rows.filter((r) => !costless.includes(r)),
      0.01,
      1,
      'cost',
    );
    const zero = fitAnswerable(rows, 0.01, 1, 'cost', 0);
    zero.forEach((b, i) => {
      expect(b).toBeCloseTo(without[i] ?? 0, 6);
    });
  });
});

describe('summarize', () => {
  const q = (empty: boolean): KeyQuery => ({
    query: 'q',
    expect: [],
    empty,
    key: 'A',
    group: 'A',
    index: 0,
    split: 'train',
  });
  const outcome = (empty: boolean, shown: boolean, silent: boolean): Outcome => ({
    q: q(empty),
    rank: -1,
    shown,
    shortRight: false,
    sure: false,
    silent,
    strict: false,
  });
  it('counts the short answers shown on unanswerable questions, and only those', () => {
    const s = summarize([
      outcome(true, true, false),
      outcome(true, false, true),
      outcome(false, true, false),
    ]);
    expect(s.emptyShown).toBe(1);
    expect(s.empty).toBe(2);
    expect(s.silent).toBe(1);
    expect(s.shown).toBe(1);
  });
});

describe('nearVector (--with-near)', () => {
  it("gives a row's near-miss signals in NEAR_FEATURES order, and zeros for a row without them", () => {
    const signals = NEAR_FEATURES.map((_, i) => (i === 2 ? 1 : 0));
    expect(nearVector(signals)).toEqual(signals);
    expect(nearVector(undefined)).toEqual(NEAR_FEATURES.map(() => 0));
    expect(nearVector(undefined)).toHaveLength(NEAR_FEATURES.length);
  });
});
