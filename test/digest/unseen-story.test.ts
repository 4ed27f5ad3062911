/**
 * A story the digest was not written for: twelve BBC articles on the Yukos affair (2004-05), which
 * no answer key uses, copied to a temporary folder. Every figure line says what its figure is, in
 * words that stand in the article it cites.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { digestMessage } from '../../src/blocks/digest.js';
import { blockProblems } from '../../src/blocks/limits.js';
import { buildDigest, type Digest } from '../../src/digest/build.js';
import { digestToText } from '../../src/digest/format.js';
import { buildIndex } from '../../src/index/build.js';
import type { FactIndex } from '../../src/index/fact-index.js';
import { figureLineProblems, figureLines, messageLines } from '../helpers/digest-lines.js';
import { copyStory, YUKOS } from '../helpers/stories.js';

const normalize = (s: string) => s.replace(/\s+/g, ' ');

let dir: string;
let index: FactIndex;
let digest: Digest;

beforeAll(async () => {
  dir = copyStory(YUKOS, 'yukos-');
  index = await buildIndex(dir, { warn: () => {} });
  digest = buildDigest(index, { now: new Date('2026-11-24T08:00:00Z') });
});

describe('the digest of a story it was not written for', () => {
  it('is a story no answer key uses', () => {
    for (const key of ['manutd.gold.json', 'questions.gold.json', 'seeds.gold.json']) {
      const gold = readFileSync(join('..', 'shared', 'eval', key), 'utf8');
      for (const id of YUKOS) expect(gold).not.toContain(`"${id}"`);
    }
    expect(index.articleCount).toBeGreaterThanOrEqual(8);
  });

  it('has at least seven words saying what each money or percentage figure is, on every line', () => {
    const message = digestMessage(digest);
    expect(blockProblems(message.blocks, message.text)).toEqual([]);
    const titles = index.articles().flatMap((a) => [a.title, ...(a.outlet ? [a.outlet] : [])]);
    const ids = index.articles().map((a) => a.id);
    const lines = messageLines(message.blocks);
    expect(figureLines(lines, titles, ids).length).toBeGreaterThanOrEqual(5);
    expect(figureLineProblems(lines, titles, ids)).toEqual([]);
    const text = digestToText(digest)
      .split('\n')
      .map((l) => l.replace(/\[[^\]]*\]/g, ''));
    expect(figureLineProblems(text, titles, ids)).toEqual([]);
  });

  it('quotes every figure in words that stand in the article it cites, naming whose it is', () => {
    const lines = digest.figures.flatMap((g) => g.moments.flatMap((m) => m.lines.map((l) => ({ g, l }))));
    expect(lines.length).toBeGreaterThan(4);
    for (const { g, l } of lines) {
      const file = normalize(readFileSync(join(dir, `${l.source.id}.txt`), 'utf8'));
      expect(file).toContain(normalize(l.context));
      expect(l.context).toContain(l.figure);
      expect(l.context).toContain(g.subject.split(' ')[0]);
    }
  });
});
