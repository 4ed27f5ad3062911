/**
 * The playground in a real browser: Debian's Chromium driven by playwright-core, against the page
 * the bot serves when no Slack credentials are configured.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { playgroundConfig } from '../../src/config.js';
import { type Playground, startPlayground } from '../../src/playground/server.js';
import { recordingLogger } from '../helpers/logger.js';

let playground: Playground;
let browser: Browser;
let page: Page;
let dataDir: string;

beforeAll(async () => {
  const corpus = mkdtempSync(join(tmpdir(), 'playground-'));
  dataDir = mkdtempSync(join(tmpdir(), 'data-'));
  cpSync('seeds', corpus, { recursive: true });
  writeFileSync(
    join(corpus, 'zz_hostile.txt'),
    'Forum hacked\n\nHackers wrote <script>window.__pwned = 1</script> and <!channel> on the Zorblax forum, costing $2m.\n',
  );
  playground = await startPlayground(
    playgroundConfig({
      PORT: '0',
      CORPUS_DIR: corpus,
      DATA_DIR: dataDir,
      DIGEST_CRON: '59 23 * * *',
    }),
    recordingLogger(),
  );
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
  page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
  await page.goto(playground.url);
  await page.waitForSelector('#hint:not(:empty)');
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await playground?.stop();
});

async function say(text: string) {
  await page.fill('#message-box', text);
  await page.press('#message-box', 'Enter');
}

describe('the playground page', () => {
  it('answers /scaledeal valuation with a fact holding "28 billion" and its source', async () => {
    await say('/scaledeal valuation');
    const fact = page.locator('#messages .block-section', { hasText: '28 billion' });
    await fact.first().waitFor();
    expect(await fact.first().textContent()).toContain('002_85cfbc7a48a6de22');
    await expect(page.locator('#messages .ephemeral').first().textContent()).resolves.toContain(
      'Only visible to you',
    );
  });

  it('shares the answer in the channel with the button, and the private answer and its button are gone', async () => {
    const shareButtons = page.locator('#messages button', { hasText: 'Share in channel' });
    const privateAnswers = page.locator('#messages li.message', { hasText: 'Only visible to you' });
    const before = { buttons: await shareButtons.count(), private: await privateAnswers.count() };
    await shareButtons.last().click();
    await page.locator('#messages .block-context', { hasText: 'Shared by' }).waitFor();
    await page.waitForFunction(
      (n) => document.querySelectorAll('#messages li.message .ephemeral').length === n,
      before.private - 1,
    );
    expect(await shareButtons.count()).toBe(before.buttons - 1);
    expect(await page.locator('#messages .block-context', { hasText: 'Shared by' }).count()).toBe(1);
  });

  it('shows Helpful / Not helpful on an answer, and thanks the voter alone', async () => {
    await page.locator('#messages button', { hasText: 'Not helpful' }).last().click();
    const thanks = page.locator('#messages .message', { hasText: 'Thanks, noted.' });
    await thanks.first().waitFor();
    expect(await thanks.first().textContent()).toContain('Only visible to you');
    expect(await page.locator('#messages button', { hasText: /^Helpful$/ }).count()).toBeGreaterThan(0);
    // npm run feedback with no Slack credentials reads the playground's votes, as npm start keeps them.
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'src/cli/feedback.ts', '--json'],
      { env: { PATH: process.env.PATH, DATA_DIR: dataDir }, encoding: 'utf8' },
    );
    expect(JSON.parse(stdout)).toMatchObject({ vote: 'not_helpful', question: 'valuation', user: 'U0YOU' });
  });

  it('answers a mention in a thread', async () => {
    await say('@factbot what stake is Meta taking?');
    await page.locator('#messages .replies', { hasText: '1 reply' }).last().click();
    const reply = page.locator('#thread-messages .block-section', { hasText: '49%' });
    await reply.first().waitFor();
    await page.fill('#thread-box', '@factbot revenue');
    await page.press('#thread-box', 'Enter');
    await page.locator('#thread-messages .block-section', { hasText: '870 million' }).first().waitFor();
  });

  it('scrolls the thread panel and the channel to their newest message, as Slack does', async () => {
    // Enough answers in the thread that it overflows its panel.
    for (const question of ['@factbot valuation', '@factbot who founded Scale AI?', '@factbot investment']) {
      const answers = await page.locator('#thread-messages .app-tag').count();
      await page.fill('#thread-box', question);
      await page.press('#thread-box', 'Enter');
      await page.waitForFunction(
        (n) => document.querySelectorAll('#thread-messages .app-tag').length > n,
        answers,
      );
    }
    const scrolled = (id: string) =>
      page.evaluate((which) => {
        const list = document.getElementById(which) as HTMLElement;
        return { top: list.scrollTop, height: list.scrollHeight, visible: list.clientHeight };
      }, id);
    const thread = await scrolled('thread-messages');
    expect(thread.height).toBeGreaterThan(thread.visible); // it does overflow
    expect(thread.top + thread.visible).toBeGreaterThanOrEqual(thread.height - 2);
    const channel = await scrolled('messages');
    expect(channel.height).toBeGreaterThan(channel.visible);
    expect(channel.top + channel.visible).toBeGreaterThanOrEqual(channel.height - 2);

    // Scrolled up to read an older reply, the panel stays there when a new one comes.
    await page.evaluate(() => {
      (document.getElementById('thread-messages') as HTMLElement).scrollTop = 0;
    });
    const answers = await page.locator('#thread-messages .app-tag').count();
    await page.evaluate(async () => {
      await fetch('/ui/message', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          text: '@factbot revenue',
          thread_ts: document.querySelector('#thread-messages li')?.getAttribute('data-ts'),
        }),
      });
    });
    await page.waitForFunction(
      (n) => document.querySelectorAll('#thread-messages .app-tag').length > n,
      answers,
    );
    expect((await scrolled('thread-messages')).top).toBe(0);
  });

  it('answers a follow-up in the thread without a mention, and leaves "thanks!" alone', async () => {
    const answers = page.locator('#thread-messages .app-tag');
    const before = await answers.count();
    await page.fill('#thread-box', 'how much did they pay for it?');
    await page.press('#thread-box', 'Enter');
    // Wait for the new answer itself: earlier answers in the thread may hold the same words.
    await page.waitForFunction(
      (n) => document.querySelectorAll('#thread-messages .app-tag').length > n,
      before,
    );
    const reply = page.locator('#thread-messages .message').last();
    await reply.locator('.block-context', { hasText: 'Read with this thread' }).waitFor();
    await reply.locator('.block-section', { hasText: '15 billion' }).first().waitFor();
    expect(await answers.count()).toBe(before + 1);
    await page.fill('#thread-box', 'thanks!');
    await page.press('#thread-box', 'Enter');
    await page.locator('#thread-messages .block-section', { hasText: 'thanks!' }).waitFor();
    await page.waitForTimeout(600);
    expect(await answers.count()).toBe(before + 1);
  });

  it('posts the digest when asked, as the digest channel would show it', async () => {
    await page.click('#post-digest');
    const header = page.locator('#messages .block-header', { hasText: 'Digest:' });
    await header.first().waitFor();
    await page.locator('#messages .block-section', { hasText: 'Key figures' }).first().waitFor();
  });

  it('shows an article’s <script> and <!channel> as text, never as HTML or a ping', async () => {
    await say('/scaledeal Zorblax');
    const fact = page.locator('#messages .block-section', { hasText: 'Zorblax' });
    await fact.first().waitFor();
    const text = await fact.first().textContent();
    // Underscores from articles are shown by a look-alike (ˍ), so that none turns text italic.
    expect(text).toContain('<script>window.ˍˍpwned = 1</script>');
    expect(text).toContain('<!channel>');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('#messages script').count()).toBe(0);
    await page.screenshot({ path: join(tmpdir(), 'playground.png') });
  });

  it('checks a draft with /scaledeal check, each figure with its verdict', async () => {
    await say('/scaledeal check Meta will pay $20 billion for a 49% stake, valuing Scale AI at $28 billion.');
    const line = page.locator('#messages .block-section', { hasText: 'Contradicted · $20 billion' });
    await line.first().waitFor();
    expect(await line.first().textContent()).toMatch(/\$15 billion/);
    await page.locator('#messages .block-section', { hasText: 'Supported · $28 billion' }).first().waitFor();
  });

  it('offers "Check against the coverage" in a message’s menu, and answers only the user who chose it', async () => {
    const draft = 'Scale AI was founded in 2016 and Meta takes a 49% stake.';
    await say(draft);
    const message = page.locator('#messages li.message', { hasText: draft }).last();
    await message.waitFor();
    await message.locator('.more-actions').click();
    await message.locator('.menu-item', { hasText: 'Check against the coverage' }).click();
    const reply = page.locator('#messages li.message', { hasText: 'Supported · 2016' });
    await reply.first().waitFor();
    expect(await reply.first().textContent()).toMatch(/Only visible to you[\s\S]*Supported · 49%/);
  });

  it('says how to fix an unknown command', async () => {
    await say('/nope valuation');
    await page.waitForFunction(() => document.getElementById('error')?.textContent !== '');
    expect(await page.locator('#error').textContent()).toMatch(/Unknown command \/nope: try \/scaledeal/);
  });
});
