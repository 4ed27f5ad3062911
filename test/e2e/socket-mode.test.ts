/** The real Bolt app in Socket Mode, connected to the stand-in's WebSocket server on loopback. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Bot, startBot } from '../../src/bot.js';
import { parseConfig } from '../../src/config.js';
import { recordingLogger } from '../helpers/logger.js';
import { eventEnvelope, mention } from '../stand-in/requests.js';
import { type StandIn, startStandIn } from '../stand-in/slack.js';

let slack: StandIn;
let bot: Bot;

beforeAll(async () => {
  slack = await startStandIn();
  const config = parseConfig({
    SLACK_BOT_TOKEN: 'xoxb-test-token',
    SLACK_APP_TOKEN: 'xapp-test-token',
    PORT: '0',
    SLACK_API_URL: slack.apiUrl,
    CORPUS_DIR: 'seeds',
    DATA_DIR: mkdtempSync(join(tmpdir(), 'data-')),
  });
  bot = await startBot(config, { logger: recordingLogger() });
  await slack.waitFor(() => slack.socket.open() > 0);
});

afterAll(async () => {
  await bot?.stop();
  await slack?.close();
});

describe('Socket Mode', () => {
  it('opens the connection with the app token', () => {
    const open = slack.callsTo('apps.connections.open');
    expect(open.length).toBeGreaterThan(0);
    expect(open[0]?.token).toBe('xapp-test-token');
  });

  it('acks a slash_commands envelope and answers it', async () => {
    const responseUrl = slack.responseUrl();
    const ack = await slack.sendEnvelope('slash_commands', {
      command: '/scaledeal',
      text: 'stake',
      response_url: responseUrl,
      channel_id: 'C0NEWS',
      user_id: 'U0REPORTER',
      team_id: 'T0NEWS',
      api_app_id: 'A0BOT',
      trigger_id: '1.2.3',
    });
    expect(ack.envelope_id).toBeTruthy();
    const { body } = await slack.waitFor(() => slack.responses.find((r) => responseUrl.endsWith(r.id)));
    expect(JSON.stringify(body.blocks)).toMatch(/49%/);
  });

  it('answers a mention delivered over the socket, once per event', async () => {
    const envelope = eventEnvelope('EvS01', mention({ text: '<@UBOT> revenue', ts: '1700000900.000100' }));
    await slack.sendEnvelope('events_api', envelope);
    await slack.sendEnvelope('events_api', envelope);
    const posts = () =>
      slack.callsTo('chat.postMessage').filter((c) => c.args.thread_ts === '1700000900.000100');
    await slack.waitFor(() => posts().length > 0);
    await new Promise((r) => setTimeout(r, 400));
    expect(posts()).toHaveLength(1);
    expect(JSON.stringify(posts()[0]?.args.blocks)).toMatch(/870 million/);
  });

  it('reconnects after Slack sends a disconnect message, and keeps answering', async () => {
    const connects = slack.socket.connects;
    slack.requestDisconnect();
    await slack.waitFor(() => slack.socket.connects > connects && slack.socket.open() > 0, 10_000);
    const responseUrl = slack.responseUrl();
    await slack.sendEnvelope('slash_commands', {
      command: '/scaledeal',
      text: 'founded',
      response_url: responseUrl,
      channel_id: 'C0NEWS',
      user_id: 'U0REPORTER',
      team_id: 'T0NEWS',
      api_app_id: 'A0BOT',
    });
    const { body } = await slack.waitFor(() => slack.responses.find((r) => responseUrl.endsWith(r.id)));
    expect(JSON.stringify(body.blocks)).toMatch(/2016/);
  });
});
