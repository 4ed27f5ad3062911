/**
 * The playground with a stories file, in a real browser: a channel a story in the sidebar, each
 * with its command; each channel answered from its own story, its digest posted there.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { playgroundConfig } from '../../src/config.js';
import { type Playground, startPlayground } from '../../src/playground/server.js';
import { recordingLogger } from '../helpers/logger.js';
import { twoStories } from '../helpers/stories.js';

let playground: Playground;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  playground = await startPlayground(
    playgroundConfig({
      PORT: '0',
      STORIES_FILE: twoStories().file,
      DATA_DIR: mkdtempSync(join(tmpdir(), 'data-')),
      INDEX_CACHE_DIR: 'none',
      DIGEST_CRON: '59 23 * * *',
    }),
    recordingLogger(),
  );
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-sync'],
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

describe('the playground with two stories', () => {
  it('lists a channel a story in the sidebar, each with its command', async () => {
    const channels = page.locator('#channels .channel');
    expect(await channels.count()).toBe(2);
    expect(await channels.nth(0).textContent()).toBe('# scaledeal/scaledeal');
    expect(await channels.nth(1).textContent()).toBe('# yukos/yukos');
    expect(await page.locator('#channel-name').textContent()).toBe('# scaledeal');
    expect(await page.locator('#hint').textContent()).toMatch(
      /^Meta's investment in Scale AI: try \/scaledeal /,
    );
  });

  it('answers each channel from its own story, and shows only that channel’s messages', async () => {
    await page.locator('#channels .channel', { hasText: 'yukos' }).click();
    expect(await page.locator('#hint').textContent()).toMatch(/^The Yukos affair: try \/yukos /);
    await say('@factbot how big was the tax bill?');
    const yukos = page.locator('#messages .replies', { hasText: '1 reply' });
    await yukos.first().click();
    const answer = page.locator('#thread-messages .block-section', { hasText: 'business/' });
    await answer.first().waitFor();
    expect(await page.locator('#thread-messages').textContent()).not.toMatch(/\d{3}_[0-9a-f]{16}/);

    await page.locator('#channels .channel', { hasText: 'scaledeal' }).click();
    expect(await page.locator('#messages .message').count()).toBe(0);
    await say('/scaledeal valuation');
    const fact = page.locator('#messages .block-section', { hasText: '28 billion' });
    await fact.first().waitFor();
    expect(await page.locator('#messages').textContent()).not.toContain('business/');
    // The other story's command works in any channel, answered from its story.
    await say('/yukos Yukos tax bill');
    await page.locator('#messages .block-section', { hasText: 'business/' }).first().waitFor();
  });

  it('posts a channel’s digest to that channel, from its story', async () => {
    await page.locator('#channels .channel', { hasText: 'yukos' }).click();
    await page.click('#post-digest');
    const header = page.locator('#messages .block-header', { hasText: 'Digest:' });
    await header.first().waitFor();
    expect(await page.locator('#messages').textContent()).toContain('The Yukos affair');
    await page.locator('#channels .channel', { hasText: 'scaledeal' }).click();
    expect(await page.locator('#messages .block-header', { hasText: 'Digest:' }).count()).toBe(0);
  });
});
