import { describe, expect, it } from 'vitest';
import { flowOf, otherFlow } from '../../src/answer/flow.js';
import { defaultVocabulary } from '../../src/index/vocabulary.js';

const concept = (name: string) => {
  const found = defaultVocabulary().concepts.find((c) => c.name === name);
  if (!found) throw new Error(`no concept ${name} in the vocabulary`);
  return found;
};

describe('flowOf: which way a sum of money goes', () => {
  it('reads takings and results as taken in, a cost or a budget as spent, a fortune as held', () => {
    expect(flowOf(concept('revenue'))).toBe('earned');
    expect(flowOf(concept('box office'))).toBe('earned');
    expect(flowOf(concept('profit'))).toBe('earned');
    expect(flowOf(concept('budget'))).toBe('paid');
    expect(flowOf(concept('price'))).toBe('paid');
    expect(flowOf(concept('wealth'))).toBe('held');
  });

  it('gives no way for a sum that changes hands, a worth, or no money at all', () => {
    expect(flowOf(concept('acquisition'))).toBeUndefined();
    expect(flowOf(concept('salary'))).toBeUndefined();
    expect(flowOf(concept('valuation'))).toBeUndefined();
    expect(flowOf(concept('jobs'))).toBeUndefined();
    expect(flowOf(undefined)).toBeUndefined();
  });
});

describe('otherFlow: a figure of a sum going another way than the one asked', () => {
  it('takings do not answer a budget, nor a cost takings', () => {
    expect(otherFlow([concept('budget')], concept('revenue'))).toBe('earned');
    expect(otherFlow([concept('box office')], concept('price'))).toBe('paid');
    expect(otherFlow([concept('price')], concept('wealth'))).toBe('held');
  });

  it('a figure going the same way may answer', () => {
    expect(otherFlow([concept('revenue')], concept('box office'))).toBeUndefined();
    expect(otherFlow([concept('budget')], concept('price'))).toBeUndefined();
  });

  it('says nothing where either way is unknown or the question asks both ways', () => {
    expect(otherFlow([], concept('revenue'))).toBeUndefined();
    expect(otherFlow([concept('budget')], undefined)).toBeUndefined();
    expect(otherFlow([concept('budget')], concept('acquisition'))).toBeUndefined();
    expect(otherFlow([concept('acquisition')], concept('revenue'))).toBeUndefined();
    expect(otherFlow([concept('budget'), concept('revenue')], concept('revenue'))).toBeUndefined();
    // A measure of no money (a count) neither asks nor gives a way.
    expect(otherFlow([concept('jobs')], concept('revenue'))).toBeUndefined();
  });
});
