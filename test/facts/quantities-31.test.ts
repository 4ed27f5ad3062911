import { describe, expect, it } from 'vitest';
import { ORDINAL_UNIT, parseQuantities } from '../../src/facts/quantities.js';

const read = (text: string) =>
  parseQuantities(text).map((q) => [q.text, q.kind, q.value, q.unit ?? q.currency ?? ''] as const);

describe('figures the claims keys label and no claim read (claims-31b, issue 20 §1 and §3)', () => {
  it('reads a rank in digits as a count in `th`', () => {
    expect(read('Okafor won his 40th cap for Zedland.')).toEqual([['40th', 'count', 40, ORDINAL_UNIT]]);
    expect(read('The firm finished in 12th place.')).toEqual([['12th', 'count', 12, ORDINAL_UNIT]]);
    expect(read('Its rivals are ranked between the 25th and 80th.')).toEqual([
      ['25th', 'count', 25, ORDINAL_UNIT],
      ['80th', 'count', 80, ORDINAL_UNIT],
    ]);
    expect(read('It is the 3rd time and the 22nd win.').map((q) => q[2])).toEqual([3, 22]);
  });

  it('reads no day of a month, century or glued word as a rank', () => {
    expect(read('The vote is on May 7th.')).toEqual([]);
    expect(read('The vote is on the 7th.')).toEqual([]);
    expect(read('The vote is on 7th March and the 9th of April.')).toEqual([]);
    expect(read('A 19th-century mill and the 20th century.')).toEqual([]);
    expect(read('A4th and B12th are codes.')).toEqual([]);
  });
});

describe('one unit of time and "a couple" as figures (claims-31b, issue 20 §1)', () => {
  it('reads "a year" as a span after a word of span or before a word of sequence', () => {
    expect(read('The firm has fought the tax office for more than a year.')).toEqual([
      ['more than a year', 'count', 1, 'years'],
    ]);
    expect(read('She fell ill a month after taking over.')).toEqual([['a month', 'count', 1, 'months']]);
    expect(read('MPs may review it within a year.')).toEqual([['a year', 'count', 1, 'years']]);
  });

  it('leaves a rate, "a year ago" and "a day of" unread', () => {
    expect(read('It earns £5m a year and meets twice a week.').map((q) => q[0])).toEqual(['£5m', 'twice']);
    expect(read('A day of action was held a year ago.')).toEqual([]);
  });

  it('reads "a couple of months" as two months and "a couple more" as two', () => {
    expect(read('The shop has stayed open for a couple of months.')).toEqual([
      ['a couple of months', 'count', 2, 'months'],
    ]);
    expect(read('Okafor hopes to sign a couple more.')).toEqual([['a couple', 'count', 2, '']]);
    expect(read('A couple who live there.')).toEqual([]);
  });
});

describe('a rank in words (claims-31b, issue 20 §1 and §3)', () => {
  it('reads an ordinal after a verb of finishing or before a place', () => {
    expect(read('Okafor came second in the poll.')).toEqual([['second', 'count', 2, ORDINAL_UNIT]]);
    expect(read('The band rose to fifth from 14th.')).toEqual([
      ['fifth', 'count', 5, ORDINAL_UNIT],
      ['14th', 'count', 14, ORDINAL_UNIT],
    ]);
    expect(read('She was in fourth place.')).toEqual([['fourth', 'count', 4, ORDINAL_UNIT]]);
  });

  it('reads "number two" and "No 7" as ranks, not "No one" nor "a number of"', () => {
    expect(read('The single reached number two in the chart.')).toEqual([
      ['number two', 'count', 2, ORDINAL_UNIT],
    ]);
    expect(read('Bloggs is at No 7.')).toEqual([['No 7', 'count', 7, ORDINAL_UNIT]]);
    expect(read('No one was hurt.')).toEqual([]);
    expect(read('A number of people came.')).toEqual([]);
    expect(read('He was first elected in the second half.')).toEqual([]);
  });
});

describe('a moment and a thing counted are no span nor rank (claims-31b)', () => {
  it('leaves "more than a year ago" and "the 900th number one" unread as span and rank', () => {
    expect(read('Entries rose, a third more than a year ago.').map((q) => q[3])).not.toContain('years');
    expect(read('Sales were up on a year earlier.')).toEqual([]);
    expect(read('It would be the 900th number one in the chart.')).toEqual([
      ['900th', 'count', 900, ORDINAL_UNIT],
    ]);
    expect(read('Bloggs stayed for less than a week before he left.')).toEqual([
      ['less than a week', 'count', 1, 'weeks'],
    ]);
  });
});

describe('digits after "number" (claims-31b)', () => {
  it('reads "number 16" before a word as a rank, not a count of the word', () => {
    expect(read('Bloggs fell to number 16 after a quiet year.')).toEqual([
      ['number 16', 'count', 16, ORDINAL_UNIT],
    ]);
  });
});

describe('"one" before the noun it counts (claims-31b)', () => {
  it('reads "one change" and "one relative" as counts of one', () => {
    expect(read('The coach made one change to the side.')).toEqual([['one change', 'count', 1, 'change']]);
    expect(read('Each may have a visit by one relative.')).toEqual([
      ['one relative', 'count', 1, 'relative'],
    ]);
  });

  it('leaves "one of", "one who", "one thing", "No one" and "only one has" unread', () => {
    expect(read('She is one of the best.')).toEqual([]);
    expect(read('He is one who knows, and one thing is clear.')).toEqual([]);
    expect(read('No one came.')).toEqual([]);
    expect(read('Only one has been lost.')).toEqual([]);
  });
});
