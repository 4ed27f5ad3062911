import { Redis, type RedisOptions } from 'ioredis';

/**
 * A Redis client as the stores use it: a command waits at most a second, connected or not (then
 * Redis counts as unreachable), one retry, reconnecting every 0.2 to 2 s. Errors are the caller's
 * to listen for. `overrides` changes any of these for one store.
 */
export function redisClient(url: string, overrides: RedisOptions = {}): Redis {
  return new Redis(url, {
    enableOfflineQueue: true,
    commandTimeout: 1000,
    maxRetriesPerRequest: 1,
    connectTimeout: 2000,
    retryStrategy: (times) => Math.min(200 * times, 2000),
    ...overrides,
  });
}

/** Where a Redis is, for log lines: `Redis at host:port`. */
export function describeRedis(url: string): string {
  const { hostname, port } = new URL(url);
  return `Redis at ${hostname}:${port || 6379}`;
}

/** The prefix of every key of this bot, so that several bots (one per slash command) share one Redis. */
export function redisPrefix(command: string): string {
  return `factbot:${command.slice(1)}:`;
}
