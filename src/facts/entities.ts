import { type TaggedWord, tagWords, tagWordsOfMany } from './nlp.js';

/** Names of days and months: dates, not entities. */
const CALENDAR = new Set(
  'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december'.split(
    ' ',
  ),
);

const bare = (word: string) => word.replace(/['’]s$/, '');

/**
 * Runs of proper nouns ("Dara Quell", "Northwind AI"), each once, in order. A capitalized first word
 * of a sentence counts only when `names` (words seen capitalized inside sentences) holds it or a
 * proper noun follows it.
 */
export function entitiesOf(words: readonly TaggedWord[], names?: ReadonlySet<string>): string[] {
  const found: string[] = [];
  let run: string[] = [];
  const flush = () => {
    const name = run.join(' ');
    if (run.length > 0 && /\p{Lu}/u.test(name) && name.length > 1 && !found.includes(name)) found.push(name);
    run = [];
  };
  words.forEach((w, i) => {
    const word = bare(w.text);
    const proper =
      w.pos === 'PROPN' &&
      /^[\p{Lu}\p{N}]/u.test(word) &&
      !CALENDAR.has(word.toLowerCase()) &&
      (i > 0 || !names || names.has(word) || words[1]?.pos === 'PROPN');
    if (proper) run.push(word);
    else flush();
  });
  flush();
  return found;
}

/** Capitalized words that stand inside a sentence (not first) somewhere in these sentences: names, not capitals of style. */
export function namesInside(sentences: readonly string[]): Set<string> {
  const names = new Set<string>();
  for (const sentence of sentences)
    for (const m of sentence.matchAll(/(?<=\S\s+)\p{Lu}[\p{L}\p{N}'’-]*/gu)) names.add(bare(m[0]));
  return names;
}

/** The names in one sentence, read with wink-nlp's part-of-speech tags; `names` as for entitiesOf. */
export function sentenceEntities(sentence: string, names?: ReadonlySet<string>): string[] {
  return entitiesOf(tagWords(sentence), names);
}

/** The names in each of many sentences, as sentenceEntities gives them, tagged in few trips. */
export function manySentenceEntities(
  sentences: ReadonlyArray<{ text: string; names?: ReadonlySet<string> }>,
): string[][] {
  const tagged = tagWordsOfMany(sentences.map((s) => s.text));
  return sentences.map((s, i) => entitiesOf(tagged[i] ?? [], s.names));
}
