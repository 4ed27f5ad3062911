import { afterEach, describe, expect, it } from 'vitest';
import {
  type FormModel,
  formFeatures,
  formModel,
  formProbabilities,
  formTokens,
  useFormModel,
} from '../../src/answer/form-model.js';
import {
  firstNameIn,
  readQuestion,
  readQuestionByRules,
  useLearnedMin,
  useLearnedOverride,
  useUnmarkedMeasures,
} from '../../src/answer/question.js';

afterEach(() => {
  useFormModel();
  useLearnedOverride(2);
  useLearnedMin();
});

describe('form model (forms.json)', () => {
  it('is loaded: its classes, its words and its weights', () => {
    const m = formModel();
    expect(m.classes).toContain('topic');
    expect(m.classes).toContain('how-much');
    expect(m.bias).toHaveLength(m.classes.length);
    expect(Object.keys(m.weights).length).toBeGreaterThan(100);
    for (const row of Object.values(m.weights)) expect(row).toHaveLength(m.classes.length);
  });

  it('holds no name: its words are written in lower case, its features read names as N', () => {
    const m = formModel();
    for (const w of m.words) expect(w).toBe(w.toLowerCase());
    for (const f of Object.keys(m.weights)) expect(f.replace(/\bN\b/g, '')).not.toMatch(/\p{Lu}/u);
  });

  it('reads a name as N, a number as #, and an unknown word as *', () => {
    const words = new Set(['budget', 'for', 'the', 'stage', 'musical', 'peak']);
    expect(formTokens('Peak budget for the Easton Nights stage musical, 2004', words)).toEqual([
      'peak',
      'budget',
      'for',
      'the',
      'N',
      'stage',
      'musical',
      ',',
      '#',
    ]);
    expect(formTokens('Ann Grey zorbling', words)).toEqual(['N', '*']);
    expect(formFeatures('budget for N?', words)).toContain('mark');
  });

  it('types a telegraphic question the rules leave untyped (made-up names)', () => {
    const q = 'budget for the Easton Nights stage musical';
    // The rules' reading of a subject's measure (untyped-33) turned off: the learned form alone.
    useUnmarkedMeasures(false);
    expect(readQuestionByRules(q).wants).toBeUndefined();
    expect(readQuestion(q).wants).toBe('money');
    useUnmarkedMeasures(true);
    const event = readQuestion('how did Easton Rovers get on in the cup final');
    expect(event).toMatchObject({ wants: 'event', subject: 'Easton Rovers' });
  });

  it('leaves a headline-like topic untyped', () => {
    for (const q of [
      'Acme shares slide as profits fall',
      'Ann Grey quits as Easton boss',
      'share price',
      'valuation',
    ])
      expect(readQuestion(q).wants).toBeUndefined();
  });

  it('a changed weight changes a typing', () => {
    const q = 'budget for the Easton Nights stage musical';
    const m = formModel();
    const best = formProbabilities(q)[0]?.form ?? '';
    const at = m.classes.indexOf(best);
    const changed: FormModel = { ...m, bias: m.bias.map((b, c) => (c === at ? b - 20 : b)) };
    useFormModel(changed);
    expect(formProbabilities(q)[0]?.form).not.toBe(best);
    useUnmarkedMeasures(false);
    expect(readQuestion(q).wants).not.toBe('money');
    useUnmarkedMeasures(true);
  });

  it('reads the first name a question writes', () => {
    expect(firstNameIn('peak audience for Easton Nights final episode')).toBe('Easton Nights');
    expect(firstNameIn("what's Acme's role in the Ward report")).toBe('Acme');
    expect(firstNameIn('Ann Grey on the Bank of Easton')).toBe('Ann Grey');
    expect(firstNameIn('Budget for the musical')).toBeUndefined();
  });
  it('replaces a type the rules read only when asked to and when they disagree', () => {
    const q = 'when did Acme open its Easton plant?';
    const place: FormModel = {
      classes: ['topic', 'where', 'when'],
      words: [],
      bias: [0, 10, 0],
      weights: {},
    };
    useFormModel(place);
    expect(readQuestion(q).wants).toBe('date');
    useLearnedOverride(0.9);
    expect(readQuestion(q).wants).toBe('place');
    useFormModel({ ...place, bias: [0, 0, 10] });
    expect(readQuestion(q)).toEqual(readQuestionByRules(q));
  });

  it('types an untyped question only from the threshold up (useLearnedMin)', () => {
    const q = 'Acme quarterly figures for Easton';
    // Two classes, "how-much" ahead by log(3): p = 0.75, under the default 0.85.
    useFormModel({ classes: ['topic', 'how-much'], words: [], bias: [0, Math.log(3)], weights: {} });
    expect(readQuestionByRules(q).wants).toBeUndefined();
    expect(readQuestion(q).wants).toBeUndefined();
    useLearnedMin(0.7);
    expect(readQuestion(q).wants).toBe('amount');
    useLearnedMin(0.8);
    expect(readQuestion(q).wants).toBeUndefined();
  });
});
