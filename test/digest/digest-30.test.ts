/**
 * Issue 20 §4 (digest-30): the top line is the claim the most articles state, counted over every
 * article that gives it (one the digest cannot show too), and at a tie the one the articles place
 * first; what a new article changes is never read from an article that gives one measure several
 * values at moments the reader cannot place; the story is named by the place its headlines open
 * with, a person without the office before the name, an organisation whole.
 */
import { describe, expect, it } from 'vitest';
import { buildDigest, storyName } from '../../src/digest/build.js';
import { rangeEnd, rangeStart, wholeName } from '../../src/digest/figures.js';
import { parseQuantities } from '../../src/facts/quantities.js';
import { indexOf } from '../helpers/index.js';

const now = new Date('2026-12-07T08:00:00Z');

describe('the top line counts a claim over every article stating it', () => {
  const index = indexOf({
    'biz/1':
      "Zedair float a hit\n\nBuyers rushed for shares of Zedair, the largest carrier in Orvonia, once its float opened on Friday. The float, about 15% of Zedair's equity, drew far more bids than there were shares, brokers said. The carrier has expanded fast since its launch in 1993 and now flies to 30 towns.\n",
    'biz/2':
      "Zedair float draws bids\n\nZedair's float drew bids for 12 times the shares on offer, brokers said on Friday. Zedair Airways, a budget carrier, was founded by a former pilot from Orvonia. It sold 15% of its equity, hoping to raise up to $210m for new jets. Zedair began flying in 1993 and now faces three cheaper rivals.\n",
  });
  const d = buildDigest(index, { now });

  it('leads with the stake both articles give, one only as "its equity"', () => {
    const top = d.topLine[0];
    expect(top?.figure).toMatch(/15%/);
    expect([top?.source.id, ...(top?.also ?? []).map((c) => c.id)].sort()).toEqual(['biz/1', 'biz/2']);
  });

  it('puts a founding year both give after it', () => {
    const at = d.topLine.findIndex((t) => /1993/.test(t.text));
    expect(at === -1 || at > 0).toBe(true);
  });
});

describe('an exact amount every article of a two-article story gives one owner', () => {
  const index = indexOf({
    'pol/1':
      "Minister stands by rebate\n\nBritain's £2bn rebate from the union will not be reopened at the Orvo summit, the trade secretary said. He told MPs the rebate was fair. Several of the 25 nation union's members wanted it gone, he added.\n",
    'pol/2':
      "France attacks rebate\n\nThe French leader called the UK's £2bn rebate from the union unfair on Tuesday. He spoke to reporters after the Orvo summit ended. The 25 member union faces long talks over its spending plans.\n",
  });

  it('leads, citing both articles, before a count both give later', () => {
    const d = buildDigest(index, { now });
    const top = d.topLine[0];
    expect(top?.figure).toBe('£2bn');
    expect([top?.source.id, ...(top?.also ?? []).map((c) => c.id)].sort()).toEqual(['pol/1', 'pol/2']);
  });
});

describe('a change a new article makes', () => {
  // The earlier article gives the film's takings three values whose moments the reader does not
  // place ("on its first day", "at the weekend", "in ten days"); the new one its takings abroad.
  const index = indexOf({
    'ent/1':
      'Zorbo holds on to top spot\n\nThe comedy Zorbo Returns stayed first in the cinema charts for a second week. It took $30m at the weekend, bringing its takings to more than $90m in ten days. It took $9m on its first day alone, a record for a comedy.\n',
    'ent/2':
      'Zorbo still first\n\nThe comedy Zorbo Returns stayed first in the cinema charts for a third week. Zorbo Returns also led the charts in two other countries with takings abroad of $9.4m, its studio said.\n',
  });

  it('is not read from an earlier article giving one measure several unplaced values', () => {
    const d = buildDigest(index, { now, previousArticleIds: ['ent/1'] });
    expect(d.changes).toEqual([]);
    const fresh = d.newArticles.find((a) => a.id === 'ent/2');
    expect(fresh?.adds?.some((a) => a.was !== undefined) ?? false).toBe(false);
  });
});

describe('the story’s name', () => {
  it('is the place most headlines open with, by its adjective', () => {
    const index = indexOf({
      'biz/1':
        "German exports slow\n\nGermany's economy shrank 0.3% in the final quarter, official figures showed. Firms in Germany have relied on exports, and Germany and France both slowed. The ECB, the central bank of the euro, kept its main rate at 2%.\n",
      'biz/2':
        "German economy stalls\n\nGermany's economy grew more slowly than hoped, held back by weak shops. Exports from Germany rose, and Germany and France both grew. The ECB left its main rate at 2% again on Thursday.\n",
    });
    expect(storyName(index)).toMatch(/^Germany\b/);
  });

  it('is not a place only some headlines open with', () => {
    const index = indexOf({
      'biz/1':
        "Zedair orders 30 jets\n\nZedair has ordered 30 jets in a $1.1bn deal as Germany's newest cheap carrier grows. Zedair was set up last year by Karl Obst.\n",
      'biz/2':
        "Germany's Zedair buys more jets\n\nZedair has agreed to buy 12 smaller jets. Zedair's boss Karl Obst said it paid less than the list price.\n",
    });
    expect(storyName(index)).not.toMatch(/Germany/);
  });

  it('writes a person without the office before the name', () => {
    const index = indexOf({
      'pol/1':
        'Dorsey defends homes plan\n\nMinister Alan Dorsey said the homes plan would go ahead. Minister Alan Dorsey told MPs that the homes would be built by 2012.\n',
      'pol/2':
        'Homes plan row\n\nMinister Alan Dorsey has defended the homes plan. Critics said Minister Alan Dorsey had ignored them.\n',
    });
    expect(storyName(index)).toBe('Alan Dorsey');
  });
});

describe('an organisation’s name cut at "and"', () => {
  it('is written whole where a sentence writes it so', () => {
    expect(wholeName('Orvo Workers Union', ['Members of the Food and Orvo Workers Union voted.'])).toBe(
      'Food and Orvo Workers Union',
    );
    expect(wholeName('Allied Services Union', ['The Zed and Allied Services Union said so.'])).toBe(
      'Zed and Allied Services Union',
    );
  });

  it('is not joined to a person, a sentence’s first word, or a name of no organisation', () => {
    expect(wholeName('Health Department', ['Mr Smith and Health Department officials met.'])).toBe(
      'Health Department',
    );
    expect(wholeName('Allied Services Union', ['Zed and Allied Services Union members voted.'])).toBe(
      'Allied Services Union',
    );
    expect(wholeName('Treasury', ['The Bank and Treasury met.'])).toBe('Treasury');
  });
});

describe('a range written "between X and Y"', () => {
  const text = 'In 2004, Orvonia growth will be between 4.1% and 4.3%, its finance ministry said.';

  it('is read as a range, its "and" opened by "between"', () => {
    const all = parseQuantities(text);
    const [low, high] = all.filter((q) => q.kind === 'percent');
    expect(low && rangeEnd(text, low, all)).toBe(high);
    expect(high && rangeStart(text, high, all)).toBe(low);
    const plain = 'Orvonia growth was 4.1% and inflation 4.3%, its finance ministry said.';
    const other = parseQuantities(plain);
    const first = other.find((q) => q.kind === 'percent');
    expect(first && rangeEnd(plain, first, other)).toBeUndefined();
  });

  it('is one line with both ends', () => {
    const d = buildDigest(
      indexOf({ 'biz/1': `Orvonia slows\n\n${text} Orvonia plans to spend more next year.\n` }),
      { now },
    );
    const lines = d.figures
      .flatMap((g) => g.moments.flatMap((m) => m.lines))
      .filter((l) => /4\.[13]%/.test(l.figure));
    expect(lines.map((l) => l.figure)).toEqual(['between 4.1% and 4.3%']);
  });
});
