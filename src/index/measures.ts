import { keep } from '../facts/kept.js';
import { NumberedFact } from '../facts/numbered.js';
import { compatible, type Quantity } from '../facts/quantities.js';
import { termsOf } from '../facts/terms.js';
import type { Fact } from '../facts/types.js';
import { entityWords } from './fact-index.js';
import type { Concept, Vocabulary } from './vocabulary.js';

/** A figure a fact gives for a measure: "around $11 billion" for valuation. */
export interface Mention {
  fact: Fact;
  quantity: Quantity;
  concept: Concept;
  /**
   * Whose figure it is: the words of the entities named before the figure in its sentence. Empty:
   * none is named, so it is the story's main subject. Undefined: not known (a pronoun stands for
   * it), so the figure is compared with no other.
   */
  subject?: string[];
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

/** A word that stands for a subject named elsewhere. */
const PRONOUN = /\b(they|he|she|it|its|their|his|her|them|who|which|this|these)\b/i;

/** A measure word further than this many characters from a figure does not claim it. */
const MAX_DISTANCE = 80;

/** Characters across a clause boundary (a comma, a bracket) count this much more. */
const CLAUSE_PENALTY = 2;

/** Characters after a quantity count this much more than characters before it. */
const AFTER_PENALTY = 1.5;

/** A phrase of a measured concept (one with a kind), with its place in the vocabulary's order. */
interface MeasuredPhrase {
  order: number;
  concept: Concept;
  phrase: readonly string[];
}

const NO_PHRASES: readonly MeasuredPhrase[] = [];

/** "on hold": an idiom of waiting, never a holding (the stake's word "hold"). */
const ON_HOLD = /^on hold\b/i;
const measuredByFirst = new WeakMap<Vocabulary, Map<string, MeasuredPhrase[]>>();

/**
 * The phrases of a vocabulary's measured concepts by their first stem, each list in the
 * vocabulary's order; made once a vocabulary (read as never changed once used), so that a fact
 * tries only the phrases that open with one of its stems, not all of them.
 */
function measuredPhrases(vocabulary: Vocabulary): Map<string, MeasuredPhrase[]> {
  let byFirst = measuredByFirst.get(vocabulary);
  if (!byFirst) {
    byFirst = new Map();
    let order = 0;
    for (const concept of vocabulary.concepts) {
      if (!concept.kind) continue;
      for (const phrase of concept.phrases) {
        const first = phrase[0];
        if (first === undefined) continue; // no token's stem is undefined: it places nothing
        const list = byFirst.get(first) ?? [];
        list.push({ order: order++, concept, phrase });
        byFirst.set(first, list);
      }
    }
    measuredByFirst.set(vocabulary, byFirst);
  }
  return byFirst;
}

/** `attribute`'s reading of the last ATTRIBUTED_KEPT indexed facts read, per vocabulary (see attribute). */
const attributedFacts = new WeakMap<Vocabulary, Map<Fact, ReadonlyArray<[Quantity, Concept]>>>();
/**
 * How many facts' readings `attribute` keeps a vocabulary (the oldest goes first): bounded, since a
 * bot that answers for long reads most facts of its coverage (as fast as a weak entry a fact, 1.02
 * on questions-M and Y question by question, within the noise).
 */
const ATTRIBUTED_KEPT = 4096;

/**
 * Which measure each quantity of a fact belongs to: the nearest word (before it, preferably) of a
 * concept that is measured by quantities of that kind. Read once an indexed fact (a NumberedFact:
 * its text never changes, its quantities are read from it) and vocabulary, and the list shared:
 * read-only (speed-34: over the bench's 200 headlines, 1,899 calls for 1,050 facts).
 */
export function attribute(fact: Fact, vocabulary: Vocabulary): ReadonlyArray<[Quantity, Concept]> {
  if (!(fact instanceof NumberedFact)) return attributeAfresh(fact, vocabulary);
  let byFact = attributedFacts.get(vocabulary);
  if (!byFact) {
    byFact = new Map();
    attributedFacts.set(vocabulary, byFact);
  }
  return byFact.get(fact) ?? keep(byFact, ATTRIBUTED_KEPT, fact, attributeAfresh(fact, vocabulary));
}

/** `attribute`'s reading, made afresh. */
function attributeAfresh(fact: Fact, vocabulary: Vocabulary): Array<[Quantity, Concept]> {
  if (fact.quantities.length === 0) return [];
  const tokens = termsOf(fact.text);
  const stems = new Set(tokens.map((t) => t.stem));
  // The measured phrases whose stems the fact all holds, in the vocabulary's order.
  const byFirst = measuredPhrases(vocabulary);
  const held: MeasuredPhrase[] = [];
  for (const stem of stems)
    for (const entry of byFirst.get(stem) ?? NO_PHRASES)
      if (entry.phrase.every((s) => stems.has(s))) held.push(entry);
  held.sort((a, b) => a.order - b.order);
  const places: Array<{ concept: Concept; start: number }> = [];
  // "rates were left on hold": "on hold" (waiting) is no holding of shares (claims-33).
  for (const { concept, phrase } of held)
    for (const token of tokens)
      if (
        token.stem === phrase[0] &&
        !ON_HOLD.test(fact.text.slice(Math.max(0, token.start - 3), token.start + 5))
      )
        places.push({ concept, start: token.start });
  const found: Array<[Quantity, Concept]> = [];
  for (const quantity of fact.quantities) {
    let best: { concept: Concept; distance: number } | undefined;
    for (const place of places) {
      if (place.concept.kind !== quantity.kind) continue;
      const before = place.start < quantity.start;
      const [from, to] = before ? [place.start, quantity.start] : [quantity.end, place.start];
      const clause = /[,;:()]/.test(fact.text.slice(from, to)) ? CLAUSE_PENALTY : 1;
      const distance = (to - from) * clause * (before ? 1 : AFTER_PENALTY);
      if (!best || distance < best.distance) best = { concept: place.concept, distance };
    }
    if (best && best.distance <= MAX_DISTANCE) found.push([quantity, best.concept]);
  }
  return found;
}

/**
 * Whose figure a quantity is: the nearest entity named before it in the sentence, with the
 * entities joined to that one by "and", "&" or a comma ("Jo Bloggs and Ann Grey, who own 17%").
 */
export function holderOf(
  text: string,
  entities: readonly string[],
  quantity: Pick<Quantity, 'start'>,
): string[] {
  const placed = entities
    .map((name) => ({ name, at: text.lastIndexOf(name, quantity.start - name.length) }))
    .filter((e) => e.at >= 0)
    .sort((a, b) => a.at - b.at);
  const last = placed.at(-1);
  if (!last) return [];
  const holder = [last];
  for (let i = placed.length - 2; i >= 0; i--) {
    const entity = placed[i];
    const next = holder[0];
    if (!entity || !next) break;
    const between = text.slice(entity.at + entity.name.length, next.at);
    if (!/^\s*(,|and|&|, and)\s*$/.test(between)) break;
    holder.unshift(entity);
  }
  return holder.map((e) => e.name);
}

/** The mentions of measures in some facts; `entitiesOf` gives the names a fact holds. */
export function mentionsIn(
  facts: Iterable<Fact>,
  vocabulary: Vocabulary,
  entitiesOf: (fact: Fact) => string[],
  only?: readonly Concept[],
): Mention[] {
  const mentions: Mention[] = [];
  for (const fact of facts) {
    const attributed = attribute(fact, vocabulary).filter(([, c]) => !only || only.includes(c));
    if (attributed.length === 0) continue;
    for (const [quantity, concept] of attributed) {
      // Whose figure it is needs the names of the sentence: read only if a comparison asks.
      let subject: string[] | undefined | null = null;
      mentions.push({
        fact,
        quantity,
        concept,
        get subject() {
          if (subject === null) {
            const pronoun = PRONOUN.test(fact.text.slice(0, quantity.start));
            const holder = holderOf(fact.text, entitiesOf(fact), quantity);
            subject = holder.length === 0 && pronoun ? undefined : [...new Set(entityWords(holder))];
          }
          return subject;
        },
      });
    }
  }
  return mentions;
}

function sameSubject(a: Mention, b: Mention): boolean {
  if (!a.subject || !b.subject) return false;
  if (a.subject.length === 0 && b.subject.length === 0) return true;
  return a.subject.some((w) => b.subject?.includes(w));
}

const sameUnit = (a: Quantity, b: Quantity) =>
  a.kind === b.kind && a.currency === b.currency && a.per === b.per && a.change === b.change;

const sameValue = (a: Quantity, b: Quantity) =>
  a.value === b.value && a.qualifier === b.qualifier && a.currency === b.currency;

/**
 * Groups mentions by measure and subject, merges equal values across articles, and says whether
 * the articles agree. Pure: the same mentions give the same reports.
 */
export function compareMentions(mentions: readonly Mention[]): MeasureReport[] {
  const reports: MeasureReport[] = [];
  const byMeasure = new Map<string, Mention[]>();
  // A sentence that gives two values of one measure tells a change or a comparison ("raise its bid
  // to £1.6bn from £1.4bn"): its values are not what the coverage settles on.
  const sole = mentions.filter(
    (m) =>
      !mentions.some(
        (o) =>
          o.fact === m.fact &&
          o.concept === m.concept &&
          sameUnit(o.quantity, m.quantity) &&
          !sameValue(o.quantity, m.quantity),
      ),
  );
  for (const m of sole) {
    const { kind, currency = '', per = '', change = false } = m.quantity;
    const key = [m.concept.name, kind, currency, per, change].join('\u0000');
    byMeasure.set(key, [...(byMeasure.get(key) ?? []), m]);
  }
  for (const group of byMeasure.values()) {
    // Clusters of mentions about the same subject (single-link). When no two articles give values
    // that cannot both be right, there is nothing to tell apart: one cluster, no names read.
    const conflict = group.some((a) =>
      group.some((b) => a.fact.articleId !== b.fact.articleId && !compatible(a.quantity, b.quantity)),
    );
    const clusters: Mention[][] = conflict ? [] : [[...group]];
    for (const m of conflict ? group : []) {
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
      const agree =
        cluster[0]?.concept.change === true ||
        cluster.every((a) =>
          cluster.every((b) => a.fact.articleId === b.fact.articleId || compatible(a.quantity, b.quantity)),
        );
      reports.push({ measure: cluster[0]?.concept.name ?? '', values, agree });
    }
  }
  return reports;
}
