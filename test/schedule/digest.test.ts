/**
 * The digest schedule with fake timers, posting through a real Web API client to the Slack
 * stand-in, keeping its state in a real file.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as realSleep } from 'node:timers/promises';
import { WebClient } from '@slack/web-api';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildIndex } from '../../src/index/build.js';
import type { FactIndex } from '../../src/index/fact-index.js';
import { DigestService, lastSlotToday } from '../../src/schedule/digest.js';
import {
  type DigestState,
  type DigestStateStore,
  FileDigestStateStore,
} from '../../src/store/digest-state.js';
import { article, indexOf } from '../helpers/index.js';
import { type RecordingLogger, recordingLogger } from '../helpers/logger.js';
import { type StandIn, startStandIn } from '../stand-in/slack.js';

let index: FactIndex;
let slack: StandIn;
let client: WebClient;
let dataDir: string;
let logger: RecordingLogger;
const services: DigestService[] = [];

beforeAll(async () => {
  index = await buildIndex('seeds', { warn: () => {} });
});

beforeEach(async () => {
  slack = await startStandIn();
  client = new WebClient('xoxb-digest', { slackApiUrl: slack.apiUrl, retryConfig: { retries: 0 } });
  dataDir = mkdtempSync(join(tmpdir(), 'digest-'));
  logger = recordingLogger();
});

afterEach(async () => {
  for (const s of services.splice(0)) await s.stop();
  vi.useRealTimers();
  await slack.close();
});

function service(channel = 'C0DIGEST', cron = '0 8 * * *') {
  const s = new DigestService({
    index,
    store: new FileDigestStateStore(dataDir, logger),
    logger,
    cron,
    timezone: 'UTC',
    channel,
    poster: client,
    retries: 2,
    backoffMs: 1000,
  });
  services.push(s);
  return s;
}

function fakeClock(iso: string) {
  vi.useFakeTimers({
    toFake: ['Date', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'],
    now: new Date(iso),
  });
}

/** Lets real I/O (the stand-in, the state file) and fake timers run until `done`, or fails. */
async function until(done: () => boolean, advanceMs = 0): Promise<void> {
  for (let i = 0; i < 500; i++) {
    if (done()) return;
    await realSleep(5);
    if (advanceMs) await vi.advanceTimersByTimeAsync(advanceMs);
  }
  throw new Error('condition not met');
}

/** Lets real I/O and timers settle for a while, to see that nothing more happens. */
async function settle(advanceMs: number): Promise<void> {
  for (let i = 0; i < 50; i++) {
    await realSleep(5);
    await vi.advanceTimersByTimeAsync(advanceMs / 50);
  }
}

const posts = (channel = 'C0DIGEST') =>
  slack.callsTo('chat.postMessage').filter((c) => c.args.channel === channel);

describe('DigestService', () => {
  it('posts exactly one digest when the schedule fires', async () => {
    fakeClock('2026-11-24T07:59:50Z');
    await service().start();
    expect(posts()).toHaveLength(0);
    await until(() => posts().length > 0, 1000);
    await settle(120_000);
    expect(posts()).toHaveLength(1);
    expect(JSON.stringify(posts()[0]?.args.blocks)).toMatch(/Key figures/);
    const state = JSON.parse(readFileSync(join(dataDir, 'digest-state.json'), 'utf8'));
    expect(state.last.slot).toBe('2026-11-24T08:00:00.000Z');
  });

  it('posts nothing after a restart when the slot was already posted', async () => {
    fakeClock('2026-11-24T08:00:00Z');
    const first = service();
    await first.postSlot(new Date());
    expect(posts()).toHaveLength(1);
    await first.stop();
    vi.setSystemTime(new Date('2026-11-24T08:20:00Z'));
    await service().start();
    await settle(60_000);
    expect(posts()).toHaveLength(1);
  });

  it('posts a slot missed while the bot was down once, at start, the same day', async () => {
    fakeClock('2026-11-24T09:30:00Z');
    await service().start();
    expect(posts()).toHaveLength(1);
    await settle(3_600_000);
    expect(posts()).toHaveLength(1);
    await service().start(); // a second restart the same day
    await settle(1000);
    expect(posts()).toHaveLength(1);
  });

  it('does not catch up before the first slot of the day', async () => {
    fakeClock('2026-11-24T07:00:00Z');
    await service().start();
    await settle(1000);
    expect(posts()).toHaveLength(0);
  });

  it('retries a failing channel a bounded number of times, logs the fix, and keeps working', async () => {
    fakeClock('2026-11-24T09:00:00Z');
    slack.fail('chat.postMessage', { error: 'not_in_channel', channel: 'C0CLOSED' });
    const s = service('C0CLOSED');
    const started = s.start();
    await until(() => logger.lines.some((l) => l.level === 'error'), 1000);
    await started;
    expect(posts('C0CLOSED')).toHaveLength(3);
    expect(logger.text()).toMatch(/not_in_channel; invite the bot to the channel/);
    await settle(60_000);
    expect(posts('C0CLOSED')).toHaveLength(3);
    expect((await s.current()).blocks.length).toBeGreaterThan(2);
  });

  it('recovers from a corrupt state file', async () => {
    fakeClock('2026-11-24T09:00:00Z');
    writeFileSync(join(dataDir, 'digest-state.json'), 'not json at all');
    await service().start();
    expect(posts()).toHaveLength(1);
    expect(logger.text()).toMatch(/not a valid digest state/);
    expect(JSON.parse(readFileSync(join(dataDir, 'digest-state.json'), 'utf8')).last.slot).toBe(
      '2026-11-24T08:00:00.000Z',
    );
  });

  it('counts articles new since the last digest posted', async () => {
    fakeClock('2026-11-24T09:00:00Z');
    writeFileSync(
      join(dataDir, 'digest-state.json'),
      JSON.stringify({
        version: 1,
        last: {
          slot: '2026-11-23T08:00:00.000Z',
          postedAt: 'x',
          channel: 'C0DIGEST',
          articleIds: ['000_10f5d5b3268c17aa'],
        },
      }),
    );
    await service().start();
    expect(posts()[0]?.args.text).toMatch(/3 new since the last digest/);
  });
});

describe('DigestService when the state store fails', () => {
  /** A store in memory whose writes fail while `down` says so (Redis killed, a full disk). */
  function flakyStore(down: () => boolean): DigestStateStore & { state: DigestState; writes: number } {
    const store = {
      state: { version: 1 } as DigestState,
      writes: 0,
      read: async () => store.state,
      write: async (next: DigestState) => {
        store.writes++;
        if (down()) throw new Error('Connection is closed.');
        store.state = next;
      },
    };
    return store;
  }
  const serviceWith = (store: DigestStateStore) => {
    const s = new DigestService({
      index,
      store,
      logger,
      cron: '0 8 * * *',
      timezone: 'UTC',
      channel: 'C0DIGEST',
      poster: client,
      retries: 3,
      backoffMs: 10,
    });
    services.push(s);
    return s;
  };
  const slot = new Date('2026-11-24T08:00:00Z');

  it('posts a slot once when the store fails between the post and its record, also after a restart', async () => {
    // Every write once the post went out fails, as when Redis dies as it goes out.
    const store = flakyStore(() => posts().length > 0);
    expect(await serviceWith(store).postSlot(slot)).toBe('posted');
    expect(posts()).toHaveLength(1);
    expect(logger.text()).toMatch(/was posted, but what it covered could not be recorded/);
    // Restarted, the store back: the slot is known as taken.
    const back = flakyStore(() => false);
    back.state = store.state;
    expect(await serviceWith(back).postSlot(slot)).toBe('already-posted');
    expect(posts()).toHaveLength(1);
  });

  it('records what was posted once the store is back, without posting again', async () => {
    let failures = 0; // down for two tries once the post went out
    const store = flakyStore(() => posts().length > 0 && failures++ < 2);
    expect(await serviceWith(store).postSlot(slot)).toBe('posted');
    expect(posts()).toHaveLength(1);
    expect(store.state.last?.slot).toBe('2026-11-24T08:00:00.000Z');
  });

  it('skips a slot it cannot record before posting, and says so', async () => {
    const store = flakyStore(() => true);
    expect(await serviceWith(store).postSlot(slot)).toBe('failed');
    expect(posts()).toHaveLength(0);
    expect(logger.text()).toMatch(/could not be recorded first/);
  });
});

describe('lastSlotToday', () => {
  const match = (cron: string) => ({
    match: (d: Date) =>
      d.getUTCHours() === 8 &&
      d.getUTCMinutes() === 0 &&
      (cron.split(' ').length === 5 || d.getUTCSeconds() === 0),
  });
  it('finds today’s slot before now, and none before the first', () => {
    expect(
      lastSlotToday(match('0 8 * * *'), '0 8 * * *', 'UTC', new Date('2026-11-24T10:00:30Z'))?.toISOString(),
    ).toBe('2026-11-24T08:00:00.000Z');
    expect(
      lastSlotToday(match('0 8 * * *'), '0 8 * * *', 'UTC', new Date('2026-11-24T07:59:59Z')),
    ).toBeUndefined();
  });

  it('on stop, gives up a slot waiting to retry and releases its claim, without waiting out the backoff', async () => {
    slack.fail('chat.postMessage', { error: 'channel_not_found' });
    const released: string[] = [];
    const s = new DigestService({
      index,
      store: new FileDigestStateStore(dataDir, logger),
      logger,
      cron: '0 8 * * *',
      timezone: 'UTC',
      channel: 'C0DIGEST',
      poster: client,
      retries: 3,
      backoffMs: 60_000,
      claim: async () => true,
      release: async (slot) => {
        released.push(slot);
      },
    });
    const outcome = s.postSlot(new Date('2026-11-24T08:00:00Z'));
    await until(() => slack.callsTo('chat.postMessage').length === 1);
    const started = Date.now();
    await s.stop();
    expect(await outcome).toBe('failed');
    expect(Date.now() - started).toBeLessThan(5000);
    expect(released).toEqual(['2026-11-24T08:00:00.000Z']);
    expect(slack.callsTo('chat.postMessage')).toHaveLength(1);
    expect(logger.text()).toMatch(/claim released/);
  });
});

describe('DigestService while the coverage grows', () => {
  it('calls an article indexed while a digest is being posted new in the next digest', async () => {
    const growing = indexOf({
      'a/1':
        'Council approves bridge repair\n\nThe council approved £42 million to repair the bridge on Monday.\n',
    });
    let state: DigestState = { version: 1 };
    const store: DigestStateStore = {
      read: async () => state,
      write: async (next) => {
        state = next;
      },
    };
    let added = false;
    // The article arrives (a feed, an `add`) while the first post is on its way to Slack.
    const poster = {
      chat: {
        postMessage: async (args: Parameters<WebClient['chat']['postMessage']>[0]) => {
          if (!added) {
            added = true;
            growing.upsert(
              article(
                'a/2',
                'Ferry adds night crossings\n\nThe ferry now sails every 20 minutes through the night.\n',
              ),
            );
          }
          return client.chat.postMessage(args);
        },
      },
    } as unknown as WebClient;
    const s = new DigestService({
      index: growing,
      store,
      logger,
      cron: '0 8 * * *',
      timezone: 'UTC',
      channel: 'C0DIGEST',
      poster,
      retries: 0,
      backoffMs: 10,
    });
    services.push(s);
    expect(await s.postSlot(new Date('2026-11-24T08:00:00Z'))).toBe('posted');
    expect(await s.postSlot(new Date('2026-11-25T08:00:00Z'))).toBe('posted');
    const texts = slack.callsTo('chat.postMessage').map((c) => String(c.args.text));
    expect(texts[0]).not.toMatch(/Ferry adds night crossings/);
    expect(texts[1]).toMatch(/1 new since the last digest/);
  });
});
