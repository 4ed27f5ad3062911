import { describe, expect, it } from 'vitest';
import { suggestTopics } from '../../src/answer/suggest.js';
import type { Fact } from '../../src/facts/types.js';
import type { FactIndex } from '../../src/index/fact-index.js';
import { defaultVocabulary } from '../../src/index/vocabulary.js';
import { indexOf } from '../helpers/index.js';

const story = (firm: string) => `${firm} profits rise

${firm} made a profit of £40m last year, the firm said.
Its profit in the spring alone was £12m, up from £9m.
Profit from its shops was £8m and profit from its website £5m.
The profit of its German arm was £3m.
`;

/** The index, as suggestTopics sees it, counting the facts whose figures it reads. */
function counting(index: FactIndex): { seen: FactIndex; reads: Map<string, number> } {
  const reads = new Map<string, number>();
  const seen = Object.create(index) as FactIndex;
  seen.fact = (id: string) => {
    const fact = index.fact(id);
    if (!fact) return fact;
    return new Proxy(fact, {
      get(target, key, receiver) {
        if (key === 'quantities') reads.set(target.articleId, (reads.get(target.articleId) ?? 0) + 1);
        return Reflect.get(target, key, receiver) as unknown;
      },
    }) as Fact;
  };
  return { seen, reads };
}

describe('suggestTopics', () => {
  const articles = {
    'news/a': story('Brickworks'),
    'news/b': story('Millstone'),
    'news/c': story('Ferrybank'),
  };

  it('reads the figures of one fact an article once that article counts for a measure', () => {
    const index = indexOf(articles);
    const { seen, reads } = counting(index);
    const topics = suggestTopics(seen, defaultVocabulary());
    expect(topics).toContain('profit');
    // Every article states a profit in each of its facts: at most one fact read an article for
    // each measure whose words it uses, not one for each fact using them.
    const measures = defaultVocabulary().concepts.filter((c) => c.kind);
    for (const id of Object.keys(articles)) {
      const using = measures.filter((c) =>
        [...index.match(c.phrases).keys()].some((f) => index.fact(f)?.articleId === id),
      ).length;
      expect(using).toBeGreaterThan(0);
      expect(reads.get(id) ?? 0).toBeLessThanOrEqual(using);
    }
  });
});
