import type { FactIndex } from '../index/fact-index.js';
import type { Vocabulary } from '../index/vocabulary.js';

/** Names that are dates, not topics. */
const CALENDAR =
  /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/i;

const cache = new WeakMap<FactIndex, { version: number; topics: string[] }>();

/**
 * Topics the coverage covers, most covered first: the measures its facts quantify and the names
 * most of its articles mention. Cached until the index changes.
 */
export function suggestTopics(index: FactIndex, vocabulary: Vocabulary, count = 6): string[] {
  const cached = cache.get(index);
  if (cached?.version === index.version) return cached.topics.slice(0, count);

  const measures = vocabulary.concepts
    .filter((c) => c.kind)
    .map((concept) => {
      const articles = new Set<string>();
      for (const id of index.match(concept.phrases).keys()) {
        const fact = index.fact(id);
        if (fact?.quantities.some((q) => q.kind === concept.kind)) articles.add(fact.articleId);
      }
      return { topic: concept.name, articles: articles.size };
    })
    .filter((m) => m.articles > 0)
    .sort((a, b) => b.articles - a.articles);

  const names = new Map<string, Set<string>>();
  for (const fact of index.facts())
    for (const entity of fact.entities) {
      if (entity.length < 3 || CALENDAR.test(entity)) continue;
      const seen = names.get(entity) ?? new Set<string>();
      seen.add(fact.articleId);
      names.set(entity, seen);
    }
  const entities = [...names.entries()]
    .map(([topic, articles]) => ({ topic, articles: articles.size + (topic.includes(' ') ? 0.5 : 0) }))
    .sort((a, b) => b.articles - a.articles || a.topic.localeCompare(b.topic));

  const topics: string[] = [];
  const half = Math.ceil(count / 2);
  for (const m of measures.slice(0, half)) topics.push(m.topic);
  for (const e of entities) {
    if (topics.length >= Math.max(count, 12)) break;
    if (!topics.some((t) => t.toLowerCase() === e.topic.toLowerCase())) topics.push(e.topic);
  }
  cache.set(index, { version: index.version, topics });
  return topics.slice(0, count);
}
