import { describe, expect, it } from 'vitest';
import { articleFromBytes } from '../../src/corpus/load.js';
import { extractArticle } from '../../src/ingest/extract.js';
import { toMarkdown } from '../../src/ingest/save.js';
import { articlePage, FURNITURE, STORIES } from './site.js';

const story = STORIES[0];
if (!story) throw new Error('no story');
const url = 'https://gazette.example/news/bridge-repair-budget';

describe('extractArticle', () => {
  it('keeps the story and its metadata, and none of the page furniture', async () => {
    const article = await extractArticle(articlePage(story), url);
    if (typeof article === 'string') throw new Error(article);
    expect(article.title).toBe(story.title);
    expect(article.outlet).toBe('The Harbour Gazette');
    expect(article.url).toBe(url);
    expect(article.date).toBe(new Date(story.published).toISOString());
    expect(article.paragraphs.map((p) => p.text)).toEqual(story.paragraphs);
    const all = JSON.stringify(article);
    for (const furniture of FURNITURE) expect(all).not.toContain(furniture);
  });

  it('saves as Markdown with front matter the corpus reads back: title, outlet, url, date', async () => {
    const article = await extractArticle(articlePage(story), url);
    if (typeof article === 'string') throw new Error(article);
    const parsed = articleFromBytes('web/a', Buffer.from(toMarkdown(article)));
    if (typeof parsed === 'string') throw new Error(parsed);
    expect(parsed).toMatchObject({ title: story.title, outlet: 'The Harbour Gazette', url });
    expect(parsed.published).toBe(new Date(story.published).toISOString());
    expect(parsed.paragraphs.map((p) => p.text)).toEqual(story.paragraphs);
  });

  it('takes the outlet from the host and the date from the feed when the page has neither', async () => {
    const html = `<html><head><title>Plain page</title></head><body><article><h1>Plain page</h1>${story.paragraphs
      .map((p) => `<p>${p}</p>`)
      .join('')}</article></body></html>`;
    const article = await extractArticle(html, 'https://www.plain.example/a', {
      date: '2026-11-24T10:00:00Z',
    });
    if (typeof article === 'string') throw new Error(article);
    expect(article.outlet).toBe('plain.example');
    expect(article.title).toBe('Plain page');
    expect(article.date).toBe('2026-11-24T10:00:00.000Z');
  });

  it('keeps lists and tables of the story', async () => {
    const html = `<html><body><article><h1>Budget lines</h1>${story.paragraphs
      .map((p) => `<p>${p}</p>`)
      .join(
        '',
      )}<h2>Where the money goes</h2><ul><li>Cables: £20 million for new steel cables.</li><li>Deck: £12 million to resurface the deck.</li></ul><table><tr><th>Year</th><th>Spend</th></tr><tr><td>2027</td><td>£30 million</td></tr></table></article></body></html>`;
    const article = await extractArticle(html, url);
    if (typeof article === 'string') throw new Error(article);
    expect(article.paragraphs).toContainEqual({ kind: 'heading', text: 'Where the money goes' });
    expect(article.paragraphs).toContainEqual({
      kind: 'item',
      text: 'Cables: £20 million for new steel cables.',
    });
    expect(article.paragraphs).toContainEqual({ kind: 'row', text: '2027 | £30 million' });
    const parsed = articleFromBytes('a', Buffer.from(toMarkdown(article)));
    if (typeof parsed === 'string') throw new Error(parsed);
    expect(parsed.paragraphs).toContainEqual({
      kind: 'item',
      text: 'Deck: £12 million to resurface the deck.',
    });
    expect(parsed.paragraphs).toContainEqual({ kind: 'row', text: '2027 | £30 million' });
  });

  it('refuses a page with no article text, saying so', async () => {
    const result = await extractArticle('<html><body><nav>Home News</nav><p>Short.</p></body></html>', url);
    expect(result).toMatch(/^refused: no article text found at https:\/\/gazette\.example/);
  });

  it('keeps markup out: scripts are dropped, and text stays text', async () => {
    const html = `<html><body><article><h1>T</h1><script>window.x = "<!channel>"</script>${story.paragraphs
      .map((p) => `<p>${p}</p>`)
      .join(
        '',
      )}<p>Readers wrote &lt;!channel&gt; and &lt;script&gt;alert(1)&lt;/script&gt; in the comments box, the editor said today.</p></article></body></html>`;
    const article = await extractArticle(html, url);
    if (typeof article === 'string') throw new Error(article);
    expect(JSON.stringify(article)).not.toContain('window.x');
    expect(article.paragraphs.at(-1)?.text).toContain('<!channel> and <script>alert(1)</script>');
  });
});
