import { describe, expect, it } from 'vitest';
import { groupOf, RANK_GROUPS } from '../../bench/rank-groups.js';

describe('groupOf', () => {
  it('puts each type asked in one group and a question of no type in none', () => {
    expect(groupOf('money')).toBe('figure');
    expect(groupOf('place')).toBe('name');
    expect(groupOf('duration')).toBe('time');
    expect(groupOf('statement')).toBe('clause');
    expect(groupOf(undefined)).toBe('none');
    expect(groupOf('-')).toBe('none');
    const all = RANK_GROUPS.flatMap((g) => [...g.wants]);
    expect(new Set(all).size).toBe(all.length);
  });
});
