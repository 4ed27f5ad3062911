import type { Message } from '../blocks/answer.js';
import type { FactIndex } from '../index/fact-index.js';
import type { Deduper } from '../store/dedupe.js';
import type { WorkQueue } from './queue.js';

/** What the listeners work with, given to them when they are registered. */
export interface ListenerDeps {
  index: FactIndex;
  /** The slash command, with its slash. */
  command: string;
  deduper: Deduper;
  /** Builds the current digest on demand. */
  digest?: () => Promise<Message>;
  /** Answers run here, off the ack path (`answerLater`); without it they run at once. */
  work?: WorkQueue;
}
