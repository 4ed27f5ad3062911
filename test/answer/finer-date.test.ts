import { describe, expect, it } from 'vitest';
import { finerDate } from '../../src/answer/finer-date.js';

describe('finerDate', () => {
  it('reads a day of the same month as finer than the month alone', () => {
    expect(finerDate('in June', '4 June')).toBe(true);
    expect(finerDate('in June', 'June 4th')).toBe(true);
    expect(finerDate('June 2005', '4 June 2005')).toBe(true);
    expect(finerDate('in Sept', '12 September')).toBe(true);
  });

  it('reads no other pair as finer', () => {
    expect(finerDate('4 June', 'in June')).toBe(false); // the day is already given
    expect(finerDate('in June', '4 July')).toBe(false); // another month
    expect(finerDate('in June', 'in June')).toBe(false); // no day
    expect(finerDate('June 2004', '4 June 2005')).toBe(false); // another year
    expect(finerDate('in 2005', '4 June 2005')).toBe(false); // no month to refine
    expect(finerDate('on Friday', '4 June')).toBe(false);
  });
});
