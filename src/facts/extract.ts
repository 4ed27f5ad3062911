import type { Article, Paragraph } from '../corpus/types.js';
import { sentencesOf, settledSentences, splitParagraphs } from './nlp.js';
import { parseQuantities } from './quantities.js';
import { stemsOf } from './terms.js';
import type { Fact } from './types.js';

/** Sentences shorter than this many words say too little to stand as a fact. */
const MIN_WORDS = 4;

/** A unit of a paragraph (a sentence, a list item, a table row) read for the index. */
type Unit = Pick<Fact, 'kind' | 'text' | 'terms' | 'quantities'>;

/** The units of a paragraph with their stems and quantities; those too short to be facts left out. */
function units(kind: Paragraph['kind'], texts: readonly string[]): Unit[] {
  if (kind === 'heading') return [];
  const out: Unit[] = [];
  for (const text of texts) {
    const terms = stemsOf(text);
    if (terms.length >= MIN_WORDS) out.push({ kind, text, terms, quantities: parseQuantities(text) });
  }
  return out;
}

/** An article's facts from its paragraphs' units, numbered in order. */
function numbered(article: Article, paragraphs: readonly Unit[][]): Fact[] {
  return paragraphs.flat().map((unit, position) => ({
    id: `${article.id}#${position}`,
    articleId: article.id,
    position,
    ...unit,
  }));
}

/**
 * An article's facts: its sentences (split by ICU, or by wink-nlp where ICU's break is doubtful),
 * list items and table rows, with their stems and quantities. Headings are not facts. Names are
 * read later, when something asks.
 */
export function extractFacts(article: Article): Fact[] {
  return numbered(
    article,
    article.paragraphs.map((p) => units(p.kind, p.kind === 'text' ? sentencesOf(p.text) : [p.text])),
  );
}

/**
 * The facts of many articles, as extractFacts gives them. The paragraphs ICU cannot settle go to
 * wink-nlp at once, on its thread where there is one, and the rest is read meanwhile.
 */
export async function extractMany(articles: readonly Article[]): Promise<Fact[][]> {
  const settled = articles.map((a) =>
    a.paragraphs.map((p) => (p.kind === 'text' ? settledSentences(p.text) : [p.text])),
  );
  const doubtful = articles.flatMap((a, i) =>
    a.paragraphs.filter((_, j) => settled[i]?.[j] === undefined).map((p) => p.text),
  );
  const split = splitParagraphs(doubtful);
  const read = articles.map((a, i) =>
    a.paragraphs.map((p, j) => {
      const texts = settled[i]?.[j];
      return texts && units(p.kind, texts);
    }),
  );
  const sentences = await split;
  let next = 0;
  return articles.map((article, i) =>
    numbered(
      article,
      (read[i] ?? []).map((unit) => unit ?? units('text', sentences[next++] ?? [])),
    ),
  );
}
