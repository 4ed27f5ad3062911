/**
 * A file replaced whole, never half-written: its new content goes to a hidden temporary file
 * beside it (the corpus watcher and readers skip dotfiles), which is then renamed into place.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Writes `data` (or its parts, one after another) to `path` atomically, making its folder if need be;
 * the temporary file is removed on failure.
 */
export async function replaceFile(
  path: string,
  data: string | Uint8Array | readonly Uint8Array[],
): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, data);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
