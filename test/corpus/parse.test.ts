import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleFromBytes } from '../../src/corpus/load.js';
import { parseArticleText } from '../../src/corpus/parse.js';
import { extractFacts } from '../../src/facts/extract.js';

describe('parseArticleText', () => {
  it('takes the headline as the title and keeps it out of the body', () => {
    const p = parseArticleText('Shares rise on new offer\n\nShares rose 5% on Monday.\n');
    expect(p.title).toBe('Shares rise on new offer');
    expect(p.paragraphs).toEqual([{ kind: 'text', text: 'Shares rose 5% on Monday.' }]);
  });

  it('makes a short title from the lead when there is no headline', () => {
    const p = parseArticleText(
      'In the ever-changing world of widgets, Acme has agreed to buy its biggest rival for a large sum of money today.\n',
    );
    expect(p.title).toBe('In the ever-changing world of widgets, Acme has agreed to buy its…');
  });

  it('drops related-story lists, source, excerpt, tag and category lines, bylines and promos', () => {
    const p = parseArticleText(
      [
        'Deal Done',
        'By Jane Smith',
        'Acme bought Widget Co for $2bn.',
        'Excerpt: Acme is buying Widget Co.',
        'Tags: deals, widgets',
        'Category: business',
        'To learn more about deals, explore our article on mergers.',
        'Source.',
        'TOP STORIES',
        'Other story about elections',
        'Another unrelated headline …',
        'latest stories',
      ].join('\n'),
    );
    expect(p.paragraphs.map((x) => x.text)).toEqual(['Acme bought Widget Co for $2bn.']);
  });

  it('names the outlet from a "first appeared on" line and strips it from the headline', () => {
    const p = parseArticleText(
      'NewsWire Acme Buys Widget Co\nAcme bought Widget Co.\nThis post Acme Buys Widget Co first appeared on NewsWire and is written by Staff\n',
    );
    expect(p.outlet).toBe('NewsWire');
    expect(p.title).toBe('Acme Buys Widget Co');
    expect(p.paragraphs.map((x) => x.text)).toEqual(['Acme bought Widget Co.']);
  });

  it('lets front matter override what is derived', () => {
    const p = parseArticleText(
      '---\ntitle: The Real Title\noutlet: The Daily\nurl: https://example.com/a\npublished: 2025-06-10\n---\nA Headline\nText of the story here.\n',
    );
    expect(p).toMatchObject({
      title: 'The Real Title',
      outlet: 'The Daily',
      url: 'https://example.com/a',
      published: '2025-06-10',
    });
    expect(p.paragraphs.map((x) => x.text)).toEqual(['A Headline', 'Text of the story here.']);
  });

  it('never yields a fact from the related-stories tail of the seed article 002', () => {
    const article = articleFromBytes('002', readFileSync('seeds/002_85cfbc7a48a6de22.txt'));
    if (typeof article === 'string') throw new Error(article);
    const texts = extractFacts(article).map((f) => f.text);
    expect(texts.length).toBeGreaterThan(5);
    for (const text of texts)
      expect(text).not.toMatch(/Sriram|Trump|Hollywood|executive order|elections|TOP STORIES|^Source/i);
  });
});
