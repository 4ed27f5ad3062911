/**
 * Issue 20 (digest-21): a figure's title names its measure as its sentence does, where the sentence
 * writes another of the measure's words as a noun ("a record deficit of $412bn" is a deficit, not a
 * "loss"; "employs 40,000 staff" are staff, not jobs); a group is titled so where all its lines write that word.
 */
import { describe, expect, it } from 'vitest';
import { openingName } from '../../src/claims/subject.js';
import { buildDigest } from '../../src/digest/build.js';
import { measureWord, namedAlike } from '../../src/digest/figures.js';
import { defaultVocabulary } from '../../src/index/vocabulary.js';
import { indexOf } from '../helpers/index.js';

const concept = (name: string) => {
  const c = defaultVocabulary().concepts.find((x) => x.name === name);
  if (!c) throw new Error(`no concept ${name}`);
  return c;
};
const word = (text: string, figure: string, name: string) => {
  const start = text.indexOf(figure);
  return measureWord(text, { start, end: start + figure.length }, concept(name));
};

describe('measureWord', () => {
  it('names the measure by the noun its sentence writes', () => {
    expect(word('Ruritania ran up a record deficit of $387bn last year.', '$387bn', 'loss')).toBe('deficit');
    expect(word('Its trading arm, which employs 35,000 staff, is next.', '35,000', 'jobs')).toBe('staff');
  });
  it("keeps the measure's name where the sentence writes it, or no word of it as a noun", () => {
    expect(word('Zedco posted a $676m loss, against a deficit of $12m.', '$676m', 'loss')).toBe('loss');
    expect(word('Zedco agreed to pay $850m to end the case.', '$850m', 'payment')).toBe('payment');
  });
  it('keeps the name of a measure of change: a "rise" is growth', () => {
    expect(word('Exports saw a rise of 4.8% in March.', '4.8%', 'growth')).toBe('growth');
  });
});

describe('namedAlike', () => {
  it("titles mentions by the word they all write, else by the measure's name", () => {
    expect(namedAlike([{ measureWord: 'deficit' }, { measureWord: 'deficit' }], 'loss')).toBe('deficit');
    expect(namedAlike([{}, { measureWord: 'staff' }], 'jobs')).toBe('jobs');
    expect(namedAlike([{ measureWord: 'funding' }, { measureWord: 'injection' }], 'investment')).toBe(
      'investment',
    );
  });
});

describe('the digest of a deficit', () => {
  it('titles it a deficit, not a loss, and says its change as one', () => {
    const d = buildDigest(
      indexOf({
        a: 'Ruritania deficit\n\nRuritania has gone from a record surplus into a record deficit of $387bn in 2004, officials at Ruritania said.\n',
        b: 'Ruritania deficit grows\n\nRuritania faces a record deficit of $427bn in 2005, officials at Ruritania said on Monday.\n',
      }),
      { now: new Date('2026-11-24T08:00:00Z') },
    );
    const titles = d.figures.map((g) => g.measure);
    expect(titles).toContain('deficit');
    expect(titles).not.toContain('loss');
  });
});

describe('a name set in apposition to an organisation', () => {
  it('is the opening name, written again or not; a connective is not', () => {
    const article = 'Zedco, the Ruritanian dairy group caught up in a scandal, has reported a profit.';
    expect(openingName(article, article)).toBe('Zedco');
    const other = 'However, the tech giant is pivoting by investing $15bn in Widget Co.';
    expect(openingName(other, other)).toBeUndefined();
  });
});
