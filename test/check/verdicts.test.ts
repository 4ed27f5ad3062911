import { beforeAll, describe, expect, it } from 'vitest';
import { type Claim, type CoverageValue, checkDraft } from '../../src/check/check.js';
import {
  decideVerdict,
  defaultOptions,
  feasibleVerdicts,
  VERDICTS,
  type VerdictModel,
  verdictFeatures,
  verdictVector,
  withVerdict,
} from '../../src/check/verdicts.js';
import { parseQuantities } from '../../src/facts/quantities.js';
import { buildIndex } from '../../src/index/build.js';
import type { FactIndex } from '../../src/index/fact-index.js';
import { defaultVocabulary } from '../../src/index/vocabulary.js';

const quantity = (text: string) => {
  const q = parseQuantities(text)[0];
  if (!q) throw new Error(`no quantity in ${text}`);
  return q;
};
const value = (text: string, relation: CoverageValue['relation'], sentence: string): CoverageValue => ({
  text,
  relation,
  quantity: { ...quantity(text), start: sentence.indexOf(text), end: sentence.indexOf(text) + text.length },
  articleIds: ['001_a'],
  evidence: [{ text: sentence, citations: [] }],
});
/** A claim the rules found not found, the coverage giving a near value. */
const draftSentence = 'Acme sold 1,200 tractors last year.';
const notFound = (coverage: CoverageValue[]): Claim => ({
  figure: '1,200 tractors',
  quantity: { ...quantity('1,200 tractors'), start: 10, end: 24 },
  start: 10,
  end: 24,
  sentence: draftSentence,
  subject: 'Acme',
  verdict: 'not found',
  evidence: [],
  coverage,
  note: 'looked for a number of Acme said in words like these',
});

/** A model over two features whose only weights are the verdicts' biases. */
const biased = (supported: number, contradicted: number, notFound: number): VerdictModel => ({
  names: ['handS', 'nOtherUnit'],
  mean: [0, 0],
  scale: [1, 1],
  weights: [
    [supported, 0, 0],
    [contradicted, 0, 0],
    [notFound, 0, 0],
  ],
  margin: 0.1,
});

describe('the shipped verdict model', () => {
  it('loads: a weight a feature for each verdict, standardised by one mean and scale a feature', () => {
    const { model } = defaultOptions;
    expect(model.names.length).toBeGreaterThan(0);
    expect(model.mean).toHaveLength(model.names.length);
    expect(model.scale).toHaveLength(model.names.length);
    expect(model.weights).toHaveLength(VERDICTS.length);
    for (const row of model.weights) expect(row).toHaveLength(model.names.length + 1);
    expect(model.margin).toBeGreaterThanOrEqual(0);
  });
});

describe('feasibleVerdicts', () => {
  it('always allows not found', () => {
    expect(feasibleVerdicts({})).toEqual(['not found']);
  });
  it('allows supported only where the rules found it so', () => {
    expect(feasibleVerdicts({ handS: 1 })).toContain('supported');
    expect(feasibleVerdicts({ nStating: 1 })).not.toContain('supported');
  });
  it('allows contradicted where the rules said so or a value rules it out or is in another unit', () => {
    expect(feasibleVerdicts({ handC: 1 })).toContain('contradicted');
    for (const f of ['nAgainst', 'nOtherUnit'])
      expect(feasibleVerdicts({ [f]: 0.7 })).toContain('contradicted');
  });
  it('never contradicts with a value that can match the figure or only bounds it', () => {
    for (const f of ['nNear', 'nBounds', 'nStating'])
      expect(feasibleVerdicts({ [f]: 0.7 })).not.toContain('contradicted');
  });
});

describe('verdictVector', () => {
  it('gives a crossed feature only where the rules gave its verdict', () => {
    const names = ['nNear', 'nNear*N', 'nNear*S'];
    expect(verdictVector(names, { nNear: 2 })).toEqual([2, 2, 0]);
    expect(verdictVector(names, { nNear: 2, handS: 1 })).toEqual([2, 0, 2]);
  });
});

describe('decideVerdict', () => {
  const features = { handS: 0, nOtherUnit: 0.7 };
  it('follows the weights: a changed bias changes the verdict', () => {
    expect(decideVerdict(features, { model: biased(0, 2, 0) })).toBe('contradicted');
    expect(decideVerdict(features, { model: biased(0, 0, 2) })).toBe('not found');
  });
  it('never picks a verdict the check cannot show', () => {
    expect(decideVerdict(features, { model: biased(5, 0, 0) })).toBe('not found');
  });
  it('is silent when a shown verdict does not beat not found by the margin', () => {
    // Contradicted at e^0.2 / (1 + e^0.2) = 0.55 against 0.45: within a margin of 0.2, not found.
    expect(decideVerdict(features, { model: biased(0, 0.2, 0), margin: 0.05 })).toBe('contradicted');
    expect(decideVerdict(features, { model: biased(0, 0.2, 0), margin: 0.2 })).toBe('not found');
  });
});

describe('withVerdict', () => {
  const coverage = [
    value('1,000 tractors', 'other unit', 'Acme sold about 1,000 tractors.'),
    value('1,100 tractors', 'near', 'Acme expects to sell about 1,100 tractors.'),
  ];
  it('shows the values in another unit or ruling it out, not a near one, when contradicted', () => {
    const c = withVerdict(notFound(coverage), 'contradicted');
    expect(c.verdict).toBe('contradicted');
    expect(c.note).toBe('coverage: 1,000 tractors [001_a]');
    expect(c.evidence.map((e) => e.text)).toEqual(['Acme sold about 1,000 tractors.']);
  });
  it('keeps the evidence and names the values when not found', () => {
    const claim = {
      ...notFound(coverage),
      verdict: 'contradicted' as const,
      evidence: coverage[0]?.evidence ?? [],
    };
    const c = withVerdict(claim, 'not found');
    expect(c.verdict).toBe('not found');
    expect(c.note).toMatch(/not sure .*1,000 tractors \[001_a\]; 1,100 tractors/);
    expect(c.evidence).toEqual(claim.evidence);
  });
  it('is the same claim when the verdict is its own', () => {
    const claim = notFound(coverage);
    expect(withVerdict(claim, 'not found')).toBe(claim);
  });
});

describe('verdictFeatures', () => {
  let index: FactIndex;
  beforeAll(async () => {
    index = await buildIndex('seeds', { warn: () => {} });
  });
  const vocabulary = defaultVocabulary();
  it("reads the rules' verdict, kind and the values by relation", () => {
    const near = value('1,000 tractors', 'near', 'Acme sold about 1,000 tractors.');
    const f = verdictFeatures(index, notFound([near]), [], vocabulary);
    expect(f.handS).toBe(0);
    expect(f.handC).toBe(0);
    expect(f.count).toBe(1);
    expect(f.money).toBe(0);
    expect(f.subject).toBe(1);
    expect(f.nNear).toBeCloseTo(Math.log(2));
    expect(f.nAgainst).toBe(0);
    expect(f.nearestNear).toBeCloseTo(Math.log(1.2));
    expect(f.nearestAgainst).toBe(3);
  });
  it('aligns the sentences of a relation with the draft: shared words align more', () => {
    const alike = value('1,000 tractors', 'differs', 'Acme sold 1,000 tractors last year.');
    const unlike = value('1,000 tractors', 'differs', 'Rainfall reached 1,000 tractors in spring.');
    const a = verdictFeatures(index, notFound([alike]), [], vocabulary).alignAgainst ?? 0;
    const b = verdictFeatures(index, notFound([unlike]), [], vocabulary).alignAgainst ?? 0;
    expect(a).toBeGreaterThan(b);
    expect(a).toBeGreaterThan(0);
  });
  it('counts the other figures of its sentence', () => {
    const claim = notFound([]);
    const other = { ...claim, figure: '2%' };
    expect(verdictFeatures(index, claim, [claim, other], vocabulary).sameSentence).toBeCloseTo(Math.log(2));
    expect(verdictFeatures(index, claim, [claim], vocabulary).sameSentence).toBe(0);
  });
});

describe('checkDraft with and without the model', () => {
  it("keeps the rules' verdicts with verdictModel null, and a model's verdict otherwise", async () => {
    const index = await buildIndex('seeds', { warn: () => {} });
    const draft = 'Meta will pay $20 billion for a 49% stake, valuing Scale AI at $28 billion.';
    const rules = checkDraft(index, draft, { verdictModel: null });
    const silent = checkDraft(index, draft, { verdictModel: biased(-5, -5, 5) });
    expect(rules.claims.some((c) => c.verdict !== 'not found')).toBe(true);
    expect(silent.claims.every((c) => c.verdict === 'not found')).toBe(true);
  });
});
