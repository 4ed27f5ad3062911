/**
 * From a web page to an article: Mozilla's Readability (Firefox's reader view) finds the story in
 * the page, on linkedom's server-side DOM; site furniture it might keep (newsletter boxes,
 * most-read lists, share bars, bylines) is taken out first. Both libraries load on the first page,
 * so a bot that never fetches pays nothing for them.
 */
import type { ParagraphKind } from '../corpus/types.js';

/** A web page's article, ready to be saved. */
export interface WebArticle {
  title: string;
  /** og:site_name, else the host without `www.`. */
  outlet: string;
  url: string;
  /** The publication date (ISO 8601) when the page or the feed gives one. */
  date?: string;
  /** The body, in order: text, headings, list items, table rows (cells joined by ` | `). */
  paragraphs: Array<{ kind: ParagraphKind; text: string }>;
}

/** What the feed said about the item, used when the page does not say it. */
export interface PageHints {
  title?: string;
  date?: string;
}

export interface ExtractOptions {
  /** Fewest characters of article text for a page to count as an article. Default 200. */
  minTextLength?: number;
}

const defaultExtractOptions: Required<ExtractOptions> = { minTextLength: 200 };

/** Elements that are never the story. */
const FURNITURE_TAGS = 'script,style,noscript,template,iframe,svg,form,nav,footer,aside,button,dialog';
const FURNITURE_ROLES =
  '[role=navigation],[role=banner],[role=contentinfo],[role=complementary],[role=search],[role=dialog],[aria-hidden=true],[hidden]';
/** Class names and ids of furniture Readability may keep inside the story's container. */
const FURNITURE_NAMES =
  /(?:^|[\s_-])(?:newsletter|subscribe|subscription|signup|sign-up|promo|most-?read|most-?popular|popular|trending|related|recommended|read-?more|more-?stories|share|sharing|social|byline|author|advert|advertisement|ad-slot|sponsor|cookie|consent|paywall|breadcrumbs?|tags|topics|caption|credit|footer|masthead|menu)(?:$|[\s_-])/i;

interface Dom {
  document: Document;
}

let libraries:
  | Promise<{
      parseHTML: (html: string) => Dom;
      Readability: typeof import('@mozilla/readability').Readability;
    }>
  | undefined;

/** linkedom and Readability, loaded once, on first use. */
function load() {
  libraries ??= Promise.all([import('linkedom'), import('@mozilla/readability')]).then(([l, r]) => ({
    parseHTML: l.parseHTML as unknown as (html: string) => Dom,
    Readability: r.Readability,
  }));
  return libraries;
}

const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

function meta(doc: Document, ...names: string[]): string | undefined {
  for (const name of names) {
    const el = doc.querySelector(`meta[property="${name}"],meta[name="${name}"],meta[itemprop="${name}"]`);
    const value = clean(el?.getAttribute('content'));
    if (value) return value;
  }
  return undefined;
}

function isoDate(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const time = Date.parse(text);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

/** True for a container of several paragraphs of prose: the story, whatever its class says. */
const holdsStory = (el: Element) =>
  [...el.querySelectorAll('p')].filter((p) => clean(p.textContent).length > 80).length >= 3;

/** Takes out of the page what is never the story. */
function stripFurniture(doc: Document): void {
  for (const el of [...doc.querySelectorAll(`${FURNITURE_TAGS},${FURNITURE_ROLES}`)]) el.remove();
  for (const el of [...doc.querySelectorAll('[class],[id]')]) {
    if (el.tagName === 'BODY' || el.tagName === 'HTML' || el.tagName === 'ARTICLE' || el.tagName === 'MAIN')
      continue;
    const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (FURNITURE_NAMES.test(names) && !holdsStory(el)) el.remove();
  }
  // A header inside the page holds the site's masthead, or the article's headline, byline and date:
  // the headline is read from the metadata or the h1 before this runs.
  for (const el of [...doc.querySelectorAll('header')]) el.remove();
}

/** The body's lines, in document order. */
function linesOf(root: Element): WebArticle['paragraphs'] {
  const out: WebArticle['paragraphs'] = [];
  for (const el of [...root.querySelectorAll('h1,h2,h3,h4,h5,h6,p,li,tr,blockquote,pre')]) {
    // Outer blocks only: a paragraph inside a list item or quote is read with it.
    if (el.parentElement?.closest('li,tr,blockquote,pre')) continue;
    const tag = el.tagName.toLowerCase();
    if (tag === 'tr') {
      const cells = [...el.querySelectorAll('th,td')].map((c) => clean(c.textContent)).filter(Boolean);
      if (cells.length > 0) out.push({ kind: 'row', text: cells.join(' | ') });
      continue;
    }
    const text = clean(el.textContent);
    if (!text) continue;
    const kind: ParagraphKind = /^h\d$/.test(tag) ? 'heading' : tag === 'li' ? 'item' : 'text';
    out.push({ kind, text });
  }
  return out;
}

/**
 * The article of a page, or a refusal saying why there is none. `url` is the page's address (after
 * redirects); `hints` what its feed said of it.
 */
export async function extractArticle(
  html: string,
  url: string,
  hints: PageHints = {},
  options: ExtractOptions = {},
): Promise<WebArticle | string> {
  const o = { ...defaultExtractOptions, ...options };
  const { parseHTML, Readability } = await load();
  const { document } = parseHTML(html);
  const host = new URL(url).hostname.replace(/^www\./, '');
  const title =
    meta(document, 'og:title', 'twitter:title') ??
    (clean(document.querySelector('h1')?.textContent) || undefined) ??
    hints.title ??
    (clean(document.querySelector('title')?.textContent) || undefined);
  const outlet = meta(document, 'og:site_name', 'application-name') ?? host;
  const date =
    isoDate(meta(document, 'article:published_time', 'datePublished', 'date', 'pubdate')) ??
    isoDate(document.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined) ??
    isoDate(hints.date);
  stripFurniture(document);
  const parsed = new Readability<Element>(document, { serializer: (node) => node as Element }).parse();
  const body = parsed?.content;
  const text = clean(parsed?.textContent);
  if (!body || text.length < o.minTextLength)
    return `refused: no article text found at ${url} (an index page, a paywall, or a page built by a script?); link to the article itself`;
  const heading = clean(title).toLowerCase();
  const paragraphs = linesOf(body).filter((p) => p.text.toLowerCase() !== heading);
  if (!paragraphs.some((p) => p.kind === 'text'))
    return `refused: no article text found at ${url}; link to the article itself`;
  return {
    title: clean(title) || clean(parsed?.title) || host,
    outlet: clean(outlet),
    url,
    ...(date ? { date } : {}),
    paragraphs,
  };
}
