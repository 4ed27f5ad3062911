import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { replaceFile } from '../replace-file.js';

/** What was posted for one schedule slot. */
export interface PostedDigest {
  /** The schedule slot, as an ISO time: one digest a slot. */
  slot: string;
  postedAt: string;
  channel: string;
  /** The message's ts, as Slack returned it. */
  ts?: string;
  /** The articles the digest covered: the next one calls the others new. */
  articleIds: string[];
}

export interface DigestState {
  version: 1;
  last?: PostedDigest;
  /**
   * The latest slot taken for posting, recorded before its post goes out: a slot claimed and not
   * recorded as posted (a fault between the two) is skipped, never posted again.
   */
  claimed?: string;
}

/** Where the digest remembers what it posted. */
export interface DigestStateStore {
  /** The state; a fresh one when there is none or it cannot be read. */
  read(): Promise<DigestState>;
  write(state: DigestState): Promise<void>;
}

const fresh = (): DigestState => ({ version: 1 });

function isState(value: unknown): value is DigestState {
  const v = value as DigestState;
  if (!v || typeof v !== 'object' || v.version !== 1) return false;
  if (v.claimed !== undefined && typeof v.claimed !== 'string') return false;
  if (v.last === undefined) return true;
  return (
    typeof v.last.slot === 'string' && Array.isArray(v.last.articleIds) && typeof v.last.channel === 'string'
  );
}

/**
 * The state in a small JSON file under a folder, written atomically (a temporary file, then a
 * rename). A missing file is a first start; a corrupt one is reported once and replaced at the next
 * write, never fatal.
 */
export class FileDigestStateStore implements DigestStateStore {
  readonly path: string;

  constructor(
    dir: string,
    private readonly warner: { warn(message: string): void },
  ) {
    this.path = join(dir, 'digest-state.json');
  }

  async read(): Promise<DigestState> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
        this.warner.warn(
          `Could not read ${this.path} (${(error as Error).message}); starting with no digest history.`,
        );
      return fresh();
    }
    try {
      const state = JSON.parse(text) as unknown;
      if (isState(state)) return state;
    } catch {
      // reported below
    }
    this.warner.warn(
      `${this.path} is not a valid digest state; starting with no digest history (it is rewritten at the next digest).`,
    );
    return fresh();
  }

  async write(state: DigestState): Promise<void> {
    await replaceFile(this.path, `${JSON.stringify(state, null, 2)}\n`);
  }
}
