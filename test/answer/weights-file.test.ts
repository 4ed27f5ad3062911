import { describe, expect, it } from 'vitest';
import candidate from '../../bench/weights-rank-19.json' with { type: 'json' };
import refitted from '../../bench/weights-rank-20.json' with { type: 'json' };
import rank29 from '../../bench/weights-rank-29.json' with { type: 'json' };
import { ANSWERABLE_FEATURES, LEAD_RANK_FEATURES } from '../../src/answer/answerable.js';
import {
  BOLD_LEAD_FEATURES,
  boldFeatures,
  boldOverConfidence,
  defaultWeights,
  weightsFrom,
} from '../../src/answer/weights.js';
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

  it('reads the rank-29 candidate whole: its refitted ranking, confidence, show, bold model and boldShow', () => {
    const w = weightsFrom(rank29);
    expect([w.rank.topic, w.rank.headline, w.confidence.margin, w.bold['first.local']]).toEqual([
      rank29.rank.topic,
      rank29.rank.headline,
      rank29.confidence.margin,
      rank29.bold['first.local'],
    ]);
    expect([w.show, w.sure]).toEqual([rank29.show, rank29.boldShow]);
    // Refitted, not the shipped models under another name.
    const shipped = weightsFrom(data);
    expect(w.rank).not.toEqual(shipped.rank);
    expect(w.confidence).not.toEqual(shipped.confidence);
    expect(w.bold).not.toEqual(shipped.bold);
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

describe('the bold model over the first candidate', () => {
  it("reads the answerable model's first-candidate features, by the same names", () => {
    const answerable: readonly string[] = ANSWERABLE_FEATURES;
    for (const f of BOLD_LEAD_FEATURES) expect(answerable).toContain(f);
    expect(BOLD_LEAD_FEATURES).toHaveLength(LEAD_RANK_FEATURES.length);
  });

  it('boldFeatures gives the confidence features and the first candidate ranking features, 0 without one', () => {
    const confidence = { ...defaultWeights().confidence, weight: 0.7 };
    const out = boldFeatures(confidence, { topic: 2, position: 1.5, lead: 0 });
    expect(out.weight).toBe(0.7);
    expect([out['first.topic'], out['first.position'], out['first.lead'], out['first.local']]).toEqual([
      2, 1.5, 0, 0,
    ]);
    expect(boldFeatures(confidence, undefined)['first.topic']).toBe(0);
  });

  it('loads the first-candidate weights from the file; a model over the confidence alone weighs them 0', () => {
    const w = weightsFrom(data);
    for (const f of BOLD_LEAD_FEATURES) expect(w.bold[f]).toBe((data.bold as Record<string, number>)[f] ?? 0);
    const alone = boldOverConfidence(w.confidence);
    expect(alone['first.local']).toBe(0);
    expect(alone.margin).toBe(w.confidence.margin);
  });
});
