/**
 * `npm start` as a newcomer runs it: a real process configured by the environment, serving signed
 * requests at /slack/events against a loopback Slack stand-in.
 */
import { once } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { npmStart, type Started } from '../helpers/npm-start.js';
import { eventEnvelope, mention, postSigned, slashCommandBody } from '../stand-in/requests.js';
import { type StandIn, startStandIn } from '../stand-in/slack.js';

const SECRET = 'npm-start-secret';
let slack: StandIn;
let bot: Started;

beforeAll(async () => {
  slack = await startStandIn();
  bot = npmStart({
    SLACK_BOT_TOKEN: 'xoxb-npm-start',
    SLACK_SIGNING_SECRET: SECRET,
    PORT: '0',
    SLACK_API_URL: slack.apiUrl,
    CORPUS_DIR: 'seeds',
  });
  await slack.waitFor(() => /Listening on port \d+/.test(bot.output()), 20_000);
}, 30_000);

afterAll(async () => {
  bot?.kill();
  await slack?.close();
});

describe('npm start', () => {
  it('serves signed commands and mentions at /slack/events', async () => {
    const port = /Listening on port (\d+)/.exec(bot.output())?.[1];
    const url = `http://127.0.0.1:${port}/slack/events`;
    const responseUrl = slack.responseUrl();
    const res = await postSigned(
      url,
      slashCommandBody({ command: '/scaledeal', text: 'valuation', responseUrl }),
      SECRET,
    );
    expect(res.status).toBe(200);
    const { body } = await slack.waitFor(() => slack.responses.find((r) => responseUrl.endsWith(r.id)));
    expect(JSON.stringify(body.blocks)).toMatch(/28 billion/);

    const bad = await postSigned(
      url,
      slashCommandBody({ command: '/scaledeal', text: 'x', responseUrl }),
      'wrong-secret',
    );
    expect(bad.status).toBe(401);

    await postSigned(
      url,
      JSON.stringify(eventEnvelope('EvN01', mention({ text: '<@UBOT> stake', ts: '1700001000.000100' }))),
      SECRET,
      {
        contentType: 'application/json',
      },
    );
    const post = await slack.waitFor(() =>
      slack.callsTo('chat.postMessage').find((c) => c.args.thread_ts === '1700001000.000100'),
    );
    expect(JSON.stringify(post.args.blocks)).toMatch(/49%/);
    expect(bot.output()).not.toContain('xoxb-npm-start');
    expect(bot.output()).not.toContain(SECRET);
  });

  it('stops at once with one line naming a bad variable', async () => {
    const bad = npmStart({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's', PORT: 'eighty' });
    const code = await bad.exited;
    const said = bad.output();
    expect(code).toBe(1);
    expect(said.trim()).toMatch(/^factbot: PORT must be a port number from 0 to 65535\.$/);
  });

  it('on a busy port, stops with one line naming PORT and the fix (playground and HTTP mode)', async () => {
    const holder = createServer().listen(0);
    await once(holder, 'listening');
    const port = String((holder.address() as { port: number }).port);
    try {
      for (const env of <Array<Record<string, string>>>[
        { DATA_DIR: mkdtempSync(join(tmpdir(), 'data-')) }, // no credentials: the playground
        { SLACK_BOT_TOKEN: 'xoxb-busy', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: slack.apiUrl },
      ]) {
        const busy = npmStart({ PORT: port, CORPUS_DIR: 'seeds', INDEX_CACHE_DIR: 'none', ...env });
        expect(await busy.exited).toBe(1);
        const lines = busy.output().trim().split('\n');
        expect(lines).toEqual([
          `factbot: port ${port} is already in use (another npm start?): stop that process, or set PORT to a free port, as in PORT=${Number(port) + 1} npm start.`,
        ]);
      }
    } finally {
      holder.close();
    }
  });

  it('in the playground, names only the page’s port', async () => {
    const page = npmStart({ PORT: '0', CORPUS_DIR: 'seeds', DATA_DIR: mkdtempSync(join(tmpdir(), 'data-')) });
    try {
      await slack.waitFor(() => /Playground: open/.test(page.output()), 20_000);
      const port = /open http:\/\/localhost:(\d+)\//.exec(page.output())?.[1];
      expect(port).toBeTruthy();
      const named = [...page.output().matchAll(/(?:\bport |localhost:|127\.0\.0\.1:|\]:)(\d+)/gi)].map(
        (m) => m[1],
      );
      expect(new Set(named)).toEqual(new Set([port]));
      expect(page.output()).toMatch(/Ready: answering \/scaledeal and mentions/);
    } finally {
      page.kill();
      await page.exited;
    }
  });
});
