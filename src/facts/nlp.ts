import { createRequire } from 'node:module';
import type { ItemSentence, ItemToken, WinkMethods } from 'wink-nlp';

// wink-nlp and its English model load on first use: a restart from the cache may need neither.
const require = createRequire(import.meta.url);
type Wink = (model: unknown, pipe?: string[]) => WinkMethods;
const load = (pipe: string[]) => (require('wink-nlp') as Wink)(require('wink-eng-lite-web-model'), pipe);

let splitter: WinkMethods | undefined;
let tagger: WinkMethods | undefined;

/** wink-nlp with sentence boundary detection only: what splitting a corpus needs. */
function sentencesPipeline(): WinkMethods {
  splitter ??= load(['sbd']);
  return splitter;
}

/** wink-nlp with part-of-speech tagging, for questions and for names. */
function taggingPipeline(): WinkMethods {
  tagger ??= load(['sbd', 'pos']);
  return tagger;
}

/** Something that ends a sentence, then more text: where a paragraph may hold two sentences. */
const POSSIBLE_BOUNDARY = /[.!?…]["'”’)\]]*\s+\S/;

/**
 * A paragraph's sentences, split by wink-nlp (decimals, abbreviations and initials stay whole). A
 * split with no space after it ("window.__x", "<!channel>") is inside a token and is undone. A
 * paragraph with nowhere to split is one sentence, without asking wink.
 */
export function sentencesOf(paragraph: string): string[] {
  if (!POSSIBLE_BOUNDARY.test(paragraph)) return paragraph.trim() ? [paragraph.trim()] : [];
  const spans: Array<{ start: number; end: number }> = [];
  let cursor = 0;
  sentencesPipeline()
    .readDoc(paragraph)
    .sentences()
    .each((s: ItemSentence) => {
      const text = s.out().trim();
      if (!text) return;
      const at = paragraph.indexOf(text, cursor);
      const start = at >= 0 ? at : cursor;
      const end = start + text.length;
      const previous = spans.at(-1);
      if (previous && at >= 0 && start === previous.end) previous.end = end;
      else spans.push({ start, end });
      cursor = end;
    });
  return spans.map(({ start, end }) => paragraph.slice(start, end));
}

/** A word of a text with its part of speech (Universal tags: NOUN, PROPN, VERB, ...). */
export interface TaggedWord {
  text: string;
  pos: string;
  start: number;
}

/** The words and numbers of a text with their parts of speech and offsets, punctuation left out. */
export function tagWords(text: string): TaggedWord[] {
  const { its } = taggingPipeline();
  const words: TaggedWord[] = [];
  let cursor = 0;
  taggingPipeline()
    .readDoc(text)
    .tokens()
    .each((t: ItemToken) => {
      const type = t.out(its.type);
      const value = t.out();
      const at = text.indexOf(value, cursor);
      if (at >= 0) cursor = at + value.length;
      if ((type === 'word' || type === 'number') && /^[\p{L}\p{N}]/u.test(value))
        words.push({ text: value, pos: t.out(its.pos), start: at >= 0 ? at : cursor });
    });
  return words;
}
