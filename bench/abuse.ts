/**
 * npm run bench:abuse -- [--cwd DIR] [--rows 1,2,...] [--json]
 *
 * Tries the 13 abuses of issue 22 against the bot as `npm start` runs it (`node dist/app.js` in
 * `--cwd`, default this checkout: `--cwd /work/base` for the code before), in processes of its
 * own, in HTTP mode against the Slack stand-in, on loopback only, with Redis servers of its own
 * (`redis-server` on free ports, never another's). Every row is bounded in count and time; the
 * whole run stops by itself (a few minutes). Prints a table: what was tried, what happened,
 * pass or fail; exits 1 when a row fails.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  unlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type IncomingMessage, request, type Server } from 'node:http';
import { connect, createServer as createNetServer, type Socket } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Redis } from 'ioredis';
import {
  buttonClick,
  eventEnvelope,
  mention,
  signatureHeaders,
  slashCommandBody,
} from '../src/playground/requests.js';
import { createStandIn, type SlackStandIn } from '../src/playground/stand-in.js';
import { testRedis } from '../test/helpers/redis.js';
import { args, option } from './options.js';

const botDir = resolve(option('cwd', '.'));
const only = new Set(
  option('rows', '1,2,3,4,5,6,7,8,9,10,11,12,13')
    .split(',')
    .map((r) => Number(r.trim())),
);
const json = args.includes('--json');
const BBC = resolve('../shared/corpora/bbc');
const SEEDS = resolve('seeds');
const say = (line: string) => {
  if (!json) process.stderr.write(`${line}\n`);
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Row {
  n: number;
  tried: string;
  happened: string;
  pass: boolean | 'n/a';
}
const rows: Row[] = [];

// ---------------------------------------------------------------------------------------------
// Helpers: free ports, Redis, the bot, requests.

async function freePort(): Promise<number> {
  const server = createNetServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  await new Promise((r) => server.close(r));
  return port;
}

const secret = randomBytes(16).toString('hex');
let slack: SlackStandIn;

interface RunningBot {
  port: number;
  url: string;
  proc: ChildProcess;
  output(): string;
  exited: Promise<number | null>;
  /** SIGTERM; ms until it exited (SIGKILL after `limitMs`, then the limit is returned as the time). */
  term(limitMs?: number): Promise<{ ms: number; killed: boolean }>;
}

const tmp = (name: string) => mkdtempSync(join(tmpdir(), `abuse-${name}-`));
const seedsCopy = () => {
  const dir = tmp('seeds');
  cpSync(SEEDS, dir, { recursive: true });
  chmodSync(dir, 0o755);
  return dir;
};

/** The bot of `botDir`, compiled, in a process of its own; resolves once it listens (or rejects). */
async function startBot(
  env: Record<string, string>,
  options: { uid?: number; waitMs?: number } = {},
): Promise<RunningBot> {
  let out = '';
  const chosen = await freePort();
  // BOT_NODE_ARGS="--cpu-prof" profiles the bots.
  const nodeArgs = process.env.BOT_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
  const proc = spawn(process.execPath, [...nodeArgs, '--enable-source-maps', 'dist/app.js'], {
    cwd: botDir,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: tmpdir(),
      SLACK_BOT_TOKEN: 'xoxb-abuse',
      SLACK_SIGNING_SECRET: secret,
      SLACK_API_URL: slack.apiUrl,
      PORT: String(chosen),
      // A copy of the seeds: `add` writes pages into the story folder.
      CORPUS_DIR: seedsCopy(),
      INDEX_CACHE_DIR: 'none',
      DATA_DIR: tmp('data'),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(options.uid !== undefined ? { uid: options.uid, gid: options.uid } : {}),
  });
  proc.stdout?.on('data', (d) => {
    out += String(d);
  });
  proc.stderr?.on('data', (d) => {
    out += String(d);
  });
  const exited = new Promise<number | null>((ok) => proc.on('exit', (code) => ok(code)));
  // Ready: /readyz answers 200 once the index is built (whatever LOG_LEVEL lets the log say).
  const limit = options.waitMs ?? 60_000;
  const until = Date.now() + limit;
  for (;;) {
    if (proc.exitCode !== null || proc.signalCode)
      throw new Error(
        `the bot exited (${proc.exitCode ?? proc.signalCode}) before it was ready: ${out.slice(-600)}`,
      );
    if ((await get(`http://127.0.0.1:${chosen}/readyz`, 2000)).status === 200) break;
    if (Date.now() > until) {
      proc.kill('SIGKILL');
      throw new Error(`the bot was not ready within ${limit} ms: ${out.slice(-600)}`);
    }
    await sleep(50);
  }
  const port = chosen;
  const bot: RunningBot = {
    port: Number(port),
    url: `http://127.0.0.1:${port}/slack/events`,
    proc,
    output: () => out,
    exited,
    async term(limitMs = 20_000) {
      if (proc.exitCode !== null || proc.signalCode) return { ms: 0, killed: false };
      const started = performance.now();
      proc.kill('SIGTERM');
      let killed = false;
      const timer = setTimeout(() => {
        killed = true;
        proc.kill('SIGKILL');
      }, limitMs);
      await exited;
      clearTimeout(timer);
      return { ms: killed ? limitMs : performance.now() - started, killed };
    },
  };
  return bot;
}

/** One request on a connection of its own: status, body and ms. */
function send(
  url: string,
  body: string | undefined,
  headers: Record<string, string> = {},
  timeoutMs = 30_000,
): Promise<{ status: number; ms: number; body: string; headers: IncomingMessage['headers'] }> {
  const started = performance.now();
  return new Promise((done) => {
    const req = request(
      url,
      { method: body === undefined ? 'GET' : 'POST', agent: false, headers, timeout: timeoutMs },
      (res) => {
        let text = '';
        res.on('data', (d) => {
          text += String(d);
        });
        res.on('end', () =>
          done({
            status: res.statusCode ?? 0,
            ms: performance.now() - started,
            body: text,
            headers: res.headers,
          }),
        );
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', () => done({ status: 0, ms: performance.now() - started, body: '', headers: {} }));
    req.end(body);
  });
}
const get = (url: string, timeoutMs = 30_000) => send(url, undefined, {}, timeoutMs);
const form = { 'content-type': 'application/x-www-form-urlencoded' };

/** A signed slash command; its response URL's id. */
function command(bot: RunningBot, text: string, timestamp?: number) {
  const responseUrl = slack.responseUrl();
  const id = responseUrl.split('/').pop() ?? '';
  const body = slashCommandBody({ command: '/scaledeal', text, responseUrl });
  const headers = { ...form, ...signatureHeaders(body, secret, timestamp) };
  return { id, body, headers, sent: send(bot.url, body, headers) };
}
const replies = (id: string) => slack.responses.filter((r) => r.id === id);
const replyText = (id: string) =>
  replies(id)
    .map((r) => `${r.body.text ?? ''} ${JSON.stringify(r.body.blocks ?? [])}`)
    .join('\n');
async function answered(ids: string[], timeoutMs: number): Promise<number> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until && !ids.every((id) => replies(id).length > 0)) await sleep(20);
  return ids.filter((id) => replies(id).length > 0).length;
}

/** The value of a reply's Not helpful button. */
function notHelpfulValue(id: string): string {
  const blocks = (replies(id)[0]?.body.blocks ?? []) as Array<{
    elements?: Array<{ action_id?: string; value?: string }>;
  }>;
  const value = blocks
    .flatMap((b) => b.elements ?? [])
    .find((e) => e.action_id === 'feedback_not_helpful')?.value;
  if (!value) throw new Error('no feedback button on the answer');
  return value;
}

/** Opens a POST to /slack/events that announces `length` bytes and sends one a second. */
function slowClient(port: number, length = 100_000): { socket: Socket; closed: Promise<void> } {
  const socket = connect(port, '127.0.0.1');
  socket.on('error', () => {});
  socket.write(
    `POST /slack/events HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\ncontent-length: ${length}\r\n\r\n`,
  );
  const timer = setInterval(() => socket.write('x'), 1000);
  const closed = new Promise<void>((ok) =>
    socket.on('close', () => {
      clearInterval(timer);
      ok();
    }),
  );
  return { socket, closed };
}

/** A web site on loopback: an article page, a page with styled words, pages that never answer. */
async function startSite() {
  const seen: Array<{ path: string; authorization?: string }> = [];
  const hanging: Array<() => void> = [];
  const page = (title: string, words: string) =>
    `<html><head><title>${title}</title><meta property="og:site_name" content="Loopback News"></head><body><article><h1>${title}</h1>${[
      1, 2, 3, 4, 5,
    ]
      .map(
        (i) =>
          `<p>${words} The board of Quillfeather Holdings met on Tuesday ${i} and agreed a plan worth $${i}bn, its chairman said in a statement to shareholders.</p>`,
      )
      .join('')}</article></body></html>`;
  const server: Server = createServer((req, res) => {
    seen.push({
      path: req.url ?? '',
      ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
    });
    if (req.url?.startsWith('/hang')) {
      hanging.push(() => res.destroy());
      return; // never answers
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    if (req.url?.startsWith('/styled'))
      res.end(
        page('Quillfeather *bold* _leans_ ~struck~ deal', 'Quillfeather said *nothing* _new_ ~today~.'),
      );
    else res.end(page('Quillfeather agrees plan', 'Quillfeather Holdings agreed the plan.'));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  return {
    origin,
    seen,
    close: async () => {
      for (const end of hanging) end();
      await new Promise((r) => server.close(r));
    },
  };
}

const fmt = (ms: number) => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`);

async function row(
  n: number,
  tried: string,
  work: () => Promise<{ happened: string; pass: boolean | 'n/a' }>,
) {
  if (!only.has(n)) return;
  say(`row ${n}: ${tried}`);
  const started = Date.now();
  try {
    const { happened, pass } = await work();
    rows.push({ n, tried, happened, pass });
  } catch (error) {
    rows.push({
      n,
      tried,
      happened: `the bench could not run it: ${(error as Error).message.slice(0, 300)}`,
      pass: false,
    });
  }
  say(
    `  ${rows.at(-1)?.pass === true ? 'pass' : rows.at(-1)?.pass === 'n/a' ? 'n/a' : 'FAIL'}: ${rows.at(-1)?.happened} (${((Date.now() - started) / 1000).toFixed(0)} s)`,
  );
}

// ---------------------------------------------------------------------------------------------

slack = createStandIn();
await slack.listen();
const site = await startSite();
const cleanup: Array<() => Promise<unknown> | unknown> = [];

try {
  // 1. A slow unauthenticated request and 300 signed commands.
  await row(
    1,
    'one POST announcing 100,000 bytes and sending 1 byte/s kept open; 300 signed commands at once, timed against 300 without it',
    async () => {
      const bot = await startBot({});
      cleanup.push(() => bot.term());
      const burst = async (limitMs: number) => {
        const started = performance.now();
        const sent = Array.from({ length: 300 }, (_, i) =>
          command(bot, ['valuation', 'stake', 'revenue', 'who is the founder?'][i % 4] ?? 'valuation'),
        );
        const got = await answered(
          sent.map((c) => c.id),
          limitMs,
        );
        return { ms: performance.now() - started, got };
      };
      await burst(30_000); // warm-up
      const without: number[] = [];
      const withSlow: number[] = [];
      let got = 300;
      for (let round = 0; round < 3; round++) {
        without.push((await burst(30_000)).ms);
        // One slow request open the whole time: a new one as soon as one is cut off.
        let open = true;
        let current = slowClient(bot.port);
        const keep = (async () => {
          while (open) {
            await current.closed;
            if (open) current = slowClient(bot.port);
          }
        })();
        await sleep(200);
        const b = await burst(30_000);
        open = false;
        current.socket.destroy();
        await keep;
        withSlow.push(b.ms);
        got = Math.min(got, b.got);
        if (b.got < 300) break; // capped: no second round
      }
      await bot.term();
      const median = (xs: number[]) =>
        [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] ?? Number.NaN;
      const ratio = median(withSlow) / median(without);
      return {
        happened: `without: ${without.map(fmt).join(', ')}; with the slow request open: ${withSlow.map(fmt).join(', ')}${got < 300 ? ` (only ${got}/300 answered within 30 s)` : ''}; ratio ${ratio.toFixed(2)} (goal ≤ 1.2)`,
        pass: got === 300 && ratio <= 1.2,
      };
    },
  );

  // 2. A 1 MB word: /healthz meanwhile, then SIGTERM.
  await row(
    2,
    "a signed command 'valuation' + one 1 MB word; /healthz polled while it is answered; then SIGTERM",
    async () => {
      const bot = await startBot({});
      // Control: /healthz with nothing in flight, for the machine's own delay.
      let control = 0;
      for (let i = 0; i < 40; i++) {
        control = Math.max(control, (await get(`http://127.0.0.1:${bot.port}/healthz`, 5000)).ms);
        await sleep(10);
      }
      const c = command(bot, `valuation ${'x'.repeat(1_000_000)}`);
      let worst = 0;
      let polls = 0;
      const started = Date.now();
      // Polls until the answer came and 500 ms more, or 12 s.
      let doneAt: number | undefined;
      while (Date.now() - started < 12_000 && (doneAt === undefined || Date.now() - doneAt < 500)) {
        const h = await get(`http://127.0.0.1:${bot.port}/healthz`, 12_000);
        worst = Math.max(worst, h.ms);
        polls++;
        if (doneAt === undefined && replies(c.id).length > 0) doneAt = Date.now();
        await sleep(10);
      }
      const ack = await c.sent;
      const stop = await bot.term(20_000);
      return {
        happened: `ack ${ack.status} in ${fmt(ack.ms)}; ${doneAt ? `answered after ${fmt(doneAt - started)}` : 'no answer within 12 s'}; slowest /healthz of ${polls}: ${fmt(worst)} (of 40 before it: ${fmt(control)}); SIGTERM: ${stop.killed ? 'still running after 20 s (SIGKILL)' : `exited in ${fmt(stop.ms)}`}`,
        pass: worst <= 100 && !stop.killed && stop.ms <= 10_000 && doneAt !== undefined,
      };
    },
  );

  // 3. Redis killed as the digest post goes out.
  await row(
    3,
    'digest scheduled with Redis; Redis SIGKILLed the moment the post reaches Slack, back 3 s later; posts of that slot counted for 20 s',
    async () => {
      const redis = await testRedis();
      cleanup.push(() => redis.stop());
      const channel = `CDIGEST${Date.now().toString(36)}`;
      const at = new Date(Date.now() + 12_000);
      const cron = `${at.getUTCSeconds()} ${at.getUTCMinutes()} ${at.getUTCHours()} * * *`;
      let killedAt: number | undefined;
      slack.onMessage((m) => {
        if (m.channel === channel && killedAt === undefined) {
          redis.kill(); // before the stand-in answers the post
          killedAt = Date.now();
          setTimeout(() => void redis.start(), 3000);
        }
      });
      const bot = await startBot({
        REDIS_URL: redis.url,
        DIGEST_CHANNEL: channel,
        DIGEST_CRON: cron,
        DIGEST_TIMEZONE: 'UTC',
      });
      const posts = () => slack.callsTo('chat.postMessage').filter((c) => c.args.channel === channel).length;
      await slack.waitFor(() => killedAt !== undefined, 40_000);
      while (Date.now() - (killedAt ?? 0) < 20_000) await sleep(200);
      const count = posts();
      await bot.term();
      await redis.stop();
      return {
        happened: `${count} post(s) of the slot (${cron} UTC)${/could not be recorded/.test(bot.output()) ? '; the log says its record could not be written' : ''}`,
        pass: count <= 1,
      };
    },
  );

  // 5. Redis down, each event delivered to one replica and retried to the other.
  await row(
    5,
    'two replicas on one Redis, Redis SIGKILLed; 30 mentions, each delivered to replica A and its retry (x-slack-retry-num: 1) to B',
    async () => {
      const redis = await testRedis();
      cleanup.push(() => redis.stop());
      const [a, b] = await Promise.all([
        startBot({ REDIS_URL: redis.url }),
        startBot({ REDIS_URL: redis.url }),
      ]);
      cleanup.push(
        () => a.term(),
        () => b.term(),
      );
      await redis.stop();
      await sleep(500);
      const base = 1_900_000_000 + Math.floor(Math.random() * 1_000_000);
      const ts = Array.from({ length: 30 }, (_, i) => `${base + i}.000100`);
      await Promise.all(
        ts.map(async (t, i) => {
          const body = JSON.stringify(
            eventEnvelope(`EvAbuse${base}${i}`, mention({ text: '<@UBOT> valuation', ts: t })),
          );
          await send(a.url, body, { 'content-type': 'application/json', ...signatureHeaders(body, secret) });
          await send(b.url, body, {
            'content-type': 'application/json',
            ...signatureHeaders(body, secret),
            'x-slack-retry-num': '1',
            'x-slack-retry-reason': 'http_timeout',
          });
        }),
      );
      const answers = (t: string) =>
        slack.callsTo('chat.postMessage').filter((c) => c.args.thread_ts === t).length;
      const until = Date.now() + 30_000;
      while (Date.now() < until && !ts.every((t) => answers(t) > 0)) await sleep(100);
      await sleep(2000);
      const once = ts.filter((t) => answers(t) === 1).length;
      const twice = ts.filter((t) => answers(t) > 1).length;
      await Promise.all([a.term(), b.term()]);
      return {
        happened: `${once}/30 answered once, ${twice} twice, ${30 - once - twice} not at all`,
        pass: twice === 0 && once === 30,
      };
    },
  );

  // 7. An unreadable sub-folder.
  await row(
    7,
    'a corpus with a sub-folder no one may read (chmod 000; the bot run as nobody when the bench is root)',
    async () => {
      const corpus = tmp('corpus7');
      chmodSync(corpus, 0o755);
      cpSync(SEEDS, corpus, { recursive: true });
      mkdirSync(join(corpus, 'locked'));
      writeFileSync(
        join(corpus, 'locked', 'a.txt'),
        'Locked\n\nNothing to see here, said the locked file.\n',
      );
      chmodSync(join(corpus, 'locked'), 0o000);
      const data = tmp('data7');
      chmodSync(data, 0o777);
      const asRoot = process.getuid?.() === 0;
      let bot: RunningBot | undefined;
      let failure = '';
      try {
        bot = await startBot(
          { CORPUS_DIR: corpus, DATA_DIR: data },
          { ...(asRoot ? { uid: 65534 } : {}), waitMs: 30_000 },
        );
      } catch (error) {
        failure = (error as Error).message;
      }
      chmodSync(join(corpus, 'locked'), 0o755);
      const out = bot?.output() ?? failure;
      const skipped = out.split('\n').filter((l) => /Skipped folder locked/.test(l)).length;
      const stack = /scandir|\n\s+at /.test(out);
      const ready = bot ? (await get(`http://127.0.0.1:${bot.port}/readyz`)).status === 200 : false;
      await bot?.term();
      return {
        happened: bot
          ? `started (readyz ${ready ? 200 : 'not 200'}); ${skipped} line(s) naming the folder${stack ? '; a stack trace' : ''}`
          : `start-up aborted: ${/EACCES[^\n]*/.exec(failure)?.[0] ?? failure.slice(0, 120)}${stack ? ' (raw stack trace)' : ''}`,
        pass: Boolean(bot) && ready && skipped === 1 && !stack,
      };
    },
  );

  // 8. A file deleted while the index is first read.
  await row(
    8,
    'the BBC archive and one more article; that file deleted right after the bot read it, before the index was ready; asked about 15 s later',
    async () => {
      const corpus = tmp('corpus8');
      cpSync(BBC, corpus, { recursive: true });
      const target = join(corpus, '0000-gone.txt');
      writeFileSync(
        target,
        'Zorblaxian takeover\n\nThe Zorblaxian consortium agreed a takeover of Quimbletech worth $9bn on Monday.\n',
      );
      const past = new Date('2020-01-01T00:00:00Z');
      utimesSync(target, past, past); // its first read stamps its access time
      let deletedAt: number | undefined;
      const spawned = Date.now();
      const watcher = (async () => {
        while (Date.now() - spawned < 60_000 && deletedAt === undefined) {
          if (statSync(target).atimeMs > past.getTime()) {
            unlinkSync(target);
            deletedAt = Date.now() - spawned;
          } else await sleep(2);
        }
      })();
      const bot = await startBot({ CORPUS_DIR: corpus });
      await watcher;
      if (deletedAt === undefined) throw new Error('the file was never read');
      const readyAt = Date.now() - spawned;
      const indexed = /Indexed (\d+) articles/.exec(bot.output())?.[1];
      await sleep(15_000);
      const c = command(bot, 'Zorblaxian consortium');
      await answered([c.id], 20_000);
      const still = /Zorblaxian consortium agreed/.test(replyText(c.id));
      await bot.term();
      rmSync(corpus, { recursive: true, force: true });
      return {
        happened: `deleted ${fmt(deletedAt)} after spawn, as soon as it was read (its access time changed; ready at ${fmt(readyAt)}, ${indexed} articles indexed); 15 s later ${still ? 'still answered from it' : 'not answered from it'}`,
        pass: !still && deletedAt < readyAt,
      };
    },
  );

  // 9. LOG_LEVEL; and 10b: the local votes file.
  await row(
    9,
    'LOG_LEVEL=error, then LOG_LEVEL=debug: start, one command; lines logged by level',
    async () => {
      const count = async (level: string) => {
        const bot = await startBot({ LOG_LEVEL: level });
        const c = command(bot, 'valuation');
        await answered([c.id], 15_000);
        await bot.term();
        const out = bot.output();
        return { info: (out.match(/\[INFO\]/g) ?? []).length, debug: (out.match(/\[DEBUG\]/g) ?? []).length };
      };
      const error = await count('error');
      const debug = await count('debug');
      return {
        happened: `error: ${error.info} INFO and ${error.debug} DEBUG lines; debug: ${debug.info} INFO and ${debug.debug} DEBUG lines`,
        pass: error.info === 0 && error.debug === 0 && debug.debug > 0,
      };
    },
  );

  // The shared bot for 10-13, 6 and 4 (in that order: 6 leaves pages hanging, 4 may end the process).
  const wanted = [4, 6, 10, 11, 12, 13].some((n) => only.has(n));
  const redis = wanted ? await testRedis() : undefined;
  if (redis) cleanup.push(() => redis.stop());
  const shared =
    wanted && redis ? await startBot({ REDIS_URL: redis.url, ALLOW_PRIVATE_URLS: 'true' }) : undefined;
  if (shared) cleanup.push(() => shared.term());

  await row(
    11,
    'one signed command sent twice (same body and signature); one signed 6 minutes in the future',
    async () => {
      if (!shared) throw new Error('no bot');
      const c = command(shared, 'valuation');
      const first = await c.sent;
      const again = await send(shared.url, c.body, c.headers);
      await answered([c.id], 15_000);
      await sleep(1500);
      const future = command(shared, 'valuation', Math.floor(Date.now() / 1000) + 360);
      const f = await future.sent;
      await sleep(1500);
      return {
        happened: `replay: ${first.status}, ${again.status}, answered ${replies(c.id).length} time(s); future: ${f.status}, answered ${replies(future.id).length} time(s)`,
        pass: replies(c.id).length === 1 && f.status === 401 && replies(future.id).length === 0,
      };
    },
  );

  await row(
    12,
    '`/scaledeal add http://user:pass@127.0.0.1:<port>/story` (ALLOW_PRIVATE_URLS=true, to reach loopback)',
    async () => {
      if (!shared) throw new Error('no bot');
      const before = site.seen.length;
      const c = command(shared, `add ${site.origin.replace('://', '://user:pass@')}/story-credentials`);
      await answered([c.id], 20_000);
      const sentAuth = site.seen.slice(before).filter((s) => s.authorization);
      const text = String(replies(c.id)[0]?.body.text ?? '');
      return {
        happened: `${sentAuth.length ? `the site got ${sentAuth.map((s) => s.authorization).join(', ')}` : `the site got ${site.seen.length - before} request(s), no credentials`}; reply: "${text.slice(0, 110)}"`,
        pass: sentAuth.length === 0 && /user name or password/.test(text) && !/pass@/.test(text),
      };
    },
  );

  await row(
    13,
    'add a page titled "Quillfeather *bold* _leans_ ~struck~ deal": the reply\'s notification text and blocks',
    async () => {
      if (!shared) throw new Error('no bot');
      const c = command(shared, `add ${site.origin}/styled`);
      await answered([c.id], 20_000);
      const body = replies(c.id)[0]?.body ?? {};
      const text = String(body.text ?? '');
      const blocks = JSON.stringify(body.blocks ?? []);
      const doubled = /&amp;lt;|&lt;http/.test(text);
      const styled = /\*bold\*|_leans_|~struck~/.test(`${text}${blocks}`);
      return {
        happened: `notification: "${text.slice(0, 120)}"; ${doubled ? 'escaped twice' : 'escaped once'}; ${styled ? 'markers from the page restyle text' : 'markers shown as text'}`,
        pass: !doubled && !styled && /Added/.test(text),
      };
    },
  );

  await row(
    10,
    'after an add, votes and commands: every key of the bot in its Redis, time to live or cap; a bot without Redis: the votes file at each vote',
    async () => {
      if (!shared || !redis) throw new Error('no bot');
      // Votes: a command's answer, voted on by three people; `afterEach` runs after each vote.
      const voteOn = async (bot: RunningBot, pauseMs = 300, afterEach = () => {}) => {
        const c = command(bot, 'valuation');
        await answered([c.id], 15_000);
        const value = notHelpfulValue(c.id);
        for (const user of ['U1', 'U2', 'U3']) {
          const payload = buttonClick({
            actionId: 'feedback_not_helpful',
            value,
            responseUrl: slack.responseUrl(),
            user,
          });
          const body = `payload=${encodeURIComponent(JSON.stringify(payload))}`;
          await send(bot.url, body, { ...form, ...signatureHeaders(body, secret) });
          await sleep(pauseMs);
          afterEach();
        }
      };
      const add = command(shared, `add ${site.origin}/story-keys`);
      await answered([add.id], 20_000);
      await voteOn(shared);
      const direct = new Redis(redis.url);
      const lasting: string[] = [];
      let keys = 0;
      try {
        for (const key of await direct.keys('factbot:*')) {
          keys++;
          if ((await direct.pttl(key)) < 0)
            lasting.push(key.replace(/^factbot:[^:]+:/, '').replace(/:[^:]{12,}$/, ':…'));
        }
      } finally {
        direct.disconnect();
      }
      // Documented caps: one digest state; votes (10,000 a kind); saved articles listed by time (1,000).
      const capped = new Set([
        'digest:state',
        'feedback:votes',
        'feedback:by-time:helpful',
        'feedback:by-time:not_helpful',
        'ingest:articles:by-time',
      ]);
      const unbounded = [...new Set(lasting)].filter((k) => !capped.has(k));
      // A bot without Redis: is feedback.json rewritten at each vote?
      const data = tmp('data10');
      const local = await startBot({ DATA_DIR: data });
      const stamps: string[] = [];
      const file = join(data, 'feedback.json');
      await voteOn(local, 400, () => stamps.push(existsSync(file) ? String(statSync(file).mtimeMs) : 'none'));
      await local.term();
      const rewrites = new Set(stamps.filter((s) => s !== 'none')).size;
      const files = readdirSync(data).join(', ');
      return {
        happened: `${keys} keys; without a time to live: ${[...new Set(lasting)].join(', ') || 'none'}${unbounded.length ? ` (unbounded: ${unbounded.join(', ')})` : ' (all capped)'}; 3 local votes rewrote feedback.json ${rewrites} time(s) (files: ${files})`,
        pass: unbounded.length === 0 && rewrites === 0,
      };
    },
  );

  await row(
    6,
    '8 `add`s of a page that never answers, then 10 signed commands one after another: time to each answer',
    async () => {
      if (!shared) throw new Error('no bot');
      const one = async () => {
        const at = Date.now();
        const c = command(shared, 'valuation');
        await answered([c.id], 15_000);
        return (replies(c.id)[0]?.at ?? Number.POSITIVE_INFINITY) - at;
      };
      const control: number[] = [];
      for (let i = 0; i < 5; i++) control.push(await one());
      for (let i = 0; i < 8; i++) command(shared, `add ${site.origin}/hang/${i}`);
      await sleep(500);
      const times: number[] = [];
      for (let i = 0; i < 10 && times.every(Number.isFinite); i++) times.push(await one());
      const worst = Math.max(...times);
      const median = [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? Number.NaN;
      return {
        happened: `slowest of ${times.length} answers: ${Number.isFinite(worst) ? fmt(worst) : 'none within 15 s'}, median ${fmt(median)} (before the adds: slowest ${fmt(Math.max(...control))})`,
        pass: worst <= 1000,
      };
    },
  );

  await row(
    4,
    'a signed JSON `null`, a signed `payload=null` and a signed `[1]`; then a command',
    async () => {
      if (!shared) throw new Error('no bot');
      const statuses: number[] = [];
      for (const [body, type] of [
        ['null', 'application/json'],
        ['payload=null', 'application/x-www-form-urlencoded'],
        ['[1]', 'application/json'],
      ] as const)
        statuses.push(
          (await send(shared.url, body, { 'content-type': type, ...signatureHeaders(body, secret) })).status,
        );
      await sleep(1000);
      const alive = shared.proc.exitCode === null && !shared.proc.signalCode;
      let next = false;
      if (alive) {
        const c = command(shared, 'valuation');
        next = (await answered([c.id], 15_000)) === 1;
      }
      return {
        happened: `answered ${statuses.join(', ')}; the process ${alive ? 'lives' : `exited (${shared.proc.exitCode ?? shared.proc.signalCode})`}; the next command ${next ? 'answered' : 'not answered'}`,
        pass: alive && next,
      };
    },
  );
} finally {
  for (const step of cleanup.reverse()) await Promise.resolve(step()).catch(() => undefined);
  await site.close();
  await slack.close();
}

rows.sort((a, b) => a.n - b.n);
if (json) process.stdout.write(`${JSON.stringify({ botDir, rows })}\n`);
else {
  process.stdout.write(
    `bench:abuse against ${botDir} (node dist/app.js); load average ${loadavg()[0]?.toFixed(1)}\n`,
  );
  process.stdout.write('| # | tried | happened | result |\n|---|---|---|---|\n');
  for (const r of rows)
    process.stdout.write(
      `| ${r.n} | ${r.tried} | ${r.happened} | ${r.pass === true ? 'pass' : r.pass === 'n/a' ? 'n/a' : 'FAIL'} |\n`,
    );
}
process.exit(rows.some((r) => r.pass === false) ? 1 : 0);
