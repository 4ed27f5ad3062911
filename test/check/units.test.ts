/**
 * Issue 20, check-27: figures the coverage states, read alike on both sides: a unit glued to a
 * digit ("40GB") is no one's name, and a change is read the same way whichever way it is worded
 * ("$1.70 higher" and "up $1.70"; "7% above" and "7% higher than"); and words that surely say a
 * sentence gives the same figure outweigh the holder read for it, even where the sentence names
 * the draft's subject too. Made-up articles; every verdict is worked out from the articles' words,
 * not echoed.
 */
import { describe, expect, it } from 'vitest';
import { type CheckResult, type Claim, checkDraft, sameUnit, unitOfFigure } from '../../src/check/check.js';
import { parseQuantities, type Quantity } from '../../src/facts/quantities.js';
import { indexOf } from '../helpers/index.js';

function claim(result: CheckResult, figure: string): Claim {
  const found = result.claims.find((c) => c.figure === figure);
  if (!found) throw new Error(`no claim ${figure} in ${result.claims.map((c) => c.figure).join(', ')}`);
  return found;
}

describe('unitOfFigure', () => {
  it('reads a capitalised word right after a digit as a unit', () => {
    expect(unitOfFigure('Vistabox comes as a 40GB model for £79.', 'GB')).toBe(true);
    expect(unitOfFigure('The 600MW plant opens in May.', 'MW')).toBe(true);
  });
  it('keeps a name written anywhere else', () => {
    expect(unitOfFigure('A 40GB model is sold in GB for £79.', 'GB')).toBe(false);
    expect(unitOfFigure('Vistabox sold 5,000 boxes.', 'Vistabox')).toBe(false);
    expect(unitOfFigure('Vistabox sold 5,000 boxes.', 'Nordco')).toBe(false);
  });
});

describe('checkDraft: units and changes read alike', () => {
  const index = indexOf({
    boxes:
      'Vistabox goes on sale\n\nVistabox recorders come in two versions - a 40GB version for £79 and a 250GB version for £299. The firm hopes to sell 400,000 of them in its first year.\n',
    oil: 'Oil climbs\n\nA barrel of Zedland crude oil closed up $1.70 to $48.20 in Ostport on Monday. Zedland crude stocks were 7% higher than a year ago, the energy agency said.\n',
    other:
      'Market report\n\nShares in Boatco rose on Wednesday as the average price of steel fell, the firm said on hopes of a deal.\n',
  });

  it('supports a model\'s size and price where the size is glued to "GB"', () => {
    const result = checkDraft(index, 'Vistabox comes as a 40GB model for £79 or a larger one for £299.');
    expect(claim(result, '£79').verdict).toBe('supported');
    expect(claim(result, '£79').subject).not.toBe('GB');
  });

  it('supports a change written "higher" against one written "up", and "above" against "higher than"', () => {
    const result = checkDraft(
      index,
      'Zedland crude settled $1.70 higher at $48.20 in Ostport on Monday. Zedland crude stocks are 7% above their level a year ago.',
    );
    expect(claim(result, '$1.70').verdict).toBe('supported');
    expect(claim(result, '7%').verdict).toBe('supported');
  });

  it('still rules out a change of another size', () => {
    const result = checkDraft(index, 'Zedland crude settled $2.40 higher at $48.20 in Ostport on Monday.');
    expect(claim(result, '$2.40').verdict).not.toBe('supported');
  });
});

describe('checkDraft: words that surely say it is the same figure outweigh the holder read for it', () => {
  const index = indexOf({
    freed:
      'Zedland detainee home\n\nAnn Grey was freed from the Ostmark camp in January after her arrest in 2002. Ms Grey, who is rebuilding her business, said: "I spent four winters away from my bakery, only because I was a Zedlander." She told the Courier she would open again in May.\n',
    other:
      'Market report\n\nShares in Boatco rose on Wednesday as the average price of steel fell, the firm said on hopes of a deal.\n',
  });

  it('rules out a changed span in a sentence that also names the draft’s subject', () => {
    const result = checkDraft(
      index,
      '"I spent three winters away from my bakery, only because I was a Zedlander," she told the Courier.',
    );
    const three = claim(result, 'three winters');
    expect(three.verdict).toBe('contradicted');
    expect(three.note).toMatch(/four winters/);
  });

  it('supports the same span given unchanged', () => {
    const result = checkDraft(
      index,
      '"I spent four winters away from my bakery, only because I was a Zedlander," she told the Courier.',
    );
    expect(claim(result, 'four winters').verdict).toBe('supported');
  });
});

describe('checkDraft: one count of one noun, read as a change on one side only (check-29)', () => {
  const index = indexOf({
    chart:
      'Harbour Lights top the chart\n\nThe Harbour Lights album Quayside rose seven places to reach the top spot this week, chart compilers said.\n',
    other:
      'Market report\n\nShares in Boatco rose on Wednesday as the average price of steel fell, the firm said on hopes of a deal.\n',
  });

  it('supports "climbing seven places" against "rose seven places"', () => {
    const result = checkDraft(
      index,
      'The Harbour Lights album Quayside topped the chart, climbing seven places.',
    );
    expect(claim(result, 'seven places').verdict).toBe('supported');
  });

  it('does not take a changed count for it: "climbing four places" is ruled out by the seven', () => {
    const draft = 'The Harbour Lights album Quayside topped the chart, climbing four places.';
    const at = draft.indexOf('four');
    const four = checkDraft(index, draft).claims.find((c) => c.start <= at && c.end > at);
    expect(four?.verdict).toBe('contradicted');
    expect(four?.note).toMatch(/seven/);
  });
});

describe('sameUnit: one amount read as a change on one side only (check-31)', () => {
  const FIGURE = { name: 'figure', phrases: [] };
  const only = (text: string, kind: Quantity['kind']): [Quantity, string] => {
    const found = parseQuantities(text).filter((q) => q.kind === kind);
    if (found.length !== 1) throw new Error(`${found.length} of ${kind} in ${text}`);
    return [found[0] as Quantity, text];
  };
  const same = (a: string, b: string, kind: Quantity['kind']) =>
    sameUnit(...only(a, kind), ...only(b, kind), FIGURE);

  it('takes one amount at one value as one figure, whichever side reads a change', () => {
    const lost = 'Investors lost about $180bn when the group went under.';
    expect(parseQuantities(lost).find((q) => q.kind === 'money')?.change).toBe(true);
    expect(same(lost, "The crash wiped some $180bn off investors' savings.", 'money')).toBe(true);
  });

  it('keeps a change apart from a level at another value, a count and a percentage always', () => {
    const cut = 'Zedco is to cut 500 jobs.';
    expect(parseQuantities(cut).find((q) => q.kind === 'count')?.change).toBe(true);
    expect(same(cut, 'Zedco has 500 employees.', 'count')).toBe(false);
    expect(same('Investors lost about $180bn in the crash.', 'The group is worth $150bn.', 'money')).toBe(
      false,
    );
    expect(same('Shares rose 4% on Monday.', 'It holds a 4% stake.', 'percent')).toBe(false);
  });
});

describe('a rank is never a count of a noun (check-32)', () => {
  const concept = { name: 'figure', phrases: [] };
  const first = (text: string): Quantity => {
    const [q] = parseQuantities(text);
    if (!q) throw new Error(text);
    return q;
  };
  it('sameUnit keeps "number 12" apart from "12 rivals", not from another rank nor a bare number', () => {
    const rank = 'The game slid to number 12 in the chart.';
    const count = 'The game beat 12 rivals in the chart.';
    const other = 'The title went into the list at number three.';
    expect(sameUnit(first(rank), rank, first(count), count, concept)).toBe(false);
    expect(sameUnit(first(count), count, first(rank), rank, concept)).toBe(false);
    expect(sameUnit(first(rank), rank, first(other), other, concept)).toBe(true);
  });
});
