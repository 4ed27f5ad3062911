import { cpSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Twelve BBC articles on the Yukos affair (2004-05): a story no answer key uses. */
export const YUKOS = ['003', '025', '077', '083', '127', '164', '192', '230', '314', '318', '324', '332'].map(
  (n) => `business/${n}`,
);

/** Ten BBC articles on the 2004-05 bids for the London Stock Exchange: no answer key uses them either. */
export const LSE_BIDS = ['171', '203', '220', '264', '279', '316', '319', '392', '421', '454'].map(
  (n) => `business/${n}`,
);

/** The path of a BBC article, read from ../shared (never copied into the project). */
export const bbcFile = (id: string) => join('..', 'shared', 'corpora', 'bbc', `${id}.txt`);

/** Some BBC articles copied to a new temporary folder, each at `<id>.txt`. */
export function copyStory(ids: readonly string[], prefix = 'story-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const id of ids) {
    mkdirSync(dirname(join(dir, `${id}.txt`)), { recursive: true });
    cpSync(bbcFile(id), join(dir, `${id}.txt`));
  }
  return dir;
}
