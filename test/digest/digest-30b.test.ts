/**
 * Issue 20 §4 (digest-30b): "New since the last digest" says which earlier figure a new article
 * changes where the reader did not read the two owners as one (a name and the article's "it", a
 * measure's word read as its owner), where a count's measure is the thing it counts, where a period's
 * change is placed by "last year" in an undated article, and where a qualifier makes two amounts meet
 * as ranges ("at least $52m", "up to $61m"); a timeline, another owner's figure and a line crossed
 * ("the 40 trillion mark") are no change.
 */
import { describe, expect, it } from 'vitest';
import { amountsDiffer, buildDigest } from '../../src/digest/build.js';
import { parseQuantities } from '../../src/facts/quantities.js';
import { indexOf } from '../helpers/index.js';

const now = new Date('2026-12-07T08:00:00Z');
const changesOf = (texts: Record<string, string>, previous: string[]) =>
  buildDigest(indexOf(texts), { now, previousArticleIds: previous }).changes;

describe('a change across owners the reader told apart', () => {
  const texts = {
    'biz/1':
      'Zedair float sells out\n\nFund managers queued for Zedair Airways stock, the top carrier of Orvonia, as its listing began.\n\nThe listing of 8.4 million shares sold out in under an hour on Friday. Brokers expect Zedair to raise at least 48m euros ($52m) from the listing. Zedair started flying in 1991.\n',
    'biz/2':
      'Zedair Airways listing in demand\n\nThe Zedair Airways listing drew bids for 11 times the stock offered, bankers told reporters on Friday.\n\nZedair Airways, a cheap carrier, holds 38% of the Orvonian market. It sold 8.3 million shares, 15% of its equity, in a bid to raise up to $61m. Zedair owns 19 planes.\n',
  };
  const changes = changesOf(texts, ['biz/1']);

  it('says the shares sold, counted in one article and "its" in the other, changed', () => {
    const shares = changes.find((c) => /8\.3 million/.test(c.now.figure));
    expect(shares?.before.figure).toMatch(/8\.4 million/);
    expect(shares?.before.source.id).toBe('biz/1');
  });

  it('says the sum to be raised changed, though "at least" and "up to" meet as ranges', () => {
    const raised = changes.find((c) => /\$61m/.test(c.now.figure));
    expect(raised?.before.figure).toMatch(/48m euros/);
  });

  it('says nothing changed by a copy of the earlier article', () => {
    expect(changesOf({ 'biz/1': texts['biz/1'], 'biz/3': texts['biz/1'] }, ['biz/1'])).toEqual([]);
  });
});

describe('a period\'s change placed by "last year" in an undated article', () => {
  const earlier =
    "Orvonian growth stalls\n\nOrvonia's output fell 0.4% in the final quarter of 2004.\n\nThe Orvo Statistics Office said growth over all of 2004 was 1.3%, following a contraction in 2003. A strong currency held exports back.\n";

  it('is said as a change of the same year', () => {
    const changes = changesOf(
      {
        'biz/1': earlier,
        'biz/2':
          "Orvonian output recovers\n\nOrvonia had its best year in three, helped by exports.\n\nOrvonia's GDP rose by 1.4% last year, according to the bureau. Shoppers stayed careful.\n",
      },
      ['biz/1'],
    );
    expect(changes.map((c) => [c.before.figure, c.now.figure])).toContainEqual(['1.3%', '1.4%']);
  });

  it('is no change where the new article names another year: a timeline', () => {
    const changes = changesOf(
      {
        'biz/1': earlier,
        'biz/2':
          "Orvonian output recovers\n\nOrvonia had its best year in three, helped by exports.\n\nOrvonia's GDP rose by 1.4% in 2005, according to the bureau. Shoppers stayed careful.\n",
      },
      ['biz/1'],
    );
    expect(changes).toEqual([]);
  });
});

describe('no change', () => {
  it("from another named owner's figure", () => {
    const changes = changesOf(
      {
        'biz/1':
          'Orvo Bank grows\n\nOrvo Bank said on Monday that it now has 40 branches across the north of Orvonia, after a year of expansion.\n',
        'biz/2':
          'Zedco Lenders grows\n\nZedco Lenders said on Tuesday that it now has 55 branches across the south of Orvonia, after a year of expansion.\n',
      },
      ['biz/1'],
    );
    expect(changes).toEqual([]);
  });

  it('from a line crossed ("the 40 trillion sums mark")', () => {
    const changes = changesOf(
      {
        'tech/1':
          'Zedco machine tops list\n\nThe Zedco machine reached a top speed of 44.2 trillion sums each second in tests.\n',
        'tech/2':
          'Zedco machine confirmed fastest\n\nThe Zedco machine now leads the list. Passing the 40 trillion sums each second mark was long seen as a landmark.\n',
      },
      ['tech/1'],
    );
    expect(changes).toEqual([]);
  });
});

describe('amountsDiffer', () => {
  const mention = (text: string, at = 0) => {
    const [quantity, ...also] = parseQuantities(text).slice(at);
    if (!quantity) throw new Error(`no quantity in ${text}`);
    return { quantity, also };
  };

  it('tells amounts apart whatever their qualifiers', () => {
    expect(amountsDiffer(mention('more than $90m'), mention('$112.4m'))).toBe(true);
    expect(amountsDiffer(mention('at least 48m euros ($52m)'), mention('up to $61m'))).toBe(true);
  });

  it('holds one amount, qualified or rounded, as one', () => {
    expect(amountsDiffer(mention('about 15%'), mention('15%'))).toBe(false);
    expect(amountsDiffer(mention('$5.3bn'), mention('$5.25bn'))).toBe(false);
  });

  it('cannot tell amounts in no common currency apart', () => {
    expect(amountsDiffer(mention('£4m'), mention('$9m'))).toBe(false);
  });
});
