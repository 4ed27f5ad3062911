/**
 * A draft's score checked against the coverage's scores of the same match: the sides each sentence
 * names say which match a score is of, and who won.
 */
import { describe, expect, it } from 'vitest';
import { type CheckResult, type Claim, checkDraft } from '../../src/check/check.js';
import { matchOf, readScores } from '../../src/check/scores.js';
import { indexOf } from '../helpers/index.js';

/** The claim whose span holds a figure of the draft. */
function claimAt(result: CheckResult, draft: string, figure: string): Claim | undefined {
  const at = draft.indexOf(figure);
  return result.claims.find((c) => c.start < at + figure.length && c.end > at);
}

const first = (text: string) => {
  const [score] = readScores(text);
  if (!score) throw new Error(`no score in ${text}`);
  return score;
};

describe('matchOf', () => {
  it('tells the same match, a swapped winner, another match and one sharing a side by the sides named', () => {
    const draft = first('Northtown beat Southport 38-8.');
    expect(matchOf(draft, first('Southport lost 38-8 to Northtown.'))).toBe('same');
    expect(matchOf(draft, first('Southport beat Northtown 38-8.'))).toBe('swapped');
    expect(matchOf(draft, first('Eastfield beat Westbury 38-8.'))).toBe('other');
    expect(matchOf(first('Kim beat Ana Bolt 7-5 6-4.'), first('Sato saw off Ana Bolt 6-3 6-2.'))).toBe(
      'partial',
    );
    expect(matchOf(draft, first('She won 38-8.'))).toBe('unknown');
  });

  it('takes a name spelled one letter apart for the same side', () => {
    expect(
      matchOf(first('Kim beat Elena Likhovtseva 7-5 6-4.'), first('Kim beat Elene Likhotseva 7-5 6-4.')),
    ).toBe('same');
  });
});

describe('checkDraft: scores of a match', () => {
  const index = indexOf({
    a: 'Kim into the last eight\n\nJo Kim reached the quarter-finals of the Harbour Open after beating Ana Bolt 7-5 6-4 on Tuesday. Elsewhere at the Harbour Open, Mia Sato saw off Ana Bolt 6-3 6-2 in the doubles draw.\n',
    b: 'Northtown win away\n\nNorthtown beat Southport 38-8 in the rain at Eastfield Park on Saturday.\n',
    c: 'Lee cruises\n\nTop seed Eva Lee cruised into the last 16 of the Harbour Open on Monday. The American made few unforced errors against Zoe Rand in the Harbour Open. She won eight games in a row to finish a 6-3 6-1 winner.\n',
  });

  it("contradicts the same score with the winner swapped, naming the coverage's winner", () => {
    const draft = 'Southport beat Northtown 38-8 in the rain at Eastfield Park on Saturday.';
    const claim = claimAt(checkDraft(index, draft), draft, '38-8');
    expect(claim?.verdict).toBe('contradicted');
    expect(claim?.note).toContain('won by Northtown');
  });

  it('is supported by a score of two sets whose sentence names no side, the match of the sentences before', () => {
    const draft = 'Eva Lee made few unforced errors but still beat Zoe Rand 6-3 6-1 at the Harbour Open.';
    expect(claimAt(checkDraft(index, draft), draft, '6-3 6-1')?.verdict).toBe('supported');
  });
});
