/**
 * Issue 20 §1, claims-33: a nationality's dollars are money in that currency ("3.1bn Australian
 * dollars", "Canadian dollars 648m"), and "over" a span of time is read as the span across which a
 * figure was measured where the quantities are read (spannedOf, moved below the check), so the
 * claims, answers and digest read it as the check does.
 */
import { describe, expect, it } from 'vitest';
import { parseQuantities, type Quantity } from '../../src/facts/quantities.js';

function only(text: string, figure: string): Quantity {
  const found = parseQuantities(text).filter((q) => q.text === figure);
  if (found.length !== 1) throw new Error(`${found.length} quantities "${figure}" in ${text}`);
  return found[0] as Quantity;
}

describe("parseQuantities: a nationality's dollars", () => {
  it('reads the amount after it in that currency', () => {
    const text = 'Ostbrew put 2.9bn Australian dollars ($2.1bn) on the table for Vellmark.';
    expect(only(text, '2.9bn Australian dollars')).toMatchObject({
      kind: 'money',
      value: 2.9e9,
      currency: 'AUD',
    });
    expect(only(text, '$2.1bn')).toMatchObject({ currency: 'USD' });
  });
  it('reads the amount written after the currency', () => {
    const text = 'Despite a record Canadian dollars 648m profit, Ferrow wants savings.';
    expect(only(text, 'Canadian dollars 648m')).toMatchObject({
      kind: 'money',
      value: 648e6,
      currency: 'CAD',
    });
  });
  it('reads cents as hundredths of the currency', () => {
    const text = 'Shares lost 65 Canadian cents to 1.90 Canadian dollars.';
    expect(only(text, '65 Canadian cents')).toMatchObject({ value: 0.65, currency: 'CAD' });
    expect(only(text, '1.90 Canadian dollars')).toMatchObject({ value: 1.9, currency: 'CAD' });
  });
  it('leaves plain dollars as US dollars', () => {
    expect(only('It paid 40 dollars a share.', '40 dollars')).toMatchObject({ currency: 'USD' });
  });
});

describe('parseQuantities: "over" a span of time', () => {
  it('is the span the figure was measured across', () => {
    expect(only('Rents in Calder doubled over 10 years.', 'over 10 years').qualifier).toBe('exact');
  });
  it('stays a floor where the words say more than the span', () => {
    expect(only('Mara Vell has lived in Calder for over 10 years.', 'over 10 years').qualifier).toBe('over');
    expect(only('The mill closed over 10 years ago.', 'over 10 years').qualifier).toBe('over');
  });
  it('stays a floor before other units', () => {
    expect(only('Calder Water has over 300 staff.', 'over 300 staff').qualifier).toBe('over');
  });
});
