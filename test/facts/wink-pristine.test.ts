import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sentencesOf, tagInProcess } from '../../src/facts/nlp.js';
import { pristineWink, type WinkModel, type WinkNLP } from '../../src/facts/wink-pristine.js';
import { WinkThread } from '../../src/facts/wink-thread.js';

const require = createRequire(import.meta.url);
const winkNLP = require('wink-nlp') as WinkNLP;
const english = require('wink-eng-lite-web-model') as WinkModel;

/** A sentence whose cutting wink-nlp changes once it has learned "Qwerton's" and "firm's" as words. */
const TEXT = "Qwerton's chief said the firm's shares rose 3.5% in May.";
/** Texts that teach those words (each is met before a comma, so is added whole to the lexicon). */
const HISTORY_A = ["The Qwerton's, and the firm's, results.", 'Profits rose, they said.'];
const HISTORY_B = ['Markets were calm on Monday.', "Nobody spoke of the firm's plans."];

describe('pristineWink', () => {
  const tokens = (doc: { tokens(): { out(): string[] } }) => doc.tokens().out();

  it('is needed: a plain wink-nlp pipeline cuts a text otherwise once it has read others', () => {
    const plain = winkNLP(english, ['sbd', 'pos']);
    const first = plain.readDoc(TEXT).tokens().out();
    for (const text of HISTORY_A) plain.readDoc(text);
    expect(plain.readDoc(TEXT).tokens().out()).not.toEqual(first);
  });

  it('cuts and tags a text the same whatever it read before', () => {
    const read = (wink: ReturnType<typeof pristineWink>) =>
      wink.read(TEXT, (doc, its) => [tokens(doc), doc.tokens().out(its.pos)]);
    const fresh = pristineWink(winkNLP, english, ['sbd', 'pos'], 1000);
    const first = read(fresh);
    for (const text of HISTORY_A) fresh.read(text, tokens);
    expect(read(fresh)).toEqual(first);
    const other = pristineWink(winkNLP, english, ['sbd', 'pos'], 1000);
    for (const text of HISTORY_B) other.read(text, tokens);
    expect(read(other)).toEqual(first);
  });

  it("knows the model's words, and not a word a read has taught it", () => {
    const wink = pristineWink(winkNLP, english, ['sbd'], 1000);
    expect(wink.knows('hotelier')).toBe(true);
    expect(wink.knows('zorblaxian')).toBe(false);
    wink.read('The zorblaxian, again.', tokens);
    expect(wink.knows('zorblaxian')).toBe(false);
  });

  it('reads the same once made afresh after maxLearned words', () => {
    const wink = pristineWink(winkNLP, english, ['sbd'], 40);
    const first = wink.read(TEXT, tokens);
    for (let i = 0; i < 20; i++) wink.read(`Zorblaxian${i} and Qwertonian${i}, again.`, tokens);
    expect(wink.read(TEXT, tokens)).toEqual(first);
  });
});

describe('tagging and splitting do not depend on what was read before', () => {
  const thread = WinkThread.start({ waitMs: 5000 });
  beforeAll(async () => {
    for (let i = 0; i < 400 && !thread?.ready; i++) await new Promise((r) => setTimeout(r, 25));
  }, 15_000);
  afterAll(() => thread?.stop());

  it('tags a text in-process the same after two different histories', () => {
    for (const text of HISTORY_B) tagInProcess(text);
    const afterB = tagInProcess(TEXT);
    for (const text of HISTORY_A) tagInProcess(text);
    expect(tagInProcess(TEXT)).toEqual(afterB);
  });

  it('tags a text on the thread as in-process, though the two read different texts before', () => {
    expect(thread?.ready).toBe(true);
    thread?.tagMany(HISTORY_A);
    for (const text of HISTORY_B) tagInProcess(text);
    expect(thread?.tag(TEXT)).toEqual(tagInProcess(TEXT));
  });

  it('splits a paragraph the same after two different histories', () => {
    const paragraph = "He met Mr. Qwerton's aide. The firm's shares rose.";
    const first = sentencesOf(paragraph);
    for (const text of HISTORY_A) sentencesOf(`${text} Mr. Smith agreed.`);
    expect(sentencesOf(paragraph)).toEqual(first);
  });
});
