/**
 * The weights that combine the ranking and confidence features of an answer, fitted by
 * `bench/fit-answers.ts` on training questions and kept in `weights.json`, which the engine loads.
 * Pure: features are plain numbers, a score the exponential of their weighted sum.
 */
import type { AnswerableFeature } from './answerable.js';
import data from './weights.json' with { type: 'json' };

/** What a candidate sentence for a typed question is ranked by. */
export const RANK_FEATURES = [
  /** log of its topic score (BM25 slot scores, borrowed from neighbours, measure and lead boosts). */
  'topic',
  /** log(1 + 3w²), w how surely its best span is of the type asked; 0 without a span. */
  'span',
  /** 1 when it holds no span of the type asked. */
  'noSpan',
  /**
   * 1 when it holds no span of the type asked and the question asks a reason or a date: such a
   * question is answered by its span, so a sentence without one gives way more than for other forms.
   */
  'noSpanStrict',
  /** log of the share of the question its article covers. */
  'coverage',
  /** 1 when it holds no word of the question itself (only its neighbours do). */
  'silent',
  /** The share of the question's weight the sentence holds itself. */
  'own',
  /** 1 for an article's first sentence. */
  'lead',
  /** 1 when its best span stands far from the words that say what is asked. */
  'far',
  /** log(1 + number of spans of the type asked). */
  'spans',
  /** 1 when it names the question's subject or rarest name itself. */
  'subject',
  /** 1 when it opens with a quotation mark. */
  'quote',
  /** The share of the words that say what is asked (not whom about) the sentence holds itself, by rarity. */
  'relation',
  /** log(1 + its place in its article). */
  'position',
  /** 1 when its best span is a figure of another measure than the one asked. */
  'another',
  /** Its best span's distance in words to the nearest content word of the question, over 8, at most 1. */
  'distance',
  /** For a name asked for: 1 when its best span is of the kind asked, 0 of another, 0.5 unsaid; else 1. */
  'typed',
  /** log(1 + its article's place among the articles by their best sentence's topic score), 0 for the best. */
  'articleRank',
  /** The share of the question's content words its article's headline holds. */
  'headline',
  /**
   * Its `own` less the most any weighed sentence of its article holds itself (0 for that sentence,
   * negative for the rest): within one article, where every sentence borrows the question's names,
   * the sentence that says the question's words itself is the likelier answer.
   */
  'ownGap',
  /**
   * The share of the question's weight the sentence holds itself, each slot weighed by its rarity
   * among its article's sentences, log(1 + sentences / sentences holding it), rather than over the
   * archive: within the story's article its names are in most sentences and tell none apart, while
   * the question's other words ("founded", "fined") pick the sentence.
   */
  'local',
  /**
   * "why ...?" only (0 for other forms): log(1 + the sentence's reason spans), `spans` weighed apart
   * for the reason form (issue 21, forms-21). Nearly every candidate holds one reason span or none
   * (16 of 9,126 traced TRAIN candidates hold two), so it mostly says "holds a reason span": fitted
   * (-1.36, leaving one key out -1.27 to -1.42) it takes back most of what `span` and `noSpan` give a
   * sentence for a connective ("after", "as", "because"), since half the right sentences of TRAIN
   * "why" questions (234 of 456 traced) give their reason with none ("hit by", "(ankle)").
   */
  'reasons',
  /**
   * The article's BM25 score for the question over its whole text (its sentences and its headline,
   * which counts as two sentences), log of its share of the best such score among the candidates'
   * articles (0 for the best, at least log 0.01): the story is found first, its sentence second.
   * Each slot weighs its rarity over the archive; its frequency is the number of the article's
   * sentences holding it, saturating (k1 1.2) and normalised by the article's length (b 0.75).
   */
  'article',
  /**
   * `local` with the sentence's neighbours: a slot it does not hold itself counts 0.6 where the
   * sentence before holds it and 0.3 where the one after does (the borrowing shares), so a sentence
   * that says "it" or "the firm" of what its neighbour names is not read as holding none of it.
   */
  'localNear',
  /**
   * The share of the words that say what is asked (the question's slots other than its names), each
   * weighed by its rarity among the article's sentences as in `local`, that the sentence writes within
   * FAR_WORDS words of its best span of the type asked (0 without a span): within one article, the
   * span that answers stands by the question's relation ("was fined £5m"), not merely in a sentence
   * that holds it somewhere.
   */
  'relationNear',
  /**
   * Its `localNear` less the most any weighed sentence of its article holds (0 for that sentence,
   * negative for the rest): `localNear` read within the article only, so the sentence that holds most
   * of the question's rarer words gains over its own article's others without raising one article's
   * sentences over another's.
   */
  'localNearGap',
  /**
   * The lexical bridge (bridge.ts, bridge-26): for each of the question's common words the sentence
   * does not hold, its best learned association with a word the sentence holds and the question does
   * not ("sacked" / "dismissed"), summed: the sentence that words the question's relation otherwise.
   */
  'bridge',
  /**
   * The share of the question's weight (each slot weighed within the article, as in `local`) of the
   * question's names the sentence refers to without writing them (refers.ts, rank-34): "he", "the
   * firm", "the 27-year-old" standing, as a reader takes them, for the subject the sentences before
   * carry or what the article is most about. What `local` would gain were the names written there.
   * Weight 0 (not shipped: out of fold +6 first of 6,914 TRAIN questions, short right -4, bold -3);
   * read only where it weighs or the answer is traced.
   */
  'refers',
] as const;
export type RankFeature = (typeof RANK_FEATURES)[number];

/** What the short answer's confidence is read from. */
export const CONFIDENCE_FEATURES = [
  'bias',
  /** How surely the span is of the type asked. */
  'weight',
  /** How far the first sentence's score stands above the best with another answer (log, at most 3). */
  'margin',
  /** 1 when another of the best five sentences gives the same short answer. */
  'agree',
  'own',
  'coverage',
  'spans',
  /** 1 when the first sentence names the question's subject or rarest name itself. */
  'subject',
  /** 1 when its span stands far from the words that say what is asked. */
  'far',
  /** The share of the words that say what is asked the first sentence holds itself. */
  'relation',
  /** 1 when its span is a figure of another measure than the one asked. */
  'another',
  /** How far the first sentence's score stands above the second's (log, at most 3). */
  'gap',
  /** The first sentence's length, in 40 words. */
  'long',
  /** The share of the best sentences' scores (softmax of their log scores) whose short answer is the first's. */
  'share',
  /** The kind of answer asked: figure, name, time (date, duration), place, reason, clause (the forms about a subject). */
  'figure',
  'name',
  'time',
  'place',
  'reason',
  'clause',
  /** Finer kinds: a count, a share, a length of time, a name of a kind ("which company"), a description, words said, a yes/no. */
  'count',
  'percent',
  'duration',
  'kindAsked',
  'description',
  'statement',
  'settle',
  /** log(1 + the other articles whose best sentences (of the best 30) give the same short answer). */
  'articles',
  /** 1 when the first sentence holds another span of another text nearly as sure (at least 0.8 of its weight). */
  'rival',
  /** The span's distance in words to the nearest content word of the question in its sentence, over 8, at most 1. */
  'distance',
  /** The share of the span's words that the question gives already. */
  'echo',
  /** 1 when the first sentence holds no word of the question itself (only its neighbours do). */
  'silent',
  /** For a name: 1 when the words round it say it is of the kind asked (person, organisation, place), 0 when of another, 0.5 when they do not say. */
  'typed',
  /** log(1 + the span's words), over 3. */
  'spanWords',
  /** 1 when the span stops inside a word or a number ("two-year", "$110,00", "nine month sentence"). */
  'partial',
  /** The first sentence's topic feature less the best of the best 30 (0 when it is the best; at least -3). */
  'topicLead',
  /** The first sentence's `relation` less the best of the best 10 (0 when it holds the most of what is asked). */
  'relationLead',
  /** The first sentence's own share of the question less the best of the best 10. */
  'ownLead',
  /** The first sentence's share of the best 30 sentences' scores (softmax of their log scores). */
  'softmax',
] as const;
export type ConfidenceFeature = (typeof CONFIDENCE_FEATURES)[number];

/**
 * The first ranked candidate's ranking features that the answerable and bold models read besides
 * the confidence features: how well the first fact's story and sentence match (its topic score, the
 * share of the question its article covers, the question's rarer words in the sentence, the
 * headline), and where the fact stands (its article's place among the candidates', its place in its
 * article, an article's first sentence).
 */
export const LEAD_RANK_FEATURES = [
  'topic',
  'coverage',
  'local',
  'headline',
  'articleRank',
  'position',
  'lead',
] as const satisfies readonly RankFeature[];

/** A lead ranking feature as the answerable and bold models name it (`first.topic`, ...). */
export type LeadFeature = `first.${(typeof LEAD_RANK_FEATURES)[number]}`;

/**
 * LEAD_RANK_FEATURES as the bold model names them. Out of fold (leaving one key out) they part right
 * bold answers from wrong ones the confidence features do not, most of all bold answers to questions
 * the coverage does not answer (bold-25).
 */
export const BOLD_LEAD_FEATURES: readonly LeadFeature[] = LEAD_RANK_FEATURES.map(
  (f) => `first.${f}` as const,
);

/** What the bold model reads: the confidence features and the first candidate's (BOLD_LEAD_FEATURES). */
export const BOLD_FEATURES = [...CONFIDENCE_FEATURES, ...BOLD_LEAD_FEATURES] as const;
export type BoldFeature = (typeof BOLD_FEATURES)[number];

/** A bold model over the confidence features alone (as `bench/fit-answers.ts --bold` fits it): the first candidate's weigh 0. */
export function boldOverConfidence(
  model: Readonly<Record<ConfidenceFeature, number>>,
): Record<BoldFeature, number> {
  const out = { ...model } as Record<BoldFeature, number>;
  for (const f of BOLD_LEAD_FEATURES) out[f] = 0;
  return out;
}

/**
 * The bold model's features of a short answer: its confidence features and the first ranked
 * candidate's ranking features (`first`; those of the first candidate that has them), each 0 when
 * the candidate has none.
 */
export function boldFeatures(
  confidence: Readonly<Record<ConfidenceFeature, number>>,
  first: Readonly<Partial<Record<RankFeature, number>>> | undefined,
): Record<BoldFeature, number> {
  const out = { ...confidence } as Record<BoldFeature, number>;
  for (const f of BOLD_LEAD_FEATURES) out[f] = first?.[f.slice(6) as RankFeature] ?? 0;
  return out;
}

export interface Weights {
  rank: Record<RankFeature, number>;
  confidence: Record<ConfidenceFeature, number>;
  /** The short answer is shown from this confidence up (as a hedged "Likely" line below `sure`). */
  show: number;
  /**
   * The bold tier's own logistic model of "the short answer is right", over BOLD_FEATURES (the
   * confidence features and the first candidate's ranking features; weights.json's `bold`, fitted by
   * `bench/bold-folds.ts --write` on all TRAIN keys since bold-25): it decides only whether a short
   * answer already shown (from `show` up) is sure. Default: that file's `bold`.
   */
  bold: Record<BoldFeature, number>;
  /**
   * The short answer is sure, and shown in bold, from this confidence of the `bold` model up:
   * weights.json's `boldShow`, the lowest from which out-of-fold bold answers (leaving one key out)
   * were right at least 90% of the time in every fold with 10 bold or more (bench/bold-folds.ts,
   * bold-25). Default: that file's value.
   */
  sure: number;
  /**
   * A short answer the confidence shows (from `show` up) but the `bold` model scores under this is
   * not shown: what the bold model scores this low is wrong 19 times in 20 (bold-35: the floor read
   * leaving one key out, `bench/hedged-gate.ts`). Default: the file's `hedgedFloor`, else 0 (none).
   */
  hedgedFloor: number;
  /** Below this confidence, the answer says the coverage gives no clear answer (at most two related facts). */
  none: number;
  /**
   * The answerable model (weights.json's `answerable`, fitted by `bench/answerable-fit.ts`): a
   * logistic model over ANSWERABLE_FEATURES (src/answer/answerable.ts) of "the answer holds a right
   * fact in its first three". Undefined (no silence by the model) when the file has none.
   */
  answerable?: Record<AnswerableFeature, number>;
  /** Below this answerable model's chance, the answer says the coverage gives no clear answer. Default: the file's, else 0. */
  answerableBelow: number;
  /**
   * The same threshold for an answer whose short answer is not shown (its confidence below `show`):
   * there the note costs no short answer, only a third fact, so it may silence more (silent-24).
   * Default: the file's `answerableUnshownBelow`, else `answerableBelow`.
   */
  answerableUnshownBelow: number;
}

/** What `weights.json` holds: each model's weights by feature name, and the thresholds. */
export interface WeightsFile {
  rank?: Record<string, number>;
  confidence?: Record<string, number>;
  bold?: Record<string, number>;
  show?: number;
  boldShow?: number;
  hedgedFloor?: number;
  none?: number;
  answerable?: Record<string, number>;
  answerableBelow?: number;
  answerableUnshownBelow?: number;
}

/**
 * The weights a weights file gives, a feature it does not name weighing 0. Throws, naming the missing
 * part and how to make it, when a model or threshold is missing (a file written by an older or partial
 * fit), rather than answering with a model of zeros.
 */
export function weightsFrom(file: WeightsFile): Weights {
  const { rank, confidence, bold, show, boldShow, none } = file;
  const missing = Object.entries({ rank, confidence, bold, show, boldShow, none })
    .filter(([, v]) => v === undefined)
    .map(([k]) => k);
  if (
    missing.length > 0 ||
    !rank ||
    !confidence ||
    !bold ||
    show === undefined ||
    boldShow === undefined ||
    none === undefined
  )
    throw new Error(
      `src/answer/weights.json has no ${missing.join(', ')}: refit it with \`npx tsx bench/fit-answers.ts\` (and \`--bold\` for bold, boldShow), or restore it from git.`,
    );
  const pick = <K extends string>(keys: readonly K[], weights: Record<string, number>) =>
    Object.fromEntries(keys.map((k) => [k, weights[k] ?? 0])) as Record<K, number>;
  return {
    rank: pick(RANK_FEATURES, rank),
    confidence: pick(CONFIDENCE_FEATURES, confidence),
    bold: pick(BOLD_FEATURES, bold),
    show,
    sure: boldShow,
    hedgedFloor: file.hedgedFloor ?? 0,
    none,
    // The features the file names (one it does not name weighs 0 in `weighted`); answerable.ts imports this module.
    ...(file.answerable ? { answerable: { ...file.answerable } as Record<AnswerableFeature, number> } : {}),
    answerableBelow: file.answerableBelow ?? 0,
    answerableUnshownBelow: file.answerableUnshownBelow ?? file.answerableBelow ?? 0,
  };
}

/** The weights shipped in `weights.json`. */
export function defaultWeights(): Weights {
  if (!shipped) {
    const w = weightsFrom(data);
    shipped = Object.freeze({
      ...w,
      rank: Object.freeze(w.rank),
      confidence: Object.freeze(w.confidence),
      bold: Object.freeze(w.bold),
    });
  }
  return shipped;
}
/** The shipped weights, read from the file once (every answer asks for them), frozen since shared. */
let shipped: Weights | undefined;

/** The weighted sum of some features, a missing weight or feature counting 0. */
export function weighted<K extends string>(
  weights: Record<K, number>,
  features: Partial<Record<K, number>>,
): number {
  let sum = 0;
  for (const key of Object.keys(weights) as K[]) sum += (weights[key] ?? 0) * (features[key] ?? 0);
  return sum;
}

export const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
