import { afterAll, describe, expect, it } from 'vitest';
import { tagInProcess } from '../../src/facts/nlp.js';
import { WinkThread } from '../../src/facts/wink-thread.js';

describe('WinkThread', () => {
  const thread = WinkThread.start();
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

  it('tags many texts in one trip as it tags each', () => {
    const texts = ['Acme buys Widget.', '', 'Shares in Manchester United rose 5% on Monday.'];
    expect(thread?.tagMany(texts)).toEqual(texts.map((t) => tagInProcess(t)));
  });

  it('answers undefined once stopped, so that the caller tags in-process', async () => {
    const other = WinkThread.start();
    expect(other?.tag('Acme buys Widget.')?.length).toBeGreaterThan(0);
    other?.stop();
    expect(other?.tag('Acme buys Widget.')).toBeUndefined();
  });

  it('gives up on a thread that does not answer in time', () => {
    // 1 ms is far less than loading the model takes: the first call times out.
    const slow = WinkThread.start({ timeoutMs: 1 });
    expect(slow?.tag('Acme buys Widget.')).toBeUndefined();
    expect(slow?.tag('Acme buys Widget.')).toBeUndefined();
  });
});
