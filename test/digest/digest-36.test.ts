/**
 * digest-36 (issue 20 §4): a claim that names no measure (a count, a dated event) leads the top line
 * only where some article stating it opens with it: told only further down in each, it is background
 * to their news; the new article's lead is listed first of what it adds, its figure and all.
 */
import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/build.js';
import { indexOf } from '../helpers/index.js';

const at = { now: new Date('2026-12-07T08:00:00Z') };

// Two chart reports whose news differs; both give the series a reissue belongs to, past their opening.
const chartA =
  "Zorbo tops singles chart\n\nSinger Ann Zorbo now holds first place in the weekly singles list with Blue Lane. Blue Lane nudged the Zed Boys into the runner-up slot. Zorbo fans lined up outside shops in Orvia on Monday. Her old hit Red Door, which entered at number five, is the third in a series of 14 reissues to mark the label's anniversary. Her label called demand brisk. Another single follows in April. Airplay for Blue Lane keeps climbing. Zorbo tours Orvia in May. Reviewers liked Blue Lane. Zorbo tour tickets went fast.\n";
const chartB =
  "Pell album returns to top\n\nRock band Pell have returned to the top of the album chart after their awards win on Tuesday. Their album climbed seven places to the top spot as fans bought it again. The band thanked their fans in a statement. Ann Zorbo's Green Field, which entered at number four, is the fourth in a series of 14 reissues to mark the label's anniversary. Sales of albums rose over the week. The awards were held in London. The band will tour in the summer. Their label plans a new single. Critics praised the album. Radio play has grown each week.\n";

// A brewer's results, then its purchase of a stake; both tell the year it was formed, past their opening.
const brewA =
  'Zedbrew profits soar\n\nProfits at Zedbrew jumped after it took over the Lagerco group. Zedbrew said its net profit rose 40% to 900m euros in 2004. Its sales were up 10% at 5bn euros. The firm became the biggest brewer in the world when it bought Lagerco in March 2004. Analysts said the gains came from South America. Shares in the firm rose on the news. The firm expects solid growth this year. Demand in Europe was weak. Its chief executive said more deals were possible. The firm makes lager and ale.\n';
const brewB =
  'Zedbrew buys Volga stake\n\nZedbrew has agreed to buy the Orvo Capital holding in Volga Beer, the number two brewer in Orvia, for up to 260m euros ($340m; £180m). Orvo Capital, a fund run by bankers, holds a fifth of Volga Beer. The deal should close in the spring. Zedbrew was formed in March 2004 when it bought Lagerco. Volga Beer, which employs 6,000 staff, owns breweries in seven cities. It also runs three breweries in the south. Its beers sell across the region. The firm sells ale and lager. Its chief executive will stay on.\n';

describe('the top line of claims that name no measure', () => {
  it('does not lead with a count each article gives only past its opening', () => {
    const d = buildDigest(indexOf({ a: chartA, b: chartB }), at);
    expect(d.topLine.length).toBeGreaterThan(0);
    expect(d.topLine.some((t) => /\b14\b/.test(`${t.figure ?? ''} ${t.text}`))).toBe(false);
  });

  it('leads with such a count where an article opens with it', () => {
    const reissue =
      "Her old hit Red Door, which entered at number five, is the third in a series of 14 reissues to mark the label's anniversary.";
    const opening = chartA.replace(` ${reissue}`, '').replace('\n\n', `\n\n${reissue} `);
    const d = buildDigest(indexOf({ a: opening, b: chartB }), at);
    expect(d.topLine.some((t) => /\b14 reissues\b/.test(`${t.figure ?? ''} ${t.text}`))).toBe(true);
  });

  it('does not lead with a dated event each article tells only past its opening', () => {
    const d = buildDigest(indexOf({ a: brewA, b: brewB }), { ...at, previousArticleIds: ['a'] });
    expect(d.topLine.length).toBeGreaterThan(0);
    expect(d.topLine.some((t) => /March 2004/.test(`${t.figure ?? ''} ${t.text}`))).toBe(false);
  });
});

describe('what a new article adds', () => {
  it('lists its lead first, though the digest cannot place the lead’s figure', () => {
    const d = buildDigest(indexOf({ a: brewA, b: brewB }), { ...at, previousArticleIds: ['a'] });
    const adds = d.newArticles.find((n) => n.id === 'b')?.adds ?? [];
    expect(adds[0]?.text).toMatch(/^Zedbrew has agreed to buy the Orvo Capital holding/);
  });

  it('does not list a lead an earlier article already gave', () => {
    const again = brewB.replace(
      'Zedbrew has agreed to buy the Orvo Capital holding in Volga Beer, the number two brewer in Orvia, for up to 260m euros ($340m; £180m).',
      'Profits at Zedbrew jumped after it took over the Lagerco group.',
    );
    const d = buildDigest(indexOf({ a: brewA, b: again }), { ...at, previousArticleIds: ['a'] });
    const adds = d.newArticles.find((n) => n.id === 'b')?.adds ?? [];
    expect(adds.some((x) => /Profits at Zedbrew jumped/.test(x.text))).toBe(false);
  });
});

describe('a sum in a currency the reader does not know', () => {
  it('is shown with its currency word where the same sum follows in brackets in one it knows', () => {
    const d = buildDigest(
      indexOf({
        a: 'Orvia counts the cost\n\nOrvia stands to forgo 30bn baht (£391m; $752m) of farm earnings over the next six months, its farm minister said. Crops were lost across the north.\n',
        b: 'Orvia plans rebuilding\n\nOrvia will put money into rebuilding roads in the north, its finance minister said. Roads and bridges were lost in the storm.\n',
      }),
      at,
    );
    const shown = [
      ...d.figures.flatMap((g) => g.moments.flatMap((m) => m.lines.map((l) => l.figure))),
      ...d.facts.map((f) => f.figure),
      ...d.topLine.map((t) => t.figure ?? ''),
    ];
    expect(shown.some((f) => /\b30bn\b/.test(f))).toBe(true);
    expect(shown.filter((f) => /\b30bn\b/.test(f)).every((f) => /30bn baht/.test(f))).toBe(true);
  });
});
