import model from 'wink-eng-lite-web-model';
import winkNLP, { type ItemToken, type WinkMethods } from 'wink-nlp';

let instance: WinkMethods | undefined;

/** The shared wink-nlp pipeline (sentences, part of speech, stems), loaded on first use. */
export function nlp(): WinkMethods {
  instance ??= winkNLP(model, ['sbd', 'pos']);
  return instance;
}

/** One word of a text, as the index and the answer read it. */
export interface Token {
  /** Lower-case Porter2 stem ("valued" -> "valu"); a number without its commas. */
  stem: string;
  /** The word as written. */
  text: string;
  /** Universal part-of-speech tag: NOUN, PROPN, VERB, ... */
  pos: string;
}

/** The token as the index reads it, or undefined for punctuation and symbols. */
export function readToken(t: ItemToken): Token | undefined {
  const { its } = nlp();
  const type = t.out(its.type);
  const text = t.out();
  if ((type !== 'word' && type !== 'number') || !/^[\p{L}\p{N}]/u.test(text)) return undefined;
  const stem =
    type === 'number' ? text.replace(/,/g, '') : t.out(its.stem as typeof its.normal).toLowerCase();
  return { stem, text, pos: t.out(its.pos) };
}

/** The word and number tokens of a text, punctuation left out. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  nlp()
    .readDoc(text)
    .tokens()
    .each((t: ItemToken) => {
      const token = readToken(t);
      if (token) tokens.push(token);
    });
  return tokens;
}

/** A token with the character offset where it starts in the text it came from. */
export interface PlacedToken extends Token {
  start: number;
}

/** The word and number tokens of a text with their offsets. */
export function tokenizeWithOffsets(text: string): PlacedToken[] {
  let cursor = 0;
  return tokenize(text).map((token) => {
    const at = text.indexOf(token.text, cursor);
    const start = at >= 0 ? at : cursor;
    cursor = start + token.text.length;
    return { ...token, start };
  });
}
