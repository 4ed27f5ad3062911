/**
 * Right or silent: a figure whose measure is not read is shown as a plain fact, in its sentence,
 * under no "subject · measure" title; never in a titled group.
 */
import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/build.js';
import { digestToText } from '../../src/digest/format.js';
import { indexOf } from '../helpers/index.js';

const at = { now: new Date('2026-11-24T08:00:00Z') };

const story = {
  a: 'Lee album out\n\nSinger Ann Lee released her tenth album in London on Tuesday, to warm reviews from the critics. Zedco Music had grown into a $160bn media giant before it signed Ann Lee in 2002, critics say.\n',
  b: 'Lee on tour\n\nSinger Ann Lee told fans in London on Wednesday that she would tour Britain next year with her band. Zedco Music paid its lawyers $12m last year, filings show.\n',
};

describe('plain facts', () => {
  it('shows a figure no measure word claims, in its sentence, without a title', () => {
    const d = buildDigest(indexOf(story), at);
    const plain = d.facts.find((l) => l.figure === '$160bn');
    expect(plain?.context).toMatch(/media giant/);
    expect(plain?.source.id).toBe('a');
    expect(d.figures.some((g) => g.moments.some((m) => m.lines.some((l) => l.figure === '$160bn')))).toBe(
      false,
    );
    const text = digestToText(d);
    expect(text).toMatch(/Other figures\n {4}• \$160bn: “Zedco Music had grown/);
  });

  it('shows at most maxFacts of them', () => {
    const d = buildDigest(indexOf(story), { ...at, maxFacts: 0 });
    expect(d.facts).toEqual([]);
    expect(digestToText(d)).not.toMatch(/Other figures/);
  });
});
