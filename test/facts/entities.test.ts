import { describe, expect, it } from 'vitest';
import { namesInside, sentenceEntities } from '../../src/facts/entities.js';

describe('sentenceEntities', () => {
  it('reads runs of proper nouns in each sentence', () => {
    const names = sentenceEntities('The board met Alexandr Wang and Sir Alex Ferguson in London.');
    expect(names).toEqual(expect.arrayContaining(['Alexandr Wang', 'London']));
  });

  it('takes a capitalized first word for a name only when the article uses it as one', () => {
    const sentences = ['Speculation grew on Monday.', 'Glazer said Rovers would sell, and Glazer left.'];
    const names = namesInside(sentences);
    const [first, second] = sentences.map((s) => sentenceEntities(s, names));
    expect(first).toEqual([]);
    expect(second).toEqual(['Glazer', 'Rovers']);
  });
});
