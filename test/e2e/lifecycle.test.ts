/**
 * How the bot starts, serves under pressure and stops, in both transports, against the stand-in:
 * the health probes (503 before the index is ready, 200 after, 503 while stopping), requests during
 * start-up (HTTP: acked at once, answered once the index is ready; Socket Mode: no connection before
 * then), answers off the ack path, the busy reply past the queue's limit, and a graceful stop that
 * answers what was acked.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { type Bot, type StartOptions, startBot } from '../../src/bot.js';
import { parseConfig } from '../../src/config.js';
import { BUSY_TEXT, WAIT_TEXT } from '../../src/listeners/queue.js';
import { SECRET, testEnv } from '../helpers/bot.js';
import { recordingLogger } from '../helpers/logger.js';
import { probe, probeUntil, slowResponses } from '../helpers/slow-respond.js';
import { eventEnvelope, mention, postSigned, slashCommandBody } from '../stand-in/requests.js';
import { type StandIn, startStandIn } from '../stand-in/slack.js';

let slack: StandIn | undefined;
let bot: Bot | undefined;

afterEach(async () => {
  await bot?.stop();
  await slack?.close();
  bot = undefined;
  slack = undefined;
});

async function start(mode: 'http' | 'socket', options: StartOptions = {}) {
  slack = await startStandIn();
  const config = parseConfig(
    testEnv(slack, mode === 'socket' ? { SLACK_APP_TOKEN: 'xapp-lifecycle-token' } : {}),
  );
  const started = await startBot(config, { logger: recordingLogger(), ...options });
  bot = started;
  if (mode === 'socket') await slack.waitFor(() => (slack?.socket.open() ?? 0) > 0);
  return { slack, bot: started };
}

const commandTo = (port: number | undefined, text: string, responseUrl: string) =>
  postSigned(
    `http://127.0.0.1:${port}/slack/events`,
    slashCommandBody({ command: '/scaledeal', text, responseUrl }),
    SECRET,
  );

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The stand-in of the test running, from inside a `beforeIndex` (start() has made it by then). */
function standIn(): StandIn {
  if (!slack) throw new Error('no stand-in yet');
  return slack;
}

describe.each(['http', 'socket'] as const)('health probes and graceful stop (%s)', (mode) => {
  it('answers /readyz 503 until the index is ready, 200 after, 503 while stopping; /healthz 200 throughout', async () => {
    const before: Array<{ status: number; body: string }> = [];
    let slackBefore = 0;
    const { slack, bot } = await start(mode, {
      beforeIndex: async (port) => {
        before.push(await probe(port, '/healthz'), await probe(port, '/readyz'));
        if (mode === 'http') slackBefore = (await commandTo(port, 'valuation', 'http://127.0.0.1:9/')).status;
      },
    });
    expect(before.map((p) => p.status)).toEqual([200, 503]);
    expect(before[1]?.body).toMatch(/starting/);
    if (mode === 'http') expect(slackBefore).toBe(200); // acked; answered once ready (below)
    expect(bot.healthPort).toBeGreaterThan(0);

    // Socket Mode: a reconnect on a loaded machine (a late pong) is 503 for its moment, rightly.
    const ready = await probeUntil(bot.healthPort, '/readyz', 200);
    expect(ready.status).toBe(200);
    for (const p of [ready, await probe(bot.healthPort, '/healthz')]) {
      expect(p.body).not.toMatch(/xoxb|xapp|secret|seeds|redis/i);
      expect(p.body.length).toBeLessThan(40);
    }

    // A command acked whose answer is on its way when the stop begins.
    const slow = slowResponses(slack);
    if (mode === 'http') expect((await commandTo(bot.port, 'stake', slow.url())).status).toBe(200);
    else
      expect(
        await slack.sendEnvelope('slash_commands', {
          command: '/scaledeal',
          text: 'stake',
          response_url: slow.url(),
          channel_id: 'C0NEWS',
          user_id: 'U0REPORTER',
        }),
      ).toHaveProperty('envelope_id');
    await slack.waitFor(() => slow.arrived.length === 1);

    let stopped = false;
    const stopping = bot.stop().then(() => {
      stopped = true;
    });
    await sleep(100);
    expect(await probe(bot.healthPort, '/readyz')).toMatchObject({ status: 503 });
    expect((await probe(bot.healthPort, '/readyz')).body).toMatch(/stopping/);
    expect((await probe(bot.healthPort, '/healthz')).status).toBe(200);
    if (mode === 'http') expect((await commandTo(bot.port, 'revenue', slack.responseUrl())).status).toBe(503);
    else expect(slack.socket.open()).toBe(0); // disconnected: Slack sends new envelopes elsewhere
    expect(stopped).toBe(false);

    slow.release();
    await stopping;
    expect(slow.delivered).toHaveLength(1);
    expect(JSON.stringify(slow.delivered[0]?.blocks)).toMatch(/49%/);
    await expect(probe(bot.healthPort, '/healthz')).rejects.toThrow();
  });
});

describe('a request while the index is being built', () => {
  it('HTTP: a command and a mention are acked at once, told the answer follows after a second, and answered once ready', async () => {
    const early = { status: 0, ackMs: 0, url: '', mention: 0 };
    await start('http', {
      beforeIndex: async (port) => {
        const slack = standIn();
        early.url = slack.responseUrl();
        const sent = Date.now();
        early.status = (await commandTo(port, 'valuation', early.url)).status;
        early.ackMs = Date.now() - sent;
        early.mention = (
          await postSigned(
            `http://127.0.0.1:${port}/slack/events`,
            JSON.stringify(
              eventEnvelope('EvEarly1', mention({ text: '<@UBOT> stake', ts: '1700003000.000100' })),
            ),
            SECRET,
            { contentType: 'application/json' },
          )
        ).status;
        // The index takes a while: past a second, each asker is told the answer follows.
        await slack.waitFor(
          () =>
            slack.callsTo('chat.postEphemeral').length > 0 &&
            slack.responses.some((r) => early.url.endsWith(r.id)),
          5000,
        );
        expect(slack.responses.filter((r) => early.url.endsWith(r.id)).map((r) => r.body.text)).toEqual([
          WAIT_TEXT,
        ]);
        expect(slack.callsTo('chat.postMessage')).toHaveLength(0); // nothing answered before the index
      },
    });
    const slack = standIn();
    expect(early).toMatchObject({ status: 200, mention: 200 });
    expect(early.ackMs).toBeLessThan(1000);
    const said = await slack.waitFor(() => {
      const r = slack.responses.filter((x) => early.url.endsWith(x.id));
      return r.length === 2 ? r : undefined;
    });
    expect(said[0]?.body).toMatchObject({ response_type: 'ephemeral', text: WAIT_TEXT });
    expect(JSON.stringify(said[1]?.body.blocks)).toMatch(/28 billion/);
    expect(slack.callsTo('chat.postEphemeral')[0]?.args).toMatchObject({
      thread_ts: '1700003000.000100',
      user: 'U0REPORTER',
      text: WAIT_TEXT,
    });
    const answer = await slack.waitFor(() =>
      slack.callsTo('chat.postMessage').find((c) => c.args.thread_ts === '1700003000.000100'),
    );
    expect(JSON.stringify(answer.args.blocks)).toMatch(/49%/);
  });

  it('Socket Mode: the connection to Slack opens only once the index is ready', async () => {
    const during = { opens: -1, sockets: -1 };
    const { slack, bot } = await start('socket', {
      beforeIndex: async () => {
        await sleep(300);
        during.opens = standIn().callsTo('apps.connections.open').length;
        during.sockets = standIn().socket.connects;
      },
    });
    expect(during).toEqual({ opens: 0, sockets: 0 });
    expect(bot.index.articleCount).toBeGreaterThan(0);
    expect(slack.callsTo('apps.connections.open').length).toBeGreaterThan(0);
  });
});

describe('Socket Mode readiness', () => {
  it('answers /readyz 503 while the connection to Slack is down, 200 once it is back', async () => {
    const { slack, bot } = await start('socket');
    expect((await probe(bot.healthPort, '/readyz')).status).toBe(200);
    const connects = slack.socket.connects;
    slack.requestDisconnect();
    await slack.waitFor(() => slack.socket.open() === 0);
    const down = await probeUntil(bot.healthPort, '/readyz', 503);
    expect(down).toMatchObject({ status: 503 });
    expect(down.body).toMatch(/disconnected/);
    expect((await probe(bot.healthPort, '/healthz')).status).toBe(200);
    await slack.waitFor(() => slack.socket.connects > connects && slack.socket.open() > 0, 15_000);
    expect((await probeUntil(bot.healthPort, '/readyz', 200, 2_500)).status).toBe(200);
  });
});

describe('the queue', () => {
  it('acks at once, answers each request once, and says busy past its limit', async () => {
    const { slack, bot } = await start('http', { queue: { concurrency: 1, limit: 1 } });
    const slow = slowResponses(slack);
    // a runs (its answer held), b waits in the queue, c finds it full.
    expect((await commandTo(bot.port, 'valuation', slow.url())).status).toBe(200);
    await slack.waitFor(() => slow.arrived.length === 1);
    expect((await commandTo(bot.port, 'stake', slow.url())).status).toBe(200);
    const busyUrl = slack.responseUrl();
    const started = Date.now();
    expect((await commandTo(bot.port, 'revenue', busyUrl)).status).toBe(200);
    expect(Date.now() - started).toBeLessThan(1000);
    const busy = await slack.waitFor(() => slack.responses.find((r) => busyUrl.endsWith(r.id)));
    expect(busy.body).toMatchObject({ response_type: 'ephemeral', text: BUSY_TEXT });

    // A mention when the queue is full: an ephemeral busy note in its thread, no answer.
    await postSigned(
      `http://127.0.0.1:${bot.port}/slack/events`,
      JSON.stringify(eventEnvelope('EvBusy1', mention({ text: '<@UBOT> stake', ts: '1700002000.000100' }))),
      SECRET,
      { contentType: 'application/json' },
    );
    const note = await slack.waitFor(() => slack.callsTo('chat.postEphemeral')[0]);
    expect(note.args).toMatchObject({ thread_ts: '1700002000.000100', user: 'U0REPORTER', text: BUSY_TEXT });

    slow.release();
    await bot.work.drain();
    await sleep(200);
    expect(slow.delivered.map((b) => JSON.stringify(b.blocks))).toEqual([
      expect.stringMatching(/28 billion/),
      expect.stringMatching(/49%/),
    ]);
    expect(slack.responses.filter((r) => busyUrl.endsWith(r.id))).toHaveLength(1);
    expect(
      slack.callsTo('chat.postMessage').filter((c) => c.args.thread_ts === '1700002000.000100'),
    ).toHaveLength(0);
  });
});
