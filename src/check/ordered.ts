/** A figure of order (a date, a rank, a score, a number) as the readers of `check/` give it, and how one is made from a match. */

import type { Sides } from '../claims/scores.js';

/** A figure of order read from a sentence. */
export interface Ordered {
  sort: 'date' | 'rank' | 'score' | 'number';
  /** As written: "third seed", "December 2002", "7-5 6-3". */
  text: string;
  start: number;
  end: number;
  /** What it is a rank or date of: "seed", "title", "year", "month"; two figures compare only when their keys do. */
  keys: readonly string[];
  /** What two comparable figures must share to agree: "3", "2002-12", "7-5 6-3". */
  value: string;
  /** Read only for scores: the tie-breaks, which a draft may leave out. */
  detail?: string;
  /** Read only for scores: who played whom, as the sentence names them (claims/scores.ts). */
  sides?: Sides;
  /**
   * True for a figure read from a list of names and numbers ("Ward 40, Okafor 48 pen"): its
   * sentence holds names only, so it is weighed by the draft's names around the figure alone.
   */
  listed?: boolean;
}

/** The figure a pattern's match reads: its text, start and end are the match's. */
export function orderedAt(
  sort: Ordered['sort'],
  m: RegExpMatchArray & { index: number },
  keys: readonly string[],
  value: string,
): Ordered {
  return { sort, text: m[0], start: m.index, end: m.index + m[0].length, keys, value };
}
