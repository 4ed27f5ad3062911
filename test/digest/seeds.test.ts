/**
 * The seed story's digest as it is posted, read as an editor would: every figure with the words
 * that say what it is, and the figures the coverage is easy to get wrong placed right.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Message } from '../../src/blocks/answer.js';
import { digestMessage } from '../../src/blocks/digest.js';
import { blockProblems } from '../../src/blocks/limits.js';
import { buildDigest, type Digest } from '../../src/digest/build.js';
import { buildIndex } from '../../src/index/build.js';
import type { FactIndex } from '../../src/index/fact-index.js';
import {
  citationsOf,
  figureLineProblems,
  figureLines,
  messageLines,
  textLines,
  withoutCitations,
} from '../helpers/digest-lines.js';

let index: FactIndex;
let digest: Digest;
let message: Message;
let lines: string[];
let titles: string[];
let ids: string[];

beforeAll(async () => {
  index = await buildIndex('seeds', { warn: () => {} });
  digest = buildDigest(index, { now: new Date('2026-11-24T08:00:00Z') });
  message = digestMessage(digest);
  lines = messageLines(message.blocks);
  ({ titles, ids } = citationsOf(index));
});

/** The posted lines that hold a figure, citations taken out. */
const holding = (figure: string) =>
  figureLines(lines, titles, ids)
    .map((l) => withoutCitations(l, titles, ids))
    .filter((l) => l.includes(figure));

/** Whitespace folded and reference markers (`[4]`) left out, as the project reads articles. */
const normalize = (s: string) => s.replace(/\[\d+\]/g, '').replace(/\s+/g, ' ');

describe('the seed story’s posted digest', () => {
  it('keeps Block Kit’s limits', () => {
    expect(blockProblems(message.blocks, message.text)).toEqual([]);
  });

  it('has at least seven words saying what each money or percentage figure is, on its line', () => {
    expect(figureLines(lines, titles, ids).length).toBeGreaterThanOrEqual(4);
    expect(figureLineProblems(lines, titles, ids)).toEqual([]);
    expect(figureLineProblems(textLines(digest), titles, ids)).toEqual([]);
  });

  it('shows $28 billion on a line saying it is Scale AI’s valuation', () => {
    const found = holding('$28 billion');
    expect(found.length).toBeGreaterThan(0);
    for (const l of found) expect(l).toMatch(/Scale AI[\s\S]*valu|valu[\s\S]*Scale AI/);
  });

  it('shows $13.8 billion, if at all, with its Series F round', () => {
    for (const l of holding('$13.8 billion')) expect(l).toMatch(/Series F/);
  });

  it('shows $1 billion, if at all, saying what raised it, never as Meta’s investment', () => {
    const sections = message.blocks.flatMap((b) => (b.type === 'section' ? [b.text?.text ?? ''] : []));
    for (const l of holding('$1 billion')) {
      expect(l).toMatch(/Series F funding round, which raised \$1 billion/);
      // Where $1 billion is the figure the line is about, its heading says whose and what it is.
      if (!l.includes(' $1 billion: “')) continue;
      const section = sections.find((s) => s.includes(l.trim().slice(0, 60))) ?? '';
      // Titled by the measure's name or the word its sentences write for it (digest-21: "funding").
      expect(section.split('\n')[0]).toMatch(/Scale AI · (?:investment|funding)/);
    }
    for (const g of digest.figures)
      if (g.subject === 'Meta')
        for (const m of g.moments) for (const v of m.lines) expect(v.figure).not.toBe('$1 billion');
  });

  it('shows 49% on a line saying it is Meta’s stake', () => {
    const found = holding('49%');
    expect(found.length).toBeGreaterThan(0);
    for (const l of found) expect(l).toMatch(/Meta[\s\S]*49% stake/);
  });

  it('quotes every figure in words that stand in the article it cites', () => {
    const files = Object.fromEntries(
      index.articles().map((a) => [a.id, normalize(readFileSync(`seeds/${a.id}.txt`, 'utf8'))]),
    );
    const quoted = [
      ...digest.figures
        .flatMap((g) => g.moments.flatMap((m) => m.lines))
        .map((l) => [l.context, l.source.id]),
      ...digest.topLine.map((t) => [t.text, t.source.id]),
    ];
    expect(quoted.length).toBeGreaterThan(3);
    for (const [text = '', id = ''] of quoted) expect(files[id]).toContain(normalize(text));
  });

  it('never says sources agree, and says they differ only where one subject’s one moment has values that cannot all be right', () => {
    expect(JSON.stringify(message.blocks)).not.toMatch(/agree/i);
    const valuation = digest.figures.find((g) => g.measure === 'valuation' && /Scale/.test(g.subject));
    expect(valuation?.moments.length).toBeGreaterThan(1);
    expect(valuation?.moments.some((m) => m.differ)).toBe(false);
  });

  it('opens with a top line citing every article that states it', () => {
    expect(digest.topLine.length).toBeGreaterThan(0);
    const [first] = digest.topLine;
    expect(first?.text).toMatch(/\$15 billion/);
    expect([first?.source.id, ...(first?.also ?? []).map((c) => c.id)].sort()).toEqual([
      '000_10f5d5b3268c17aa',
      '002_85cfbc7a48a6de22',
    ]);
  });
});
