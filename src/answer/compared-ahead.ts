import { comparable } from '../claims/compare.js';
import { type ClaimFigure, claimFigures } from '../claims/read.js';
import { tagManyAhead } from '../facts/nlp.js';
import type { Fact } from '../facts/types.js';
import type { FactIndex } from '../index/fact-index.js';
import type { Concept, Vocabulary } from '../index/vocabulary.js';

/**
 * The facts of an answer whose claims of the measures asked about are compared (`comparable` of its
 * first ranked facts), chosen once its candidates are ranked: their sentences whose names are not
 * read yet are sent to the tagging thread then (`tagManyAhead`), so that it tags them while the
 * answer reads its rules, confidence and groups, and the claims read after find their names tagged
 * (speed-34: that trip was the main thread's longest wait of the bench's questions naming a measure).
 * `of` gives the facts to compare at the end: those chosen ahead when the first facts are the same,
 * in the same order (a near-tie may have moved one since); else chosen again. The same facts as
 * `comparable` of them would give.
 */
export interface Compared {
  /** Chooses the facts of these first candidates and sends their sentences ahead. */
  ahead(facts: readonly Fact[]): void;
  /** The comparable facts of these (the answer's first candidates, as ranked at the end). */
  of(facts: readonly Fact[]): Fact[];
}

export function comparedFacts(
  index: FactIndex,
  vocabulary: Vocabulary,
  measured: readonly Concept[],
): Compared {
  const ofMeasureAsked = (c: ClaimFigure) => c.measure !== undefined && measured.includes(c.measure);
  const choose = (facts: readonly Fact[]) =>
    comparable(facts, (f) => claimFigures(index, f, vocabulary).filter(ofMeasureAsked));
  let chosen: { from: readonly Fact[]; facts: Fact[] } | undefined;
  return {
    ahead(facts) {
      if (measured.length === 0) return;
      const picked = choose(facts);
      chosen = { from: facts, facts: picked };
      tagManyAhead(picked.filter((f) => !index.entitiesRead(f)).map((f) => f.text));
    },
    of(facts) {
      const from = chosen?.from;
      if (chosen && from?.length === facts.length && facts.every((f, i) => f === from[i]))
        return chosen.facts;
      return choose(facts);
    },
  };
}
