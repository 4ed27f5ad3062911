import { describe, expect, it } from 'vitest';
import { FEATURES, type SubjectContext, subjectCandidates } from '../../src/claims/subject-fit.js';
import { nounPhrases } from '../../src/claims/subject-phrases.js';
import { tagWords } from '../../src/facts/nlp.js';

const phrasesOf = (text: string, figure: string) => {
  const start = text.indexOf(figure);
  return nounPhrases(text, tagWords(text), start, start + figure.length);
};

describe('nounPhrases', () => {
  it('reads a clause subject of common nouns as a group holder', () => {
    const found = phrasesOf('In December, shoppers spent 4% more than a year before.', '4%');
    const shoppers = found.find((p) => /shoppers/i.test(p.phrase));
    expect(shoppers?.subject).toBe(true);
    expect(shoppers?.group).toBe(true);
  });

  it('marks the "of" phrase right after the figure', () => {
    const found = phrasesOf('The survey found that 37% of young workers had no savings.', '37%');
    const workers = found.find((p) => /workers/.test(p.phrase));
    expect(workers?.ofFigure).toBe(true);
    expect(found.find((p) => /survey/.test(p.phrase))?.ofFigure).toBe(false);
  });

  it('keeps a possessive inside the phrase and leaves out runs of names alone', () => {
    const found = phrasesOf("The club's fans raised £20,000 for Zedland Rovers.", '£20,000');
    expect(found.some((p) => /club['’]s fans/.test(p.phrase))).toBe(true);
    expect(found.some((p) => p.phrase === 'Zedland Rovers')).toBe(false);
  });

  it('leaves out what is measured and when: a measure noun or a period alone owns nothing', () => {
    const found = phrasesOf('Sales rose by 5% in the first quarter.', '5%');
    expect(found.map((p) => p.phrase)).toEqual([]);
  });
});

describe('subjectCandidates with tags', () => {
  it('adds the common-noun phrases as candidates with their role', () => {
    const text = 'UK firms cut 2,000 jobs last year, Acme said.';
    const start = text.indexOf('2,000');
    const ctx: SubjectContext = {
      text,
      start,
      end: start + 5,
      names: ['Acme'],
      owners: ['Acme'],
      rule: { subject: [], from: 'none' },
      title: '',
      article: text,
      lead: false,
      tags: () => tagWords(text),
    };
    const firms = subjectCandidates(ctx).find((c) => c.subject[0] === 'UK firms');
    expect(firms?.from).toBe('phrase');
    expect(firms?.features[FEATURES.indexOf('np')]).toBe(1);
    expect(firms?.features[FEATURES.indexOf('np_subject')]).toBe(1);
    expect(firms?.features[FEATURES.indexOf('np_group')]).toBe(1);
    // Without tags, no phrase is a candidate.
    const { tags: _, ...untagged } = ctx;
    expect(subjectCandidates(untagged).some((c) => c.from === 'phrase')).toBe(false);
  });
});

describe('nounPhrases: what a figure is made of', () => {
  it('leaves out the phrase after a figure and "in": it tells what the money is, not whose', () => {
    const found = phrasesOf(
      'The minister said the money - $3.4bn in grants and $700m in soft loans - was spent.',
      '$700m',
    );
    expect(found.map((p) => p.phrase)).not.toContain('grants');
    expect(found.some((p) => /loans/.test(p.phrase))).toBe(false);
  });
});
