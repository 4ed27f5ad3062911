import { compareIds } from '../corpus/order.js';
import { tagWords } from '../facts/nlp.js';
import { stem, stemsOf, termsOf } from '../facts/terms.js';
import type { Fact } from '../facts/types.js';
import type { FactIndex } from '../index/fact-index.js';
import { attribute, compareMentions, mentionsIn } from '../index/measures.js';
import { defaultVocabulary, type Vocabulary } from '../index/vocabulary.js';
import { adjacent, namesInQuestion } from './names.js';
import { parseQuery, type Slot } from './query.js';
import { type QuestionForm, readQuestion } from './question.js';
import { jaccard, numbersOf, sameNumbers } from './similarity.js';
import { answerSpans, byNearness, type QuestionWords, type Span } from './spans.js';
import { suggestTopics } from './suggest.js';
import { type Answer, type AnsweredFact, citationsOf, type Disagreement } from './types.js';

export interface AnswerOptions {
  /** The most facts an answer gives. Default 8. */
  maxFacts?: number;
  /**
   * The share (0 to 1) of a question's weight, each slot weighted by how rare it is in the
   * coverage, that a fact must match to be an answer; less for questions of three slots or more.
   * Default 0.6.
   */
  minCoverage?: number;
  /** A fact scoring below this share of the best fact's score is left out. Default 0.25. */
  relativeScore?: number;
  /** Facts of two articles this alike (content-word Jaccard), with the same numbers, are one fact citing both. Default 0.6. */
  mergeSimilarity?: number;
  /** Facts this alike but with other numbers: only the better one is shown. Default 0.7. */
  duplicateSimilarity?: number;
  /** How much more a fact counts when it gives a quantity of the kind the question's measure takes. Default 1. */
  quantityBoost?: number;
  /** The most facts the answer to a question gives with its short answer: the answering fact and support. Default 3. */
  maxFactsWithShortAnswer?: number;
  /** How much a paraphrase of a question's word counts, against the word itself. Default 0.6. */
  paraphraseWeight?: number;
  /**
   * How much of a neighbour's topic evidence a sentence borrows: the sentence before it, the one
   * after, the article's lead and its headline; a name the question gives (capitalized) is borrowed
   * at `name` or more from any of them. Default 0.6, 0.3, 0.4, 0.4, 0.9.
   */
  borrow?: { before: number; after: number; lead: number; title: number; name: number };
  /** How much more a fact counts when it holds a span of the type a question asks for: `1 + typeBoost × w²`, w how surely the span is of that type. Default 3. */
  typeBoost?: number;
  /** What a fact counts for when a question asks for a type it holds nothing of. Default 0.35. */
  untypedWeight?: number;
  /** What a neighbour counts for that holds no word of the question (nor a paraphrase) itself. Default 0.7. */
  silentNeighbour?: number;
  /** Default: the vocabulary shipped in `src/index/vocabulary.json`. */
  vocabulary?: Vocabulary;
}

export const defaultOptions: Required<Omit<AnswerOptions, 'vocabulary'>> = {
  maxFacts: 8,
  minCoverage: 0.6,
  relativeScore: 0.25,
  mergeSimilarity: 0.6,
  duplicateSimilarity: 0.7,
  quantityBoost: 1,
  maxFactsWithShortAnswer: 3,
  paraphraseWeight: 0.6,
  borrow: { before: 0.6, after: 0.3, lead: 0.4, title: 0.4, name: 0.9 },
  typeBoost: 3,
  untypedWeight: 0.35,
  silentNeighbour: 0.7,
};

interface Candidate {
  fact: Fact;
  score: number;
  slotScores: number[];
  /** The quantity boost this fact is eligible for. */
  boost: number;
  /** For a question of a type: the fact's spans of that type, best first. */
  spans?: Span[];
  /** For a question of a type: what its spans and its article's coverage multiply its score by. */
  factor?: number;
  /** The measures its figures are of (see `attribute`), once worked out. */
  measured?: string[];
  /** What its score was multiplied by for saying nothing of the question itself (`silentNeighbour`). */
  silent?: number;
}

const byScore = (candidates: Candidate[]) =>
  candidates.sort((a, b) => b.score - a.score || compareIds(a.fact.id, b.fact.id));

interface Group {
  lead: Fact;
  facts: Fact[];
  score: number;
}

/** A question of three slots or more needs less of each fact: 1.6 / slots of its weight (3 slots: 53%, 5: 32%). */
const LONG_QUESTION = 1.6;

/** How many of the best candidates are read for figures that disagree. */
const COMPARED = 100;

/** How many of the best candidates are grouped and chosen from. */
const GROUPED = 50;

/** How many of the best candidates are re-ranked by reading which measure their figures belong to. */
const RERANKED = 60;

/**
 * Scores a fact for a question from the BM25 scores of the slots it matches. A fact that gives a
 * figure for a measure the question names (`measured`: the measures of its figures, when known)
 * counts `1 + quantityBoost` times; one with a figure of the right kind for another measure, half
 * that; lead sentences a little more, table rows less. Pure.
 */
export function scoreFact(
  fact: Fact,
  slotScores: readonly number[],
  slots: readonly Slot[],
  quantityBoost: number,
  measured?: readonly string[],
): number {
  let score = slotScores.reduce((a, b) => a + b, 0);
  const concepts = slots.flatMap((s) => (s.concept?.kind ? [s.concept] : []));
  if (concepts.length === 0) {
    if (fact.quantities.length > 0) score *= 1 + quantityBoost / 4;
  } else if (measured?.some((name) => concepts.some((c) => c.name === name))) {
    score *= 1 + quantityBoost;
  } else if (fact.quantities.some((q) => concepts.some((c) => c.kind === q.kind))) {
    score *= 1 + quantityBoost / (measured ? 4 : 2);
  }
  if (fact.position < 2) score *= 1.1;
  if (fact.kind === 'row') score *= 0.7;
  return score;
}

/** Facts that say the same thing become one group; near-copies with other numbers are dropped. */
export function groupFacts(
  candidates: readonly Candidate[],
  mergeSimilarity: number,
  duplicateSimilarity: number,
): Group[] {
  const groups: Group[] = [];
  for (const { fact, score } of candidates) {
    const similar = groups.map((g) => ({ g, similarity: jaccard(g.lead.text, fact.text) }));
    const same = similar.find(
      ({ g, similarity }) => similarity >= mergeSimilarity && sameNumbers(g.lead.text, fact.text),
    );
    if (same) same.g.facts.push(fact);
    else if (!similar.some(({ similarity }) => similarity >= duplicateSimilarity))
      groups.push({ lead: fact, facts: [fact], score });
  }
  return groups;
}

/** The best groups, at most `max`, each article's best group first so that every source is heard. */
function select(groups: readonly Group[], max: number): Group[] {
  const chosen = new Set<Group>();
  const heard = new Set<string>();
  const best = groups[0]?.score ?? 0;
  for (const g of groups) {
    if (chosen.size >= max) break;
    if (g.score >= best / 2 && g.facts.some((f) => !heard.has(f.articleId))) {
      chosen.add(g);
      for (const f of g.facts) heard.add(f.articleId);
    }
  }
  for (const g of groups) {
    if (chosen.size >= max) break;
    chosen.add(g);
  }
  return groups.filter((g) => chosen.has(g));
}

/** The facts a slot matches, with their scores; see Slot.named for the words of a concept that need a figure. */
function matchSlot(
  index: FactIndex,
  slot: Slot,
  paraphraseWeight: number,
  question: boolean,
  typed: boolean,
): ReadonlyMap<string, number> {
  // In a question, a concept's other words are paraphrases of the word asked ("staff": workers),
  // whatever figures their facts give; in a topic query they need a figure of the concept's kind.
  if (typed && slot.concept && slot.named)
    return withParaphrases(index.match(slot.named), index, slot.phrases, paraphraseWeight);
  const exact = matchConcept(index, slot);
  // Paraphrases are for questions; a topic ("job cuts") is searched in its own words.
  if (!question || !slot.alternatives || slot.alternatives.length === 0) return exact;
  return withParaphrases(exact, index, slot.alternatives, paraphraseWeight);
}

/** The facts a slot's own words match, and those its other words match, at `weight` of their score. */
function withParaphrases(
  exact: ReadonlyMap<string, number>,
  index: FactIndex,
  others: readonly string[][],
  weight: number,
): Map<string, number> {
  const merged = new Map(exact);
  for (const [id, score] of index.match(others)) {
    const weighed = score * weight;
    if (weighed > (merged.get(id) ?? 0)) merged.set(id, weighed);
  }
  return merged;
}

/** A slot for a name the question gives: its word is capitalized ("Valencia", not "coach"). */
const isName = (slot: Slot) => /^\p{Lu}/u.test(slot.label);

/**
 * The name words of a question ("Skype", "eBay": a capital letter in them) when no one article
 * holds them all, in its facts or its headline (the coverage names each, never together), with
 * `holdsRarest`: whether an article holds the rarest of them, the most particular thing asked
 * about. Undefined when the question names fewer than two, or some article holds them all.
 */
function namesApart(
  index: FactIndex,
  slots: readonly Slot[],
  matches: ReadonlyArray<ReadonlyMap<string, number>>,
): { names: string[]; holdsRarest: (articleId: string) => boolean } | undefined {
  const named = slots.flatMap((s, k) => (!s.concept && s.key && /\p{Lu}/u.test(s.label) ? [k] : []));
  if (named.length < 2) return undefined;
  const holders = named.map(
    (k) => new Set([...(matches[k]?.keys() ?? [])].map((id) => id.slice(0, id.lastIndexOf('#')))),
  );
  const holds = (articleId: string, j: number) => {
    if (holders[j]?.has(articleId)) return true;
    const title = index.titleStemsOf(articleId);
    return (slots[named[j] ?? -1]?.phrases ?? []).some((p) => p.every((w) => title.includes(w)));
  };
  for (const articleId of new Set(holders.flatMap((h) => [...h])))
    if (named.every((_, j) => holds(articleId, j))) return undefined;
  const rarest = holders.reduce((best, h, j) => (h.size < (holders[best]?.size ?? 0) ? j : best), 0);
  return {
    names: named.map((k) => slots[k]?.label ?? ''),
    holdsRarest: (articleId) => holds(articleId, rarest),
  };
}

/** Name words joined back into the names the question writes ("Robert", "Jackson" -> "Robert Jackson"), without a possessive. */
function namesAsWritten(question: string, words: readonly string[]): string[] {
  const names: string[] = [];
  for (const written of words) {
    const word = written.replace(/['’]s$/, '');
    const last = names.at(-1);
    if (last !== undefined && question.includes(`${last} ${word}`))
      names[names.length - 1] = `${last} ${word}`;
    else names.push(word);
  }
  return names;
}

/** “A” and “B”; “A”, “B” and “C”. */
const quotedList = (items: readonly string[]) =>
  items.length <= 1
    ? `“${items[0] ?? ''}”`
    : `${items
        .slice(0, -1)
        .map((i) => `“${i}”`)
        .join(', ')} and “${items.at(-1)}”`;

function matchConcept(index: FactIndex, slot: Slot): ReadonlyMap<string, number> {
  const all = index.match(slot.phrases);
  const kind = slot.concept?.kind;
  if (!kind || !slot.named) return all;
  const named = index.match(slot.named);
  const kept = new Map<string, number>();
  for (const [id, score] of all)
    if (named.has(id) || index.fact(id)?.quantities.some((q) => q.kind === kind)) kept.set(id, score);
  return kept;
}

function silent(index: FactIndex, vocabulary: Vocabulary, query: string, note: string): Answer {
  const suggestions = suggestTopics(index, vocabulary);
  const also = suggestions.length > 0 ? ` The coverage does cover: ${suggestions.join(', ')}.` : '';
  return {
    query,
    facts: [],
    disagreements: [],
    note: `${note}${also}`,
    suggestions,
    articlesConsulted: index.articleCount,
  };
}

/** The multi-word names of a question that no fact writes as a phrase (nor any headline holds). */
function absentNames(index: FactIndex, question: string): string[] {
  return namesInQuestion(question).filter((name) => {
    // A long name is held to its last two words: "Tory MP Ann Grey" stands as "Ann Grey".
    const stems = stemsOf(name).slice(-2);
    if (stems.length < 2) return false;
    for (const id of index.match([stems]).keys())
      if (adjacent(index.fact(id)?.terms ?? [], stems)) return false;
    if (!stems.every((s) => index.inTitles(s))) return true;
    return !index.articles().some((a) => {
      const title = index.titleStemsOf(a.id);
      return stems.every((s) => title.includes(s));
    });
  });
}

/** What a span must not merely repeat: the question's stems and numbers. */
function questionWords(question: string, form: QuestionForm): QuestionWords {
  // The question's own words: not the other words of its concepts ("holdings" is no repeat of "stake").
  const terms = termsOf(question);
  const stems = new Set(terms.map((w) => w.stem));
  // The names it gives: capitalized words after its first.
  const names = new Set(terms.flatMap((w, i) => (i > 0 && /^\p{Lu}/u.test(w.text) ? [w.stem] : [])));
  return {
    stems,
    names,
    numbers: new Set(numbersOf(question)),
    ...(form.wants === 'count' && form.head ? { counted: new Set(stemsOf(form.head)) } : {}),
  };
}

/**
 * Topic evidence a sentence borrows from its neighbours: for each slot, the best of its own score
 * and a share of the score of the sentence before it, after it, the article's lead and its headline
 * (which scores as the slot's rarity). Pure but for reading the index.
 */
function borrowedScores(
  index: FactIndex,
  articleId: string,
  slots: readonly Slot[],
  matches: ReadonlyArray<ReadonlyMap<string, number>>,
  rarity: readonly number[],
  borrow: Required<AnswerOptions>['borrow'],
  questionStems: ReadonlySet<string> | undefined,
): Map<string, number[]> {
  const facts = index.factsOf(articleId);
  const title = new Set(index.titleStemsOf(articleId));
  const inTitle = slots.map((s) => s.phrases.some((p) => p.every((w) => title.has(w))));
  // A name the question gives is established by the article's lead: the sentence that answers
  // often says only "he" or "the firm". Other words (what is asked) are borrowed at less.
  const named = slots.map(isName);
  const lead = facts[0]?.id;
  const out = new Map<string, number[]>();
  facts.forEach((fact, i) => {
    const before = facts[i - 1]?.id;
    const after = facts[i + 1]?.id;
    // A sentence led by a name the question does not give is about that name ("The Harbour Line took
    // $7.5m"): it borrows the question's names no more than other words.
    const nameShare = questionStems && ledByAnother(fact.text, questionStems) ? 0 : borrow.name;
    out.set(
      fact.id,
      matches.map((m, k) => {
        const own = m.get(fact.id) ?? 0;
        const got = (id: string | undefined, share: number) =>
          id && id !== fact.id ? (m.get(id) ?? 0) * (named[k] ? Math.max(share, nameShare) : share) : 0;
        return Math.max(
          own,
          got(before, borrow.before),
          got(after, borrow.after),
          got(lead, borrow.lead),
          inTitle[k] ? (rarity[k] ?? 0) * (named[k] ? Math.max(nameShare, borrow.title) : borrow.title) : 0,
        );
      }),
    );
  });
  return out;
}

/** A sentence's leading name: two or more capitalized words first ("The Harbour Line", "Ann Grey's"). */
const LEADING_NAME = /^(?:\p{Lu}[\p{L}\p{M}.&-]*\s+)+\p{Lu}[\p{L}\p{M}.&-]*/u;

/**
 * True when a sentence opens with a name none of whose words the question gives ("The Scarlets
 * have...", "Harbour Line said..."). After "A" or "An" a capital is a word of origin, not a name:
 * "An Iranian weblogger has been jailed" opens with none.
 */
export function ledByAnother(text: string, questionStems: ReadonlySet<string>): boolean {
  const lead = LEADING_NAME.exec(text.replace(/^(?:A|An)\s+/, ''))?.[0];
  if (!lead) return false;
  const words = lead.split(/\s+/).filter((w) => w !== 'The');
  return words.length > 0 && !words.some((w) => questionStems.has(stem(w)));
}

/** How many articles of the best candidates a question's answer is looked for in, sentence by sentence. */
const NEIGHBOURHOOD = 30;

/** The most characters of a question the engine reads, and of one of its words (see boundedQuery). */
export const QUERY_MAX = 1000;
export const QUERY_WORD_MAX = 64;

/**
 * A question as the engine reads it: at most QUERY_MAX characters, each word at most
 * QUERY_WORD_MAX (a question is far shorter; a megabyte of one word would cost seconds, and grow
 * the table of stems, for nothing).
 */
export function boundedQuery(query: string): string {
  const cut = query.length > QUERY_MAX ? query.slice(0, QUERY_MAX) : query;
  return cut.replace(/\S{65,}/g, (word) => word.slice(0, QUERY_WORD_MAX));
}

/**
 * Answers a question from the indexed coverage: at most `maxFacts` facts, best first, each citing
 * every article that states it, with the places where articles give values that cannot all be
 * right. A question that asks for a figure, a name, a date, a place, a reason or a duration is
 * answered by the facts that hold one first, opening with the short answer: the span of the first
 * fact that answers it. Where the coverage is silent: no facts, and a note naming topics it does cover.
 */
export function answerQuery(index: FactIndex, given: string, options: AnswerOptions = {}): Answer {
  const o = { ...defaultOptions, ...options };
  const vocabulary = options.vocabulary ?? defaultVocabulary();
  const query = boundedQuery(given);
  const topic = query.replace(/\s+/g, ' ').trim();
  let slots = parseQuery(topic, vocabulary);
  if (slots.length === 0) return silent(index, vocabulary, query, 'Ask about a topic of the story.');

  const absent = absentNames(index, topic);
  if (absent.length > 0)
    return silent(index, vocabulary, query, `Nothing in the coverage on “${absent.join('”, “')}”.`);

  const form = readQuestion(topic);
  // A question (a type asked, a question word, a question mark) is read with paraphrases.
  const asked = form.wants !== undefined || /\?\s*$|^(?:who|what|when|where|why|how|which)\b/i.test(topic);
  const all = slots.map((s) => ({
    slot: s,
    matched: matchSlot(index, s, o.paraphraseWeight, asked, form.wants !== undefined),
  }));
  // A topic word no fact uses: the coverage is silent, unless a headline uses it (then it weighs nothing).
  // In a question of several topic words, a common noun the coverage never uses is dropped, not
  // taken as silence ("exec", "chiefs"); a name ("Zorblat") still is.
  const several = all.filter(({ slot }) => slot.key).length >= 3;
  const missing = all.filter(
    ({ slot, matched }) =>
      matched.size === 0 &&
      !slot.phrases.some((p) => p.length === 1 && index.inTitles(p[0] ?? '')) &&
      slot.key &&
      (!several || isName(slot)),
  );
  if (missing.length > 0)
    return silent(
      index,
      vocabulary,
      query,
      `Nothing in the coverage on “${missing.map((m) => m.slot.label).join(' ')}”.`,
    );
  const found = all.filter(({ matched }) => matched.size > 0);
  if (found.length === 0) return silent(index, vocabulary, query, `Nothing in the coverage on “${topic}”.`);
  slots = found.map((m) => m.slot);
  const matches = found.map((m) => m.matched);

  // Rarer slots weigh more. A word that does not name a topic ("biggest", "react") only ranks: it
  // weighs nothing toward what a fact must cover, unless the question has no topic word at all.
  const rarity = matches.map((m) => Math.log(1 + index.factCount / Math.max(1, m.size)));
  const topical = rarity.map((r, i) => (slots[i]?.key === false ? 0 : r));
  const weights = topical.some((w) => w > 0) ? topical : rarity;
  const total = weights.reduce((a, b) => a + b, 0);
  // A long question (a headline, say) is rarely answered whole by one sentence: ask less of each.
  const needed = Math.min(o.minCoverage, LONG_QUESTION / slots.length);
  // Only facts that match one of the rarest slots can reach the coverage needed: start from those.
  const order = weights.map((_, i) => i).sort((a, b) => (weights[b] ?? 0) - (weights[a] ?? 0));
  const ids = new Set<string>();
  let rest = total;
  for (const i of order) {
    if (rest < needed * total) break;
    for (const id of matches[i]?.keys() ?? []) ids.add(id);
    rest -= weights[i] ?? 0;
  }
  const coverageOf = (slotScores: readonly number[]) =>
    slotScores.reduce((sum, score, i) => sum + (score > 0 ? (weights[i] ?? 0) : 0), 0) / total;
  const candidateOf = (fact: Fact, own: number[], effective: number[]): Candidate | undefined => {
    const covered = coverageOf(effective);
    if (covered < needed) return undefined;
    // For a question of a type, a slot counts at most its rarity: saying a word again, or in a
    // short sentence, makes a sentence no more the answer.
    const capped = form.wants ? effective.map((score, i) => Math.min(score, rarity[i] ?? score)) : effective;
    const slotScores = capped.map((score, i) => score * (slots[i]?.key === false ? 0.5 : 1));
    // A figure counts for more only in a fact that answers most of the question itself.
    const boost = coverageOf(own) >= o.minCoverage ? o.quantityBoost : 0;
    return { fact, score: scoreFact(fact, slotScores, slots, boost), slotScores, boost };
  };
  let candidates: Candidate[] = [];
  for (const id of ids) {
    const fact = index.fact(id);
    if (!fact) continue;
    const own = matches.map((m) => m.get(id) ?? 0);
    const candidate = candidateOf(fact, own, own);
    if (candidate) candidates.push(candidate);
  }
  if (form.wants)
    candidates = answerTyped(
      index,
      topic,
      form,
      slots,
      matches,
      rarity,
      weights,
      vocabulary,
      candidates,
      candidateOf,
      o,
    );
  // A question that names things no article names together ("How much did eBay pay for Skype?"
  // where each appears, never in one article) is not told by the coverage when nothing answers
  // it, nothing of the type it asks for is found, or what is found is in an article without the
  // rarest of its names, the most particular thing it asks about.
  const apart = form.wants ? namesApart(index, slots, matches) : undefined;
  const apartNote = (names: readonly string[]) =>
    `No article in the coverage mentions ${quotedList(namesAsWritten(topic, names))} together.`;
  if (candidates.length === 0)
    return silent(
      index,
      vocabulary,
      query,
      apart ? apartNote(apart.names) : `Nothing in the coverage on “${topic}”.`,
    );
  byScore(candidates);
  if (slots.some((s) => s.concept?.kind)) {
    for (const c of candidates.slice(0, RERANKED)) {
      c.measured ??= attribute(c.fact, vocabulary).map(([, concept]) => concept.name);
      c.score =
        scoreFact(c.fact, c.slotScores, slots, c.boost, c.measured) * (c.factor ?? 1) * (c.silent ?? 1);
    }
    byScore(candidates);
  }

  const best = candidates[0]?.score ?? 0;
  const strong = candidates.filter((c) => c.score >= best * o.relativeScore).slice(0, GROUPED);
  const short = candidates[0]?.spans?.[0];
  if (apart && (!short || !apart.holdsRarest(candidates[0]?.fact.articleId ?? '')))
    return silent(index, vocabulary, query, apartNote(apart.names));
  const groups = select(
    groupFacts(strong, o.mergeSimilarity, o.duplicateSimilarity),
    short ? o.maxFactsWithShortAnswer : o.maxFacts,
  );
  const facts: AnsweredFact[] = groups.map((g) => ({
    text: g.lead.text,
    citations: citationsOf(
      index,
      g.facts.map((f) => f.articleId),
    ),
    quantities: g.lead.quantities,
  }));

  const measured = slots.flatMap((s) => (s.concept?.kind ? [s.concept] : []));
  const disagreements: Disagreement[] =
    measured.length === 0
      ? []
      : compareMentions(
          mentionsIn(
            candidates.slice(0, COMPARED).map((c) => c.fact),
            vocabulary,
            (f) => index.entitiesOf(f),
            measured,
          ),
        )
          .filter((r) => !r.agree)
          .map((r) => ({
            measure: r.measure,
            values: r.values.map((v) => ({ text: v.text, citations: citationsOf(index, v.articleIds) })),
          }));

  const first = groups[0];
  const answer =
    short && first && first.lead.id === candidates[0]?.fact.id ? { text: short.text, fact: 0 } : undefined;
  return {
    query,
    facts,
    ...(answer ? { answer } : {}),
    disagreements,
    suggestions: [],
    articlesConsulted: index.articleCount,
  };
}

/**
 * Ranks the answer to a question of a type: every sentence of the best candidates' articles is
 * scored with the topic evidence it borrows from its neighbours, then counts `1 + typeBoost × w²`
 * when it holds a span of the type asked (w: how surely), or `untypedWeight` when it holds none, times
 * the square of the share of the question its article covers.
 */
function answerTyped(
  index: FactIndex,
  question: string,
  form: QuestionForm,
  slots: readonly Slot[],
  matches: ReadonlyArray<ReadonlyMap<string, number>>,
  rarity: readonly number[],
  weights: readonly number[],
  vocabulary: Vocabulary,
  candidates: Candidate[],
  candidateOf: (fact: Fact, own: number[], effective: number[]) => Candidate | undefined,
  o: typeof defaultOptions,
): Candidate[] {
  const wants = form.wants;
  if (!wants) return candidates;
  byScore(candidates);
  const articles: string[] = [];
  for (const c of candidates) {
    if (articles.length >= NEIGHBOURHOOD) break;
    if (!articles.includes(c.fact.articleId)) articles.push(c.fact.articleId);
  }
  const byId = new Map(candidates.map((c) => [c.fact.id, c]));
  const words = questionWords(question, form);
  // Where a name is asked for, a sentence led by a new name may be the answer; otherwise it is about that name.
  const subjectShift = ['name', 'person', 'organisation', 'place'].includes(wants) ? undefined : words.stems;
  for (const articleId of articles)
    for (const [id, effective] of borrowedScores(
      index,
      articleId,
      slots,
      matches,
      rarity,
      o.borrow,
      subjectShift,
    )) {
      const fact = index.fact(id);
      if (!fact) continue;
      const own = matches.map((m) => m.get(id) ?? 0);
      const candidate = candidateOf(fact, own, effective);
      // A sentence that says nothing of the question itself (no word of it, no paraphrase) is
      // rarely what answers it: it counts for `silentNeighbour` of its score.
      if (candidate && !own.some((score) => score > 0)) {
        candidate.silent = o.silentNeighbour;
        candidate.score *= o.silentNeighbour;
      }
      if (candidate && candidate.score > (byId.get(id)?.score ?? 0)) byId.set(id, candidate);
    }
  // The words that say what is asked, not whom it is about: near them, a span more surely answers.
  const relation = new Set(
    slots.filter((s) => !isName(s)).flatMap((s) => [...s.phrases, ...(s.alternatives ?? [])].flat()),
  );
  const covered = articleCoverage(index, slots, matches, weights);
  const out = [...byId.values()];
  // A figure of a measure the question names ("investing") answers it; one of another ("valued") less so.
  const asked = new Set(slots.flatMap((s) => (s.concept?.kind ? [s.concept.name] : [])));
  // Name questions read the names of every sentence weighed: in one trip to the tagger.
  if (['name', 'person', 'organisation', 'place'].includes(wants)) index.readEntities(out.map((c) => c.fact));
  for (const c of out) {
    const measures = asked.size > 0 && c.fact.quantities.length > 0 ? attribute(c.fact, vocabulary) : [];
    if (asked.size > 0) c.measured = measures.map(([, concept]) => concept.name);
    let tagged: ReturnType<typeof tagWords> | undefined;
    const ofAnother = (span: Span) =>
      measures.some(([q, concept]) => q.start === span.start && !asked.has(concept.name)) &&
      !measures.some(([q, concept]) => q.start === span.start && asked.has(concept.name));
    const spans = byNearness(
      c.fact.text,
      answerSpans(
        {
          text: c.fact.text,
          quantities: c.fact.quantities,
          names: () => index.entitiesOf(c.fact),
          tags: () => {
            tagged ??= tagWords(c.fact.text);
            return tagged;
          },
        },
        wants,
        words,
      ),
      relation,
    )
      .map((span) => (ofAnother(span) ? { ...span, weight: span.weight * 0.8 } : span))
      .sort((a, b) => b.weight - a.weight || a.start - b.start);
    c.spans = spans;
    const top = spans[0]?.weight ?? 0;
    c.factor =
      (spans.length > 0 ? 1 + o.typeBoost * top * top : o.untypedWeight) *
      (covered.get(c.fact.articleId) ?? 0) ** 2;
    c.score *= c.factor;
  }
  return out;
}

/**
 * The share of a question's topic weight each article covers anywhere (its facts or its
 * headline): a sentence of an article about something else scores less than one of an article
 * about what was asked.
 */
function articleCoverage(
  index: FactIndex,
  slots: readonly Slot[],
  matches: ReadonlyArray<ReadonlyMap<string, number>>,
  weights: readonly number[],
): Map<string, number> {
  const total = weights.reduce((a, b) => a + b, 0) || 1;
  const seen = new Map<string, Set<number>>();
  const mark = (articleId: string, slot: number) => {
    const set = seen.get(articleId) ?? new Set<number>();
    set.add(slot);
    seen.set(articleId, set);
  };
  matches.forEach((m, k) => {
    for (const id of m.keys()) mark(id.slice(0, id.lastIndexOf('#')), k);
  });
  const out = new Map<string, number>();
  for (const [articleId, got] of seen) {
    const title = index.titleStemsOf(articleId);
    slots.forEach((s, k) => {
      if (s.phrases.some((p) => p.every((w) => title.includes(w)))) got.add(k);
    });
    out.set(articleId, [...got].reduce((sum, k) => sum + (weights[k] ?? 0), 0) / total);
  }
  return out;
}
