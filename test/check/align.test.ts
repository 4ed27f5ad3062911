import { describe, expect, it } from 'vitest';
import { alignment, contextOf } from '../../src/check/align.js';
import { checkDraft } from '../../src/check/check.js';
import { parseQuantities } from '../../src/facts/quantities.js';
import { defaultVocabulary } from '../../src/index/vocabulary.js';
import { indexOf } from '../helpers/index.js';

describe('contextOf', () => {
  it('keeps the noun a figure counts, not its number in words', () => {
    const text = 'Keller suffered her first defeat in three years.';
    const [q] = parseQuantities(text).filter((p) => p.text === 'three years');
    if (!q) throw new Error('figure not read');
    const context = contextOf(text, q, defaultVocabulary());
    expect(context.has('year')).toBe(true);
    expect(context.has('three')).toBe(false);
  });
});

describe('alignment', () => {
  const context = (text: string) => {
    const [q] = parseQuantities(text);
    if (!q) throw new Error('figure not read');
    return contextOf(text, q, defaultVocabulary());
  };
  it('reads a verb in another of its forms as the same word ("took", "taking")', () => {
    // The same sentence but for the verb's form: every word of the draft's is held at its weight.
    const draft = context('Zorbex shares rose 5% after the vote.');
    expect(alignment(draft, context('Zorbex shares rising 5% after the vote.'), () => 1)).toBeCloseTo(1);
    expect(alignment(context('The film took $40m.'), context('The film taking $40m.'), () => 1)).toBeCloseTo(
      1,
    );
  });
  it('does not read two different verbs as one', () => {
    const draft = context('Zorbex shares rose 5% after the vote.');
    expect(alignment(draft, context('Zorbex shares fell 5% after the vote.'), () => 1)).toBeLessThan(1);
  });
});

const COVERAGE = {
  'sport/001':
    'Keller out in first round\n\nMarta Keller lost in the first round at Port Lewin.\n\nKeller suffered her first opening-round defeat in four years at Port Lewin.',
  'tech/002':
    'Disk storage grows\n\nHard drives hold more than ever.\n\nThe amount of data a disk can hold has grown in the last three years, while costs fell.',
};

describe('checkDraft: a count in words', () => {
  it('is not stated by another story’s sentence that merely holds the same number', () => {
    const draft = 'It was her first defeat in three years.';
    const result = checkDraft(indexOf(COVERAGE), draft);
    const claim = result.claims.find((c) => c.figure === 'three years');
    expect(claim?.verdict).toBe('contradicted');
    expect(claim?.note).toMatch(/four years/);
  });
});
