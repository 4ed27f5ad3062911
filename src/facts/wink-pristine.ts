import type { Document, ItsHelpers } from 'wink-nlp';

/** wink-nlp's entry point (`require('wink-nlp')`). */
export type WinkNLP = (
  model: object,
  pipe?: string[],
) => { readDoc(text: string): Document; its: ItsHelpers };

/** A language model for wink-nlp (`require('wink-eng-lite-web-model')`): `core()` loads its lexicon. */
export interface WinkModel {
  core(): unknown;
}

/** The part of wink's core model a pipeline learns into: the lexicon's words and their indices. */
interface Lexemes {
  list: string[];
  hash: Record<string, number | undefined>;
}

/** A wink-nlp pipeline that reads each text as if it were the first (see {@link pristineWink}). */
export interface PristineWink {
  /** Reads a text and gives what `out` makes of its document, before the pipeline forgets it. */
  read<T>(text: string, out: (doc: Document, its: ItsHelpers) => T): T;
  /** Whether the model's lexicon holds the word as written (a word of English, not a name it never met). */
  knows(word: string): boolean;
}

/** How many forgotten words a pipeline keeps before it is made again (see pristineWink). */
export const PRISTINE_MAX_LEARNED = 200_000;

/**
 * A wink-nlp pipeline whose output is a function of each text alone. wink-nlp adds every word it
 * has not met to its lexicon as it reads, and its tokenizer keeps a token whole once the lexicon
 * holds it: "firm's" met before a comma ("the firm's, ...") is learned as one word, and a later
 * "the firm's shares" is then cut "firm's" where a fresh pipeline cuts "firm" and "'s", with other
 * parts of speech. So a sentence tagged after other texts could be cut and tagged otherwise, and
 * the tagging thread and the main thread, whose histories differ, disagreed. After each text the
 * words it taught are forgotten: their entries in the lexicon's hash are deleted (the lexicon's list
 * keeps them, so that the indices of later words stay in step with wink's private table of their
 * features, which only grows); once `maxLearned` ({@link PRISTINE_MAX_LEARNED} in this project) words
 * are kept so, the pipeline is made afresh from the model. Self-contained (no imports at run time): the
 * tagging thread runs its source.
 */
export function pristineWink(
  winkNLP: WinkNLP,
  model: WinkModel,
  pipe: string[],
  maxLearned: number,
): PristineWink {
  let lexemes: Lexemes = { list: [], hash: {} };
  const make = () =>
    winkNLP(
      {
        ...model,
        core() {
          const core = model.core() as { features: { lexeme: Lexemes } };
          lexemes = core.features.lexeme;
          return core;
        },
      },
      pipe,
    );
  let nlp = make();
  let known = lexemes.list.length;
  return {
    read(text, out) {
      if (lexemes.list.length - known > maxLearned) {
        nlp = make();
        known = lexemes.list.length;
      }
      const { list, hash } = lexemes;
      const from = list.length;
      try {
        return out(nlp.readDoc(text), nlp.its);
      } finally {
        for (let i = from; i < list.length; i++) {
          const word = list[i] ?? '';
          // An absent key is what wink reads as a word it never met (undefined would keep the key).
          if (hash[word] === i) delete hash[word];
        }
      }
    },
    knows(word) {
      // The hash holds the model's words only: what a read taught is deleted after it.
      return Object.hasOwn(lexemes.hash, word);
    },
  };
}
