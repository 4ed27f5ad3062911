import { describe, expect, it } from 'vitest';
import { answerQuery } from '../../src/answer/answer.js';
import { defaultWeights, weightsFrom } from '../../src/answer/weights.js';
import data from '../../src/answer/weights.json' with { type: 'json' };
import { indexOf } from '../helpers/index.js';

// Bold-35: a short answer the confidence shows but the bold model scores under `hedgedFloor` gets no line.
describe('hedgedFloor: no hedged line where the bold model scores the short answer under its floor', () => {
  const index = indexOf({
    match:
      'Farewell for Jones\n\nJones will play his final match for Easton in June.\nThe testimonial will be at Northfield Park on 4 June.\nHe has played 200 games for the club.\nJones joined Easton from Westbury in 2015.\n',
  });
  const question = "What date is Jones's final match?";
  const shown = { ...defaultWeights(), show: 0, none: 0, sure: 1.01 };

  it('shows the hedged short answer with no floor', () => {
    const answer = answerQuery(index, question, {
      weights: { ...shown, hedgedFloor: 0 },
      answerableModel: false,
    });
    expect(answer.answer?.text).toMatch(/June/);
    expect(answer.answer?.sure).toBeUndefined();
  });

  it('withholds it, keeping the facts, when every bold score is under the floor', () => {
    const answer = answerQuery(index, question, {
      weights: { ...shown, hedgedFloor: 1.01 },
      answerableModel: false,
    });
    expect(answer.answer).toBeUndefined();
    expect(answer.facts.some((f) => /June/.test(f.text))).toBe(true);
  });
});

describe('weightsFrom: hedgedFloor', () => {
  it("reads the file's floor, under the bold threshold", () => {
    const w = weightsFrom(data);
    expect(w.hedgedFloor).toBe(data.hedgedFloor);
    expect(w.hedgedFloor).toBeGreaterThan(0);
    expect(w.hedgedFloor).toBeLessThan(w.sure);
  });

  it('is 0 (no floor) for a file without one', () => {
    const { hedgedFloor: _floor, ...older } = data;
    expect(weightsFrom(older).hedgedFloor).toBe(0);
  });
});
