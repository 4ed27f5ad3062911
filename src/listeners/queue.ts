/**
 * Answers off the path that acks. A listener acks, then hands its answer to the queue with one call
 * (`answerLater(deps, job, busy)`): each job starts in a `setImmediate` of its own, so that between
 * two answers the event loop reads the requests that have arrived and acks them; a few jobs run at
 * once (their Web API calls overlap); past the limit of waiting jobs the `busy` reply is sent instead
 * (an ephemeral "busy, try again in a moment"), never silence. Each job runs once. With an `AckGate`
 * (HTTP: requests read but not yet acked), no answer starts while requests wait for their ack, for
 * at most `maxHoldMs` at a time: under a burst the acks take the CPU first. While the bot starts,
 * the queue is held: requests are acked and their answers wait for the index (`release`); one that
 * waits over `waitNoticeMs` gets its `waiting` notice first ("reading the coverage").
 */
import type { Logger } from '@slack/logger';

export interface WorkQueueOptions {
  /** Jobs started and not yet finished at one time (their awaits overlap). Default 8. */
  concurrency: number;
  /** Jobs waiting to start, past which a new one gets its busy reply instead. Default 1000. */
  limit: number;
  /** How long the gate may hold the next answer back while requests wait for their ack. Default 250 ms. */
  maxHoldMs: number;
  /**
   * While the queue is held (the index not yet built), how long a job waits before its `waiting`
   * notice is sent ("reading the coverage, the answer follows"). Default 1000 ms.
   */
  waitNoticeMs: number;
}

export const defaultOptions: WorkQueueOptions = {
  concurrency: 8,
  limit: 1000,
  maxHoldMs: 250,
  waitNoticeMs: 1000,
};

/** Counts requests received and not yet acked; tells when none is left. */
export class AckGate {
  private waiting = 0;
  private listeners: Array<() => void> = [];

  get open(): boolean {
    return this.waiting === 0;
  }

  /** A request came in; the returned function says it was acked (or dropped). Once is enough. */
  enter(): () => void {
    this.waiting++;
    let left = false;
    return () => {
      if (left) return;
      left = true;
      this.waiting--;
      if (this.waiting === 0) for (const listener of this.listeners.splice(0)) listener();
    };
  }

  /** Calls `listener` once, the next time no request waits for its ack. */
  whenOpen(listener: () => void): void {
    if (this.open) listener();
    else this.listeners.push(listener);
  }
}

/** A piece of work: answering one request (compute, then send). */
export type Job = () => Promise<unknown>;

/** A bounded queue of jobs, drained one `setImmediate` at a time. */
export class WorkQueue {
  readonly options: WorkQueueOptions;
  private readonly waiting: Job[] = [];
  private running = 0;
  private scheduled = false;
  private idle: Array<() => void> = [];
  private held = false;
  private notices = new Set<NodeJS.Timeout>();

  constructor(
    options: Partial<WorkQueueOptions> = {},
    private readonly logger?: Pick<Logger, 'error'>,
    private readonly gate?: AckGate,
  ) {
    this.options = { ...defaultOptions, ...options };
  }

  /** Jobs waiting to start. */
  get pending(): number {
    return this.waiting.length;
  }

  /** Jobs started and not finished. */
  get active(): number {
    return this.running;
  }

  /** True while jobs are taken but none starts (`hold`, until `release`). */
  get isHeld(): boolean {
    return this.held;
  }

  /**
   * Takes jobs without starting any, until `release`: while the bot is starting, requests are acked
   * and their answers wait for the index.
   */
  hold(): void {
    this.held = true;
  }

  /** Starts the jobs taken while held, and any later ones; their `waiting` notices not yet sent never are. */
  release(): void {
    this.held = false;
    for (const timer of this.notices) clearTimeout(timer);
    this.notices.clear();
    this.schedule();
  }

  /**
   * Queues a job; returns false, and runs `busy` at once instead, when the queue is full. While the
   * queue is held, `waiting` is sent if the job is still waiting after `waitNoticeMs`. None throws:
   * a failure is logged.
   */
  run(job: Job, busy?: Job, waiting?: Job): boolean {
    if (this.waiting.length >= this.options.limit) {
      if (busy) void this.guard(busy);
      return false;
    }
    this.waiting.push(job);
    if (this.held && waiting) {
      const timer = setTimeout(() => {
        this.notices.delete(timer);
        if (this.held && this.waiting.includes(job)) void this.guard(waiting);
      }, this.options.waitNoticeMs);
      this.notices.add(timer);
    }
    this.schedule();
    return true;
  }

  /** Resolves once every queued and running job has finished. */
  drain(): Promise<void> {
    if (this.running === 0 && this.waiting.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.idle.push(resolve));
  }

  private schedule(): void {
    if (this.held || this.scheduled || this.running >= this.options.concurrency || this.waiting.length === 0)
      return;
    this.scheduled = true;
    if (this.gate && !this.gate.open) {
      // Acks first: start when no request waits for its ack, or after maxHoldMs at the latest.
      let go: (() => void) | undefined = () => {
        go = undefined;
        clearTimeout(timer);
        this.next();
      };
      const timer = setTimeout(() => go?.(), this.options.maxHoldMs);
      this.gate.whenOpen(() => go?.());
      return;
    }
    this.next();
  }

  /** Starts the next job on a turn of the event loop of its own. */
  private next(): void {
    setImmediate(() => {
      this.scheduled = false;
      const job = this.waiting.shift();
      if (!job) return this.settle();
      this.running++;
      void this.guard(job).finally(() => {
        this.running--;
        this.schedule();
        this.settle();
      });
      this.schedule();
    });
  }

  private settle(): void {
    if (this.running > 0 || this.waiting.length > 0) return;
    for (const resolve of this.idle.splice(0)) resolve();
  }

  private async guard(job: Job): Promise<void> {
    try {
      await job();
    } catch (error) {
      this.logger?.error(`A queued answer failed: ${(error as Error).stack ?? error}`);
    }
  }
}

/** What the busy reply says. */
export const BUSY_TEXT = "I'm busy with other questions right now: please try again in a moment.";

/** What a request that came while the bot was starting is told when its answer waits over a second. */
export const WAIT_TEXT = 'Reading the coverage, the answer follows.';

/** The pool of page fetches (`add <link>`): a page that never finishes holds none of the answers' slots. */
export const pageOptions: Partial<WorkQueueOptions> = { concurrency: 4, limit: 50 };

/**
 * Runs `job` off the ack path on the listeners' queue (`deps.work`), or `busy` when the queue is
 * full, and `waiting` when the job waits for the index over `waitNoticeMs`; without a queue (a test
 * calling a handler directly) the job runs at once. A job that fetches a page (`page`: an
 * `add <link>`) runs in the page pool (`deps.pages`) instead, so that slow sites never delay answers.
 */
export function answerLater(
  deps: { work?: WorkQueue | undefined; pages?: WorkQueue | undefined },
  job: Job,
  busy: Job,
  waiting?: Job,
  options: { page?: boolean } = {},
): boolean {
  const queue = (options.page && deps.pages) || deps.work;
  if (queue) return queue.run(job, busy, waiting);
  job().catch(() => undefined); // the listeners' jobs log their own failures
  return true;
}
