/**
 * `npm start` with a digest every five seconds, posting to a channel of the loopback Slack
 * stand-in: the seed story's key figures, and another story's own figures from another folder.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { KnownBlock } from '@slack/types';
import { afterEach, describe, expect, it } from 'vitest';
import { figureLineProblems, figureLines, messageLines } from '../helpers/digest-lines.js';
import { npmStart, type Started } from '../helpers/npm-start.js';
import { bbcFile, copyStory, YUKOS } from '../helpers/stories.js';
import { type StandIn, startStandIn } from '../stand-in/slack.js';

const running: Array<{ bot: Started; slack: StandIn }> = [];

afterEach(async () => {
  for (const { bot, slack } of running.splice(0)) {
    bot.kill();
    await slack.close();
  }
});

/** The titles (_in italics_) and ids (`in code`) a message's lines cite. */
function citedIn(lines: readonly string[]) {
  const text = lines.join('\n');
  const marked = (re: RegExp) => text.match(re)?.map((t) => t.slice(1, -1)) ?? [];
  return { titles: marked(/_[^_\n]+_/g), ids: marked(/`[^`\n]+`/g) };
}

async function startWithDigest(corpus: string) {
  const slack = await startStandIn();
  const bot = npmStart({
    SLACK_BOT_TOKEN: 'xoxb-digest',
    SLACK_SIGNING_SECRET: 'secret',
    PORT: '0',
    SLACK_API_URL: slack.apiUrl,
    CORPUS_DIR: corpus,
    DIGEST_CHANNEL: 'C0DIGEST',
    DIGEST_CRON: '*/5 * * * * *',
    DATA_DIR: mkdtempSync(join(tmpdir(), 'data-')),
    INDEX_CACHE_DIR: 'none',
  });
  running.push({ bot, slack });
  const digests = () =>
    slack.callsTo('chat.postMessage').filter((c) => c.args.channel === 'C0DIGEST' && c.ok);
  return { slack, digests };
}

describe('npm start with a digest schedule', () => {
  it('posts digests carrying the seed story’s key figures with their citations', async () => {
    const { slack, digests } = await startWithDigest('seeds');
    await slack.waitFor(() => digests().length >= 2, 25_000);
    const blocks = JSON.stringify(digests()[0]?.args.blocks);
    for (const figure of ['$15 billion', '49%', '$28 billion']) expect(blocks).toContain(figure);
    expect(blocks).toContain('`002_85cfbc7a48a6de22`');
  }, 40_000);

  it('posts another story’s own figures from another corpus folder', async () => {
    const corpus = mkdtempSync(join(tmpdir(), 'story-'));
    for (const file of [
      'business/179.txt',
      'business/209.txt',
      'business/224.txt',
      'business/229.txt',
      'sport/124.txt',
    ]) {
      mkdirSync(join(corpus, file, '..'), { recursive: true });
      cpSync(join('..', 'shared', 'corpora', 'bbc', file), join(corpus, file));
    }
    const { slack, digests } = await startWithDigest(corpus);
    await slack.waitFor(() => digests().length >= 1, 25_000);
    const blocks = JSON.stringify(digests()[0]?.args.blocks);
    expect(blocks).toContain('28.1%');
    expect(blocks).toContain('£800m');
    expect(blocks).toContain('`business/209`');
    expect(blocks).not.toContain('$15 billion');
  }, 40_000);

  it('posts every figure of the seed story with the words that say what it is', async () => {
    const { slack, digests } = await startWithDigest('seeds');
    await slack.waitFor(() => digests().length >= 1, 25_000);
    const lines = messageLines(digests()[0]?.args.blocks as KnownBlock[]);
    // The seeds' titles and ids, as cited: citations are not what says what a figure is.
    const { titles: cited, ids } = citedIn(lines);
    expect(figureLines(lines, cited, ids).length).toBeGreaterThanOrEqual(4);
    expect(figureLineProblems(lines, cited, ids)).toEqual([]);
  }, 40_000);

  it('shows an article copied into the folder in the next digest, with its headline and the figure it adds', async () => {
    const added = 'business/127';
    const corpus = copyStory(
      YUKOS.filter((id) => id !== added),
      'yukos-',
    );
    const { slack, digests } = await startWithDigest(corpus);
    await slack.waitFor(() => digests().length >= 1, 25_000);
    expect(JSON.stringify(digests()[0]?.args.blocks)).not.toContain('Yukos owner sues Russia');
    const before = digests().length;
    cpSync(bbcFile(added), join(corpus, `${added}.txt`));
    await slack.waitFor(
      () =>
        digests()
          .slice(before)
          .some((d) => JSON.stringify(d.args.blocks).includes('Yukos owner sues Russia')),
      25_000,
    );
    const posted = digests()
      .slice(before)
      .find((d) => JSON.stringify(d.args.blocks).includes('Yukos owner sues Russia'));
    const blocks = posted?.args.blocks as KnownBlock[];
    const section = blocks
      .flatMap((b) => (b.type === 'section' ? [b.text?.text ?? ''] : []))
      .find((t) => t.startsWith('• _Yukos owner sues Russia'));
    // The headline, its id, and the figure no earlier article gave, in the article's own words.
    expect(section).toContain('`business/127`');
    const adds = /adds ([^:“]*\d[^:“]*): “([^”]+)”/.exec(section ?? '');
    expect(adds?.[2]).toBeDefined();
    expect(readFileSync(bbcFile(added), 'utf8').replace(/\s+/g, ' ')).toContain(
      (adds?.[2] ?? '').replace(/&quot;/g, '"').replace(/&amp;/g, '&'),
    );
    const lines = messageLines(blocks);
    const { titles, ids } = citedIn(lines);
    expect(figureLineProblems(lines, titles, ids)).toEqual([]);
  }, 60_000);
});
