import { describe, expect, it } from 'vitest';
import { answerSpans, claimShare, type QuestionWords } from '../../src/answer/spans.js';
import { stemsOf } from '../../src/facts/terms.js';

/** A yes/no question's words, with its claim given as the words that are no name. */
function question(q: string, claim: string[] = []): QuestionWords {
  return {
    stems: new Set(stemsOf(q)),
    numbers: new Set(),
    ...(claim.length > 0 ? { claim: claim.map((w) => new Set(stemsOf(w))) } : {}),
  };
}

const weight = (text: string, q: QuestionWords) =>
  answerSpans({ text, quantities: [], names: () => [] }, 'settle', q)[0]?.weight ?? 0;

describe('claimShare', () => {
  it('counts the share of the claim words a sentence holds, 1 where none are known', () => {
    const claim = [new Set(stemsOf('offered')), new Set(stemsOf('deal'))];
    expect(claimShare('The club offered him a deal on Monday.', claim)).toBe(1);
    expect(claimShare('The club has offered him a contract.', claim)).toBe(0.5);
    expect(claimShare('The midfielder joined the club in the summer.', claim)).toBe(0);
    expect(claimShare('Anything at all.', undefined)).toBe(1);
    expect(claimShare('Anything at all.', [])).toBe(1);
  });
});

describe('settle spans and the question claim', () => {
  const q = question('has the Zedco board approved the merger', ['approved', 'merger']);

  it('a confirmation holding the claim weighs more than one that only names the names', () => {
    const holds = weight('The Zedco board has approved the merger with Ymart.', q);
    const names = weight('The Zedco board has appointed a new chairman from Ymart.', q);
    expect(holds).toBeGreaterThan(names);
  });

  it('a denial of the claim weighs more than a denial of something else', () => {
    const claim = weight('The Zedco board has not approved the merger.', q);
    const other = weight('The Zedco board made no secret of its plans for Ymart.', q);
    expect(claim).toBe(1);
    expect(other).toBeLessThan(claim);
    // A confirmation of the claim outweighs a denial of something else.
    expect(weight('The Zedco board has approved the merger with Ymart.', q)).toBeGreaterThan(other);
  });

  it('with no claim known, weighs as before', () => {
    const none = question('has the Zedco board approved the merger');
    expect(weight('The Zedco board has appointed a new chairman from Ymart.', none)).toBe(0.8);
    expect(weight('The Zedco board met in Ymart on Tuesday.', none)).toBe(0.6);
  });
});
