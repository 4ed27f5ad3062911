import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ItemToken } from 'wink-nlp';
import {
  knownWords,
  sentencesOf,
  TAGGED_TEXT_MAX,
  TAGGED_WORD_MAX,
  taggable,
  tagInProcess,
  tagWords,
} from '../../src/facts/nlp.js';
import { pristineWink, type WinkModel, type WinkNLP } from '../../src/facts/wink-pristine.js';
import { rawTagsOf, WinkThread } from '../../src/facts/wink-thread.js';

/** Resolves once the thread has loaded its model. */
async function ready(thread: WinkThread | undefined): Promise<void> {
  for (let i = 0; i < 400 && !thread?.ready; i++) await new Promise((r) => setTimeout(r, 25));
  expect(thread?.ready).toBe(true);
}

describe('rawTagsOf', () => {
  it('gives each token its text, type and part of speech in turn, as reading token by token does', () => {
    const require = createRequire(import.meta.url);
    const wink = pristineWink(
      require('wink-nlp') as WinkNLP,
      require('wink-eng-lite-web-model') as WinkModel,
      ['sbd', 'pos'],
      1000,
    );
    for (const text of [
      "The firm's shares fell 3.5% to £1.2bn, Acme Corp. said on Monday - it's not done.",
      "Dr. Smith (right) won't go: 1,200 jobs, e-mail @acme #deal 11-9.",
      '',
    ]) {
      const byToken = wink.read(text, (doc, its) => {
        const tags: string[] = [];
        doc.tokens().each((t: ItemToken) => {
          tags.push(t.out(), t.out(its.type), t.out(its.pos));
        });
        return tags;
      });
      expect(wink.read(text, rawTagsOf)).toEqual(byToken);
    }
  });
});

describe('WinkThread', () => {
  // Generous budgets: these tests are about what the thread answers, not how fast.
  const thread = WinkThread.start({ waitMs: 5000 });
  beforeAll(() => ready(thread), 15_000);
  afterAll(() => thread?.stop());

  it('tags as the tagger in-process does, call after call', () => {
    expect(thread).toBeDefined();
    for (const text of [
      'Meta agreed to invest $14.3bn in Scale AI, the start-up run by Alexandr Wang.',
      'Shares in Manchester United rose 5% on Monday.',
      '',
    ])
      expect(thread?.tag(text)).toEqual(tagInProcess(text));
  });

  it("tells the lexicon's words from words it never met, as the in-process tagger does", () => {
    const words = ['hotelier', 'committee', 'zorblaxian', 'qwertonia'];
    expect(thread?.knowsWords(words)).toEqual([true, true, false, false]);
    expect(knownWords(words)).toEqual([true, true, false, false]);
  });

  it('tags many texts in one trip as it tags each', () => {
    const texts = ['Acme buys Widget.', '', 'Shares in Manchester United rose 5% on Monday.'];
    expect(thread?.tagMany(texts)).toEqual(texts.map((t) => tagInProcess(t)));
  });

  it('splits as in-process, told a split is coming or not, and a prepared split still answers', async () => {
    const paragraphs = [
      'Dr. Smith met Mr. Jones. They spoke at 3 p.m. on Monday.',
      'It rose 2.5%. Then it fell.',
    ];
    const inProcess = paragraphs.map((p) => sentencesOf(p));
    const unprepared = await thread?.split(paragraphs);
    const prepared = WinkThread.start({ waitMs: 5000 });
    prepared?.prepareSplit();
    prepared?.prepareSplit(); // twice: still one splitter, and no reply owed
    const split = await prepared?.split(paragraphs);
    prepared?.stop();
    expect(unprepared?.map((s) => s.map((x) => x.trim()))).toEqual(inProcess);
    expect(split).toEqual(unprepared);
  });

  it('tags a text posted ahead, kept through calls made meanwhile, and forgets one not collected', () => {
    const first = 'Shares in Manchester United rose 5% on Monday.';
    const second = 'Acme buys Widget.';
    const id = thread?.post(first);
    const forgotten = thread?.post('Nobody will ask for this one.');
    expect(id).toBeDefined();
    // A call made meanwhile is answered as ever; the posted texts' replies are kept for collect.
    expect(thread?.tag(second)).toEqual(tagInProcess(second));
    if (forgotten !== undefined) thread?.forget(forgotten);
    expect(id === undefined ? undefined : thread?.collect(id, first.length)).toEqual(tagInProcess(first));
    // Collected once: a second collect has nothing to give, and a forgotten call neither.
    expect(id === undefined ? 'none' : thread?.collect(id, first.length, 5)).toBeUndefined();
    expect(forgotten === undefined ? 'none' : thread?.collect(forgotten, 10, 5)).toBeUndefined();
    // Collected before any other call reads the port: it waits for its own reply.
    const later = thread?.post(second);
    expect(later === undefined ? undefined : thread?.collect(later, second.length)).toEqual(
      tagInProcess(second),
    );
  });

  it('tags texts posted ahead together, as tagMany does, and collects them once', () => {
    const texts = ['Shares in Acme rose 5% on Monday.', '', 'Jo Lane leads Widget.'];
    const id = thread?.post(texts);
    expect(id).toBeDefined();
    // A call made meanwhile is answered as ever.
    expect(thread?.tag('Acme buys Widget.')).toEqual(tagInProcess('Acme buys Widget.'));
    const chars = texts.join('').length;
    expect(id === undefined ? undefined : thread?.collectMany(id, texts.length, chars)).toEqual(
      texts.map((t) => tagInProcess(t)),
    );
    expect(id === undefined ? 'none' : thread?.collectMany(id, texts.length, chars, 5)).toBeUndefined();
    // A reply of another length than asked is no answer.
    const other = thread?.post(texts);
    expect(other === undefined ? 'none' : thread?.collectMany(other, 2, chars)).toBeUndefined();
  });

  it('posts nothing while the model loads', () => {
    const loading = WinkThread.start({ waitMs: 5, waitMsPerKChar: 0 });
    expect(loading?.post('Acme buys Widget.')).toBeUndefined();
    loading?.stop();
  });

  it('answers undefined once stopped, so that the caller tags in-process', async () => {
    const other = WinkThread.start({ waitMs: 5000 });
    await ready(other);
    expect(other?.tag('Acme buys Widget.')?.length).toBeGreaterThan(0);
    other?.stop();
    expect(other?.tag('Acme buys Widget.')).toBeUndefined();
  });

  it('answers undefined while the model loads, giving up at its budget', () => {
    const loading = WinkThread.start({ waitMs: 5, waitMsPerKChar: 0 });
    // Undefined, not the tags: the call gave up at its budget instead of waiting for the model.
    expect(loading?.tag('Acme buys Widget.')).toBeUndefined();
    loading?.stop();
  });

  it('blocks for its budget at most, and gives up on that call only: the next is answered', async () => {
    const budget = WinkThread.start({ waitMs: 5, waitMsPerKChar: 0 });
    await ready(budget);
    // A long text takes the thread far longer than 5 ms: that call is late, and answers undefined.
    const long = Array.from({ length: 400 }, (_, i) => `Shares in Company${i} rose ${i}% on Monday.`).join(
      ' ',
    );
    expect(budget?.tag(long)).toBeUndefined();
    // The thread is kept: once it is free, a later call is answered by it (the late reply dropped).
    let tags: ReturnType<WinkThread['tag']>;
    for (let i = 0; i < 100 && !tags; i++) {
      await new Promise((r) => setTimeout(r, 20));
      tags = budget?.tag('Acme buys Widget.');
    }
    expect(tags).toEqual(tagInProcess('Acme buys Widget.'));
    budget?.stop();
  });
});

describe('what the tagger sees', () => {
  it('cuts a long word and a long text, so that tagging costs little whatever is sent', () => {
    const word = 'x'.repeat(1_000_000);
    expect(taggable(`valuation ${word}`)).toBe(`valuation ${'x'.repeat(TAGGED_WORD_MAX)}`);
    expect(taggable('word '.repeat(5000)).length).toBe(TAGGED_TEXT_MAX);
    const words = tagWords(`How much is the valuation of ${word}?`);
    expect(words.map((w) => w.text).slice(0, 6)).toEqual(['How', 'much', 'is', 'the', 'valuation', 'of']);
    expect(words[6]?.start).toBe('How much is the valuation of '.length);
  });
});
