/**
 * Issue 20 §3, checkc-32: "over" before a span of time is the span a figure was measured across
 * ("tripled in value over 10 years"), not a floor ("more than 10 years"), so the coverage's "10
 * years" states it; "for over 10 years", "over 10 years ago" stay floors.
 * Made-up articles; every verdict is worked out from the articles' words, not echoed.
 */
import { describe, expect, it } from 'vitest';
import { type CheckResult, type Claim, checkDraft } from '../../src/check/check.js';
import { parseQuantities, type Quantity, spannedOf } from '../../src/facts/quantities.js';
import { indexOf } from '../helpers/index.js';

function claimAt(result: CheckResult, text: string, figure: string): Claim {
  const at = text.indexOf(figure);
  const found = result.claims.find((c) => c.start < at + figure.length && c.end > at);
  if (!found) throw new Error(`no claim over ${figure}`);
  return found;
}

/** The qualifier the check reads for the one span of a sentence. */
function spanQualifier(text: string): Quantity['qualifier'] {
  const spans = parseQuantities(text).filter((q) => q.unit === 'years' || q.unit === 'months');
  if (spans.length !== 1) throw new Error(`${spans.length} spans in ${text}`);
  return spannedOf(text, spans[0] as Quantity).qualifier;
}

describe('spannedOf', () => {
  it('reads "over" a span of time as across it', () => {
    expect(spanQualifier('Rents in Calder doubled over 10 years.')).toBe('exact');
    expect(spanQualifier('Ostbank sold 40 million tickets over 12 months, it said.')).toBe('exact');
  });
  it('keeps a floor where the words say more than the span', () => {
    expect(spanQualifier('Mara Vell has lived in Calder for over 10 years.')).toBe('over');
    expect(spanQualifier('The mill closed over 10 years ago.')).toBe('over');
    expect(spanQualifier('The first win in over 12 months came on Sunday.')).toBe('over');
  });
  it('leaves "over" before other units alone', () => {
    const text = 'Calder Water has over 300 staff.';
    const [q] = parseQuantities(text);
    expect(spannedOf(text, q as Quantity).qualifier).toBe('over');
  });
});

describe('checkDraft: a figure over a span of time, changed', () => {
  const index = indexOf({
    rents:
      'Calder rents treble\n\nHomes let in Calder were worth £3bn in 2004 by the count of the Calder Lettings Board, three times what they were worth 10 years before.\n',
  });

  it('is still ruled out by another span', () => {
    const text =
      'The Calder Lettings Board says homes let in Calder were worth £3bn in 2004, having tripled over 12 years.';
    expect(claimAt(checkDraft(index, text), text, 'over 12 years').verdict).toBe('contradicted');
  });
});
