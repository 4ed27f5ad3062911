/**
 * Verdicts that went the wrong way: a figure stated only by an article of another story, and one
 * value of the coverage read as the source of several figures of the draft. Made-up articles; each
 * verdict is worked out from the articles' words, not echoed.
 */
import { describe, expect, it } from 'vitest';
import { type CheckResult, type Claim, checkDraft } from '../../src/check/check.js';
import { indexOf } from '../helpers/index.js';

function claim(result: CheckResult, figure: string): Claim {
  const found = result.claims.find((c) => c.figure === figure);
  if (!found) throw new Error(`no claim ${figure} in ${result.claims.map((c) => c.figure).join(', ')}`);
  return found;
}

describe('a figure only another story states', () => {
  const index = indexOf({
    poll: 'Poll finds gloom\n\nA World Service poll of 23,000 people in 22 countries found widespread gloom about the economy. On average 44% of respondents thought the world economy was getting worse. The poll was carried out between November and January.\n',
    rugby:
      'Rovers edge derby\n\nRovers won the derby by a margin of 5 points after a late penalty. The margin was up to 5 points for most of the second half.\n',
  });
  const draft =
    'A World Service poll of 23,000 people in 22 countries found gloom about the economy. On average 44% of respondents thought the world economy was getting worse. The margin of error of the poll was up to 5 points.';

  it('is read within the draft’s story, which does not give it', () => {
    const result = checkDraft(index, draft);
    expect(claim(result, '23,000 people').verdict).toBe('supported');
    expect(claim(result, '44%').verdict).toBe('supported');
    const c = claim(result, 'up to 5 points');
    expect(c.verdict).toBe('not found');
    expect(c.evidence.flatMap((e) => e.citations.map((x) => x.id))).not.toContain('rugby');
  });

  it('stands where the draft tells no story of its own', () => {
    const c = claim(checkDraft(index, 'Rovers won by a margin of 5 points.'), '5 points');
    expect(c.verdict).toBe('supported');
  });
});

describe('one value of the coverage, several figures of the draft', () => {
  const index = indexOf({
    retail:
      'Shops suffer poor Christmas\n\nRetail sales fell by 1% on the month in December, the Office for National Statistics said. Clothing and footwear stores were among the weaker sectors of the high street.\n',
  });

  it('rules out only the figure whose words align with it best and whose value is nearest', () => {
    const result = checkDraft(
      index,
      'Retail sales fell 1.7% on the month in December, the Office for National Statistics said. Clothing sales dropped 4.1% over the month.',
    );
    const sales = claim(result, '1.7%');
    expect(sales.verdict).toBe('contradicted');
    expect(sales.note).toMatch(/\b1%/);
    const clothing = claim(result, '4.1%');
    expect(clothing.verdict).toBe('not found');
    expect(clothing.note).toMatch(/\b1%.*neither states nor rules it out/);
  });

  it('still rules out a figure no other figure of the draft claims it for', () => {
    const c = claim(checkDraft(index, 'Clothing sales dropped 4.1% on the month in December.'), '4.1%');
    expect(c.verdict).toBe('contradicted');
  });
});
