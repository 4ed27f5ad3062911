/**
 * A news site on loopback, for the ingestion tests: RSS and Atom feeds whose items the test adds,
 * and article pages dressed as real ones are (navigation, byline, newsletter box, most-read list,
 * footer), plus pages to refuse (a PDF, an image, a page over 5 MB, a slow page, a page with no
 * article text) and redirects.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SiteArticle {
  slug: string;
  title: string;
  /** Paragraphs of the story. */
  paragraphs: string[];
  published: string;
  guid?: string;
  summary?: string;
}

/** Furniture text the pages carry: none of it may reach a fact. */
export const FURNITURE = [
  'Sign up for our morning briefing newsletter',
  'Get the best stories delivered every weekday morning',
  'Most read',
  'Council tax bills to rise again next spring',
  'Local bakery wins national award for sourdough loaf',
  'By Jane Reporter, Transport Correspondent',
  'Copyright 2026 The Harbour Gazette. All rights reserved',
  'Contact us about advertising and syndication',
  'Home News Sport Business Culture',
];

export interface Site {
  origin: string;
  articles: SiteArticle[];
  /** Requests served, by path (with query). */
  hits: string[];
  /** What each path answers, for a test to change (status, type, body). */
  routes: Map<string, (req: IncomingMessage, res: ServerResponse) => void>;
  add(article: SiteArticle): void;
  close(): Promise<void>;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function articlePage(a: SiteArticle): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>${esc(a.title)} | The Harbour Gazette</title>
<meta property="og:title" content="${esc(a.title)}">
<meta property="og:site_name" content="The Harbour Gazette">
<meta property="article:published_time" content="${a.published}">
</head><body>
<header class="site-header"><a href="/">The Harbour Gazette</a>
<nav class="main-nav"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/business">Business</a></li><li><a href="/culture">Culture</a></li></ul></nav>
</header>
<main>
<article class="story">
<h1>${esc(a.title)}</h1>
<div class="byline">By Jane Reporter, Transport Correspondent</div>
<time datetime="${a.published}">${a.published.slice(0, 10)}</time>
<div class="story-body">
${a.paragraphs
  .map(
    (p, i) =>
      `<p>${esc(p)}</p>${
        i === 1
          ? `<div class="newsletter-signup"><h3>Sign up for our morning briefing newsletter</h3><p>Get the best stories delivered every weekday morning. Enter your email address and press subscribe to join our readers today.</p><form><input type="email"><button>Subscribe</button></form></div>`
          : ''
      }`,
  )
  .join('\n')}
</div>
</article>
<div class="most-read"><h2>Most read</h2><ol>
<li><a href="/news/tax">Council tax bills to rise again next spring</a></li>
<li><a href="/news/bakery">Local bakery wins national award for sourdough loaf</a></li>
<li><a href="/news/ferry">Ferry timetable changes for the winter season announced</a></li>
</ol></div>
</main>
<footer><p>Copyright 2026 The Harbour Gazette. All rights reserved.</p><p><a href="/contact">Contact us about advertising and syndication</a></p></footer>
</body></html>`;
}

function rss(origin: string, articles: SiteArticle[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>The Harbour Gazette</title><link>${origin}/</link><description>News</description>
${articles
  .map(
    (
      a,
    ) => `<item><title>${esc(a.title)}</title><link>${origin}/news/${a.slug}?utm_source=rss&amp;utm_medium=feed</link>
<guid isPermaLink="false">${esc(a.guid ?? `gazette-${a.slug}`)}</guid><pubDate>${new Date(a.published).toUTCString()}</pubDate>
<description>${esc(a.summary ?? a.paragraphs[0] ?? '')}</description></item>`,
  )
  .join('\n')}
</channel></rss>`;
}

function atom(origin: string, articles: SiteArticle[]): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>The Harbour Gazette</title><id>${origin}/</id><updated>2026-11-25T08:00:00Z</updated>
${articles
  .map(
    (a) => `<entry><title>${esc(a.title)}</title><link href="${origin}/news/${a.slug}?fbclid=abc123"/>
<id>${esc(a.guid ?? `gazette-${a.slug}`)}</id><updated>${a.published}</updated><published>${a.published}</published>
<summary>${esc(a.summary ?? a.paragraphs[0] ?? '')}</summary></entry>`,
  )
  .join('\n')}
</feed>`;
}

export async function startSite(initial: SiteArticle[] = []): Promise<Site> {
  const articles = [...initial];
  const hits: string[] = [];
  const routes = new Map<string, (req: IncomingMessage, res: ServerResponse) => void>();
  let origin = '';
  const server: Server = createServer((req, res) => {
    const path = req.url ?? '/';
    hits.push(path);
    const bare = path.split('?')[0] ?? path;
    const route = routes.get(bare);
    if (route) return route(req, res);
    if (bare === '/feed.rss') {
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' });
      return res.end(rss(origin, articles));
    }
    if (bare === '/feed.atom') {
      res.writeHead(200, { 'content-type': 'application/atom+xml; charset=utf-8' });
      return res.end(atom(origin, articles));
    }
    const article = articles.find((a) => bare === `/news/${a.slug}`);
    if (article) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return res.end(articlePage(article));
    }
    res.writeHead(404, { 'content-type': 'text/html' });
    res.end('<h1>Not found</h1>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    articles,
    hits,
    routes,
    add: (a) => articles.push(a),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Stories of a made-up town, for the tests (none of it is in src/). */
export const STORIES: SiteArticle[] = [
  {
    slug: 'bridge-repair-budget',
    title: 'Council approves £42 million to repair the Harbour Bridge',
    published: '2026-11-20T09:30:00Z',
    paragraphs: [
      'The city council has approved a budget of £42 million to repair the Harbour Bridge, which has been closed to lorries since March.',
      'Engineers found corrosion in 14 of the bridge’s 60 steel cables during an inspection last year.',
      'Work is due to start in January and to take about 18 months, the council said on Thursday.',
      'The bridge carries around 35,000 vehicles a day between the old town and the port.',
      'Opposition councillors said the repair should have been ordered two years ago, when the first cracks were reported.',
    ],
  },
  {
    slug: 'ferry-operator-expands',
    title: 'Ferry operator adds night crossings while the bridge is shut',
    published: '2026-11-22T07:00:00Z',
    paragraphs: [
      'Bay Ferries will run crossings every 20 minutes through the night while the Harbour Bridge is repaired, the company said.',
      'The operator is leasing two extra vessels from a Norwegian shipping line at a cost of £3.5 million a year.',
      'Fares will be frozen at £2.40 for foot passengers until the bridge reopens.',
      'The company expects passenger numbers to double to about 9,000 a day during the works.',
    ],
  },
];
