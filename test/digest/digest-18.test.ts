/**
 * Issue 20 (digest-18): a figure is titled by a measure only where its sentence writes one of the
 * measure's words as the vocabulary gives it (or its plural), not a word that merely shares its stem:
 * "Gross domestic product" is no box office ("grossed"), "on hold" no stake ("holds"), "shareholders"
 * no stake ("shareholding"); and a count that is a rank, a label or one side of odds is no figure.
 */
import { describe, expect, it } from 'vitest';
import { labelNotAmount, sharedMeasureWords, writesMeasure } from '../../src/digest/figures.js';
import { defaultVocabulary } from '../../src/index/vocabulary.js';

const concept = (name: string) => {
  const c = defaultVocabulary().concepts.find((x) => x.name === name);
  if (!c) throw new Error(`no concept ${name}`);
  return c;
};

describe('writesMeasure', () => {
  it('does not take a word of the same stem in another sense for the measure', () => {
    expect(
      writesMeasure('Gross domestic product shrank by 0.2% in the latest quarter.', concept('box office')),
    ).toBe(false);
    expect(writesMeasure('The central bank kept interest rates unchanged at 4.25%.', concept('stake'))).toBe(
      false,
    );
    expect(writesMeasure('When Zedco went bust, its shareholders lost nearly $80bn.', concept('stake'))).toBe(
      false,
    );
  });

  it('takes a word or phrase as the vocabulary writes it, or its plural', () => {
    expect(writesMeasure('The film grossed $10m in its first week.', concept('box office'))).toBe(true);
    expect(writesMeasure('Acme holds a 5% stake in Zedco.', concept('stake'))).toBe(true);
    expect(writesMeasure('Zedco revenues rose to $5bn.', concept('revenue'))).toBe(true);
    expect(
      writesMeasure('The central bank kept interest rates unchanged at 4.25%.', concept('interest rates')),
    ).toBe(true);
  });

  it('still lets a word two measures share say only the one it names', () => {
    const shared = sharedMeasureWords(defaultVocabulary().concepts);
    const text = 'Zedco will pay $50m to settle the claims.';
    expect(writesMeasure(text, concept('investment'), shared)).toBe(false);
    expect(writesMeasure(text, concept('payment'), shared)).toBe(true);
  });
});

describe('labelNotAmount', () => {
  const at = (text: string, figure: string, kind: 'count' | 'money' = 'count') => {
    const start = text.indexOf(figure);
    return labelNotAmount(text, { start, end: start + figure.length, kind });
  };

  it('reads a rank, a label or one side of odds as no amount', () => {
    expect(at('Zed Smith took over the number 10 shirt against Ruritania.', '10')).toBe(true);
    expect(at('Other acts in the current sales top 10 include The Zeds.', '10')).toBe(true);
    expect(at('Acme filed under chapter 11 bankruptcy rules last year.', '11')).toBe(true);
    expect(at('Bookmakers gave the film 8/13 odds of winning.', '13')).toBe(true);
    expect(at('He rates his chances as no better than 50/50 this season.', '50')).toBe(true);
  });

  it('keeps counts and money that only sit near such words', () => {
    expect(at('Zedco will cut 10 plants and 2,000 jobs.', '2,000')).toBe(false);
    expect(at('The number of staff rose to 1,200 in 2024.', '1,200')).toBe(false);
    expect(at('Shares could top $50 this year.', '$50', 'money')).toBe(false);
  });
});
