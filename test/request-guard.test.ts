/**
 * What a request to /slack/events must pass before it counts toward the ack gate: a body read
 * whole in time, a signature and timestamp that hold, an object for a body, and a form body
 * taken once. Against the real bot over HTTP, and the guard alone for the time limit.
 */
import { createServer, type Server } from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RequestGuard } from '../src/request-guard.js';
import { SECRET, startTestBot, type TestBot } from './helpers/bot.js';
import { postSigned, signatureHeaders, slashCommandBody } from './stand-in/requests.js';

let test: TestBot;

beforeAll(async () => {
  test = await startTestBot();
}, 30_000);

afterAll(async () => {
  await test?.stop();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A signed /scaledeal command; its reply, once the bot sends it. */
function commandBody(text: string) {
  const responseUrl = test.slack.responseUrl();
  const id = responseUrl.split('/').pop() ?? '';
  return { body: slashCommandBody({ command: '/scaledeal', text, responseUrl }), id };
}
const repliesTo = (id: string) => test.slack.responses.filter((r) => r.id === id);

/** Opens a request that says it sends `length` bytes and sends one; returns how to end it. */
function slowRequest(port: number, length: number, path = '/slack/events') {
  const socket = connect(port, '127.0.0.1');
  socket.on('error', () => {});
  const closed = new Promise<number>((resolve) => {
    const started = Date.now();
    socket.on('close', () => resolve(Date.now() - started));
  });
  let response = '';
  socket.on('data', (d) => {
    response += String(d);
  });
  socket.write(
    `POST ${path} HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\ncontent-length: ${length}\r\n\r\n{`,
  );
  return { socket, closed, response: () => response };
}

describe('replays and timestamps (issue 22, item 11)', () => {
  it('answers a slash command replayed with the same signature once, acking the copy', async () => {
    const { body, id } = commandBody('valuation');
    const headers = {
      'content-type': 'application/x-www-form-urlencoded',
      ...signatureHeaders(body, SECRET),
    };
    const first = await fetch(test.url, { method: 'POST', headers, body });
    const again = await fetch(test.url, { method: 'POST', headers, body });
    expect([first.status, again.status]).toEqual([200, 200]);
    await test.slack.waitFor(() => repliesTo(id).length > 0);
    await sleep(500);
    expect(repliesTo(id)).toHaveLength(1);
  });

  it('refuses a timestamp 6 minutes in the future with 401, and takes one 30 s ahead (clock skew)', async () => {
    const now = Math.floor(Date.now() / 1000);
    const future = commandBody('valuation');
    const res = await postSigned(test.url, future.body, SECRET, { timestamp: now + 6 * 60 });
    expect(res.status).toBe(401);
    const skewed = commandBody('valuation');
    expect((await postSigned(test.url, skewed.body, SECRET, { timestamp: now + 30 })).status).toBe(200);
    await test.slack.waitFor(() => repliesTo(skewed.id).length > 0);
    await sleep(300);
    expect(repliesTo(future.id)).toHaveLength(0);
    // The server reads its own clock: a second may tick between the test's \`now\` and its check.
    expect(test.logger.text()).toMatch(/Refused a request with a timestamp 3(?:59|60) s in the future/);
  });
});

describe('bodies that are not objects (issue 22, item 4)', () => {
  it('refuses a signed JSON null and payload=null with 400, and answers the next command', async () => {
    const json = await postSigned(test.url, 'null', SECRET, { contentType: 'application/json' });
    const form = await postSigned(test.url, 'payload=null', SECRET);
    const list = await postSigned(test.url, '[1]', SECRET, { contentType: 'application/json' });
    expect([json.status, form.status, list.status]).toEqual([400, 400, 400]);
    const next = commandBody('valuation');
    expect((await postSigned(test.url, next.body, SECRET)).status).toBe(200);
    await test.slack.waitFor(() => repliesTo(next.id).length > 0);
  });
});

describe('a slow client (issue 22, item 1)', () => {
  it('holds no answer back while its body trickles in', async () => {
    const slow = slowRequest(test.bot.port ?? 0, 100_000);
    await sleep(100);
    // With the slow request counted as waiting for its ack, each answer would wait 250 ms.
    const started = Date.now();
    const sent = Array.from({ length: 16 }, () => commandBody('valuation'));
    await Promise.all(sent.map((c) => postSigned(test.url, c.body, SECRET)));
    await test.slack.waitFor(() => sent.every((c) => repliesTo(c.id).length > 0), 10_000);
    expect(Date.now() - started).toBeLessThan(16 * 250 * 0.75);
    slow.socket.destroy();
  });
});

describe('RequestGuard', () => {
  let server: Server;
  let port = 0;
  const warnings: string[] = [];
  beforeAll(async () => {
    const guard = new RequestGuard({ signingSecret: SECRET, readTimeoutMs: 300, bodyLimit: 1000 });
    server = createServer((req, res) => {
      void guard
        .admit(req, res, (m) => warnings.push(m))
        .then((ok) => {
          if (ok) res.writeHead(200).end('admitted');
        });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as { port: number }).port;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('answers 408 and closes the connection of a body not sent within the time limit', async () => {
    const slow = slowRequest(port, 500);
    const closedAfter = await slow.closed;
    expect(closedAfter).toBeGreaterThanOrEqual(250);
    expect(closedAfter).toBeLessThan(2000);
    expect(slow.response()).toMatch(/^HTTP\/1\.1 408/);
    expect(warnings.join('\n')).toMatch(/the body was not sent within 300 ms/);
  });

  it('answers 413 to a body over the limit, and admits a signed one', async () => {
    const big = JSON.stringify({ text: 'x'.repeat(2000) });
    expect((await postSigned(`http://127.0.0.1:${port}/`, big, SECRET)).status).toBe(413);
    const ok = await postSigned(`http://127.0.0.1:${port}/`, '{"type":"event_callback"}', SECRET, {
      contentType: 'application/json',
    });
    expect(await ok.text()).toBe('admitted');
  });
});
