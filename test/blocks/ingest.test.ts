/** The reply to `add <link>`: its notification text escaped once, article text shown as text. */
import { describe, expect, it } from 'vitest';
import { addedMessage } from '../../src/blocks/ingest.js';

describe('addedMessage', () => {
  const added = {
    ok: true as const,
    file: 'example.com-news-deal-1a2b.md',
    title: 'Acme & *Widget* agree a <deal>',
    outlet: 'The_Gazette',
    url: 'https://example.com/news/deal',
    facts: 12,
  };

  it('writes the notification text plain and escapes it once, never a link escaped again', () => {
    const { text } = addedMessage(added, '/scaledeal');
    expect(text).toBe(
      'Added “Acme &amp; ∗Widget∗ agree a &lt;deal&gt;” (TheˍGazette): 12 facts. Ask about it with /scaledeal &lt;topic&gt;.',
    );
    expect(text).not.toMatch(/&amp;lt;|&amp;amp;|&lt;https?:/);
  });

  it('links the title in the blocks, its words shown as text, the file id in code as written', () => {
    const { blocks } = addedMessage(added, '/scaledeal');
    const mrkdwn = JSON.stringify(blocks);
    expect(mrkdwn).toContain('<https://example.com/news/deal|Acme &amp; ∗Widget∗ agree a &lt;deal&gt;>');
    expect(mrkdwn).toContain('(TheˍGazette)');
    expect(mrkdwn).toContain('`example.com-news-deal-1a2b`');
    expect(mrkdwn).toContain('`/scaledeal &lt;topic&gt;`');
  });

  it('says why nothing was added, escaped once', () => {
    const { text, blocks } = addedMessage(
      { ok: false, message: 'refused: <x> is a PDF & not a page', lasting: true },
      '/scaledeal',
    );
    expect(text).toBe('Nothing was added: refused: &lt;x&gt; is a PDF &amp; not a page.');
    expect(JSON.stringify(blocks)).toContain(
      'Nothing was added: refused: &lt;x&gt; is a PDF &amp; not a page.',
    );
  });
});
