/**
 * The index cache writes a process has begun and not yet finished (`index/build.ts` begins one after
 * the index is handed over, so that the first answer does not wait for it). Kept apart from the index
 * so that the command line can wait for them without loading it.
 */

/** The index cache writes begun (or waiting to begin) and not yet written or failed. */
const writing = new Set<Promise<void>>();

/**
 * Resolves when every index cache write begun so far is written or has failed, or after `ms`, with
 * true when none is left pending. A command line ends once its output is written: it waits for this
 * first, so that the write it began is never cut off (under load a write can take seconds).
 */
export async function cacheWrites(ms = Number.POSITIVE_INFINITY): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<void>((resolve) => {
    if (Number.isFinite(ms)) timer = setTimeout(resolve, ms);
  });
  // Each settled write leaves the set before `Promise.all` of it resolves; one begun meanwhile is waited for too.
  while (writing.size > 0) {
    const outcome = await Promise.race([
      Promise.all([...writing]).then(() => 'done'),
      late.then(() => 'late'),
    ]);
    if (outcome === 'late') break;
  }
  if (timer) clearTimeout(timer);
  return writing.size === 0;
}

/** Marks an index cache write as begun; the function returned marks it written or failed. */
export function cacheWriteBegun(): () => void {
  let settle: () => void = () => {};
  const settled = new Promise<void>((resolve) => {
    settle = resolve;
  });
  writing.add(settled);
  void settled.then(() => writing.delete(settled));
  return settle;
}
