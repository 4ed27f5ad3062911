import { describe, expect, it } from 'vitest';
import { groupFacts } from '../../src/answer/answer.js';

type Candidate = Parameters<typeof groupFacts>[0][number];

/** A candidate of made-up text (groupFacts reads only the fact's text and the score). */
const candidate = (id: string, text: string, score: number) =>
  ({ fact: { id, text, articleId: id.split('#')[0] }, score }) as unknown as Candidate;

describe('groupFacts (one pass over the groups, speed-37)', () => {
  it('merges into the first group alike with the same numbers, drops near-copies with other numbers', () => {
    const groups = groupFacts(
      [
        candidate('a#0', 'Plumville council approved the riverside bridge costing 40 million crowns', 3),
        candidate('b#0', 'Farmers in Tallow County harvested record barley crops this autumn season', 2),
        candidate(
          'c#0',
          'Plumville council approved the riverside bridge costing 40 million crowns today',
          1.5,
        ),
        candidate('d#0', 'Plumville council approved the riverside bridge costing 55 million crowns', 1),
      ],
      0.6,
      0.7,
    );
    expect(groups.map((g) => g.facts.map((f) => f.id))).toEqual([['a#0', 'c#0'], ['b#0']]);
  });
});
