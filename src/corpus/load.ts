import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import { parseArticleText } from './parse.js';
import type { Article, Warner } from './types.js';

/** Files larger than this are not articles. */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;
const ARTICLE_EXTENSIONS = new Set(['.txt', '.md']);
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** True for a path the corpus reads: `.txt` or `.md`, no dotfile, no editor's temporary file. */
export function isArticlePath(path: string): boolean {
  const name = path.split(/[\\/]/).pop() ?? '';
  if (name.startsWith('.') || name.endsWith('~') || name.startsWith('#')) return false;
  return ARTICLE_EXTENSIONS.has(extname(name).toLowerCase());
}

// The folder last asked about, as a prefix: a corpus asks about thousands of paths in a row.
let lastRoot: string | undefined;
let lastPrefix = '';

/** A path under the corpus folder, relative to it (a slice when the path starts with the folder's). */
export function underRoot(root: string, path: string): string {
  if (root !== lastRoot) {
    lastRoot = root;
    lastPrefix = join(root, sep);
  }
  const prefix = lastPrefix;
  return path.startsWith(prefix) && !path.includes(`${sep}..${sep}`)
    ? path.slice(prefix.length)
    : relative(root, path);
}

/** An article's id: its path under the corpus folder, without the extension, with `/` separators. */
export function articleId(root: string, path: string): string {
  const rel = underRoot(root, path);
  return rel
    .slice(0, rel.length - extname(rel).length)
    .split(sep)
    .join('/');
}

/** Why a file's bytes are not an article, or undefined when they are text. */
function rejectReason(bytes: Buffer): string | undefined {
  if (bytes.length === 0) return 'it is empty';
  if (bytes.length > MAX_ARTICLE_BYTES) return `it is over ${MAX_ARTICLE_BYTES / 1024 / 1024} MB`;
  if (bytes.includes(0)) return 'it is binary';
  return undefined;
}

/**
 * Parses one file's bytes into an article, or returns the reason it is not one (empty, binary,
 * not UTF-8, too large, no text).
 */
export function articleFromBytes(id: string, bytes: Buffer): Article | string {
  const reason = rejectReason(bytes);
  if (reason) return reason;
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return 'it is not UTF-8 text (save it as UTF-8)';
  }
  if (!text.trim()) return 'it is empty';
  const parsed = parseArticleText(text);
  if (!parsed.paragraphs.some((p) => p.kind !== 'heading')) return 'it has no article text';
  return { id, ...parsed, hash: createHash('sha1').update(bytes).digest('hex') };
}

/** Reads one article file; undefined (with one warning naming the file) when it is not an article. */
export async function loadArticle(
  root: string,
  path: string,
  warner: Warner,
  known?: { size: number },
): Promise<Article | undefined> {
  const id = articleId(root, path);
  try {
    const info = known ?? (await stat(path));
    if (info.size > MAX_ARTICLE_BYTES) {
      warner.warn(`Skipped ${relative(root, path)}: it is over ${MAX_ARTICLE_BYTES / 1024 / 1024} MB.`);
      return undefined;
    }
    const result = articleFromBytes(id, await readFile(path));
    if (typeof result === 'string') {
      warner.warn(`Skipped ${relative(root, path)}: ${result}.`);
      return undefined;
    }
    return result;
  } catch (error) {
    warner.warn(`Skipped ${relative(root, path)}: ${(error as Error).message}`);
    return undefined;
  }
}

/** Every article file under a folder, nested folders included, sorted by path. */
export async function listArticleFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && isArticlePath(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter(
      (path) =>
        !underRoot(root, path)
          .split(sep)
          .some((part) => part.startsWith('.')),
    )
    .sort();
}

/** Throws, saying how to fix it, unless the corpus folder exists. */
export async function checkCorpusDir(root: string): Promise<void> {
  const info = await stat(root).catch(() => undefined);
  if (!info?.isDirectory())
    throw new Error(
      `Corpus folder "${root}" does not exist: create it or set CORPUS_DIR to a folder of .txt/.md articles.`,
    );
}

/**
 * Loads every article under the corpus folder. Files that are not articles are skipped with one
 * warning each; the rest load. A missing folder is an error that says how to fix it.
 */
export async function loadCorpus(root: string, warner: Warner): Promise<Article[]> {
  const info = await stat(root).catch(() => undefined);
  if (!info?.isDirectory()) {
    throw new Error(
      `Corpus folder "${root}" does not exist: create it or set CORPUS_DIR to a folder of .txt/.md articles.`,
    );
  }
  const files = await listArticleFiles(root);
  const articles = await Promise.all(files.map((path) => loadArticle(root, path, warner)));
  return articles.filter((a): a is Article => a !== undefined);
}
