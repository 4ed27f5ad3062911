/**
 * Stories the digest was not written for: BBC articles (2004-05) on the Yukos affair and on the
 * bids for the LSE, which no answer key uses, copied to a temporary folder. Every
 * figure line says what its figure is, in words that stand in the article it cites.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { digestMessage } from '../../src/blocks/digest.js';
import { blockProblems } from '../../src/blocks/limits.js';
import { buildDigest } from '../../src/digest/build.js';
import { buildIndex } from '../../src/index/build.js';
import {
  citationsOf,
  figureLineProblems,
  figureLines,
  messageLines,
  textLines,
} from '../helpers/digest-lines.js';
import { copyStory, LSE_BIDS, YUKOS } from '../helpers/stories.js';

const normalize = (s: string) => s.replace(/\s+/g, ' ');

describe.each([
  ['the Yukos affair', YUKOS],
  ['the bids for the LSE', LSE_BIDS],
])('the digest of %s', (_name, ids) => {
  const load = async () => {
    const dir = copyStory(ids, 'story-');
    const index = await buildIndex(dir, { warn: () => {} });
    return { dir, index, digest: buildDigest(index, { now: new Date('2026-11-24T08:00:00Z') }) };
  };

  it('is a story no answer key uses, of at least eight articles', () => {
    for (const key of ['manutd.gold.json', 'questions.gold.json', 'seeds.gold.json']) {
      const gold = readFileSync(join('..', 'shared', 'eval', key), 'utf8');
      for (const id of ids) expect(gold).not.toContain(`"${id}"`);
    }
    expect(ids.length).toBeGreaterThanOrEqual(8);
  });

  it('has at least seven words saying what each money or percentage figure is, on every line', async () => {
    const { index, digest } = await load();
    const message = digestMessage(digest);
    expect(blockProblems(message.blocks, message.text)).toEqual([]);
    const { titles, ids: articleIds } = citationsOf(index);
    const lines = messageLines(message.blocks);
    expect(figureLines(lines, titles, articleIds).length).toBeGreaterThanOrEqual(5);
    expect(figureLineProblems(lines, titles, articleIds)).toEqual([]);
    const text = textLines(digest);
    expect(figureLineProblems(text, titles, articleIds)).toEqual([]);
    // The digest's own words never say sources agree (an article's quoted words may: "agreeing to pay").
    expect(text.join('\n').replace(/“[^”]*”/g, '')).not.toMatch(/agree/i);
  });

  it('quotes every figure in words that stand in the article it cites, whose subject that article names', async () => {
    const { dir, digest } = await load();
    const lines = digest.figures.flatMap((g) => g.moments.flatMap((m) => m.lines.map((l) => ({ g, l }))));
    expect(lines.length).toBeGreaterThan(4);
    for (const { g, l } of lines) {
      const file = normalize(readFileSync(join(dir, `${l.source.id}.txt`), 'utf8'));
      expect(file).toContain(normalize(l.context));
      expect(l.context).toContain(l.figure);
      // The sentence names whose figure it is, or says "the firm", "it": the article then names it.
      const name = g.subject.split(' ')[0] ?? '';
      if (!l.context.includes(name)) {
        expect(file).toContain(name);
        expect(l.context).toMatch(/\b(?:the \w+|it|its|they|their)\b/i);
      }
    }
  });
});
