import type { KnownBlock } from '@slack/types';
import { describe, expect, it } from 'vitest';
import { answerQuery } from '../../src/answer/answer.js';
import type { Answer } from '../../src/answer/types.js';
import { answerMessage } from '../../src/blocks/answer.js';
import { sourcesMessage } from '../../src/blocks/help.js';
import { blockProblems } from '../../src/blocks/limits.js';
import { escapeMrkdwn, link, safeText } from '../../src/blocks/mrkdwn.js';
import { buildIndex } from '../../src/index/build.js';
import { indexOf } from '../helpers/index.js';

describe('mrkdwn', () => {
  it('escapes exactly &, < and >', () => {
    expect(escapeMrkdwn('<!channel> & <@U123> *bold* _it_')).toBe(
      '&lt;!channel&gt; &amp; &lt;@U123&gt; *bold* _it_',
    );
  });
  it('never cuts an escape in half', () => {
    const out = safeText(`${'a'.repeat(8)}<<<<`, 12);
    expect(out.length).toBeLessThanOrEqual(12);
    expect(out).not.toMatch(/&[a-z]*…$|&[a-z]*$/);
  });
  it('links only http(s) URLs, and escapes the label', () => {
    expect(link('https://example.com/a', 'A <b>')).toBe('<https://example.com/a|A &lt;b&gt;>');
    expect(link('javascript:alert(1)', 'x')).toBe('x');
    expect(link(undefined, '<!here>')).toBe('&lt;!here&gt;');
  });
});

describe('answerMessage', () => {
  it('escapes what an article says, so <!channel> in a story pings nobody', () => {
    const index = indexOf({
      a: 'Headline\n\nThe memo to <!channel> and <@U123> said revenue rose 5% to $2bn.\n',
    });
    const message = answerMessage(answerQuery(index, 'revenue'), { command: '/ask' });
    const json = JSON.stringify(message);
    expect(json).toMatch(/revenue rose 5%/);
    expect(json).not.toMatch(/<!channel>|<@U123>/);
    expect(json).toContain('&lt;@U123&gt;');
  });

  it('keeps the longest answer the seeds can give within Block Kit limits', async () => {
    const index = await buildIndex('seeds', { warn: () => {} });
    const queries = ['valuation', 'investment', 'llama', 'stake', 'AI', 'Meta Scale AI', 'x'.repeat(4000)];
    const longest = queries
      .map((q) => answerMessage(answerQuery(index, q), { command: '/scaledeal', shareable: true }))
      .sort(
        (a, b) => b.blocks.length - a.blocks.length || JSON.stringify(b).length - JSON.stringify(a).length,
      )[0];
    expect(longest?.blocks.length).toBeGreaterThan(5);
    expect(blockProblems(longest?.blocks ?? [], longest?.text)).toEqual([]);
  });

  it('keeps Block Kit limits for an answer far longer than any corpus gives', () => {
    const huge = 'word '.repeat(2000);
    const citations = Array.from({ length: 300 }, (_, i) => ({
      id: `folder/article-${i}`,
      title: `Title ${i} ${'t'.repeat(200)}`,
      url: 'https://example.com/x',
    }));
    const answer: Answer = {
      query: 'q'.repeat(5000),
      facts: Array.from({ length: 60 }, () => ({ text: huge, citations, quantities: [] })),
      disagreements: Array.from({ length: 60 }, () => ({
        measure: 'm'.repeat(500),
        values: Array.from({ length: 50 }, () => ({ text: huge, citations })),
      })),
      suggestions: [],
      articlesConsulted: 300,
    };
    const message = answerMessage(answer, { command: '/scaledeal', shareable: true });
    expect(blockProblems(message.blocks, message.text)).toEqual([]);
  });

  it('lists thousands of sources within Block Kit limits, saying how many more there are', () => {
    const articles = Array.from({ length: 2500 }, (_, i) => ({
      id: `business/${i}`,
      title: `A rather long headline about the story, number ${i} of many more`,
    }));
    const message = sourcesMessage(articles);
    expect(blockProblems(message.blocks as KnownBlock[], message.text)).toEqual([]);
    expect(JSON.stringify(message.blocks)).toMatch(/and \d+ more/);
  });
});
