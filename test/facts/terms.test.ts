import { describe, expect, it } from 'vitest';
import { stem, stemsOf, TERMS_KEPT, TERMS_KEPT_LENGTH, termsOf } from '../../src/facts/terms.js';

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
  it('remembers the terms of recent texts: the same list again, for at most TERMS_KEPT texts', () => {
    const text = 'Shares in the remembered firm rose 5% on Monday.';
    const first = termsOf(text);
    expect(termsOf(text)).toBe(first);
    for (let i = 0; i < TERMS_KEPT; i++) termsOf(`another text number ${i}`);
    const again = termsOf(text);
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });
  it('does not remember a text longer than TERMS_KEPT_LENGTH', () => {
    const long = 'word '.repeat(TERMS_KEPT_LENGTH);
    expect(termsOf(long)).not.toBe(termsOf(long));
    expect(termsOf(long)).toEqual(termsOf(long));
  });
});
