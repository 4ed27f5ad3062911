/**
 * Web coverage into the story folder: a page by its link, or the new items of the story's feeds.
 * Each page is fetched safely, its article extracted, and saved as a Markdown file named from its
 * URL; the live index takes it from there as it takes any file.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { articleFromBytes, idOfRelative } from '../corpus/load.js';
import type { Article } from '../corpus/types.js';
import { extractArticle, type PageHints } from './extract.js';
import { type FetchOptions, FetchRefused, HTML, safeFetch } from './fetch.js';
import { toMarkdown, writeAtomically } from './save.js';
import type { SeenStore } from './seen.js';
import { fileNameFor, normaliseUrl } from './url.js';

export interface IngestLogger {
  info(message: string): void;
  warn(message: string): void;
}

export interface IngesterOptions {
  /** The story folder, where articles are saved. */
  corpusDir: string;
  /** Which items were taken already (and, with Redis, the articles other replicas saved). */
  seen: SeenStore;
  logger: IngestLogger;
  /** RSS or Atom feeds to follow. Default none. */
  feeds?: readonly string[];
  /** Words or phrases an item's title or summary must hold one of to be kept. Default: every item. */
  match?: readonly string[];
  /** How pages and feeds are fetched (private addresses, limits; a resolver in tests). */
  fetch?: FetchOptions;
  /**
   * Called once an article is saved, before the live index would see it; returns how many facts
   * it gave (the bot indexes it at once so that the reply can say so).
   */
  onSaved?: (article: Article) => number | Promise<number>;
}

/** What adding a page came to. */
export type AddResult =
  | { ok: true; title: string; outlet: string; url: string; file: string; facts?: number; date?: string }
  /** `lasting`: trying again will not help (a private address, a PDF, no article text). */
  | { ok: false; message: string; lasting: boolean };

/** What one round of the feeds did. */
export interface PollResult {
  added: string[];
  failedFeeds: string[];
}

/** What is read of a feed's item (as @rowanmanning/feed-parser gives it). */
type FeedItem = {
  url: string | null;
  id: string | null;
  title: string | null;
  description: string | null;
  published: Date | null;
};

/** The keys an item is known by: its normalised URL, and its GUID. */
export function itemKeys(link: string | undefined, guid: string | undefined): string[] {
  const keys: string[] = [];
  const url = link ? normaliseUrl(link) : undefined;
  if (url) keys.push(`url:${url}`);
  const id = guid?.trim();
  if (id) keys.push(`guid:${normaliseUrl(id) ?? id}`);
  return [...new Set(keys)];
}

/** True when `text` holds one of the words or phrases (case and spacing aside); always true with none. */
export function matches(text: string, phrases: readonly string[]): boolean {
  if (phrases.length === 0) return true;
  const plain = ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  return phrases.some((p) => {
    const phrase = p
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
    return phrase !== '' && plain.includes(` ${phrase} `);
  });
}

export class Ingester {
  /** Feeds failing now: each failure streak is logged once. */
  private readonly failing = new Set<string>();
  private polling: Promise<PollResult> | undefined;
  private storeDown = false;

  constructor(private readonly o: IngesterOptions) {}

  /** The feeds followed. */
  get feeds(): readonly string[] {
    return this.o.feeds ?? [];
  }

  async close(): Promise<void> {
    await this.polling;
    await this.o.seen.close();
  }

  /** Fetches a page and saves its article; says what it added or why nothing was. Never throws. */
  async add(link: string, hints: PageHints = {}): Promise<AddResult> {
    try {
      return await this.addPage(link, hints);
    } catch (error) {
      return {
        ok: false,
        message: `could not save the article from ${link} (${(error as Error).message}); check that \`CORPUS_DIR\` is writable, and try again`,
        lasting: false,
      };
    }
  }

  private async addPage(link: string, hints: PageHints): Promise<AddResult> {
    let fetched: Awaited<ReturnType<typeof safeFetch>>;
    try {
      fetched = await safeFetch(link, this.o.fetch);
    } catch (error) {
      if (error instanceof FetchRefused) return { ok: false, message: error.message, lasting: error.lasting };
      return { ok: false, message: String(error), lasting: false };
    }
    if (!HTML.has(fetched.type))
      return {
        ok: false,
        message: `refused: ${link} is a feed, not an article; add it to \`FEEDS\` to follow it, or link to one of its articles`,
        lasting: true,
      };
    const url = normaliseUrl(fetched.url) ?? fetched.url;
    const extracted = await extractArticle(fetched.body, url, hints);
    if (typeof extracted === 'string') return { ok: false, message: extracted, lasting: true };
    const markdown = toMarkdown(extracted);
    const name = fileNameFor(url);
    const article = articleFromBytes(idOfRelative(name), Buffer.from(markdown));
    if (typeof article === 'string')
      return {
        ok: false,
        message: `refused: no article text found at ${url}; link to the article itself`,
        lasting: true,
      };
    await writeAtomically(this.o.corpusDir, name, markdown);
    await this.o.seen
      .share(name, markdown)
      .catch((error: Error) =>
        this.o.logger.warn(
          `Could not share ${name} with the other replicas (${error.message}); they fetch it themselves.`,
        ),
      );
    // A page added by its link is not fetched again from a feed.
    await this.o.seen.claim(itemKeys(link, undefined).concat(itemKeys(url, undefined))).catch(() => false);
    const facts = await this.o.onSaved?.(article);
    return {
      ok: true,
      title: extracted.title,
      outlet: extracted.outlet,
      url,
      file: name,
      ...(facts !== undefined ? { facts } : {}),
      ...(extracted.date ? { date: extracted.date } : {}),
    };
  }

  /** One round: every feed read, each new (and matching) item added. Rounds never overlap. */
  poll(): Promise<PollResult> {
    this.polling ??= this.pollOnce().finally(() => {
      this.polling = undefined;
    });
    return this.polling;
  }

  private async pollOnce(): Promise<PollResult> {
    const result: PollResult = { added: [], failedFeeds: [] };
    await this.syncShared();
    if (this.feeds.length === 0) return result;
    const { parseFeed } = await import('@rowanmanning/feed-parser');
    for (const feedUrl of this.feeds) {
      let items: FeedItem[];
      try {
        const fetched = await safeFetch(feedUrl, this.o.fetch);
        try {
          items = parseFeed(fetched.body).items;
        } catch {
          throw new FetchRefused(`${feedUrl} is not an RSS or Atom feed (${fetched.type})`, true);
        }
      } catch (error) {
        result.failedFeeds.push(feedUrl);
        if (!this.failing.has(feedUrl)) {
          this.failing.add(feedUrl);
          this.o.logger.warn(
            `Feed ${feedUrl} failed: ${(error as Error).message}. Fix the address in \`FEEDS\` (it must be an RSS or Atom feed), or remove it; the other feeds go on, and this is logged again only after it has worked.`,
          );
        }
        continue;
      }
      if (this.failing.delete(feedUrl)) this.o.logger.info(`Feed ${feedUrl} works again.`);
      for (const item of items) {
        const added = await this.takeItem(item);
        if (added === 'store-down') return result;
        if (added) result.added.push(added);
      }
    }
    return result;
  }

  /** Adds one feed item unless it is filtered out or taken already; the saved file's name when added. */
  private async takeItem(item: FeedItem): Promise<string | undefined | 'store-down'> {
    if (!item.url) return undefined;
    if (!matches(`${item.title ?? ''} ${item.description ?? ''}`, this.o.match ?? [])) return undefined;
    const keys = itemKeys(item.url, item.id ?? undefined);
    let mine: boolean;
    try {
      mine = await this.o.seen.claim(keys);
      if (this.storeDown)
        this.o.logger.info('Feed items are claimed again: the store of seen items is back.');
      this.storeDown = false;
    } catch (error) {
      if (!this.storeDown)
        this.o.logger.warn(
          `Cannot tell which feed items were taken (${(error as Error).message}): no feed item is fetched until ${this.o.seen.describe()} is back, rather than twice.`,
        );
      this.storeDown = true;
      return 'store-down';
    }
    if (!mine) return undefined;
    const result = await this.add(item.url, {
      ...(item.title ? { title: item.title } : {}),
      ...(item.published ? { date: item.published.toISOString() } : {}),
    });
    if (result.ok) {
      this.o.logger.info(
        `Added “${result.title}” (${result.outlet}) from a feed: ${result.url} -> ${result.file}.`,
      );
      return result.file;
    }
    this.o.logger.warn(`Feed item ${item.url} was not added: ${result.message}.`);
    // A passing failure (time-out, server error) is tried again next round; a lasting one is not.
    if (!result.lasting) await this.o.seen.release(keys).catch(() => undefined);
    return undefined;
  }

  /** Writes into the story folder the articles other replicas saved that it lacks (separate folders). */
  async syncShared(): Promise<string[]> {
    let shared: Map<string, string>;
    try {
      shared = await this.o.seen.shared((name) => existsSync(join(this.o.corpusDir, name)));
    } catch {
      return []; // reported by claim()
    }
    const written: string[] = [];
    for (const [name, markdown] of shared) {
      if (await writeAtomically(this.o.corpusDir, name, markdown)) written.push(name);
    }
    if (written.length > 0)
      this.o.logger.info(`Took ${written.length} article(s) another replica fetched: ${written.join(', ')}.`);
    return written;
  }
}
