/**
 * Issue 20 (digest-14): the top line is the claim the most articles state, a claim with no figure
 * too; an exact amount of money is stated by every article giving it; "New since" says which
 * earlier figure a new article changes.
 */
import { describe, expect, it } from 'vitest';
import { buildDigest, changedFigure } from '../../src/digest/build.js';
import { digestToText } from '../../src/digest/format.js';
import { claimStems, leadClaims, restates } from '../../src/digest/leads.js';
import { oddsIn } from '../../src/digest/odds.js';
import { defaultVocabulary } from '../../src/index/vocabulary.js';
import { cited } from '../helpers/digest-lines.js';
import { indexOf } from '../helpers/index.js';

const at = { now: new Date('2026-11-24T08:00:00Z') };

/** Four articles that all say the Greens back the dam, in other words each; one figure in two. */
const dam = {
  a: 'Greens back dam\n\nThe Greens are to support disputed government plans to build the Rowan dam. The party had opposed such schemes for decades, its leader Ann Pell said on Monday. Local farmers protested outside the council offices in the rain.\n',
  b: 'Pell denies split\n\nAnn Pell has denied her party was divided over its choice to support disputed plans to build the Rowan dam. Some members had argued for months against the scheme, she admitted. The builder Zedco said the dam would employ 400 people.\n',
  c: 'Minister welcomes support\n\nEnergy minister Sam Hill welcomed the support of the Greens. Earlier this week the Greens said they would support the government plans for the Rowan dam. Zedco said the dam would employ 400 people.\n',
  d: 'Farmers angry\n\nFarmers near the Rowan valley have vowed to fight the flooding of their land in the courts. Their union said the river had been farmed by the same families for generations. Mr Hill will meet them on Friday to hear their case.\n',
};

describe('the top line of a claim with no figure', () => {
  it('leads with the claim most articles lead with or state again, citing those that state it', () => {
    const d = buildDigest(indexOf(dam), at);
    const top = d.topLine[0];
    expect(top?.text).toMatch(/^The Greens are to support disputed government plans/);
    expect(cited(top)).toEqual(['a', 'b', 'c']);
  });

  it('does not show a second lead that states the first again', () => {
    const d = buildDigest(indexOf(dam), at);
    expect(d.topLine.filter((t) => /support disputed/.test(t.text))).toHaveLength(1);
  });

  it('counts an article as stating a lead only when one of its sentences holds most of its words', () => {
    const vocabulary = defaultVocabulary();
    const index = indexOf(dam);
    const leads = leadClaims(index, [], vocabulary, () => true);
    const farmers = leads.find((l) => l.fact.articleId === 'd');
    expect(farmers?.articles).toEqual(['d']);
    const claim = claimStems(index.factsOf('a')[0]?.terms ?? [], vocabulary, new Set());
    expect(restates(claim, claimStems(index.factsOf('c')[1]?.terms ?? [], vocabulary, new Set()))).toBe(true);
    expect(restates(claim, claimStems(index.factsOf('d')[0]?.terms ?? [], vocabulary, new Set()))).toBe(
      false,
    );
  });

  it('leaves words of time out of what a lead claims', () => {
    const stems = claimStems(
      indexOf({ x: 'T\n\nGrowth stalled in the six months to March on Monday.\n' }).factsOf('x')[0]?.terms ??
        [],
      defaultVocabulary(),
      new Set(),
    );
    expect([...stems].sort()).toEqual(['growth', 'stall']);
  });
});

describe('the top line of an amount of money', () => {
  it('counts an article giving the amount only in a sentence the digest cannot show', () => {
    const d = buildDigest(
      indexOf({
        a: 'Quiz final\n\nSinger Lee Vance is now favourite to win the £35,000 quiz prize on Sunday.\n',
        b: 'Quiz ends\n\nThe quiz ends on Sunday, with Lee Vance and Ann Pell competing for the £35,000 quiz prize.\n',
        c: 'Quiz starts\n\nThe six players left are playing for a £35,000 pot, to be given to a charity each of them picks.\n',
        d: 'Quiz ratings\n\nThe show drew an average audience of five million viewers on its first night.\n',
      }),
      at,
    );
    const top = d.topLine[0];
    expect(top?.figure).toBe('£35,000');
    expect(cited(top)).toEqual(['a', 'b', 'c']);
  });
});

describe('what a new article changes', () => {
  const fee = {
    a: 'Card fee set\n\nThe Home Office says the public will pay £93 for a passport and identity card together.\n',
    b: 'Minister to cut fee\n\nThe minister faces a revolt over the identity card scheme on Monday. He is also likely to cut the £93 cost of the card and passport for the elderly.\n',
  };

  it('says which earlier amount the new article says is (to be) changed, first', () => {
    const d = buildDigest(indexOf(fee), { ...at, previousArticleIds: ['a'] });
    const first = d.newArticles[0]?.adds?.[0];
    expect(first?.was?.figure).toBe('£93');
    expect(first?.was?.source.id).toBe('a');
    expect(first?.text).toMatch(/likely to cut the £93 cost/);
    expect(digestToText(d)).toContain('changes £93 [a]: “He is also likely to cut the £93 cost');
  });

  it('reads a verb of changing right before the amount, not a new value after "by" or "to"', () => {
    const t = 'He is also likely to cut the £93 cost of the card.';
    expect(changedFigure(t, t.indexOf('£93'))).toBe(true);
    const u = 'The firm cut its prices by 5% last year.';
    expect(changedFigure(u, u.indexOf('5%'))).toBe(false);
    const v = 'The £93 cost will stay, he said.';
    expect(changedFigure(v, v.indexOf('£93'))).toBe(false);
  });
});

describe('odds to win (odds.ts)', () => {
  it('reads whose odds they are, the last of a move, and none on leaving or with no word of betting', () => {
    const move = 'Odds on Lee Vance winning have been cut from 4/6 to 1/2 by bookmakers.';
    expect(oddsIn(move, ['Lee Vance'])).toEqual([
      { name: 'Lee Vance', odds: '1/2', start: move.indexOf('1/2') },
    ]);
    const two = oddsIn(
      'Bookmakers have made singer Ann Pell favourite to win at 7/4, while Lee Vance is second at 2/1.',
      ['Ann Pell', 'Lee Vance'],
    );
    expect(two.map((o) => [o.name, o.odds])).toEqual([
      ['Ann Pell', '7/4'],
      ['Lee Vance', '2/1'],
    ]);
    expect(
      oddsIn('Ann Pell was clear favourite to be voted out, with odds of 1/3 to go.', ['Ann Pell']),
    ).toEqual([]);
    expect(oddsIn('Ann Pell won the match 6-4 on Sunday.', ['Ann Pell'])).toEqual([]);
  });

  it('says in "New since" which earlier odds of a name the new article changes', () => {
    const d = buildDigest(
      indexOf({
        a: 'Quiz odds\n\nOdds on Lee Vance winning the quiz have been cut from 4/6 to 1/2, bookmakers said on Friday.\n',
        b: 'Quiz final\n\nBookmaker Zedbet said it would take bets on the final, with Lee Vance its favourite at 2/9.\n',
      }),
      { ...at, previousArticleIds: ['a'] },
    );
    const first = d.newArticles[0]?.adds?.[0];
    expect(first?.figure).toBe('2/9');
    expect(first?.was?.figure).toBe('1/2');
    expect(digestToText(d)).toContain('changes Lee Vance · odds to win: 1/2 [a] → 2/9');
  });
});
