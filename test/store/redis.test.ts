import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RedisCoordination } from '../../src/store/redis.js';
import { type RecordingLogger, recordingLogger } from '../helpers/logger.js';
import { type TestRedis, testRedis } from '../helpers/redis.js';

/** The Redis .ci/run starts for the tests (TEST_REDIS_URL), or one of this test's own. */
let shared: { url: string; stop?: () => Promise<void> };
/** A Redis this test stops and starts again. */
let own: TestRedis | undefined;
const open: RedisCoordination[] = [];
const run = Date.now().toString(36);

beforeAll(async () => {
  shared = process.env.TEST_REDIS_URL ? { url: process.env.TEST_REDIS_URL } : await testRedis();
});
afterAll(async () => {
  for (const c of open) await c.close();
  await shared?.stop?.();
  await own?.stop();
});

function replica(logger: RecordingLogger = recordingLogger(), prefix = 'test:', url = shared.url) {
  const c = new RedisCoordination({ url, prefix: `${run}:${prefix}`, logger, slotTtlMs: 60_000 });
  open.push(c);
  return c;
}

async function until(done: () => boolean | Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await done())) {
    if (Date.now() > until) throw new Error('condition not met');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('RedisCoordination', () => {
  it('answers an event on one replica only', async () => {
    const [a, b] = [replica(), replica()];
    const results = await Promise.all([
      a.deduper.firstTime('Ev1'),
      b.deduper.firstTime('Ev1'),
      a.deduper.firstTime('Ev1'),
    ]);
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it('lets one replica claim a digest slot', async () => {
    const [a, b] = [replica(), replica()];
    const claims = await Promise.all([
      a.claimSlot('2026-11-24T08:00:00.000Z'),
      b.claimSlot('2026-11-24T08:00:00.000Z'),
    ]);
    expect(claims.filter(Boolean)).toHaveLength(1);
    expect(await a.claimSlot('2026-11-25T08:00:00.000Z')).toBe(true);
  });

  it('releases a slot only for the replica that claimed it', async () => {
    const [a, b] = [replica(recordingLogger(), 'release:'), replica(recordingLogger(), 'release:')];
    const slot = '2026-11-26T08:00:00.000Z';
    expect(await a.claimSlot(slot)).toBe(true);
    await b.releaseSlot(slot); // not b's: stays claimed
    expect(await b.claimSlot(slot)).toBe(false);
    await a.releaseSlot(slot);
    expect(await b.claimSlot(slot)).toBe(true);
  });

  it('keeps the digest state where every replica reads it', async () => {
    const [a, b] = [replica(recordingLogger(), 'state:'), replica(recordingLogger(), 'state:')];
    expect(await b.digestState.read()).toEqual({ version: 1 });
    const state = {
      version: 1 as const,
      last: { slot: 's', postedAt: 'p', channel: 'C1', articleIds: ['x'] },
    };
    await a.digestState.write(state);
    expect(await b.digestState.read()).toEqual(state);
  });

  it('without Redis: de-duplicates locally, claims no slot, says so once; resumes when Redis is back', async () => {
    const redis = await testRedis();
    own = redis;
    const logger = recordingLogger();
    const c = replica(logger, 'outage:', redis.url);
    await until(async () => (await c.claimSlot('warm-up')) === true);
    await redis.stop();
    expect(await c.deduper.firstTime('EvDown')).toBe(true);
    expect(await c.deduper.firstTime('EvDown')).toBe(false);
    // A retry of an event first delivered to another replica is left to that one.
    expect(await c.deduper.firstTime('EvRetried', { retry: true })).toBe(false);
    expect(await c.claimSlot('2026-11-24T09:00:00.000Z')).toBe(false);
    await new Promise((r) => setTimeout(r, 1500));
    expect(await c.claimSlot('2026-11-24T09:00:00.000Z')).toBe(false);
    expect(
      logger.lines.filter((l) => l.level === 'warn' && /Redis is unreachable/.test(l.text)),
    ).toHaveLength(1);
    await redis.start();
    let poll = 0;
    await until(async () => (await c.claimSlot(`after-restart-${poll++}`)) === true);
    expect(logger.text()).toMatch(/Redis is back/);
  }, 30_000);
});
