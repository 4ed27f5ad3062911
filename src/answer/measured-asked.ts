import { statesKind } from '../facts/numbered.js';
import type { Quantity, QuantityKind } from '../facts/quantities.js';
import type { Fact } from '../facts/types.js';
import type { Concept, Vocabulary } from '../index/vocabulary.js';

/**
 * The kinds of quantity that measure the concepts named `asked` (every concept of the vocabulary of
 * one of those names, so that a name two concepts share is covered by both kinds).
 */
export function kindsOfMeasures(vocabulary: Vocabulary, asked: ReadonlySet<string>): QuantityKind[] {
  const kinds = new Set<QuantityKind>();
  for (const concept of vocabulary.concepts)
    if (concept.kind && asked.has(concept.name)) kinds.add(concept.kind);
  return [...kinds];
}

/**
 * The names of the measures a candidate's figures give (`measures()`, `attribute`'s reading), as a
 * ranking reads them: only whether one is asked about weighs (`scoreFact`). `attribute` gives a
 * quantity only a concept of its own kind, so a fact that states no quantity of the asked measures'
 * kinds (`askedKinds`, told by `statesKind`, which parses nothing where the text cannot hold one)
 * gives none of them: it is given no names, and its quantities are not parsed for it (speed-36: the
 * first answer of a start parsed every candidate of a question naming a measure, a quarter of its time).
 */
export function measuredWhereAsked(
  fact: Fact,
  askedKinds: readonly QuantityKind[],
  measures: () => ReadonlyArray<readonly [Quantity, Concept]>,
): string[] {
  if (!askedKinds.some((kind) => statesKind(fact, kind))) return [];
  return measures().map(([, concept]) => concept.name);
}
