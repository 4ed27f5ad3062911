import { describe, expect, it } from 'vitest';
import { answerQuery } from '../../src/answer/answer.js';
import data from '../../src/answer/precision.json' with { type: 'json' };
import {
  KEEP_EVERY_LINE,
  logit,
  type PrecisionModel,
  precisionFeatures,
  precisionKept,
  precisionPromoted,
  precisionScore,
  shippedPrecisionModel,
} from '../../src/answer/precision-gate.js';
import { defaultWeights } from '../../src/answer/weights.js';
import { indexOf } from '../helpers/index.js';

describe('precisionFeatures', () => {
  it('reads the scores as logits, the features by their source and the group of the type asked', () => {
    const f = precisionFeatures({
      conf: 0.5,
      bold: 0.8,
      wants: 'money',
      x: { bias: 1, margin: 2 },
      first: { lead: 1 },
    });
    expect(f.bias).toBe(1);
    expect(f.conf).toBeCloseTo(0);
    expect(f.bold).toBeCloseTo(Math.log(4));
    expect(f['x.margin']).toBe(2);
    expect(f['x.bias']).toBeUndefined();
    expect(f['first.lead']).toBe(1);
    expect(f['group.figure']).toBe(1);
    expect(f['group.name']).toBeUndefined();
  });

  it('keeps a probability of 0 or 1 finite', () => {
    expect(Number.isFinite(logit(0))).toBe(true);
    expect(Number.isFinite(logit(1))).toBe(true);
    expect(logit(0.9)).toBeGreaterThan(logit(0.6));
  });
});

describe('precisionKept: the fitted probability against the threshold', () => {
  // A made-up model: the bold score counts, a clause answer counts against.
  const model: PrecisionModel = { weights: { bias: 0, bold: 1, 'group.clause': -2 }, threshold: 0.6 };

  it('keeps a line whose probability reaches the threshold, hides one under it', () => {
    expect(precisionScore(model, { conf: 0.5, bold: 0.8, wants: 'money' })).toBeCloseTo(0.8);
    expect(precisionKept(model, { conf: 0.5, bold: 0.8, wants: 'money' })).toBe(true);
    expect(precisionKept(model, { conf: 0.5, bold: 0.5, wants: 'money' })).toBe(false);
    // The same bold score, a clause asked: the group's weight takes it under.
    expect(precisionKept(model, { conf: 0.5, bold: 0.8, wants: 'event' })).toBe(false);
  });

  it('a changed weight changes the decision', () => {
    const row = { conf: 0.5, bold: 0.8, wants: 'event' };
    expect(precisionKept({ ...model, weights: { ...model.weights, 'group.clause': 0 } }, row)).toBe(true);
  });

  it('a threshold of 0 keeps every line', () => {
    expect(precisionKept(KEEP_EVERY_LINE, { conf: 0.01, bold: 0.01 })).toBe(true);
  });

  it('the shipped model is the file, its threshold a probability', () => {
    expect(shippedPrecisionModel.weights).toEqual(data.weights);
    expect(shippedPrecisionModel.threshold).toBe(data.threshold);
    expect(data.threshold).toBeGreaterThanOrEqual(0);
    expect(data.threshold).toBeLessThan(1);
  });

  it('the promotion threshold is read from the file, above the withholding one', () => {
    expect(shippedPrecisionModel.promote).toBe(data.promote);
    expect(data.promote).toBeGreaterThan(data.threshold);
    expect(data.promote).toBeLessThanOrEqual(1);
  });
});

// Precision-37b: the same probability promotes a hedged short answer to bold from `promote` up.
describe('precisionPromoted', () => {
  const model: PrecisionModel = { weights: { bias: 0, bold: 1 }, threshold: 0.1, promote: 0.75 };

  it('promotes from the threshold up, not under it', () => {
    expect(precisionPromoted(model, { conf: 0.5, bold: 0.8 })).toBe(true);
    expect(precisionPromoted(model, { conf: 0.5, bold: 0.7 })).toBe(false);
  });

  it('promotes nothing without a promotion threshold', () => {
    expect(precisionPromoted({ ...model, promote: undefined }, { conf: 0.5, bold: 0.99 })).toBe(false);
    expect(precisionPromoted(KEEP_EVERY_LINE, { conf: 0.5, bold: 0.99 })).toBe(false);
  });
});

// Precision-37: a short answer shown but not sure keeps its "Likely" line only where the model keeps it.
describe('answerQuery: the precision gate', () => {
  const index = indexOf({
    harbour:
      'New pier for Selby Cove\n\nThe council will open the new pier at Selby Cove in May.\nThe opening ceremony for the pier will be held on 12 May.\nThe pier took the council two years of planning.\nFishing boats have used the cove since 1890.\n',
  });
  const question = 'When will the opening ceremony for the pier be held?';
  const shown = { ...defaultWeights(), show: 0, none: 0, sure: 1.01, hedgedFloor: 0 };
  const base = { weights: shown, answerableModel: false, hedgedGate: { floors: {} } };

  it('keeps the hedged line where the model keeps every line', () => {
    const answer = answerQuery(index, question, { ...base, precisionGate: KEEP_EVERY_LINE });
    expect(answer.answer?.text).toMatch(/May/);
    expect(answer.answer?.sure).toBeUndefined();
  });

  it('withholds it, keeping the facts, where the probability is under the threshold', () => {
    const unsure: PrecisionModel = { weights: { bias: -5 }, threshold: 0.5 };
    const answer = answerQuery(index, question, { ...base, precisionGate: unsure });
    expect(answer.answer).toBeUndefined();
    expect(answer.facts.some((f) => /12 May/.test(f.text))).toBe(true);
  });

  it('never withholds a bold answer', () => {
    const unsure: PrecisionModel = { weights: { bias: -5 }, threshold: 0.5 };
    const answer = answerQuery(index, question, {
      ...base,
      weights: { ...shown, sure: 0 },
      precisionGate: unsure,
    });
    expect(answer.answer?.text).toMatch(/May/);
    expect(answer.answer?.sure).toBe(true);
  });

  it('shows a hedged answer in bold where the probability reaches the promotion threshold', () => {
    const promoting: PrecisionModel = { weights: { bias: 5 }, threshold: 0.5, promote: 0.9 };
    const answer = answerQuery(index, question, { ...base, precisionGate: promoting });
    expect(answer.answer?.text).toMatch(/May/);
    expect(answer.answer?.sure).toBe(true);
  });

  it('keeps it hedged where the probability is under the promotion threshold', () => {
    // sigmoid(1) = 0.73: kept (over 0.5), not promoted (under 0.9).
    const hedging: PrecisionModel = { weights: { bias: 1 }, threshold: 0.5, promote: 0.9 };
    const answer = answerQuery(index, question, { ...base, precisionGate: hedging });
    expect(answer.answer?.text).toMatch(/May/);
    expect(answer.answer?.sure).toBeUndefined();
  });
});
