import type { ParagraphKind } from '../corpus/types.js';
import type { Quantity } from './quantities.js';

/** A sentence (or list item, or table row) of an article: the unit the bot answers with. */
export interface Fact {
  /** `${articleId}#${n}`: the n-th fact of the article. */
  id: string;
  articleId: string;
  /** Position in the article, from 0: earlier facts are usually the lead. */
  position: number;
  /**
   * `line`: a line too short to be a fact that holds a figure ("Okafor 75.", "18,340."): the
   * index keeps it apart (`FactIndex.linesOf`) for the draft check; answers never see it.
   */
  kind: Exclude<ParagraphKind, 'heading'> | 'line';
  /** The words of the article, furniture and reference markers removed. */
  text: string;
  /**
   * Stems of its words and numbers, in order: what the index searches. Equal stems are one string
   * (see `stem()`), so that the index hashes each once.
   */
  terms: readonly string[];
  quantities: Quantity[];
}
