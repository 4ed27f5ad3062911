import { createRequire } from 'node:module';
import type { ItemSentence } from 'wink-nlp';
import { keep } from './kept.js';
import {
  PRISTINE_MAX_LEARNED,
  type PristineWink,
  pristineWink,
  type WinkModel,
  type WinkNLP,
} from './wink-pristine.js';
import { RAW_TAG_WIDTH, type RawTags, rawTagsOf, WinkThread } from './wink-thread.js';

// wink-nlp and its English model load on first use: a restart from the cache may need neither.
const require = createRequire(import.meta.url);
const load = (pipe: string[]) =>
  pristineWink(
    require('wink-nlp') as WinkNLP,
    require('wink-eng-lite-web-model') as WinkModel,
    pipe,
    PRISTINE_MAX_LEARNED,
  );

let splitter: PristineWink | undefined;
let tagger: PristineWink | undefined;
let thread: WinkThread | undefined;

/**
 * Starts loading wink-nlp on a thread of its own, so that it is ready when the first paragraph
 * needs it or the first question comes; splitParagraphs and tagWords use it from then on (and do
 * the work in-process if it fails). With `willSplit` (default false), paragraphs are coming to
 * split: the thread makes its splitting pipeline now, not when they come.
 */
export function startWinkThread(willSplit = false): void {
  thread ??= WinkThread.start();
  if (willSplit) thread?.prepareSplit();
}

/** wink-nlp with sentence boundary detection only: what splitting a corpus needs. */
function sentencesPipeline(): PristineWink {
  splitter ??= load(['sbd']);
  return splitter;
}

/** wink-nlp with part-of-speech tagging, for questions and for names. */
function taggingPipeline(): PristineWink {
  tagger ??= load(['sbd', 'pos']);
  return tagger;
}

/** Something that ends a sentence, then more text: where a paragraph may hold two sentences. */
const POSSIBLE_BOUNDARY = /[.!?…]["'”’)\]]*\s+\S/;

/** ICU's Unicode sentence rules (UAX #29), built into the runtime: fast, but they split after "Mr.". */
let icu: Intl.Segmenter | undefined; // made on first use (~20 ms): a restart from the cache splits nothing

/**
 * A break ICU may have got wrong: after a short capitalized word or an initial with a full stop
 * ("Mr.", "Dr.", "St.", "J."), or before a lower-case word or a digit. wink-nlp decides those.
 */
const DOUBTFUL_END = /(?:^|\s)(?:\p{Lu}\p{Ll}{0,3}|\p{Lu}|\p{Ll})\.["'”’)\]]*\s*$/u;
const DOUBTFUL_START = /^\s*[\p{Ll}\d]/u;

/**
 * A paragraph's sentences. ICU's sentence rules split it; where a break is doubtful, wink-nlp's
 * sentence boundary detection (abbreviations, initials, decimals) splits it instead. A split with no
 * space after it ("window.__x", "<!channel>") is inside a token and is undone. A paragraph with
 * nowhere to split is one sentence.
 */
export function sentencesOf(paragraph: string): string[] {
  return settledSentences(paragraph) ?? fromWink(paragraph, winkSentences(paragraph));
}

/** A paragraph's sentences as ICU splits them, or undefined where a break is doubtful (see sentencesOf). */
export function settledSentences(paragraph: string): string[] | undefined {
  if (!POSSIBLE_BOUNDARY.test(paragraph)) return paragraph.trim() ? [paragraph.trim()] : [];
  icu ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  const parts = [...icu.segment(paragraph)].map((s) => s.segment);
  const doubtful = parts.some(
    (part, i) => i < parts.length - 1 && (DOUBTFUL_END.test(part) || DOUBTFUL_START.test(parts[i + 1] ?? '')),
  );
  return doubtful ? undefined : joinInsideTokens(paragraph, parts.map((p) => p.trim()).filter(Boolean));
}

/**
 * The sentences of many paragraphs, as sentencesOf gives them, split by wink-nlp on its thread
 * (see startWinkThread) while the caller works on, or in-process without one.
 */
export async function splitParagraphs(paragraphs: readonly string[]): Promise<string[][]> {
  const split = paragraphs.length > 0 ? await thread?.split(paragraphs) : undefined;
  return paragraphs.map((paragraph, i) => fromWink(paragraph, split?.[i] ?? winkSentences(paragraph)));
}

/** A paragraph's sentences from wink-nlp's, trimmed, with splits inside tokens undone. */
function fromWink(paragraph: string, sentences: readonly string[]): string[] {
  return joinInsideTokens(paragraph, sentences.map((s) => s.trim()).filter(Boolean));
}

/** wink-nlp's sentences of a paragraph, in-process. */
function winkSentences(paragraph: string): string[] {
  return sentencesPipeline().read(paragraph, (doc) => {
    const out: string[] = [];
    doc.sentences().each((s: ItemSentence) => {
      out.push(s.out());
    });
    return out;
  });
}

/** Sentences joined back where the paragraph has no space between them: the split was inside a token. */
function joinInsideTokens(paragraph: string, sentences: readonly string[]): string[] {
  const spans: Array<{ start: number; end: number }> = [];
  let cursor = 0;
  for (const text of sentences) {
    const at = paragraph.indexOf(text, cursor);
    const start = at >= 0 ? at : cursor;
    const end = start + text.length;
    const previous = spans.at(-1);
    if (previous && at >= 0 && start === previous.end) previous.end = end;
    else spans.push({ start, end });
    cursor = end;
  }
  return spans.map(({ start, end }) => paragraph.slice(start, end));
}

/** A word of a text with its part of speech (Universal tags: NOUN, PROPN, VERB, ...). */
export interface TaggedWord {
  text: string;
  pos: string;
  start: number;
}

/**
 * The most characters of one text the tagger sees, and the longest word: wink's tokenizer takes
 * time growing with the square of a word's length (a 40,000-character word: over a second), so a
 * longer word is cut to its first 64 characters and a longer text to its first 5,000 (a question
 * is far shorter; the rest of an overlong sentence goes untagged: no names are read from it).
 */
export const TAGGED_TEXT_MAX = 5000;
export const TAGGED_WORD_MAX = 64;
const LONG_WORD = new RegExp(`\\S{${TAGGED_WORD_MAX + 1},}`, 'g');

/** What the tagger is given of a text (see TAGGED_TEXT_MAX): every token of it stands in the text. */
export function taggable(text: string): string {
  const cut = text.length > TAGGED_TEXT_MAX ? text.slice(0, TAGGED_TEXT_MAX) : text;
  LONG_WORD.lastIndex = 0;
  return LONG_WORD.test(cut) ? cut.replace(LONG_WORD, (word) => word.slice(0, TAGGED_WORD_MAX)) : cut;
}

/** A text's tokens with their types and parts of speech, in-process, as the thread gives them (flat). */
export function tagInProcess(text: string): RawTags {
  return taggingPipeline().read(taggable(text), rawTagsOf);
}

/**
 * The words and numbers of a text with their parts of speech and offsets, punctuation left out. A
 * text tagged lately (`recentlyTagged`) is not sent again: each text is tagged as if it were the
 * first (wink-pristine.ts), so its words are the same (speed-30: a typed question's answer asks for
 * the tags of the same candidate sentences again and again, two trips of three on questions-M).
 */
export function tagWords(text: string): TaggedWord[] {
  const known = recent.get(text);
  if (known) return known;
  if (aheadMany?.texts.includes(text)) {
    takeAheadMany();
    const taken = recent.get(text);
    if (taken) return taken;
  }
  const seen = taggable(text);
  let raw: RawTags | undefined;
  if (ahead && ahead.text === text) {
    raw = thread?.collect(ahead.id, seen.length, coldWait());
    ahead = undefined;
  } else raw = thread?.tag(seen, coldWait());
  return remember(text, wordsOf(text, raw ?? tagInProcess(seen)));
}

/** The text posted to the thread ahead of its tagWords (see tagAhead), and its call. */
let ahead: { text: string; id: number } | undefined;

/**
 * Sends a text to the thread to tag while the caller works on; the tagWords that first asks for it
 * takes the reply (waiting for the rest of it, if any), as if it had asked then. One text at a time:
 * another forgets the one before. Nothing is sent for a text tagged lately, or until the thread has
 * loaded its model. Speed-32: a question's tags, read a few milliseconds after it is cased (once its
 * slots are matched), came in a trip of their own while the main thread waited (200 of the bench's
 * 252 trips).
 */
export function tagAhead(text: string): void {
  if (!thread || recent.has(text) || ahead?.text === text) return;
  if (ahead) thread.forget(ahead.id);
  const id = thread.post(taggable(text));
  ahead = id === undefined ? undefined : { text, id };
}

/** Texts posted to the thread together ahead of the call that reads them (see tagManyAhead), and their call. */
let aheadMany: { texts: readonly string[]; seen: readonly string[]; id: number } | undefined;

/**
 * Sends texts to the thread to tag together while the caller works on (speed-34: the sentences whose
 * names an answer compares, known once its candidates are ranked, read after its rules and groups);
 * the first tagWords or tagWordsOfMany that asks for one of them takes the reply for all, as if it
 * had asked for them then (each text is tagged as if it were the first, wink-pristine.ts). Texts
 * tagged lately are not sent; at most one tagWordsOfMany batch (TAG_BATCH texts, TAG_BATCH_CHARS
 * characters) is; a later call forgets the one before.
 */
export function tagManyAhead(texts: readonly string[]): void {
  if (!thread) return;
  const todo: string[] = [];
  const seen: string[] = [];
  let chars = 0;
  for (const text of new Set(texts)) {
    if (recent.has(text)) continue;
    const cut = taggable(text);
    if (todo.length >= TAG_BATCH || (todo.length > 0 && chars + cut.length > TAG_BATCH_CHARS)) break;
    chars += cut.length;
    todo.push(text);
    seen.push(cut);
  }
  if (aheadMany) thread.forget(aheadMany.id);
  aheadMany = undefined;
  if (todo.length === 0) return;
  const id = thread.post(seen);
  if (id !== undefined) aheadMany = { texts: todo, seen, id };
}

/** Takes the reply of the texts posted ahead (tagManyAhead) into the recently tagged texts, waiting for it within its budget. */
function takeAheadMany(): void {
  const posted = aheadMany;
  if (!posted || !thread) return;
  aheadMany = undefined;
  const chars = posted.seen.reduce((sum, t) => sum + t.length, 0);
  const tagged = thread.collectMany(posted.id, posted.seen.length, chars, coldWait());
  if (!tagged) return; // late: tagged as asked, in a trip of its own
  posted.texts.forEach((text, i) => {
    const raw = tagged[i];
    if (raw && !recent.has(text)) remember(text, wordsOf(text, raw));
  });
}

/**
 * For each word, whether wink-nlp's English lexicon holds it as written: a word of the language
 * ("hotelier", "exec"), not a name or a coinage it never met ("netflix"). The lexicon is lower case
 * and holds few names ("london" is not in it), so a lower-case word it lacks is likely a name. Asked
 * of the thread, else of the in-process tagger.
 */
export function knownWords(words: readonly string[]): boolean[] {
  if (words.length === 0) return [];
  const pipeline = () => taggingPipeline();
  return thread?.knowsWords(words, coldWait()) ?? words.map((w) => pipeline().knows(w));
}

/**
 * The most recently tagged texts kept (`recentlyTagged`): the claims layer reads the parts of speech
 * of sentences whose names were just read, without a second trip to the tagger.
 */
const RECENT_TAGGED = 4096;
const recent = new Map<string, TaggedWord[]>();
function remember(text: string, words: TaggedWord[]): TaggedWord[] {
  return keep(recent, RECENT_TAGGED, text, words);
}

/** The tagged words of a text tagged lately (tagWords, tagWordsOfMany), as they gave them; else undefined. */
export function recentlyTagged(text: string): TaggedWord[] | undefined {
  return recent.get(text);
}

/**
 * How long a call waits for the thread before tagging in-process: its budget (a few ms) once the
 * model is loaded here too; until then up to a second, since loading it here (what a fallback
 * would do) blocks longer than a thread busy for a moment, or still loading, takes to answer.
 */
const COLD_WAIT_MS = 1000;
const coldWait = () => (tagger ? undefined : COLD_WAIT_MS);

/** How many texts, and characters, go to the thread in one trip: a trip blocks, so a long batch is cut. */
const TAG_BATCH = 400;
const TAG_BATCH_CHARS = 8000;

/**
 * The tagged words of each text, as tagWords gives them, in few trips to the thread; the texts tagged
 * lately are not sent again (see tagWords).
 */
export function tagWordsOfMany(texts: readonly string[]): TaggedWord[][] {
  let known = texts.map((text) => recent.get(text));
  if (known.every((words) => words !== undefined)) return known as TaggedWord[][];
  if (aheadMany && texts.some((text, i) => known[i] === undefined && aheadMany?.texts.includes(text))) {
    takeAheadMany();
    known = texts.map((text) => recent.get(text));
    if (known.every((words) => words !== undefined)) return known as TaggedWord[][];
  }
  const todo = texts.filter((_, i) => known[i] === undefined);
  const fresh = tagUnknown(todo);
  let next = 0;
  return known.map((words) => words ?? fresh[next++] ?? []);
}

/** tagWordsOfMany's texts not tagged lately, in batches of TAG_BATCH texts and TAG_BATCH_CHARS characters. */
function tagUnknown(texts: readonly string[]): TaggedWord[][] {
  const out: TaggedWord[][] = [];
  const seen = texts.map(taggable);
  for (let from = 0; from < texts.length; ) {
    let to = from + 1;
    for (let chars = seen[from]?.length ?? 0; to < texts.length && to - from < TAG_BATCH; to++) {
      chars += seen[to]?.length ?? 0;
      if (chars > TAG_BATCH_CHARS) break;
    }
    const batch = seen.slice(from, to);
    const tagged = thread?.tagMany(batch, coldWait());
    batch.forEach((text, i) => {
      const original = texts[from + i] ?? text;
      out.push(remember(original, wordsOf(original, tagged?.[i] ?? tagInProcess(text))));
    });
    from = to;
  }
  return out;
}

/** A text's words and numbers from its raw tags, with their offsets. */
function wordsOf(text: string, raw: Readonly<RawTags>): TaggedWord[] {
  const words: TaggedWord[] = [];
  let cursor = 0;
  for (let i = 0; i + RAW_TAG_WIDTH <= raw.length; i += RAW_TAG_WIDTH) {
    const value = raw[i] ?? '';
    const type = raw[i + 1];
    const pos = raw[i + 2] ?? '';
    const at = text.indexOf(value, cursor);
    if (at >= 0) cursor = at + value.length;
    if ((type === 'word' || type === 'number') && /^[\p{L}\p{N}]/u.test(value))
      words.push({ text: value, pos, start: at >= 0 ? at : cursor });
  }
  return words;
}
