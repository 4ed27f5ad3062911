import { describe, expect, it } from 'vitest';
import { defaultWeights, weightsFrom } from '../../src/answer/weights.js';
import data from '../../src/answer/weights.json' with { type: 'json' };

describe('weightsFrom', () => {
  it('reads the shipped file as defaultWeights does', () => {
    expect(weightsFrom(data)).toEqual(defaultWeights());
  });

  it('names the missing model and how to make it, rather than answering with zeros', () => {
    const { bold: _bold, ...partial } = data;
    expect(() => weightsFrom(partial)).toThrow(/no bold: refit it with `npx tsx bench\/fit-answers.ts`/);
  });

  it('weighs a feature the file does not name 0', () => {
    const { topic: _topic, ...rank } = data.rank;
    expect(weightsFrom({ ...data, rank }).rank.topic).toBe(0);
  });
});
