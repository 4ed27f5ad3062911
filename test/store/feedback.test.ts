import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ShownAnswer } from '../../src/blocks/shown.js';
import { type FeedbackStore, FileFeedbackStore, type Vote } from '../../src/store/feedback.js';
import { RedisFeedbackStore } from '../../src/store/feedback-redis.js';
import { recordingLogger } from '../helpers/logger.js';
import { freePort, testRedis } from '../helpers/redis.js';

/** The Redis .ci/run starts for the tests (TEST_REDIS_URL), or one of this test's own. */
let redis: { url: string; stop?: () => Promise<void> };
const open: FeedbackStore[] = [];
const run = Date.now().toString(36);
let prefixes = 0;

beforeAll(async () => {
  redis = process.env.TEST_REDIS_URL ? { url: process.env.TEST_REDIS_URL } : await testRedis();
});
afterAll(async () => {
  for (const s of open) await s.close();
  await redis?.stop?.();
});

const shown = (id: string, question = `question ${id}`): ShownAnswer => ({
  id,
  question,
  shortAnswer: '$2bn',
  facts: [{ text: `Acme paid $2bn (${id}).`, citations: ['a/1', 'b/2'] }],
});

const vote = (answerId: string, user: string, kind: Vote['vote'], minute: number): Vote => ({
  answerId,
  vote: kind,
  question: `question ${answerId}`,
  facts: shown(answerId).facts,
  user,
  channel: 'C1',
  at: new Date(Date.UTC(2026, 10, 25, 10, minute)).toISOString(),
});

/** Each store kind: a fresh store, and a way to open the same store again (a restart, another replica). */
const kinds: Array<[string, () => { store: () => FeedbackStore }]> = [
  [
    'files in DATA_DIR',
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'feedback-'));
      return { store: () => new FileFeedbackStore(dir, recordingLogger()) };
    },
  ],
  [
    'Redis',
    () => {
      const prefix = `${run}:fb${prefixes++}:`;
      return { store: () => new RedisFeedbackStore({ url: redis.url, prefix, logger: recordingLogger() }) };
    },
  ],
];

describe.each(kinds)('feedback kept in %s', (_, fresh) => {
  const openStore = (make: () => FeedbackStore) => {
    const s = make();
    open.push(s);
    return s;
  };

  it('keeps one vote per user and answer: a second vote replaces the first', async () => {
    const where = fresh();
    const store = openStore(where.store);
    expect(await store.vote(vote('00000000000000a1', 'U1', 'helpful', 1))).toBe('recorded');
    expect(await store.vote(vote('00000000000000a1', 'U1', 'not_helpful', 2))).toBe('replaced');
    expect(await store.vote(vote('00000000000000a1', 'U1', 'not_helpful', 3))).toBe('replaced');
    expect(await store.vote(vote('00000000000000a1', 'U2', 'helpful', 4))).toBe('recorded');
    expect(await store.vote(vote('00000000000000b2', 'U1', 'not_helpful', 5))).toBe('recorded');

    const all = await openStore(where.store).votes();
    expect(all.map((v) => [v.answerId, v.user, v.vote])).toEqual([
      ['00000000000000b2', 'U1', 'not_helpful'],
      ['00000000000000a1', 'U2', 'helpful'],
      ['00000000000000a1', 'U1', 'not_helpful'],
    ]);
    expect(all[2]).toEqual(vote('00000000000000a1', 'U1', 'not_helpful', 3));
  });

  it('lists one kind, newest first, up to a limit', async () => {
    const store = openStore(fresh().store);
    for (const [i, kind] of (['not_helpful', 'helpful', 'not_helpful', 'not_helpful'] as const).entries())
      await store.vote(vote(`00000000000000c${i}`, 'U1', kind, 10 + i));
    const unhelpful = await store.votes({ kind: 'not_helpful' });
    expect(unhelpful.map((v) => v.answerId)).toEqual([
      '00000000000000c3',
      '00000000000000c2',
      '00000000000000c0',
    ]);
    expect((await store.votes({ kind: 'not_helpful', limit: 2 })).map((v) => v.answerId)).toEqual([
      '00000000000000c3',
      '00000000000000c2',
    ]);
    // A vote changed to helpful leaves the unhelpful list.
    await store.vote(vote('00000000000000c3', 'U1', 'helpful', 20));
    expect((await store.votes({ kind: 'not_helpful' })).map((v) => v.answerId)).toEqual([
      '00000000000000c2',
      '00000000000000c0',
    ]);
    expect(await store.votes({ kind: 'helpful' })).toHaveLength(2);
  });

  it('recalls what an answer showed, also after a restart', async () => {
    const where = fresh();
    const store = openStore(where.store);
    await store.remember(shown('00000000000000d1'));
    await store.remember(shown('00000000000000d1'));
    await store.remember(shown('00000000000000d2'));
    expect(await store.recall('00000000000000d1')).toEqual(shown('00000000000000d1'));
    expect(await openStore(where.store).recall('00000000000000d2')).toEqual(shown('00000000000000d2'));
    expect(await store.recall('00000000000000ff')).toBeUndefined();
  });

  it('keeps every one of many votes given at once', async () => {
    const store = openStore(fresh().store);
    await Promise.all(
      Array.from({ length: 20 }, (_, i) => store.vote(vote('00000000000000e1', `U${i}`, 'not_helpful', i))),
    );
    expect(await store.votes()).toHaveLength(20);
  });
});

describe('FileFeedbackStore', () => {
  it('appends a vote to its log, and folds the log into the votes file atomically now and then', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'feedback-'));
    const store = new FileFeedbackStore(dir, recordingLogger(), { compactAfter: 3 });
    await store.vote(vote('00000000000000a1', 'U1', 'helpful', 1));
    // One line appended: the votes file is not rewritten at each vote.
    expect(readdirSync(dir)).toEqual(['feedback-votes.jsonl']);
    await store.vote(vote('00000000000000a1', 'U1', 'not_helpful', 2));
    await store.vote(vote('00000000000000a2', 'U1', 'helpful', 3));
    // The third: folded into feedback.json (no temporary file left), the log emptied.
    expect(readdirSync(dir)).toEqual(['feedback.json']);
    expect(JSON.parse(readFileSync(join(dir, 'feedback.json'), 'utf8')).votes).toHaveLength(2);
    await store.vote(vote('00000000000000a3', 'U2', 'helpful', 4));
    const again = new FileFeedbackStore(dir, recordingLogger());
    expect((await again.votes()).map((v) => `${v.answerId} ${v.vote}`)).toEqual([
      '00000000000000a3 helpful',
      '00000000000000a2 helpful',
      '00000000000000a1 not_helpful',
    ]);
  });

  it('sets a corrupt votes file aside rather than overwrite it, and says so', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'feedback-'));
    writeFileSync(join(dir, 'feedback.json'), '{"version":1,"votes":[{"answ');
    const logger = recordingLogger();
    const store = new FileFeedbackStore(dir, logger);
    expect(await store.vote(vote('00000000000000a1', 'U1', 'helpful', 1))).toBe('recorded');
    const aside = readdirSync(dir).find((f) => f.startsWith('feedback.json.corrupt-'));
    expect(aside).toBeDefined();
    expect(readFileSync(join(dir, aside ?? ''), 'utf8')).toBe('{"version":1,"votes":[{"answ');
    expect(logger.text()).toMatch(/not a valid votes file: kept as/);
    expect(await store.votes()).toHaveLength(1);
  });

  it('keeps the most recent answers shown, compacting its file, and skips a damaged line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'feedback-'));
    const store = new FileFeedbackStore(dir, recordingLogger(), { maxAnswers: 3 });
    for (let i = 0; i < 10; i++) await store.remember(shown(`000000000000000${i}`));
    const lines = readFileSync(join(dir, 'answers-shown.jsonl'), 'utf8').trim().split('\n');
    expect(lines.length).toBeLessThanOrEqual(6);
    expect(await store.recall('0000000000000000')).toBeUndefined();
    expect(await store.recall('0000000000000009')).toEqual(shown('0000000000000009'));

    writeFileSync(join(dir, 'answers-shown.jsonl'), `${lines.join('\n')}\n{"broken\n`);
    const logger = recordingLogger();
    const again = new FileFeedbackStore(dir, logger, { maxAnswers: 3 });
    expect(await again.recall('0000000000000009')).toEqual(shown('0000000000000009'));
    expect(logger.text()).toMatch(/skipped 1 unreadable line/);
  });

  it('logs, and does not throw, when the answer cannot be kept', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'feedback-')), 'not-a-dir');
    writeFileSync(file, 'x');
    const logger = recordingLogger();
    await new FileFeedbackStore(file, logger).remember(shown('0000000000000001'));
    expect(logger.text()).toMatch(/check that DATA_DIR is writable/);
    await expect(
      new FileFeedbackStore(file, logger).vote(vote('0000000000000001', 'U1', 'helpful', 1)),
    ).rejects.toThrow();
    expect(existsSync(join(file, 'feedback.json'))).toBe(false);
  });
});

describe('RedisFeedbackStore without Redis', () => {
  it('still answers (remember logs once, recall and votes fail) rather than hang', async () => {
    const logger = recordingLogger();
    const store = new RedisFeedbackStore({
      url: `redis://127.0.0.1:${await freePort()}`,
      prefix: 'down:',
      logger,
    });
    open.push(store);
    await store.remember(shown('0000000000000001'));
    await store.remember(shown('0000000000000002'));
    expect(logger.lines.filter((l) => l.level === 'warn')).toHaveLength(1);
    await expect(store.vote(vote('0000000000000001', 'U1', 'helpful', 1))).rejects.toThrow();
  }, 15_000);
});

describe('RedisFeedbackStore caps', () => {
  it('keeps at most maxVotes of each kind, the newest, dropping the oldest from the hash too', async () => {
    const prefix = `${run}:cap:`;
    const store = new RedisFeedbackStore({ url: redis.url, prefix, logger: recordingLogger(), maxVotes: 3 });
    open.push(store);
    for (let i = 0; i < 5; i++) await store.vote(vote(`00000000000000c${i}`, 'U1', 'not_helpful', i));
    expect(await store.vote(vote('00000000000000c4', 'U1', 'helpful', 9))).toBe('replaced');
    const kept = await store.votes();
    expect(kept.map((v) => `${v.answerId} ${v.vote}`)).toEqual([
      '00000000000000c4 helpful',
      '00000000000000c3 not_helpful',
      '00000000000000c2 not_helpful',
    ]);
    const { Redis } = await import('ioredis');
    const direct = new Redis(redis.url);
    try {
      expect(await direct.hlen(`${prefix}feedback:votes`)).toBe(3);
    } finally {
      direct.disconnect();
    }
  });
});
