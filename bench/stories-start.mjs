#!/usr/bin/env node
/**
 * One start of the compiled bot for `bench/stories.ts`, in a process of its own, against the Slack
 * stand-in: `node bench/stories-start.mjs CACHE_DIR (--stories FILE | --corpus DIR)`. Prints one
 * JSON line: ms from the process's start until the bot is ready (every story indexed, listening),
 * and the process's peak resident memory in MB once the index caches are written.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBot } from '../dist/bot.js';
import { parseConfig } from '../dist/config.js';
import { createStandIn } from '../dist/playground/stand-in.js';

const [cache = '', how = '', where = ''] = process.argv.slice(2);
const dataDir = mkdtempSync(join(tmpdir(), 'bench-stories-data-'));
const slack = createStandIn();
await slack.listen();
const quiet = {
  debug() {},
  info() {},
  warn: (m) => process.stderr.write(`${m}\n`),
  error: (m) => process.stderr.write(`${m}\n`),
  setLevel() {},
  getLevel: () => 'warn',
  setName() {},
};
const bot = await startBot(
  parseConfig({
    SLACK_BOT_TOKEN: 'xoxb-bench',
    SLACK_SIGNING_SECRET: 'bench',
    PORT: '0',
    SLACK_API_URL: slack.apiUrl,
    INDEX_CACHE_DIR: cache,
    DATA_DIR: dataDir,
    ...(how === '--stories' ? { STORIES_FILE: where } : { CORPUS_DIR: where }),
  }),
  { logger: quiet },
);
const readyMs = performance.now();
// The index caches are written just after the start: wait for one a story (each renamed into place whole).
const caches = () =>
  readdirSync(cache, { recursive: true }).filter((f) => /(^|\/)index-[^/]*\.cache$/.test(String(f))).length;
const until = Date.now() + 60_000;
while (caches() < bot.stories.length && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
const peakRssMb = process.resourceUsage().maxRSS / 1024;
await bot.stop();
await slack.close();
rmSync(dataDir, { recursive: true, force: true });
process.stdout.write(
  `${JSON.stringify({ readyMs, peakRssMb, stories: bot.stories.length, articles: bot.stories.reduce((n, s) => n + s.index.articleCount, 0) })}\n`,
);
process.exit(0);
