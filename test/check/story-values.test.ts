/**
 * A draft tells one story: in the story's reading, the facts of the articles that state the draft's
 * other figures are searched by a figure's value, however common the value (not only a rare one) and
 * however few of the draft's words found them; such a fact may state the figure, never rule it out.
 * Made-up articles; each verdict is worked out from the articles' words, not echoed.
 */
import { describe, expect, it } from 'vitest';
import { type CheckResult, type Claim, checkDraft } from '../../src/check/check.js';
import { indexOf } from '../helpers/index.js';

function claim(result: CheckResult, figure: string): Claim {
  const found = result.claims.find((c) => c.figure === figure);
  if (!found) throw new Error(`no claim ${figure} in ${result.claims.map((c) => c.figure).join(', ')}`);
  return found;
}

// "19" held by more facts than a rare value may be (RARE_VALUE), so only the story finds it.
const halls = Object.fromEntries(
  Array.from({ length: 60 }, (_, i) => [`hall${i}`, `Hall ${i}\n\nThe hall had 19 chairs in room ${i}.\n`]),
);
const index = indexOf({
  ...halls,
  widgets:
    'Widget survey\n\nAcme said 14,000 people bought its widgets every day, while concern among buyers has dropped by 19% in the last 12 months. Its staff of 400 work in 12 to 14 shifts.\n',
  rail: 'Rail fares\n\nWorry about rail fares has slipped 5% at Zedco, the operator said.\n',
  bus: 'Bus fares\n\nWorry about bus fares has slipped 7% at Busco, the operator said.\n',
});

describe('a figure searched by its value in the draft’s story', () => {
  it('a common value the story’s article states in other words is supported from there', () => {
    const result = checkDraft(
      index,
      'Acme said 14,000 people buy its widgets daily. Buyer worry has slipped 19% in a year.',
      { maxCandidates: 1 },
    );
    expect(claim(result, '14,000 people').verdict).toBe('supported');
    const c = claim(result, '19%');
    expect(c.verdict).toBe('supported');
    expect(c.evidence[0]?.citations.map((x) => x.id)).toEqual(['widgets']);
  });

  it('without a figure of the draft stated there, no story: the value alone finds nothing', () => {
    const result = checkDraft(index, 'Buyer worry has slipped 19% in a year.', { maxCandidates: 1 });
    expect(claim(result, '19%').verdict).not.toBe('supported');
  });

  it('a value of the story whose words do not align is no evidence', () => {
    const result = checkDraft(
      index,
      'Acme said 14,000 people buy its widgets daily. Its pension fund shrank 19% in value.',
      { maxCandidates: 1 },
    );
    expect(claim(result, '19%').verdict).toBe('not found');
  });
});
