/** URLs of web articles: normalised so that one page is one key and one file name. */
import { createHash } from 'node:crypto';

/** Query parameters that track a reader rather than name a page: dropped when normalising. */
const TRACKING =
  /^(?:utm_\w+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|igshid|yclid|_ga|_gl|ocid|cmpid|ref|ref_src|smid|at_medium|at_campaign|xtor)$/i;

/**
 * The normalised form of an http(s) URL: lower-case host, no default port, no fragment, no
 * tracking parameters (utm_*, fbclid, ...), the other parameters sorted, no trailing slash on a
 * path. Undefined when the text is not an http(s) URL.
 */
export function normaliseUrl(text: string): string | undefined {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  url.hash = '';
  url.username = '';
  url.password = '';
  const kept = [...url.searchParams].filter(([key]) => !TRACKING.test(key));
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  url.search = new URLSearchParams(kept).toString();
  if (url.pathname.length > 1) url.pathname = url.pathname.replace(/\/+$/, '');
  return url.toString();
}

/**
 * The file an article from this (normalised) URL is saved as: the host and the last words of the
 * path, readable, then a hash of the whole URL, so that the same page always lands in the same
 * file and two pages never share one. `example.com/news/big-deal` -> `example.com-big-deal-1a2b3c4d.md`.
 */
export function fileNameFor(normalisedUrl: string): string {
  const url = new URL(normalisedUrl);
  const slug = `${url.hostname}-${url.pathname}`
    .toLowerCase()
    .replace(/\.[a-z0-9]{2,5}$/, '')
    .replace(/[^a-z0-9.]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(-60)
    .replace(/^[-.]+/, '');
  const hash = createHash('sha1').update(normalisedUrl).digest('hex').slice(0, 8);
  return `${slug || 'page'}-${hash}.md`;
}
