/**
 * Issue 20 §1, claims-33: a central bank's named rate ("the federal funds rate") is an interest
 * rate, and "on hold" (waiting) is no holding of shares: "rates left on hold at 4.75%" measures
 * the rate, not a stake.
 */
import { describe, expect, it } from 'vitest';
import { attribute } from '../../src/index/measures.js';
import { defaultVocabulary } from '../../src/index/vocabulary.js';
import { indexOf } from '../helpers/index.js';

const vocabulary = defaultVocabulary();

function measures(text: string): Array<[string, string]> {
  const [fact] = indexOf({ a: `Title\n\n${text}\n` }).facts();
  if (!fact) throw new Error('no fact');
  return attribute(fact, vocabulary).map(([q, c]) => [q.text, c.name]);
}

describe('attribute: named rates and "on hold"', () => {
  it('reads a rate left on hold as the interest rate', () => {
    expect(measures('Calder interest rates were left on hold at 4.75% on Thursday.')).toEqual([
      ['4.75%', 'interest rates'],
    ]);
  });
  it('reads the funds rate as an interest rate', () => {
    expect(measures('The Calder Reserve raised its key funds rate to 2% on Tuesday.')).toEqual([
      ['2%', 'interest rates'],
    ]);
  });
  it('still reads a holding as a stake', () => {
    expect(measures('Ostbank sold its holding of 12% in the firm.')).toEqual([['12%', 'stake']]);
  });
});
