/**
 * Keeps an index live: a file added, changed or removed under the corpus folder is reflected in
 * the index shortly after, without a restart. Changes are gathered for a short quiet period
 * (debounce), so a burst of files is taken in one batch and a file still being written is read
 * once it has settled; dotfiles and editors' temporary files are ignored.
 */
import { type FSWatcher, readdirSync, watch } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, dirname, extname, join, relative, sep } from 'node:path';
import { articleId, isArticlePath, listArticleFiles, loadArticle } from '../corpus/load.js';
import type { Warner } from '../corpus/types.js';
import type { FactIndex } from './fact-index.js';

export interface LiveOptions {
  /** Quiet time after the last change before a batch is read, in ms. Default 300. */
  debounceMs?: number;
  /** Called after each batch with the ids added or changed, and removed. */
  onBatch?: (batch: { updated: string[]; removed: string[] }) => void;
  /**
   * When the index was read from the folder (ms since the epoch). Files written between then and
   * the watch's start (another replica's feed round, say) are caught up once the watch runs: those
   * changed since, give or take the file system's clock (an older file the index skipped is not
   * read, nor warned of, twice), and articles whose file was deleted meanwhile are removed.
   * Default: no catch-up.
   */
  since?: number;
}

/**
 * How much earlier than the clock a file's time may be stamped: kernels stamp files from a coarse
 * clock (a few ms behind), some file systems to the second or two. A file the index already holds
 * is read again, found unchanged and left.
 */
const MTIME_SLACK_MS = 2000;

export interface LiveIndex {
  /** Resolves when every change seen so far has been applied. */
  settled(): Promise<void>;
  close(): void;
}

/** True when an article file with this id is in the folder (written since it was listed, say). */
function articleFileExists(root: string, id: string): boolean {
  const path = join(root, ...id.split('/'));
  const base = basename(path);
  try {
    return readdirSync(dirname(path)).some(
      (name) => isArticlePath(name) && name.slice(0, name.length - extname(name).length) === base,
    );
  } catch {
    return false;
  }
}

const hidden = (root: string, path: string) =>
  relative(root, path)
    .split(sep)
    .some((part) => part.startsWith('.'));

/** Watches `root` and applies its changes to `index`. */
export function keepIndexLive(
  index: FactIndex,
  root: string,
  warner: Warner,
  options: LiveOptions = {},
): LiveIndex {
  const debounceMs = options.debounceMs ?? 300;
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  async function apply(paths: string[]): Promise<void> {
    const updated: string[] = [];
    const removed: string[] = [];
    for (const path of paths) {
      const info = await stat(path).catch(() => undefined);
      if (info?.isDirectory()) {
        // A folder appeared (or was moved in): read what it holds.
        for (const file of await listArticleFiles(path, warner)) {
          const article = await loadArticle(root, file, warner);
          if (article) {
            index.upsert(article);
            updated.push(article.id);
          }
        }
        continue;
      }
      if (!info) {
        // Gone: the article, or every article of a folder that went.
        const id = articleId(root, path);
        const prefix = `${relative(root, path).split(sep).join('/')}/`;
        for (const a of index.articles())
          if (a.id === id || a.id.startsWith(prefix)) if (index.remove(a.id)) removed.push(a.id);
        continue;
      }
      if (!isArticlePath(path)) continue;
      if (Date.now() - info.mtimeMs < debounceMs) {
        // Still being written: read it once it has settled.
        schedule(path);
        continue;
      }
      const article = await loadArticle(root, path, warner);
      if (article) {
        index.upsert(article);
        updated.push(article.id);
      }
    }
    if (updated.length > 0 || removed.length > 0) options.onBatch?.({ updated, removed });
  }

  const flush = () => {
    timer = undefined;
    const paths = [...pending].sort();
    pending.clear();
    running = running
      .then(() => apply(paths))
      .catch((error: Error) => warner.warn(`Could not apply corpus changes: ${error.message}`));
  };

  function schedule(path: string): void {
    pending.add(path);
    if (timer) clearTimeout(timer);
    timer = setTimeout(flush, debounceMs);
  }

  const watcher: FSWatcher = watch(root, { recursive: true }, (_event, name) => {
    if (!name) return;
    const path = join(root, name.toString());
    if (hidden(root, path)) return;
    const last = path.split(sep).pop() ?? '';
    if (last.endsWith('~') || last.startsWith('#') || /\.(swp|swx|tmp|part|crdownload)$/i.test(last)) return;
    schedule(path);
  });
  watcher.on('error', (error) =>
    warner.warn(`Watching ${root} failed: ${error.message}; new articles need a restart.`),
  );
  const since = options.since;
  if (since !== undefined)
    running = running
      .then(async () => {
        const present = new Set<string>();
        // An unreadable folder was named once already, when the index was read.
        for (const file of await listArticleFiles(root)) {
          present.add(articleId(root, file));
          const info = await stat(file).catch(() => undefined);
          if (info && info.mtimeMs >= since - MTIME_SLACK_MS) schedule(file);
        }
        // Files deleted while the index was being read: the watch was not on to see them go.
        const removed = index
          .articles()
          .filter((a) => !present.has(a.id) && !articleFileExists(root, a.id))
          .flatMap((a) => (index.remove(a.id) ? [a.id] : []));
        if (removed.length > 0) options.onBatch?.({ updated: [], removed });
      })
      .catch((error: Error) => warner.warn(`Could not catch up with ${root}: ${error.message}`));

  return {
    async settled() {
      for (;;) {
        await running;
        if (!timer && pending.size === 0) return;
        await new Promise((resolve) => setTimeout(resolve, debounceMs / 2));
      }
    },
    close() {
      if (timer) clearTimeout(timer);
      watcher.close();
    },
  };
}
