/** The story's feeds, read on node-cron's schedule (FEED_CRON), one round at a time. */
import { createTask, type ScheduledTask } from 'node-cron';
import type { Ingester, PollResult } from '../ingest/ingest.js';

export interface FeedServiceOptions {
  ingester: Ingester;
  /** node-cron expression, seconds field optional, in UTC. */
  cron: string;
  logger: { info(m: string): void; error(m: string): void };
}

export class FeedService {
  private task: ScheduledTask | undefined;
  private round: Promise<PollResult | undefined> = Promise.resolve(undefined);

  constructor(private readonly o: FeedServiceOptions) {}

  /** Schedules the rounds, and runs the first at once. */
  async start(): Promise<void> {
    this.task = createTask(this.o.cron, () => this.runNow(), {
      timezone: 'UTC',
      name: 'feeds',
      noOverlap: true,
    });
    await this.task.start();
    this.o.logger.info(`Following ${this.o.ingester.feeds.length} feed(s) (${this.o.cron}).`);
    void this.runNow();
  }

  /** One round now; resolves when it is over (never rejects: failures are logged). */
  runNow(): Promise<PollResult | undefined> {
    this.round = this.o.ingester.poll().catch((error: Error) => {
      this.o.logger.error(`A round of the feeds failed: ${error.stack ?? error.message}`);
      return undefined;
    });
    return this.round;
  }

  async stop(): Promise<void> {
    await this.task?.destroy();
    await this.round;
  }
}
