import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../src/answer/query.js';
import { defaultVocabulary } from '../../src/index/vocabulary.js';

const vocabulary = defaultVocabulary();
const labels = (q: string) => parseQuery(q, vocabulary).map((s) => [s.label, s.concept?.name ?? null, s.key]);

describe('parseQuery', () => {
  it('reads a question into the concepts it names and its topic words', () => {
    expect(labels('What stake is Meta taking?')).toEqual([
      ['stake', 'stake', true],
      ['Meta', null, true],
    ]);
  });

  it('prefers the longest phrase of the vocabulary', () => {
    expect(labels('share price')).toEqual([['share price', 'share price', true]]);
  });

  it('keeps short words that are topics, such as a series letter', () => {
    expect(labels('series f').map((l) => l[0])).toEqual(['series', 'f']);
  });

  it('gives no slot for a question made only of question words', () => {
    expect(parseQuery('what is it?', vocabulary)).toEqual([]);
  });
});
