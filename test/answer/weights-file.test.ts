import { describe, expect, it } from 'vitest';
import candidate from '../../bench/weights-rank-19.json' with { type: 'json' };
import refitted from '../../bench/weights-rank-20.json' with { type: 'json' };
import { defaultWeights, weightsFrom } from '../../src/answer/weights.js';
import data from '../../src/answer/weights.json' with { type: 'json' };

describe('weightsFrom', () => {
  it('gives each model and threshold of the file under its name', () => {
    const w = weightsFrom(data);
    expect(w.rank.topic).toBe(data.rank.topic);
    expect(w.confidence.margin).toBe(data.confidence.margin);
    expect(w.bold.margin).toBe(data.bold.margin);
    expect([w.show, w.sure, w.none]).toEqual([data.show, data.boldShow, data.none]);
  });

  it('names the missing model and how to make it, rather than answering with zeros', () => {
    const { bold: _bold, ...partial } = data;
    expect(() => weightsFrom(partial)).toThrow(/no bold: refit it with `npx tsx bench\/fit-answers.ts`/);
  });

  it("reads the within-article rarity weight (`local`) from the file, and the rank-19 candidate's", () => {
    expect(weightsFrom(data).rank.local).toBe(data.rank.local);
    expect(weightsFrom(candidate).rank.local).toBe(candidate.rank.local);
    expect(weightsFrom(candidate).rank.local).not.toBe(weightsFrom(data).rank.local);
  });

  it("reads the rank-20 candidate's bold model, refitted with `local` on, and its own threshold", () => {
    const w = weightsFrom(refitted);
    expect(w.rank.local).toBe(refitted.rank.local);
    expect([w.bold.margin, w.bold.topicLead, w.sure]).toEqual([
      refitted.bold.margin,
      refitted.bold.topicLead,
      refitted.boldShow,
    ]);
    expect(w.bold).not.toEqual(weightsFrom(data).bold);
  });

  it('weighs a feature the file does not name 0', () => {
    const { topic: _topic, ...rank } = data.rank;
    expect(weightsFrom({ ...data, rank }).rank.topic).toBe(0);
  });
});

describe('defaultWeights', () => {
  it('reads the file once and shares one frozen set of weights', () => {
    const first = defaultWeights();
    expect(defaultWeights()).toBe(first);
    expect(Object.isFrozen(first) && Object.isFrozen(first.rank) && Object.isFrozen(first.bold)).toBe(true);
  });
});
