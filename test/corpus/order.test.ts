import { describe, expect, it } from 'vitest';
import { compareIds } from '../../src/corpus/order.js';

describe('compareIds', () => {
  it('orders ids as localeCompare does', () => {
    const ids = [
      'business/010',
      'Business/009',
      'tech/2',
      'tech/10',
      'a-b',
      'a.b',
      'a_b',
      'É/1',
      'e/2',
      '001_x#3',
    ];
    expect([...ids].sort(compareIds)).toEqual([...ids].sort((a, b) => a.localeCompare(b)));
  });
});
