/**
 * digest-34b (issue 20 §4): the same claim in several articles' nearly alike sentences is one claim
 * stated by each, whatever measure and owner the reader took each sentence to give; the top line
 * is the claim the most articles state.
 */
import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/build.js';
import { cited } from '../helpers/digest-lines.js';
import { indexOf } from '../helpers/index.js';

const at = { now: new Date('2026-11-24T08:00:00Z') };

describe('the top line of one figure in two articles', () => {
  it('counts an approximate sum no measure word claims once for each article writing it in alike words', () => {
    const d = buildDigest(
      indexOf({
        a: 'Floods hit Zedland economy\n\nLenders and insurers are tallying the bill for the floods that swept Zedland last week. The worst-hit places are the river towns, where at least 2,000 people died. First estimates by the Orvo Bank put the aid needed at about $3bn (£1.6bn), close to the sum given after Storm Kell. Storm Kell left about 900 dead and did damage of about $7bn in 1999. Farm exports may fall this year, traders said.\n',
        b: 'Insurers calm flood fears\n\nInsurers tried to ease worries of big losses after the Zedland floods. Reinsurers said their exposure would be small, since few homes in the river towns are insured. First estimates by the Orvo Bank put the aid needed by the worst-hit countries including Norland, Orvia and Zedland at about $3bn (£1.6bn), close to the sum given after Storm Kell. Storm Kell left about 900 dead and did damage of about $7bn in 1999.\n',
      }),
      at,
    );
    const top = d.topLine[0];
    expect(top?.figure).toBe('about $3bn');
    expect(cited(top)).toEqual(['a', 'b']);
  });

  it('counts a rise and a measure of change of one value as one claim when their sentences are alike', () => {
    const d = buildDigest(
      indexOf({
        a: 'Zedland shops beat forecasts\n\nZedland shop takings beat forecasts in March as buyers went back to the high street, data show. The Office for Zed Statistics (OZS) said shop sales rose 0.8% over the month and 4.1% over the year. Economists had looked for a smaller rise.\n',
        b: 'Zedland shop sales slip\n\nZedland shop takings fell in April, missing forecasts. Shop sales dropped by 1.2% over the month in April, after a 0.8% rise in March, the Office for Zed Statistics (OZS) said. Clothing shops were the worst hit.\n',
      }),
      at,
    );
    const top = d.topLine[0];
    expect(top?.figure).toBe('0.8%');
    expect(cited(top)).toEqual(['a', 'b']);
  });

  it('does not count an equal value in a sentence unlike the claim as stating it', () => {
    const d = buildDigest(
      indexOf({
        a: 'Zedland shops beat forecasts\n\nZedland shop takings beat forecasts in March as buyers went back to the high street, data show. The Office for Zed Statistics (OZS) said shop sales rose 0.8% over the month and 4.1% over the year. Economists had looked for a smaller rise.\n',
        b: 'Orvo rates held\n\nThe Orvo central bank kept its key lending rate unchanged on Thursday. Its governor said farm wages had risen by 0.8% in a year of drought.\n',
      }),
      at,
    );
    for (const t of d.topLine) if (t.figure === '0.8%') expect(cited(t)).toHaveLength(1);
  });

  it("counts an exact sum of one owner's measure told as a level and as a change as one claim", () => {
    const d = buildDigest(
      indexOf({
        a: 'Zed Party wants tax cuts\n\nThe country must change course to thrive, the party treasurer told the gathering on its first day. The Zed Party said the £3bn tax cuts it was promising would help firms compete. The party leader speaks later.\n',
        b: 'Zed Party urges change\n\nDelegates are meeting for their final rally before the vote. The chairman opened with a speech attacking the government. The Zed Party also promised to cut tax by £3bn.\n',
      }),
      at,
    );
    const top = d.topLine[0];
    expect(top?.figure).toBe('£3bn');
    expect(cited(top)).toEqual(['a', 'b']);
  });
});
