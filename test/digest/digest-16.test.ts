/**
 * digest-16 (issue 20): the top line is the claim the most articles state, an exact amount of money
 * counted over every article giving it; a moment counted from the day of writing that nothing anchors
 * titles no figure line.
 */
import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/build.js';
import { digestToText } from '../../src/digest/format.js';
import { indexOf } from '../helpers/index.js';

const at = { now: new Date('2026-11-24T08:00:00Z') };

describe('the top line counts an exact amount of money over every article giving it', () => {
  const d = buildDigest(
    indexOf({
      a: 'Hill on trial\n\nZedco boss Sam Hill is accused of running a $7bn fraud at the firm, a witness said. Mr Hill could be jailed for 35 years if found guilty on every count he faces.\n',
      b: 'Hill witness\n\nA former Zedco manager has told the court about the books. The firm had been inflating its books by $7bn (£4bn). Mr Hill could be jailed for 35 years if found guilty on every count he faces.\n',
      c: 'Zedco sold\n\nThe Zedco network went to Lee Corp after a $7bn accounting scandal came to light at the firm. Mr Hill could be jailed for 35 years if found guilty on every count he faces.\n',
      d: 'Hill denies\n\nFormer Zedco boss Sam Hill says he played no part in the $7bn fraud that sank the firm. Mr Hill could be jailed for 35 years if found guilty on every count he faces.\n',
      e: 'Jury picked\n\nThe jury has been picked for the trial of Sam Hill over the $7bn fraud at Zedco, the court heard.\n',
    }),
    at,
  );

  it('leads with the amount five articles give (one as a change by it) over a term four give', () => {
    const top = d.topLine[0];
    expect(top?.figure).toBe('$7bn');
    expect([top?.source.id, ...(top?.also ?? []).map((c) => c.id)].sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('says the amount once at a glance', () => {
    expect(d.topLine.filter((t) => t.figure === '$7bn')).toHaveLength(1);
  });
});

describe('a moment counted from the day of writing', () => {
  const articles = {
    a: 'Zedco sold\n\nLast week, Zedco agreed to a buyout by Lee Corp in a deal valued at $6.5bn. Zedco shareholders backed the plan.\n',
    b: 'Zedco buyout\n\nOn Monday, Zedco agreed to a buyout by Lee Corp in a deal valued at $6.5bn, the firm said.\n',
  };

  it('titles no figure line in undated articles', () => {
    const text = digestToText(buildDigest(indexOf(articles), at));
    expect(text).toMatch(/\$6\.5bn/);
    expect(text).not.toMatch(/•\s*(?:Last week|On Monday|Monday): \$6\.5bn/i);
  });

  it('still titles a line with a moment the sentence names as a date', () => {
    const text = digestToText(
      buildDigest(
        indexOf({
          a: 'Zedco sold\n\nIn March 2004, Zedco agreed to a buyout by Lee Corp in a deal valued at $6.5bn. Zedco shareholders backed the plan.\n',
          b: 'Zedco buyout\n\nIn March 2004, Zedco agreed to a buyout by Lee Corp in a deal valued at $6.5bn, the firm said.\n',
        }),
        at,
      ),
    );
    expect(text).toMatch(/•\s*(?:in )?March 2004: \$6\.5bn/i);
  });
});

describe('one sentence in nearly the same words in two articles', () => {
  it('is one claim, whatever subject each article was read to give its figure', () => {
    const d = buildDigest(
      indexOf({
        a: 'Hill on trial\n\nZedco boss Sam Hill went on trial in New York on Monday. When Zedco finally went under, investors lost about $90bn and 14,000 staff were laid off.\n',
        b: 'Hill witness\n\nA former Zedco manager told the court about the Zedco books. When the firm finally went under, investors lost about $90bn and 14,000 staff were laid off.\n',
        c: 'Hill denies\n\nZedco boss Sam Hill denied the charges. Investors lost about $90bn in Zedco’s failure, 14,000 staff were laid off and the firm went bankrupt.\n',
      }),
      at,
    );
    const lines = d.figures.flatMap((g) =>
      g.moments.flatMap((m) => m.lines.filter((l) => /14,000/.test(l.figure)).map(() => g.subject)),
    );
    expect(lines).toHaveLength(1);
  });
});

describe('results', () => {
  it('files no score that names one side of a match but gives none of its values under that match', () => {
    const d = buildDigest(
      indexOf({
        a: 'Lee into final\n\nAnn Lee made the final of the Northtown Open with a thumping 6-2 6-1 win over Jo Bloggs on Saturday.\n',
        b: 'Hill out\n\nSam Hill suffered a shock defeat in the quarter-finals of the Northtown Open on Friday. The top seed was the clear pick for the title but lost 7-6 (7-3) 6-4 to Ann Lee.\n',
      }),
      at,
    );
    const match = d.results.find((m) => m.sides.some((s) => /Bloggs/.test(s)));
    expect(match?.results.map((r) => r.value)).toEqual(['6-2 6-1']);
  });

  it('shows a result through the longer article, not a copy held whole in it', () => {
    const short =
      'Lee beats Bloggs in Northtown\n\nAnn Lee beat Jo Bloggs 6-3 4-6 6-1 in the quarter-finals of the Northtown Open on Friday. The Northtown crowd cheered every point of a long and tense match in the evening sun. Lee will meet the winner of the match between Sam Hill and Tom Bell in the semi-finals on Saturday.\n';
    const d = buildDigest(
      indexOf({
        a: short,
        b: `${short.trimEnd()} Hill said he was feeling fit after a long break from the tour and hoped to win the title.\n`,
      }),
      at,
    );
    expect(d.articleCount).toBe(1);
    const line = d.results.flatMap((m) => m.results).find((r) => r.value === '6-3 4-6 6-1');
    expect(line?.source.id).toBe('b');
    expect(line?.also).toEqual([]);
  });
});
