import type { Article } from '../corpus/types.js';
import { sentencesOf } from './nlp.js';
import { parseQuantities } from './quantities.js';
import { stemsOf } from './terms.js';
import type { Fact } from './types.js';

/** Sentences shorter than this many words say too little to stand as a fact. */
const MIN_WORDS = 4;

/**
 * An article's facts: its sentences (split by wink-nlp), list items and table rows, with their
 * stems and quantities. Headings are not facts. Names are read later, when something asks.
 */
export function extractFacts(article: Article): Fact[] {
  const facts: Fact[] = [];
  for (const paragraph of article.paragraphs) {
    if (paragraph.kind === 'heading') continue;
    const units = paragraph.kind === 'text' ? sentencesOf(paragraph.text) : [paragraph.text];
    for (const text of units) {
      const stems = stemsOf(text);
      if (stems.length < MIN_WORDS) continue;
      const position = facts.length;
      facts.push({
        id: `${article.id}#${position}`,
        articleId: article.id,
        position,
        kind: paragraph.kind,
        text,
        terms: stems,
        quantities: parseQuantities(text),
      });
    }
  }
  return facts;
}
