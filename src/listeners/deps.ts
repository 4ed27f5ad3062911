import type { Message } from '../blocks/answer.js';
import type { FactIndex } from '../index/fact-index.js';
import type { AddResult } from '../ingest/ingest.js';
import type { Deduper } from '../store/dedupe.js';
import type { FeedbackStore } from '../store/feedback.js';
import type { ThreadCache } from '../thread/cache.js';
import type { WorkQueue } from './queue.js';

/** What the listeners work with, given to them when they are registered. */
export interface ListenerDeps {
  index: FactIndex;
  /** The slash command, with its slash. */
  command: string;
  deduper: Deduper;
  /** Builds the current digest on demand. */
  digest?: () => Promise<Message>;
  /** Where votes on answers are kept; answers carry Helpful / Not helpful buttons when set. */
  feedback?: FeedbackStore;
  /** Fetches a page by its link and adds its article to the story folder (`add <url>`). */
  addPage?: (link: string) => Promise<AddResult>;
  /** Threads read a moment ago (none: every follow-up reads its thread from Slack). */
  threads?: ThreadCache;
  /** Answers questions in threads the bot answered in without a mention. Default true. */
  threadFollowUps?: boolean;
  /** Answers run here, off the ack path (`answerLater`); without it they run at once. */
  work?: WorkQueue;
  /** Page fetches (`add <link>`) run here, apart from the answers; without it, in `work`. */
  pages?: WorkQueue;
}
