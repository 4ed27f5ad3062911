import { describe, expect, it } from 'vitest';
import { parseQuantities } from '../../src/facts/quantities.js';

const read = (text: string) =>
  parseQuantities(text).map(
    (q) => [q.text, q.kind, q.value, q.unit ?? q.currency ?? '', q.qualifier] as const,
  );

describe('ranges with "or" and a low end in words before digits (claims-32, issue 20 §1)', () => {
  it('reads the low end of "three or four years" in the unit of its high end', () => {
    expect(read('Players may lose three or four years of their careers.')).toEqual([
      ['three', 'count', 3, 'years', 'exact'],
      ['four years', 'count', 4, 'years', 'exact'],
    ]);
    expect(read('It will take 2 or 3 weeks.').map((q) => q.slice(0, 4))).toEqual([
      ['2', 'count', 2, 'weeks'],
      ['3 weeks', 'count', 3, 'weeks'],
    ]);
  });

  it('reads a low end in words before a high end in digits', () => {
    expect(read('Users run between five and 10 searches a day.')[0]).toEqual([
      'five',
      'count',
      5,
      'searches',
      'exact',
    ]);
    expect(read('The office expects to issue alerts six to 10 times a year.')[0]).toEqual([
      'six',
      'count',
      6,
      'times',
      'exact',
    ]);
  });

  it('reads no low end where the high end counts nothing named', () => {
    expect(read('Okafor hoped to land five or six.')).toEqual([]);
    expect(read('It went from two to 3.')).toEqual([['3', 'count', 3, '', 'exact']]);
  });
});

describe('vague amounts in words (claims-32, issue 20 §1)', () => {
  it('reads "hundreds of", "thousands of" and "tens of millions" as at least their scale', () => {
    expect(read('Hundreds of servers were used.')).toEqual([
      ['Hundreds of servers', 'count', 100, 'servers', 'over'],
    ]);
    expect(read('Fans waited in the tens of thousands of seats.')[0]?.[2]).toBe(10000);
    expect(read('He spent thousands of pounds on it.')).toEqual([
      ['thousands of pounds', 'money', 1000, 'GBP', 'over'],
    ]);
    expect(read('The fee may reach tens of millions of dollars.')).toEqual([
      ['tens of millions of dollars', 'money', 1e7, 'USD', 'over'],
    ]);
    expect(read('She was known to millions.')).toEqual([['millions', 'count', 1e6, '', 'over']]);
  });

  it('counts nothing named after "of" a function word', () => {
    expect(read('Millions of the people who voted.')[0]?.[3]).toBe('people');
    expect(read('There were thousands of them.')).toEqual([['thousands', 'count', 1000, '', 'over']]);
  });
});

describe('multiples stated by a verb and "two-time" titles (claims-32, issue 20 §1)', () => {
  it('reads "doubled", "tripled", "halving" as a multiple in `times`', () => {
    expect(read('The number of blogs has doubled every year.')).toEqual([
      ['doubled', 'count', 2, 'times', 'exact'],
    ]);
    expect(read('Sales tripled.')).toEqual([['tripled', 'count', 3, 'times', 'exact']]);
    expect(read('The plan suggests halving the limit.')).toEqual([
      ['halving', 'count', 0.5, 'times', 'exact'],
    ]);
    expect(read('Costs are likely to double.')).toEqual([['double', 'count', 2, 'times', 'exact']]);
    expect(read('Their income is more than double that of their rivals.')).toEqual([
      ['more than double', 'count', 2, 'times', 'over'],
    ]);
  });

  it('reads no multiple in "a double act", "the double", "double figures" or "doubled as"', () => {
    expect(read('A double act won the double with double figures.')).toEqual([]);
    expect(read('The barn doubled as a studio and he doubled up in pain.')).toEqual([]);
    expect(read('Scores went to double figures.')).toEqual([]);
  });

  it('reads "two-time champion" as a count of times, not "two time zones"', () => {
    expect(read('Four-time champion Jo Bloggs is out.')).toEqual([
      ['Four-time', 'count', 4, 'times', 'exact'],
    ]);
    expect(read('The three time world champion is out.')).toEqual([
      ['three time', 'count', 3, 'times', 'exact'],
    ]);
    expect(read('It spans two time zones.')).toEqual([]);
    expect(read('A one-time winner.')).toEqual([]);
  });
});
