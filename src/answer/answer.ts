import { compareClaims } from '../claims/compare.js';
import { type ClaimFigure, claimFigures, claimsOf, claimsOfMany } from '../claims/read.js';
import { compareIds } from '../corpus/order.js';
import { MONTH_SHORT_FORMS, MONTHS } from '../facts/months.js';
import { tagAhead, tagWords, tagWordsOfMany } from '../facts/nlp.js';
import { statesKind } from '../facts/numbered.js';
import { DURATION_UNIT, type Quantity } from '../facts/quantities.js';
import { escapeRegExp, stem, stemsOf, termsOf } from '../facts/terms.js';
import type { Fact } from '../facts/types.js';
import type { FactIndex } from '../index/fact-index.js';
import { attribute } from '../index/measures.js';
import { shortFormsOf, writtenOtherwise } from '../index/short-forms.js';
import { type Concept, defaultVocabulary, type Vocabulary } from '../index/vocabulary.js';
import { answerableFeatures, type NearFeature, restatesQuestion } from './answerable.js';
import {
  ageUnwritten,
  asksAge,
  moneyForCount,
  onlyExpected,
  onlyIfSo,
  periodUnwritten,
  rateUnwritten,
  roleUnwritten,
  scoreForCount,
  termUnwritten,
} from './asked.js';
import { type BridgeTable, bridgeScore, bridgeWords, defaultBridge, sentenceBridgeWords } from './bridge.js';
import { coveredBy, eachId } from './candidate-ids.js';
import { casedAsCoverage, rareNameCase } from './casing.js';
import { comparedFacts } from './compared-ahead.js';
import { countedHead, crowdUnwritten } from './counted.js';
import { subjectFirst } from './figure-asked.js';
import { finerDate } from './finer-date.js';
import { FLOW_WORDS, otherFlow } from './flow.js';
import { formProbabilities } from './form-model.js';
import { type HedgedModel, hedgedKept, shippedHedgedModel } from './hedged-gate.js';
import { kindMisfit, placeOfEvent } from './kinds.js';
import { kindsOfMeasures, measuredWhereAsked } from './measured-asked.js';
import { adjacent, CALENDAR, endsNames, namesInQuestion, writtenAsName } from './names.js';
import {
  type PrecisionModel,
  precisionKept,
  precisionPromoted,
  shippedPrecisionModel,
} from './precision-gate.js';
import { parseQuery, type Slot } from './query.js';
import {
  type AnswerType,
  LEARNED_FORM_MIN,
  matchAsked,
  type QuestionForm,
  readQuestion,
  wordsAsked,
} from './question.js';
import { referredNames, referredShare } from './refers.js';
import { jaccard, numbersOf, sameNumbers } from './similarity.js';
import { answerSpans, byNearness, type QuestionWords, type Span, speakerIs } from './spans.js';
import { speakersOf } from './speakers.js';
import { suggestTopics } from './suggest.js';
import { type Answer, type AnsweredFact, citationsOf, type Disagreement, type Timeline } from './types.js';
import { unknownName } from './unknown-words.js';
import {
  boldFeatures,
  type ConfidenceFeature,
  defaultWeights,
  type RankFeature,
  sigmoid,
  type Weights,
  weighted,
} from './weights.js';

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
  /** Yes/no questions: a settling sentence holding none of the question's claim (its words that are no name) counts less (answersb-32). Default true. */
  settleClaim?: boolean;
  /**
   * A "why" question's reason span that holds the event asked (two or more of its claim slots) more than
   * the rest of its sentence keeps EVENT_IN_REASON of its weight: it tells the event, not its cause (why-32).
   */
  reasonEvent?: boolean;
  /**
   * A "why" question's reason span whose clause (the words before it back to a semicolon, a colon or a
   * dash) holds none of the question's claim words explains another event than the one asked: it keeps
   * REASON_ELSEWHERE of its weight (spans.ts `attachedToEvent`, why-35). Default true.
   */
  reasonAttached?: boolean;
  /** who-35: a "who" question's words typed in lower case name what a span writes with capitals (`lowerNamed`). Default true. */
  whoLowerNamed?: boolean;
  /**
   * "what happened to X?": a clause led by a modal, a copula with no participle or a verb in the
   * present counts NOT_AN_EVENT of its weight, one led by a copula with no participle A_STATE
   * (spans.ts `eventVerbWeight`, answers-33). Default true.
   */
  eventVerbs?: boolean;
  /** An untyped "X v Y" (or "X v Y - result") asks what happened between its sides (question.ts `matchAsked`, answers-33). Default true. */
  matchEvent?: boolean;
  /**
   * "what did X say?": a verb of saying under way, after "is" or "are" ("Botanists are warning
   * councillors that ..."), gives the words after it as a verb of saying does (spans.ts `statementSpans`,
   * answers-34). Default true.
   */
  saidUnderWay?: boolean;
  /**
   * "what happened to X?": a copula before a word of what is thought or expected ("is seen as", "was
   * expected to", "is tipped to", "is favourite") tells no event: NOT_AN_EVENT (spans.ts
   * `eventVerbWeight`, answers-34). Default true.
   */
  eventOpinions?: boolean;
  /**
   * "why": a cause named as the subject of a verb of cause ("Last year, the country's energy crisis
   * forced X to ...": the crisis) is a reason (spans.ts `causeSubjects`, forms-37). Default true.
   */
  causeSubject?: boolean;
  /**
   * "how long": lengths told without a number ("half an hour", "a few minutes") and a length told
   * from a moment by the word the question asks by ("how long before ...?": "half an hour before")
   * (spans.ts `answerSpans`, forms-37). Default true.
   */
  lengthForms?: boolean;
  /**
   * "who is X?", "what does X do?" (spans.ts `descriptionSpans`, answers-34): a role before X's name
   * is read across a lower-case "the" ("polling company the Ashby Group"). Default true.
   */
  descriptionCues?: boolean;
  /**
   * "who is X?", "what does X do?" (spans.ts `descriptionSpans`, forms-36): a name and its acronym in
   * brackets are one mention, and the long form describes the acronym ("Ashby Rowing Union (ARU)"); a
   * role's hyphened words are one ("fly-half"); a lower-case adjective just before the name ends a role
   * of two words or more ("Former Zedland international Ann Grey"). Default true.
   */
  descriptionForms?: boolean;
  /**
   * "what did X say?" (spans.ts `quotedClause`, forms-36): a few words quoted inside a clause ('X found
   * the system was "flawed"') are said by the clause that holds them, after the subject's verb or a verb
   * of saying. Default true.
   */
  quotedClause?: boolean;
  /** What a fact counts for when a question asks for a type it holds nothing of. Default 0.35. */
  untypedWeight?: number;
  /**
   * Questions of no type (the rules and the learned form read none) are ranked by the typed ranking's
   * fitted model, with no span (rank-27): every sentence of the best articles, with what it borrows
   * from its neighbours, its article's BM25 and coverage. Only a question (`readsAsQuestion`), not a
   * topic or a headline. Off: a fact's own BM25 alone. Default true.
   */
  untypedRanked?: boolean;
  /**
   * A query of no type that no sentence covers enough of (a headline typed whole: "Salary scandal in
   * Zedland", whose words stand in its headline, not all in one of its sentences) is read again with
   * the words of each sentence's headline counted toward what the sentence covers: a headline is the
   * context every sentence of its article is read in. Only when nothing else is found. Default true.
   */
  headlineCovers?: boolean;
  /**
   * A query of no type and no question word is ranked as a question (`untypedRanked`) when the
   * learned form gives it less than this chance of a topic: a topic only when the form model is as
   * sure of it as it must be to read any question's form. Default LEARNED_FORM_MIN (0.85).
   */
  topicBelow?: number;
  /** What a neighbour counts for that holds no word of the question (nor a paraphrase) itself. Default 0.7. */
  silentNeighbour?: number;
  /**
   * A question asking for a figure whose short answer is too unsure to show (confidence below the
   * fitted `show`) gets the note that the coverage gives no clear figure, and at most two related
   * facts, as one below `none` does. Default true.
   */
  noteBelowShown?: boolean;
  /**
   * The same for a question asking a name, a date, a place or a length of time (the types whose
   * answer is a span, not words: `SPAN_ANSWERED`): a short answer too unsure to show is no answer
   * either, so the note and at most two related facts (the third fact is the only thing it costs; no
   * short answer shown is lost). Default true.
   */
  noteBelowShownSpans?: boolean;
  /**
   * A typed question whose answer the fitted answerable model (weights.json's `answerable`, see
   * `src/answer/answerable.ts`) reads as likelier silent than answered, below `answerableBelow`,
   * gets the note that the coverage gives no clear answer, and at most two related facts, on top of
   * the rules. Default true.
   */
  answerableModel?: boolean;
  /**
   * A question written without capitals after its first letter is read with its words cased as
   * the coverage writes them where it writes them as names (casing.ts), so that the rules that
   * read names by their capitals read its names too. Default true.
   */
  caseFromCoverage?: boolean;
  /**
   * answers-31: the casing reads a question whose only capitals after its first letter are
   * acronyms' ("who is rory armes at EA") too, keeping the acronyms as written. Default true.
   */
  caseBesideAcronyms?: boolean;
  /**
   * answers-31: the casing cases a lower-case word next to a name where the coverage writes the
   * two with capitals together even once ("sue essex", casing.ts `CASE_MIN_PAIR`). Default true.
   */
  caseRareNames?: boolean;
  /**
   * answers-32 (issue 21 §3): a query the rules and the learned form leave untyped that reads "X on
   * Y", "X's line on Y" or "X reaction to Y" (question.ts `wordsAsked`) asks X's words about Y when
   * the coverage writes every word of X's name as a name (casing.ts): "lomax on bad economic stats",
   * not "Ban on hunting". Default true.
   */
  wordsOnTopic?: boolean;
  /**
   * answers-31: two words next to each other in a question, both in lower case and both unused by
   * the coverage, are a name it never gives: the answer is silent, as for a name written with
   * capitals, though the question has three topic words or more. Default true.
   */
  unusedPairsNamed?: boolean;
  /**
   * silent-32: in a question of several topic words, a lower-case word the coverage never uses,
   * unknown to the English lexicon and abbreviating no word of the coverage, is a name that
   * silences it (`unknown-words.ts`: "netflix subscriber count"), not a common noun to drop. Default true.
   */
  unknownWordsNamed?: boolean;
  /**
   * silent-32: in a question typed in lower case, a first word the coverage writes as a name may
   * open a name that must be written as a phrase ("xbox 360 launch price"). Default true.
   */
  firstWordNamed?: boolean;
  /**
   * silent-33: a word of the question read as no topic word (read as a verb, say: "zorbify"),
   * that the coverage never uses, the English lexicon does not know and that abbreviates no word of
   * the coverage, is a name it never gives, as a topic word is (`unknownWordsNamed`): the answer is
   * silent. Default true.
   */
  unknownAsidesNamed?: boolean;
  /**
   * silent-33: a month's short form the coverage never writes ("Feb", "nov", "Jul-Sep") is searched
   * as its month ("February"), not read as a name the coverage never gives. Default true.
   */
  shortMonths?: boolean;
  /**
   * silent-33: in a question of one topic word at most, a word of no topic (a verb, say) that the
   * coverage never uses, English or not, is what the question is about ("when did zorbling
   * launch"): the answer is silent, as for an unused topic word. Default true.
   */
  unusedAsideAlone?: boolean;
  /**
   * answers-31b: a loose "which N" (a kind no list knows: "which gallery") shows its short answer when
   * its confidence reaches this; Infinity: never, as before. Default Infinity.
   */
  looseShow?: number;
  /**
   * hedged-36: the hedged tier's own gate (`hedged-gate.ts`, `hedged.json`): a short answer shown but
   * not sure keeps its "Likely" line only where the bold model scores it from the floor of its type's
   * group up (the facts stay). `{ floors: {} }` keeps every one. Default the shipped floors.
   */
  hedgedGate?: HedgedModel;
  /**
   * precision-37: the short answer's calibrated decision (`precision-gate.ts`, `precision.json`): a
   * short answer shown but not sure keeps its "Likely" line only where the fitted model's probability
   * that it is right reaches the file's threshold (the facts stay); precision-37b: one it scores from
   * the file's `promote` up is shown in bold (`sure`). `KEEP_EVERY_LINE` keeps every one and
   * promotes none. Default the shipped model.
   */
  precisionGate?: PrecisionModel;
  /**
   * forms-35: a loose "which N" shows its short answer (from `show`, as any other) where its sentence
   * names the span as an N ("the Easton Deep mine", "the single Zed Rising", "the Ashby Symphony
   * Orchestra": `which-kind.ts`). Default true.
   */
  looseNamedKind?: boolean;
  /**
   * answers-31b: a question asking for several names ("which firms", "who are the two ...") is
   * answered with the whole list its first span opens or stands in ("Dell, Samsung and Matsushita"),
   * as `listOf` reads it. Default true.
   */
  namesListed?: boolean;
  /**
   * A typed question naming a thing ("Lumo") its first fact's article never writes gets the note
   * and at most two related facts, not a short answer. Default true.
   */
  namesInAnswer?: boolean;
  /**
   * A typed question naming a thing in several words ("Blue Harbour Software") of which its first
   * fact's article writes no word with its capital, nor the name as a phrase or by its initials,
   * gets the note and at most two related facts: the article is about something else. Default true.
   */
  phrasesInAnswer?: boolean;
  /**
   * A "how much" question (an amount, not money asked by name) whose short answer is a bare number
   * ("over 5,000") or a count of time ("two days"), not a sum, a share or a count of a thing, gets
   * the note and at most two related facts. Default true.
   */
  amountNotCount?: boolean;
  /**
   * A question asking for a figure with a place of one word of its own ("staff ... in Lakonia")
   * whose answering sentence (nor its headline, nor its article's first sentence) writes no word of
   * that place, and names another after "in" or "at" ("in the UK"), gets the note and at most two
   * related facts: the figure is of another place. Default true.
   */
  placeInAnswer?: boolean;
  /**
   * A typed question's facts but the last are given in the order its sentences rank: the answering
   * article's next sentence may come second, before other articles' best (the answer is often
   * there when the first sentence is not); the last place still goes to the best sentence of an
   * article not yet heard, from half the best score up. A topic query hears each article's best
   * fact first. Default true.
   */
  sentencesInRankOrder?: boolean;
  /**
   * A typed question's first sentence whose short answer a rule withholds (a name its article never
   * writes, a role its sentence never gives, a sum of another way ...) gives way to the first of the
   * next sentences whose score is within this much of its own on the log scale (exp(-ruledAside)
   * times it or more) and whose short answer no rule withholds. 0: never; default 0.1 (session 21).
   */
  ruledAside?: number;
  /**
   * A date question's first sentence whose short answer gives a month and no day ("in June") gives
   * way to the first of the next sentences of its article within this much of its score (log scale)
   * whose short answer gives a day of that month ("on 4 June"). 0: never; default 0.3 (session 21).
   */
  finerDates?: number;
  /**
   * A question of no type read (`readQuestion` gives no `wants`: "what's the budget for X") that names
   * a measure in lower case ("budget": a concept of the vocabulary whose kind is money, a count or a
   * percentage), where no fact it would give (the first `maxFacts`) holds a figure of that kind, gets
   * the note and at most two related facts: the coverage gives no such figure. Default true.
   */
  figureOfMeasure?: boolean;
  /**
   * A question asking who someone is or what something does (a description) or why (a reason),
   * where no sentence yields a span of that type, keeps its facts with no note: those answers
   * stand in whole sentences more often than in a span ("Sheriff Tom Ward said ..."), and the
   * note that the coverage gives none would be wrong. A figure, a name, a date or a place found
   * nowhere still gets the note. Default true.
   */
  wordsWithoutSpan?: boolean;
  /**
   * A question asking someone's age ("how old is X?") whose short answer is no age its sentence
   * writes ("the 74-year-old", "aged 15", "his 80th birthday") gets the note ("The coverage gives no age
   * for X.") and at most two related facts: the count is of another thing (`ageUnwritten`).
   * Default true.
   */
  ageInAnswer?: boolean;
  /**
   * The short answer must be of the kind the question asks, as its words say (kinds.ts `kindMisfit`:
   * no person for "where", no country for "which player", a year for "what year"; kind-30): the
   * first fact's first span of that kind is given, and where it has none no short answer is (the
   * note "The coverage gives no ..." with at most two facts, as for the other rules). Default true.
   */
  kindInAnswer?: boolean;
  /** With `kindInAnswer`, a later span of the first fact that is of the kind asked is given instead. Default false (kind-30: such a span was right 1 time in 25, TRAIN). */
  kindNextSpan?: boolean;
  /**
   * A "where" asking the place of an event (kinds.ts PLACE_EVENTS: died, born, held, opened, unveiled,
   * filmed, founded, arrested) whose first sentence's short answer is told by no word of that event
   * within `placeEventNear` characters (the same clause) gives way to a sentence of the same article
   * within this much of its score (on the log scale) whose short answer is (event-35; 0: never).
   */
  placeEventAside?: number;
  /** How near (characters, the same clause) a word of the event asked tells a place, for `placeEventAside`. */
  placeEventNear?: number;
  /** With `kindInAnswer`, a first fact with no span of the kind asked gives way to a near tie (`ruledAside`) with one. Default true (kind-30: TRAIN first +7, short right +3). */
  kindAside?: boolean;
  /**
   * A question asking the length of an agreement ("how long is X's contract?") whose short answer's
   * sentence names no agreement, nor its signing or how long it keeps one ("signed", "until"), gets
   * the note and at most two related facts: the length is of another thing (`termUnwritten`).
   * Default true.
   */
  termInAnswer?: boolean;
  /**
   * A "how many" question whose short answer is a score ("the 11-9 win") gets the note and at most
   * two related facts: a score counts no thing asked (`scoreForCount`). Default true.
   */
  scoreNotCount?: boolean;
  /**
   * A "how many" question whose short answer is a sum of money ("tens of thousands of pounds" for
   * "how many cars will X build") gets the note and at most two related facts: money counts no thing
   * asked, unless the question counts money itself (`moneyForCount`, silent-37). Default true.
   */
  moneyNotCount?: boolean;
  /**
   * A question asking a figure per a unit ("what price per tonne", "per-share offer") whose short
   * answer's sentence gives no figure per that unit ("per X", "a X", "each", "weekly" ...) gets the
   * note ("..., none per tonne.") and at most two related facts: its figure is a total or of
   * another thing (`rateUnwritten`, silent-37). Default true.
   */
  rateInAnswer?: boolean;
  /**
   * `lacksCounted` reads the head noun of what "how many" counts too, past names and adjectives
   * before it ("how many buenos aires tube lines": lines; counted.ts, silent-36). Default true.
   */
  countedHead?: boolean;
  /**
   * `expectedNotAsked` spares a question on a condition or by a year ("if Y signs up", "by 2008", "by
   * end-2005"): it asks what is expected (asked.ts `SUPPOSED_ASKED`, silent-36). Default true.
   */
  expectedIfAsked?: boolean;
  /**
   * A count question asking a crowd's size ("crowd at X for A v B") whose answering sentence writes no
   * word of a crowd (fans, spectators, attendance ...) gets the note and at most two related facts:
   * its count is of another thing (counted.ts `crowdUnwritten`, silent-36). Default true.
   */
  crowdInAnswer?: boolean;
  /**
   * A question asking for a figure that is (no "will", "could", "expected", "forecast" ...) whose
   * short answer its sentence only expects or supposes ("Profit had been forecast to be 2.8bn
   * rupees", "We could have sold twice as many tickets"; the claims layer's modality `expected`) gets
   * the note ("... for X, only an expected one.") and at most two related facts (`onlyExpected`).
   * Default true.
   */
  expectedNotAsked?: boolean;
  /**
   * The same for a short answer its sentence only supposes on a condition ("Acme would owe £3m if
   * it lost the case") to a question asking what is, not what might be (`onlyIfSo`): the
   * note ("... for X, only a possible one.") and at most two related facts. Default true.
   */
  supposedNotAsked?: boolean;
  /**
   * With `figureOfMeasure`, a figure of the measure's kind counts only in a fact whose article writes
   * the question's names ("Skyline Air Lines": not a loss of another airline): where none does, the
   * note says the coverage gives no such figure for them. Default true.
   */
  figureOfSubject?: boolean;
  /**
   * A question asking a figure of a numbered quarter or half ("the third quarter", "Q3") whose short
   * answer's sentence names another one and not it ("for the fourth quarter") gets the note ("...,
   * only for another period.") and at most two related facts (`periodUnwritten`). Default true.
   */
  periodInAnswer?: boolean;
  /**
   * A "who" question asking the holder of a role ("who's the chief executive of X?", "who chairs
   * X?") whose short answer's sentence writes no word of that role (nor "boss", "head" ...) gets the
   * note ("The coverage names no one as the chief executive of X.") and at most two related facts: the name
   * given holds no role the coverage says (`roleUnwritten`). Default true.
   */
  roleInAnswer?: boolean;
  /**
   * A question asking a sum going one way (taken in: sales, profit, box office; paid out: a price, a
   * cost, a budget, an investment; held: a fortune) whose short answer's figure is a claim of a sum
   * going another way ("the budget for X's film" answered by what it took) gets the note ("...,
   * only money taken in.") and at most two related facts (`otherFlow`). Default true.
   */
  flowInAnswer?: boolean;
  /**
   * Of the first sentence's figures of the kind asked, the one whose claim is of the subject the
   * question names is the short answer, where the first one's claim names another subject
   * (`subjectFirst`, amount-35, issue 20 §2). Default true.
   */
  subjectInSpan?: boolean;
  /** Default: the vocabulary shipped in `src/index/vocabulary.json`. */
  vocabulary?: Vocabulary;
  /** The fitted weights of ranking and confidence. Default: `src/answer/weights.json`. */
  weights?: Weights;
  /** Sees what a typed question was ranked by (for fitting the weights; see bench/fit-answers.ts). */
  trace?: (trace: AnswerTrace) => void;
  /** `trace` sees a question of no type ranked as one (`untypedRanked`) too (bench/rank-dump.ts). Default false. */
  traceUntyped?: boolean;
  /** How many ranked candidates `trace` sees (bench/stage-causes.ts reads them all). Default 40. */
  traceDepth?: number;
  /** The lexical bridge's table (the `bridge` ranking feature). Default: `src/answer/bridge.json`. */
  bridge?: BridgeTable;
}

/** What a typed question's answer was chosen by. */
export interface AnswerTrace {
  /** The type the question was read to ask for (none: ranked as a question of no type). */
  wants?: string;
  candidates: Array<{
    articleId: string;
    text: string;
    span?: string;
    features: Record<RankFeature, number>;
  }>;
  /** The short answer the first fact gives, shown or not, and what its confidence was read from. */
  short?: {
    text: string;
    articleId: string;
    factText: string;
    features: Record<ConfidenceFeature, number>;
    /** True when the answer is withheld whatever its confidence (a name its article never writes, a count for an amount, no word of the thing counted). */
    withheld: boolean;
    /** The first fact's spans, heaviest first (the short answer is the first). */
    spans: Array<Pick<Span, 'text' | 'weight' | 'kind' | 'far' | 'another'>>;
    /**
     * The claims layer's reading of the short answer's figure (undefined when the span is no figure
     * claim), for study (bench/bold-folds.ts): `measure` 1 when its measure is one the question asks,
     * -1 when the question asks a measure and the claim has another, 0 when either is unread;
     * `subject` 1 when a word of its subject's names is a word of the question, -1 when its subject is
     * read and the question writes none of it, 0 when unread; `from` how the subject was read.
     */
    claim?: { measure: number; subject: number; from: string };
    /** The near-miss signals the answerable model reads (answerable.ts `NEAR_FEATURES`). */
    near?: Record<NearFeature, number>;
  };
}

export const defaultOptions: Required<
  Omit<AnswerOptions, 'vocabulary' | 'weights' | 'trace' | 'traceUntyped' | 'traceDepth' | 'bridge'>
> = {
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
  settleClaim: true,
  reasonEvent: true,
  reasonAttached: true,
  eventVerbs: true,
  matchEvent: true,
  descriptionCues: true,
  descriptionForms: true,
  quotedClause: true,
  whoLowerNamed: true,
  eventOpinions: true,
  lengthForms: true,
  causeSubject: true,
  saidUnderWay: true,
  untypedWeight: 0.35,
  untypedRanked: true,
  headlineCovers: true,
  topicBelow: LEARNED_FORM_MIN,
  silentNeighbour: 0.7,
  noteBelowShown: true,
  noteBelowShownSpans: true,
  answerableModel: true,
  caseFromCoverage: true,
  caseBesideAcronyms: true,
  caseRareNames: true,
  wordsOnTopic: true,
  unusedPairsNamed: true,
  unknownWordsNamed: true,
  firstWordNamed: true,
  unknownAsidesNamed: true,
  shortMonths: true,
  unusedAsideAlone: true,
  looseShow: Number.POSITIVE_INFINITY,
  hedgedGate: shippedHedgedModel,
  precisionGate: shippedPrecisionModel,
  looseNamedKind: true,
  namesListed: true,
  namesInAnswer: true,
  phrasesInAnswer: true,
  amountNotCount: true,
  placeInAnswer: true,
  sentencesInRankOrder: true,
  ruledAside: 0.1,
  finerDates: 0.3,
  figureOfMeasure: true,
  ageInAnswer: true,
  kindInAnswer: true,
  kindNextSpan: false,
  kindAside: true,
  placeEventAside: 0.3,
  placeEventNear: 40,
  termInAnswer: true,
  scoreNotCount: true,
  moneyNotCount: true,
  rateInAnswer: true,
  countedHead: true,
  crowdInAnswer: true,
  expectedIfAsked: true,
  wordsWithoutSpan: true,
  expectedNotAsked: true,
  supposedNotAsked: true,
  figureOfSubject: true,
  periodInAnswer: true,
  roleInAnswer: true,
  flowInAnswer: true,
  subjectInSpan: true,
};

/**
 * Whether a question asks for several names: a name type with a plural head ("which firms", "which
 * ratings agencies") or "who are/were", "which two/three". Pure.
 */
export function asksSeveral(question: string, form: QuestionForm): boolean {
  if (!NAME_TYPES.has(form.wants)) return false;
  const q = question.toLowerCase();
  if (/\bwho (?:are|were)\b|\b(?:which|what|the) (?:two|three|four|five)\b/.test(q)) return true;
  const head = form.head?.toLowerCase();
  return head !== undefined && /[^su]s$/.test(head) && !/(?:news|series|species)$/.test(head);
}

/** What may stand between two names of one list: a comma, "and", ", and", after a possessive "'s". */
const LIST_GAP = /^(?:['’]s)?(?:,\s*|\s+and\s+|,\s+and\s+)$/;

/**
 * The coordinated list of names the short answer stands in, as the sentence writes it ("Standard &
 * Poor's, Moody's and Fitch"): the spans next to it joined only by commas and a last "and"; the span
 * alone when no such list of two or more ending on "and" holds it. Pure.
 */
export function listOf(text: string, short: Span, spans: readonly Span[]): string {
  const ordered = [...spans]
    .filter((s) => text.slice(s.start, s.end) === s.text)
    .sort((a, b) => a.start - b.start)
    .filter((s, i, all) => i === 0 || s.start >= (all[i - 1]?.end ?? 0));
  let at = ordered.findIndex((s) => s.start === short.start && s.end === short.end);
  if (at < 0) return short.text;
  let from = at;
  while (from > 0) {
    const before = ordered[from - 1] as Span;
    const gap = text.slice(before.end, (ordered[from] as Span).start);
    if (!LIST_GAP.test(gap) || /\band\b/.test(gap)) break;
    from -= 1;
  }
  let to = at;
  let closed = false;
  while (to < ordered.length - 1 && !closed) {
    const gap = text.slice((ordered[to] as Span).end, (ordered[to + 1] as Span).start);
    if (!LIST_GAP.test(gap)) break;
    closed = /\band\b/.test(gap);
    to += 1;
  }
  at = to;
  if (!closed || at === from) return short.text;
  return text.slice((ordered[from] as Span).start, (ordered[at] as Span).end);
}

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
  /** The share of the question's weight the fact holds itself. */
  own?: number;
  /** The share of the question its article covers. */
  coverage?: number;
  /** For a typed question: what it was ranked by. */
  features?: Record<RankFeature, number>;
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

/** The measures a question's slots name (those of a kind of figure): their claims are compared. */
const measuredOf = (slots: readonly Slot[]): Concept[] =>
  slots.flatMap((s) => (s.concept?.kind ? [s.concept] : []));

/** How many of the best candidates are grouped and chosen from. */
const GROUPED = 50;
/** How deep `ruledAside` and `finerDates` look for a sentence to put first (the first five candidates). */
const NEAR_TIE_DEPTH = 5;

/**
 * How many candidates of a what-happened question are tagged together ahead of their spans: fewer
 * than the tagger keeps (`recentlyTagged`, 4,096), so that none is gone before its spans are read.
 */
const EVENT_TAGGED = 1000;

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
  // With no boost each factor below is one: the fact's quantities are not parsed for it (speed-32:
  // a tenth of the bench's per-query time was parsing candidates' quantities here). A kind asked is
  // told by `statesKind`, which parses none where the text cannot hold it.
  if (quantityBoost !== 0) {
    const concepts = slots.flatMap((s) => (s.concept?.kind ? [s.concept] : []));
    if (concepts.length === 0) {
      if (fact.quantities.length > 0) score *= 1 + quantityBoost / 4;
    } else if (measured?.some((name) => concepts.some((c) => c.name === name))) {
      score *= 1 + quantityBoost;
    } else if (concepts.some((c) => c.kind !== undefined && statesKind(fact, c.kind))) {
      score *= 1 + quantityBoost / (measured ? 4 : 2);
    }
  }
  if (fact.position < 2) score *= 1.1;
  if (fact.kind === 'row') score *= 0.7;
  return score;
}

/** Answer types a figure can be: a topic query (no type) and the questions that ask for an amount. */
const FIGURE_TYPES: ReadonlySet<AnswerType | undefined> = new Set([
  undefined,
  'money',
  'count',
  'percent',
  'amount',
  'duration',
]);

/** Whether a fact's figures make it more likely the answer to a question of this type. */
export function asksFigure(wants: AnswerType | undefined): boolean {
  return FIGURE_TYPES.has(wants);
}

/** Facts that say the same thing become one group; near-copies with other numbers are dropped. */
export function groupFacts(
  candidates: readonly Candidate[],
  mergeSimilarity: number,
  duplicateSimilarity: number,
): Group[] {
  const groups: Group[] = [];
  // One pass over the groups, nothing listed (speed-37): the first group alike enough with the same
  // numbers takes the fact (the groups after it are not compared); else a near-copy of any group
  // drops it; else it leads a group of its own.
  for (const { fact, score } of candidates) {
    let same: Group | undefined;
    let copy = false;
    for (const g of groups) {
      const similarity = jaccard(g.lead.text, fact.text);
      if (similarity >= mergeSimilarity && sameNumbers(g.lead.text, fact.text)) {
        same = g;
        break;
      }
      if (similarity >= duplicateSimilarity) copy = true;
    }
    if (same) same.facts.push(fact);
    else if (!copy) groups.push({ lead: fact, facts: [fact], score });
  }
  return groups;
}

/**
 * The best groups, at most `max`: the first `inOrder` in the order they rank, then each article's
 * best group first so that every source is heard (another article's best from half the best
 * score up), then the rest in order.
 */
function select(groups: readonly Group[], max: number, inOrder: number): Group[] {
  const chosen = new Set<Group>(groups.slice(0, Math.min(inOrder, max)));
  const heard = new Set<string>([...chosen].flatMap((g) => g.facts.map((f) => f.articleId)));
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
  // A topic ("job cuts") is searched in its own words; only where they find nothing, in their
  // paraphrases and in the other words of its concept, whatever figures those facts give
  // ("customers": "Acme and Zedco are already clients").
  if (!question) {
    if (exact.size > 0) return exact;
    const others = [...(slot.concept ? slot.phrases : []), ...(slot.alternatives ?? [])];
    return others.length > 0 ? withParaphrases(exact, index, others, paraphraseWeight) : exact;
  }
  if (!slot.alternatives || slot.alternatives.length === 0) return exact;
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

/**
 * The month a short form stands for ("Feb", "feb", "Sept.": February), written in lower case or with
 * a capital only: "DEC" in capitals is an initialism. Undefined for any other word. Pure.
 */
export function monthOfShortForm(word: string): string | undefined {
  const w = word.replace(/\.$/, '');
  if (!/^\p{L}\p{Ll}+$/u.test(w)) return undefined;
  const short = MONTH_SHORT_FORMS.find((f) => f.toLowerCase() === w.toLowerCase());
  return short ? MONTHS.find((m) => m.startsWith(short.slice(0, 3))) : undefined;
}

/** A slot for a name the question gives: its word is capitalized ("Ashby", not "coach"). */
const isName = (slot: Slot) => /^\p{Lu}/u.test(slot.label);

/**
 * The name words of a question ("Lumo", "Ostra": a capital letter in them; no people's word nor
 * month, which articles write otherwise or leave out, nor a lone letter) when no one article
 * holds them all, in its facts or its headline (the coverage names each, never together), with
 * `holdsRarest`: whether an article holds the rarest of them, the most particular thing asked
 * about. Undefined when the question names fewer than two, or some article holds them all.
 */
function namesApart(
  index: FactIndex,
  slots: readonly Slot[],
  matches: ReadonlyArray<ReadonlyMap<string, number>>,
): { names: string[]; holdsRarest: (articleId: string) => boolean } | undefined {
  // A people's word or a month is no name an article must write ("French": "France"; "February", "Feb"),
  // nor a lone letter (the "Q" of "Q4", as `unnamedIn`).
  const named = slots.flatMap((s, k) =>
    !s.concept &&
    s.key &&
    /\p{Lu}/u.test(s.label) &&
    s.label.length > 1 &&
    !PEOPLES_WORD.test(s.label) &&
    !CALENDAR.test(s.label) &&
    !monthOfShortForm(s.label)
      ? [k]
      : [],
  );
  if (named.length < 2) return undefined;
  const holders = named.map(
    (k) => new Set([...(matches[k]?.keys() ?? [])].map((id) => id.slice(0, id.lastIndexOf('#')))),
  );
  const holds = (articleId: string, j: number) => {
    if (holders[j]?.has(articleId)) return true;
    const title = index.titleStemsOf(articleId);
    return (slots[named[j] ?? -1]?.phrases ?? []).some((p) => p.every((w) => title.includes(w)));
  };
  // An initialism ("AGM") an article spells out ("annual general meeting") is named there: read
  // last, only for an article that holds every other name.
  const initialisms = named.flatMap((k, j) => (INITIALISM.test(slots[k]?.label ?? '') ? [j] : []));
  const spelled = (articleId: string, j: number) =>
    holds(articleId, j) ||
    (initialisms.includes(j) &&
      spellsOut(headlineAndFacts(index, articleId), slots[named[j] ?? -1]?.label ?? ''));
  const plain = named.map((_, j) => j).filter((j) => !initialisms.includes(j));
  for (const articleId of new Set(holders.flatMap((h) => [...h])))
    if (plain.every((j) => holds(articleId, j)) && initialisms.every((j) => spelled(articleId, j)))
      return undefined;
  const rarest = holders.reduce((best, h, j) => (h.size < (holders[best]?.size ?? 0) ? j : best), 0);
  return {
    names: named.map((k) => slots[k]?.label ?? ''),
    holdsRarest: (articleId) => holds(articleId, rarest),
  };
}

/** An initialism: two to five capitals, a plural "s" at most ("AGM", "LA", "ISPs"). */
const INITIALISM = /^\p{Lu}{2,5}s?$/u;
/** Small words in lower case that give no letter of an initialism, and that its spelled-out form may hold ("Association of Tennis Professionals"). */
const INITIALISM_SKIPS = new Set([
  'of',
  'the',
  'and',
  'for',
  'a',
  'an',
  'in',
  'on',
  'at',
  'to',
  'by',
  'with',
]);
/** Below this many letters an initialism is spelled out by capitalised words only ("Grand Prix" for "GP", not "good point"). */
const INITIALISM_ANY_CASE = 3;

/**
 * True when `text` writes the words an initialism stands for: a run of words whose first letters
 * spell it, any case from three letters up ("annual general meeting": "AGM"), capitalised below
 * ("Los Angeles": "LA"); a word in capitals gives all its letters ("US Trade Representative":
 * "USTR"); small words in lower case ("of", "and", "a") give none, and may stand within the run. Pure.
 */
export function spellsOut(text: string, initialism: string): boolean {
  const letters = initialism.replace(/s$/, '').toUpperCase();
  if (letters.length < 2) return false;
  const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  const capitalised = letters.length >= INITIALISM_ANY_CASE ? () => true : (w: string) => /^\p{Lu}/u.test(w);
  for (let i = 0; i < words.length; i++) {
    let at = 0;
    let used = 0;
    for (let j = i; j < words.length && at < letters.length; j++) {
      const w = words[j] ?? '';
      const small = INITIALISM_SKIPS.has(w);
      if (w.length > 1 && w === w.toUpperCase() && letters.startsWith(w, at)) at += w.length;
      else if (!small && capitalised(w) && w[0]?.toUpperCase() === letters[at]) at += 1;
      else if (used > 0 && small) continue;
      else break;
      used += 1;
    }
    if (at === letters.length && used >= 2) return true;
  }
  return false;
}

/** A run of capitalised words: a name of several words ("Northern Rowing Union's"). */
const NAME_RUN = /\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)+/gu;

/**
 * The candidates of a query no sentence covers enough of, with each sentence's headline words
 * counted toward its coverage (AnswerOptions.headlineCovers): a slot the sentence misses but its
 * headline holds counts at half the sentence's weakest own match. Facts that match no slot are not
 * read. Pure.
 */
function headlineCovered(
  index: FactIndex,
  slots: readonly Slot[],
  matches: readonly ReadonlyMap<string, number>[],
  candidateOf: (fact: Fact, own: number[], effective: number[]) => Candidate | undefined,
): Candidate[] {
  const out: Candidate[] = [];
  const seen = new Set<string>();
  const inHeadline = new Map<string, boolean[]>();
  const headlineHolds = (articleId: string) => {
    let held = inHeadline.get(articleId);
    if (!held) {
      const title = index.titleStemsOf(articleId);
      held = slots.map((s) => s.phrases.some((p) => p.length > 0 && p.every((w) => title.includes(w))));
      inHeadline.set(articleId, held);
    }
    return held;
  };
  const read = (id: string) => {
    if (seen.has(id)) return;
    seen.add(id);
    const fact = index.fact(id);
    if (!fact) return;
    const held = headlineHolds(fact.articleId);
    if (!held.some(Boolean)) return;
    const own = matches.map((m) => m.get(id) ?? 0);
    const least = Math.min(...own.filter((x) => x > 0));
    const effective = own.map((x, i) => (x > 0 ? x : held[i] ? least / 2 : 0));
    const candidate = candidateOf(fact, own, effective);
    if (candidate) out.push(candidate);
  };
  for (const m of matches)
    m.forEach((_, id) => {
      read(id);
    });
  return out;
}

/** An article's headline and facts, as one text. */
const headlineAndFacts = (index: FactIndex, articleId: string): string =>
  [index.article(articleId)?.title ?? '', ...index.factsOf(articleId).map((f) => f.text)].join(' ');

/**
 * The words of the question's names of several words that an article (`text`, see headlineAndFacts) writes by their initials
 * ("Northern Rowing Union" as "NRU"): the article names them all the same.
 */
function initialledWords(text: string, question: string): Set<string> {
  const held = new Set<string>();
  const runs = question.match(NAME_RUN) ?? [];
  if (runs.length === 0) return held;
  const written = new Set(text.match(/\b\p{Lu}{2,}\b/gu) ?? []);
  for (const run of runs) {
    const words = run.split(/\s+/);
    if (written.has(words.map((w) => w[0]).join(''))) for (const w of words) held.add(w);
  }
  return held;
}

/** A people's adjective ("Japanese", "German"): an article may write the country instead; it is no name it must write. */
const PEOPLES_WORD =
  /^(?:\p{Lu}\p{Ll}+(?:ish|ese|ian|ean)|German|French|Dutch|Welsh|Greek|Swiss|Thai|Scots)$/u;

/**
 * The name slots of a question ("Lumo", "Ostra": a capital letter in them, no people's adjective
 * nor month or day: "in early January" dates what an article may date "on Monday"; no lone letter,
 * the "Q" of "Q4")
 * no fact of an article matches, nor its headline, nor a word of it in another form ("American"
 * for "America's", see `writesAll`).
 */
function unnamedIn(
  index: FactIndex,
  articleId: string,
  question: string,
  slots: readonly Slot[],
  matches: ReadonlyArray<ReadonlyMap<string, number>>,
): string[] {
  const title = index.titleStemsOf(articleId);
  const prefix = `${articleId}#`;
  const text = headlineAndFacts(index, articleId);
  const initialled = initialledWords(text, question);
  return slots.flatMap((s, k) =>
    !s.concept &&
    !initialled.has(s.label) &&
    s.key &&
    /\p{Lu}/u.test(s.label) &&
    s.label.length > 1 &&
    !PEOPLES_WORD.test(s.label) &&
    !CALENDAR.test(s.label) &&
    !someKeyStarts(matches[k], prefix) &&
    !s.phrases.some((p) => p.every((w) => title.includes(w))) &&
    !writesAll(index, articleId, [s.label]) &&
    !(INITIALISM.test(s.label) && spellsOut(text, s.label))
      ? [s.label]
      : [],
  );
}

/** True when some key of the map starts with the prefix (the keys read in place, not copied). */
function someKeyStarts(map: ReadonlyMap<string, number> | undefined, prefix: string): boolean {
  if (map) for (const id of map.keys()) if (id.startsWith(prefix)) return true;
  return false;
}

/**
 * The names of several words a question gives ("Blue Harbour Software") of which an article
 * writes none: no word of the name with its capital (a surname alone, "Grey", is the name
 * written), nor the name as a phrase (held, like `absentNames`, to its last two words: "Zed mini"),
 * nor its initials, in a fact or its headline. What the article says is of another thing.
 */
function phrasesUnwritten(index: FactIndex, articleId: string, question: string): string[] {
  const names = namesInQuestion(question);
  if (names.length === 0) return [];
  const facts = index.factsOf(articleId);
  const title = index.titleStemsOf(articleId);
  const text = headlineAndFacts(index, articleId);
  const initialled = new Set([...initialledWords(text, question)].map((w) => w.replace(/['’]s$/, '')));
  const capitalized = new Set(
    (text.match(/\p{Lu}[\p{L}\p{N}'’-]*/gu) ?? []).map((w) => w.replace(/['’]s$/, '')),
  );
  return names.filter((name) => {
    const words = name.split(/\s+/);
    const stems = stemsOf(name).slice(-2);
    if (stems.length < 2 || words.some((w) => initialled.has(w) || capitalized.has(w))) return false;
    return !adjacent(title, stems) && !facts.some((f) => adjacent(f.terms, stems));
  });
}

/** A place a question narrows itself to: "in" or "at" (and "the") before capitalised words. */
const PLACE_QUALIFIER = /\b(?:in|at)\s+(?:the\s+)?((?:\p{Lu}[\p{L}\p{N}'’&-]*\s*)+)/gu;
/** How many first letters of a word stand for it ("Swede" of "Sweden" and "Swedish"). */
const PLACE_PREFIX = 5;
/** Months and days: "in November" dates a figure, which the article's own date often does unsaid. */
const CALENDAR_WORD =
  /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*$/i;

/** A word as places are matched: its first PLACE_PREFIX letters, lower case. */
const placePrefix = (w: string) => w.slice(0, PLACE_PREFIX).toLowerCase();
/** The placePrefix of every word of a text. */
const prefixesOf = (text: string) => new Set((text.match(/[\p{L}\p{N}]+/gu) ?? []).map(placePrefix));

/**
 * The places of one word a question narrows itself to ("in Lakonia", "at Brindle"; not a month or a
 * day; a name of several words, "at the Freedonia Open", is often its story's, left unsaid) of which a text (the answering sentence, its headline and its article's first sentence)
 * writes no word (by its first five letters, any case): what the sentence counts is of the whole,
 * or of somewhere else. Pure.
 */
export function placesUnwritten(question: string, text: string): string[] {
  const written = prefixesOf(text);
  return [...question.matchAll(PLACE_QUALIFIER)].flatMap((m) => {
    const name = (m[1] ?? '').trim().replace(/['’]s$/, '');
    const words = (name.match(/[\p{L}\p{N}]+/gu) ?? []).filter(
      (w) => !CALENDAR_WORD.test(w) && !/^\d+$/.test(w),
    );
    return words.length === 1 && !words.some((w) => written.has(placePrefix(w))) ? [name] : [];
  });
}

/**
 * True when a sentence names a place the question does not: a place after "in" or "at" ("in the
 * UK"; a people's word, "Russian", is not taken: it cost a right answer). With the question's own
 * place unwritten, its figure is of somewhere else. Pure.
 */
export function namesOtherPlace(question: string, sentence: string): boolean {
  const asked = prefixesOf(question);
  const other = (w: string) => !asked.has(placePrefix(w));
  return [...sentence.matchAll(PLACE_QUALIFIER)].some((m) =>
    (m[1] ?? '').split(/\s+/).some((w) => w.length > 0 && !CALENDAR_WORD.test(w) && other(w)),
  );
}

/**
 * True when a "how much" question (`wants` amount) is answered by no amount: every figure the
 * short answer states (`fact`'s quantities under `span`) is a bare number of nothing named ("over
 * 5,000") or a count of time ("two days"). A sum, a share, a count of a thing named ("10 times",
 * "5m barrels") or a span stating no figure ("one fifth") may answer it; so may a bare number where
 * `question` asks a size ("how big was the crowd?": "a 40,000-strong crowd"). Pure.
 */
export function countForAmount(
  form: QuestionForm,
  fact: Pick<Fact, 'quantities'>,
  span: Pick<Span, 'start' | 'end'>,
  question = '',
): boolean {
  if (form.wants !== 'amount') return false;
  const stated = fact.quantities.filter((q) => q.start < span.end && q.end > span.start);
  // "How big" asks a size, which a count gives ("a 40,000-strong crowd"); not a count of time.
  const size = SIZE_ASKED.test(question.trim());
  return (
    stated.length > 0 &&
    stated.every(
      (q) =>
        q.kind === 'count' &&
        (q.unit ? DURATION_UNIT.test(q.unit.split(' ').at(-1) ?? '') : !size || DURATION_UNIT.test(q.text)),
    )
  );
}

/** A question asking a size ("how big was the crowd?", "how large is the squad?"): a count answers it. */
const SIZE_ASKED = /^how (?:big|large|small)\b/i;

/**
 * True when an article writes each of the names somewhere, in some form ("American" for
 * "America's"): by the first five letters of a word. Where it does not, what it says answers
 * another question than the one asked about those names together.
 */
function writesAll(index: FactIndex, articleId: string, names: readonly string[]): boolean {
  const words = new Set<string>();
  const add = (text: string) => {
    for (const w of text.toLowerCase().match(/\p{L}[\p{L}\p{N}-]*/gu) ?? []) words.add(w.slice(0, 5));
  };
  add(index.article(articleId)?.title ?? '');
  for (const f of index.factsOf(articleId)) add(f.text);
  return names.every((n) =>
    words.has(
      n
        .toLowerCase()
        .replace(/['’]s$/, '')
        .slice(0, 5),
    ),
  );
}

/** Name words joined back into the names the question writes ("Ann", "Grey" -> "Ann Grey"), without a possessive. */
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
    if (named.has(id)) kept.set(id, score);
    else {
      const fact = index.fact(id);
      if (fact && statesKind(fact, kind)) kept.set(id, score);
    }
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

/**
 * The multi-word names of a question that no fact writes as a phrase (nor any headline holds). A run
 * the coverage never writes whole is one name only when its words do not stand apart: where its
 * last word is a name the coverage writes (`writtenAsName`; a number is part of the name: "Zedbox
 * 360") and the word before it a name of its own (`endsNames`:
 * "Grey Ruritania", "Acme Zedco"), they are two names run together, and the rest is held alone.
 */
function absentNames(index: FactIndex, question: string, firstToo = false): string[] {
  return namesInQuestion(question, firstToo).filter((name) => nameUnwritten(index, name.split(' ')));
}

/** Facts read at most to tell whether a word is a name of its own (see `endsNames`). */
const NAME_END_FACTS = 200;

/** True when no fact writes the name of `words` as a phrase, nor any headline, nor are they names apart. */
function nameUnwritten(index: FactIndex, words: readonly string[]): boolean {
  // A long name is held to its last two words: "Tory MP Ann Grey" stands as "Ann Grey".
  const stems = stemsOf(words.join(' ')).slice(-2);
  if (stems.length < 2) return false;
  for (const id of index.match([stems]).keys())
    if (adjacent(index.fact(id)?.terms ?? [], stems)) return false;
  if (
    stems.every((s) => index.inTitles(s)) &&
    index.articles().some((a) => {
      const title = index.titleStemsOf(a.id);
      return stems.every((s) => title.includes(s));
    })
  )
    return false;
  const [before, last] = [words.at(-2) ?? '', words.at(-1) ?? ''];
  const textsOf = (word: string) =>
    [...index.match([stemsOf(word)]).keys()].slice(0, NAME_END_FACTS).map((id) => index.fact(id)?.text ?? '');
  const lastTexts = textsOf(last);
  if (!writtenAsName(lastTexts, last)) return true;
  if (!endsNames(textsOf(before), before)) return true;
  return words.length > 2 && nameUnwritten(index, words.slice(0, -1));
}

/** The answer types that name who holds a role: a person, an organisation, either. */
const HOLDER_TYPES: ReadonlySet<AnswerType | undefined> = new Set(['person', 'organisation', 'name']);

/** The types other than figures whose answer is a span (a name, a date, a place, a length of time), not words. */
const SPAN_ANSWERED: ReadonlySet<AnswerType | undefined> = new Set([
  'person',
  'organisation',
  'name',
  'date',
  'place',
  'duration',
]);

/** The answer types a question's facts may give in their own words when no span of the type is found (see `wordsWithoutSpan`). */
const ANSWERED_IN_WORDS: ReadonlySet<AnswerType | undefined> = new Set(['description', 'reason']);

/** The answer types a name answers ("which club", "which minister", "which city"). */
const NAME_TYPES: ReadonlySet<AnswerType | undefined> = new Set(['name', 'person', 'organisation', 'place']);

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
    ...(form.subject ? { subject: contentStems(form.subject) } : {}),
    ...(form.head === 'change' ? { change: true } : {}),
    ...(form.head && NAME_TYPES.has(form.wants) ? { kindNoun: stem(form.head) } : {}),
    ...(form.wants === 'name' && form.head ? { thing: true } : {}),
    ...(form.about ? { about: contentStems(form.about) } : {}),
    ...(form.wants === 'statement' && form.subject ? { speaker: speakerNames(form.subject) } : {}),
    ...(form.wants === 'description' && (form.does || /\bdo\??\s*$|\bdoes\b.*\bdo\b/i.test(question))
      ? { does: true }
      : {}),
  };
}

/** Words of a title before a name, which name nobody alone ("Mr", "Lord", "Sir"). */
const TITLES =
  /^(?:mr|mrs|ms|miss|dr|sir|lord|lady|dame|baroness|prof|professor|president|prime|minister|chancellor|rev|st|the)$/i;

/**
 * The stem naming the speaker a what-said question asks about: the last word of its last name not
 * said as another's ("Rovers' Tom Ward": ward; "Mr Okafor": okafor), else the subject's
 * content words ("the chancellor"). Pure.
 */
export function speakerNames(written: string): Set<string> {
  // "Jo Bloggs of Zed Weekly": the name before whose it is.
  const subject = written.replace(/\s+(?:of|at|from|for)\s+.*$/, '');
  const runs = [...subject.matchAll(/\p{Lu}[\p{L}\p{N}.'’-]*(?:\s+\p{Lu}[\p{L}\p{N}.'’-]*)*/gu)].filter(
    (m) => !/^['’]s?(?:\s|$)/u.test(subject.slice((m.index ?? 0) + m[0].length)),
  );
  const run = (runs[runs.length - 1]?.[0] ?? '')
    .split(/\s+/)
    .map((w) => w.replace(/['’]s?$/, ''))
    .filter((w) => w.length > 1 && !TITLES.test(w));
  const last = run[run.length - 1];
  return last ? new Set([stem(last)]) : contentStems(subject);
}

/** A question asking who: "who", "whom", "whose" (who-35). */
const WHO = /\bwho(?:m|se)?\b/i;

/**
 * who-35: stems of a question's words written in lower case, but for function words and the words
 * that ask: a name the coverage writes with capitals may be typed so ("labour's longest serving pm").
 */
function lowerWords(question: string): Set<string> {
  return new Set(
    termsOf(question)
      .filter(
        (t, i) =>
          (i === 0 || !/^\p{Lu}/u.test(t.text)) &&
          t.text.length > 1 &&
          !FUNCTION_WORDS.has(t.text.toLowerCase()) &&
          !/^(?:who|whom|whose|what|which|when|where|why|how|else|did|does|do|is|was)$/i.test(t.text),
      )
      .map((t) => t.stem),
  );
}

/** Words of a subject that say what it is: not "the", "of", "'s". */
const FUNCTION_WORDS = new Set(
  'the a an of in on at to for by with and or its his her their is are was were be been has have had do does did will would can could about from that this these those it they he she'.split(
    ' ',
  ),
);
const contentStems = (text: string) =>
  new Set(
    termsOf(text)
      .filter((t) => !FUNCTION_WORDS.has(t.text.toLowerCase()) && t.text.length > 1)
      .map((t) => t.stem),
  );

/** Counted nouns any count of people answers ("how many people"): no reason for silence. */
const ANYONE = new Set(['peopl', 'person', 'individu', 'time']);

/**
 * True when a "how many X" question's first sentence writes no word of X (by stem), nor another word
 * of X's concept or a paraphrase of it (`slots`: "jobs" is answered by "1,200 workers"): the count it
 * gives is of something else ("how many staff does the firm have?" answered by a count of games), so
 * the coverage gives no number of X. Pure.
 */
export function lacksCounted(
  form: QuestionForm,
  text: string,
  slots: readonly Slot[] = [],
  head?: string,
): boolean {
  if (form.wants !== 'count' || !form.head) return false;
  // The head is the one or two words after "how many" ("ID fraud", "staff does"): any of its content
  // words counts, and so does the phrase's head noun where it is read further on (`countedHead`).
  const counted = [...contentStems(`${form.head} ${head ?? ''}`)].filter((c) => !QUESTION_WORDS.has(c));
  if (counted.length === 0 || counted.some((c) => ANYONE.has(c))) return false;
  const said = new Set(stemsOf(text));
  const words = new Set(counted);
  for (const slot of slots) {
    const all = [...slot.phrases, ...(slot.named ?? []), ...(slot.alternatives ?? [])];
    if (all.some((p) => p.some((w) => words.has(w))))
      for (const p of all) if (p.length === 1) words.add(p[0] ?? '');
  }
  return ![...words].some((c) => said.has(c));
}

/** The answer type a measure's kind of figure asks for, in a note that the coverage gives none. */
const FIGURE_OF_KIND: Readonly<Record<string, AnswerType>> = {
  money: 'money',
  count: 'count',
  percent: 'percent',
};

/**
 * The answer type of the measure a question names in lower case ("budget", "prison sentence": a
 * concept with a kind of figure; not a name holding one of its words, "Band Aid") when none of
 * `facts` holds a figure of that kind: the coverage gives no such figure. Undefined when the
 * question names no such measure or a fact holds one. `facts` may be given as a function, called
 * only when the question names such a measure (speed-34: the bench's headlines name none, and
 * choosing the facts reads each one's article). Pure.
 */
export function measureUnfigured(
  slots: readonly Slot[],
  facts: ReadonlyArray<Pick<Fact, 'quantities'>> | (() => ReadonlyArray<Pick<Fact, 'quantities'>>),
): AnswerType | undefined {
  const kinds = slots.flatMap((s) =>
    s.concept?.kind && FIGURE_OF_KIND[s.concept.kind] && !/\p{Lu}/u.test(s.label) ? [s.concept.kind] : [],
  );
  if (kinds.length === 0) return undefined;
  const read = typeof facts === 'function' ? facts() : facts;
  if (read.some((f) => f.quantities.some((q) => kinds.includes(q.kind)))) return undefined;
  return FIGURE_OF_KIND[kinds[0] ?? ''];
}

/** The words that ask (not what is asked about). */
const QUESTION_WORDS = new Set(
  'who whom whose what which when where why how much many long did does do is are was were'.split(' '),
);

/** The stems of a question's content words, its question words aside. */
const askedStems = (question: string) =>
  new Set(
    termsOf(question)
      .filter((t) => !FUNCTION_WORDS.has(t.text.toLowerCase()) && !QUESTION_WORDS.has(t.text.toLowerCase()))
      .map((t) => t.stem),
  );

/** What a question asks for, in a note that the coverage does not give it. */
function wantedThing(form: QuestionForm, countedNoun?: string): string {
  // A count names its phrase's head noun where one is read ("number of songs", not "of old"; silent-36).
  const head =
    (form.wants === 'count' ? countedNoun : undefined) ??
    (form.head ?? '').split(' ').filter((w) => !FUNCTION_WORDS.has(w))[0];
  switch (form.wants) {
    case 'money':
      return form.named ?? 'amount';
    case 'amount':
      return 'figure';
    case 'count':
      return head ? `number of ${head}` : 'number';
    case 'percent':
      return 'share or percentage';
    case 'person':
    case 'organisation':
      return head ? `name of the ${head}` : 'name';
    case 'date':
      return 'date';
    case 'place':
      return 'place';
    case 'reason':
      return 'reason';
    case 'duration':
      return 'length of time';
    case 'description':
      return 'description';
    case 'event':
      return 'account of what happened';
    case 'statement':
      return 'words';
    case 'settle':
      return 'clear answer';
    default:
      return 'name';
  }
}

/** Whom a question is about, as written: its subject, else its names, else its topic words. */
function aboutWhom(question: string, form: QuestionForm, slots: readonly Slot[]): string {
  if (form.subject && form.wants !== 'settle') return form.subject;
  const names = namesAsWritten(
    question,
    slots.filter((s) => isName(s) && !s.concept).map((s) => s.label),
  );
  if (names.length > 0) return names.join(' and ');
  const words = slots
    .filter((s) => s.key && !s.concept)
    .map((s) => s.label)
    .join(' ');
  // "the deal", as the question puts it.
  const the = new RegExp(`\\b(the|this|that|its|their)\\s+${escapeRegExp(words)}\\b`, 'i').exec(question);
  return the ? `${(the[1] ?? '').toLowerCase()} ${words}` : words;
}

/** The share of the best candidates' scores (softmax of log scores) whose short answer is `said`. */
function shareOf(
  candidates: readonly Candidate[],
  said: string,
  norm: (c: Candidate | undefined) => string,
  top: number,
): number {
  let all = 0;
  let same = 0;
  for (const c of candidates.slice(0, 30)) {
    const t = norm(c);
    if (!t) continue;
    const e = Math.exp(Math.log(Math.max(1e-12, c.score)) - top);
    all += e;
    if (t === said || t.includes(said) || said.includes(t)) same += e;
  }
  return all > 0 ? same / all : 0;
}

/**
 * The claims layer's reading of a short answer's figure against the question (the trace's
 * `short.claim`): whether the claim's measure is one asked, and whether the question names its
 * subject. Nothing when the span is no figure claim. Read for study only, never for the answer.
 */
export function claimReading(
  index: FactIndex,
  fact: Fact,
  span: Pick<Span, 'start' | 'end'>,
  asked: readonly Concept[],
  question: string,
  vocabulary: Vocabulary,
): { claim?: { measure: number; subject: number; from: string } } {
  const claim = claimsOf(index, fact, vocabulary).find(
    (c) => c.quantity.start < span.end && c.quantity.end > span.start,
  );
  if (!claim) return {};
  const measured = asked.filter((c) => c.kind);
  const measure = !claim.measure || measured.length === 0 ? 0 : measured.includes(claim.measure) ? 1 : -1;
  const words = new Set(question.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  const named = claim.subject.flatMap((n) => n.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  const subject = named.length === 0 ? 0 : named.some((w) => w.length > 2 && words.has(w)) ? 1 : -1;
  return { claim: { measure, subject, from: claim.subjectFrom } };
}

/**
 * The near-miss signals of a typed question's first candidate (answerable.ts `NEAR_FEATURES`), read
 * from the index: the question's names never together in one article (`apart`), a name of several
 * words its article writes only in part, the measure asked or the rarest word away from the
 * sentence, and the claims layer's reading of the short answer's figure.
 */
function nearMiss(
  index: FactIndex,
  question: string,
  slots: readonly Slot[],
  matches: ReadonlyArray<ReadonlyMap<string, number>>,
  weights: readonly number[],
  lead: Fact,
  apart: boolean,
  claim: { measure: number; subject: number } | undefined,
  short: string,
  candidates: readonly Candidate[],
): Record<NearFeature, number> {
  const articleId = lead.articleId;
  const around = [lead.position - 1, lead.position, lead.position + 1].map((p) => `${articleId}#${p}`);
  const title = index.titleStemsOf(articleId);
  const near = (k: number, headline: boolean) =>
    around.some((id) => matches[k]?.has(id)) ||
    (headline && (slots[k]?.phrases ?? []).some((p) => p.length > 0 && p.every((w) => title.includes(w))));
  const measures = slots.flatMap((s, k) => (s.concept?.kind ? [k] : []));
  const rarest = weights.reduce((best, w, k) => (w > (weights[best] ?? 0) ? k : best), 0);
  // The question's subject: its rarest name, else its rarest word.
  const named = slots.reduce(
    (best, s, k) => (isName(s) && (best < 0 || (weights[k] ?? 0) > (weights[best] ?? 0)) ? k : best),
    -1,
  );
  const subject = named >= 0 ? named : rarest;
  // A sentence about the subject: it, or the sentence before it, holds the subject's word.
  const about = (f: Fact) =>
    matches[subject]?.has(f.id) === true ||
    matches[subject]?.has(`${f.articleId}#${f.position - 1}`) === true;
  // The relation asked: the question's rarest word that is no name (none where every word is one).
  const relation = slots.reduce(
    (best, s, k) => (!isName(s) && (best < 0 || (weights[k] ?? 0) > (weights[best] ?? 0)) ? k : best),
    -1,
  );
  const holdsRelation = (f: Fact) =>
    relation >= 0 &&
    [f.position - 1, f.position, f.position + 1].some((p) => matches[relation]?.has(`${f.articleId}#${p}`));
  const typed = candidates.slice(0, 40).filter((c) => (c.spans?.length ?? 0) > 0);
  const text = headlineAndFacts(index, articleId).toLowerCase().replace(/\s+/g, ' ');
  const nameNear = namesInQuestion(question).some((name) => {
    const words = name.toLowerCase().split(' ');
    const last = words.at(-1) ?? '';
    return (
      !text.includes(words.join(' ')) &&
      last.length > 1 &&
      new RegExp(`\\b${escapeRegExp(last)}\\b`, 'u').test(text)
    );
  });
  return {
    namesApart: apart ? 1 : 0,
    nameNear: nameNear ? 1 : 0,
    measureAway: measures.length > 0 && !measures.some((k) => near(k, true)) ? 1 : 0,
    rarestAway: slots.length > 1 && !near(rarest, false) ? 1 : 0,
    claimMeasureOther: claim?.measure === -1 ? 1 : 0,
    claimSubjectOther: claim?.subject === -1 ? 1 : 0,
    echoed: restatesQuestion(question, short) ? 1 : 0,
    subjectTypeAway: typed.some((c) => about(c.fact)) ? 0 : 1,
    relationTypeAway: relation >= 0 && !typed.some((c) => holdsRelation(c.fact)) ? 1 : 0,
    bothTypeAway: typed.some((c) => about(c.fact) && (relation < 0 || holdsRelation(c.fact))) ? 0 : 1,
  };
}

/** How much a short answer may be trusted, from the ranked candidates (the first gives it). */
function confidenceFeatures(
  candidates: readonly Candidate[],
  form: QuestionForm,
  asked: ReadonlySet<string>,
): Record<ConfidenceFeature, number> {
  const wants = form.wants ?? 'name';
  const first = candidates[0];
  const norm = (c: Candidate | undefined) =>
    c?.spans?.[0]?.text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim() ?? '';
  const said = norm(first);
  const s1 = Math.log(Math.max(1e-12, first?.score ?? 0));
  const other = candidates.slice(1, 30).find((c) => norm(c) !== said);
  const margin = other ? Math.min(3, s1 - Math.log(Math.max(1e-12, other.score))) : 3;
  const agree = candidates.slice(1, 5).some((c) => {
    const t = norm(c);
    return t.length > 0 && (t === said || t.includes(said) || said.includes(t));
  });
  const kind = (k: readonly AnswerType[]) => (k.includes(wants) ? 1 : 0);
  const top = first?.spans?.[0];
  const rival = first?.spans
    ?.slice(1)
    .some(
      (s) =>
        s.weight >= RIVAL * (top?.weight ?? 0) &&
        !s.text.toLowerCase().includes(top?.text.toLowerCase() ?? '') &&
        !(top?.text.toLowerCase() ?? '').includes(s.text.toLowerCase()) &&
        !(top && sameName(top.text, s.text)),
    );
  const agreeing = new Set<string>();
  for (const c of candidates.slice(1, 30)) {
    const t = norm(c);
    if (
      c.fact.articleId !== first?.fact.articleId &&
      t.length > 0 &&
      (t === said || t.includes(said) || said.includes(t))
    )
      agreeing.add(c.fact.articleId);
  }
  return {
    bias: 1,
    weight: first?.spans?.[0]?.weight ?? 0,
    margin,
    agree: agree ? 1 : 0,
    own: first?.own ?? 0,
    coverage: first?.coverage ?? 0,
    spans: Math.log(1 + (first?.spans?.length ?? 0)),
    subject: first?.features?.subject ?? 0,
    far: first?.spans?.[0]?.far ? 1 : 0,
    relation: first?.features?.relation ?? 0,
    another: first?.spans?.[0]?.another ? 1 : 0,
    gap: Math.min(3, s1 - Math.log(Math.max(1e-12, candidates[1]?.score ?? 0))),
    long: (first?.fact.text.split(/\s+/).length ?? 0) / 40,
    share: shareOf(candidates, said, norm, s1),
    figure: kind(['money', 'count', 'percent', 'amount']),
    name: kind(['name', 'person', 'organisation']),
    time: kind(['date', 'duration']),
    place: kind(['place']),
    reason: kind(['reason']),
    clause: kind(['description', 'event', 'statement', 'settle']),
    count: kind(['count']),
    percent: kind(['percent']),
    duration: kind(['duration']),
    kindAsked: kind(['person', 'organisation']),
    description: kind(['description']),
    statement: kind(['statement']),
    settle: kind(['settle']),
    articles: Math.log(1 + agreeing.size),
    rival: rival ? 1 : 0,
    distance: first && top ? spanDistance(first.fact.text, top, asked) : 1,
    echo: top ? echoed(top.text, asked) : 0,
    silent: first?.features?.silent ?? 0,
    typed: typeMatch(wants, top),
    spanWords: top ? Math.log(1 + (top.text.match(/\S+/g)?.length ?? 0)) / 3 : 0,
    partial: first && top && cutShort(first.fact.text, top) ? 1 : 0,
    topicLead: lead(candidates.slice(0, 30), (c) => c.features?.topic ?? 0, 3),
    relationLead: lead(candidates.slice(0, 10), (c) => c.features?.relation ?? 0, 1),
    ownLead: lead(candidates.slice(0, 10), (c) => c.own ?? 0, 1),
    softmax: softmaxFirst(candidates.slice(0, 30)),
  };
}

/** The last word of a name, without a possessive ("Grey" of "Ann Grey's"). */
const lastNameWord = (name: string) =>
  /(\p{Lu}[\p{L}\p{M}'’-]*?)(?:['’]s?)?$/u.exec(name.trim())?.[1]?.toLowerCase() ?? '';

/**
 * True when two spans are one name written twice, in full and by its last word after a title or a
 * first name ("Ann Grey", "Ms Grey"): no rival of each other. Pure.
 */
export function sameName(a: string, b: string): boolean {
  const last = lastNameWord(a);
  return last.length > 1 && last === lastNameWord(b) && /^\p{Lu}/u.test(a) && /^\p{Lu}/u.test(b);
}

/** The first candidate's share of the candidates' scores (their softmax over log scores). Pure. */
function softmaxFirst(candidates: readonly Candidate[]): number {
  const top = Math.log(Math.max(1e-12, candidates[0]?.score ?? 0));
  let all = 0;
  for (const c of candidates) all += Math.exp(Math.log(Math.max(1e-12, c.score)) - top);
  return all > 0 ? 1 / all : 0;
}

/** The first candidate's value less the best of them all, at least -`floor` (0 when it is the best). Pure. */
function lead(candidates: readonly Candidate[], value: (c: Candidate) => number, floor: number): number {
  const first = candidates[0];
  if (!first) return 0;
  const best = Math.max(...candidates.map(value));
  return Math.max(-floor, value(first) - best);
}

/**
 * True when a span stops inside a word or a figure of its sentence: a letter, a digit, a hyphen or
 * ",<digit>" right after it, or a unit of time or measure written on ("nine month sentence"). Pure.
 */
export function cutShort(text: string, span: Pick<Span, 'end'>): boolean {
  const after = text.slice(span.end, span.end + 12);
  return (
    /^(?:[\p{L}\p{N}-]|[,.]\d)/u.test(after) ||
    /^\s(?:month|year|week|day|hour|minute|mile|metre|point)\b/i.test(after)
  );
}

/** A span nearly as sure as the first sentence's best (this share of its weight) makes the short answer doubtful. */
const RIVAL = 0.8;

/** How many words from the question's words a span counts as far (the `distance` feature is 1 there). */
const FAR_WORDS = 8;

/** Words of a text with their places. */
const wordsOf = (text: string) => [...text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)];

/** The first and last word (by number) of `words` that stand within the span; [-1, -1] when none. Pure. */
function spanWords(words: readonly RegExpMatchArray[], span: Pick<Span, 'start' | 'end'>): [number, number] {
  let first = -1;
  let last = -1;
  words.forEach((m, i) => {
    const at = m.index ?? 0;
    if (at >= span.start && at < span.end) {
      if (first < 0) first = i;
      last = i;
    }
  });
  return [first, last];
}

/**
 * The distance in words from a span to the nearest word outside it whose stem the question gives
 * (`asked`: its content stems), over FAR_WORDS, at most 1 (1 also when no such word). Pure.
 */
export function spanDistance(
  text: string,
  span: Pick<Span, 'start' | 'end'>,
  asked: ReadonlySet<string>,
): number {
  const words = wordsOf(text);
  const [first, last] = spanWords(words, span);
  if (first < 0) return 1;
  let best = FAR_WORDS;
  words.forEach((m, i) => {
    if ((i < first || i > last) && asked.has(stem(m[0])))
      best = Math.min(best, i < first ? first - i : i - last);
  });
  return Math.min(1, best / FAR_WORDS);
}

/**
 * The share of `weights` (one per slot) of the relation slots `stems` (a slot's number and its stems)
 * that the text writes within FAR_WORDS words of the span (outside it); 0 when they weigh nothing. Pure.
 */
export function relationNear(
  text: string,
  span: Pick<Span, 'start' | 'end'>,
  stems: ReadonlyArray<readonly [number, ReadonlySet<string>]>,
  weights: readonly number[],
): number {
  const words = wordsOf(text);
  const [first, last] = spanWords(words, span);
  let total = 0;
  for (const [k] of stems) total += weights[k] ?? 0;
  if (first < 0 || total === 0) return 0;
  const near = new Set<string>();
  words.forEach((m, i) => {
    if ((i < first && first - i <= FAR_WORDS) || (i > last && i - last <= FAR_WORDS)) near.add(stem(m[0]));
  });
  let held = 0;
  for (const [k, set] of stems) if ([...set].some((w) => near.has(w))) held += weights[k] ?? 0;
  return held / total;
}

/** The share of a span's content words whose stem the question gives (`asked`). Pure. */
export function echoed(text: string, asked: ReadonlySet<string>): number {
  const words = wordsOf(text)
    .map((m) => m[0])
    .filter((w) => !FUNCTION_WORDS.has(w.toLowerCase()));
  if (words.length === 0) return 0;
  return words.filter((w) => asked.has(stem(w))).length / words.length;
}

/**
 * For a name asked for: 1 when the words round the span say it is of the kind asked (a person for
 * "which minister", an organisation for "which company", a place for "where"; either for "who"), 0
 * when they say another kind, 0.5 when they do not say; 1 for other types. Pure.
 */
export function typeMatch(wants: AnswerType, span: Pick<Span, 'kind'> | undefined): number {
  if (!span || !['name', 'person', 'organisation', 'place'].includes(wants)) return 1;
  if (!span.kind) return 0.5;
  if (wants === 'name') return span.kind === 'place' ? 0 : 1;
  return span.kind === wants ? 1 : 0;
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
 * True when a sentence opens with a name none of whose words the question gives ("The Kestrels
 * have...", "Harbour Line said..."). After "A" or "An" a capital is a word of origin, not a name:
 * "An Italian chef has been fined" opens with none.
 */
export function ledByAnother(text: string, questionStems: ReadonlySet<string>): boolean {
  const lead = LEADING_NAME.exec(text.replace(/^(?:A|An)\s+/, ''))?.[0];
  if (!lead) return false;
  const words = lead.split(/\s+/).filter((w) => w !== 'The');
  return words.length > 0 && !words.some((w) => questionStems.has(stem(w)));
}

/**
 * Whether a query of no type is a question rather than a topic or a headline (rank-27): a question
 * word or mark (`asked`), or three words or more the learned form (`form-model.ts`, fitted with
 * headlines as topics) gives less than `topicBelow` chance of a topic (AnswerOptions `topicBelow`).
 */
export function readsAsQuestion(query: string, asked: boolean, topicBelow = LEARNED_FORM_MIN): boolean {
  if (asked) return true;
  if (query.split(/\s+/).length < 3) return false;
  return (formProbabilities(query).find((f) => f.form === 'topic')?.p ?? 1) < topicBelow;
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

/** Name particles written in lower case inside a name ("Van der Sar", "Ask Jeeves" has none). */
const PARTICLES = /^(?:de|van|von|da|del|di|le|la|der|den|du|of|bin)$/;

/**
 * What an untyped "X on Y" asks (answers-32, see `wordsOnTopic` the option): X's words about Y, when
 * every word of X's name is one the coverage writes as a name; else nothing.
 */
function wordsOnTopic(index: FactIndex, topic: string, vocabulary: Vocabulary): QuestionForm {
  const asked = wordsAsked(topic);
  if (!asked) return {};
  const cased = casedAsCoverage(index, asked.name.toLowerCase(), vocabulary, { acronyms: true, rare: true });
  // answers-33: a word the coverage uses too rarely to case ("zorblat": "Sepp Zorblat" once) is a
  // name where every use of it has a capital.
  const words = cased
    .split(' ')
    .map((w) => (/^\p{Ll}/u.test(w) && !PARTICLES.test(w) ? (rareNameCase(index, w) ?? w) : w));
  const named =
    words.every((w) => /^\p{Lu}/u.test(w) || PARTICLES.test(w)) && words.some((w) => /^\p{Lu}/u.test(w));
  return named ? { wants: 'statement', subject: asked.subject, about: asked.about } : {};
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
  const fitted = options.weights ?? defaultWeights();
  const query = boundedQuery(given);
  const spaced = query.replace(/\s+/g, ' ').trim();
  // A question written without capitals is read with the capitals the coverage gives its names.
  const topic = o.caseFromCoverage
    ? casedAsCoverage(index, spaced, vocabulary, { acronyms: o.caseBesideAcronyms, rare: o.caseRareNames })
    : spaced;
  // Its parts of speech are read once its slots are matched (a slot's `key`): the tagging thread
  // reads them meanwhile (speed-32).
  tagAhead(topic);
  const forms = () => shortFormsOf(index);
  let slots = parseQuery(topic, vocabulary, undefined, forms);
  if (slots.length === 0) return silent(index, vocabulary, query, 'Ask about a topic of the story.');
  // The measures the question names, whether or not a fact uses their words (see otherFlow).
  const askedMeasures = slots.flatMap((s) => (s.concept ? [s.concept] : []));

  // silent-32: a question typed in lower case whose first word the coverage capitalizes opens with a
  // name, which may run on ("xbox 360 launch price": "Xbox 360", which no fact writes).
  const casedFirst = o.firstWordNamed && /^\p{Ll}/u.test(spaced) && /^\p{Lu}/u.test(topic);
  const absent = absentNames(index, topic, casedFirst).filter((name) => !writtenOtherwise(forms(), name));
  if (absent.length > 0)
    return silent(index, vocabulary, query, `Nothing in the coverage on “${absent.join('”, “')}”.`);

  const formRead = readQuestion(topic);
  const wordsRead =
    !formRead.wants && o.wordsOnTopic ? { ...formRead, ...wordsOnTopic(index, topic, vocabulary) } : formRead;
  // "X v Y", "X v Y in Z - result": what happened between its sides (answers-33).
  const match =
    o.matchEvent && (!wordsRead.wants || (wordsRead.wants === 'event' && !wordsRead.subject))
      ? matchAsked(topic)
      : undefined;
  const form = match ? { ...wordsRead, ...match } : wordsRead;
  // A question (a type asked, a question word, a question mark) is read with paraphrases.
  const asked = form.wants !== undefined || /\?\s*$|^(?:who|what|when|where|why|how|which)\b/i.test(topic);
  const all = slots.map((s) => {
    const matched = matchSlot(index, s, o.paraphraseWeight, asked, form.wants !== undefined);
    // silent-33: "Feb", which the coverage writes "February", is no name it never gives.
    const month = o.shortMonths && matched.size === 0 ? monthOfShortForm(s.label) : undefined;
    if (!month) return { slot: s, matched };
    const slot: Slot = { label: s.label, phrases: [stemsOf(month)], key: s.key };
    return { slot, matched: matchSlot(index, slot, o.paraphraseWeight, asked, form.wants !== undefined) };
  });
  // A topic word no fact uses: the coverage is silent, unless a headline uses it (then it weighs nothing).
  // In a question of several topic words, a common noun the coverage never uses is dropped, not
  // taken as silence ("exec", "chiefs"); a name ("Zorblat") still is.
  const several = all.filter(({ slot }) => slot.key).length >= 3;
  // silent-33: a word read as no topic word counts here only where it is a name no one writes, or
  // where the question has one topic word at most besides it (then it is what the question is about).
  const topicWords = all.filter(({ slot }) => slot.key).length;
  const unusedAside = (slot: Slot) =>
    !/\p{Lu}/u.test(slot.label) &&
    ((o.unusedAsideAlone && topicWords <= 1 && /^\p{L}+$/u.test(slot.label)) ||
      (o.unknownAsidesNamed && unknownName(index, slot.label)));
  const unused = all.filter(
    ({ slot, matched }) =>
      matched.size === 0 &&
      !slot.phrases.some((p) => p.length === 1 && index.inTitles(p[0] ?? '')) &&
      (slot.key || unusedAside(slot)),
  );
  // answers-31: in a question typed without capitals, two words next to each other that the
  // coverage never uses are a name it never gives ("kimi raikkonen", "shilpa shetty"), not two
  // common nouns: the casing cannot tell, since the coverage never writes them.
  const lowered = topic.toLowerCase();
  const unknownPair = (slot: Slot) =>
    o.unusedPairsNamed &&
    !/\p{Lu}/u.test(slot.label) &&
    unused.some(
      ({ slot: other }) =>
        other !== slot &&
        !/\p{Lu}/u.test(other.label) &&
        (lowered.includes(`${slot.label} ${other.label}`) ||
          lowered.includes(`${other.label} ${slot.label}`)),
    );
  // silent-32: a lower-case word the coverage never uses that English does not know either, and
  // that abbreviates nothing the coverage writes, is a name it never gives ("netflix subscriber
  // count"), not a common noun to drop.
  const unknownWord = (slot: Slot) =>
    o.unknownWordsNamed && !/\p{Lu}/u.test(slot.label) && unknownName(index, slot.label);
  const unusedNames = unused.filter(({ slot }) => several && isName(slot));
  // A name written with capitals is what the note names when one is missing ("Yukos" of "Yukos
  // tax bill"); an unused lower-case pair is named only where no such name is.
  const missing =
    unusedNames.length > 0
      ? unusedNames
      : unused.filter(
          ({ slot }) => !several || !slot.key || isName(slot) || unknownPair(slot) || unknownWord(slot),
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
  // The loops over every id found run in small functions of their own (`forEach`), not in this long
  // one: a loop here makes the engine's optimising compiler compile all of answerQuery, again after
  // each deoptimisation (0.3-0.9 s each time under load, twice in the bench's 200 questions); the
  // small functions compile in milliseconds.
  const reaching: ReadonlyMap<string, number>[] = [];
  let rest = total;
  for (const i of order) {
    if (rest < needed * total) break;
    const m = matches[i];
    if (m) reaching.push(m);
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
    // A question that asks for a name, a place or a reason gains nothing from a figure.
    const boost = coverageOf(own) >= o.minCoverage && asksFigure(form.wants) ? o.quantityBoost : 0;
    return {
      fact,
      score: scoreFact(fact, slotScores, slots, boost),
      slotScores,
      boost,
      own: coverageOf(own),
    };
  };
  let candidates: Candidate[] = [];
  eachId(reaching, (id) => {
    // What candidateOf would refuse first (too little of the question covered) needs no fact: most
    // ids of a long question stop here, before the fact is looked up, or its scores are listed
    // (`coveredBy`: coverageOf's sum, in its order, speed-35).
    if (coveredBy(matches, weights, id) / total < needed) return;
    const own = matches.map((m) => m.get(id) ?? 0);
    const fact = index.fact(id);
    if (!fact) return;
    const candidate = candidateOf(fact, own, own);
    if (candidate) candidates.push(candidate);
  });
  if (candidates.length === 0 && form.wants === undefined && o.headlineCovers)
    candidates = headlineCovered(index, slots, matches, candidateOf);
  const ranked = form.wants !== undefined || (o.untypedRanked && readsAsQuestion(topic, asked, o.topicBelow));
  if (ranked)
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
      // who-35: a question's lower-case words name things only where it was typed without capitals.
      /^.[^\p{Lu}]*$/su.test(spaced) ? o : { ...o, whoLowerNamed: false },
      fitted,
      options.bridge,
      Boolean(options.trace),
    );
  // A question that names things no article names together ("How much did Ostra pay for Lumo?"
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
  if (!ranked && slots.some((s) => s.concept?.kind)) {
    for (const c of candidates.slice(0, RERANKED)) {
      c.measured ??= attribute(c.fact, vocabulary).map(([, concept]) => concept.name);
      c.score =
        scoreFact(c.fact, c.slotScores, slots, c.boost, c.measured) * (c.factor ?? 1) * (c.silent ?? 1);
    }
    byScore(candidates);
  }
  // The facts compared below, chosen now: the thread tags their names meanwhile (speed-34).
  const comparing = comparedFacts(index, vocabulary, measuredOf(slots));
  comparing.ahead(candidates.slice(0, COMPARED).map((c) => c.fact));

  // kind-30: a sentence's spans of the kind asked come before those of another kind (its words say
  // which: `kindMisfit`); read once a candidate, after the ranking (the features keep the spans as found).
  const misfitOf = (c: Candidate, s: Span) => kindMisfit(form, topic, c.fact.text, s);
  const kindFirst = (c: Candidate | undefined) => {
    if (!c?.spans?.[0] || !o.kindInAnswer || !o.kindNextSpan || !misfitOf(c, c.spans[0])) return;
    const k = c.spans.findIndex((s) => !misfitOf(c, s));
    if (k > 0) c.spans = [c.spans[k] as Span, ...c.spans.filter((_, i) => i !== k)];
  };
  // Issue 20 §2 (amount-35): a figure of the subject asked before one of another named subject.
  const subjectSpanFirst = (c: Candidate | undefined) => {
    if (!o.subjectInSpan || !c?.spans || c.spans.length < 2 || !form.wants || !asksFigure(form.wants)) return;
    const k = subjectFirst(
      c.spans,
      claimsOf(index, c.fact, vocabulary),
      topic,
      askedMeasures.flatMap((m) => (m.kind ? [m.name] : [])),
    );
    if (k > 0) c.spans = [c.spans[k] as Span, ...c.spans.filter((_, i) => i !== k)];
  };
  // What "how many" counts, its head noun read once by the tagger where a rule asks (counted.ts).
  let countedRead: string | undefined | null = null;
  const countedHeadOf = () => {
    if (countedRead === null)
      countedRead = form.wants === 'count' && form.head ? countedHead(query) : undefined;
    return countedRead;
  };
  // The rules that withhold a sentence's short answer whatever its confidence (each has its own note).
  const rulesOf = (lead: Candidate | undefined) => {
    subjectSpanFirst(lead);
    kindFirst(lead);
    const short = lead?.spans?.[0];
    // A short answer of another kind than the one asked ("Mr Morrow" for where).
    const kindless = o.kindInAnswer && lead && short ? misfitOf(lead, short) : undefined;
    // A name of the question its article never writes: the short answer is of another thing.
    const firstArticle = lead?.fact.articleId ?? '';
    const leadText = lead?.fact.text ?? '';
    const lacked =
      lacksCounted(form, leadText, slots, o.countedHead ? countedHeadOf() : undefined) ||
      (o.crowdInAnswer && form.wants === 'count' && short !== undefined && crowdUnwritten(topic, leadText));
    // "how old" answered by a count that is no age; "how long is X's contract" by another thing's length.
    const otherFigure =
      short !== undefined &&
      ((o.ageInAnswer && ageUnwritten(topic, leadText, short)) ||
        (o.termInAnswer && form.wants === 'duration' && termUnwritten(topic, leadText)) ||
        (o.scoreNotCount && scoreForCount(form.wants, short.text)) ||
        (o.moneyNotCount && moneyForCount(form.wants, topic, short.text)));
    // A figure of another quarter or half than the one asked ("the fourth quarter" for the third).
    const otherPeriod =
      o.periodInAnswer && short !== undefined && asksFigure(form.wants) && periodUnwritten(topic, leadText);
    // A figure for "what price per tonne" whose sentence gives none per tonne: a total, or another thing's.
    const perUnit =
      o.rateInAnswer && short !== undefined && asksFigure(form.wants)
        ? rateUnwritten(topic, leadText)
        : undefined;
    // A name for "who's the chief executive of X" whose sentence gives it no such role.
    const roleless =
      o.roleInAnswer && short !== undefined && HOLDER_TYPES.has(form.wants)
        ? roleUnwritten(topic, leadText)
        : undefined;
    // A sum of another way than the one asked: takings for a budget, a cost for takings.
    const otherWay =
      o.flowInAnswer &&
      short !== undefined &&
      lead !== undefined &&
      (form.wants === 'money' || form.wants === 'amount')
        ? otherFlow(
            askedMeasures,
            claimFigures(index, lead.fact, vocabulary).find(
              (c) => c.quantity.start < short.end && c.quantity.end > short.start,
            )?.measure,
          )
        : undefined;
    // A figure the sentence only expects ("had been forecast to be") for a question asking what is.
    const expected =
      o.expectedNotAsked &&
      short !== undefined &&
      asksFigure(form.wants) &&
      form.wants !== undefined &&
      onlyExpected(topic, leadText, short, o.expectedIfAsked);
    // A figure the sentence only supposes on a condition ("would owe £3m if it lost").
    const supposed =
      o.supposedNotAsked &&
      short !== undefined &&
      asksFigure(form.wants) &&
      form.wants !== undefined &&
      !expected &&
      onlyIfSo(topic, leadText, short);
    const unnamed =
      o.namesInAnswer &&
      short !== undefined &&
      (unnamedIn(index, firstArticle, topic, slots, matches).length > 0 ||
        (o.phrasesInAnswer && phrasesUnwritten(index, firstArticle, topic).length > 0));
    const counted =
      o.amountNotCount &&
      short !== undefined &&
      lead !== undefined &&
      countForAmount(form, lead.fact, short, topic);
    const elsewhere =
      o.placeInAnswer &&
      short !== undefined &&
      asksFigure(form.wants) &&
      placesUnwritten(
        topic,
        [leadText, index.article(firstArticle)?.title ?? '', index.factsOf(firstArticle)[0]?.text ?? ''].join(
          ' ',
        ),
      ).length > 0 &&
      namesOtherPlace(topic, leadText);
    return {
      kindless,
      lacked,
      otherFigure,
      otherPeriod,
      perUnit,
      roleless,
      otherWay,
      expected,
      supposed,
      unnamed,
      counted,
      elsewhere,
    };
  };
  type Rules = ReturnType<typeof rulesOf>;
  /** Whether any rule withholds the short answer: the one list read by the near-ties and by `ruled`. */
  const withholds = (r: Rules) =>
    r.kindless !== undefined ||
    r.unnamed ||
    r.counted ||
    r.elsewhere ||
    r.lacked ||
    r.otherFigure ||
    r.expected ||
    r.supposed ||
    r.otherPeriod ||
    r.perUnit !== undefined ||
    r.otherWay !== undefined ||
    r.roleless !== undefined;
  // Each candidate's rules read once: the first one's serve the near-ties and the answer alike.
  const read = new Map<Candidate | undefined, Rules>();
  const rulesFor = (c: Candidate | undefined): Rules => {
    const known = read.get(c);
    if (known) return known;
    const r = rulesOf(c);
    read.set(c, r);
    return r;
  };
  // The near-ties below read a wrong kind as withheld only with `kindAside`.
  const asideOf = (c: Candidate | undefined) => {
    const r = rulesFor(c);
    return Boolean(withholds(o.kindAside ? r : { ...r, kindless: undefined }));
  };
  // Near-ties (issue 21): a first sentence whose short answer those rules withhold gives way to a
  // sentence within `ruledAside` of its score (on the log scale) whose short answer none withholds.
  if (form.wants && o.ruledAside > 0 && candidates[0]?.spans?.[0] && asideOf(candidates[0])) {
    const top = candidates[0].score;
    const k = candidates.findIndex(
      (c, i) =>
        i > 0 &&
        i < NEAR_TIE_DEPTH &&
        c.spans?.[0] !== undefined &&
        Math.log(top / c.score) <= o.ruledAside &&
        !asideOf(c),
    );
    if (k > 0) candidates.unshift(...candidates.splice(k, 1));
  }
  // A date question's first sentence giving a month ("in June") gives way to a sentence of the same
  // article within `finerDates` of its score that gives a day of that month ("on 4 June").
  const coarse = candidates[0]?.spans?.[0];
  if (form.wants === 'date' && o.finerDates > 0 && candidates[0] && coarse) {
    const top = candidates[0];
    const k = candidates.findIndex(
      (c, i) =>
        i > 0 &&
        i < NEAR_TIE_DEPTH &&
        c.fact.articleId === top.fact.articleId &&
        c.spans?.[0] !== undefined &&
        Math.log(top.score / c.score) <= o.finerDates &&
        finerDate(coarse.text, c.spans[0].text) &&
        !asideOf(c),
    );
    if (k > 0) candidates.unshift(...candidates.splice(k, 1));
  }
  // A "where" of an event: a first sentence whose place no word of the event tells gives way to a
  // sentence of the same article within `placeEventAside` of its score whose place one does (event-35).
  const placed = candidates[0]?.spans?.[0];
  if (form.wants === 'place' && (o.placeEventAside ?? 0) > 0 && candidates[0] && placed) {
    const top = candidates[0];
    const near = o.placeEventNear ?? 40;
    const told = (c: Candidate) => {
      const s = c.spans?.[0];
      return s !== undefined && placeOfEvent(topic, c.fact.text, s, near);
    };
    if (placeOfEvent(topic, top.fact.text, placed, near) === false) {
      const k = candidates.findIndex(
        (c, i) =>
          i > 0 &&
          i < NEAR_TIE_DEPTH &&
          c.fact.articleId === top.fact.articleId &&
          Math.log(top.score / c.score) <= (o.placeEventAside ?? 0) &&
          told(c) &&
          !asideOf(c),
      );
      if (k > 0) candidates.unshift(...candidates.splice(k, 1));
    }
  }
  const best = candidates[0]?.score ?? 0;
  const strong = candidates.filter((c) => c.score >= best * o.relativeScore).slice(0, GROUPED);
  kindFirst(candidates[0]);
  const short = candidates[0]?.spans?.[0];
  if (
    apart &&
    (!short ||
      !apart.holdsRarest(candidates[0]?.fact.articleId ?? '') ||
      !writesAll(index, candidates[0]?.fact.articleId ?? '', apart.names))
  )
    return silent(index, vocabulary, query, apartNote(apart.names));
  // How surely the short answer is right; shown in bold only from the fitted threshold up.
  const confidenceOf =
    short && form.wants ? confidenceFeatures(candidates, form, askedStems(topic)) : undefined;
  const confidence = confidenceOf ? sigmoid(weighted(fitted.confidence, confidenceOf)) : undefined;
  // The bold tier has its own model (fitted for it alone): it only tells a shown answer sure or not.
  // It reads the first ranked candidate's ranking features too (where its story and fact stand).
  const boldScore =
    confidenceOf !== undefined
      ? sigmoid(
          weighted(fitted.bold, boldFeatures(confidenceOf, candidates.find((c) => c.features)?.features)),
        )
      : undefined;
  // precision-37b: the calibrated model's row of this short answer (precision-gate.ts); a hedged
  // answer it scores from the file's `promote` up is bold too.
  const precisionRow =
    confidence !== undefined && boldScore !== undefined
      ? {
          conf: confidence,
          bold: boldScore,
          wants: form.wants,
          x: confidenceOf,
          first: candidates.find((c) => c.features)?.features,
        }
      : undefined;
  const sure =
    boldScore !== undefined &&
    (boldScore >= fitted.sure ||
      (precisionRow !== undefined && precisionPromoted(o.precisionGate, precisionRow)));
  // What the bold model scores under its floor is wrong 19 times in 20: no hedged line either (bold-35).
  const floored = boldScore !== undefined && boldScore < fitted.hedgedFloor;
  // The hedged line has its own gate, a floor on the bold score per group of the type asked (hedged-36,
  // hedged-gate.ts): the bold line never meets it.
  const hedgedHidden =
    !sure &&
    confidence !== undefined &&
    boldScore !== undefined &&
    precisionRow !== undefined &&
    (!hedgedKept(o.hedgedGate, { bold: boldScore, wants: form.wants }) ||
      // precision-37: the calibrated decision (precision-gate.ts) on the same line.
      !precisionKept(o.precisionGate, precisionRow));
  // Where no sentence holds what is asked: one line saying so, and at most two related facts.
  // A figure too unsure to show is no answer either: the note says so, with two related facts at most.
  const floor =
    (o.noteBelowShown && asksFigure(form.wants)) || (o.noteBelowShownSpans && SPAN_ANSWERED.has(form.wants))
      ? fitted.show
      : fitted.none;
  // The fitted answerable model: the coverage likelier silent on the question than answering it.
  // Where the short answer is too unsure to show, the note costs no short answer: its own threshold.
  // A loose "which N" is shown from looseShow, or where its sentence names the span as an N (forms-35).
  const looseShown = (span: Span | undefined, c: number) =>
    c >= (o.looseShow ?? Number.POSITIVE_INFINITY) || (o.looseNamedKind === true && span?.asKind === true);
  const unshown =
    confidence === undefined ||
    confidence < fitted.show ||
    short?.uncut === true ||
    (form.loose === true && !looseShown(short, confidence));
  const answerableBelow = unshown ? fitted.answerableUnshownBelow : fitted.answerableBelow;
  const unanswered =
    o.answerableModel &&
    confidenceOf !== undefined &&
    fitted.answerable !== undefined &&
    sigmoid(
      weighted(
        fitted.answerable,
        answerableFeatures(
          confidenceOf,
          candidates
            .slice(0, 40)
            .map((c) => ({ articleId: c.fact.articleId, ...(c.features ? { features: c.features } : {}) })),
        ),
      ),
    ) < answerableBelow;
  const unclear = confidence !== undefined && confidence < floor;
  const rules = rulesFor(candidates[0]);
  const {
    lacked,
    otherFigure,
    otherPeriod,
    perUnit,
    roleless,
    otherWay,
    expected,
    supposed,
    unnamed,
    counted,
  } = rules;
  // A question of no type that names a measure ("what's the budget for X") none of whose first facts gives a figure of it.
  const unfigured =
    o.figureOfMeasure && (asked || o.figureOfSubject) && form.wants === undefined
      ? measureUnfigured(slots, () =>
          strong
            .slice(0, o.maxFacts)
            .map((c) => c.fact)
            .filter(
              (f) => !o.figureOfSubject || unnamedIn(index, f.articleId, topic, slots, matches).length === 0,
            ),
        )
      : undefined;
  // Who someone is, why something happened: the facts say it in their own words where no span is cut.
  const unspanned = !short && !(o.wordsWithoutSpan && ANSWERED_IN_WORDS.has(form.wants));
  // A rule that tells why the coverage holds no answer (each has its own note).
  const ruled = unspanned || Boolean(withholds(rules));
  const none = (form.wants !== undefined && (ruled || unclear || unanswered)) || unfigured !== undefined;
  // Silent by the answerable model alone: the note says the coverage gives no clear answer.
  const unsure = unclear || (unanswered && !(ruled || unfigured !== undefined));
  // Silent by the answerable model alone on names no one article names together: the note says so (issue 21).
  const apartReason =
    unanswered && !unclear && !ruled && unfigured === undefined && apart
      ? `The coverage never names ${quotedList(namesAsWritten(topic, apart.names))} in one article.`
      : undefined;
  if (options.trace && (form.wants || (options.traceUntyped && ranked))) {
    const first = candidates[0];
    // Read for study only (bench/answerable-fit.ts --with-near), never for the answer.
    const claimed =
      short && first
        ? claimReading(index, first.fact, short, askedMeasures, topic, vocabulary).claim
        : undefined;
    const near =
      short && first
        ? nearMiss(
            index,
            topic,
            slots,
            matches,
            weights,
            first.fact,
            apart !== undefined,
            claimed,
            short.text,
            candidates,
          )
        : undefined;
    options.trace({
      ...(form.wants ? { wants: form.wants } : {}),
      candidates: candidates.slice(0, options.traceDepth ?? 40).flatMap((c) =>
        c.features
          ? [
              {
                articleId: c.fact.articleId,
                text: c.fact.text,
                ...(c.spans?.[0] ? { span: c.spans[0].text } : {}),
                features: c.features,
              },
            ]
          : [],
      ),
      ...(short && first && confidenceOf
        ? {
            short: {
              text: short.text,
              articleId: first.fact.articleId,
              factText: first.fact.text,
              features: confidenceOf,
              withheld: Boolean(
                rules.kindless !== undefined ||
                  unnamed ||
                  counted ||
                  lacked ||
                  otherFigure ||
                  expected ||
                  supposed ||
                  otherPeriod ||
                  perUnit !== undefined ||
                  otherWay ||
                  roleless ||
                  short.uncut,
              ),
              spans: (first.spans ?? []).map(({ text, weight, kind, far, another }) => ({
                text,
                weight,
                ...(kind ? { kind } : {}),
                ...(far ? { far } : {}),
                ...(another ? { another } : {}),
              })),
              ...(claimed ? { claim: claimed } : {}),
              ...(near ? { near } : {}),
            },
          }
        : {}),
    });
  }
  const most = none ? 2 : short ? o.maxFactsWithShortAnswer : o.maxFacts;
  const groups = select(
    groupFacts(strong, o.mergeSimilarity, o.duplicateSimilarity),
    most,
    form.wants && o.sentencesInRankOrder ? most - 1 : 0,
  );
  const facts: AnsweredFact[] = groups.map((g) => ({
    text: g.lead.text,
    citations: citationsOf(
      index,
      g.facts.map((f) => f.articleId),
    ),
    quantities: g.lead.quantities,
  }));

  const measured = measuredOf(slots);
  const ofMeasureAsked = (c: ClaimFigure) => c.measure !== undefined && measured.includes(c.measure);
  // The figures of the measures asked about, read as claims: a subject's values at different
  // moments are a timeline; only values of one moment that cannot all be right differ.
  const compared =
    measured.length === 0
      ? []
      : compareClaims(
          claimsOfMany(
            index,
            // Only facts with a claim of a measure asked about that another such claim shares the
            // measure and unit of (see comparable): the others' names are never tagged.
            comparing.of(candidates.slice(0, COMPARED).map((c) => c.fact)),
            vocabulary,
            // Only their claims of a measure asked about are read (speed-34b).
            ofMeasureAsked,
          ),
        );
  const disagreements: Disagreement[] = compared
    .filter((c) => c.differ.length > 0)
    .map((c) => ({
      measure: c.measure,
      values: c.differ.map((v) => ({ text: v.text, citations: citationsOf(index, v.articleIds) })),
    }));
  const timelines: Timeline[] = compared
    .filter((c) => c.differ.length === 0 && c.timeline.length > 1)
    .map((c) => ({
      measure: c.measure,
      ...(c.subject ? { subject: c.subject } : {}),
      values: c.timeline.map((v) => ({
        text: v.text,
        ...(v.moment ? { moment: v.moment } : {}),
        citations: citationsOf(index, v.articleIds),
      })),
    }));

  const first = groups[0];
  // A span that only tells the sentence holds an answer, cut too often wrong to give ("as a consultant").
  const shown =
    confidence !== undefined &&
    confidence >= fitted.show &&
    !floored &&
    !hedgedHidden &&
    !none &&
    !short?.uncut &&
    (!form.loose || looseShown(short, confidence));
  const answer =
    short && shown && first && first.lead.id === candidates[0]?.fact.id
      ? {
          text:
            o.namesListed && asksSeveral(query, form)
              ? listOf(candidates[0]?.fact.text ?? '', short, candidates[0]?.spans ?? [])
              : short.text,
          fact: 0,
          ...(sure ? { sure: true } : {}),
        }
      : undefined;
  return {
    query,
    facts,
    ...(answer ? { answer } : {}),
    ...(confidence !== undefined ? { confidence } : {}),
    ...(none
      ? {
          note: apartReason
            ? apartReason
            : roleless && !unclear
              ? `The coverage names no one as ${roleless}.`
              : `The coverage gives no ${unsure ? 'clear ' : ''}${asksAge(topic) ? 'age' : wantedThing(unfigured ? { ...form, wants: unfigured } : form, o.countedHead ? countedHeadOf() : undefined)} for ${aboutWhom(topic, form, slots)}${otherPeriod && !unclear ? ', only for another period' : perUnit && !unclear ? `, none per ${perUnit}` : expected && !unclear ? ', only an expected one' : supposed && !unclear ? ', only a possible one' : otherWay && !unclear ? `, only ${FLOW_WORDS[otherWay]}` : ''}.`,
        }
      : {}),
    disagreements,
    ...(timelines.length > 0 ? { timelines } : {}),
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
  topicWeights: readonly number[],
  vocabulary: Vocabulary,
  candidates: Candidate[],
  candidateOf: (fact: Fact, own: number[], effective: number[]) => Candidate | undefined,
  o: typeof defaultOptions,
  weights: Weights,
  bridge?: BridgeTable,
  traced = false,
): Candidate[] {
  // No type asked (`untypedRanked`): the same ranking, every sentence without a span.
  const wants = form.wants;
  byScore(candidates);
  // Each article's place among the articles, by its best sentence's topic score (0: the best).
  const articleRank = new Map<string, number>();
  for (const c of candidates)
    if (!articleRank.has(c.fact.articleId)) articleRank.set(c.fact.articleId, articleRank.size);
  const articles: string[] = [];
  for (const c of candidates) {
    if (articles.length >= NEIGHBOURHOOD) break;
    if (!articles.includes(c.fact.articleId)) articles.push(c.fact.articleId);
  }
  const byId = new Map(candidates.map((c) => [c.fact.id, c]));
  const words = questionWords(question, form);
  const content = askedStems(question);
  // A yes/no question's claim: the words of its slots that are no name (answersb-32).
  if ((wants === 'settle' && o.settleClaim) || (wants === 'reason' && o.reasonEvent)) {
    const claim = slots
      .filter((s) => !isName(s))
      .map((s) => new Set([...s.phrases, ...(s.alternatives ?? [])].flat().filter((w) => w.length > 0)))
      .filter((set) => set.size > 0);
    if (claim.length > 0) words.claim = claim;
  }
  if (wants === 'reason' && o.reasonAttached && words.claim) words.reasonAttached = true;
  if (wants === 'event' && o.eventVerbs) words.eventVerbs = true;
  if (wants === 'event' && o.eventVerbs && o.eventOpinions) words.eventOpinions = true;
  if (wants === 'duration' && o.lengthForms) words.lengthForms = true;
  if (wants === 'reason' && o.causeSubject) words.causeSubject = true;
  if (wants === 'statement' && o.saidUnderWay) words.saidUnderWay = true;
  if (wants === 'statement' && o.quotedClause) words.quotedClause = true;
  if (wants === 'description' && o.descriptionCues) words.descriptionCues = true;
  if (wants === 'description' && o.descriptionForms) words.descriptionForms = true;
  if (o.whoLowerNamed && wants && NAME_TYPES.has(wants) && wants !== 'place' && WHO.test(question))
    words.lowerNamed = lowerWords(question);
  // The share of the question's content words each article's headline holds.
  const headlines = new Map<string, number>();
  const headlineShare = (articleId: string) => {
    let share = headlines.get(articleId);
    if (share === undefined) {
      const title = new Set(index.titleStemsOf(articleId));
      share = content.size === 0 ? 0 : [...content].filter((w) => title.has(w)).length / content.size;
      headlines.set(articleId, share);
    }
    return share;
  };
  // Where a name is asked for, a sentence led by a new name may be the answer; otherwise it is about that name.
  const subjectShift =
    wants && ['name', 'person', 'organisation', 'place'].includes(wants) ? undefined : words.stems;
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
  const covered = articleCoverage(index, slots, matches, topicWeights);
  const out = [...byId.values()];
  // The slots that say what is asked (not whom it is about), and their weight: held by the sentence itself?
  const relationSlots = slots.flatMap((s, k) => (!isName(s) && (topicWeights[k] ?? 0) > 0 ? [k] : []));
  const relationTotal = relationSlots.reduce((sum, k) => sum + (rarity[k] ?? 0), 0);
  const relationOwn = (id: string) =>
    relationTotal === 0
      ? 1
      : relationSlots.reduce((sum, k) => sum + (matches[k]?.has(id) ? (rarity[k] ?? 0) : 0), 0) /
        relationTotal;
  // The subject named by the sentence itself: the question's subject, else its rarest name.
  const subjectSlots = words.subject
    ? slots.flatMap((s, k) => (s.phrases.some((p) => p.some((w) => words.subject?.has(w))) ? [k] : []))
    : slots
        .flatMap((s, k) => (isName(s) ? [k] : []))
        .sort((a, b) => (rarity[b] ?? 0) - (rarity[a] ?? 0))
        .slice(0, 1);
  const subjectIn = (id: string) => subjectSlots.some((k) => matches[k]?.has(id));
  // A figure of a measure the question names ("investing") answers it; one of another ("valued") less so.
  const asked = new Set(slots.flatMap((s) => (s.concept?.kind ? [s.concept.name] : [])));
  // Name questions read the names of every sentence weighed: in one trip to the tagger.
  if (wants && ['name', 'person', 'organisation', 'place'].includes(wants))
    index.readEntities(out.map((c) => c.fact));
  // What-happened questions read every weighed sentence's parts of speech (`eventSpans`): in few
  // trips to the tagger, not one a sentence (speed-36; at most EVENT_TAGGED, within what it keeps).
  if (wants === 'event') tagWordsOfMany(out.slice(0, EVENT_TAGGED).map((c) => c.fact.text));
  // The most of the question any weighed sentence of each article holds itself (`ownGap`).
  const bestOwn = new Map<string, number>();
  for (const c of out)
    bestOwn.set(c.fact.articleId, Math.max(bestOwn.get(c.fact.articleId) ?? 0, c.own ?? 0));
  // Each relation slot's stems (its words and their paraphrases), for `relationNear`.
  const relationStems: Array<[number, ReadonlySet<string>]> = relationSlots.map((k) => [
    k,
    new Set(
      [...(slots[k]?.phrases ?? []), ...(slots[k]?.alternatives ?? [])].flat().filter((w) => w.length > 0),
    ),
  ]);
  // How many sentences of each candidate's article hold each slot: counted once, for both the article's
  // BM25 score and the slots' rarity within it.
  const held = new Map<string, number[]>();
  for (const c of out)
    if (!held.has(c.fact.articleId))
      held.set(c.fact.articleId, slotCounts(index.factsOf(c.fact.articleId), matches));
  const articleScores = articleBm25(index, held, slots, rarity);
  const localWeights = new Map<string, number[]>();
  for (const [id, counts] of held) localWeights.set(id, rarityWithin(index.factsOf(id).length, counts));
  // What-said questions: whose words each sentence of a weighed article gives, read once an article.
  const spoken = new Map<string, Map<string, string[]>>();
  const speakersOfFact = (fact: Fact): readonly string[] => {
    let byFact = spoken.get(fact.articleId);
    if (!byFact) {
      const facts = index.factsOf(fact.articleId);
      const speakers = speakersOf(facts.map((f) => f.text));
      byFact = new Map(facts.map((f, i) => [f.id, speakers[i] ?? []]));
      spoken.set(fact.articleId, byFact);
    }
    return byFact.get(fact.id) ?? [];
  };
  const askedSpeaks = (fact: Fact) =>
    wants === 'statement' &&
    words.speaker !== undefined &&
    words.speaker.size > 0 &&
    speakersOfFact(fact).some((s) => speakerIs(s, words.speaker ?? new Set(), stem));
  // The lexical bridge: read where it weighs (or is traced for a fit).
  const bridging = weights.rank.bridge !== 0 || bridge ? (bridge ?? defaultBridge()) : undefined;
  const bridgeAsked = bridging ? bridgeWords(question) : new Set<string>();
  // The question's names a sentence speaks of without writing them ("he", "the firm", `refers`):
  // read where it weighs, or is traced for a fit.
  const askedNames =
    weights.rank.refers !== 0 || traced
      ? slots.flatMap((s, k) => (isName(s) ? [{ k, name: { label: s.label, phrases: s.phrases } }] : []))
      : [];
  const refersOf = (fact: Fact) =>
    askedNames.length === 0
      ? 0
      : referredShare(
          referredNames(
            index,
            fact,
            askedNames.map((a) => a.name),
            (i) => matches[askedNames[i]?.k ?? -1]?.has(fact.id) ?? false,
          ),
          askedNames.map((a) => a.k),
          localWeights.get(fact.articleId) ?? [],
        );
  // speed-36: a candidate's figures are parsed only where they can weigh (see measuredWhereAsked).
  const askedKinds = kindsOfMeasures(vocabulary, asked);
  for (const c of out) {
    let measures: ReadonlyArray<[Quantity, Concept]> | undefined;
    const measuresOf = () =>
      (measures ??= asked.size > 0 && c.fact.quantities.length > 0 ? attribute(c.fact, vocabulary) : []);
    if (asked.size > 0) c.measured = measuredWhereAsked(c.fact, askedKinds, measuresOf);
    let tagged: ReturnType<typeof tagWords> | undefined;
    const ofAnother = (span: Span) =>
      measuresOf().some(([q, concept]) => q.start === span.start && !asked.has(concept.name)) &&
      !measuresOf().some(([q, concept]) => q.start === span.start && asked.has(concept.name));
    const spans = !wants
      ? []
      : byNearness(
          c.fact.text,
          answerSpans(
            {
              text: c.fact.text,
              // Parsed when a rule reads them (figure questions): not for every candidate of the others.
              get quantities() {
                return c.fact.quantities;
              },
              states: (kind) => statesKind(c.fact, kind),
              names: () => index.entitiesOf(c.fact),
              ...(wants === 'statement' ? { speakers: () => speakersOfFact(c.fact) } : {}),
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
          .map((span) => (ofAnother(span) ? { ...span, weight: span.weight * 0.8, another: true } : span))
          .sort((a, b) => b.weight - a.weight || a.start - b.start);
    c.spans = spans;
    const top = spans[0];
    const w = top?.weight ?? 0;
    c.coverage = covered.get(c.fact.articleId) ?? 0;
    const base = scoreFact(c.fact, c.slotScores, slots, c.boost, c.measured);
    c.features = {
      topic: Math.log(Math.max(1e-9, base)),
      span: spans.length > 0 ? Math.log(1 + o.typeBoost * w * w) : 0,
      noSpan: spans.length > 0 ? 0 : 1,
      noSpanStrict: spans.length === 0 && (wants === 'reason' || wants === 'date') ? 1 : 0,
      coverage: Math.log(Math.max(0.01, c.coverage)),
      // A sentence of the asked speaker's words names them by its article ("he said", a quotation
      // running on): not silent of the question.
      silent: c.silent !== undefined && !askedSpeaks(c.fact) ? 1 : 0,
      own: c.own ?? 0,
      lead: c.fact.position === 0 ? 1 : 0,
      far: top?.far ? 1 : 0,
      spans: Math.log(1 + spans.length),
      subject: subjectIn(c.fact.id) ? 1 : 0,
      quote: /^["“]/.test(c.fact.text) ? 1 : 0,
      relation: relationOwn(c.fact.id),
      position: Math.log(1 + c.fact.position),
      another: top?.another ? 1 : 0,
      distance: top ? spanDistance(c.fact.text, top, content) : 1,
      typed: wants ? typeMatch(wants, top) : 1,
      articleRank: Math.log(1 + (articleRank.get(c.fact.articleId) ?? articleRank.size)),
      headline: headlineShare(c.fact.articleId),
      ownGap: (c.own ?? 0) - (bestOwn.get(c.fact.articleId) ?? 0),
      local: heldShare(c.fact.id, matches, localWeights.get(c.fact.articleId) ?? []),
      reasons: wants === 'reason' ? Math.log(1 + spans.length) : 0,
      article: articleScores.get(c.fact.articleId) ?? ARTICLE_FLOOR,
      localNear: heldShare(c.fact.id, matches, localWeights.get(c.fact.articleId) ?? [], {
        ...neighbours(index.factsOf(c.fact.articleId), c.fact.position),
        borrow: o.borrow,
      }),
      relationNear: top
        ? relationNear(c.fact.text, top, relationStems, localWeights.get(c.fact.articleId) ?? [])
        : 0,
      // Read below, once every sentence's `localNear` is known.
      localNearGap: 0,
      bridge: bridging ? bridgeScore(bridging, bridgeAsked, sentenceBridgeWords(c.fact.text)) : 0,
      refers: refersOf(c.fact),
    };
  }
  // `localNearGap`: each sentence's `localNear` less the most of its article's weighed sentences.
  const bestNear = new Map<string, number>();
  for (const c of out) {
    const v = c.features?.localNear ?? 0;
    bestNear.set(c.fact.articleId, Math.max(bestNear.get(c.fact.articleId) ?? 0, v));
  }
  for (const c of out) {
    if (!c.features) continue;
    c.features.localNearGap = (c.features.localNear ?? 0) - (bestNear.get(c.fact.articleId) ?? 0);
    c.score = Math.exp(weighted(weights.rank, c.features));
  }
  return out;
}

/** The least `article` feature: log of a share of 1% of the best article's score. */
const ARTICLE_FLOOR = Math.log(0.01);
const BM25_K1 = 1.2;
const BM25_B = 0.75;

/** How many of `facts` hold each slot (one count a slot of `matches`): one pass over the sentences. */
export function slotCounts(
  facts: readonly Fact[],
  matches: ReadonlyArray<ReadonlyMap<string, number>>,
): number[] {
  const counts = matches.map(() => 0);
  for (const f of facts)
    matches.forEach((m, k) => {
      if (m.has(f.id)) counts[k] = (counts[k] ?? 0) + 1;
    });
  return counts;
}

/**
 * Each article's BM25 score for the question over its whole text, as the log of its share of the
 * best of the articles of `held` (0 for the best, at least ARTICLE_FLOOR): each slot naming a topic
 * weighs its rarity (one that only ranks, "biggest", none), its frequency the number of the article's
 * sentences holding it (`held`, `slotCounts`), its headline counting as two more, saturating and
 * normalised by the article's length against the archive's mean. Pure but for reading the index.
 */
export function articleBm25(
  index: FactIndex,
  held: ReadonlyMap<string, readonly number[]>,
  slots: readonly Slot[],
  rarity: readonly number[],
): Map<string, number> {
  const mean = index.factCount / Math.max(1, index.articleCount);
  const raw = new Map<string, number>();
  for (const [articleId, counts] of held) {
    const facts = index.factsOf(articleId);
    const title = new Set(index.titleStemsOf(articleId));
    const norm = BM25_K1 * (1 - BM25_B + (BM25_B * facts.length) / Math.max(1, mean));
    let score = 0;
    slots.forEach((slot, k) => {
      // A word that names no topic ("biggest") only ranks sentences: it tells no story from another.
      if (slot.key === false) return;
      let tf = counts[k] ?? 0;
      if (slot.phrases.some((p) => p.every((w) => title.has(w)))) tf += 2;
      if (tf > 0) score += ((rarity[k] ?? 0) * tf * (BM25_K1 + 1)) / (tf + norm);
    });
    raw.set(articleId, score);
  }
  const best = Math.max(0, ...raw.values());
  const out = new Map<string, number>();
  for (const [id, score] of raw)
    out.set(id, best > 0 && score > 0 ? Math.max(ARTICLE_FLOOR, Math.log(score / best)) : ARTICLE_FLOOR);
  return out;
}

/**
 * Each slot's rarity among one article's `sentences`, of which `held` (`slotCounts`) hold each slot:
 * log(1 + sentences / sentences holding it), 0 for a slot none of them holds. Within a story's
 * article its names are in most sentences and weigh little; the words that say what is asked are in
 * few and weigh most.
 */
export function rarityWithin(sentences: number, held: readonly number[]): number[] {
  return held.map((n) => (n === 0 ? 0 : Math.log(1 + sentences / n)));
}

/** The ids of the sentences before and after the one at `position` of an article's `facts`. */
export const neighbours = (facts: readonly Fact[], position: number) => ({
  before: facts[position - 1]?.id,
  after: facts[position + 1]?.id,
});

/**
 * The share of `weights` (one per slot) whose slots the sentence `id` holds; 0 when they sum to 0.
 * With `near`, a slot it does not hold itself counts the share `borrow.before` when the sentence
 * before it holds it, `borrow.after` when the one after does (a sentence that says "it" or "the firm"
 * of what its neighbour names); without, only what it holds itself.
 */
export function heldShare(
  id: string,
  matches: ReadonlyArray<ReadonlyMap<string, number>>,
  weights: readonly number[],
  near?: {
    before?: string | undefined;
    after?: string | undefined;
    borrow: { before: number; after: number };
  },
): number {
  let total = 0;
  let held = 0;
  weights.forEach((w, k) => {
    total += w;
    const m = matches[k];
    if (!m || w === 0) return;
    if (m.has(id)) held += w;
    else if (near) {
      const { before, after, borrow } = near;
      held +=
        w * Math.max(before && m.has(before) ? borrow.before : 0, after && m.has(after) ? borrow.after : 0);
    }
  });
  return total === 0 ? 0 : held / total;
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
  // A match's facts come article by article (the search's order): a fact of the article just marked
  // ("<article>#<position>", the article's id itself holding no '#' after it) is passed over with
  // no id cut and no lookup (speed-35: a common word's thousands of facts each cut and looked up).
  matches.forEach((m, k) => {
    let last = '';
    for (const id of m.keys()) {
      if (last !== '' && id.startsWith(last) && id.lastIndexOf('#') === last.length) continue;
      last = id.slice(0, id.lastIndexOf('#'));
      const set = seen.get(last) ?? new Set<number>();
      set.add(k);
      seen.set(last, set);
    }
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
