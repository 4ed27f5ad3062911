import { describe, expect, it } from 'vitest';
import { claimsOf } from '../../src/claims/read.js';
import {
  chooseSubject,
  confidenceOf,
  FEATURES,
  onlyRule,
  SILENT,
  type SubjectContext,
  subjectCandidates,
} from '../../src/claims/subject-fit.js';
import { indexOf } from '../helpers/index.js';

const context = (text: string, figure: string, more: Partial<SubjectContext> = {}): SubjectContext => {
  const start = text.indexOf(figure);
  return {
    text,
    start,
    end: start + figure.length,
    names: [],
    owners: [],
    rule: { subject: [], from: 'none' },
    title: '',
    article: text,
    lead: false,
    ...more,
  };
};
const feature = (features: readonly number[], name: (typeof FEATURES)[number]) =>
  features[FEATURES.indexOf(name)];

describe('subjectCandidates', () => {
  it('gives each name of the sentence once, with where it stands against the figure', () => {
    const text = 'Acme said sales rose by 5% in Freedonia, helped by Bolt.';
    const names = ['Acme', 'Freedonia', 'Bolt'];
    const found = subjectCandidates(context(text, '5%', { names, owners: names }));
    expect(found.map((c) => c.subject)).toEqual([['Acme'], ['Freedonia'], ['Bolt']]);
    const [acme, freedonia, bolt] = found.map((c) => c.features);
    expect(feature(acme ?? [], 'before')).toBe(1);
    expect(feature(acme ?? [], 'nearest_before')).toBe(1);
    expect(feature(freedonia ?? [], 'after')).toBe(1);
    expect(feature(freedonia ?? [], 'nearest_after')).toBe(1);
    expect(feature(freedonia ?? [], 'same_clause')).toBe(1);
    // Bolt stands past a comma: another clause, further away.
    expect(feature(bolt ?? [], 'same_clause')).toBe(0);
    expect(feature(bolt ?? [], 'distance') ?? 0).toBeGreaterThan(feature(freedonia ?? [], 'distance') ?? 0);
  });

  it("merges the focus with the sentence's name of the same words, and puts the rules' reading first", () => {
    const text = 'Acme made £3m, Bolt said.';
    const found = subjectCandidates(
      context(text, '£3m', {
        names: ['Acme', 'Bolt'],
        owners: ['Acme', 'Bolt'],
        rule: { subject: ['Bolt'], from: 'named' },
        thing: 'Acme',
      }),
    );
    expect(found.map((c) => c.subject)).toEqual([['Bolt'], ['Acme']]);
    expect(feature(found[0]?.features ?? [], 'rule')).toBe(1);
    const acme = found[1]?.features ?? [];
    expect(feature(acme, 'focus_thing')).toBe(1);
    expect(feature(acme, 'in_sentence')).toBe(1);
  });
});

describe('chooseSubject', () => {
  const text = 'Sales rose 5% in Freedonia.';
  const candidates = subjectCandidates(
    context(text, '5%', { names: ['Freedonia'], owners: ['Freedonia'], thing: 'Acme' }),
  );
  const weights = (silent: number) => FEATURES.map((k) => (k === 'silent' ? silent : k === 'after' ? 1 : 0));

  it('stays silent where silence outscores every candidate, and names the best one otherwise', () => {
    expect(chooseSubject([...candidates, SILENT], weights(2))).toBe(SILENT);
    expect(chooseSubject([...candidates, SILENT], weights(0.5))?.subject).toEqual(['Freedonia']);
  });

  it("gives the best candidate's share of the softmax as its confidence", () => {
    const sure = confidenceOf([...candidates, SILENT], weights(-5));
    const unsure = confidenceOf([...candidates, SILENT], weights(1));
    expect(sure).toBeGreaterThan(0.5);
    expect(unsure).toBeLessThan(sure);
    expect(confidenceOf([], weights(0))).toBe(0);
  });

  it("keeps the rules' reading of an age as the one candidate", () => {
    const only = onlyRule({ subject: ['Jo Bloggs'], from: 'named' });
    expect(chooseSubject([only])?.subject).toEqual(['Jo Bloggs']);
  });
});

describe('claimsOf with the fitted chooser', () => {
  const index = indexOf({
    a: 'Acme Results\n\nAcme Holdings makes bricks in Leeds. Its chief is Jane Smith.\n\nAcme Holdings made a profit of $3m last year.\n\nSome 4,000 bricks were sold in France.\n\nSome 5,000 bricks were sold in Freedonia.\n',
  });
  const claims = [...index.facts()].flatMap((f) => claimsOf(index, f));
  const of = (figure: string) => claims.find((c) => c.quantity.text.includes(figure));

  it('keeps the subject the rules name', () => {
    expect(of('$3m')?.subject).toEqual(['Acme Holdings']);
    expect(of('$3m')?.subjectFrom).toBe('named');
  });

  it('names, as resolved, the country a figure the rules leave silent is counted in', () => {
    expect(of('4,000')?.subject).toEqual(['France']);
    expect(of('4,000')?.subjectFrom).toBe('resolved');
  });

  it('stays silent where no candidate outscores silence (a name that is no known place)', () => {
    expect(of('5,000')?.subject).toEqual([]);
    expect(of('5,000')?.subjectFrom).toBe('none');
  });
});
