import type { Redis } from 'ioredis';
import type { ShownAnswer } from '../blocks/shown.js';
import {
  type FeedbackStore,
  selectVotes,
  type Vote,
  type VoteKind,
  type VoteResult,
  voteKey,
} from './feedback.js';
import { describeRedis, redisClient } from './redis-client.js';

export interface RedisFeedbackStoreOptions {
  /** `redis://host:port/db`. */
  url: string;
  /** Prefix of every key, so that several bots can share one Redis. */
  prefix: string;
  logger: { warn(m: string): void };
  /** How long an answer shown is kept for votes, in ms. Default 30 days. */
  answerTtlMs?: number;
  /** The most votes kept of each kind; the oldest go first. Default 10,000. */
  maxVotes?: number;
}

/**
 * One vote, atomically: kept in the hash, listed under its kind by time and no longer under the
 * other; then the oldest of its kind past the cap dropped from both. Answers 1 for a new vote.
 */
const VOTE = `
local added = redis.call('hset', KEYS[1], ARGV[1], ARGV[2])
redis.call('zadd', KEYS[2], ARGV[3], ARGV[1])
redis.call('zrem', KEYS[3], ARGV[1])
local over = redis.call('zcard', KEYS[2]) - tonumber(ARGV[4])
if over > 0 then
  local old = redis.call('zrange', KEYS[2], 0, over - 1)
  redis.call('hdel', KEYS[1], unpack(old))
  redis.call('zremrangebyrank', KEYS[2], 0, over - 1)
end
return added`;

const KINDS: VoteKind[] = ['helpful', 'not_helpful'];

/**
 * Votes in Redis, shared by every replica: one hash of votes keyed by answer and user (a later vote
 * replaces the earlier), and a sorted set per kind by time, for the newest first, at most
 * `maxVotes` (10,000) of each kind; answers shown under a key each, with a time to live. Writing a
 * vote is one script, so a vote moves between kinds, and the oldest go, atomically.
 */
export class RedisFeedbackStore implements FeedbackStore {
  private readonly redis: Redis;
  private warned = false;

  constructor(private readonly o: RedisFeedbackStoreOptions) {
    this.redis = redisClient(o.url);
    // Connection errors surface in the commands that fail; RedisCoordination already logs outages.
    this.redis.on('error', () => {});
    this.redis.on('ready', () => {
      this.warned = false;
    });
  }

  private key(name: string): string {
    return `${this.o.prefix}feedback:${name}`;
  }

  async remember(shown: ShownAnswer): Promise<void> {
    try {
      const ttl = this.o.answerTtlMs ?? 30 * 24 * 60 * 60 * 1000;
      await this.redis.set(this.key(`answer:${shown.id}`), JSON.stringify(shown), 'PX', ttl);
    } catch (error) {
      if (!this.warned)
        this.o.logger.warn(
          `Could not keep an answer for votes in Redis (${(error as Error).message}); votes on it will lack its facts.`,
        );
      this.warned = true;
    }
  }

  async recall(answerId: string): Promise<ShownAnswer | undefined> {
    const text = await this.redis.get(this.key(`answer:${answerId}`));
    return text ? (JSON.parse(text) as ShownAnswer) : undefined;
  }

  async vote(vote: Vote): Promise<VoteResult> {
    const field = voteKey(vote);
    const other = KINDS.find((k) => k !== vote.vote) ?? 'helpful';
    const added = await this.redis.eval(
      VOTE,
      3,
      this.key('votes'),
      this.key(`by-time:${vote.vote}`),
      this.key(`by-time:${other}`),
      field,
      JSON.stringify(vote),
      Date.parse(vote.at) || Date.now(),
      this.o.maxVotes ?? 10_000,
    );
    return added === 1 ? 'recorded' : 'replaced';
  }

  async votes(options: { kind?: VoteKind; limit?: number } = {}): Promise<Vote[]> {
    const stop = options.limit === undefined ? -1 : options.limit - 1;
    if (stop < -1) return [];
    const fields: string[] = [];
    for (const kind of options.kind ? [options.kind] : KINDS)
      fields.push(...(await this.redis.zrevrange(this.key(`by-time:${kind}`), 0, stop)));
    if (fields.length === 0) return [];
    const texts = await this.redis.hmget(this.key('votes'), ...fields);
    return selectVotes(
      texts.flatMap((t) => (t ? [JSON.parse(t) as Vote] : [])),
      options,
    );
  }

  describe(): string {
    return describeRedis(this.o.url);
  }

  async close(): Promise<void> {
    this.redis.disconnect();
  }
}
