import type { QuantityKind } from '../facts/quantities.js';
import { stemsOf } from '../facts/terms.js';
import data from './vocabulary.json' with { type: 'json' };

/** A measure or theme of the coverage, with the words that name it. */
export interface Concept {
  name: string;
  /** The kind of quantity that measures it, when it is a measure. */
  kind?: QuantityKind;
  /** Measures a movement over a period: its figures are never said to disagree. */
  change?: boolean;
  /** Each entry is the stems of one word or phrase; a phrase matches a fact that holds all its stems. */
  phrases: string[][];
  /** The words and phrases as written in the vocabulary, for saying what was looked for. */
  words?: string[];
}

/** The vocabulary, stemmed: concepts and the words a question can do without. */
export interface Vocabulary {
  concepts: Concept[];
  /** Stems of question words and light verbs: they say nothing about the topic. */
  ignore: Set<string>;
  /** Stems too common to index: function words. */
  unindexed: Set<string>;
  /** Concepts by the stems of their one-word entries. */
  byStem: Map<string, Concept>;
}

interface VocabularyData {
  ignore: string[];
  unindexed: string[];
  concepts: Array<{ name: string; kind?: string; change?: boolean; words: string[] }>;
}

/** Builds a vocabulary from data shaped like `vocabulary.json`. */
export function buildVocabulary(source: VocabularyData): Vocabulary {
  const concepts: Concept[] = source.concepts.map((c) => ({
    name: c.name,
    kind: c.kind as QuantityKind | undefined,
    change: c.change === true,
    phrases: c.words.map(stemsOf).filter((p) => p.length > 0),
    words: c.words,
  }));
  const byStem = new Map<string, Concept>();
  for (const concept of concepts)
    for (const phrase of concept.phrases)
      if (phrase.length === 1 && phrase[0] && !byStem.has(phrase[0])) byStem.set(phrase[0], concept);
  return {
    concepts,
    ignore: new Set(source.ignore.flatMap(stemsOf)),
    unindexed: new Set(source.unindexed.flatMap(stemsOf)),
    byStem,
  };
}

let standard: Vocabulary | undefined;

/** The vocabulary shipped in `vocabulary.json`, stemmed on first use. */
export function defaultVocabulary(): Vocabulary {
  standard ??= buildVocabulary(data as VocabularyData);
  return standard;
}
