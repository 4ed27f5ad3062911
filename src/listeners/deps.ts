import type { Message } from '../blocks/answer.js';
import type { FactIndex } from '../index/fact-index.js';
import type { AddResult } from '../ingest/ingest.js';
import type { Deduper } from '../store/dedupe.js';
import type { FeedbackStore } from '../store/feedback.js';
import type { ThreadCache } from '../thread/cache.js';
import type { ThreadMessage } from '../thread/context.js';
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
  /**
   * When the bot serves several stories (STORIES_FILE): the story these deps answer from. Its
   * replies say so (their buttons' block ids, a posted answer's metadata), so that a click or a
   * thread reply comes back to it; `note`, when set, is added under the reply (the story was chosen
   * by default: which story answered, and how to ask another).
   */
  story?: {
    id: string;
    note?: string;
    /** Under `help`: which story this is, and the other stories' commands. */
    about?: string;
  };
}

/**
 * Which story's deps answer a request, when the bot serves several stories. A slash command is
 * its story's (registered once a story); everything else is routed here.
 */
export interface StoryRouter {
  /** Every story's deps, the first the default. */
  all: readonly ListenerDeps[];
  /** The story of a channel's mentions, replies and shortcuts; the first story, with a note, for others and DMs. */
  forChannel(channel: string): ListenerDeps;
  /** The story of a thread's first answer that says its story; else the channel's. */
  forThread(thread: readonly ThreadMessage[], channel: string): ListenerDeps;
  /** The story a button's block id names (see storyBlockId); else the channel's. */
  forBlock(blockId: string | undefined, channel: string | undefined): ListenerDeps;
}
