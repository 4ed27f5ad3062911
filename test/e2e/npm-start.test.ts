/**
 * `npm start` as a newcomer runs it: a real process configured by the environment, serving signed
 * requests at /slack/events against a loopback Slack stand-in.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventEnvelope, mention, postSigned, slashCommandBody } from '../stand-in/requests.js';
import { type StandIn, startStandIn } from '../stand-in/slack.js';

const SECRET = 'npm-start-secret';
let slack: StandIn;
let bot: ChildProcess;
let output = '';

function start(env: Record<string, string>): ChildProcess {
  const child = spawn('npm', ['start', '--silent'], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d) => {
    output += String(d);
  });
  child.stderr?.on('data', (d) => {
    output += String(d);
  });
  return child;
}

const stop = (child: ChildProcess | undefined) => {
  if (child?.pid && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
};

beforeAll(async () => {
  slack = await startStandIn();
  bot = start({
    SLACK_BOT_TOKEN: 'xoxb-npm-start',
    SLACK_SIGNING_SECRET: SECRET,
    PORT: '0',
    SLACK_API_URL: slack.apiUrl,
    CORPUS_DIR: 'seeds',
  });
  await slack.waitFor(() => /Listening on port \d+/.test(output), 20_000);
}, 30_000);

afterAll(async () => {
  stop(bot);
  await slack?.close();
});

describe('npm start', () => {
  it('serves signed commands and mentions at /slack/events', async () => {
    const port = /Listening on port (\d+)/.exec(output)?.[1];
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
    expect(output).not.toContain('xoxb-npm-start');
    expect(output).not.toContain(SECRET);
  });

  it('stops at once with one line naming a bad variable', async () => {
    let said = '';
    const child = spawn('npm', ['start', '--silent'], {
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        SLACK_BOT_TOKEN: 'xoxb-1',
        SLACK_SIGNING_SECRET: 's',
        PORT: 'eighty',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stderr?.on('data', (d) => {
      said += String(d);
    });
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(1);
    expect(said.trim()).toMatch(/^factbot: PORT must be a port number from 0 to 65535\.$/);
  });
});
