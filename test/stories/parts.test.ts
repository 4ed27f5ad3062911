import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Logger } from '@slack/logger';
import { afterEach, describe, expect, it } from 'vitest';
import { checkPrepared } from '../../src/check/prepare.js';
import { claimsRead } from '../../src/claims/read.js';
import { playgroundConfig } from '../../src/config.js';
import type { FactIndex } from '../../src/index/fact-index.js';
import { WorkQueue } from '../../src/listeners/queue.js';
import type { Poster } from '../../src/schedule/digest.js';
import { storyConfigs } from '../../src/stories/config.js';
import { prepareStoryParts, type StoryParts } from '../../src/stories/parts.js';
import { ThreadCache } from '../../src/thread/cache.js';

const quiet: Logger = {
  debug: () => {},
  info: () => {},
  warn: () => {},
  error: () => {},
  setLevel: () => {},
  getLevel: () => 'info' as ReturnType<Logger['getLevel']>,
  setName: () => {},
};

/** The facts stating a figure whose claims, or a check's first-time work on them, are not done yet. */
const unread = (index: FactIndex) =>
  [...index.facts()].filter((f) => f.quantities.length > 0 && (!claimsRead(f) || !checkPrepared(index, f)));

/** Waits (polling every 20 ms, at most `ms`) until `done()` holds. */
async function until(done: () => boolean, ms = 8000): Promise<void> {
  const end = Date.now() + ms;
  while (!done()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe("a story's parts warm its claims once started", () => {
  const dirs: string[] = [];
  let parts: StoryParts | undefined;
  afterEach(async () => {
    await parts?.quiet();
    await parts?.digest.stop();
    await parts?.close();
    parts = undefined;
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  it("reads no claim (nor a check's first-time work) before warm(), every figure's after, and those of a file added later", async () => {
    const corpus = mkdtempSync(join(tmpdir(), 'warm-corpus-'));
    const data = mkdtempSync(join(tmpdir(), 'warm-data-'));
    dirs.push(corpus, data);
    writeFileSync(
      join(corpus, 'steel.txt'),
      'Steelworks cuts jobs\n\nNorthmill Steel will cut 1,200 jobs at its plant in Sheffield. The company said profits fell 12% to £340m last year.\n',
    );
    const [story] = storyConfigs(playgroundConfig({ CORPUS_DIR: corpus, DATA_DIR: data }));
    if (!story) throw new Error('no story');
    const pending = prepareStoryParts(story, {
      logger: quiet,
      poster: {} as Poster,
      work: new WorkQueue(),
      threads: new ThreadCache(),
      threadFollowUps: false,
      labelled: false,
    });
    parts = await pending.build();
    const { index } = parts;
    await new Promise((r) => setTimeout(r, 50));
    expect(unread(index).length).toBeGreaterThan(0);
    await parts.start();
    await new Promise((r) => setTimeout(r, 50));
    expect(unread(index).length).toBeGreaterThan(0);
    parts.warm();
    await until(() => unread(index).length === 0);
    const version = index.version;
    writeFileSync(
      join(corpus, 'bank.txt'),
      'Bank profits\n\nMidbank made a profit of £2.1bn in 2004, up 8% on the year before.\n',
    );
    await until(() => index.version !== version && index.factsOf('bank').length > 0);
    await until(() => unread(index).length === 0);
    expect(
      index
        .factsOf('bank')
        .every((f) => f.quantities.length === 0 || (claimsRead(f) && checkPrepared(index, f))),
    ).toBe(true);
  });
});
