/**
 * What this replica last read of each thread, kept a short time so that a conversation does not
 * read its thread from Slack for every message; what the bot itself posts is added as it posts.
 */
import type { ThreadMessage } from './context.js';

export interface ThreadCacheOptions {
  /** How long a thread read from Slack is trusted, in ms. Default 30 s. */
  ttlMs?: number;
  /** The most threads kept; the oldest go first. Default 1,000. */
  maxThreads?: number;
  /** The clock. Default `Date.now`. */
  now?: () => number;
}

const defaultOptions: Required<ThreadCacheOptions> = {
  ttlMs: 30_000,
  maxThreads: 1000,
  now: Date.now,
};

/** Threads by `channel:thread_ts`, each with the time it stops being trusted. */
export class ThreadCache {
  private readonly threads = new Map<string, { messages: ThreadMessage[]; expires: number }>();
  private readonly options: Required<ThreadCacheOptions>;

  constructor(options: ThreadCacheOptions = {}) {
    this.options = { ...defaultOptions, ...options };
  }

  /** The thread's messages, if read within the time they are trusted. */
  get(channel: string, thread: string): ThreadMessage[] | undefined {
    const key = `${channel}:${thread}`;
    const entry = this.threads.get(key);
    if (!entry) return undefined;
    if (entry.expires <= this.options.now()) {
      this.threads.delete(key);
      return undefined;
    }
    return entry.messages;
  }

  /** Keeps a thread as just read. */
  set(channel: string, thread: string, messages: ThreadMessage[]): void {
    const key = `${channel}:${thread}`;
    this.threads.delete(key);
    while (this.threads.size >= this.options.maxThreads) {
      const oldest = this.threads.keys().next().value;
      if (oldest === undefined) break;
      this.threads.delete(oldest);
    }
    this.threads.set(key, { messages, expires: this.options.now() + this.options.ttlMs });
  }

  /** Adds messages to a thread this replica holds (a question and the bot's answer to it). */
  add(channel: string, thread: string, ...messages: ThreadMessage[]): void {
    const held = this.get(channel, thread);
    if (!held) return;
    for (const m of messages) if (!held.some((h) => h.ts === m.ts)) held.push(m);
  }
}
