import { describe, expect, it } from 'vitest';
import { alignedWith, alignment, contextOf, preparedContext } from '../../src/check/align.js';
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

describe('alignedWith', () => {
  const context = (entries: Array<[string, number]>) => new Map(entries);
  const rarities: Record<string, number> = { zorbex: 3, share: 1.5, rose: 0.7, vote: 2 };
  const rarity = (stem: string) => rarities[stem] ?? 1;
  const draft = context([
    ['zorbex', 1],
    ['share', 0.8],
    ['rose', 1],
    ['vote', 0.4],
  ]);
  it('gives what alignment gives', () => {
    const other = context([
      ['share', 0.5],
      ['rise', 0.9],
      ['vote', 1],
    ]);
    expect(alignedWith(preparedContext(draft, rarity), other)).toBe(alignment(draft, other, rarity));
  });
  it('counts an added word only where the context lacks it, at the added weight', () => {
    // A copy of the context with the words set where it lacks them: what alignedWith reads without a copy.
    const other = context([
      ['share', 0.5],
      ['vote', 0.2],
    ]);
    const words = new Set(['zorbex', 'vote']);
    const copy = new Map(other);
    for (const w of words) if (!copy.has(w)) copy.set(w, 0.5);
    const expected = alignment(draft, copy, rarity);
    expect(alignedWith(preparedContext(draft, rarity), other, { words, weight: 0.5 })).toBe(expected);
    // The vote's own weight (0.2) stands: were it raised to the added 0.5, the share would be larger.
    expect(expected).toBeLessThan(alignment(draft, new Map([...copy, ['vote', 0.5]]), rarity));
  });
});

const COVERAGE = {
  'sport/001':
    'Keller out in first round\n\nMarta Keller lost in the first round at Port Lewin.\n\nKeller suffered her first opening-round defeat in four years at Port Lewin.',
  'tech/002':
    'Disk storage grows\n\nHard drives hold more than ever.\n\nHow much data a disk can store has risen over the past three years, while prices fell.',
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

describe('contextOf counts the clause marks between a word and its figure', () => {
  const weights = (text: string, figure: string) => {
    const q = parseQuantities(text).find((p) => p.text === figure);
    if (!q) throw new Error(`figure not read: ${figure}`);
    return contextOf(text, q, defaultVocabulary());
  };
  it('adds two words of distance for each comma, semicolon, colon, bracket or dash between', () => {
    // "sales" one word before "5%" (rose): 1 / (1 + 1/2); with a comma between, 1 / (1 + 3/2).
    expect(weights('Zorbex sales rose 5% in Leeds.', '5%').get('sale')).toBeCloseTo(1 / 1.5);
    expect(weights('Zorbex sales, rose 5% in Leeds.', '5%').get('sale')).toBeCloseTo(1 / 2.5);
    // After the figure: "Leeds" one word on (in is unindexed but counts), an em dash and a bracket: 1 + 2 * 2.
    expect(weights('Zorbex sales rose 5% — (in Leeds).', '5%').get('leed')).toBeCloseTo(1 / (1 + 5 / 2));
    // A mark right against the word counts too.
    expect(weights('Zorbex sales rose 5% (Leeds).', '5%').get('leed')).toBeCloseTo(1 / (1 + 2 / 2));
    // Marks on the far side of the figure do not count, nor those beyond the word.
    expect(weights('Zorbex: sales rose 5% in Leeds; Acme, too.', '5%').get('sale')).toBeCloseTo(1 / 1.5);
    // Every mark in a long run counts: semicolon, colon, en dash, comma.
    expect(weights('Profits; then: more – sales, rose 5%.', '5%').get('profit')).toBeCloseTo(
      1 / (1 + (4 + 2 * 4) / 2),
    );
  });
});
