/**
 * Articles with identical text (the same BBC article filed twice: business 265 and 333, read from
 * ../shared at test time) are one article for counting and agreement: the digest counts them once
 * and never shows a copy as another source agreeing; a citation may still name both.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { answerQuery } from '../../src/answer/answer.js';
import { buildDigest } from '../../src/digest/build.js';
import { digestToText } from '../../src/digest/format.js';
import { buildIndex } from '../../src/index/build.js';
import { indexOf } from '../helpers/index.js';
import { bbcFile, copyStory } from '../helpers/stories.js';

const MARSH = ['060', '103', '265', '333', '401'].map((n) => `business/${n}`);

describe('copies of one text', () => {
  it('business 265 and 333 are one text', () => {
    expect(readFileSync(bbcFile('business/265'), 'utf8')).toBe(readFileSync(bbcFile('business/333'), 'utf8'));
  });

  it('count once in the digest, and never agree with each other in its top line', async () => {
    const index = await buildIndex(copyStory(MARSH, 'copies-'), { warn: () => {} });
    expect(index.articleCount).toBe(5);
    expect(index.distinctArticleCount).toBe(4);
    expect(index.original('business/333')).toBe('business/265');
    expect(index.original('business/265')).toBe('business/265');
    const digest = buildDigest(index, { now: new Date('2026-11-24T08:00:00Z') });
    expect(digest.articleCount).toBe(4);
    expect(digestToText(digest)).toMatch(/^4 articles\b/m);
    for (const top of digest.topLine) {
      const stating = new Set([top.source, ...top.also].map((c) => index.original(c.id)));
      expect(stating.size, top.text).toBeGreaterThanOrEqual(2);
    }
  });

  it('a citation may still name both', async () => {
    const index = await buildIndex(copyStory(MARSH, 'copies-'), { warn: () => {} });
    const answer = answerQuery(index, 'SEC shareholder transactions');
    const ids = answer.facts.flatMap((f) => f.citations.map((c) => c.id));
    expect(ids).toEqual(expect.arrayContaining(['business/265', 'business/333']));
  });

  it('as made: two articles of one text and a third, counted as two', () => {
    const text = 'Acme deal\n\nAcme Corp will invest $2bn in Widget Co, the companies said on Monday.\n';
    const index = indexOf({
      'a/1': text,
      'b/1': text,
      c: 'Widget\n\nWidget Co, founded in 2011, makes sprockets in Leeds for Acme Corp, which will invest $2bn.\n',
    });
    const digest = buildDigest(index, { now: new Date('2026-11-24T08:00:00Z') });
    expect(digest.articleCount).toBe(2);
    for (const top of digest.topLine)
      expect(new Set([top.source, ...top.also].map((c) => index.original(c.id))).size).toBeGreaterThanOrEqual(
        2,
      );
  });

  it('an article held whole in a later, longer one counts once, the longer cited', () => {
    const report =
      'Acme Corp will invest $2bn in Widget Co, the companies said on Monday. The deal, the largest in the history of the sprocket trade, is expected to close by the end of the year after a vote of shareholders. Widget Co makes sprockets in Leeds and employs 4,000 people at three plants in the north of England.';
    const index = indexOf({
      'a/1': `Acme to invest in Widget\n\n${report}\n`,
      'a/2': `Acme to invest in Widget\n\n${report} Shares in Widget Co rose 12% after the news, while Acme Corp's shares fell 3% in early trading in New York.\n`,
      b: 'Widget\n\nWidget Co, founded in 2011, makes sprockets in Leeds for Acme Corp, which will invest $2bn.\n',
    });
    expect(index.original('a/1')).toBe('a/2');
    const digest = buildDigest(index, { now: new Date('2026-11-24T08:00:00Z') });
    expect(digest.articleCount).toBe(2);
    for (const top of digest.topLine)
      expect(new Set([top.source, ...top.also].map((c) => index.original(c.id))).size).toBeGreaterThanOrEqual(
        2,
      );
  });
});
