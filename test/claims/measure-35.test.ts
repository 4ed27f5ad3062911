/**
 * measure-35 (issue 20 §1): a change verb's own figure when what it moves is no measure word is a
 * growth or a decline, not a level; a count of a noun of its own is not the measure a word nearby
 * names; a figure inside a definite description is known, not forecast by a verb after it.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from '../../src/claims/read.js';
import { modality, structure } from '../helpers/figures.js';
import { indexOf } from '../helpers/index.js';

describe('a change verb moving no measure word', () => {
  it('reads the change itself as a growth or a decline', () => {
    expect(structure('Ferry crossings rose by £3.4bn in the spring.', '£3.4bn')).toBe('growth');
    expect(structure('Bus fares had fallen by 2,310 in the period.', '2,310')).toBe('decline');
    expect(structure('Tram journeys climbed an estimated 4% in the spring.', '4%')).toBe('growth');
  });
  it('reads no change where the figure is a level or the verb no movement', () => {
    expect(structure('Ferry crossings rose to £3.4bn in the spring.', '£3.4bn')).toBeUndefined();
    expect(structure('The Zedtown side lost 5 of their 9 races.', '5')).toBeUndefined();
    expect(structure('The singer was dropped by seven labels in 1999.', 'seven labels')).toBeUndefined();
  });
  it('still reads the measure word a change verb moves', () => {
    expect(structure('Net profit at Zedco rose by 12% in the half.', '12%')).toBe('profit');
  });
});

describe('a count of a noun of its own', () => {
  const index = indexOf({
    a: 'Box Sales\n\nZedbox sells set-top boxes to customers in Leeds.\n\nThe box has three tuners, and customers can record two shows at once.\n\nZedbox now has 4,000 customers, the firm said.\n',
  });
  const claims = [...index.facts()].flatMap((f) => claimsOf(index, f));
  const measureOf = (written: string) => claims.find((c) => c.quantity.text === written)?.measure?.name;
  it('takes no measure from a word nearby that does not name its noun', () => {
    expect(measureOf('three tuners')).toBeUndefined();
  });
  it('keeps the measure a count of that measure word names', () => {
    expect(measureOf('4,000 customers')).toBe('customers');
  });
});

describe('a figure inside a definite description', () => {
  it('is reported though a forecast follows it', () => {
    expect(modality('The three panels will meet again in May.', 'three')).toBe('reported');
    expect(modality('She said the three depots would hire nine drivers.', 'three')).toBe('reported');
  });
  it('stays expected where the forecast stands before it, or no determiner stands before it', () => {
    expect(modality('She said the three depots would hire nine drivers.', 'nine')).toBe('expected');
    expect(modality('Three panels will meet again in May.', 'Three')).toBe('expected');
  });
});
