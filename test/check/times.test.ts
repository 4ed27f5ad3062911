/**
 * Issue 20 §3, check-30b: a count of times ("four times", "twice", "tenfold", read in words since
 * claims-30) is a multiple or a number of occasions, never a count of another noun: "twice" is
 * not "15 handsets"; "on three occasions" is "three times".
 * Made-up articles; every verdict is worked out from the articles' words, not echoed.
 */
import { describe, expect, it } from 'vitest';
import { type CheckResult, type Claim, checkDraft, sameUnit } from '../../src/check/check.js';
import { parseQuantities, type Quantity } from '../../src/facts/quantities.js';
import { indexOf } from '../helpers/index.js';

function claimAt(result: CheckResult, text: string, figure: string): Claim {
  const at = text.indexOf(figure);
  const found = result.claims.find((c) => c.start < at + figure.length && c.end > at);
  if (!found) throw new Error(`no claim over ${figure}`);
  return found;
}

/** The one count a sentence reads, with the sentence. */
function countIn(text: string): [Quantity, string] {
  const counts = parseQuantities(text).filter((q) => q.kind === 'count');
  if (counts.length !== 1) throw new Error(`${counts.length} counts in ${text}`);
  return [counts[0] as Quantity, text];
}
const FIGURE = { name: 'figure', phrases: [] };
const same = (a: string, b: string) => sameUnit(...countIn(a), ...countIn(b), FIGURE);

describe('sameUnit: counts of times', () => {
  it('keeps a multiple or a number of times apart from a count of a noun', () => {
    expect(same('Zedphone offers twice the frames a minute.', 'There will be 12 handsets at launch.')).toBe(
      false,
    );
    expect(same('Vance won it four times as a player.', 'Rovers are chasing three trophies.')).toBe(false);
    expect(same('Sales rose tenfold last year.', 'Sales rose by 4,000 units.')).toBe(false);
  });
  it('takes times for times, and occasions for times', () => {
    expect(same('Vance won it four times as a player.', 'Vance won it three times.')).toBe(true);
    expect(same('Hale lost serve on three occasions.', 'Hale lost serve three times.')).toBe(true);
  });
  it('still compares two counts of things', () => {
    expect(same('There will be 12 handsets at launch.', 'There will be 15 handsets at launch.')).toBe(true);
  });
});

describe('checkDraft: counts of times', () => {
  const index = indexOf({
    hale: "Hale through in five sets\n\nBram Hale was three times a point from losing in the deciding set against Ostland's Piet Morr.\n",
  });

  it('reads "on three occasions" as "three times" (one unit)', () => {
    const text = 'Bram Hale was a point from losing on three occasions against Piet Morr.';
    const claim = claimAt(checkDraft(index, text), text, 'three occasions');
    expect(claim.verdict).toBe('supported');
  });
});
