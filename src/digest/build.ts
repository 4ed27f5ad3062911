import { answerQuery, citationsOf } from '../answer/answer.js';
import { jaccard } from '../answer/similarity.js';
import type { Citation } from '../answer/types.js';
import { entityWords, type FactIndex } from '../index/fact-index.js';
import { compareMentions, type MeasureReport, mentionsIn, type StatedValue } from '../index/measures.js';
import { defaultVocabulary, type Vocabulary } from '../index/vocabulary.js';

/** A measure the coverage quantifies, with the values articles give and whether they agree. */
export interface KeyFigure {
  measure: string;
  /** Most cited first. */
  values: Array<{ text: string; citations: Citation[] }>;
  /** Whether the articles agree; undefined when there is nothing to compare (one article, or a movement over a period). */
  agree?: boolean;
}

/** A recurring theme of the coverage, told by one of its sentences. */
export interface Thread {
  topic: string;
  text: string;
  citations: Citation[];
}

/** What the coverage says, at a glance. */
export interface Digest {
  story: string;
  /** The day, in the schedule's time zone: `2026-11-24`. */
  date: string;
  articleCount: number;
  /** The outlets the articles name, each once. */
  outlets: string[];
  /** Articles that name no outlet. */
  unnamedOutlets: number;
  /** Articles not in the previous digest; all of them when there was none. With their date when known. */
  newArticles: Array<Citation & { published?: string }>;
  /** False for the first digest: nothing to compare with. */
  hadPrevious: boolean;
  figures: KeyFigure[];
  threads: Thread[];
}

export interface DigestOptions {
  /** The time the digest is for. Default: now. */
  now?: Date;
  /** IANA time zone of the date. Default `UTC`. */
  timezone?: string;
  /** The story's name; derived from the names most articles mention when unset. */
  story?: string;
  /** Article ids the previous digest covered; undefined when there was none. */
  previousArticleIds?: readonly string[];
  /** The most key figures shown. Default 6. */
  maxFigures?: number;
  /** The most values shown for one measure. Default 4. */
  maxValues?: number;
  /** The most threads shown. Default 4. */
  maxThreads?: number;
  vocabulary?: Vocabulary;
}

const defaultOptions = { timezone: 'UTC', maxFigures: 6, maxValues: 4, maxThreads: 4 };

/** Names by how many articles mention them, most first; a longer name ("Scale AI") stands for its first word. */
export function namesByArticles(index: FactIndex): Array<{ name: string; articles: number }> {
  const seen = new Map<string, Set<string>>();
  for (const fact of index.facts())
    for (const name of index.entitiesOf(fact)) {
      if (name.length < 3) continue;
      const set = seen.get(name) ?? new Set<string>();
      set.add(fact.articleId);
      seen.set(name, set);
    }
  return [...seen.entries()]
    .map(([name, set]) => ({ name, articles: set.size }))
    .sort((a, b) => b.articles - a.articles || b.name.length - a.name.length || a.name.localeCompare(b.name));
}

/**
 * The story's name: the two names (runs of capitalized words the tagger reads as proper nouns, or
 * acronyms) that most articles use, longer names first on a tie: "Scale AI and Meta".
 */
export function storyName(index: FactIndex): string {
  const proper = new Set(entityWords([...index.facts()].flatMap((f) => index.entitiesOf(f))));
  const seen = new Map<string, Set<string>>();
  for (const fact of index.facts())
    for (const run of fact.text.match(/\p{Lu}[\p{L}\p{N}&'-]*(?:\s+\p{Lu}[\p{L}\p{N}&'-]*){0,2}/gu) ?? []) {
      const words = run.replace(/['’]s$/, '').split(/\s+/);
      for (let n = words.length; n >= 1; n--) {
        const name = words.slice(0, n);
        if (!name.every((w) => proper.has(w.toLowerCase()) || /^\p{Lu}{2,5}$/u.test(w))) continue;
        const key = name.join(' ');
        seen.set(key, (seen.get(key) ?? new Set()).add(fact.articleId));
      }
    }
  const ranked = [...seen.entries()]
    .map(([name, set]) => ({ name, articles: set.size }))
    .sort(
      (a, b) =>
        b.articles - a.articles ||
        b.name.split(' ').length - a.name.split(' ').length ||
        a.name.localeCompare(b.name),
    );
  const picked: string[] = [];
  for (const { name } of ranked) {
    if (picked.length === 2) break;
    const words = name.toLowerCase().split(' ');
    if (
      !picked.some((p) =>
        p
          .toLowerCase()
          .split(' ')
          .some((w) => words.includes(w)),
      )
    )
      picked.push(name);
  }
  return picked.join(' and ') || 'the story';
}

/** Values equal in amount and qualifier become one, citing all their articles. */
function mergeValues(values: readonly StatedValue[]): StatedValue[] {
  const merged: StatedValue[] = [];
  for (const v of values) {
    const same = merged.find(
      (m) =>
        m.quantity.value === v.quantity.value &&
        m.quantity.qualifier === v.quantity.qualifier &&
        m.quantity.currency === v.quantity.currency,
    );
    if (!same) merged.push({ ...v, facts: [...v.facts], articleIds: [...v.articleIds] });
    else {
      for (const id of v.articleIds) if (!same.articleIds.includes(id)) same.articleIds.push(id);
      for (const f of v.facts) if (!same.facts.includes(f)) same.facts.push(f);
    }
  }
  return merged;
}

/** The day a time falls on in a time zone, as YYYY-MM-DD. */
export function dayIn(date: Date, timezone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: timezone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(date);
}

/**
 * What the coverage says: its size, the key figures (each measure its facts quantify, discovered
 * from the facts, with every value and its sources, agreeing or not), the recurring threads, and the
 * articles new since the previous digest. Pure: the same index and options give the same digest.
 */
export function buildDigest(index: FactIndex, options: DigestOptions = {}): Digest {
  const o = { ...defaultOptions, ...options };
  const vocabulary = options.vocabulary ?? defaultVocabulary();
  const articles = index.articles();

  // One figure a measure: the values of every subject, the most cited first; the articles agree
  // when no two of them give one subject values that cannot both be right.
  const byMeasure = new Map<string, MeasureReport[]>();
  for (const r of compareMentions(mentionsIn(index.facts(), vocabulary, (f) => index.entitiesOf(f))))
    byMeasure.set(r.measure, [...(byMeasure.get(r.measure) ?? []), r]);
  const figures: KeyFigure[] = [...byMeasure.entries()]
    .map(([measure, reports]) => {
      const values = mergeValues(reports.flatMap((r) => r.values)).sort(
        (a, b) => b.articleIds.length - a.articleIds.length || b.facts.length - a.facts.length,
      );
      const articleIds = new Set(values.flatMap((v) => v.articleIds));
      const comparable = articleIds.size > 1 && !vocabulary.concepts.find((c) => c.name === measure)?.change;
      return {
        figure: {
          measure,
          values: values.slice(0, o.maxValues).map((v) => ({
            text: v.text,
            citations: citationsOf(index, v.articleIds),
          })),
          ...(comparable ? { agree: reports.every((r) => r.agree) } : {}),
        },
        weight: articleIds.size,
      };
    })
    .sort((a, b) => b.weight - a.weight || a.figure.measure.localeCompare(b.figure.measure))
    .slice(0, o.maxFigures)
    .map((f) => f.figure);

  const threads: Thread[] = [];
  const topics = [
    ...namesByArticles(index).filter((n) => n.articles >= Math.min(2, articles.length)),
    ...vocabulary.concepts.filter((c) => !c.kind).map((c) => ({ name: c.name, articles: 0 })),
  ];
  for (const { name } of topics) {
    if (threads.length >= o.maxThreads) break;
    const fact = answerQuery(index, name, { vocabulary }).facts.find(
      (f) => f.citations.length > 0 && threads.every((t) => jaccard(t.text, f.text) < 0.4),
    );
    if (fact) threads.push({ topic: name, text: fact.text, citations: fact.citations });
  }

  const previous = options.previousArticleIds ? new Set(options.previousArticleIds) : undefined;
  const fresh = articles.filter((a) => !previous?.has(a.id)).map((a) => a.id);
  return {
    story: options.story ?? storyName(index),
    date: dayIn(options.now ?? new Date(), o.timezone),
    articleCount: articles.length,
    outlets: [...new Set(articles.flatMap((a) => (a.outlet ? [a.outlet] : [])))].sort(),
    unnamedOutlets: articles.filter((a) => !a.outlet).length,
    newArticles: citationsOf(index, fresh).map((c) => {
      const published = index.article(c.id)?.published;
      return published ? { ...c, published } : c;
    }),
    hadPrevious: previous !== undefined,
    figures,
    threads,
  };
}
