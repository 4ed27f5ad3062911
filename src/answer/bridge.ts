/**
 * The lexical bridge (issue 21, bridge-26): learned associations between a question's common words and
 * the words of the sentence that answers it, for the question that words its relation otherwise than
 * its answer ("sacked" / "dismissed", "boss" / "chief executive"): the "lexical chasm" of Berger et al.
 * (2000). `bridge.json` holds, for a question word's stem, the stems of answer-sentence words that make
 * a sentence of the right article likelier the answer when the question word itself is missing from it
 * (a log rate ratio against the article's other sentences), fitted by bench/bridge-fit.ts on the TRAIN
 * question keys. Lower-case common words only (no names, no figures): nothing here knows a story.
 */

import { keep } from '../facts/kept.js';
import { stem } from '../facts/terms.js';
import data from './bridge.json' with { type: 'json' };

/** Question word stem -> answer-sentence word stem -> association (> 0). */
export type BridgeTable = ReadonlyMap<string, ReadonlyMap<string, number>>;

/** Function words and the words that ask: never bridged. */
const SKIPPED = new Set(
  (
    'the a an of in on at to for by with and or its his her their is are was were be been has have had do does did ' +
    'will would can could about from that this these those it they he she who whom whose what which when where why ' +
    'how much many long not no but as than then also into over after before said says say there here we you i our ' +
    'your them him us me my more most other some any all one two so if up out off just only very being'
  ).split(' '),
);

/** A common word as written: lower-case letters only (a name is capitalised, a figure is no word), three or more. */
const COMMON = /^[a-z][a-z'’-]*[a-z]$/;
const WORD = /[\p{L}\p{M}]+(?:['’]\p{L}+)?|\d+(?:[.,]\d+)*/gu;

/** The stems of a text's lower-case common words (its names, figures and function words aside). */
export function bridgeWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(WORD)) {
    const w = m[0];
    if (w.length < 3 || !COMMON.test(w) || SKIPPED.has(w)) continue;
    out.add(stem(w));
  }
  return out;
}

/** How many sentences' bridge words `sentenceBridgeWords` keeps (the oldest goes first). */
const SENTENCES_KEPT = 4096;
const kept = new Map<string, ReadonlySet<string>>();

/**
 * bridgeWords of a candidate sentence, kept for the last SENTENCES_KEPT sentences: the questions of a
 * story weigh the same sentences again (speed-30). Shared: read-only.
 */
export function sentenceBridgeWords(text: string): ReadonlySet<string> {
  let words = kept.get(text);
  if (words === undefined) {
    words = keep(kept, SENTENCES_KEPT, text, bridgeWords(text));
  }
  return words;
}

/**
 * The bridge from a question's words to a sentence's: for each question word the sentence does not
 * hold itself, its best association with a word the sentence holds and the question does not; summed.
 */
export function bridgeScore(
  table: BridgeTable,
  asked: ReadonlySet<string>,
  words: ReadonlySet<string>,
): number {
  let sum = 0;
  for (const w of asked) {
    if (words.has(w)) continue;
    const to = table.get(w);
    if (!to) continue;
    let best = 0;
    for (const v of words) {
      if (asked.has(v)) continue;
      const a = to.get(v) ?? 0;
      if (a > best) best = a;
    }
    sum += best;
  }
  return sum;
}

/** A table from its JSON form: { question stem: { sentence stem: association } }. */
export function bridgeTable(pairs: Readonly<Record<string, Readonly<Record<string, number>>>>): BridgeTable {
  return new Map(Object.entries(pairs).map(([w, to]) => [w, new Map(Object.entries(to))]));
}

let standard: BridgeTable | undefined;

/** The table shipped in `bridge.json`, read on first use. */
export function defaultBridge(): BridgeTable {
  standard ??= bridgeTable((data as { pairs: Record<string, Record<string, number>> }).pairs);
  return standard;
}
