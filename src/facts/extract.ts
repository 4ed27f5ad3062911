import type { ItemSentence, ItemToken } from 'wink-nlp';
import type { Article } from '../corpus/types.js';
import { nlp, readToken, type Token } from './nlp.js';
import { parseQuantities } from './quantities.js';
import type { Fact } from './types.js';

/** Sentences shorter than this many words say too little to stand as a fact. */
const MIN_WORDS = 4;

/** Names of days and months: dates, not entities. */
const CALENDAR = new Set(
  'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december'.split(
    ' ',
  ),
);

/**
 * Runs of proper nouns ("Alexandr Wang", "Scale AI"), each once, in order. A capitalized first word
 * of a sentence counts only when `names` (words seen capitalized inside sentences) holds it or a
 * proper noun follows it.
 */
export function entitiesOf(tokens: Token[], names?: ReadonlySet<string>): string[] {
  const found: string[] = [];
  let run: string[] = [];
  const flush = () => {
    const name = run.join(' ');
    if (run.length > 0 && /\p{Lu}/u.test(name) && name.length > 1 && !found.includes(name)) found.push(name);
    run = [];
  };
  tokens.forEach((token, i) => {
    const word = token.text.replace(/['’]s$/, '');
    const proper =
      token.pos === 'PROPN' &&
      /^[\p{Lu}\p{N}]/u.test(word) &&
      !CALENDAR.has(word.toLowerCase()) &&
      (i > 0 || !names || names.has(word) || tokens[1]?.pos === 'PROPN');
    if (proper) run.push(word);
    else flush();
  });
  flush();
  return found;
}

/** Capitalized words that stand inside a sentence, not first: names rather than capitals of style. */
function namesInside(sentences: Array<{ tokens: Token[] }>): Set<string> {
  const names = new Set<string>();
  for (const { tokens } of sentences)
    for (const token of tokens.slice(1))
      if (/^\p{Lu}/u.test(token.text)) names.add(token.text.replace(/['’]s$/, ''));
  return names;
}

/**
 * Splits a paragraph into sentences with wink-nlp, each with its tokens. A split with no space
 * after it ("window.__pwned", "<!channel>") is inside a token, not between sentences, and is undone.
 */
export function splitSentences(paragraph: string): Array<{ text: string; tokens: Token[] }> {
  const sentences: Array<{ text: string; tokens: Token[]; start: number; end: number }> = [];
  let cursor = 0;
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
      if (!text) return;
      const start = paragraph.indexOf(text, cursor);
      const end = start >= 0 ? start + text.length : cursor;
      const previous = sentences.at(-1);
      if (previous && start >= 0 && start === previous.end) {
        previous.text = paragraph.slice(previous.start, end);
        previous.tokens.push(...tokens);
        previous.end = end;
      } else sentences.push({ text, tokens, start: Math.max(start, 0), end });
      cursor = end;
    });
  return sentences.map(({ text, tokens }) => ({ text, tokens }));
}

/** An article's facts: its sentences, list items and table rows, with their quantities and entities. */
export function extractFacts(article: Article): Fact[] {
  const units: Array<{ kind: Fact['kind']; text: string; tokens: Token[] }> = [];
  for (const paragraph of article.paragraphs) {
    if (paragraph.kind === 'heading') continue;
    if (paragraph.kind === 'text')
      for (const s of splitSentences(paragraph.text)) units.push({ kind: 'text', ...s });
    else
      units.push({
        kind: paragraph.kind,
        text: paragraph.text,
        tokens: splitSentences(paragraph.text).flatMap((s) => s.tokens),
      });
  }
  const names = namesInside(units);
  const facts: Fact[] = [];
  for (const unit of units) {
    if (unit.tokens.length < MIN_WORDS) continue;
    const position = facts.length;
    facts.push({
      id: `${article.id}#${position}`,
      articleId: article.id,
      position,
      kind: unit.kind,
      text: unit.text,
      terms: unit.tokens.map((t) => t.stem).join(' '),
      entities: entitiesOf(unit.tokens, names),
      quantities: parseQuantities(unit.text),
    });
  }
  return facts;
}
