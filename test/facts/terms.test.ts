import { describe, expect, it } from 'vitest';
import { stem, stemsOf, termsOf } from '../../src/facts/terms.js';

describe('termsOf', () => {
  it('splits words and numbers the same way for facts and questions', () => {
    expect(stemsOf("Meta's data-labeling start-up raised $1,500m, 2.48bn")).toEqual([
      'meta',
      'data',
      'label',
      'start',
      'up',
      'rais',
      '1500',
      'm',
      '2.48',
      'bn',
    ]);
  });
  it('keeps offsets', () => {
    expect(termsOf('Acme, valued').map((t) => t.start)).toEqual([0, 6]);
  });
  it('stems inflections alike', () => {
    expect(stem('valued')).toBe(stem('values'));
    expect(stem('Investing')).toBe(stem('invest'));
  });
  it('reads a typographic apostrophe as a plain one', () => {
    expect(stem('Wang’s')).toBe(stem("Wang's"));
    expect(stem('Wang’s')).toBe(stem('Wang'));
  });
});
