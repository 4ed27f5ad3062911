import type { Logger } from '@slack/logger';
import type { KnownBlock } from '@slack/types';
import { createTask, parse, type ScheduledTask } from 'node-cron';
import type { Message } from '../blocks/answer.js';
import { digestMessage } from '../blocks/digest.js';
import { buildDigest, dayIn } from '../digest/build.js';
import type { FactIndex } from '../index/fact-index.js';
import { describeFailure } from '../listeners/errors.js';
import type { DigestState, DigestStateStore } from '../store/digest-state.js';

/** The one Web API call the digest makes. */
export interface Poster {
  chat: {
    postMessage(args: {
      channel: string;
      text: string;
      blocks: KnownBlock[];
      unfurl_links?: boolean;
    }): Promise<{ ts?: string }>;
  };
}

export interface DigestServiceOptions {
  index: FactIndex;
  store: DigestStateStore;
  logger: Logger;
  /** node-cron expression, seconds field optional. */
  cron: string;
  /** IANA time zone of the schedule. */
  timezone: string;
  /** True for the one replica that posts a slot (see Coordination.claimSlot). Default: always. */
  claim?: (slot: string) => Promise<boolean>;
  /** Gives up a claimed slot this replica did not post (stopping), so that another may post it. */
  release?: (slot: string) => Promise<unknown>;
  /** Where the digest is posted; without one the digest is only built on demand. */
  channel?: string;
  poster?: Poster;
  story?: string;
  /** Tries after a failed post, each after twice the wait of the one before. Default 3. */
  retries?: number;
  /** The first wait, in ms. Default 2000. */
  backoffMs?: number;
  /** The clock. Default `() => new Date()`. */
  now?: () => Date;
}

export type SlotOutcome = 'posted' | 'already-posted' | 'not-elected' | 'failed';

/**
 * The most recent time at or before `now`, on the same day in the schedule's time zone, that the
 * schedule fires; undefined when it has not fired yet today.
 */
export function lastSlotToday(
  task: Pick<ScheduledTask, 'match'>,
  cron: string,
  timezone: string,
  now: Date,
): Date | undefined {
  const seconds = [...new Set(parse(cron).second)].sort((a, b) => b - a);
  const today = dayIn(now, timezone);
  const minute = new Date(Math.floor(now.getTime() / 60_000) * 60_000);
  for (let m = minute.getTime(); dayIn(new Date(m), timezone) === today; m -= 60_000)
    for (const s of seconds) {
      const at = new Date(m + s * 1000);
      if (at <= now && task.match(at)) return at;
    }
  return undefined;
}

/**
 * The daily digest: built from the index on demand, and posted on schedule to the digest channel
 * exactly once a slot. What was posted is kept in the state store, so that a restart does not post
 * a slot again and a slot missed while the bot was down is posted once at start, the same day.
 */
export class DigestService {
  private readonly o: Required<
    Omit<DigestServiceOptions, 'channel' | 'poster' | 'story' | 'claim' | 'release'>
  > &
    Pick<DigestServiceOptions, 'channel' | 'poster' | 'story' | 'claim' | 'release'>;
  private task?: ScheduledTask;
  private queue: Promise<unknown> = Promise.resolve();
  private stopped = false;
  private wake?: () => void;

  constructor(options: DigestServiceOptions) {
    this.o = { retries: 3, backoffMs: 2000, now: () => new Date(), ...options };
  }

  /** The digest as it stands, new articles counted since the last one posted. */
  async current(): Promise<Message> {
    return (await this.built()).message;
  }

  /**
   * The digest as it stands and the articles it was built from, read together: an article indexed
   * while the digest is on its way to Slack is not in it, so it must not be recorded as covered.
   */
  private async built(): Promise<{ message: Message; articleIds: string[] }> {
    const state = await this.o.store.read().catch(() => ({ version: 1 as const, last: undefined }));
    const articleIds = this.o.index.articles().map((a) => a.id);
    const message = digestMessage(
      buildDigest(this.o.index, {
        now: this.o.now(),
        timezone: this.o.timezone,
        ...(this.o.story ? { story: this.o.story } : {}),
        ...(state.last ? { previousArticleIds: state.last.articleIds } : {}),
      }),
    );
    return { message, articleIds };
  }

  /** Schedules the digest, and posts today's slot at once if it was missed. No-op without a channel. */
  async start(): Promise<void> {
    if (!this.o.channel || !this.o.poster) {
      this.o.logger.info(
        'No DIGEST_CHANNEL is set: no digest will be posted (set it to a channel id to have one).',
      );
      return;
    }
    this.task = createTask(this.o.cron, (context) => this.enqueue(context.date ?? this.o.now()), {
      timezone: this.o.timezone,
      name: 'digest',
      noOverlap: true,
    });
    await this.task.start();
    this.o.logger.info(`Digest scheduled (${this.o.cron}, ${this.o.timezone}) to channel ${this.o.channel}.`);
    const missed = lastSlotToday(this.task, this.o.cron, this.o.timezone, this.o.now());
    if (missed) await this.enqueue(missed);
  }

  /**
   * Stops the schedule. A post in flight is finished; a slot waiting to retry is given up and its
   * claim released (another replica, or this one at its next start, posts it).
   */
  async stop(): Promise<void> {
    this.stopped = true;
    this.wake?.();
    await this.task?.destroy();
    await this.queue;
  }

  /** Waits `ms`, or less when stopped. */
  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }

  /** Posts the current digest to the digest channel now, outside the schedule (the slots' record is left as it is). */
  async postNow(): Promise<void> {
    const { channel, poster } = this.o;
    if (!channel || !poster)
      throw new Error('No DIGEST_CHANNEL is set: there is nowhere to post the digest.');
    await poster.chat.postMessage({ channel, unfurl_links: false, ...(await this.current()) });
  }

  /** Runs slots one after another, never two at once. */
  private enqueue(slot: Date): Promise<SlotOutcome> {
    const run = this.queue.then(() => this.postSlot(slot));
    this.queue = run.catch(() => undefined);
    return run;
  }

  /**
   * Posts the digest for one schedule slot, unless it (or a later slot) was posted already. The
   * slot is recorded as taken (`claimed` in the state, after the replicas' claim) before the post
   * goes out, and only the post is retried, never the record: a storage fault skips a slot (said
   * in the log), it never posts one twice.
   */
  async postSlot(slotTime: Date): Promise<SlotOutcome> {
    const { channel, poster, logger } = this.o;
    if (!channel || !poster || this.stopped) return 'failed';
    const slot = new Date(Math.floor(slotTime.getTime() / 1000) * 1000).toISOString();
    let state: DigestState;
    try {
      state = await this.o.store.read();
    } catch (error) {
      // The store says why once (Redis unreachable); every slot saying it again would flood the log.
      logger.debug(`Digest for ${slot} not posted: its state cannot be read (${(error as Error).message}).`);
      return 'failed';
    }
    if ((state.last && state.last.slot >= slot) || (state.claimed && state.claimed >= slot)) {
      logger.debug(`Digest for ${slot} was already posted; not posting it again.`);
      return 'already-posted';
    }
    if (this.o.claim && !(await this.o.claim(slot))) {
      logger.debug(`Digest for ${slot} is posted by another replica, or cannot be claimed now.`);
      return 'not-elected';
    }
    try {
      await this.o.store.write({ ...state, claimed: slot });
    } catch (error) {
      logger.error(
        `Digest for ${slot} not posted: the slot could not be recorded first (${(error as Error).message}), and a post that cannot be recorded could be posted twice. Check the digest state's storage (DATA_DIR or Redis); the next slot is posted as usual.`,
      );
      return 'failed';
    }
    const { message, articleIds } = await this.built();
    let ts: string | undefined;
    for (let attempt = 0; ; attempt++) {
      try {
        ts = (await poster.chat.postMessage({ channel, unfurl_links: false, ...message })).ts;
        break;
      } catch (error) {
        if (attempt >= this.o.retries) {
          logger.error(
            describeFailure(`Posting the digest for ${slot} to ${channel} (${attempt + 1} tries)`, error),
          );
          return 'failed';
        }
        if (!this.stopped) await this.sleep(this.o.backoffMs * 2 ** attempt);
        if (this.stopped) {
          // Not posted: the slot is given back, so that another replica or the next start posts it.
          await this.o.store.write(state).catch(() => undefined);
          await this.o.release?.(slot);
          logger.warn(
            describeFailure(`Stopping: the digest for ${slot} was not posted (claim released)`, error),
          );
          return 'failed';
        }
      }
    }
    logger.info(`Digest for ${slot} posted to ${channel}.`);
    const posted: DigestState = {
      version: 1,
      last: {
        slot,
        postedAt: this.o.now().toISOString(),
        channel,
        ...(ts ? { ts } : {}),
        articleIds,
      },
    };
    // The record of what was posted is retried on its own; the post never is.
    for (let attempt = 0; ; attempt++) {
      try {
        await this.o.store.write(posted);
        return 'posted';
      } catch (error) {
        if (attempt >= this.o.retries || this.stopped) {
          logger.warn(
            `Digest for ${slot} was posted, but what it covered could not be recorded (${(error as Error).message}): it is not posted again; the next digest may call some articles new again.`,
          );
          return 'posted';
        }
        await this.sleep(this.o.backoffMs * 2 ** attempt);
      }
    }
  }
}
