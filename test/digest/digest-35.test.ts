/**
 * digest-35 (issue 20 §4): the top line is the claim the most articles state, though an article
 * tells it in its lead's aside or one article of several in a later aside; one figure in two
 * currencies, the first written in words ("Australian dollars"), is one value; a figure an earlier
 * article gave its owner is no addition where the new sentence names that owner; a new article
 * repeating an earlier one is said to in the coverage line, not counted as plain news.
 */
import { describe, expect, it } from 'vitest';
import { buildDigest, writtenAsAside } from '../../src/digest/build.js';
import { coverageLine } from '../../src/digest/format.js';
import { cited } from '../helpers/digest-lines.js';
import { indexOf } from '../helpers/index.js';

const at = { now: new Date('2026-12-07T08:00:00Z') };

describe('the top line of a bid three articles state', () => {
  const a =
    'Brandt back for Zedfield\n\nThe tycoon Ivo Brandt is back with an approach for Zedfield Rovers, which may bring a bid that puts a £640m price on the team. He first eyed the team two years ago. His plan is said to lean less on loans. Supporters vow to resist him.\n';
  const b =
    'Zedfield stock climbs\n\nZedfield Rovers stock gained 5% on Tuesday once Ivo Brandt came back. Directors gather on Thursday to weigh the plan from Mr Brandt that puts a £640m price on the team. Supporters said his plan carried £90m less in loans than before. Directors have rebuffed him twice.\n';
  const c =
    'Fans split on Zedfield plan\n\nZedfield Rovers stock ended 4% higher as Ivo Brandt made his move again. Directors gather on Thursday to weigh his plan, which puts a £640m price on the team. A spokesman for supporters said his plan carried £90m less in loans than before. Old players back the supporters.\n';

  it('leads with it, though its lead writes it in an aside and one article of three in a later one', () => {
    expect(writtenAsAside(a.split('\n\n')[1] ?? '', (a.split('\n\n')[1] ?? '').indexOf('£640m'))).toBe(true);
    const d = buildDigest(indexOf({ a, b, c }), at);
    const top = d.topLine[0];
    expect(top?.figure).toBe('£640m');
    expect(cited(top)).toEqual(['a', 'b', 'c']);
  });

  it('leads with no claim two of the three articles stating it tell only in a later aside', () => {
    const aside = (text: string) =>
      text.replace('the plan from Mr Brandt that puts', 'the plan from Mr Brandt, which puts');
    const lead = a.replace(
      'The tycoon Ivo Brandt is back with an approach for Zedfield Rovers, which may bring a bid that puts a £640m price on the team.',
      'The tycoon Ivo Brandt is back with an approach for Zedfield Rovers. Mr Brandt, whose bid would put a £640m price on the team, first eyed it two years ago.',
    );
    const told = c.replace('his plan, which puts', 'his plan that puts');
    const d = buildDigest(indexOf({ a: lead, b: aside(b), c: told }), at);
    expect(d.topLine.some((t) => t.figure === '£640m')).toBe(false);
  });
});

describe('a figure in two currencies, the first written in words', () => {
  it('is one value: no second line for the sum in brackets', () => {
    const d = buildDigest(
      indexOf({
        a: 'Zedmine earnings jump\n\nThe miner Zedmine earned five times as much as a year before on dearer metals. Zedmine said its net profits came to 1.27bn Australian dollars ($0.94bn; £510m) in 2004. Tin prices climbed all year.\n',
        b: 'Zedmine snubs Orvex\n\nThe miner Zedmine says an unwanted 6.9bn Australian dollar ($5.1bn; £2.8bn) bid from its rival Orvex is too low. Zedmine says its stock is worth far more. Orvex will study the papers.\n',
      }),
      at,
    );
    const shown = d.figures.flatMap((g) => g.moments.flatMap((m) => m.lines.map((l) => l.figure)));
    expect(shown).toContain('1.27bn Australian dollars');
    expect(shown).not.toContain('$0.94bn');
    expect(shown).not.toContain('$5.1bn');
  });
});

describe('what a new article adds', () => {
  it('is no figure an earlier article gave the owner its sentence names', () => {
    const d = buildDigest(
      indexOf({
        a: 'Brandts buy more Zedfield stock\n\nThe tycoon Ivo Brandt has bought more stock in Zedfield Rovers, the football team. Mr Brandt and his sons own a stake of 27.4%. Supporters vow to resist him.\n',
        b: 'Brandt back for Zedfield\n\nIvo Brandt is back with an approach for Zedfield Rovers, the team says. Mr Brandt saw one bid rejected by the Zedfield Board and hit back by using his 27.4% holding to oust two directors in May. Supporters say they will go on resisting.\n',
      }),
      { ...at, previousArticleIds: ['a'] },
    );
    const adds = d.newArticles.find((n) => n.id === 'b')?.adds ?? [];
    expect(adds.length).toBeGreaterThan(0);
    expect(adds.some((x) => x.figure === '27.4%')).toBe(false);
  });
});

describe('the coverage line of a new article repeating an earlier one', () => {
  const other =
    'Zedco opens plant\n\nZedco opened a new assembly plant in Orvo on Monday, the firm said. The plant will build 40,000 vans a year, its managers said.\n';
  const report =
    'Zedco shows its gadgets\n\nThousands of buyers gathered in Orvo City for the annual Zedco trade fair on Tuesday. Some 90,000 visitors should come to the fair over its four days.\n';

  it('says the new article repeats an earlier one', () => {
    const d = buildDigest(indexOf({ a: other, b: report, c: report }), {
      ...at,
      previousArticleIds: ['a', 'b'],
    });
    expect(coverageLine(d)).toContain('1 new since the last digest (1 repeating an earlier article)');
  });

  it('says nothing of repeats where the new article is news', () => {
    const d = buildDigest(indexOf({ a: other, b: report }), { ...at, previousArticleIds: ['a'] });
    expect(coverageLine(d)).toMatch(/1 new since the last digest$/);
  });
});

describe('the name of a story whose names are only places', () => {
  it('is the thing its headlines share, not the places', () => {
    const d = buildDigest(
      indexOf({
        a: 'Europe crude tops $61\n\nEurope crude climbed past $61 as a plant fire sent fuel costs to a peak. A barrel of light crude touched $61.20 in Orvo City and ended at $61.05. Dealers look for more demand before the holidays.\n',
        b: 'Warm spell sends Europe oil 5% lower\n\nEurope oil slid 5% as forecasters saw a warm spell ahead. A barrel of light crude lost $2.10 to $58.95 in Orvo City. Fuel stocks in Europe grew, data showed.\n',
        c: 'Oil bounces back\n\nOil climbed again early on Wednesday after a slide in Orvo City on warm weather over Europe. A barrel of light crude closed Tuesday $1.15 lower at $57.80. Dealers see room for more falls.\n',
      }),
      at,
    );
    expect(d.story).toBe('Oil');
  });

  it('keeps a firm written only after "shares in": who is held, no place', () => {
    const d = buildDigest(
      indexOf({
        a: 'Zedco shares up on new well\n\nShares in Zedco Energy rose 8% after it struck oil off Orvo. The well may hold 50 million barrels. Dealers cheered the find.\n',
        b: 'Zedco shares slide on dry well\n\nShares in Zedco Energy fell 6% as a second well came up dry. Dealers had hoped for 40 million barrels. The firm will drill again in May.\n',
        c: 'Zedco Energy in gas find\n\nShares in Zedco Energy gained 4% on a gas find near Orvo. The field may hold 2 trillion cubic feet. Dealers expect more news soon.\n',
      }),
      at,
    );
    expect(d.story).toMatch(/^Zedco/);
  });
});
