import type { Article, Paragraph } from '../corpus/types.js';
import { sentencesOf, settledSentences, splitParagraphs } from './nlp.js';
import { NumberedFact } from './numbered.js';
import { stemNumbersOf } from './stem-numbers.js';
import type { Fact } from './types.js';

/**
 * Sentences shorter than this many words say too little to stand as a fact; one that holds a digit
 * (`FIGURE`) is kept as a line (kind `line`), which only the draft check reads.
 */
const MIN_WORDS = 4;

/**
 * A digit: a short line holding one states a figure. A match report's furniture is such lines
 * ("Okafor 75.", one scorer and his minute; "18,340.", the attendance): the draft check reads them
 * as its story's figures, the answers and the digest never see them (kept as facts, they moved the
 * answers: see DESIGN, facts/).
 */
const FIGURE = /\d/;

/**
 * A line that is a number alone ("78,000"): without a full stop the parser takes it for a heading,
 * but it states a figure (a match report's attendance): a line too.
 */
const NUMBER_ALONE = /^\s*\d[\d,.]*\s*$/;

/** A unit of a paragraph (a sentence, a list item, a table row) read for the index. */
interface Unit {
  kind: Fact['kind'];
  text: string;
  /** Its stems' numbers in the stem table. */
  numbers: number[];
}

/**
 * The units of a paragraph with their stems: those too short to be facts left out, but for short
 * lines that hold a digit (and a heading that is a number alone), kept as lines.
 */
function units(kind: Paragraph['kind'], texts: readonly string[]): Unit[] {
  if (kind === 'heading' && !texts.every((t) => NUMBER_ALONE.test(t))) return [];
  const out: Unit[] = [];
  for (const text of texts) {
    const numbers = stemNumbersOf(text);
    if (kind !== 'heading' && numbers.length >= MIN_WORDS) out.push({ kind, text, numbers });
    else if (numbers.length > 0 && FIGURE.test(text)) out.push({ kind: 'line', text, numbers });
  }
  return out;
}

/**
 * An article's facts from its paragraphs' units, numbered in order: the facts first, then the short
 * lines (so that a fact's id and position do not depend on the lines before it).
 */
function numbered(article: Article, paragraphs: readonly Unit[][]): NumberedFact[] {
  const all = paragraphs.flat();
  return [...all.filter((u) => u.kind !== 'line'), ...all.filter((u) => u.kind === 'line')].map(
    (unit, position) => new NumberedFact(article.id, position, unit.kind, unit.text, unit.numbers),
  );
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
 * How many articles' doubtful paragraphs go to the thread in one message: sent as soon as they are
 * settled, so that the thread splits them while the main thread reads and settles the rest.
 */
const SPLIT_BATCH = 32;

/**
 * The facts of articles given one at a time (`add`, as they are read), as extractFacts gives them
 * (`done`, in the order given). Each article's paragraphs are settled by ICU when it comes; those ICU
 * cannot settle go to wink-nlp (on its thread where there is one) every SPLIT_BATCH articles, so the
 * thread splits while the caller reads on. Stems are numbered in the same order as one batch would
 * number them: the settled paragraphs' sentences first, article by article, then the split ones.
 */
export class Extraction {
  private readonly articles: Article[] = [];
  private readonly settled: Array<Array<string[] | undefined>> = [];
  private readonly splits: Array<Promise<string[][]>> = [];
  private doubtful: string[] = [];
  private unsent = 0;

  /** Settles an article's paragraphs, and sends the doubtful ones on once a batch is full. */
  add(article: Article): void {
    const settled = article.paragraphs.map((p) => (p.kind === 'text' ? settledSentences(p.text) : [p.text]));
    this.articles.push(article);
    this.settled.push(settled);
    article.paragraphs.forEach((p, j) => {
      if (settled[j] === undefined) this.doubtful.push(p.text);
    });
    if (++this.unsent >= SPLIT_BATCH) this.send();
  }

  private send(): void {
    if (this.doubtful.length > 0) this.splits.push(splitParagraphs(this.doubtful));
    this.doubtful = [];
    this.unsent = 0;
  }

  /** The facts of every article added, in order: the settled paragraphs' read while the split ones come back. */
  async done(): Promise<NumberedFact[][]> {
    this.send();
    const read = this.articles.map((a, i) =>
      a.paragraphs.map((p, j) => {
        const texts = this.settled[i]?.[j];
        return texts && units(p.kind, texts);
      }),
    );
    const sentences = (await Promise.all(this.splits)).flat();
    let next = 0;
    return this.articles.map((article, i) =>
      numbered(
        article,
        (read[i] ?? []).map((unit) => unit ?? units('text', sentences[next++] ?? [])),
      ),
    );
  }
}

/**
 * The facts of many articles, as extractFacts gives them. The paragraphs ICU cannot settle go to
 * wink-nlp, on its thread where there is one, a batch at a time, and the rest is read meanwhile.
 */
export function extractMany(articles: readonly Article[]): Promise<NumberedFact[][]> {
  const extraction = new Extraction();
  for (const article of articles) extraction.add(article);
  return extraction.done();
}
