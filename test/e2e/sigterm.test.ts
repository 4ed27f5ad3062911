/**
 * SIGTERM to the compiled bot (`node dist/app.js`, what `npm start` runs and what a container
 * runs): with a command acked whose answer is still on its way, readiness turns 503, the command
 * is answered, and the process exits 0 within 10 s.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { probe, slowResponses } from '../helpers/slow-respond.js';
import { postSigned, slashCommandBody } from '../stand-in/requests.js';
import { type StandIn, startStandIn } from '../stand-in/slack.js';

const SECRET = 'sigterm-secret';
let slack: StandIn | undefined;

afterAll(async () => {
  await slack?.close();
});

describe('SIGTERM', () => {
  it('answers a command acked but not yet answered, then exits 0', async () => {
    slack = await startStandIn();
    const stand = slack;
    let output = '';
    const child = spawn(process.execPath, ['--enable-source-maps', 'dist/app.js'], {
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        SLACK_BOT_TOKEN: 'xoxb-sigterm',
        SLACK_SIGNING_SECRET: SECRET,
        SLACK_API_URL: stand.apiUrl,
        PORT: '0',
        CORPUS_DIR: 'seeds',
        INDEX_CACHE_DIR: 'none',
        DATA_DIR: mkdtempSync(join(tmpdir(), 'data-')),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (d) => {
      output += String(d);
    });
    child.stderr.on('data', (d) => {
      output += String(d);
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    try {
      const port = Number(await stand.waitFor(() => /Listening on port (\d+)/.exec(output)?.[1], 20_000));
      const slow = slowResponses(stand);
      const res = await postSigned(
        `http://127.0.0.1:${port}/slack/events`,
        slashCommandBody({ command: '/scaledeal', text: 'valuation', responseUrl: slow.url() }),
        SECRET,
      );
      expect(res.status).toBe(200);
      await stand.waitFor(() => slow.arrived.length === 1);

      const signalled = Date.now();
      child.kill('SIGTERM');
      await new Promise((r) => setTimeout(r, 300));
      expect((await probe(port, '/readyz')).status).toBe(503);
      expect((await probe(port, '/healthz')).status).toBe(200);
      slow.release();
      const code = await exited;
      expect(code).toBe(0);
      expect(Date.now() - signalled).toBeLessThan(10_000);
      expect(slow.delivered).toHaveLength(1);
      expect(JSON.stringify(slow.delivered[0]?.blocks)).toMatch(/28 billion/);
      expect(output).not.toContain(SECRET);
    } finally {
      child.kill('SIGKILL');
    }
  });
});
