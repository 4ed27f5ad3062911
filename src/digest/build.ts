import { answerQuery } from '../answer/answer.js';
import { contentWords, jaccard } from '../answer/similarity.js';
import type { ArticleMeta } from '../corpus/types.js';
import { compatible } from '../facts/quantities.js';
import type { Fact } from '../facts/types.js';
import { entityWords, type FactIndex } from '../index/fact-index.js';
import { defaultVocabulary, type Vocabulary } from '../index/vocabulary.js';
import {
  contextWords,
  type DigestCitation,
  digestCitation,
  type FigureGroup,
  type FigureLine,
  type FigureMention,
  figureMentions,
  groupFigures,
  lineOf,
  MIN_CONTEXT_WORDS,
  sameValue,
  unitKey,
} from './figures.js';

import { storyName } from './story.js';

export type { DigestCitation, FigureGroup, FigureLine, MomentValues } from './figures.js';
export { storyName } from './story.js';

/** A fact most of the coverage states: the words of one article, and every article that states it. */
export interface TopFact {
  text: string;
  /** The figure the articles share, when it is a figure they state alike (the rest of `text` may be one article's own). */
  figure?: string;
  /** The article whose words `text` is. */
  source: DigestCitation;
  /** The other articles that state it, in their own words (the same figure, or the same sentence). */
  also: DigestCitation[];
  /** Articles that give another value of the same figure at the same moment, which can be right too ("exceeding $10 billion"). */
  consistent: Array<{ citation: DigestCitation; figure: string }>;
}

/** What one new article adds: a sentence (or clause) of it, word for word, that no earlier article stated. */
export interface Addition {
  text: string;
  /** The new figure it gives, as written, when it gives one. */
  figure?: string;
  cutBefore?: boolean;
  cutAfter?: boolean;
}

/** An article that arrived since the last digest, with what it adds. */
export interface NewArticle extends DigestCitation {
  /**
   * At most three; empty when everything it says was said before. Absent for the articles past
   * the newest `maxNewDetailed`, which are counted, not shown.
   */
  adds?: Addition[];
}

/** A figure a new article gives that differs from what an earlier article gave for it. */
export interface FigureChange {
  measure: string;
  subject: string;
  moment?: string;
  now: FigureLine;
  before: FigureLine;
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
  /** The date of the latest dated article: the digest is "as of" it. */
  asOf?: string;
  /** The two or three facts most of the coverage states. */
  topLine: TopFact[];
  /** Figures, like with like, most covered first. */
  figures: FigureGroup[];
  /** False for the first digest: nothing to compare with. */
  hadPrevious: boolean;
  /** Articles not in the previous digest, newest first; all of them when there was none. */
  newArticles: NewArticle[];
  /** Figures the new articles changed. */
  changes: FigureChange[];
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
  /** The most figure groups shown. Default 8. */
  maxFigures?: number;
  /** The most values shown for one moment of a figure. Default 3. */
  maxValues?: number;
  /** The most facts of the top line. Default 3. */
  maxTopLine?: number;
  /** The most additions listed for one new article. Default 3. */
  maxAdditions?: number;
  /** How many of the newest new articles get what they add worked out (the ones shown). Default 20. */
  maxNewDetailed?: number;
  vocabulary?: Vocabulary;
}

const defaultOptions = {
  timezone: 'UTC',
  maxFigures: 8,
  maxValues: 3,
  maxTopLine: 3,
  maxAdditions: 3,
  maxNewDetailed: 20,
};

/**
 * Names by how many articles mention them (copies of one text count once), most first; a longer
 * name ("Scale AI") stands for its first word.
 */
export function namesByArticles(index: FactIndex): Array<{ name: string; articles: number }> {
  const seen = new Map<string, Set<string>>();
  index.readEntities(index.facts());
  for (const fact of index.facts())
    for (const name of index.entitiesOf(fact)) {
      if (name.length < 3) continue;
      const set = seen.get(name) ?? new Set<string>();
      set.add(index.original(fact.articleId));
      seen.set(name, set);
    }
  return [...seen.entries()]
    .map(([name, set]) => ({ name, articles: set.size }))
    .sort((a, b) => b.articles - a.articles || b.name.length - a.name.length || a.name.localeCompare(b.name));
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

/** Dated articles by date, then undated ones by id: the order the coverage came in. */
function chronological(articles: readonly ArticleMeta[]): ArticleMeta[] {
  return articles
    .map((a, i) => ({ a, i }))
    .sort((x, y) => {
      const [p, q] = [x.a.published, y.a.published];
      if (p && q && p !== q) return p < q ? -1 : 1;
      if (!p !== !q) return p ? -1 : 1;
      return x.i - y.i;
    })
    .map(({ a }) => a);
}

/** Newest first: dated articles by date, then the undated in the order they were found. */
const newestFirst = (inOrder: readonly ArticleMeta[]) => [
  ...inOrder.filter((a) => a.published).reverse(),
  ...inOrder.filter((a) => !a.published),
];

/**
 * Articles that give a figure shown in the words of another, in a sentence that does not say whose
 * it is ("the tech giant is investing $15 billion in Scale AI"): the same measure, the same value,
 * and a name both sentences hold.
 */
function support(index: FactIndex, line: FigureLine, mentions: readonly FigureMention[]): DigestCitation[] {
  const shown = mentions.find((m) => m.fact.id === line.factId && m.quantity.text === line.figure);
  if (!shown) return [];
  const names = new Set(entityWords(index.entitiesOf(shown.fact)));
  const cited = new Set([line.source.id, ...line.also.map((c) => c.id)]);
  const found: DigestCitation[] = [];
  for (const m of mentions) {
    if (m.placed || cited.has(m.article.id) || m.concept !== shown.concept) continue;
    if (!sameValue(m.quantity, shown.quantity) || (m.moment?.key ?? '') !== (shown.moment?.key ?? ''))
      continue;
    if (!entityWords(index.entitiesOf(m.fact)).some((w) => names.has(w))) continue;
    cited.add(m.article.id);
    found.push(digestCitation(m.article));
  }
  return found;
}

/** A sentence that can stand alone in a digest: it names someone and says enough. */
const standsAlone = (text: string) =>
  /\S\s+\p{Lu}/u.test(text) &&
  contextWords(text, '') >= MIN_CONTEXT_WORDS + 3 &&
  !/^(?:it|they|this|these|he|she)\b/i.test(text);

/** Alike enough in words that one says what the other says. */
const SAME_FACT = 0.35;

/**
 * The two or three facts most of the coverage states: the figures most articles give alike, and
 * the sentences on the names most articles use that several articles state; each citing every
 * article that states it, in the words of one of them.
 */
function topLine(
  index: FactIndex,
  figures: readonly FigureGroup[],
  mentions: readonly FigureMention[],
  names: ReadonlyArray<{ name: string; articles: number }>,
  vocabulary: Vocabulary,
  max: number,
): TopFact[] {
  // `same`: what makes two figures one fact at a glance (one subject's measure, one value).
  const candidates: Array<TopFact & { n: number; same?: string }> = [];
  for (const g of figures)
    for (const m of g.moments) {
      if (m.differ || m.asOf) continue;
      const [first, ...rest] = [...m.lines].sort((a, b) => b.also.length - a.also.length);
      if (!first) continue;
      const best = { ...first, also: [...first.also, ...support(index, first, mentions)] };
      const consistent = rest.flatMap((l) =>
        [l.source, ...l.also].map((citation) => ({ citation, figure: l.figure })),
      );
      // Copies of one text are one article: they do not agree with each other.
      const n = new Set(
        [best.source, ...best.also, ...consistent.map((c) => c.citation)].map((c) => index.original(c.id)),
      ).size;
      candidates.push({
        same: [g.subject, g.measure, best.figure.replace(/^\D+/, '')].join('\u0000'),
        text: best.context,
        figure: best.figure,
        source: best.source,
        also: best.also,
        consistent,
        n,
      });
    }
  const byText = new Map<string, string[]>();
  for (const fact of index.facts()) byText.set(fact.text, [...(byText.get(fact.text) ?? []), fact.articleId]);
  for (const { name } of names.slice(0, 4)) {
    for (const f of answerQuery(index, name, { vocabulary }).facts.slice(0, 3)) {
      const stating = f.citations.filter((c) => byText.get(f.text)?.includes(c.id));
      const source = stating[0] ? index.article(stating[0].id) : undefined;
      if (!source || f.citations.length < 2 || !standsAlone(f.text)) continue;
      const also = f.citations
        .filter((c) => c.id !== source.id)
        .flatMap((c) => {
          const a = index.article(c.id);
          return a ? [digestCitation(a)] : [];
        });
      candidates.push({
        text: f.text,
        source: digestCitation(source),
        also,
        consistent: [],
        n: new Set([source.id, ...also.map((c) => c.id)].map((id) => index.original(id))).size,
      });
    }
  }
  const least = Math.min(2, index.distinctArticleCount);
  const picked: TopFact[] = [];
  const seen = new Set<string>();
  for (const c of candidates.sort((a, b) => b.n - a.n || Number(!!b.figure) - Number(!!a.figure))) {
    if (picked.length >= max || c.n < least) break;
    if (picked.some((p) => p.text === c.text || jaccard(p.text, c.text) >= SAME_FACT)) continue;
    if (c.same && seen.has(c.same)) continue;
    if (c.same) seen.add(c.same);
    const { n: _n, same: _same, ...fact } = c;
    picked.push(fact);
  }
  return picked;
}

/**
 * The articles not in the previous digest, newest first; for the newest `detail` of them, at most
 * `max` things each states that no earlier article did (its new figures first, then its sentences
 * unlike any earlier one); and the figures they changed. Earlier: in the previous digest, or new and
 * older. Lookups go through maps and an index of words, so that a thousand new articles cost no more
 * than the twenty shown.
 */
function whatIsNew(
  index: FactIndex,
  mentions: readonly FigureMention[],
  previous: ReadonlySet<string>,
  max: number,
  detail: number,
): { newArticles: NewArticle[]; changes: FigureChange[] } {
  const order = chronological(index.articles());
  const fresh = order.filter((a) => !previous.has(a.id));
  if (fresh.length === 0) return { newArticles: [], changes: [] };
  // When each article came: those of the previous digest first, then the new ones in order.
  const rank = new Map<string, number>();
  for (const a of order) if (previous.has(a.id)) rank.set(a.id, -1);
  fresh.forEach((a, i) => {
    rank.set(a.id, i);
  });
  const isEarlier = (id: string, than: string) => (rank.get(id) ?? 0) < (rank.get(than) ?? 0);

  const shown = newestFirst(fresh);
  const detailed = new Set(shown.slice(0, detail).map((a) => a.id));

  const valueKey = (m: FigureMention) =>
    [m.quantity.value, m.quantity.currency ?? '', m.quantity.per ?? ''].join('\u0000');
  // One figure of one subject at one moment, in one unit: mentions under one key are like with like.
  const groupKey = (m: FigureMention) =>
    [m.concept.name, m.subjectKey, m.moment?.key ?? '', unitKey(m.quantity)].join('\u0000');
  const byValue = new Map<string, FigureMention[]>();
  const byGroup = new Map<string, FigureMention[]>();
  const mentionsOf = new Map<string, FigureMention[]>();
  for (const m of mentions) {
    for (const [map, key] of [
      [byValue, valueKey(m)],
      [byGroup, groupKey(m)],
      [mentionsOf, m.article.id],
    ] as const) {
      const list = map.get(key);
      if (list) list.push(m);
      else map.set(key, [m]);
    }
  }
  // Facts by their content words, to find the earlier ones alike without comparing with every one.
  const wordsOf = new Map<Fact, Set<string>>();
  const byWord = new Map<string, Fact[]>();
  for (const fact of index.facts()) {
    const words = new Set(contentWords(fact.text));
    wordsOf.set(fact, words);
    for (const w of words) {
      const list = byWord.get(w);
      if (list) list.push(fact);
      else byWord.set(w, [fact]);
    }
  }
  const saidBefore = (fact: Fact) => {
    const words = wordsOf.get(fact) ?? new Set<string>();
    const shared = new Map<Fact, number>();
    for (const w of words)
      for (const other of byWord.get(w) ?? [])
        if (isEarlier(other.articleId, fact.articleId)) shared.set(other, (shared.get(other) ?? 0) + 1);
    for (const [other, n] of shared)
      if (n / Math.max(1, words.size + (wordsOf.get(other)?.size ?? 0) - n) >= SAME_FACT) return true;
    return false;
  };

  const newArticles = new Map<string, NewArticle>();
  const changes: FigureChange[] = [];
  for (const article of fresh) {
    if (!detailed.has(article.id)) {
      newArticles.set(article.id, digestCitation(article));
      continue;
    }
    const adds: Addition[] = [];
    const used = new Set<string>();
    for (const m of mentionsOf.get(article.id) ?? []) {
      if (!m.placed) continue;
      const known = (byGroup.get(groupKey(m)) ?? []).filter(
        (o) => o.placed && isEarlier(o.article.id, article.id),
      );
      const differs = known.find((o) => !compatible(o.quantity, m.quantity));
      if (differs && !changes.some((c) => c.now.factId === m.fact.id))
        changes.push({
          measure: m.concept.name,
          subject: m.subject.join(' and '),
          ...(m.moment ? { moment: m.moment.text } : {}),
          now: lineOf(m),
          before: lineOf(differs),
        });
      // Said before: the same value of the same measure, or in a sentence naming someone this one names.
      const names = new Set(entityWords(index.entitiesOf(m.fact)));
      const said = (byValue.get(valueKey(m)) ?? []).some(
        (o) =>
          // byValue holds only mentions of this value, currency and rate.
          isEarlier(o.article.id, article.id) &&
          (o.concept === m.concept || entityWords(index.entitiesOf(o.fact)).some((w) => names.has(w))),
      );
      if (said || used.has(m.fact.id)) continue;
      used.add(m.fact.id);
      adds.push({
        text: m.context.text,
        figure: m.quantity.text,
        ...(m.context.cutBefore ? { cutBefore: true } : {}),
        ...(m.context.cutAfter ? { cutAfter: true } : {}),
      });
    }
    for (const fact of index.factsOf(article.id)) {
      if (adds.length >= max) break;
      if (used.has(fact.id) || fact.kind === 'row' || !standsAlone(fact.text)) continue;
      // A sentence with a figure the digest cannot place is left out, as in the figures.
      if (fact.quantities.some((q) => q.kind === 'money' || q.kind === 'percent')) continue;
      if (saidBefore(fact)) continue;
      if (adds.some((a) => jaccard(a.text, fact.text) >= SAME_FACT)) continue;
      used.add(fact.id);
      adds.push({ text: fact.text });
    }
    newArticles.set(article.id, { ...digestCitation(article), adds: adds.slice(0, max) });
  }
  return { newArticles: shown.flatMap((a) => newArticles.get(a.id) ?? []), changes };
}

/**
 * What the coverage says: its size; a top line of the facts most articles state; the figures, each
 * in the words of its article that say whose it is, of what and when, like with like (subject,
 * measure, moment), saying where sources differ; and what the articles new since the previous
 * digest add. Pure: the same index and options give the same digest.
 */
export function buildDigest(index: FactIndex, options: DigestOptions = {}): Digest {
  const o = { ...defaultOptions, ...options };
  const vocabulary = options.vocabulary ?? defaultVocabulary();
  const articles = index.articles();
  const names = namesByArticles(index);
  const mentions = figureMentions(index, vocabulary, names);
  const groups = groupFigures(mentions);
  const figures = groups.slice(0, o.maxFigures).map((g) => ({
    ...g,
    moments: g.moments.map((m) => ({
      ...m,
      lines: m.lines
        .slice(0, o.maxValues)
        .map((l) => ({ ...l, also: [...l.also, ...support(index, l, mentions)] })),
    })),
  }));
  const previous = options.previousArticleIds ? new Set(options.previousArticleIds) : undefined;
  const { newArticles, changes } = previous
    ? whatIsNew(index, mentions, previous, o.maxAdditions, o.maxNewDetailed)
    : {
        newArticles: newestFirst(chronological(articles)).map((a) => digestCitation(a)),
        changes: [],
      };
  const dates = articles.flatMap((a) => (a.published ? [a.published] : [])).sort();
  return {
    story: options.story ?? storyName(index),
    date: dayIn(options.now ?? new Date(), o.timezone),
    // Copies of one text are one article.
    articleCount: index.distinctArticleCount,
    outlets: [...new Set(articles.flatMap((a) => (a.outlet ? [a.outlet] : [])))].sort(),
    unnamedOutlets: articles.filter((a) => !a.outlet && index.original(a.id) === a.id).length,
    ...(dates.length > 0 ? { asOf: dates.at(-1) } : {}),
    topLine: topLine(index, groups, mentions, names, vocabulary, o.maxTopLine),
    figures,
    hadPrevious: previous !== undefined,
    newArticles,
    changes,
  };
}
