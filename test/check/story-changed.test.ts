/**
 * A draft tells one story: a figure not found whose sentence states no other figure of the
 * coverage is looked for in the story's articles (those stating the draft's other figures); one
 * value there in its unit, within tenfold, stated by no figure of the draft, whose words align
 * surely (SURE_ALIGNMENT), is the figure changed. Made-up articles; each verdict is worked out from
 * the articles' words, not echoed.
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
  zed: 'Zedco results\n\nZedco sold 14,000 widgets in March, the firm said. The Irish side of the business wraps up its 10-match sales series in Cork next month.\n',
  other: 'Other news\n\nBoltco sold 9,000 gadgets in May.\n',
});
const sold = 'Zedco sold 14,000 widgets in March.';

describe('a figure changed in another sentence of the draft’s story', () => {
  it('the story’s one value whose words align surely rules it out, and is shown', () => {
    const c = claim(
      checkDraft(index, `${sold} Ireland will close a 12-match sales series in Cork next month.`),
      '12-match',
    );
    expect(c.verdict).toBe('contradicted');
    expect(c.coverage[0]?.text).toBe('10-match');
    expect(c.evidence[0]?.citations.map((x) => x.id)).toEqual(['zed']);
  });

  it('without a figure of the draft stated, there is no story to search', () => {
    const c = claim(
      checkDraft(index, 'Ireland will close a 12-match sales series in Cork next month.'),
      '12-match',
    );
    expect(c.verdict).toBe('not found');
  });

  it('a value of the story whose words align only modestly is no evidence', () => {
    const c = claim(checkDraft(index, `${sold} Ireland will play a 12-match season of rugby.`), '12-match');
    expect(c.verdict).toBe('not found');
  });

  it('a value the draft states for another of its figures is that figure’s', () => {
    const c = claim(
      checkDraft(
        index,
        `${sold} Ireland will close a 12-match sales series in Cork next month, after 10 matches at home.`,
      ),
      '12-match',
    );
    expect(c.coverage.some((v) => v.text === '10-match' && v.relation === 'differs')).toBe(false);
  });
});
