import { describe, expect, it } from 'vitest';
import { keep } from '../../src/facts/kept.js';

describe('keep', () => {
  it('keeps at most the limit, dropping the oldest entry first', () => {
    const kept = new Map<string, number>();
    for (const [i, key] of ['a', 'b', 'c', 'd'].entries()) keep(kept, 3, key, i);
    expect([...kept.keys()]).toEqual(['b', 'c', 'd']);
  });

  it('gives back the value it keeps', () => {
    const kept = new Map<string, string[]>();
    const value = ['x'];
    expect(keep(kept, 2, 'k', value)).toBe(value);
    expect(kept.get('k')).toBe(value);
  });
});
