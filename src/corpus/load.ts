import { createHash } from 'node:crypto';
import { type Dirent, readFileSync, statSync } from 'node:fs';
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
  return idOfRelative(underRoot(root, path));
}

/** The id of an article at a path already relative to the corpus folder (see articleId). */
export function idOfRelative(rel: string): string {
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

/** Why a file of this size is not read, or undefined when it may be an article. */
const tooLarge = (size: number) =>
  size > MAX_ARTICLE_BYTES ? `it is over ${MAX_ARTICLE_BYTES / 1024 / 1024} MB` : undefined;

/** The article a file held, or undefined with one warning naming the file and why it is not one. */
function kept(
  root: string,
  path: string,
  warner: Warner,
  outcome: Article | string | Error,
): Article | undefined {
  if (typeof outcome === 'object' && !(outcome instanceof Error)) return outcome;
  warner.warn(
    `Skipped ${relative(root, path)}: ${typeof outcome === 'string' ? `${outcome}.` : outcome.message}`,
  );
  return undefined;
}

/** Reads one article file; undefined (with one warning naming the file) when it is not an article. */
export async function loadArticle(
  root: string,
  path: string,
  warner: Warner,
  known?: { size: number },
): Promise<Article | undefined> {
  let outcome: Article | string | Error;
  try {
    const size = (known ?? (await stat(path))).size;
    outcome = tooLarge(size) ?? articleFromBytes(articleId(root, path), await readFile(path));
  } catch (error) {
    outcome = error as Error;
  }
  return kept(root, path, warner, outcome);
}

/**
 * As loadArticle, synchronously: for reading a whole corpus before anything else runs, where
 * thousands of reads in a row finish sooner than as many promises.
 */
export function readArticle(
  root: string,
  path: string,
  warner: Warner,
  known?: { size: number },
): Article | undefined {
  let outcome: Article | string | Error;
  try {
    const size = (known ?? statSync(path)).size;
    outcome = tooLarge(size) ?? articleFromBytes(articleId(root, path), readFileSync(path));
  } catch (error) {
    outcome = error as Error;
  }
  return kept(root, path, warner, outcome);
}

/** Reads a folder's entries (a stand-in in tests: a folder root cannot be refused). */
export type ReadDir = (dir: string) => Promise<Dirent[]>;
const readEntries: ReadDir = (dir) => readdir(dir, { withFileTypes: true });

/** Why a folder cannot be read, with the fix. */
function folderProblem(error: NodeJS.ErrnoException): string {
  if (error.code === 'EACCES' || error.code === 'EPERM')
    return 'permission denied; make it readable by the bot (chmod) or move it out of the corpus folder';
  return `${error.code ?? error.message}; check that it is a readable folder`;
}

/**
 * Every article file under a folder, nested folders included (hidden ones left out), sorted by
 * path. A sub-folder that cannot be read is skipped with one warning naming it; the folder itself
 * must be readable (its error is thrown).
 */
export async function listArticleFiles(
  root: string,
  warner?: Warner,
  readDir: ReadDir = readEntries,
): Promise<string[]> {
  const files: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    let entries: Dirent[];
    try {
      entries = await readDir(dir);
    } catch (error) {
      if (dir === root) throw error;
      warner?.warn(
        `Skipped folder ${relative(root, dir)}: ${folderProblem(error as NodeJS.ErrnoException)}.`,
      );
      return;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile() && isArticlePath(entry.name)) files.push(path);
    }
  };
  await walk(root);
  return files.sort();
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
  return (await listArticleFiles(root, warner))
    .map((path) => readArticle(root, path, warner))
    .filter((a): a is Article => a !== undefined);
}
