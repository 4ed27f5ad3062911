import type { Article, Paragraph } from '../corpus/types.js';
import { sentencesOf, settledSentences, splitParagraphs } from './nlp.js';
import { NumberedFact } from './numbered.js';
import { stemNumbersOf } from './stem-numbers.js';
import type { Fact } from './types.js';

/** Sentences shorter than this many words say too little to stand as a fact. */
const MIN_WORDS = 4;

/** A unit of a paragraph (a sentence, a list item, a table row) read for the index. */
interface Unit {
  kind: Fact['kind'];
  text: string;
  /** Its stems' numbers in the stem table. */
  numbers: number[];
}

/** The units of a paragraph with their stems; those too short to be facts left out. */
function units(kind: Paragraph['kind'], texts: readonly string[]): Unit[] {
  if (kind === 'heading') return [];
  const out: Unit[] = [];
  for (const text of texts) {
    const numbers = stemNumbersOf(text);
    if (numbers.length >= MIN_WORDS) out.push({ kind, text, numbers });
  }
  return out;
}

/** An article's facts from its paragraphs' units, numbered in order. */
function numbered(article: Article, paragraphs: readonly Unit[][]): NumberedFact[] {
  return paragraphs
    .flat()
    .map((unit, position) => new NumberedFact(article.id, position, unit.kind, unit.text, unit.numbers));
}

/**
 * An article's facts: its sentences (split by ICU, or by wink-nlp where ICU's break is doubtful),
 * list items and table rows, with their stems. Headings are not facts. Quantities and names are
 * read later, when something asks.
 */
export function extractFacts(article: Article): NumberedFact[] {
  return numbered(
    article,
    article.paragraphs.map((p) => units(p.kind, p.kind === 'text' ? sentencesOf(p.text) : [p.text])),
  );
}

/**
 * The facts of many articles, as extractFacts gives them. The paragraphs ICU cannot settle go to
 * wink-nlp at once, on its thread where there is one, and the rest is read meanwhile.
 */
export async function extractMany(articles: readonly Article[]): Promise<NumberedFact[][]> {
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
