import type { ItemSentence, ItemToken } from 'wink-nlp';
import type { Article } from '../corpus/types.js';
import { nlp, readToken, type Token } from './nlp.js';
import { parseQuantities } from './quantities.js';
import type { Fact } from './types.js';

/** Sentences shorter than this many words say too little to stand as a fact. */
const MIN_WORDS = 4;

/** Runs of proper nouns ("Alexandr Wang", "Scale AI"), each once, in order. */
export function entitiesOf(tokens: Token[]): string[] {
  const found: string[] = [];
  let run: string[] = [];
  const flush = () => {
    const name = run.join(' ');
    if (run.length > 0 && /\p{Lu}/u.test(name) && name.length > 1 && !found.includes(name)) found.push(name);
    run = [];
  };
  for (const token of tokens) {
    if (token.pos === 'PROPN' && /^[\p{Lu}\p{N}]/u.test(token.text))
      run.push(token.text.replace(/['’]s$/, ''));
    else flush();
  }
  flush();
  return found;
}

/** Splits a paragraph into sentences with wink-nlp, each with its tokens. */
export function splitSentences(paragraph: string): Array<{ text: string; tokens: Token[] }> {
  const sentences: Array<{ text: string; tokens: Token[] }> = [];
  nlp()
    .readDoc(paragraph)
    .sentences()
    .each((s: ItemSentence) => {
      const tokens: Token[] = [];
      s.tokens().each((t: ItemToken) => {
        const token = readToken(t);
        if (token) tokens.push(token);
      });
      const text = s.out().trim();
      if (text) sentences.push({ text, tokens });
    });
  return sentences;
}

/** An article's facts: its sentences, list items and table rows, with their quantities and entities. */
export function extractFacts(article: Article): Fact[] {
  const facts: Fact[] = [];
  for (const paragraph of article.paragraphs) {
    if (paragraph.kind === 'heading') continue;
    const units =
      paragraph.kind === 'text'
        ? splitSentences(paragraph.text)
        : [{ text: paragraph.text, tokens: [] as Token[] }];
    for (const unit of units) {
      const tokens =
        unit.tokens.length > 0 ? unit.tokens : splitSentences(unit.text).flatMap((s) => s.tokens);
      if (tokens.length < MIN_WORDS) continue;
      const position = facts.length;
      facts.push({
        id: `${article.id}#${position}`,
        articleId: article.id,
        position,
        kind: paragraph.kind,
        text: unit.text,
        terms: tokens.map((t) => t.stem).join(' '),
        entities: entitiesOf(tokens),
        quantities: parseQuantities(unit.text),
      });
    }
  }
  return facts;
}
