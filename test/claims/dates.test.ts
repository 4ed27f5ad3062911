/**
 * Dates as claims: a deadline, a day, the year of an event its verb or noun names; a year that is
 * only when a figure holds is no claim of its own.
 */
import { describe, expect, it } from 'vitest';
import { dateClaimsIn } from '../../src/claims/dates.js';

const read = (text: string) => dateClaimsIn(text, 'a').map((c) => [c.kind, c.figure, c.value]);

describe('dates as claims', () => {
  it('reads a deadline, with its month and day when given', () => {
    expect(read('Ruritania pledged to halve its deficit by 2010.')).toEqual([
      ['deadline', 'by 2010', '2010'],
    ]);
    expect(read('The talks must end by the end of March 2006.')).toEqual([
      ['deadline', 'by the end of March 2006', '2006-03'],
    ]);
  });

  it("reads a day of the month as an event's date, with the event's word", () => {
    const [claim] = dateClaimsIn('The general election on 5 May will be close.', 'a');
    expect(claim).toMatchObject({ kind: 'day', value: '05-05', event: 'election' });
    expect(read('The console went on sale on 14 March 2005.')).toEqual([
      ['day', 'on 14 March 2005', '2005-03-14'],
    ]);
  });

  it('reads "in 2000" only for an event, never as the moment of a figure', () => {
    expect(read('The firm was founded in 1998 by two students.')).toEqual([['event', 'in 1998', '1998']]);
    expect(read('Profits rose 10% in 2004 to £3bn.')).toEqual([]);
    expect(read('He lived in Paris in 2001.')).toEqual([]);
  });

  it('reads no span as one date', () => {
    expect(read('Sales grew between 2001 and 2003, and the shop shut from 11 to 26 March.')).toEqual([]);
  });
});
