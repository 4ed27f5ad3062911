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

describe('ages with no "aged" or "year-old" right before them (claims-32, issue 20 §1)', () => {
  const ages = (text: string) =>
    read(text)
      .filter((q) => q[3] === 'years old')
      .map((q) => [q[0], q[2]]);

  it('reads both ends of an age range and the low end before "year olds"', () => {
    expect(ages('Pupils aged 11 to 14 take part.')).toEqual([
      ['11', 11],
      ['14', 14],
    ]);
    expect(ages('A grant for 14 to 16 year olds.')).toEqual([
      ['14', 14],
      ['16 year olds', 16],
    ]);
    expect(ages('She lost her job after the age of 10 or 12.')).toEqual([
      ['age of 10', 10],
      ['12', 12],
    ]);
  });

  it('reads no age range into "aged 21 and 144 days"', () => {
    expect(ages('He won the seat aged 21 and 144 days.')).toEqual([]);
  });

  it('reads age groups', () => {
    expect(ages('Among the over-65s, most vote; the under 18s do not.')).toEqual([
      ['over-65s', 65],
      ['under 18s', 18],
    ]);
    expect(ages('A man in his 40s was hurt.')).toEqual([['40s', 40]]);
  });

  it('reads an age after "was", "will be" or "I\'m" closing a clause, in digits or words', () => {
    expect(ages('When she was nine, her family moved.')).toEqual([['nine', 9]]);
    expect(ages('The girl, who was 12 at the time, was unhurt.')).toEqual([['12', 12]]);
    expect(ages("When I'm 70, I will retire.")).toEqual([['70', 70]]);
    expect(ages('They were 2-1 up and he was 5 under par.')).toEqual([]);
    expect(ages('He was one of the best.')).toEqual([]);
  });

  it('reads "at 19" after a verb of a life\'s events, not a level "at 45"', () => {
    expect(ages('Bloggs left school at 15 to work in a mill.')).toEqual([['15', 15]]);
    expect(ages('The singer has died at 61.')).toEqual([['61', 61]]);
    expect(ages('The index closed at 45.')).toEqual([]);
  });
});

describe('"and a half" after a number in words (claims-32, issue 20 §1)', () => {
  it('reads "three and a half months" as 3.5 months, in the unit after the half', () => {
    expect(read('Okafor sat out for three and a half months.')).toEqual([
      ['three and a half months', 'count', 3.5, 'months', 'exact'],
    ]);
    expect(read('The talks took two and a half times as long.')[0]?.slice(0, 4)).toEqual([
      'two and a half times',
      'count',
      2.5,
      'times',
    ]);
  });

  it('reads nothing for "one and a half" with nothing after it', () => {
    expect(read('It was one and a half.')).toEqual([]);
  });
});
