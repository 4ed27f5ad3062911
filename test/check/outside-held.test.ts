/**
 * Outside the draft's story, a value its sentence gives the draft figure's named subject, in words
 * that align surely (OUTSIDE_HELD_ALIGNMENT), may rule the figure out (check-37); another holder's
 * value there still only states. Made-up articles; each verdict is worked out from the articles'
 * words, not echoed.
 */
import { describe, expect, it } from 'vitest';
import { type CheckResult, type Claim, checkDraft } from '../../src/check/check.js';
import { indexOf } from '../helpers/index.js';

function claim(result: CheckResult, figure: string): Claim {
  const found = result.claims.find((c) => c.figure === figure);
  if (!found) throw new Error(`no claim ${figure} in ${result.claims.map((c) => c.figure).join(', ')}`);
  return found;
}

const index = indexOf({
  story:
    'Zedco results\n\nZedco sold 14,000 widgets in March, the firm said. Its shares rose 4% on Tuesday.\n',
  grey: 'Grey returns\n\nFormer minister Ann Grey earned up to £85,000 from lectures, columns and advice while out of office.\n',
  hale: 'Hale returns\n\nFormer minister Bob Hale earned up to £85,000 from lectures, columns and advice while out of office.\n',
});
const story = 'Zedco sold 14,000 widgets in March. Its shares rose 4% on Tuesday.';

describe('a changed figure taken from an article outside the draft’s story', () => {
  it('the named holder’s value there, in words that align surely, rules it out and is shown', () => {
    const c = claim(
      checkDraft(
        index,
        `${story} Ann Grey earned up to £58,000 from lectures, columns and advice while out of office.`,
      ),
      'up to £58,000',
    );
    expect(c.verdict).toBe('contradicted');
    expect(c.coverage.some((v) => v.text === 'up to £85,000' && v.articleIds.includes('grey'))).toBe(true);
  });

  it('another holder’s value there rules nothing out', () => {
    const c = claim(
      checkDraft(
        index,
        `${story} Cy Dunn earned up to £58,000 from lectures, columns and advice while out of office.`,
      ),
      'up to £58,000',
    );
    expect(c.verdict).toBe('not found');
  });
});
