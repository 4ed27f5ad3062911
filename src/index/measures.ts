import { tokenizeWithOffsets } from '../facts/nlp.js';
import { compatible, type Quantity } from '../facts/quantities.js';
import type { Fact } from '../facts/types.js';
import { entityWords, type FactIndex } from './fact-index.js';
import type { Concept, Vocabulary } from './vocabulary.js';

/** A figure a fact gives for a measure: "around $28 billion" for valuation. */
export interface Mention {
  fact: Fact;
  quantity: Quantity;
  concept: Concept;
  /** Distinctive entity words of the fact: whose figure it is. Empty: the story's main subject. */
  subject: string[];
}

/** One value of a measure and the facts (of one or more articles) that give it. */
export interface StatedValue {
  text: string;
  quantity: Quantity;
  facts: Fact[];
  articleIds: string[];
}

/** What the coverage says of one measure of one subject. */
export interface MeasureReport {
  measure: string;
  values: StatedValue[];
  /** False when two articles give values that cannot both be right, qualifiers read. */
  agree: boolean;
}

export interface MeasureOptions {
  /**
   * An entity named by at least this share of the articles is the story's main subject, not what
   * tells one figure from another. Default 1: named by every article.
   */
  ubiquity?: number;
}

const defaultOptions: Required<MeasureOptions> = { ubiquity: 1 };

/** Characters after a quantity count this much more than characters before it. */
const AFTER_PENALTY = 1.5;

/**
 * Which measure each quantity of a fact belongs to: the nearest word (before it, preferably) of a
 * concept that is measured by quantities of that kind.
 */
export function attribute(fact: Fact, vocabulary: Vocabulary): Array<[Quantity, Concept]> {
  if (fact.quantities.length === 0) return [];
  const tokens = tokenizeWithOffsets(fact.text);
  const stems = new Set(tokens.map((t) => t.stem));
  const places: Array<{ concept: Concept; start: number }> = [];
  for (const concept of vocabulary.concepts) {
    if (!concept.kind) continue;
    for (const phrase of concept.phrases) {
      if (!phrase.every((s) => stems.has(s))) continue;
      for (const token of tokens) if (token.stem === phrase[0]) places.push({ concept, start: token.start });
    }
  }
  const found: Array<[Quantity, Concept]> = [];
  for (const quantity of fact.quantities) {
    let best: { concept: Concept; distance: number } | undefined;
    for (const place of places) {
      if (place.concept.kind !== quantity.kind) continue;
      const distance =
        place.start < quantity.start
          ? quantity.start - place.start
          : (place.start - quantity.end) * AFTER_PENALTY;
      if (!best || distance < best.distance) best = { concept: place.concept, distance };
    }
    if (best && best.distance <= 160) found.push([quantity, best.concept]);
  }
  return found;
}

/** The mentions of measures in some facts. */
export function mentionsIn(
  facts: Iterable<Fact>,
  index: FactIndex,
  vocabulary: Vocabulary,
  only?: readonly Concept[],
  options: MeasureOptions = {},
): Mention[] {
  const { ubiquity } = { ...defaultOptions, ...options };
  const mentions: Mention[] = [];
  for (const fact of facts) {
    const attributed = attribute(fact, vocabulary).filter(([, c]) => !only || only.includes(c));
    if (attributed.length === 0) continue;
    const subject = [...new Set(entityWords(fact.entities))].filter(
      (w) => index.entityShare(w) < ubiquity || index.articleCount < 2,
    );
    for (const [quantity, concept] of attributed) mentions.push({ fact, quantity, concept, subject });
  }
  return mentions;
}

const sameSubject = (a: Mention, b: Mention) =>
  (a.subject.length === 0 && b.subject.length === 0) || a.subject.some((w) => b.subject.includes(w));

const sameValue = (a: Quantity, b: Quantity) =>
  a.value === b.value && a.qualifier === b.qualifier && a.currency === b.currency;

/**
 * Groups mentions by measure and subject, merges equal values across articles, and says whether
 * the articles agree. Pure: the same mentions give the same reports.
 */
export function compareMentions(mentions: readonly Mention[]): MeasureReport[] {
  const reports: MeasureReport[] = [];
  const byMeasure = new Map<string, Mention[]>();
  for (const m of mentions) {
    const { kind, currency = '', per = '', change = false } = m.quantity;
    const key = [m.concept.name, kind, currency, per, change].join('\u0000');
    byMeasure.set(key, [...(byMeasure.get(key) ?? []), m]);
  }
  for (const group of byMeasure.values()) {
    // Clusters of mentions about the same subject (single-link).
    const clusters: Mention[][] = [];
    for (const m of group) {
      const joined = clusters.filter((c) => c.some((other) => sameSubject(m, other)));
      const merged = [m, ...joined.flat()];
      for (const c of joined) clusters.splice(clusters.indexOf(c), 1);
      clusters.push(merged);
    }
    for (const cluster of clusters) {
      const values: StatedValue[] = [];
      for (const m of cluster) {
        const same = values.find((v) => sameValue(v.quantity, m.quantity));
        if (!same)
          values.push({
            text: m.quantity.text,
            quantity: m.quantity,
            facts: [m.fact],
            articleIds: [m.fact.articleId],
          });
        else {
          if (!same.facts.includes(m.fact)) same.facts.push(m.fact);
          if (!same.articleIds.includes(m.fact.articleId)) same.articleIds.push(m.fact.articleId);
        }
      }
      const agree = cluster.every((a) =>
        cluster.every((b) => a.fact.articleId === b.fact.articleId || compatible(a.quantity, b.quantity)),
      );
      reports.push({ measure: cluster[0]?.concept.name ?? '', values, agree });
    }
  }
  return reports;
}
