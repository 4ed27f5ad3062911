/**
 * Refusals, each with a message saying how to fix it, and nothing written to the story folder:
 * private addresses, redirects into the intranet, other schemes, pages too large or too slow,
 * PDFs and images, pages with no article text.
 */
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  defaultFetchOptions,
  type FetchOptions,
  isPrivateAddress,
  safeFetch,
} from '../../src/ingest/fetch.js';
import { type AddResult, Ingester } from '../../src/ingest/ingest.js';
import { FileSeenStore } from '../../src/ingest/seen.js';
import { recordingLogger } from '../helpers/logger.js';
import { type Site, STORIES, startSite } from './site.js';

let site: Site;
let port: number;

beforeAll(async () => {
  site = await startSite(STORIES);
  port = Number(new URL(site.origin).port);
  const redirect = (to: string) => (_req: unknown, res: import('node:http').ServerResponse) => {
    res.writeHead(302, { location: to });
    res.end();
  };
  site.routes.set('/to-intranet', redirect(`http://intranet.example:${port}/secret`));
  site.routes.set('/to-private-ip', redirect(`http://10.20.30.40:${port}/secret`));
  site.routes.set('/to-story', redirect(`/news/${STORIES[0]?.slug}`));
  site.routes.set('/loop', redirect('/loop'));
  site.routes.set('/secret', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end('<p>intranet</p>');
  });
  site.routes.set('/report.pdf', (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/pdf' });
    res.end('%PDF-1.7 ...');
  });
  site.routes.set('/chart.png', (_req, res) => {
    res.writeHead(200, { 'content-type': 'image/png' });
    res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  });
  site.routes.set('/huge', (_req, res) => {
    // No Content-Length: the size is only known while reading.
    res.writeHead(200, { 'content-type': 'text/html' });
    const chunk = `<p>${'word '.repeat(20_000)}</p>`;
    let sent = 0;
    const more = () => {
      while (sent < 6 * 1024 * 1024) {
        sent += chunk.length;
        if (!res.write(chunk)) return void res.once('drain', more);
      }
      res.end();
    };
    res.on('error', () => {});
    more();
  });
  site.routes.set('/huge-declared', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(6 * 1024 * 1024) });
    res.end();
  });
  site.routes.set('/slow', (_req, res) => {
    setTimeout(() => {
      if (!res.destroyed) res.end('<p>late</p>');
    }, 3000).unref();
  });
  site.routes.set('/index', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(
      `<html><head><title>The Harbour Gazette</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><ul>${STORIES.map((s) => `<li><a href="/news/${s.slug}">${s.title}</a></li>`).join('')}</ul><footer>Copyright 2026</footer></body></html>`,
    );
  });
});

afterAll(() => site?.close());

/** A fresh story folder and an ingester writing into it. */
function ingester(fetch: FetchOptions) {
  const corpus = mkdtempSync(join(tmpdir(), 'ingest-corpus-'));
  const logger = recordingLogger();
  const ing = new Ingester({
    corpusDir: corpus,
    seen: new FileSeenStore(mkdtempSync(join(tmpdir(), 'ingest-data-')), logger),
    logger,
    fetch,
  });
  return { corpus, add: (link: string) => ing.add(link) };
}

async function refused(link: string, fetch: FetchOptions, message: RegExp): Promise<void> {
  const { corpus, add } = ingester(fetch);
  const result: AddResult = await add(link);
  expect(result.ok).toBe(false);
  if (!result.ok) expect(result.message).toMatch(message);
  expect(readdirSync(corpus)).toEqual([]);
}

const allow: FetchOptions = { allowPrivate: true };

describe('the fetcher refuses, saying why and how to fix it, and nothing is written', () => {
  it('a private (loopback) address unless ALLOW_PRIVATE_URLS is set', async () => {
    const link = `${site.origin}/news/${STORIES[0]?.slug}`;
    const before = site.hits.length;
    await refused(
      link,
      {},
      /^refused: 127\.0\.0\.1 is a private address; set `ALLOW_PRIVATE_URLS=true` to allow intranet pages$/,
    );
    await refused(`http://localhost:${port}/news/x`, {}, /localhost is a private address/);
    expect(site.hits.length).toBe(before); // never connected
    const { corpus, add } = ingester(allow);
    expect((await add(link)).ok).toBe(true);
    expect(readdirSync(corpus)).toHaveLength(1);
  });

  it('knows internal addresses of every kind', () => {
    for (const a of [
      '127.0.0.1',
      '10.1.2.3',
      '172.16.0.1',
      '192.168.1.1',
      '169.254.169.254',
      '::1',
      'fe80::1',
      'fc00::1',
      '0.0.0.0',
      '100.64.0.1',
      '::ffff:127.0.0.1',
    ])
      expect(isPrivateAddress(a), a).toBe(true);
    for (const a of ['93.184.216.34', '2606:2800:220:1:248:1893:25c8:1946'])
      expect(isPrivateAddress(a), a).toBe(false);
  });

  it('a redirect from a public-looking host to a private address, checked at every hop', async () => {
    // news.example stands for a public site: the resolver says where it is, and the test treats
    // that one loopback address as public; every other address is judged as in production.
    const hooks: FetchOptions = {
      lookup: async (host) =>
        ({ 'news.example': ['127.0.0.1'], 'intranet.example': ['192.168.10.5'] })[host] ?? [],
      isPrivate: (a) => a !== '127.0.0.1' && isPrivateAddress(a),
    };
    const publicStory = `http://news.example:${port}/to-story`;
    const { add } = ingester(hooks);
    const ok = await add(publicStory);
    expect(ok.ok).toBe(true); // the hooks let a public page through, redirect and all
    await refused(
      `http://news.example:${port}/to-intranet`,
      hooks,
      /^refused: intranet\.example is a private address; set `ALLOW_PRIVATE_URLS=true`/,
    );
    await refused(
      `http://news.example:${port}/to-private-ip`,
      hooks,
      /^refused: 10\.20\.30\.40 is a private address/,
    );
    expect(site.hits.filter((h) => h === '/secret')).toEqual([]);
  });

  it('a link that is not http or https', async () => {
    await refused(
      'ftp://example.com/story',
      allow,
      /^refused: only http and https links can be fetched, not ftp:/,
    );
    await refused('file:///etc/passwd', allow, /not file:/);
    await refused('javascript:alert(1)', allow, /not javascript:/);
    await refused('not a link', allow, /is not a link; give a full http/);
  });

  it('a link holding credentials, without sending them or saying them back', async () => {
    const before = site.hits.length;
    for (const link of [
      `http://user:pass@127.0.0.1:${port}/news/${STORIES[0]?.slug}`,
      `http://user@127.0.0.1:${port}/news/x`,
      `https://:s3cret@example.com/news/x`,
    ]) {
      const { add } = ingester(allow);
      const result = await add(link);
      expect(result).toMatchObject({ ok: false, lasting: true });
      if (!result.ok) {
        expect(result.message).toMatch(/^refused: the link holds a user name or password/);
        expect(result.message).not.toMatch(/pass@|s3cret|user@/);
      }
    }
    expect(site.hits.length).toBe(before); // never connected
    site.routes.set('/to-credentials', (_req, res) => {
      res.writeHead(302, { location: `http://admin:hunter2@127.0.0.1:${port}/secret` });
      res.end();
    });
    await refused(`${site.origin}/to-credentials`, allow, /holds a user name or password/);
    expect(site.hits.filter((h) => h === '/secret')).toEqual([]);
  });

  it('a page over 5 MB, whether it says so or not', async () => {
    expect(defaultFetchOptions.maxBytes).toBe(5 * 1024 * 1024);
    await refused(`${site.origin}/huge`, allow, /is over 5 MB; link to the article page itself/);
    await refused(`${site.origin}/huge-declared`, allow, /is over 5 MB/);
  });

  it('a fetch over the time limit (10 s by default)', async () => {
    expect(defaultFetchOptions.timeoutMs).toBe(10_000);
    const started = Date.now();
    await refused(`${site.origin}/slow`, { ...allow, timeoutMs: 300 }, /took over 0\.3 s to answer/);
    expect(Date.now() - started).toBeLessThan(2500);
  });

  it('a PDF or an image', async () => {
    await refused(
      `${site.origin}/report.pdf`,
      allow,
      /is a PDF \(application\/pdf\), not a web page or feed; link to the article's HTML page/,
    );
    await refused(`${site.origin}/chart.png`, allow, /is an image \(image\/png\)/);
  });

  it('a page with no article text', async () => {
    await refused(
      `${site.origin}/index`,
      allow,
      /^refused: no article text found at .*; link to the article itself/,
    );
  });

  it('a feed given as a page, too many redirects, a missing page', async () => {
    await refused(`${site.origin}/feed.rss`, allow, /is a feed, not an article; add it to `FEEDS`/);
    await refused(`${site.origin}/loop`, allow, /redirects more than 5 times/);
    await refused(`${site.origin}/news/nothing-here`, allow, /answered 404 Not Found: check the link/);
  });

  it('fetches a page through a redirect, reporting where it ended', async () => {
    const fetched = await safeFetch(`${site.origin}/to-story?utm_source=x`, allow);
    expect(fetched.url).toBe(`${site.origin}/news/${STORIES[0]?.slug}`);
    expect(fetched.type).toBe('text/html');
  });
});
