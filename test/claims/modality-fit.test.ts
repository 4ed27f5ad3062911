/**
 * Issue 20 §1 (claims-28): the fitted modality reader. Its features are the rules' reading and the
 * cue words of the figure's clause where they stand; it replaces the rules' reading only when its
 * class outscores it by the model's margin, and never for a reading it has no class for.
 */
import { describe, expect, it } from 'vitest';
import {
  fittedModality,
  type ModalityWeights,
  modalityFeatures,
  modalityOf,
  modalityScores,
} from '../../src/claims/modality.js';
import data from '../../src/claims/modality-weights.json' with { type: 'json' };
import { parseQuantities } from '../../src/facts/quantities.js';

const at = (text: string, figure: string) => {
  const q = parseQuantities(text).find((x) => x.text === figure);
  if (!q) throw new Error(`no figure ${figure} in ${text}`);
  return [q.start, q.end] as const;
};

describe('modalityFeatures', () => {
  it('names the rules reading and where each cue stands', () => {
    const text = 'Analysts expect profits of £5m this year, the firm said, and it will pay a dividend.';
    const [start, end] = at(text, '£5m');
    const features = modalityFeatures(text, start, end);
    expect(features).toContain(`rule:${modalityOf(text, start, end)}`);
    expect(features).toContain('bias');
    expect(features).toContain('b:expect');
    // "will" stands in another clause of the sentence, not in the figure's.
    expect(features).toContain('s:will');
    expect(features).not.toContain('b:will');
  });

  it('tells a cue just after the figure from one before it', () => {
    const text = 'Sales of 300,000 are forecast for the new model.';
    const [start, end] = at(text, '300,000');
    const features = modalityFeatures(text, start, end);
    expect(features).toContain('a:forecast');
    expect(features).not.toContain('b:forecast');
  });
});

describe('fittedModality', () => {
  const text = 'The firm could pay £500m for the site.';
  const [start, end] = at(text, '£500m');
  const rule = modalityOf(text, start, end);
  const other = rule === 'reported' ? 'proposed' : 'reported';
  const model = (push: number, margin: number): ModalityWeights => ({
    classes: ['reported', 'expected', 'proposed'],
    weights: { bias: ['reported', 'expected', 'proposed'].map((c) => (c === other ? push : 0)) },
    margin,
  });

  it('keeps the rules reading unless another class outscores it by the margin', () => {
    expect(fittedModality(text, start, end, model(0.4, 0.5))).toBe(rule);
    expect(fittedModality(text, start, end, model(0.6, 0.5))).toBe(other);
  });

  it('scores each class as the sum of its features weights', () => {
    const m: ModalityWeights = { classes: ['reported', 'expected'], weights: { a: [1, 2], b: [0.5, -1] } };
    expect(modalityScores(['a', 'b', 'unknown'], m)).toEqual([1.5, 1]);
  });

  it('leaves a reading the model has no class for as the rules read it', () => {
    const denied = 'The company denied it would pay £2bn for the stake.';
    const [s, e] = at(denied, '£2bn');
    expect(modalityOf(denied, s, e)).toBe('denied');
    expect(fittedModality(denied, s, e, model(5, 0))).toBe('denied');
  });

  it("keeps an offer's own amount proposed, not a figure of something offered", () => {
    const push: ModalityWeights = {
      classes: ['reported', 'expected', 'proposed'],
      weights: { bias: [5, 0, 0] },
    };
    const bid = 'Acme offered $3bn for Rivalco.';
    const [s1, e1] = at(bid, '$3bn');
    expect(modalityFeatures(bid, s1, e1)).toContain('offer_amount');
    expect(fittedModality(bid, s1, e1, push)).toBe('proposed');
    const service = 'The shop offers a download service for £4.99 a month.';
    const [s2, e2] = at(service, '£4.99');
    expect(modalityFeatures(service, s2, e2)).not.toContain('offer_amount');
    expect(fittedModality(service, s2, e2, push)).toBe('reported');
  });

  it('loads a model of the labelled classes with a weight per class for each feature', () => {
    const m = data as unknown as ModalityWeights;
    expect(m.classes).toEqual(['reported', 'expected', 'proposed']);
    for (const w of Object.values(m.weights)) expect(w).toHaveLength(m.classes.length);
    expect(m.weights['rule:expected']).toBeDefined();
  });

  it('reads plain past outcomes as reported and forecasts as expected with the fitted model', () => {
    const past = 'Profits rose 12% to £40m last year, the bank said.';
    const [s1, e1] = at(past, '£40m');
    expect(fittedModality(past, s1, e1)).toBe('reported');
    const forecast = 'Economists forecast that growth will slow to 2.1% next year.';
    const [s2, e2] = at(forecast, '2.1%');
    expect(fittedModality(forecast, s2, e2)).toBe('expected');
  });
});
