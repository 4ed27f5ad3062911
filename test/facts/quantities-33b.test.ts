import { describe, expect, it } from 'vitest';
import { AGE_UNIT, parseQuantities } from '../../src/facts/quantities.js';

// Made-up sentences in the forms the drafts and claims keys write (no story's words).
const read = (s: string) =>
  parseQuantities(s).map((q) => [q.text, q.kind, q.value, q.unit ?? '', q.qualifier]);

describe('figures the facts layer did not read (read-33, issue 20 §1 and §3)', () => {
  it('reads a number in words with a scale word whatever follows it', () => {
    expect(read('The show is averaging five million and falling.')).toEqual([
      ['five million', 'count', 5e6, '', 'exact'],
    ]);
    expect(read('Ratings slumped from seven million to 1.5 million.').map((q) => q[2])).toEqual([7e6, 1.5e6]);
    // Without a scale, "one or two" and "two-way" are still no figure.
    expect(read('There are one or two that are safe.')).toEqual([]);
  });
  it('reads "half" after a qualifier or before a verb of people as a share', () => {
    expect(read('Of the films, more than half are from Zedland.')).toEqual([
      ['more than half', 'percent', 50, '', 'over'],
    ]);
    expect(read('Nearly half said they would vote.')).toEqual([['Nearly half', 'percent', 50, '', 'nearly']]);
    // Half a unit or a scale stays what it was.
    expect(read('It took almost half an hour.')).toEqual([]);
    expect(read('It sold almost half a million copies.').map((q) => q[2])).toEqual([500000]);
  });
  it('reads "decade-long" as ten years and age groups in words as ages', () => {
    expect(read('It came out of a decade-long slump.')).toEqual([
      ['decade-long', 'count', 10, 'years', 'exact'],
    ]);
    expect(read('The show is unsuitable for under-sevens, and the over-sixties love it.')).toEqual([
      ['under-sevens', 'count', 7, AGE_UNIT, 'exact'],
      ['over-sixties', 'count', 60, AGE_UNIT, 'exact'],
    ]);
  });
});
