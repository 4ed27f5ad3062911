/**
 * Issue 20 §4 (digest-31b): a new article that files an earlier text again is not news: "New since
 * the last digest" says so in one line ("repeats [b] word for word: nothing new") and lists none of
 * its sentences; the article is still counted and listed. An update adding to an earlier text is news.
 */
import { describe, expect, it } from 'vitest';
import { digestMessage } from '../../src/blocks/digest.js';
import { buildDigest } from '../../src/digest/build.js';
import { digestToText } from '../../src/digest/format.js';
import { indexOf } from '../helpers/index.js';

const now = new Date('2026-12-07T08:00:00Z');

const OTHER =
  'Zedco opens plant\n\nZedco opened a new assembly plant in Orvo on Monday, the firm said.\n\nThe plant will build 40,000 vans a year, its managers said.\n';
const REPORT =
  'Zedco shows its gadgets\n\nThousands of buyers gathered in Orvo City for the annual Zedco trade fair on Tuesday.\n\nSome 90,000 visitors should come to the fair over its four days. Zedco chief Ula Brandt is to open the show with a speech on the next generation of its games console. The show also includes talks from rival makers of phones and cameras.\n';

describe('a new article with the same text as one of the last digest', () => {
  const d = buildDigest(indexOf({ a: OTHER, b: REPORT, c: REPORT }), {
    now,
    previousArticleIds: ['a', 'b'],
  });
  const fresh = d.newArticles.find((n) => n.id === 'c');

  it('repeats it word for word and adds nothing', () => {
    expect(fresh?.repeats).toMatchObject({ id: 'b', how: 'exactly' });
    expect(fresh?.adds).toEqual([]);
  });

  it('is still counted and listed once', () => {
    expect(d.articleCount).toBe(2);
    expect(d.newArticles.map((n) => n.id)).toEqual(['c']);
  });

  it('is said in one line in the text and in the message', () => {
    const text = digestToText(d);
    expect(text).toContain('repeats [b] word for word: nothing new');
    expect(text).not.toMatch(/adds.*Thousands of buyers/);
    const message = JSON.stringify(digestMessage(d).blocks);
    expect(message).toMatch(/repeats .*`b`.* word for word: nothing new/);
    expect(message).not.toContain('nothing the earlier articles did not say');
  });
});

describe('a new article filing an earlier text again with a word changed, or cut', () => {
  it('repeats it nearly word for word', () => {
    const changed = REPORT.replace('rival makers', 'rival firms');
    const d = buildDigest(indexOf({ a: OTHER, b: REPORT, c: changed }), {
      now,
      previousArticleIds: ['a', 'b'],
    });
    expect(d.newArticles.find((n) => n.id === 'c')?.repeats).toMatchObject({ id: 'b', how: 'nearly' });
    expect(digestToText(d)).toContain('repeats [b] nearly word for word: nothing new');
  });

  it('repeats part of a longer earlier text it is held in', () => {
    const cut = REPORT.replace(' The show also includes talks from rival makers of phones and cameras.', '');
    const d = buildDigest(indexOf({ a: OTHER, b: REPORT, c: cut }), { now, previousArticleIds: ['a', 'b'] });
    const fresh = d.newArticles.find((n) => n.id === 'c');
    expect(fresh?.repeats).toMatchObject({ id: 'b', how: 'within' });
    expect(fresh?.adds).toEqual([]);
    expect(digestToText(d)).toContain('repeats part of [b]: nothing new');
  });
});

describe('what is not a repeat', () => {
  it('an update holding the earlier text whole and adding to it says what it adds', () => {
    const update = `${REPORT.trim()} Rival maker Orvotel said on Tuesday it would cut the price of its console to $199.\n`;
    const d = buildDigest(indexOf({ a: OTHER, b: REPORT, c: update }), {
      now,
      previousArticleIds: ['a', 'b'],
    });
    const fresh = d.newArticles.find((n) => n.id === 'c');
    expect(fresh?.repeats).toBeUndefined();
    expect((fresh?.adds ?? []).map((x) => x.text).join(' ')).toMatch(/Orvotel/);
  });

  it('the first of two new copies is news; the second repeats it', () => {
    const d = buildDigest(indexOf({ a: OTHER, b: REPORT, c: REPORT }), { now, previousArticleIds: ['a'] });
    // Both listed; one (whichever came first) says what they add, the other that it repeats it.
    expect(d.newArticles.map((n) => n.id).sort()).toEqual(['b', 'c']);
    const repeats = d.newArticles.filter((n) => n.repeats);
    const news = d.newArticles.filter((n) => !n.repeats);
    expect(repeats).toHaveLength(1);
    expect(news).toHaveLength(1);
    expect(repeats[0]?.repeats?.id).toBe(news[0]?.id);
    expect((news[0]?.adds ?? []).map((x) => x.text).join(' ')).toMatch(/Thousands of buyers/);
  });

  it('a different article on the same story', () => {
    const d = buildDigest(indexOf({ b: REPORT, a: OTHER }), { now, previousArticleIds: ['b'] });
    expect(d.newArticles.find((n) => n.id === 'a')?.repeats).toBeUndefined();
  });
});
