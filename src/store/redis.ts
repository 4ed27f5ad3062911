import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { Coordination } from './coordination.js';
import { type Deduper, MemoryDeduper } from './dedupe.js';
import type { DigestState, DigestStateStore } from './digest-state.js';
import { describeRedis, redisClient } from './redis-client.js';

export interface RedisCoordinationOptions {
  /** `redis://host:port/db`. */
  url: string;
  /** Prefix of every key, so that several bots can share one Redis. */
  prefix: string;
  logger: { info(m: string): void; warn(m: string): void };
  /** How long an answered event is remembered, in ms. Default one hour. */
  eventTtlMs?: number;
  /** How long a digest slot stays claimed, in ms. Default 36 hours. */
  slotTtlMs?: number;
}

/**
 * Coordination through Redis: an atomic set-if-absent with a time to live for events and digest
 * slots, and the digest state under one key. When Redis cannot be reached, first deliveries are
 * de-duplicated in this process (answering matters more) and Slack's retries are not answered
 * (the replica that got the first delivery answered it; one that died before answering leaves it
 * unanswered), no digest slot is claimed (a missing digest is better than a double one), it is
 * said once in the log, and all resumes by itself when Redis is back.
 */
export class RedisCoordination implements Coordination {
  readonly deduper: Deduper;
  readonly digestState: DigestStateStore;
  private readonly redis: Redis;
  private readonly local = new MemoryDeduper();
  private readonly replica = randomUUID();
  private down = false;

  constructor(private readonly o: RedisCoordinationOptions) {
    this.redis = redisClient(o.url);
    this.redis.on('error', (error: Error) => this.wentDown(error));
    this.redis.on('ready', () => {
      if (this.down)
        o.logger.info('Redis is back: events and digests are coordinated across replicas again.');
      this.down = false;
    });
    const eventTtl = o.eventTtlMs ?? 60 * 60 * 1000;
    this.deduper = {
      firstTime: async (key, delivery = {}) => {
        // Always remembered here too, so that a retry during an outage is still answered once.
        const locally = await this.local.firstTime(key);
        try {
          return (
            (await this.redis.set(`${o.prefix}event:${key}`, this.replica, 'PX', eventTtl, 'NX')) === 'OK'
          );
        } catch (error) {
          this.wentDown(error as Error);
          // Without Redis, a retry is left to the replica that got the first delivery (which
          // answered it): a retry sent to this one would otherwise be answered twice.
          return locally && !delivery.retry;
        }
      },
    };
    const stateKey = `${o.prefix}digest:state`;
    this.digestState = {
      read: async () => {
        const text = await this.redis.get(stateKey);
        return text ? (JSON.parse(text) as DigestState) : { version: 1 };
      },
      write: async (state) => {
        await this.redis.set(stateKey, JSON.stringify(state));
      },
    };
  }

  private wentDown(error: Error): void {
    if (this.down) return;
    this.down = true;
    this.o.logger.warn(
      `Redis is unreachable (${error.message}): answering with this replica's own de-duplication; no digest is posted until Redis is back.`,
    );
  }

  async claimSlot(slot: string): Promise<boolean> {
    try {
      const ttl = this.o.slotTtlMs ?? 36 * 60 * 60 * 1000;
      return (
        (await this.redis.set(`${this.o.prefix}digest:slot:${slot}`, this.replica, 'PX', ttl, 'NX')) === 'OK'
      );
    } catch (error) {
      this.wentDown(error as Error);
      return false;
    }
  }

  async releaseSlot(slot: string): Promise<void> {
    // Deleted only if this replica holds it: a compare-and-delete in one step.
    const script =
      "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end return 0";
    try {
      await this.redis.eval(script, 1, `${this.o.prefix}digest:slot:${slot}`, this.replica);
    } catch (error) {
      this.wentDown(error as Error);
    }
  }

  describe(): string {
    return describeRedis(this.o.url);
  }

  async close(): Promise<void> {
    this.redis.disconnect();
  }
}
