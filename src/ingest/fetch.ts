/**
 * A careful fetcher for pages and feeds named by users and feeds: http and https only; every hop's
 * host resolved and refused when internal (private, loopback, link-local, ...) unless allowed, the
 * connection pinned to the address checked; at most 5 redirects; a time limit for the whole fetch;
 * a size limit while reading; HTML and feed content types only; no link (or redirect) holding a
 * user name or password. Every refusal says what to do.
 */
import { lookup as dnsLookup } from 'node:dns/promises';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';

export interface FetchOptions {
  /** Fetch pages on internal addresses (intranets; tests on loopback). Default false. */
  allowPrivate?: boolean;
  /** Time for the whole fetch, redirects included, in ms. Default 10,000. */
  timeoutMs?: number;
  /** Most bytes read of a body. Default 5 MB. */
  maxBytes?: number;
  /** Most redirects followed. Default 5. */
  maxRedirects?: number;
  /** Resolves a host name to its addresses. Default: the system resolver (`dns.lookup`, all addresses). */
  lookup?: (host: string) => Promise<string[]>;
  /** True for an address that is internal. Default: anything ipaddr.js does not call public unicast. */
  isPrivate?: (address: string) => boolean;
  /** The User-Agent sent. Default `newsroom-factbot`. */
  userAgent?: string;
}

export const defaultFetchOptions: Required<FetchOptions> = {
  allowPrivate: false,
  timeoutMs: 10_000,
  maxBytes: 5 * 1024 * 1024,
  maxRedirects: 5,
  lookup: async (host) => (await dnsLookup(host, { all: true })).map((a) => a.address),
  isPrivate: isPrivateAddress,
  userAgent: 'newsroom-factbot (+https://github.com/)',
};

/** A page or feed as fetched. */
export interface Fetched {
  /** The URL after redirects. */
  url: string;
  /** The media type, lower case, without parameters: `text/html`. */
  type: string;
  body: string;
}

/**
 * Why a fetch was refused or failed, in words for the user, with the fix. `lasting` is true when
 * trying again will not help (a private address, a PDF, too large), false when it may (a time-out,
 * a server error).
 */
export class FetchRefused extends Error {
  override name = 'FetchRefused';
  constructor(
    message: string,
    readonly lasting: boolean,
  ) {
    super(message);
  }
}

/** True for an address that is not public unicast: private, loopback, link-local, unique-local, reserved, ... */
export function isPrivateAddress(address: string): boolean {
  try {
    return ipaddr.process(address).range() !== 'unicast';
  } catch {
    return true;
  }
}

/** The content types of web pages (the others let through are feeds'). */
export const HTML = new Set(['text/html', 'application/xhtml+xml']);
const FEED = new Set([
  'application/rss+xml',
  'application/atom+xml',
  'application/rdf+xml',
  'application/xml',
  'text/xml',
  'application/feed+json',
]);

/** Fetches a page or feed, or throws a FetchRefused saying why not and what to do. */
export async function safeFetch(link: string, options: FetchOptions = {}): Promise<Fetched> {
  const o = { ...defaultFetchOptions, ...options };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), o.timeoutMs);
  try {
    let url = parseHttpUrl(link);
    for (let hop = 0; ; hop++) {
      const address = await checkedAddress(url, o);
      const res = await get(url, address, o, controller.signal);
      const location = res.headers.location;
      if (res.statusCode && res.statusCode >= 300 && res.statusCode < 400 && location) {
        res.resume();
        if (hop >= o.maxRedirects)
          throw new FetchRefused(
            `refused: ${link} redirects more than ${o.maxRedirects} times; link to the page it finally shows`,
            true,
          );
        url = parseHttpUrl(new URL(location, url).toString());
        continue;
      }
      if (!res.statusCode || res.statusCode >= 400) {
        res.resume();
        const lasting = res.statusCode !== undefined && res.statusCode < 500 && res.statusCode !== 429;
        throw new FetchRefused(
          `${url.host} answered ${res.statusCode} ${res.statusMessage ?? ''}`.trim() +
            (lasting ? ': check the link' : ': the site is having trouble; it is tried again later'),
          lasting,
        );
      }
      const type = (res.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
      if (!HTML.has(type) && !FEED.has(type)) {
        res.resume();
        const what =
          type === 'application/pdf'
            ? 'a PDF'
            : type.startsWith('image/')
              ? 'an image'
              : type || 'of no stated type';
        throw new FetchRefused(
          `refused: ${url.toString()} is ${what} (${type || 'no Content-Type'}), not a web page or feed; link to the article's HTML page`,
          true,
        );
      }
      const body = await readBody(res, o.maxBytes, url);
      return { url: url.toString(), type, body: decode(body, res.headers['content-type']) };
    }
  } catch (error) {
    if (error instanceof FetchRefused) throw error;
    if (controller.signal.aborted)
      throw new FetchRefused(
        `${new URL(link).host} took over ${o.timeoutMs / 1000} s to answer; it is tried again later, or check the link`,
        false,
      );
    throw new FetchRefused(
      `could not fetch ${link} (${(error as Error).message}); check the link and that the site is up`,
      false,
    );
  } finally {
    clearTimeout(timer);
  }
}

/** The URL, when it is http or https; otherwise a refusal. */
function parseHttpUrl(text: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new FetchRefused(`refused: “${text}” is not a link; give a full http:// or https:// address`, true);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new FetchRefused(
      `refused: only http and https links can be fetched, not ${url.protocol.replace(/:$/, '')}:; give the page's web address`,
      true,
    );
  // Never sent on as Basic auth, nor repeated in a message (the link is not shown).
  if (url.username || url.password)
    throw new FetchRefused(
      `refused: the link holds a user name or password (before the @); no credentials are sent to a site: give the page's address without them, and change that password if it was real`,
      true,
    );
  return url;
}

/** The address to connect to: the host's, checked unless private addresses are allowed. */
async function checkedAddress(url: URL, o: Required<FetchOptions>): Promise<string> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  let addresses: string[];
  if (isIP(host)) addresses = [host];
  else {
    try {
      addresses = await o.lookup(host);
    } catch (error) {
      throw new FetchRefused(
        `could not find ${host} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); check the link`,
        false,
      );
    }
  }
  if (addresses.length === 0) throw new FetchRefused(`could not find ${host}; check the link`, false);
  if (!o.allowPrivate && addresses.some((a) => o.isPrivate(a)))
    throw new FetchRefused(
      `refused: ${host} is a private address; set \`ALLOW_PRIVATE_URLS=true\` to allow intranet pages`,
      true,
    );
  return addresses[0] as string;
}

/** One GET, connected to `address` (the one checked), with the URL's host for TLS and the Host header. */
function get(
  url: URL,
  address: string,
  o: Required<FetchOptions>,
  signal: AbortSignal,
): Promise<IncomingMessage> {
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        signal,
        headers: {
          'user-agent': o.userAgent,
          accept:
            'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.1',
        },
        lookup: (_host, options, callback) => {
          const family = isIP(address);
          if ((options as { all?: boolean }).all)
            (callback as unknown as (e: null, a: Array<{ address: string; family: number }>) => void)(null, [
              { address, family },
            ]);
          else callback(null, address, family);
        },
      },
      resolve,
    );
    req.on('error', reject);
    req.end();
  });
}

/** The body, up to `maxBytes`: a longer one is refused as soon as it is seen to be. */
async function readBody(res: IncomingMessage, maxBytes: number, url: URL): Promise<Buffer> {
  const tooLarge = () =>
    new FetchRefused(
      `refused: ${url.toString()} is over ${maxBytes / 1024 / 1024} MB; link to the article page itself`,
      true,
    );
  const declared = Number(res.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    res.destroy();
    throw tooLarge();
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of res as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) {
      res.destroy();
      throw tooLarge();
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** Text of the body in the charset the server names (UTF-8 when none or unknown). */
function decode(body: Buffer, contentType: string | undefined): string {
  const charset = /charset=["']?([\w-]+)/i.exec(contentType ?? '')?.[1];
  try {
    return new TextDecoder(charset ?? 'utf-8').decode(body);
  } catch {
    return new TextDecoder('utf-8').decode(body);
  }
}
