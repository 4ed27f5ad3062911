/**
 * Whose a figure is where the rules name no one, chosen by a fitted model (issue 20, subject-23).
 * Candidates: the rules' reading (`subjectOf`, the phrase, `resolve`: only the bench weighs it, see
 * below), each name of the sentence, each of its common-noun phrases ("shoppers", "UK firms":
 * `subject-phrases.ts`, when the context gives the sentence's tags), the article's focus and the
 * name the sentence before opens with, and staying silent (`SILENT`). Each has features (where it stands against the figure, what
 * stands around it, how often the article names it); a conditional logit model
 * (`subject-weights.json`, fitted by `bench/fit-subject.ts` on the TRAIN claims keys) scores them and
 * the best is the claim's subject. `read.ts` asks it only of the figures the rules leave silent:
 * out of fold, overriding the rules' reading lost more figures than it gained. Pure functions over
 * the sentence's words, no story words.
 */
import type { TaggedWord } from '../facts/nlp.js';
import { isRegion } from './places.js';
import { asidesOf, NOT_A_SUBJECT, occurrences } from './subject.js';
import { nounPhrases } from './subject-phrases.js';
import data from './subject-weights.json' with { type: 'json' };

/** Where a subject came from (FigureClaim's subjectFrom). */
export type SubjectFrom = 'named' | 'resolved' | 'phrase' | 'none';

/** One reading of whose a figure is, with its features (in FEATURES' order). */
export interface SubjectCandidate {
  subject: string[];
  from: SubjectFrom;
  features: number[];
}

/** What the candidates of one figure are read from. */
export interface SubjectContext {
  /** The sentence. */
  text: string;
  /** The figure's place in it. */
  start: number;
  end: number;
  /** The sentence's names (as claimsOf reads them). */
  names: readonly string[];
  /** The names of the sentence that may own a figure (reporters left out: `ownerNames`). */
  owners: readonly string[];
  /** The rules' reading. */
  rule: { subject: string[]; from: SubjectFrom };
  /** The article's focus. */
  thing?: string;
  person?: string;
  /** The name the sentence before opens with (`openingName`), if any. */
  previous?: string;
  /** The article's headline. */
  title: string;
  /** The article's headline and sentences joined. */
  article: string;
  /** True for a sentence of the article's lead. */
  lead: boolean;
  /** The sentence's tagged words, when its common-noun phrases are candidates too (`nounPhrases`). */
  tags?: () => readonly TaggedWord[];
}

/** The features, in order: each a number, most 0 or 1. */
export const FEATURES = [
  'rule',
  'rule_named',
  'rule_resolved',
  'rule_phrase',
  'in_sentence',
  'before',
  'after',
  'distance',
  'nearest_before',
  'nearest_after',
  'same_clause',
  'possessive',
  'after_preposition',
  'after_of_for_by',
  'opens_sentence',
  'verb_after',
  'in_aside',
  'reporter',
  'focus_thing',
  'focus_person',
  'previous_opening',
  'in_title',
  'times',
  'region',
  'person_like',
  'words',
  'outside_pronoun',
  'outside_thing_reference',
  'outside_no_owner',
  'in_lead_sentence',
  'silent',
  'np',
  'np_subject',
  'np_of_figure',
  'np_possessor',
  'np_group',
  'np_plural',
  'np_named',
  'np_subject_plain',
  'np_no_owner',
] as const;

type Feature = (typeof FEATURES)[number];

const PREPOSITION_BEFORE =
  /\b(?:in|into|at|for|of|to|from|with|on|by|against|over|about|than|under)\s+(?:the\s+)?$/i;
const OF_FOR_BY = /\b(?:of|for|by)\s+(?:the\s+)?$/i;
const VERB_AFTER =
  /^(?:['’]s)?\s+(?:(?:also|has|have|had|is|are|was|were|will|would|could|can|may|might|should|must|did|does)\b|\p{Ll}+(?:ed|s)\b)/u;
const PRONOUN_BEFORE = /\b(?:it|its|they|their|he|she|his|her)\b/i;
const THING_WORD =
  /\b[Tt]he\s+(?:[\p{L}-]+\s+){0,2}?(?:firm|company|group|bank|business|retailer|airline|operator|maker|insurer|lender|broadcaster|corporation|government|club|side|team|country|economy)\b/u;
const TITLED = /^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady|Dame)\.?\s/;

/** How many times an article's text writes a name, as a whole word (remembered per text, for the few names asked). */
const counted = new Map<string, Map<string, number>>();
function timesIn(article: string, name: string): number {
  let byName = counted.get(article);
  if (!byName) {
    if (counted.size > 256) counted.clear();
    byName = new Map();
    counted.set(article, byName);
  }
  let n = byName.get(name);
  if (n === undefined) {
    n = occurrences(article, name).length;
    byName.set(name, n);
  }
  return n;
}

/** The candidates of one figure: the rules' reading first, then the others, each once. */
export function subjectCandidates(ctx: SubjectContext): SubjectCandidate[] {
  const { text, start, end } = ctx;
  const before = text.slice(0, start);
  const asides = asidesOf(text);
  const outsideContext = {
    pronoun: PRONOUN_BEFORE.test(before),
    thing: THING_WORD.test(before),
    noOwner: ctx.owners.length === 0,
  };
  const byKey = new Map<
    string,
    { subject: string[]; from: SubjectFrom; f: Partial<Record<Feature, number>> }
  >();
  const add = (subject: string[], from: SubjectFrom, f: Partial<Record<Feature, number>>) => {
    const key = subject.join(' and ').toLowerCase();
    const known = byKey.get(key);
    if (known) {
      for (const [k, v] of Object.entries(f) as Array<[Feature, number]>)
        known.f[k] = Math.max(known.f[k] ?? 0, v);
      return;
    }
    byKey.set(key, { subject, from, f: { ...f } });
  };
  if (ctx.rule.subject.length > 0)
    add(ctx.rule.subject, ctx.rule.from, {
      rule: 1,
      rule_named: ctx.rule.from === 'named' ? 1 : 0,
      rule_resolved: ctx.rule.from === 'resolved' ? 1 : 0,
      rule_phrase: ctx.rule.from === 'phrase' ? 1 : 0,
    });
  // The sentence's names, each where it stands nearest the figure.
  const placed = ctx.names
    .filter((n) => n.length > 1 && !NOT_A_SUBJECT.test(n))
    .map((n) => {
      const found = occurrences(text, n);
      const nearest = found.sort((a, b) => gap(a, start, end) - gap(b, start, end))[0];
      return nearest ? { name: n, at: nearest.at, length: nearest.name.length } : undefined;
    })
    .filter((e): e is { name: string; at: number; length: number } => e !== undefined);
  const beforeOnes = placed.filter((e) => e.at + e.length <= start).sort((a, b) => b.at - a.at);
  const afterOnes = placed.filter((e) => e.at >= end).sort((a, b) => a.at - b.at);
  for (const e of placed) {
    const isBefore = e.at + e.length <= start;
    const between = isBefore ? text.slice(e.at + e.length, start) : text.slice(end, Math.max(end, e.at));
    const ahead = text.slice(Math.max(0, e.at - 30), e.at);
    const rest = text.slice(e.at + e.length);
    add([e.name], 'named', {
      in_sentence: 1,
      before: isBefore ? 1 : 0,
      after: isBefore ? 0 : 1,
      distance: Math.log1p(Math.max(0, isBefore ? start - e.at - e.length : e.at - end)) / 5,
      nearest_before: beforeOnes[0] === e ? 1 : 0,
      nearest_after: afterOnes[0] === e ? 1 : 0,
      same_clause: /[,;:()]|\s[-–—]\s/.test(between) ? 0 : 1,
      possessive: /^['’]s?\s/.test(rest) ? 1 : 0,
      after_preposition: PREPOSITION_BEFORE.test(ahead) ? 1 : 0,
      after_of_for_by: OF_FOR_BY.test(ahead) ? 1 : 0,
      opens_sentence: /^["'“‘]?(?:[Tt]he\s+)?$/.test(text.slice(0, e.at)) ? 1 : 0,
      verb_after: VERB_AFTER.test(rest) ? 1 : 0,
      in_aside: asides.some(([s, t]) => e.at > s && e.at < t) ? 1 : 0,
      reporter: ctx.owners.includes(e.name) ? 0 : 1,
      in_lead_sentence: ctx.lead ? 1 : 0,
    });
  }
  // The sentence's common-noun phrases ("shoppers", "UK firms"), each where it stands.
  if (ctx.tags)
    for (const p of nounPhrases(text, ctx.tags(), start, end)) {
      const isBefore = p.end <= start;
      const between = isBefore ? text.slice(p.end, start) : text.slice(end, Math.max(end, p.at));
      const ahead = text.slice(Math.max(0, p.at - 30), p.at);
      add([p.phrase], 'phrase', {
        np: 1,
        np_subject: p.subject ? 1 : 0,
        np_of_figure: p.ofFigure ? 1 : 0,
        np_possessor: p.possessor ? 1 : 0,
        np_group: p.group ? 1 : 0,
        np_plural: p.plural ? 1 : 0,
        np_named: p.named ? 1 : 0,
        // A clause subject in a sentence whose words before the figure refer to no one told before.
        np_subject_plain: p.subject && !outsideContext.pronoun && !outsideContext.thing ? 1 : 0,
        np_no_owner: outsideContext.noOwner ? 1 : 0,
        in_sentence: 1,
        before: isBefore ? 1 : 0,
        after: isBefore ? 0 : 1,
        distance: Math.log1p(Math.max(0, isBefore ? start - p.end : p.at - end)) / 5,
        same_clause: /[,;:()]|\s[-–—]\s/.test(between) ? 0 : 1,
        after_preposition: PREPOSITION_BEFORE.test(ahead) ? 1 : 0,
        after_of_for_by: OF_FOR_BY.test(ahead) ? 1 : 0,
        opens_sentence: /^["'“‘]?(?:[Tt]he\s+)?$/.test(text.slice(0, p.at)) ? 1 : 0,
        in_aside: asides.some(([s, t]) => p.at > s && p.at < t) ? 1 : 0,
        in_lead_sentence: ctx.lead ? 1 : 0,
      });
    }
  const outside = {
    outside_pronoun: outsideContext.pronoun ? 1 : 0,
    outside_thing_reference: outsideContext.thing ? 1 : 0,
    outside_no_owner: outsideContext.noOwner ? 1 : 0,
  };
  if (ctx.thing) add([ctx.thing], 'resolved', { focus_thing: 1, ...outside });
  if (ctx.person) add([ctx.person], 'resolved', { focus_person: 1, ...outside });
  if (ctx.previous) add([ctx.previous], 'resolved', { previous_opening: 1, ...outside });
  const title = ctx.title.toLowerCase();
  return [...byKey.values()].map(({ subject, from, f }) => {
    const name = subject.join(' ');
    const first = subject[0] ?? '';
    const all: Partial<Record<Feature, number>> = {
      ...f,
      in_title: title.includes(first.toLowerCase()) ? 1 : 0,
      times: Math.log1p(subject.length === 1 ? timesIn(ctx.article, first) : 0) / 3,
      region: subject.every((s) => isRegion(s)) ? 1 : 0,
      person_like: TITLED.test(first) || /^\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2}$/u.test(first) ? 1 : 0,
      words: Math.min(4, name.split(/\s+/).length) / 4,
    };
    return { subject, from, features: FEATURES.map((k) => all[k] ?? 0) };
  });
}

/** The rules' reading as the one candidate (an age: whose the person is, read by the rules). */
export function onlyRule(rule: { subject: string[]; from: SubjectFrom }): SubjectCandidate {
  return { ...rule, features: FEATURES.map((k) => (k === 'rule' ? 1 : 0)) };
}

/**
 * Staying silent, as a candidate of its own (right when no other is): the chooser names a subject
 * only where one scores above it, so that a figure no candidate is likely right for keeps none.
 */
export const SILENT: SubjectCandidate = {
  subject: [],
  from: 'none',
  features: FEATURES.map((k) => (k === 'silent' ? 1 : 0)),
};

/**
 * The rules' readings the chooser decides (weighing the rules' reading as one candidate among
 * the others): where they name no one, and those listed in `subject-weights.json`'s `decides`
 * (fitted out of fold by bench/fit-subject.ts --decide).
 */
export function chooserDecides(from: SubjectFrom): boolean {
  return from === 'none' || DECIDES.has(from);
}

/** Characters between a name and the figure. */
function gap(e: { name: string; at: number }, start: number, end: number): number {
  return e.at + e.name.length <= start ? start - e.at - e.name.length : Math.abs(e.at - end);
}

interface Weights {
  features: readonly string[];
  weights: readonly number[];
  /** The rules' readings (besides none) the chooser decides. */
  decides?: readonly SubjectFrom[];
}

const fitted = data as unknown as Weights;
const DECIDES = new Set<SubjectFrom>(fitted.decides ?? []);
/** The fitted weights in FEATURES' order (a feature the file lacks weighs 0). */
const WEIGHTS = FEATURES.map((k) => {
  const i = fitted.features.indexOf(k);
  return i >= 0 ? (fitted.weights[i] ?? 0) : 0;
});

/** A candidate's score under the weights. */
export function scoreOf(features: readonly number[], weights: readonly number[] = WEIGHTS): number {
  let s = 0;
  for (let i = 0; i < features.length; i++) s += (features[i] ?? 0) * (weights[i] ?? 0);
  return s;
}

/** The best candidate under the weights (the first of equals: the rules' reading), undefined when none. */
export function chooseSubject(
  candidates: readonly SubjectCandidate[],
  weights: readonly number[] = WEIGHTS,
): SubjectCandidate | undefined {
  let best: SubjectCandidate | undefined;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const c of candidates) {
    const s = scoreOf(c.features, weights);
    if (s > bestScore) {
      best = c;
      bestScore = s;
    }
  }
  return best;
}

/** The chooser's confidence in its best candidate: its share of the softmax over the candidates. */
export function confidenceOf(
  candidates: readonly SubjectCandidate[],
  weights: readonly number[] = WEIGHTS,
): number {
  if (candidates.length === 0) return 0;
  const scores = candidates.map((c) => scoreOf(c.features, weights));
  const top = Math.max(...scores);
  const total = scores.reduce((s, x) => s + Math.exp(x - top), 0);
  return 1 / total;
}
