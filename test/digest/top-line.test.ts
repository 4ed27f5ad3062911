/**
 * The top line is the claim the most articles state: one amount of money is one claim whatever
 * subject each sentence seems to give it.
 */
import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/build.js';
import { indexOf } from '../helpers/index.js';

const at = { now: new Date('2026-11-24T08:00:00Z') };

describe('the top line', () => {
  it('counts one amount no measure word claims over every article giving it, whoever each sentence names', () => {
    const d = buildDigest(
      indexOf({
        a: 'Hill on trial\n\nZedco boss Sam Hill is accused of running a $9bn fraud at the firm, a witness said. Mr Hill could be jailed for 35 years if found guilty on every count.\n',
        b: 'Zedco accounts\n\nThe firm had hidden a $9bn hole in its books from shareholders, prosecutors told the jury on Tuesday. Mr Hill could be jailed for 35 years if found guilty on every count.\n',
        c: 'Zedco sold\n\nThe Zedco network went to Lee Corp after a $9bn accounting scandal came to light at the firm in 2002. Mr Hill could be jailed for 35 years if found guilty on every count.\n',
        d: 'Hill denies\n\nFormer Zedco boss Sam Hill says he played no part in the $9bn fraud that sank the firm.\n',
      }),
      at,
    );
    const top = d.topLine[0];
    expect(top?.figure).toBe('$9bn');
    expect([top?.source.id, ...(top?.also ?? []).map((c) => c.id)].sort()).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('the top line of counts', () => {
  it('counts one number of things one subject has over every article, whatever noun each gives it', () => {
    const d = buildDigest(
      indexOf({
        a: "Lee reissues\n\nRecord label Zedco Music is reissuing Ann Lee's 25 number one albums at the rate of one a month in Britain.\n",
        b: "Lee fans queue\n\nAnn Lee's 25 original albums are coming out again as collector's editions, with fans queueing at record shops.\n",
        c: 'Lee back\n\nAnn Lee will be in the charts for months as all 25 of her albums go back on sale this spring.\n',
        d: "Lee odds\n\nBookmakers are offering 12/1 for all Ann Lee's 25 albums to reach number one again.\n",
      }),
      at,
    );
    const top = d.topLine[0];
    expect(top?.figure).toMatch(/\b25\b/);
    expect([top?.source.id, ...(top?.also ?? []).map((c) => c.id)].length).toBeGreaterThanOrEqual(3);
  });
});

describe('the top line of percentages no measure word claims', () => {
  it('counts one share over every article where the words after it name one thing, whoever each sentence names', () => {
    const d = buildDigest(
      indexOf({
        a: "Ministers back plan\n\nFinance ministers from the Zed Group have backed plans to cancel up to 80% of the loans of the poorest states. Mr Pell said the talks would go down as the '80% loan summit'. Mr Pell also wants a new fund worth $20bn a year to help the poorest states.\n",
        b: 'Markets react\n\nThe Zed Group ministers agreed over the weekend to cancel up to 80% of the loans owed by the poorest states, traders said. Gold fell to $400 an ounce in Asia on the news before recovering.\n',
        c: 'Pell sets out aims\n\nMr Pell told the Lisbon conference that much more was needed, including 80% loan relief for the poorest states. Mr Pell also wants a new fund worth $20bn a year to help them.\n',
        d: 'Charity report\n\nThe charity Helpline says that aid budgets of the richest states have fallen to 30% of their 1960 levels over forty years.\n',
      }),
      at,
    );
    const top = d.topLine[0];
    expect(top?.figure).toMatch(/80%/);
    expect([top?.source.id, ...(top?.also ?? []).map((c) => c.id)].sort()).toEqual(['a', 'b', 'c']);
  });

  it('does not count one share given of different things as one claim', () => {
    const d = buildDigest(
      indexOf({
        a: 'Zedco results\n\nZedco chief Ann Lee said the firm would keep up to 80% of its staff in Lisbon after the sale of its factories.\n',
        b: 'Zedco sale\n\nZedco boss Ann Lee said the Lisbon plant would run at 80% capacity after the sale of the factories this year.\n',
        c: 'Zedco shares\n\nShares in Zedco rose after Ann Lee said up to 80% of profits would go to investors after the sale of its factories.\n',
      }),
      at,
    );
    expect(d.topLine.some((t) => /80%/.test(t.figure ?? ''))).toBe(false);
  });
});

describe('the top line of a share whose subject one article does not name', () => {
  it('does not count a sentence that names no subject as backing a named subject’s share', () => {
    // The second article's growth is the country of the sentence before, which the claims layer does
    // not carry over: read as unknown, it is not the bloc's 2% backed twice.
    const d = buildDigest(
      indexOf({
        a: 'Bloc outlook\n\nThe Union of Estria growth rate is forecast to be 2% this year, the commission said in its report.\n',
        b: 'Factory floor\n\nIn Norland, industry is selling more abroad, but the wider economy is stuck in slow growth. Growth will probably top out this year at just under 2%.\n',
      }),
      at,
    );
    const cited = d.figures.flatMap((g) =>
      g.moments.flatMap((m) =>
        m.lines.filter((l) => l.figure === '2%').flatMap((l) => l.also.map((c) => c.id)),
      ),
    );
    expect(cited).not.toContain('b');
    expect(d.topLine.some((t) => t.figure === '2%')).toBe(false);
  });
});

describe('the top line of a range', () => {
  it('does not take another subject’s range of the same measure for the claim in other words', () => {
    const d = buildDigest(
      indexOf({
        a: 'Aid plan\n\nMr Ross set out his plans. His ideas amounted to a new "Kell Plan" for the world, with a global lending fund that would sell bonds to double world aid to $100bn a year.\n',
        b: 'Aid pledge\n\n"This extra money will go to raising Nordia direct aid to Africa to at least £1.4bn a year by 2009," the minister said.\n',
      }),
      at,
    );
    // One article's $100bn is not stated by two: no top line, and no "b gives at least £1.4bn".
    expect(d.topLine.flatMap((t) => t.consistent.map((c) => c.citation.id))).not.toContain('b');
    expect(d.topLine.some((t) => t.figure === '$100bn')).toBe(false);
  });
});
