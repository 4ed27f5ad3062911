import { describe, expect, it } from 'vitest';
import { askedUntold, asksOf } from '../../src/answer/told.js';

describe('asksOf', () => {
  it('takes the lower-case words of what is asked', () => {
    expect(asksOf({ label: 'founded' })).toBe(true);
    expect(asksOf({ label: 'shut down' })).toBe(true);
  });
  it('leaves names, numbers and words that only place what is asked', () => {
    expect(asksOf({ label: 'Winn' })).toBe(false);
    expect(asksOf({ label: '2005' })).toBe(false);
    expect(asksOf({ label: 'after' })).toBe(false);
  });
});

describe('askedUntold', () => {
  const slots = [{ label: 'Winn' }, { label: 'Dixie' }, { label: 'founded' }];
  it('gives the words asked when the article tells none of them', () => {
    expect(askedUntold(slots, () => false)).toEqual(['founded']);
  });
  it('is undefined when the article tells one of them', () => {
    expect(askedUntold(slots, (k) => k === 2)).toBeUndefined();
  });
  it('is undefined when the question asks nothing beyond its names', () => {
    expect(askedUntold([{ label: 'Eric' }, { label: 'Kraus' }], () => false)).toBeUndefined();
  });
  it('counts a name told as no word of what is asked', () => {
    expect(askedUntold(slots, (k) => k === 0)).toEqual(['founded']);
  });
});
