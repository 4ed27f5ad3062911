import { namesInside } from '../facts/entities.js';
import { statesKind } from '../facts/numbered.js';
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
        // An article already counted needs no more of its facts' figures read (each read parses them).
        if (!fact || articles.has(fact.articleId)) continue;
        if (concept.kind && statesKind(fact, concept.kind)) articles.add(fact.articleId);
      }
      return { topic: concept.name, articles: articles.size };
    })
    .filter((m) => m.articles > 0)
    .sort((a, b) => b.articles - a.articles);

  // Names from the lead sentences: capitalized runs that articles also capitalize mid-sentence.
  const names = new Map<string, Set<string>>();
  const byArticle = new Map<string, string[]>();
  for (const fact of index.facts())
    if (fact.position < 3)
      byArticle.set(fact.articleId, [...(byArticle.get(fact.articleId) ?? []), fact.text]);
  for (const [articleId, texts] of byArticle) {
    const inside = namesInside(texts);
    for (const text of texts)
      for (const m of text.matchAll(/\p{Lu}[\p{L}\p{N}&'’-]*(?:\s+\p{Lu}[\p{L}\p{N}&'’-]*){0,2}/gu)) {
        const name = m[0].replace(/['’]s$/, '');
        if (name.length < 3 || CALENDAR.test(name) || !name.split(/\s+/).every((w) => inside.has(w)))
          continue;
        const seen = names.get(name) ?? new Set<string>();
        seen.add(articleId);
        names.set(name, seen);
      }
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
