/**
 * The spans of a fact that could answer a question of a given type, as written in the fact: a
 * figure, a name, a date, a place, a reason, a duration. Each span has a weight from 0 to 1 (how
 * surely it is of the type asked). Spans that only repeat the question are left out. Pure.
 */
import { isDemonym } from '../claims/demonyms.js';
import { DAY, MONTH_OR_SHORT } from '../facts/months.js';
import { type TaggedWord, tagWords } from '../facts/nlp.js';
import type { Quantity, QuantityKind } from '../facts/quantities.js';
import { escapeRegExp, stem } from '../facts/terms.js';
import { type AnswerType, figureKinds } from './question.js';
import { AFTER_A_PLACE, insideNamedPlace } from './where-place.js';
import { namedAsKind } from './which-kind.js';

export interface Span {
  /** The words of the fact, verbatim. */
  text: string;
  start: number;
  end: number;
  /** How surely it answers a question of the type asked, 0 to 1. */
  weight: number;
  /** Set when it stands far from the words that say what is asked (see byNearness). */
  far?: boolean;
  /** Set when it is a figure of another measure than the one asked. */
  another?: boolean;
  /**
   * For a name: what the words round it say it names ("Mr", a role, "who" after it: a person; "the X
   * club", "Inc": an organisation; "in", "at", "-based": a place); unset when they do not say.
   */
  kind?: NameKind;
  /**
   * Set when the span tells that the fact holds an answer of the type (it counts for the ranking)
   * but is too often cut wrong to be given as the short answer: a reason opened by "as" with no
   * clause after it ("as a consultant", "such as Ashby"). Unset: it may be given.
   */
  uncut?: boolean;
  /**
   * For a name asked by "which N": set when the sentence names it as an N (the noun just before it,
   * just after it, or ending it: `which-kind.ts`), so that the kind asked is read from the sentence.
   */
  asKind?: boolean;
}

/** What a name names, as the words round it tell. */
export type NameKind = 'person' | 'organisation' | 'place';

/** What a span is read from. */
export interface SpanSource {
  text: string;
  quantities: readonly Quantity[];
  /**
   * Whether it states a quantity of a kind, as `quantities` tells, where that is told without
   * parsing them (`statesKind`): a figure question reads the quantities only of a fact that states
   * one of the kinds it asks (speed-36). Unknown when absent: the quantities are read.
   */
  states?: (kind: QuantityKind) => boolean;
  /** Names (runs of proper nouns) in the fact, read lazily: only name and place questions need them. */
  names: () => readonly string[];
  /** Its words with their parts of speech, read when a name may only describe another. */
  tags?: () => readonly TaggedWord[];
  /**
   * Whose words it gives, read from its article (`speakersOf`): the speakers as written, empty when it
   * says not whose or gives nobody's. Read for what-said questions only; unknown when absent.
   */
  speakers?: () => readonly string[];
}

/** What of the question a span must not merely repeat. */
export interface QuestionWords {
  /** Stems of the question's words. */
  stems: ReadonlySet<string>;
  /** The numbers written in the question, without commas. */
  numbers: ReadonlySet<string>;
  /** Stems of the names the question gives (its capitalized words), if known; else all its stems count as names. */
  names?: ReadonlySet<string>;
  /** Stems of what a "how many" question counts ("law lords"), when it says. */
  counted?: ReadonlySet<string>;
  /** Stems of the subject of "who is X?", "what did X say?", "what happened to X?". */
  subject?: ReadonlySet<string>;
  /** Stems of what "what did X say about Y?" asks about (Y). */
  about?: ReadonlySet<string>;
  /** Stems of the words of the name of the speaker asked about ("Grey" of "Ann Grey's agent Tom Ward": ward, tom). */
  speaker?: ReadonlySet<string>;
  /** "what does X do?": what X does, not who X is. */
  does?: boolean;
  /**
   * A yes/no question's claim: the stems (with their paraphrases) of each of its words that say what
   * it asks of its names (its verb and object: "offered", "deal" of "have Wasps offered Dawson a new
   * deal?"), one set a word. A settling sentence holding none of them only mentions the names.
   */
  claim?: ReadonlyArray<ReadonlySet<string>>;
  /** "by how much": a change ("up 5%", "rose by $2bn") answers it before a level. */
  change?: boolean;
  /** Stem of the noun naming the kind of name asked ("club" in "which club"), for a name question that says. */
  kindNoun?: string;
  /**
   * "which film", "which prize": a name of a thing is asked, not of a person or an organisation
   * (those count less, and "in" before a name does not make it a place's). Default false.
   */
  thing?: boolean;
  /** "what happened to X?": weigh a clause by whether its verb tells an event (`eventVerbWeight`, answers-33). */
  eventVerbs?: boolean;
  /** "what did X say?": a verb of saying under way ("are warning councillors that ...") says words too (answers-34). */
  saidUnderWay?: boolean;
  /** "what happened to X?": "X is seen as", "X was expected to" tell no event (`eventVerbWeight`, answers-34). */
  eventOpinions?: boolean;
  /**
   * "how long" (forms-37): a length told without a number ("half an hour", "a few minutes", "several
   * weeks", "an hour and a half"; one with no number at VAGUE_LENGTH), and a length told from another
   * moment by the word the question asks by ("half an hour before", under "how long before ...?") at
   * full weight. Default false.
   */
  lengthForms?: boolean;
  /** "who is X?": a role before X's name is read across a lower-case "the" ("watchdog the X", answers-34). */
  descriptionCues?: boolean;
  /**
   * "who is X?", "what is X?" (forms-36): a name with its acronym in brackets is one mention ("Ashby
   * Rowing Union (ARU)"), whose long form describes the acronym; a role's words joined by a hyphen
   * are one word ("fly-half"); a lower-case adjective just before the name ends a role of two words
   * or more ("Former Zedland international Ann Grey").
   */
  descriptionForms?: boolean;
  /** "what did X say?": a few words quoted inside a clause say it with the clause (`quotedClause`, forms-36). */
  quotedClause?: boolean;
  /** "why": a reason whose clause holds none of `claim` explains another event (`attachedToEvent`, why-35). */
  reasonAttached?: boolean;
  /**
   * "why": a cause named as the subject of a verb of cause ("The power shortage forced X to ...",
   * "Loose drafting could leave X in the dock") is a reason span (`causeSubjects`, forms-37). Default false.
   */
  causeSubject?: boolean;
  /**
   * "who": stems of the question's words written in lower case (no function word, no question word).
   * A name's capitalized word of one of them is a name the question gives, however it was typed
   * ("davenport's next opponent after beating vaidisova": not "Nicole Vaidisova"; who-35).
   */
  lowerNamed?: ReadonlySet<string>;
}

/**
 * Words a "how many" question's head may take after its noun that count nothing ("how many workers
 * could", "how many jobs will"): verbs of tense and mood, function words (as stems).
 */
const NOT_COUNTED =
  /^(?:could|would|should|will|can|may|might|must|shall|did|do|doe|does|is|are|was|were|be|been|ha|has|have|had|the|a|an|of|in|on|at|to|for|by|with|from|that|which|who|there|they|it|he|she|we|you|i)$/;

/** Counted nouns that any count of people can answer. */
const ANYONE = new Set(['peopl', 'person', 'individu']);

/** How surely a count answers "how many <counted>": by the words just after its number. */
function countWeight(text: string, span: Pick<Span, 'start' | 'end'>, asked?: ReadonlySet<string>): number {
  // "how many workers could walk out": "could" says nothing of what is counted.
  const counted = asked && new Set([...asked].filter((w) => !NOT_COUNTED.test(w)));
  if (!counted || counted.size === 0) return 1;
  // The words of the span and the two after it ("5,000 jobs"), not the rest of the sentence.
  const own = text.slice(span.start, span.end).match(/\p{L}+/gu) ?? [];
  const next =
    text
      .slice(span.end)
      .match(/\p{L}+/gu)
      ?.slice(0, 2) ?? [];
  const after = [...own, ...next];
  if (after.some((w) => counted.has(stem(w)))) return 1;
  return [...counted].some((c) => ANYONE.has(c)) ? 0.85 : 0.6;
}

const NUMBER_WORDS =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|a hundred|dozens|a dozen|hundreds|thousands|millions';
const A_NUMBER = String.raw`(?:\d[\d,]*(?:\.\d+)?|${NUMBER_WORDS})`;

/** A day of a month as written: "26", "26th". */
const DAY_OF_MONTH = String.raw`\d{1,2}(?:st|nd|rd|th)?`;
/** What joins the two ends of a range: "26-28 August", "two to three weeks", "two or three weeks". */
const RANGE_JOIN = String.raw`(?:\s?[-–]\s?|\s(?:to|or|and)\s)`;

/** Date patterns, most specific first, each with its weight; a range of days ("26-28 August") is one date. */
const DATES: Array<[RegExp, number]> = [
  [
    new RegExp(
      String.raw`\b(?:(?:${DAY}),?\s)?(?:${DAY_OF_MONTH}${RANGE_JOIN})?${DAY_OF_MONTH}\s(?:of\s)?(?:${MONTH_OR_SHORT})\b\.?(?:,?\s\d{4})?`,
      'g',
    ),
    1,
  ],
  [
    new RegExp(
      String.raw`\b(?:(?:${DAY}),?\s)?(?:${MONTH_OR_SHORT})\.?\s${DAY_OF_MONTH}(?:${RANGE_JOIN}${DAY_OF_MONTH})?\b(?:,?\s\d{4})?`,
      'g',
    ),
    1,
  ],
  [/\b(?:early |late |mid-?)?(?:spring|summer|autumn|winter)(?: of)? (?:19|20)\d\d\b/gi, 0.9],
  [
    new RegExp(String.raw`\b(?:early |late |mid-?|the end of )?(?:${MONTH_OR_SHORT}) (?:19|20)\d\d\b`, 'g'),
    0.9,
  ],
  [
    new RegExp(
      String.raw`\b(?:(?:in|from|until|by|since|on|next|last|this|early|late|mid-?)\s)(?:${MONTH_OR_SHORT}|${DAY})\b`,
      'g',
    ),
    0.7,
  ],
  [/\b(?:in|by|from|until|since|before|after) (?:the )?(?:spring|summer|autumn|winter|new year)\b/gi, 0.6],
  [/\b(?:in|by|from|until|since|before) (?:early |late |mid-)?(?:19|20)\d\d\b/g, 0.6],
  [
    /\b(?:next|later this|early next|this|last) (?:week|month|year|season|spring|summer|autumn|winter|weekend)\b/gi,
    0.3,
  ],
  [/\b(?:tomorrow|tonight|yesterday)\b/gi, 0.3],
];

/** A part of one unit of time (forms-37): "half an hour", "a quarter of an hour", "three quarters of a second". */
const PART_OF_A_UNIT = String.raw`(?:half|(?:a|one|three) quarters? of)\s(?:a|an)`;
/**
 * A length told without a number (forms-37): "a few minutes", "several weeks", "a couple of days",
 * "many years"; below a length told by its number (VAGUE_LENGTH).
 */
const FEW_UNITS = '(?:a few|a couple of|several|many|a number of)';
const VAGUE = new RegExp(`^(?:\\S+\\s)*?${FEW_UNITS}\\s`, 'i');
/** What a length told without a number counts for against one told by its number. */
const VAGUE_LENGTH = 0.7;

/** A length of time told by its number, `words` also without one (forms-37: PART_OF_A_UNIT, FEW_UNITS). */
const durationPattern = (words: boolean) =>
  new RegExp(
    String.raw`\b(?:(?:as (?:long|many|much|little|few) as|up to|at least|more than|less than|fewer than|under|roughly|barely|nearly|almost|about|around|just|only|over|another|a further|a total of)\s)?(?:${A_NUMBER}(?:${RANGE_JOIN}${A_NUMBER})?|${words ? `${PART_OF_A_UNIT}|${FEW_UNITS}|` : ''}a|an)[\s-](?:(?:and a half|more|further|extra)\s)?(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|seasons?)\b(?!\s?old\b|-old\b)(?:'s)?${words ? String.raw`(?: and a half\b)?` : ''}`,
    'gi',
  );
const DURATION = durationPattern(false);
const DURATION_WORDS = durationPattern(true);

/**
 * After a period, a word that makes it a moment told from another ("one day after", "two years
 * ago", "three weeks into"): when something happened, not how long it lasts.
 */
const RELATIVE = /^\s+(?:after|before|later|earlier|ago|afterwards|previously|into)\b/i;
/** "ago" after a period: the answer to "how long ago", with it ("six weeks ago"). */
const AGO = /^\s+ago\b/i;
/** A period with the "ago" after it, at full weight: "how long ago" asks for it. */
function agoSpan(text: string, span: Span): Span {
  const end = span.end + (AGO.exec(text.slice(span.end))?.[0].length ?? 0);
  return { ...span, text: text.slice(span.start, end), end, weight: 1 };
}
/**
 * Whether the word that tells a period from another moment ("half an hour before the speech") is
 * one the question asks by ("how long before the speech ...?", forms-37): then the period is the
 * length asked, not a moment.
 */
function relativeAsked(after: string, question: Pick<QuestionWords, 'stems'>): boolean {
  const word = RELATIVE.exec(after)?.[0].trim().toLowerCase();
  return word !== undefined && question.stems.has(stem(word));
}
/** "for" before a period makes it a length again: "a body cast for three months after the crash". */
const FOR_A_LENGTH = /\bfor\s+$/i;
/**
 * The word before a length that bounds it ("within four years", "for a decade", "over the next 10
 * years", "the past two weeks"): part of the answer, since without it a deadline or a span of time
 * reads as a bare length (bold-28: the newer answer keys write it in their expected answers; an
 * answer with it still holds the bare length).
 */
const LENGTH_BOUND =
  /\b(?:within|for|(?:(?:over|in|for|during|within) )?the (?:next|past|last|coming|previous|first|final)|next)\s+$/i;
/** A length with the word that bounds it before it (LENGTH_BOUND), when the sentence has one. */
export function boundedLength(text: string, span: Span): Span {
  const bound = LENGTH_BOUND.exec(text.slice(0, span.start));
  if (!bound) return span;
  const start = span.start - bound[0].length;
  return { ...span, text: text.slice(start, span.end), start };
}

/** A period told with "a" ("a day", "a year"): often a phrase ("a day of action"), less surely a length. */
const INDEFINITE = /(?:^|(?<!\b(?:half|of|and))\s)an?[\s-](?:(?:more|further|extra)\s)?\p{L}+(?:'s)?$/iu;

/** What joins the parts of one period: "two hours 15 minutes", "two hours and 40 minutes" (not a comma: "14 years, one day after"). */
const PERIOD_JOIN = /^(?:\s+|\s+and\s+)$/;
/** The same with a comma (forms-37): a time of a race or a record, "eight minutes, 4.69 seconds". */
const PERIOD_JOIN_COMMA = /^(?:,?\s+|\s+and\s+)$/;
/** A part of a period written after a larger one: a bare number and a unit ("15 minutes", "six months"). */
const PERIOD_PART = new RegExp(String.raw`^${A_NUMBER}[\s-]\p{L}+$`, 'iu');

/** Units of time, longest first: a later part of one period is of a shorter unit. */
const UNITS = ['decade', 'year', 'season', 'month', 'week', 'day', 'hour', 'minute', 'second'];
/** The unit of a period's last part ("two hours 15 minutes": minute), by its place in UNITS; -1 without one. */
const unitOf = (period: string) => {
  const words = period.toLowerCase().match(/\p{L}+/gu) ?? [];
  for (let i = words.length - 1; i >= 0; i--) {
    const k = UNITS.indexOf((words[i] ?? '').replace(/s$/, ''));
    if (k >= 0) return k;
  }
  return -1;
};

/**
 * Periods written in parts ("two hours 15 minutes", "three years and six months") joined into one
 * span, at the weight of the first; a later part must be a bare number and a shorter unit, not told
 * from another moment, so "for three years and two weeks after" and "two days and two days" keep two;
 * with `commas` (default false; forms-37) a comma may join them too ("eight minutes, 4.69 seconds"). Pure.
 */
export function joinedPeriods(text: string, periods: readonly Span[], commas = false): Span[] {
  const join = commas ? PERIOD_JOIN_COMMA : PERIOD_JOIN;
  const out: Span[] = [];
  for (const p of [...periods].sort((a, b) => a.start - b.start)) {
    const last = out.at(-1);
    if (
      last &&
      join.test(text.slice(last.end, p.start)) &&
      PERIOD_PART.test(p.text) &&
      unitOf(p.text) > unitOf(last.text) &&
      !RELATIVE.test(text.slice(p.end))
    ) {
      out[out.length - 1] = { ...last, text: text.slice(last.start, p.end), end: p.end };
    } else out.push({ ...p });
  }
  return out;
}

/** A period up to a moment or for good: "until the end of the year", "for life". */
const UNTIL = new RegExp(
  String.raw`\b(?:until|till|up to|through|to) (?:the end of |the start of |the middle of )?(?:the |this |next )?(?:year|season|month|week|(?:${MONTH_OR_SHORT})(?: \d{4})?|(?:19|20)\d\d|summer|spring|autumn|winter)\b|\bfor (?:life|good|the rest of (?:the|this|his|her|their) (?:season|year|career|life))\b`,
  'gi',
);

/**
 * A period from a moment up to now: "since 1997", "since June 2003" (span-33). "How long has X been
 * Y" is answered so as often as by a length; below a length told as one.
 */
const SINCE = new RegExp(
  String.raw`\bsince (?:(?:early |late |mid-|the end of |the start of )?(?:${MONTH_OR_SHORT}) )?(?:19|20)\d\d\b`,
  'g',
);
/** What a period since a moment counts for against a length told as one. */
const SINCE_WEIGHT = 0.7;

/** "eight to one", "8-1", "61-24": a tally, vote or score. */
const TALLY = new RegExp(String.raw`\b(?:${A_NUMBER})(?:\s?[-–]\s?|\sto\s)(?:${A_NUMBER})\b`, 'gi');

/**
 * Counts written in words: "nine people", "hundreds of jobs", "two and a half million cars" (a
 * fraction and a scale after the number are part of it; "and", "or", "to" after a number join it
 * to another, they are no thing counted).
 */
const WORD_COUNT = new RegExp(
  String.raw`(?:^(?=[A-Z])|\b)(?:${NUMBER_WORDS}|(?<=^)(?:${NUMBER_WORDS.replace(/\b([a-z])/g, (l) => l.toUpperCase())}))(?:\sand\san?\s(?:half|quarter))?(?:\s(?:hundred|thousand|million|billion))?(?:\sof)?\s(?!(?:and|or|to)\b)[a-z][a-z-]+\b`,
  'g',
);

/** "as" opening a cause: "as the firms ...", "as it does not ..." (also "as a", "such as": see `asWithoutClause`). */
const AS_REASON = /\bas (?=(?:the|a|an|it|they|he|she|its|their|his|her|we|\p{Lu}\p{L}+) \p{L})/gu;

/**
 * "after" or "following" opening a time rather than what caused something: "after six years",
 * "after two lean years", "following Christmas" (not "after years of losses").
 */
const AFTER_A_TIME = new RegExp(
  String.raw`^(?:after|following)\s+(?:(?:(?:just|only|almost|nearly|more than|less than|over|some|about|around|barely|a|an|the|his|her|their|its|another|several|many|a few|few|a couple of|half an?|\d[\d,.]*|${NUMBER_WORDS})\s+){0,3}(?:[a-z-]+\s+)?(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|seasons?|decades?|nights?|half-time)|(?:January|February|March|April|May|June|July|August|September|October|November|December|Christmas|Easter|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day))\b(?!\s+(?:of|in which)\b)`,
  'i',
);

/** Words that open the clause giving a cause, each with how surely it does. */
const REASONS: Array<[RegExp, number]> = [
  [
    /\b(?:because(?: of)?|(?<!\b(?:is|are|was|were|be|been|not)\s)due to|owing to|as a result of|on the grounds (?:of|that)|thanks to|in protest (?:at|over|against))\b/gi,
    1,
  ],
  [/\bfor ["“]?(?:[\w-]+ ){0,2}reasons\b["”]?/gi, 1],
  [/\b(?:died|dies|die|dying) (?:of|from)\b/gi, 1],
  [/\b(?:blamed|blaming|citing|caused by|prompted by|triggered by|the reason|the reasons)\b/gi, 0.8],
  [/\b(?:after|following|amid|in the wake of|so that|in order to)\b/gi, 0.6],
  // What a sanction was for: "suspended for kicking a defender", "fined for his remarks" (not "jailed for two years").
  [
    /(?<=\b(?:suspended|banned|fined|sacked|jailed|arrested|charged|criticised|criticized|punished|dismissed|disciplined|expelled|convicted|penalised|penalized|sent off|booked|reprimanded|sued|praised)(?:\s+[\w'’-]+){0,3}\s)for\s(?=(?:not\s)?[a-z]+ing\b|(?:his|her|their|its|allegedly|an?|the)\s)/g,
    0.8,
  ],
  // A purpose: "in a bid to reclaim fees".
  [/\b(?:in (?:a|an) (?:bid|effort|attempt) to|aimed at|so as to)\b/gi, 0.7],
  // An injury or illness: "pulled out with a hamstring injury", "to rest her knee".
  [
    /\b(?:with (?:an?|his|her|a recurring) (?:[\w-]+ ){0,2}(?:injury|strain|problem|illness|virus|infection)|to rest (?:his|her|their|a) )/gi,
    0.8,
  ],
  // A motive stated: "said he had lost faith in the party's leaders".
  [
    /\b(?:was|were|is|are|felt|feels|had become|has become|grew) (?:increasingly |deeply |very )?(?:disillusioned|unhappy|frustrated|dissatisfied|disappointed|fed up|tired|upset|angry|concerned|worried|uneasy) (?:with|at|by|over|about)\b/gi,
    0.7,
  ],
  [AS_REASON, 0.5],
  // Markets move "on fears that ...", "on concerns over ...".
  [/\bon (?:fears|concerns|worries|hopes|speculation|expectations) (?:that|of|over|about)\b/gi, 0.7],
  // A charge laid: "dropped its singer, accusing him of disloyalty".
  [/\b(?:accusing|accused) (?:him|her|them|it|the \w+) of\b/gi, 0.7],
  // A cause that made something happen, named before the verb: "A knee injury has forced Grey out".
  [
    /\b(?:An?|The|an?|the|His|Her|Their|Its|his|her|their|its) (?:[\w-]+ ){0,3}?(?=(?:has |have |had )?(?:forced|prompted|caused|led to|triggered)\b)/g,
    0.7,
  ],
  // Why-32: a cause told by a verb or noun of cause rather than a connective: "driven by exports",
  // "the result of ...", "the biggest drag came from chips", "eating it caused ...", "a weaker peso
  // has had an impact on ...".
  [
    /\b(?:driven by|fuell?ed by|boosted by|buoyed by|spurred by|hit by|hurt by|held back by|weighed down by|dragged down by|underpinned by|on the back of|(?:the|a|the direct|the main) (?:result|consequence) of)\b/gi,
    0.7,
  ],
  [
    /\b(?:the |The )?(?:main|biggest|key|major|chief|primary) (?:driver|drag|cause|reason|factor)s? (?:(?:of|for|behind) (?:[\w'’-]+ ){1,5}?)?(?:has been|have been|was|were|is|are|came from)\b/g,
    0.7,
  ],
  [
    /\b(?:[A-Za-z][a-z]+ing (?:the |a |an |his |her |their |its )(?:[\w'’-]+ ){0,2}?|(?:An?|The|an?|the|His|Her|Their|Its|his|her|their|its) (?:[\w'’-]+ ){0,4}?)(?=(?:has |have |had )?(?:caused|had an? (?:[\w-]+ )?(?:impact|effect) on|(?:helped|contributed) to)\b)/g,
    0.7,
  ],
  // Answers-33: a purpose named as part of a plan ("cutting prices as part of a plan to stay in
  // business", "as part of its new marketing drive").
  [
    /\bas part of (?:a|an|its|their|his|her|the) (?:[\w'’-]+ ){0,4}?(?:plan|plans|bid|drive|effort|efforts|strategy|campaign|promotion|push|attempt|programme|program|scheme|overhaul|restructuring|review|deal)\b/gi,
    0.7,
  ],
  // A cause named before "is to blame", "was behind", "were driving" ("A faulty part ... is to blame").
  [
    /\b(?:An?|The|an?|the|His|Her|Their|Its|his|her|their|its) (?:[\w'’-]+ ){0,5}?(?=(?:is|was|are|were) (?:(?:partly|largely|mainly|also) )?(?:to blame|driving)\b)/g,
    0.7,
  ],
  // Who is missing, and so why: "keen to sign a forward with Tom Ward out until May".
  [
    /\bwith (?:\p{Lu}[\p{L}'’-]+ ){1,3}(?:out|injured|absent|suspended|sidelined|unavailable|missing)\b/gu,
    0.6,
  ],
  // A cause said to be behind what happened: "A run of lawsuits is thought to lie behind the closure".
  [
    /\b(?:An?|The|an?|the|His|Her|Their|Its|his|her|their|its) (?:[\w-]+ ){0,4}?(?=(?:is|was|are|were) (?:(?:thought|said|believed|understood|likely) to (?:be|have been) )?behind\b)/g,
    0.7,
  ],
  [
    /\bover (?=(?:the |his |her |their |its )?(?:concerns?|fears?|claims?|allegations?|worries|doubts|a row|row|dispute|disagreements?)\b)/gi,
    0.6,
  ],
  // Answers-34b: a justification given after the event ("turned the plan down, saying it cost too
  // much", "came to back the change, arguing that ...").
  [/(?<=,\s)(?:arguing|saying|claiming|insisting|explaining) (?:that )?/gi, 0.5],
];

/** Words that end a name's run but mark it as an organisation. */
const ORGANISATION_WORDS =
  /\b(?:Inc|Ltd|Limited|plc|PLC|Group|Corp|Corporation|Holdings|Media|Ventures|Bank|Airlines|Airways|Motors|Systems|Technologies|Networks|Partners|Capital|Communications|Entertainment|Studios|Records|Pictures|Party|Union|Council|Commission|Association|Federation|Agency|Office|Ministry|Department|Company|Co|Fund|Trust|Foundation|Institute|University|College|Club|United|City|FC|Exchange|Authority|Services|Industries|Electronics|Software|Telecom|International|Enterprises)\b/;
/** A common noun after a name that makes it an organisation's: "the Northfield Rovers club". */
const ORGANISATION_AFTER =
  /^['’]?s?\s(?:club|side|team|firm|company|group|bank|airline|carrier|label|studio|network|channel|retailer|chain|party|union|giant|brand|maker|manufacturer|operator|agency|league)\b/i;
/** A role before a name that makes it a person's: "former assistant Ann Grey". */
const ROLE_BEFORE =
  /\b(?:assistant|coach|manager|boss|chief|executive|director|chairman|chairwoman|president|minister|secretary|spokesman|spokeswoman|founder|singer|actor|actress|star|player|striker|captain|MP|leader|head|editor|presenter|analyst|lawyer|judge|owner|deputy)\s$/i;
const HONORIFIC = /\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Prof|Professor|Rev)\.?\s$/;
/** A title opening a span: "Mr Morrow". */
const HONORIFIC_OPENS = /^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Prof|Professor|Rev)\.?\s+\p{Lu}/u;

/**
 * True when the words round a name say it is a person's, whatever its length: a title ("Mr
 * Morrow"), a role before it ("striker Ole Gunnar Solskjaer") or "who" after it ("Paul Tellier,
 * who"). A name of two words is only likely a person's (`nameSpans`); this is sure. Pure.
 */
export function surelyPerson(text: string, span: Pick<Span, 'text' | 'start' | 'end'>): boolean {
  const before = text.slice(Math.max(0, span.start - 30), span.start);
  return (
    HONORIFIC_OPENS.test(span.text) ||
    HONORIFIC.test(before) ||
    ROLE_BEFORE.test(before) ||
    /^,?\s+who\b/.test(text.slice(span.end, span.end + 24))
  );
}

/**
 * True when a span only repeats the question: all its words or numbers are the question's (titles
 * aside), or, for a name, any of its capitalized words is ("Mr Grey" when the question names Grey).
 */
function repeats(text: string, question: QuestionWords, name = false): boolean {
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.,-]*/gu) ?? [];
  const content = words.filter(
    (w) =>
      !/^(?:of|the|a|an|and|in|on|at|to|by|from|for|Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Prof)\.?$/i.test(w),
  );
  const named = question.names ?? question.stems;
  // "Ms Ortega-Ruiz" repeats "Lena Ortega-Ruiz" whether the name's parts were read apart or whole.
  const givenName = (w: string) =>
    named.has(stem(w)) ||
    question.lowerNamed?.has(stem(w)) === true ||
    (w.includes('-') && w.split('-').every((part) => part && named.has(stem(part))));
  if (name && content.some((w) => /^\p{Lu}/u.test(w) && givenName(w))) return true;
  if (content.length === 0) return true;
  return content.every((w) => {
    const plain = w.replace(/[.,]$/, '');
    return question.numbers.has(plain.replace(/,/g, '')) || question.stems.has(stem(plain));
  });
}

function matchesOf(text: string, re: RegExp, weight: number): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(re))
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length, weight });
  return out;
}

/** A word that narrows the date after it ("early in 2005", "late on Friday", "the end of next year"). */
const DATE_QUALIFIER =
  /\b(?:early|late|later|earlier|mid|middle of|the end of|the start of|the beginning of|the middle of)\s+$/i;

/**
 * A date with the word before it that narrows it, as one span: "early in 2005", not "in 2005"; a
 * date that opens with such a word already is left as it is. Pure.
 */
export function qualifiedDate(text: string, span: Span): Span {
  const q = DATE_QUALIFIER.exec(text.slice(Math.max(0, span.start - 24), span.start));
  if (!q || /^(?:early|late|mid|the end of)\b/i.test(span.text)) return span;
  const start = span.start - q[0].length;
  return { ...span, text: text.slice(start, span.end), start };
}

/** Drops spans inside a longer (or equally long, earlier) span, keeping the heavier where they overlap. */
function outermost(spans: Span[]): Span[] {
  const sorted = [...spans].sort(
    (a, b) => b.weight - a.weight || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const kept: Span[] = [];
  for (const s of sorted) if (!kept.some((k) => s.start < k.end && k.start < s.end)) kept.push(s);
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * A figure joined by a hyphen to a singular word ("a three-day trip", "an 18-month lease"): it
 * describes a noun, it does not count one ("two-thirds", a plural, is left alone).
 */
const HYPHENED = new RegExp(String.raw`^${A_NUMBER}-\p{L}+(?<![sS])$`, 'iu');
/** How much a hyphened figure's weight keeps as a count. */
const HYPHENED_COUNT = 0.4;
/** The most nouns a count is carried on to after a describing word ("12 mature oil fields"). */
const COUNTED_NOUNS = 3;

/** What a part ("12 of") is part of: "their 14 games", "the songs". */
const PART_OF = new RegExp(
  String.raw`^\s+(?:the|their|its|his|her|our|my|your|these|those)\s+(?:${A_NUMBER}\s+)?\p{Ll}[\p{L}-]*`,
  'u',
);

/**
 * A part ("12 of") carried on to its whole ("12 of their 14 games"). A count whose words end on a describing word ("15 mature", "750 hereditary", a singular noun as in
 * "40 derelict"), carried on to the nouns it counts ("12 mature oil fields"), as the tagger reads
 * them; unchanged without a tagger.
 */
function toCounted(source: SpanSource, span: Span): Span {
  if (/\sof$/.test(span.text)) {
    const whole = PART_OF.exec(source.text.slice(span.end))?.[0];
    return whole ? { ...span, text: span.text + whole, end: span.end + whole.length } : span;
  }
  if (!source.tags || !/\p{Ll}$/u.test(span.text)) return span;
  const tags = source.tags();
  const last = tags.findLastIndex((w) => w.start >= span.start && w.start < span.end);
  const lastWord = tags[last];
  // What it counts is a noun; a singular one before another noun only describes it ("40 derelict warehouses").
  const describing =
    lastWord !== undefined &&
    (['ADJ', 'VERB'].includes(lastWord.pos) || (lastWord.pos === 'NOUN' && !/s$/i.test(lastWord.text)));
  if (!describing) return span;
  let end = span.end;
  let at = span.end;
  // A describing word between the nouns ("70 duty free stores") is carried on to the noun after it.
  for (let k = last + 1; k <= last + COUNTED_NOUNS; k++) {
    const w = tags[k];
    if (
      (w?.pos !== 'NOUN' && w?.pos !== 'ADJ') ||
      !/^\p{Ll}/u.test(w.text) ||
      !/^\s+$/.test(source.text.slice(at, w.start))
    )
      break;
    at = w.start + w.text.length;
    if (w.pos === 'NOUN') end = at;
    // A plural noun is what is counted: nothing after it ("40 derelict warehouses| next spring").
    if (w.pos === 'NOUN' && /s$/i.test(w.text)) break;
  }
  return end === span.end ? span : { ...span, text: source.text.slice(span.start, end), end };
}

/** Words before a number that make it an age: "at the age of 15", "aged 19". */
const AGE_BEFORE = /\b(?:age of|aged)\s$/i;
/** What an age counts for where no age is asked ("how many", not "how old"). */
const AGE_NOT_ASKED = 0.6;

/** A number just after another and a slash ("9/11", "24/7"): part of a date or a name, not a figure. */
const SLASHED = /\d\/$/;

/** What an amount converted in brackets after the one written first counts for ("$7bn (£3.6bn)"). */
const CONVERSION = 0.7;

/**
 * What the first figure of "from X to Y" counts for (the level left: "cut tax from 30% to 29%",
 * "its share rose from 62% ... to 68%"), where the question does not ask what it was before.
 */
const LEVEL_LEFT = 0.6;
/** "from" just before a figure. */
const FROM_BEFORE = /\bfrom\s+$/i;
/** The words between the two figures of "from X to Y": the clause goes on, then "to" (and "more than", "almost"). */
const TO_BETWEEN = /^[^.;:!?()]{0,60}?\bto\s+(?:[a-z]+\s+){0,2}$/;
/** Question words that ask for the level left ("from what", "what was it before"). */
const LEVEL_BEFORE_ASKED = ['from', 'befor', 'previou', 'earlier', 'former', 'old'];

/**
 * True when a figure is the level left in "from X to Y": "from" before it, and a figure of the same
 * kind after it that "to" introduces within the clause. Pure.
 */
export function levelLeft(text: string, q: Quantity, quantities: readonly Quantity[]): boolean {
  if (!FROM_BEFORE.test(text.slice(0, q.start))) return false;
  const next = quantities.find((p) => p.start >= q.end && p.kind === q.kind);
  return next !== undefined && TO_BETWEEN.test(text.slice(q.end, next.start));
}

/** "between" before a figure: the figure after the "and" that follows closes one range with it. */
const BETWEEN = /\bbetween\s+$/i;

/**
 * Joins each pair of neighbouring spans that `isRange` says form one range into one span, at the
 * weight of the surer (in place: the pair is replaced by the range). Pure but for `spans`.
 */
function joinPairs(spans: Span[], text: string, isRange: (a: Span, b: Span) => boolean): void {
  spans.sort((a, b) => a.start - b.start);
  for (let i = 0; i + 1 < spans.length; i++) {
    const a = spans[i];
    const b = spans[i + 1];
    if (!a || !b || !isRange(a, b)) continue;
    spans.splice(i, 2, {
      ...a,
      text: text.slice(a.start, b.end),
      end: b.end,
      weight: Math.max(a.weight, b.weight),
    });
  }
}

/** "Between 12,000 and 18,000 couples": the two figures of a range written with "between" are one span. */
function joinBetween(text: string, spans: Span[]): void {
  joinPairs(
    spans,
    text,
    (a, b) => BETWEEN.test(text.slice(0, a.start)) && /^\s+and\s+$/.test(text.slice(a.end, b.start)),
  );
}

/** A bare number, in digits or in words, with nothing of its own after it ("25" of "25 to 30 seats"). */
const BARE_NUMBER = new RegExp(`^(?:${A_NUMBER})$`, 'iu');
/** A figure that opens on its number ("30 seats", "three jobs"), not on a word or a sign. */
const OPENS_ON_A_NUMBER = new RegExp(String.raw`^(?:\d|(?:${NUMBER_WORDS})\b)`, 'iu');

/**
 * "25 to 30 seats", "two or three jobs": a bare number, then "to" or "or" and a figure, is one range,
 * unless "from" opens it ("from 25 to 30 seats" tells a change, see levelLeft).
 */
function joinRanges(text: string, spans: Span[]): void {
  joinPairs(
    spans,
    text,
    (a, b) =>
      BARE_NUMBER.test(a.text) &&
      /^\s+(?:to|or)\s+$/.test(text.slice(a.end, b.start)) &&
      OPENS_ON_A_NUMBER.test(b.text) &&
      !FROM_BEFORE.test(text.slice(0, a.start)),
  );
}

/** A verb of movement just before a figure ("surged 55%", "jumped by 3.8%", "was up 6 pence"): the figure is the change. */
const MOVED_BEFORE =
  /\b(?:up|down|rose|rise|rises|risen|rising|fell|fall|falls|fallen|falling|jumped|jump|jumps|climbed|climbs|surged|surges|soared|soars|plunged|plunges|plummeted|slumped|slumps|dropped|drops|dipped|dips|slid|slides|slipped|slips|tumbled|tumbles|sank|sinks|grew|grows|grown|gained|gains|lost|loses|increased|increases|decreased|decreases|declined|declines|rallied|advanced|added|shed|eased|edged (?:up|down|higher|lower))(?:\s+by)?\s+(?:(?:almost|nearly|about|around|some|just|more than|less than|over|a further|another)\s+)?$/i;
/** A noun of movement just after a figure ("a 14% jump in profits", "a 3% fall"): the figure is the change. */
const MOVE_AFTER =
  /^\s*(?:jump|rise|fall|increase|decrease|drop|gain|growth|climb|surge|slump|decline|dip|slide|cut|rally|leap|boost|hike|reduction)\b/i;

/** True when a figure is a change: read so by its quantity, or told by a verb of movement before it or a noun of one after it. Pure. */
export function movedBy(text: string, q: Pick<Quantity, 'start' | 'end' | 'change'>): boolean {
  return (
    q.change === true ||
    MOVED_BEFORE.test(text.slice(Math.max(0, q.start - 60), q.start)) ||
    MOVE_AFTER.test(text.slice(q.end, q.end + 20))
  );
}

/**
 * What a figure counts for, over its kind's weight `kind`, where a change is asked ("by how much", "how
 * much did shares jump"): a change in full, as surely a percentage as a sum (a movement is told in
 * either: its kind's weight is undone); a level less, a percentage that is none less than a sum.
 */
function changeWeight(text: string, q: Quantity, kind: number): number {
  if (movedBy(text, q)) return q.kind === 'percent' && kind > 0 ? 1 / kind : 1;
  return q.kind === 'percent' ? 0.9 : 0.75;
}

/** Stems of words that tell a movement of a figure ("rise", "fell", "growth", "cut", "up"). */
const MOVEMENT_STEM =
  /^(?:up|down|eas|far|cut|add|dip|los|lost|more|less|mov|move|fell|rose|grew|sank|sink|swung|shed|extra)$|^(?:ris|fall|drop|gain|grow|jump|climb|surg|slump|declin|slid|slip|increas|decreas|boost|soar|plung|plummet|tumbl|chang|ralli|hike|reduc|shrank|shrink|expan|improv|wors|swing|differ|higher|lower|recover|rebound|widen|narrow|doubl|tripl|halv)/;

/** True when a word of the question tells a movement of a figure (or may: "how far", "more"). Pure. */
function movementAsked(question: Pick<QuestionWords, 'stems'>): boolean {
  return [...question.stems].some((w) => MOVEMENT_STEM.test(w));
}

/**
 * What a percentage told as a change ("soared by 20%", "up 5%") counts for where the question asks no
 * movement at all: a level asked ("what share of the audience") is the level the sentence gives
 * (span-33). Percentages only: "lost 9 of their 11 games", "lost $5m" tell no change of a level.
 */
const CHANGE_NOT_ASKED = 0.8;

function figureSpans(source: SpanSource, wants: AnswerType, question: QuestionWords): Span[] {
  const kinds = figureKinds(wants);
  const countedNouns = question.counted;
  const ageAsked = question.stems.has('old') || question.stems.has('age');
  const perAsked =
    ['per', 'each', 'a', 'an'].some((w) => question.stems.has(w)) || question.stems.has('rate');
  const spans: Span[] = [];
  // A fact that states no quantity of the kinds asked gives no span of them: its quantities unread.
  const stated = [...kinds.keys()].some((kind) => source.states?.(kind as QuantityKind) ?? true);
  for (const q of stated ? source.quantities : []) {
    const weight = kinds.get(q.kind);
    if (
      weight === undefined ||
      SLASHED.test(source.text.slice(0, q.start)) ||
      /^\/\d/.test(source.text.slice(q.end))
    )
      continue;
    // "$7bn (£3.6bn)": an amount in brackets after another is the same one converted, not an answer of its own.
    const converted =
      q.kind === 'money' &&
      source.quantities.some(
        (p) =>
          p.kind === 'money' &&
          p.end <= q.start &&
          /^\s*(?:\(|;)\s*$/.test(source.text.slice(p.end, q.start)),
      );
    const left =
      !LEVEL_BEFORE_ASKED.some((w) => question.stems.has(w)) && levelLeft(source.text, q, source.quantities);
    const counted =
      q.kind === 'count' ? toCounted(source, { text: q.text, start: q.start, end: q.end, weight }) : q;
    // "at the age of 15", "aged 19": an age, told with its words; what "how old" asks, rarely "how many".
    const age = q.kind === 'count' ? AGE_BEFORE.exec(source.text.slice(0, counted.start)) : null;
    const span = age
      ? { text: source.text.slice(age.index, counted.end), start: age.index, end: counted.end }
      : counted;
    spans.push({
      text: span.text,
      start: span.start,
      end: span.end,
      // A rate ("$7 a share") answers "how much" less surely than a total, unless a rate is asked.
      weight:
        weight *
        (q.kind === 'count' ? countWeight(source.text, span, countedNouns) : 1) *
        (q.kind === 'count' && HYPHENED.test(q.text) ? HYPHENED_COUNT : 1) *
        (q.per && !perAsked ? 0.7 : 1) *
        (converted ? CONVERSION : 1) *
        (left ? LEVEL_LEFT : 1) *
        (age && !ageAsked ? AGE_NOT_ASKED : 1) *
        (question.change
          ? changeWeight(source.text, q, weight)
          : q.kind === 'percent' && !movementAsked(question) && movedBy(source.text, q)
            ? CHANGE_NOT_ASKED
            : 1),
    });
  }
  joinBetween(source.text, spans);
  joinRanges(source.text, spans);
  if (kinds.has('count')) {
    const w = kinds.get('count') ?? 1;
    spans.push(...matchesOf(source.text, TALLY, 0.8 * w));
    for (const found of matchesOf(source.text, WORD_COUNT, 0.8 * w)) {
      const s = toCounted(source, found);
      spans.push({ ...s, weight: s.weight * countWeight(source.text, s, countedNouns) });
    }
  }
  return spans;
}

/** Runs of two or more capitalized words: names the tagger may miss at the start of a sentence. */
const CAPITALIZED_RUN = /\p{Lu}[\p{L}\p{M}&.-]*(?:\s+\p{Lu}[\p{L}\p{M}&.-]*)+/gu;
const LEADING_FUNCTION_WORD =
  /^(?:The|A|An|In|On|At|But|And|As|For|If|When|While|After|Before|Since|It|He|She|They|We|This|That|Its|His|Her|Their)\s+/;

/**
 * A tagger's name as the fact writes it: the tagger joins words across a possessive and a comma
 * ("Easton Grand Hall" for "at Easton's Grand Hall", "Ostrava Freedonia" for "in Ostrava,
 * Freedonia"), which the text does not hold as written. A possessive stays inside the name ("a
 * place in a place": "Easton's Mill Road"), a comma parts two names, "&" joins one ("Ward &
 * Bloggs"). The name itself when the text writes it so, or when no written form is found.
 */
function writtenNames(text: string, name: string): string[] {
  if (text.includes(name)) return [name];
  const words = name.split(/\s+/).map(escapeRegExp);
  const m = new RegExp(words.join(String.raw`(?:['’]s?)?(?:\s*,\s*|\s+&\s+|\s+)`), 'u').exec(text);
  if (!m) return [name];
  return m[0].split(/\s*,\s*/).filter((p) => p.length > 1);
}

/**
 * The capitalized nouns that end a venue's or an institution's name ("Brindle Park", "Easton School"):
 * a run of capitalized words that a tagger's name opens and one of these ends names that place, so
 * it stands for the tagger's shorter name.
 */
const VENUE =
  /^(?:\s+\p{Lu}[\p{L}'’-]*)*\s+(?:Park|Stadium|Arena|Hall|Centre|Center|Square|Gardens|Palace|House|Castle|Theatre|Theater|Airport|Station|Market|Hospital|School|College|University|Museum|Gallery|Cathedral|Abbey|Ground|Racecourse|Circuit|Studios|Prison|Tower|Hotel|Library|Bridge|Street|Road)$/u;

/**
 * A word that ends a sentence inside a name's run: two letters or more and a full stop ("Rising Moon.
 * Call of Fate" is two names), not an abbreviation that stays a name's ("Inc.", "St.", "Mr.").
 */
const STOP_WORD = /(?<=\p{L}{2})\.(?=\s)/u;
const STAYS_BEFORE_STOP =
  /\b(?:Inc|Ltd|Co|Corp|Jr|Sr|St|Bros|Mt|Ave|Mr|Mrs|Ms|Dr|Prof|Rev|Gen|Gov|Sen|Rep|Capt|Col|Lt|Sgt)$/;

/** A name or a run cut where a sentence ends inside it (STOP_WORD): its parts, without the stop. */
function partsAtStops(name: string): string[] {
  const parts: string[] = [];
  let rest = name;
  for (;;) {
    const at = rest.search(STOP_WORD);
    if (at < 0 || STAYS_BEFORE_STOP.test(rest.slice(0, at))) break;
    parts.push(rest.slice(0, at));
    rest = rest.slice(at + 1).trim();
  }
  parts.push(rest);
  return parts.filter((p) => p.length > 1);
}

/** A capitalized word just after a name, which the tagger left out of it ("Tom| Ward", "Grey's Royal| Theatre"). */
const NAME_WORD_AFTER = /^ (\p{Lu}[\p{L}\p{M}&'’-]*\p{L}|\p{Lu})(?=[\s,;:)!?"”]|\.?$|\.\s)/u;
/** A capitalized word just before a name, after a word in lower case ("the console game Rising| Moon"). */
const NAME_WORD_BEFORE = /(?<=[\p{Ll},] )(\p{Lu}[\p{L}\p{M}&-]*\p{L}) $/u;
/**
 * Capitalized words that join no name: days and months, "I", function words opening a clause, and
 * titles ("Mr" stays before the name it marks as a person's: see HONORIFIC).
 */
const NOT_A_NAME_WORD = new RegExp(
  `^(?:${DAY}|${MONTH_OR_SHORT}|I|The|A|An|In|On|At|But|And|As|For|If|When|While|After|Before|Since|It|He|She|They|We|This|That|Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Prof|Professor|Rev)$`,
  'i',
);

/**
 * A tagger's name run on through the capitalized words it left out on either side, as written
 * ("Tom" of "Tom Ward", "Moon" of "Rising Moon"): a capitalized word inside a sentence belongs to the
 * name it stands against. Never across a possessive before it ("Ashby TV's| Tom Ward") nor a
 * sentence's end.
 */
function grownName(text: string, name: string): string {
  const at = text.indexOf(name);
  if (at < 0) return name;
  let start = at;
  let end = at + name.length;
  for (let m = NAME_WORD_AFTER.exec(text.slice(end)); m; m = NAME_WORD_AFTER.exec(text.slice(end))) {
    const word = (m[1] ?? '').replace(/['’]s?$/, '');
    if (NOT_A_NAME_WORD.test(word) || /['’]s$/.test(text.slice(start, end))) break;
    end += 1 + word.length;
    if (word.length < (m[1] ?? '').length) break;
  }
  for (
    let m = NAME_WORD_BEFORE.exec(text.slice(0, start));
    m && !NOT_A_NAME_WORD.test(m[1] ?? '');
    m = NAME_WORD_BEFORE.exec(text.slice(0, start))
  )
    start -= (m[1] ?? '').length + 1;
  return text.slice(start, end);
}

/** The names of a fact: the tagger's (as written), capitalized runs it missed, venues it cut short (VENUE). */
function namesOf(source: SpanSource): string[] {
  const names = [
    ...new Set(
      source
        .names()
        .flatMap((n) => writtenNames(source.text, n))
        .flatMap(partsAtStops)
        .map((n) => grownName(source.text, n)),
    ),
  ];
  for (const run of [...source.text.matchAll(CAPITALIZED_RUN)].flatMap((m) =>
    partsAtStops(m[0]).map((p) => p.replace(LEADING_FUNCTION_WORD, '').replace(/['’]s$/, '')),
  )) {
    if (!run.includes(' ') || /\bI\b/.test(run)) continue;
    // "Brindle Park", "the Easton School": a name the tagger ended before the noun of the venue it names.
    const venue = names.findIndex((n) => run.startsWith(`${n} `) && VENUE.test(run.slice(n.length)));
    if (venue >= 0) names[venue] = run;
    else if (!names.some((n) => n.includes(run) || run.includes(n))) names.push(run);
  }
  // "Scottish club Harbourside": a name after a noun of organisation, which the tagger may read as a noun.
  for (const m of source.text.matchAll(NAME_AFTER_ORGANISATION)) {
    const name = m[1] ?? '';
    if (!names.some((n) => n.includes(name))) names.push(name);
  }
  return names;
}

/** Common nouns naming an organisation ("club", "law firm"). */
const ORGANISATION_NOUNS =
  'club|side|team|firm|company|group|bank|airline|carrier|label|studio|network|channel|retailer|chain|party|union|giant|brand|maker|manufacturer|operator|agency|consultancy|drugmaker|carmaker|publisher|broadcaster|charity';
/** A common noun naming an organisation, then a name: "club Harbourside", "law firm Grey Marlow". */
const NAME_AFTER_ORGANISATION = new RegExp(
  String.raw`\b(?:${ORGANISATION_NOUNS})\s+(\p{Lu}[\p{L}\p{M}&'’-]*(?:\s+\p{Lu}[\p{L}\p{M}&'’-]*)*)`,
  'gu',
);
/** Words a name's run may open with that are not the name: roles and titles ("MP", "Labour MP"). */
const ROLE_WORD =
  /^(?:MP|MPs|MEP|MSP|AM|PM|CEO|Chancellor|Minister|President|Chairman|Coach|Manager|Boss|Director|Chief)$/;

/**
 * A tagger's run may hold the question's own names and roles before a new name ("Labour MP Ann
 * Grey"): the new name is what answers, so those leading words are left out.
 */
function withoutAsked(name: string, question: QuestionWords): string {
  const asked = question.names ?? question.stems;
  const words = name.split(/\s+/);
  let i = 0;
  while (i < words.length - 1 && (asked.has(stem(words[i] ?? '')) || ROLE_WORD.test(words[i] ?? ''))) i++;
  return words.slice(i).join(' ');
}

/** After a name: one to three lower-case words, then a capitalized word ("Talent Quest| supremo Ann Grey"). */
const BEFORE_A_NAME = /^\s+((?:[a-z][\w'’-]*\s+){1,3})(\p{Lu}[\p{L}\p{M}'’-]*)/u;

/**
 * True when a name only describes a name the question gives, as nouns before it do ("Talent Quest
 * supremo Ann Grey", "Easton rail consortium Harbour Lines"): who or what the question's
 * subject is, rarely what it asks, unless those nouns are the question's own ("boss").
 */
function describesAsked(source: SpanSource, end: number, question: QuestionWords): boolean {
  const m = BEFORE_A_NAME.exec(source.text.slice(end, end + 60));
  const next = m?.[2]?.replace(/['’]s$/, '');
  if (!m || !next || !(question.names ?? question.stems).has(stem(next)) || !source.tags) return false;
  const to = end + m[0].length - (m[2]?.length ?? 0);
  const between = source.tags().filter((w) => w.start >= end && w.start < to);
  return (
    between.length > 0 &&
    between.every((w) => ['NOUN', 'ADJ', 'PROPN'].includes(w.pos) && !question.stems.has(stem(w.text)))
  );
}

/** True when a common noun follows a name: the name describes it ("an Easton grand jury"). */
function modifies(source: SpanSource, end: number, question: QuestionWords): boolean {
  if (!/^\s+\p{Ll}/u.test(source.text.slice(end, end + 3)) || !source.tags) return false;
  const next = source.tags().find((w) => w.start > end);
  // Unless the noun is what the question asks about ("Harbour Line boss": "whose boss?").
  return (
    next !== undefined &&
    next.pos === 'NOUN' &&
    !/^(?:who|which|that)$/.test(next.text) &&
    !question.stems.has(stem(next.text))
  );
}

/** Words ending in a full stop that stay a name's ("Inc.", "Jr."): any other ends the sentence. */
const ABBREVIATION = /\b(?:Inc|Ltd|Co|Corp|Jr|Sr|St|Bros|Mt|Ave)\.$/;
/**
 * The last word of an institution's name, which "of" and a name may carry on ("Royal Academy of
 * Dance"), or of a title held of a place ("the Bishop of Ashby", "the Mayor of Easton").
 */
const INSTITUTION =
  /\b(?:Academy|Society|Museum|Gallery|School|College|University|Institute|Institution|Bank|Council|Court|Church|Department|Ministry|Office|Board|Federation|Association|Union|Chamber|Confederation|Commission|Committee|Organisation|Organization|League|Party|Republic|Kingdom|Trust|Foundation|Fund|Agency|Authority|Service|Centre|Center|Order|Guild|Festival|Corps|Archbishop|Bishop|Duke|Duchess|Earl|Countess|Prince|Princess|Mayor|Governor|Dean)$/;
/** "of", "the" maybe, then a capitalized run: the rest of an institution's name. */
const OF_A_NAME = /^\s+of\s+(?:the\s+)?\p{Lu}[\p{L}\p{M}'’-]*(?:\s+(?:and\s+|&\s+)?\p{Lu}[\p{L}\p{M}'’-]*)*/u;

/**
 * Where a name found at `start` ends in the fact: without the full stop that ends the sentence
 * ("the Easton Rovers."), and on through "of" for an institution ("Northern Academy| of Music").
 */
function nameEnd(text: string, start: number, name: string): string {
  let out = /\p{L}{2,}\.$/u.test(name) && !ABBREVIATION.test(name) ? name.slice(0, -1) : name;
  if (INSTITUTION.test(out)) {
    const more = OF_A_NAME.exec(text.slice(start + out.length))?.[0].replace(/['’]s$/, '');
    if (more) out += more;
  }
  return out;
}

/**
 * A number just after a name, which is part of a thing's name ("Zedquest 3", "Series 60", "Windows
 * 2000"); not a count or a figure ("sold 3 million", "3%", "2,000", "3 points").
 */
const NAME_NUMBER =
  /^\s\d{1,4}(?:\.\d)?\b(?![,.]?\d|\s?%|\s?(?:per|percent|million|billion|bn\b|m\b|years?|months?|weeks?|days?|hours?|minutes?|points?|goals?|runs?|times)\b)/;

/** Where a thing is asked (`thing`), a name runs on through the number after it (NAME_NUMBER). */
function withNumber(text: string, start: number, name: string, thing: boolean): string {
  const more = thing ? NAME_NUMBER.exec(text.slice(start + name.length))?.[0] : undefined;
  return more ? name + more : name;
}

/** A noun of place just before a name, which makes it a place: "the capital Zorna", "the town of Ashby". */
const PLACE_NOUN =
  /\b(?:capital|city|town|hometown|birthplace|village|country|nation|region|county|state|island|islands|province|port|district|suburb|resort)(?:\s+of)?\s$/i;

/** A name that ends on a word naming an event, not a person nor an organisation: "the Easton Open". */
const EVENT_NAME =
  /\s(?:Forum|Tournament|Championships?|Open|Cup|Games|Olympics|Awards|Prizes?|Festival|Conference|Summit|Prix|Trophy|Expo|Congress|Convention)$/;
/** What an event's name counts for as who did what is asked (span-33). */
const EVENT_NOT_WHO = 0.5;

/** What a name counts for as a place when it owns the common noun after it ("the Party's conference"). */
const OWNER_OF_A_PLACE = 0.5;

/** What a person's name counts for when a "which" question asks for a thing (a film, a book, a prize). */
const NOT_A_THING = 0.5;

/** What a name before the noun asked counts for when another name follows that noun ("Scottish club Harbourside"). */
const DESCRIBING_THE_KIND = 0.5;

function nameSpans(source: SpanSource, wants: AnswerType, question: QuestionWords): Span[] {
  const spans: Array<Span & { named?: boolean }> = [];
  for (const run of namesOf(source)) {
    const at = source.text.indexOf(run);
    if (at < 0) continue;
    const asked = withoutAsked(run, question);
    const start = at + run.lastIndexOf(asked);
    const name = withNumber(source.text, start, nameEnd(source.text, start, asked), question.thing === true);
    const words = name.split(/\s+/).length;
    const after = source.text.slice(start + name.length, start + name.length + 24);
    const before = source.text.slice(Math.max(0, start - 30), start);
    // "a US-based firm", "the Northfield Rovers club": what follows a name says what it names.
    const placeLike = /^[\s-]based\b/i.test(after);
    const organisation =
      !placeLike &&
      (ORGANISATION_WORDS.test(name) || ORGANISATION_AFTER.test(after) || /^[A-Z]{2,}$/.test(name));
    // People are not "the Easton Herald": a name after "the" is a thing's or an organisation's.
    const afterThe = /\bthe\s$/i.test(before);
    // "Mr Grey", "coach Grey", "Grey, who": a person, however short the name.
    const surely = HONORIFIC.test(before) || ROLE_BEFORE.test(before) || /^,?\s+who\b/.test(after);
    // "Deputy Secretary of the Ashby Board Ann Grey": a title alone names no one (span-33).
    if (words === 1 && TITLE_WORD.test(name)) continue;
    // "the Easton Open", "the Book Prizes": an event's name is no one's who did the thing asked (span-33).
    const event = EVENT_NAME.test(name);
    const person = !organisation && !placeLike && !event && (surely || (words >= 2 && !afterThe));
    let weight = words >= 2 || surely ? 1 : 0.75;
    if (/^[A-Z]{2,3}$/.test(name) || placeLike) weight *= 0.6;
    // "An Easton grand jury", "Scottish club Harbourside": a name before a common noun describes it.
    // "uncapped Ashby defender Tom Ward": for "which club is Tom Ward with", the name describing him is his club.
    const describesPerson = describesAsked(source, start + name.length, question);
    const affiliation = wants === 'organisation' && describesPerson;
    const describing = modifies(source, start + name.length, question);
    if (describing && !affiliation) weight *= 0.5;
    // "the Easton Gazette has reported", "according to Wirenews": who reports it, not who did it.
    if (
      /^\s+(?:has |have |had )?(?:reported|reports|said|says|told|quoted|cited)\b/.test(after) ||
      /\b(?:according to|reports in|reported by|told|quoted by|quoted in)\s(?:the\s)?$/i.test(before)
    )
      weight *= 0.6;
    // "in Easton", "near Ashby": a place, not who did it (a film's name may follow "in", "starred in").
    if (wants !== 'place' && !question.thing && /\b(?:in|near|at)\s$/.test(before) && !organisation)
      weight *= 0.6;
    // "Scottish club Harbourside", "the Polish capital": a nationality describes, it names nothing.
    if (!question.thing && isDemonym(name) && /^\s+\p{Ll}/u.test(after)) continue;
    if (describesPerson && !affiliation) weight *= 0.5;
    // "Scottish club Harbourside" for "which club": a name before the noun asked, another name after it, describes.
    const nounAfter = /^\s+([a-z][a-z-]*)\s+\p{Lu}/u.exec(after)?.[1];
    if (question.kindNoun && nounAfter && stem(nounAfter) === question.kindNoun)
      weight *= DESCRIBING_THE_KIND;
    if (event && (wants === 'person' || wants === 'organisation' || wants === 'name') && !question.thing)
      weight *= EVENT_NOT_WHO;
    if (wants === 'organisation') weight *= organisation ? 1 : person ? 0.6 : 0.8;
    if (wants === 'person') weight *= person ? 1 : organisation ? 0.5 : 0.8;
    if (wants === 'name' && question.thing) weight *= surely && !organisation ? 0.4 : organisation ? 0.6 : 1;
    else if (wants === 'name') weight *= person ? 1 : organisation ? 0.85 : 0.8;
    // "which film", "which prize": a thing is asked, and a name sure to be a person's ("actor Ann Grey") is not one.
    if (wants === 'name' && !question.thing && question.kindNoun && surely && !organisation)
      weight *= NOT_A_THING;
    // forms-35: "Weston, Ruritania" for "where in Ruritania": a place inside the one the question names is the place asked.
    const venueAt =
      wants === 'place' && VENUE.test(` ${name}`) && /\b(?:in|at|near)\s(?:the\s)?$/i.test(before);
    const inside =
      wants === 'place' &&
      !surely &&
      insideNamedPlace(source.text, name, start + name.length, question.names ?? question.stems);
    if (wants === 'place') {
      const before = source.text.slice(Math.max(0, start - 20), start);
      // "in Easton", "the capital Zorna", "in the Polish capital Easton": after "in" or "at", or after a
      // noun of place (PLACE_NOUN), however many words stand between "in" and that noun.
      const placed = /\b(?:in|at|to|near|from|into)\s(?:the\s)?$/i.test(before) || PLACE_NOUN.test(before);
      // "held at the Easton Centre": a venue's name after "at" or "in" is a place, whatever its last word (forms-35).
      weight = placed ? (organisation && !venueAt ? 0.5 : 1) : 0.4;
      // "in the Lebanese capital Zorna": a word of nationality before a common noun describes it; "the Bobby
      // Grey school": a name describing a noun, not after "in" or "at", is less surely the place.
      if (describing && (isDemonym(name) || !placed)) weight *= 0.5;
      // "in Grey's hometown of Ashby", "at the Party's conference in Easton": an owner before a
      // common noun names whose it is, not where.
      if (/^['’]s?\s+\p{Ll}/u.test(after)) weight *= OWNER_OF_A_PLACE;
    }
    // "the law firm Ward Hale", "club Harbourside", "the Palestinian leader, Ann Grey": a name just after the
    // noun asked (or set off from it by a comma) is named as one.
    const nounBefore = /([a-z][a-z-]*),?\s$/.exec(before)?.[1];
    const namedAsAsked =
      question.kindNoun !== undefined && nounBefore !== undefined && stem(nounBefore) === question.kindNoun;
    // forms-35: "the Easton Deep mine", "the Ashby Symphony Orchestra": the sentence names it as the kind asked.
    const asKind = namedAsKind(source.text, start, name, question.kindNoun);
    if (namedAsAsked || inside) {
      spans.push({
        text: name,
        start,
        end: start + name.length,
        weight: 1,
        named: true,
        ...(wants === 'person' || wants === 'organisation' || wants === 'place' ? { kind: wants } : {}),
        ...(asKind ? { asKind } : {}),
      });
      continue;
    }
    const kind: NameKind | undefined = venueAt
      ? 'place'
      : organisation
        ? 'organisation'
        : placeLike || /\b(?:in|near|at|from|into)\s(?:the\s)?$/.test(before)
          ? 'place'
          : person
            ? 'person'
            : undefined;
    // "Tom Ward was asked by the ministers" for "who asked ...": the subject of the question's verb in
    // the passive is who it was done to, not who did it.
    const passive = PASSIVE_AFTER.exec(source.text.slice(start + name.length))?.[1];
    if (passive && question.stems.has(stem(passive.toLowerCase())) && wants !== 'place')
      weight *= PASSIVE_SUBJECT;
    spans.push({
      text: name,
      start,
      end: start + name.length,
      weight,
      ...(kind ? { kind } : {}),
      ...(asKind ? { asKind } : {}),
    });
  }
  if (wants === 'place') joinPlaces(source.text, spans, question);
  // Where one name is named as the kind asked ("thriller writer Tom Ward"), the others are not of it.
  if (spans.some((s) => s.named))
    return spans.map(({ named, ...s }) => (named ? s : { ...s, weight: s.weight * OTHER_THAN_NAMED }));
  return spans;
}

/**
 * One place written in parts: "Easton, Zedshire" (a place, a comma, a larger place), "Easton and
 * Weston", "Ruritania and Zedonia" (places joined by "and"), when the first is no person's or
 * organisation's name and the second neither, and the question names neither; joined into one
 * span, at the weight of the surer.
 * Pure but for `spans`.
 */
function joinPlaces(text: string, spans: Span[], question: QuestionWords): void {
  // A part the question names stays apart: the other part is what answers ("Easton" of "where in Zedshire").
  const placeLike = (s: Span) =>
    (s.kind === undefined || s.kind === 'place') && !repeats(s.text, question, true);
  joinPairs(spans, text, (a, b) => {
    if (!placeLike(a) || !placeLike(b) || !/^\p{Lu}/u.test(b.text)) return false;
    const between = text.slice(a.end, b.start);
    if (/^\s+and\s+$/.test(between)) return true;
    return /^,\s+$/.test(between) && AFTER_A_PLACE.test(text.slice(b.end));
  });
}

/** A verb in the passive just after a name ("was asked by", "had been sacked by"): group 1, the verb. */
const PASSIVE_AFTER =
  /^\s+(?:is|are|was|were|has been|have been|had been|will be|being|been)\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+(?:ed|en|wn|ght|t))\s+by\b/u;
/** What a name counts for as who did what the question asks, when the question's verb is done to it. */
const PASSIVE_SUBJECT = 0.5;
/** What another name counts for where one of a sentence's names is named as the kind asked. */
const OTHER_THAN_NAMED = 0.7;

/**
 * An "as" that opens no clause but names a role or an example: "such as Ashby and Easton", "will act as a
 * media consultant to ...", "sacked as Easton coach just months after taking charge". Read
 * as "such" before it, or a verb just before it (past "down", "out", "up", "off": "stepped down as")
 * with no finite verb after it in its span (by the tagger: an auxiliary, or a verb not in -ing) and
 * no "a ... of" ("as a consequence of poor weather" gives a cause). Such a span still tells the
 * sentence may hold a reason (it counts for the ranking) but is not given as one. Pure.
 */
export function asWithoutClause(text: string, span: Span, tags: () => readonly TaggedWord[]): boolean {
  if (!/^as\b/i.test(span.text)) return false;
  const before = text.slice(0, span.start);
  if (/\bsuch\s+$/i.test(before)) return true;
  if (/^as an? [\w-]+ of\b/i.test(span.text)) return false;
  const tagged = tags();
  const ahead = tagged.filter((w) => w.start < span.start && !/^(?:down|out|up|off)$/i.test(w.text)).at(-1);
  if (
    ahead?.pos !== 'VERB' ||
    !/^\s*(?:(?:down|out|up|off)\s+)?$/i.test(text.slice(ahead.start + ahead.text.length, span.start))
  )
    return false;
  const after = span.start + 2;
  return !tagged.some(
    (w) =>
      w.start >= after &&
      w.start < span.end &&
      (w.pos === 'AUX' || (w.pos === 'VERB' && !/ing$/i.test(w.text))),
  );
}

/**
 * The share of a reason span's weight kept when the span itself holds the event asked rather than
 * its cause: two or more of the question's claim slots inside it and fewer outside ("Its stock sank
 * after the carrier said its money might soon be gone" under "why might its money be gone?").
 */
export const EVENT_IN_REASON = 0.5;

/** Whether a reason span holds the event asked (by `question.claim`) more than the rest of its sentence does. Pure. */
export function holdsEvent(
  text: string,
  span: Pick<Span, 'start' | 'end'>,
  claim?: ReadonlyArray<ReadonlySet<string>>,
) {
  if (!claim || claim.length < 2) return false;
  const inside = claimShare(text.slice(span.start, span.end), claim) * claim.length;
  const outside = claimShare(`${text.slice(0, span.start)} ${text.slice(span.end)}`, claim) * claim.length;
  return inside >= 2 && inside > outside;
}

/**
 * The share of a reason span's weight kept when the clause it is attached to (the words before it, back
 * to a semicolon, a colon, a dash or the sentence's start) holds none of the question's claim words: it
 * gives the cause of another event ("Tom Ward sat out the last game because of a sore wrist" under
 * "why is Ward seeking a second opinion?"). A connective's clause only: a verb of cause names its event.
 */
export const REASON_ELSEWHERE = 0.75;

/**
 * A clause that points back to the event told before it ("This is because ...", "we can do that, because
 * ...", "the decision came due to ..."): it may be the event asked, whatever its words.
 */
const ANAPHOR =
  /\b(?:(?:this|that) (?:is|was|has|had|will|would)|(?:do|did|does|doing) (?:that|this|so)|the (?:decision|move|step|switch|change|changes))\b/i;

/** Whether `a` and `b`, two stems, are one word or one is the other lengthened ("resign", "resignation"). */
const sameWord = (a: string, b: string) =>
  a === b || (Math.min(a.length, b.length) >= 5 && (a.startsWith(b) || b.startsWith(a)));

/**
 * Whether the clause a reason span explains tells the event asked: one of the question's claim words
 * (each slot's stems and paraphrases) among the words before the span, back to a semicolon, a colon, a
 * dash or the start (a word's parts across a hyphen each count; "unenforceable" holds "enforce"). A
 * span opening its sentence (or its clause) has its event after it: true. Pure.
 */
export function attachedToEvent(
  text: string,
  span: Pick<Span, 'start'>,
  claim: ReadonlyArray<ReadonlySet<string>>,
): boolean {
  const before = text.slice(0, span.start);
  const boundary = Math.max(before.search(/[;:][^;:]*$/), before.search(/\s[-–—]\s(?:(?!\s[-–—]\s).)*$/));
  const clause = before.slice(boundary < 0 ? 0 : boundary + 1);
  const words = (clause.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? []).map((w) => stem(w.toLowerCase()));
  if (words.length < 2 || ANAPHOR.test(clause)) return true;
  const held = (w: string) =>
    claim.some((set) =>
      [...set].some((c) => sameWord(w, c) || (w.startsWith('un') && sameWord(w.slice(2), c))),
    );
  return words.some(held);
}

function reasonSpans(source: SpanSource, question?: QuestionWords): Span[] {
  const text = source.text;
  const spans: Span[] = [];
  // The sentence's tags, read once for all its "as" spans and only if one needs them.
  let tagged: readonly TaggedWord[] | undefined;
  const tags = () => {
    tagged ??= source.tags?.() ?? tagWords(text);
    return tagged;
  };
  for (const [re, weight] of REASONS)
    for (const m of text.matchAll(re)) {
      const rest = text.slice(m.index);
      // The clause it opens: up to a semicolon, a dash, a closing quote or the end of the sentence.
      // A quotation mark ends it only where a quotation ends: ',"', or '"' before who said it.
      const stop =
        /[;:]|\s[-–]\s|[,.]["”]|["”](?=,?\s+(?:said|says|added|he|she|they|the)\b)|\.(?=\s|$)/.exec(
          rest.slice(m[0].length),
        );
      const end = m.index + m[0].length + (stop ? stop.index : rest.length - m[0].length);
      const clause = text.slice(m.index, end).replace(/[\s,]+$/, '');
      if (clause.split(/\s+/).length < 3) continue;
      // "after six years", "following Christmas": a time, not a cause (answers-32).
      if (AFTER_A_TIME.test(clause)) continue;
      const at = { start: m.index, end: m.index + clause.length };
      // Only a connective opens a clause apart from the event it explains ("blamed the slump on ...",
      // "X has had an impact on Y" name the event and its cause together).
      const connective = /^(?:after|following|as|because|amid|due|owing|thanks|in the wake)\b/i.test(clause);
      const held =
        connective && holdsEvent(text, at, question?.claim)
          ? EVENT_IN_REASON
          : connective &&
              question?.reasonAttached &&
              question.claim &&
              !attachedToEvent(text, at, question.claim)
            ? REASON_ELSEWHERE
            : 1;
      const span: Span = { text: clause, ...at, weight: weight * held };
      spans.push(re === AS_REASON && asWithoutClause(text, span, tags) ? { ...span, uncut: true } : span);
    }
  if (question?.causeSubject) spans.push(...causeSubjects(text, tags, question.claim, question.names));
  return spans;
}

/**
 * A verb that makes something happen, with its tense (forms-37): "forced", "has prompted", "could
 * leave", "led X to": what stands before it as its subject is a cause.
 */
const CAUSE_VERB =
  /\b(?:(?:could|would|may|might|will|can|has|have|had) )?(?:forced|prompted|caused|triggered|sparked|drove|pushed)\b|\b(?:could|would|may|might|will|can) (?:leave|force|prompt|cause|trigger|spark|drive|push|lead)\b|\bled (?:to\b|(?:[\w'’-]+ ){1,2}to\b)/g;
/** Words that open no cause of their own: they point back to one, or are a clause's link. */
const NOT_A_CAUSE =
  /^(?:it|this|that|these|those|they|he|she|we|which|who|what|and|but|or|so|then|also|there)\b/i;
/** Words that make the words before a verb of cause a clause or an aside, not a noun phrase. */
const CLAUSE_WORD =
  /\b(?:when|where|while|if|because|since|although|though|including|such as|after|before|as)\b|^\p{L}+ing\b/iu;
/** What a cause named as the subject of a verb of cause counts for (forms-37). */
const CAUSE_SUBJECT = 0.6;
/** The most words a cause named as a subject takes. */
const CAUSE_WORDS = 10;

/**
 * Causes named as the subject of a verb of cause (forms-37): "Last year, Zedland's long power
 * shortage forced the mayor to close the mines", "Loose drafting of the rules could leave walkers in
 * the dock": the words before the verb, back to the sentence's start, a comma, a semicolon or a
 * colon, when they are a noun phrase (no verb among them but a participle, at most CAUSE_WORDS, not a
 * pronoun, a link or a clause, no name of `names`, the question's) and the words after the verb tell
 * the event asked (a word of `claim`, when known).
 */
export function causeSubjects(
  text: string,
  tags: () => readonly TaggedWord[],
  claim?: ReadonlyArray<ReadonlySet<string>>,
  names?: ReadonlySet<string>,
): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(CAUSE_VERB)) {
    const before = text.slice(0, m.index);
    const boundary = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':'));
    const lead = before.slice(boundary + 1);
    const start = boundary + 1 + (lead.length - lead.trimStart().length);
    const subject = text.slice(start, m.index).trim();
    const words = subject.split(/\s+/).filter(Boolean);
    if (words.length === 0 || words.length > CAUSE_WORDS || NOT_A_CAUSE.test(subject)) continue;
    // A clause's words ("including 2001 when the attacks ..."), or a name the question gives (the
    // question's own subject doing something: "Ashby Trust sparked protests by ..."): no cause.
    if (CLAUSE_WORD.test(subject) || words.some((w) => /^\p{Lu}/u.test(w) && names?.has(stem(bareWord(w)))))
      continue;
    const end = start + subject.length;
    const verbs = tags().filter(
      (w) =>
        w.start >= start && w.start < end && ['VERB', 'AUX'].includes(w.pos) && !/(?:ing|ed)$/i.test(w.text),
    );
    if (verbs.length > 0) continue;
    if (claim && claim.length > 0) {
      const rest = text.slice(m.index + m[0].length);
      const stop = /[;:]|\.(?=\s|$)/.exec(rest);
      if (claimShare(rest.slice(0, stop ? stop.index : rest.length), claim) === 0) continue;
    }
    out.push({ text: subject, start, end, weight: CAUSE_SUBJECT });
  }
  return out;
}

/** A word of a fact, with where it stands. */
interface Word {
  text: string;
  start: number;
  end: number;
}

const WORDS = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.&-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;
const wordsOf = (text: string): Word[] =>
  [...text.matchAll(WORDS)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
const bareWord = (w: string) => w.replace(/['’]s?$/, '');

/** Where a fact names the subject: runs of its words (by stem, any case), each with whether a possessive ends it. */
function mentions(text: string, subject: ReadonlySet<string>): Array<Word & { possessive: boolean }> {
  const out: Array<Word & { possessive: boolean }> = [];
  let run: Word | undefined;
  let possessive = false;
  for (const w of wordsOf(text)) {
    const hit = subject.has(stem(bareWord(w.text))) && /^\p{Lu}/u.test(w.text);
    const adjoins = run && /^\s+$/.test(text.slice(run.end, w.start));
    if (hit && run && adjoins && !possessive) {
      run = { text: text.slice(run.start, w.end), start: run.start, end: w.end };
    } else if (hit) {
      if (run) out.push({ ...run, possessive });
      run = { ...w };
    } else if (run) {
      out.push({ ...run, possessive });
      run = undefined;
    }
    if (hit) possessive = /['’]s?$/.test(w.text);
  }
  if (run) out.push({ ...run, possessive });
  return out;
}

/** Where a clause ends: a semicolon, a colon, a dash, a quotation's end, or the sentence's. */
const CLAUSE_END =
  /[;:]|\s[-–]\s|[,.]["”]|\.(?=\s|$)|,\s(?:said|says|according|he said|she said|they said|told)\b/;
function clauseFrom(text: string, start: number, maxWords = 30): Span | undefined {
  const rest = text.slice(start);
  const stop = CLAUSE_END.exec(rest);
  let clause = rest.slice(0, stop ? stop.index : rest.length).replace(/[\s,"“”]+$/, '');
  const words = clause.split(/\s+/);
  if (words.length > maxWords) clause = words.slice(0, maxWords).join(' ');
  if (clause.split(/\s+/).length < 2) return undefined;
  return { text: clause, start, end: start + clause.length, weight: 1 };
}

/** A name with a possessive just before a person's name ("Northfield East's| Tom Ward"): group 1, the name. */
const OWNER_BEFORE = /(\p{Lu}[\p{L}\p{M}-]*(?:\s+\p{Lu}[\p{L}\p{M}-]*){0,3})['’]s?\s+$/u;
/** What that name counts for as who the person is. */
const OWNER_WEIGHT = 0.5;

/** What a description ended by a verb of saying ("Tom Ward, BCF president said") counts for. */
const APPOSITIVE_BEFORE_SAID = 0.8;
/** What "from the X" after a name ("Ann Grey from the Drivers' Union") counts for as who the person is. */
const FROM_WEIGHT = 0.6;
/** "from", "of" or "at", then a capitalized name: where a person is from (group 1, with the preposition). */
const FROM_AN_ORGANISATION =
  /^\s+((?:from|of|at)\s+(?:the\s+)?\p{Lu}[\p{L}\p{M}'’&.-]*(?:\s+(?:of\s+(?:the\s+)?|&\s+|and\s+)?\p{Lu}[\p{L}\p{M}'’&.-]*)*)/u;

/** Role nouns, which a sentence may open with capitalized ("Journalist Ann Grey writes"). */
const ROLE_NOUN =
  /^(?:Journalist|Writer|Author|Critic|Columnist|Economist|Analyst|Scientist|Researcher|Professor|Chef|Designer|Artist|Producer|Director|Photographer|Commentator|Pundit|Correspondent|Reporter|Editor|Presenter|Broadcaster|Lawyer|Singer|Actor|Actress|Star|Player|Striker|Midfielder|Defender|Goalkeeper|Winger|Captain|Coach|Manager|Boss|Chairman|Chairwoman|Founder|Spokesman|Spokeswoman|Campaigner|Activist|Comedian|Musician|Novelist|Poet|Film-maker|Filmmaker|Architect|Entrepreneur|Businessman|Businesswoman|Investor|Banker|Trader|Consultant|Expert|Veteran|Rapper|Drummer|Guitarist|Dancer|Model|Athlete|Sprinter|Runner|Jockey|Trainer|Skipper|Forward|Prop|Flanker|Fly-half|Scrum-half|Full-back|Lock|Hooker|Centre|Wing)$/;

/**
 * "The head of the Zed Law Society, Tom Ward QC has warned": the role that opens the sentence after
 * "The" and ends in a comma just before the name, when its words are those of a role (nouns,
 * adjectives, "of", "the") and one is a common noun. Undefined otherwise ("When it reaches a town, X").
 */
function openingRole(text: string, at: number, tags: readonly TaggedWord[]): Span | undefined {
  const m = /^["“]?(?:The|A|An|Its|His|Her|Their)\s+([^,;:"“”()]{3,80}?),\s*$/u.exec(text.slice(0, at));
  if (!m?.[1]) return undefined;
  const start = m[0].indexOf(m[1]);
  const end = start + m[1].length;
  const words = tags.filter((w) => w.start >= start && w.start < end);
  const fits = words.every(
    (w) => ROLE_TAGS.has(w.pos) || /^(?:of|the|&|and|'s|’s)$/.test(w.text) || w.pos === 'PART',
  );
  if (words.length === 0 || !fits || !words.some((w) => w.pos === 'NOUN' && /^\p{Ll}/u.test(w.text)))
    return undefined;
  return { text: m[1], start, end, weight: 0.9 };
}

/** Capitalized words that are a role before a name ("Judge Ann Grey", "Finance Minister ..."). */
const TITLE_WORD =
  /^(?:Sheriff|Constable|Superintendent|Sergeant|Lieutenant|Colonel|Major|Admiral|Marshal|Judge|President|Vice|Minister|Chancellor|Secretary|Chairman|Chairwoman|Chief|Director|Governor|Senator|Prime|Finance|Foreign|Home|Health|Trade|Culture|Education|Defence|Coach|Manager|Captain|Bishop|Archbishop|Pope|King|Queen|Prince|Princess|General|Commissioner|Ambassador|Professor|Inspector|Detective|Commander|Mayor|Speaker|Leader|Editor|Founder|Executive|Deputy|Shadow|Attorney|Justice)$/;
const HONORIFIC_WORD = /^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Prof|Rev)\.?$/;
/** Words that may stand in a role before a name: nouns, adjectives, "of", "&", possessives. */
const ROLE_TAGS = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);
const SPEECH =
  /\b(?:said|says|say|told|tells|added|adds|warned|warns|argued|argues|insisted|claimed|claims|believes|believed|stressed|urged|admitted|predicted|suggested|explained|announced|commented|noted|wrote|declared|pointed out)\b/i;

/** "what does X do?": the weight of the verb in the present of which X is the subject ("X builds homes"). */
const SUBJECT_VERB_DOES = 0.85;
/** The same led by another form of a verb ("has taken", "will use"), which often tells an event. */
const OTHER_VERB_DOES = 0.45;
/** "what does X do?": the weight of a relative clause in the past ("which entered Xland in 2003"). */
const PAST_DOES = 0.5;

/** Words in -ing that are prepositions, never the first word of a role: "including co-founder X". */
const ING_PREPOSITION =
  /^(?:including|excluding|regarding|concerning|following|featuring|involving|considering|barring|pending|notwithstanding|according)$/i;

/**
 * Whether the words set off after a name (at `start`) are a clause rather than a phrase naming what
 * it is: they open on a verb, not one in -ing ("X - bought the hotel", "X, shows that ...";
 * "X, managing director of Y" is a phrase), or hold an auxiliary
 * before any "who", "which" or "that" ("X, demand is growing ...", "X, the Y Commission and Z are
 * running ..."). By the tagger. Pure.
 */
export function clauseNotNoun(start: number, words: string, tags: readonly TaggedWord[]): boolean {
  const inside = tags.filter((w) => w.start >= start && w.start < start + words.length);
  const first = inside[0];
  // "managing director of X" opens on a word in -ing that describes, no verb.
  if (first && (first.pos === 'AUX' || (first.pos === 'VERB' && !/ing$/i.test(first.text)))) return true;
  for (const w of inside) {
    if (/^(?:who|which|that)$/i.test(w.text)) return false;
    if (w.pos === 'AUX') return true;
  }
  return false;
}

/**
 * Whether the name at `start` stands in a phrase led by a preposition ("Members of X receive", "the
 * report by X, demand is", "for security firm X, shows"): then the verb after it is not
 * its own. Read from the tagger: the word before the name, past "the", "a" and lower-case describing
 * words, is a preposition. Pure.
 */
export function inPhrase(text: string, start: number, tags: readonly TaggedWord[]): boolean {
  let k = tags.findIndex((w) => w.start >= start) - 1;
  if (k < -1) k = tags.length - 1;
  while (k >= 0) {
    const w = tags[k];
    if (!w || /[,;:.]/.test(text.slice(w.start + w.text.length, tags[k + 1]?.start ?? start))) return false;
    if (w.pos === 'DET' || (/^\p{Ll}/u.test(w.text) && ['NOUN', 'ADJ'].includes(w.pos))) k--;
    else return w.pos === 'ADP';
  }
  return false;
}

/** What the long form of an acronym counts for as its description ("Ashby Rowing Union (ARU)"). */
export const EXPANSION_WEIGHT = 0.5;
/** The same for "what does X do?". */
export const EXPANSION_DOES = 0.3;
/** Lower-case words that may join the words of a name's long form ("Bank of Zedland", "Trade and Industry"). */
const EXPANSION_JOINER = /^(?:of|and|for|the|&|on|in)$/;

/**
 * forms-36: a mention of an acronym in brackets just after a capitalized name ("Ashby Rowing Union
 * (ARU)", "business advisers Ward Hale (WH)") or of a name just before its acronym in brackets: the
 * mention widened over both, so what comes before the name and after the bracket describes it; and,
 * for the acronym, its long form as a description. The long form is the run of proper nouns (the
 * tagger's) before the bracket, joined by "of", "and", "for", "&", opening on the acronym's first
 * letter. Undefined where no such bracket stands. Pure.
 */
export function acronymMention(
  text: string,
  m: Word,
  tags: readonly TaggedWord[],
): { mention: Word & { possessive: boolean }; expansion?: Span } | undefined {
  // The name, then its acronym: "Ashby Rowing Union (ARU)" asked as "Ashby Rowing Union".
  const acronymAfter = /^\s*\(\s*\p{Lu}[\p{L}&.]{1,9}\s*\)/u.exec(text.slice(m.end));
  if (acronymAfter && !/^\(/.test(text.slice(m.start - 1, m.start)))
    return { mention: { ...m, end: m.end + acronymAfter[0].length, possessive: false } };
  if (!/\(\s*$/.test(text.slice(Math.max(0, m.start - 3), m.start)) || !/^\s*\)/.test(text.slice(m.end)))
    return undefined;
  if (!/^\p{Lu}[\p{Lu}\p{Ll}&.]{1,9}$/u.test(m.text) || !/\p{Lu}.*\p{Lu}/u.test(m.text)) return undefined;
  const open = text.lastIndexOf('(', m.start);
  let last = -1;
  for (let k = 0; k < tags.length && (tags[k]?.start ?? open) < open; k++) last = k;
  let from = -1;
  for (let k = last; k >= 0 && k >= last - 10; k--) {
    const w = tags[k];
    if (!w) break;
    const next = k < last ? (tags[k + 1]?.start ?? open) : open;
    // A comma, a quotation mark or a full stop between two words ends the name; a hyphen or "&" does not.
    if (/[^\s&-]/.test(text.slice(w.start + w.text.length, next))) break;
    if (w.pos === 'PROPN' && /^\p{Lu}/u.test(w.text)) from = k;
    else if (!(EXPANSION_JOINER.test(w.text) && from === k + 1)) break;
  }
  // Open on the acronym's first letter ("But Ashby Rowing Union": "Ashby Rowing Union").
  while (from >= 0 && from <= last && tags[from]?.text[0]?.toUpperCase() !== m.text[0]?.toUpperCase()) from++;
  if (from > last || tags[from]?.pos !== 'PROPN') return undefined;
  const first = tags[from];
  if (!first) return undefined;
  const end = open - (text.slice(0, open).length - text.slice(0, open).trimEnd().length);
  const closing = text.indexOf(')', m.end) + 1;
  const long = text.slice(first.start, end);
  const mention = {
    text: text.slice(first.start, closing),
    start: first.start,
    end: closing,
    possessive: false,
  };
  return { mention, expansion: { text: long, start: first.start, end, weight: EXPANSION_WEIGHT } };
}

/** The description of the subject, as written: appositive, role before the name, "is a ...", "which ...". */
function descriptionSpans(source: SpanSource, question: QuestionWords): Span[] {
  const subject = question.subject ?? new Set<string>();
  const text = source.text;
  const spans: Span[] = [];
  const does = question.does === true;
  for (const mention of mentions(text, subject)) {
    if (mention.possessive) continue;
    // forms-36: "Ashby Rowing Union (ARU)": the name and its acronym in brackets are one mention; the
    // long form tells what the acronym stands for.
    const bracketed =
      question.descriptionForms === true ? acronymMention(text, mention, source.tags?.() ?? []) : undefined;
    const m = bracketed?.mention ?? mention;
    // What an acronym stands for tells less of what it does.
    if (bracketed?.expansion)
      spans.push({ ...bracketed.expansion, weight: does ? EXPANSION_DOES : EXPANSION_WEIGHT });
    // "Ann Grey, 23, an information manager, ...": an age set off after the name is no description
    // of it; the appositive after the age is (answers-31).
    const aged = /^\s*,\s*\d{1,3}\s*(?=,)/.exec(text.slice(m.end))?.[0].length ?? 0;
    const after = text.slice(m.end + aged);
    const mEnd = m.end + aged;
    // "Ann Grey, head of strategy at X," / "Zedco - the Ruritanian firm which ..."
    const appositive =
      /^\s*(?:,|\s[-–])\s+(?!(?:who|which|said|says|told|and|but|or|the\s+\p{Lu}\p{L}+\s+said)\b)([^,;:"“”()]{2,140}?)(?=\s*(?:,|\.(?:\s|$)|;|:|\s[-–]\s|\)|["”]|$)|\s+(?:said|says|told|added)\b)/u.exec(
        after,
      );
    // "X, shows that ...", "X - bought the hotel", "X, the Y Commission and Z are running ...": a clause, no appositive.
    const clause = appositive?.[1]
      ? clauseNotNoun(mEnd + after.indexOf(appositive[1]), appositive[1], source.tags?.() ?? [])
      : false;
    question.descriptionCues === true && /\baccording to (?:the\s+)?$/i.test(text.slice(0, m.start));
    if (appositive?.[1] && !SPEECH.test(appositive[1]) && !clause) {
      const span = appositive[1].trim();
      const start = mEnd + after.indexOf(span);
      const lower = /^(?:\p{Ll}|(?:\p{Lu}\p{L}*['’]s\s))/u.test(span) || /\s\p{Ll}{3,}/u.test(span);
      // "Tom Ward, BCF president said": ended by who says it, less surely all a description.
      const said = /^\s+(?:said|says|told|added)\b/.test(after.slice(start - mEnd + span.length));
      const weight = (lower ? (does ? 0.8 : 1) : 0.4) * (said ? APPOSITIVE_BEFORE_SAID : 1);
      spans.push({ text: span, start, end: start + span.length, weight });
    }
    // "Ann Grey from the Drivers' Union", "Tom Ward of the Herald": where the person is from.
    const origin = FROM_AN_ORGANISATION.exec(after);
    if (origin?.[1]) {
      const start = mEnd + after.indexOf(origin[1]);
      spans.push({ text: origin[1], start, end: start + origin[1].length, weight: does ? 0.3 : FROM_WEIGHT });
    }
    // "Northfield East's Tom Ward": where or whom the person is of, told by a possessive just before the name.
    const owner = OWNER_BEFORE.exec(text.slice(0, m.start));
    if (owner?.[1]) {
      const start = owner.index;
      spans.push({ text: owner[1], start, end: start + owner[1].length, weight: does ? 0.3 : OWNER_WEIGHT });
    }
    // "The head of the Zed Law Society, Tom Ward QC has warned": a role opening the sentence, set off by a comma.
    const opening = openingRole(text, m.start, source.tags?.() ?? []);
    if (opening) spans.push({ ...opening, weight: does ? 0.6 : 0.9 });
    // "Ann Grey, who ...", "X, which makes ..."
    const relative = /^\s*,\s+((?:who|which)\s[^;:"“”]{3,160}?)(?=\s*(?:,|\.(?:\s|$)|;|$))/.exec(after);
    if (relative?.[1]) {
      const start = mEnd + after.indexOf(relative[1]);
      // "which entered Xland in 2003": what it once did is an event, not what it does.
      const past = /^(?:who|which)\s+(?:\p{L}+ed|was|were|had|did)\b/u.test(relative[1]);
      spans.push({
        text: relative[1],
        start,
        end: start + relative[1].length,
        weight: does ? (past ? PAST_DOES : 0.9) : 0.6,
      });
    }
    // "X builds homes", "X, named after a factory, builds homes": the verb of which X is the subject.
    if (does && !inPhrase(text, m.start, source.tags?.() ?? [])) {
      const aside = /^\s*,[^,;:"“”]{2,120},\s+/.exec(after)?.[0].length ?? 0;
      const verb = (source.tags?.() ?? []).find((w) => w.start >= mEnd + aside);
      if (verb && ['VERB', 'AUX'].includes(verb.pos) && /^\s*$/.test(after.slice(aside, verb.start - mEnd))) {
        const clause = clauseFrom(text, verb.start, 25);
        // What it does is told in the present ("builds"); "has bought", "will go" tell events.
        const present = verb.pos === 'VERB' && /\p{L}[^s]s$/u.test(verb.text);
        if (clause && !SPEECH.test(clause.text.split(/\s+/).slice(0, 2).join(' ')))
          spans.push({ ...clause, weight: present ? SUBJECT_VERB_DOES : OTHER_VERB_DOES });
      }
    }
    // "X is a ...", "X was once named the world's richest woman"
    const copula =
      /^\s+(?:is|was|has been|had been|became|becomes|remains)\s+(?:(?:once|now|also|still|widely|currently|the)\s+)?(?:(?:ranked|regarded|seen|known|described|considered|named|hailed) as\s+)?((?:a|an|the|one of)\s[^;:.,]{2,120}?)(?=\s*(?:,|\.(?:\s|$)|;|$|\sand\s(?:ran|runs|has|had|was|is)\b))/.exec(
        after,
      );
    if (copula?.[1]) {
      const start = mEnd + after.indexOf(copula[1]);
      spans.push({ text: copula[1], start, end: start + copula[1].length, weight: 0.8 });
    }
    // "X makes ...", "X, which specialises in ..."
    const verb =
      /^\s+((?:makes|made|runs|ran|sells|sold|owns|owned|operates|operated|provides|produces|builds|designs|develops|manufactures|specialises in|specializes in|publishes|offers|supplies)\s[^;:]{3,140}?)(?=\s*(?:,|\.(?:\s|$)|;|$))/.exec(
        after,
      );
    if (verb?.[1]) {
      const start = mEnd + after.indexOf(verb[1]);
      spans.push({ text: verb[1], start, end: start + verb[1].length, weight: does ? 0.9 : 0.5 });
    }
    // "Bank of Xland's head of strategy Ann Grey", "Judge Ann Grey", "Finance Minister Ann Grey"
    const tags = source.tags?.() ?? [];
    let i = tags.findIndex((w) => w.start >= m.start) - 1;
    // forms-36: "Jean-Paul Ward": the parts of the subject's name the tagger split off are the name's, not its role.
    if (question.descriptionForms === true)
      while (
        i >= 0 &&
        /^\p{Lu}/u.test(tags[i]?.text ?? '') &&
        subject.has(stem(tags[i]?.text ?? '')) &&
        /^-?$/.test(
          text
            .slice((tags[i]?.start ?? 0) + (tags[i]?.text.length ?? 0), tags[i + 1]?.start ?? m.start)
            .trim(),
        )
      )
        i--;
    while (i >= 0 && HONORIFIC_WORD.test(tags[i]?.text ?? '')) i--;
    // answers-34: "polling company the Ashby Group", "rail watchdog the Easton Board": a lower-case
    // "the" between the name and a common noun before it sets the role off. The role is then its
    // lower-case words alone ("safety firm Zedmail and polling company the Ashby Group": "polling
    // company").
    const acrossThe =
      question.descriptionCues === true &&
      tags[i]?.text === 'the' &&
      tags[i - 1]?.pos === 'NOUN' &&
      /^\p{Ll}/u.test(tags[i - 1]?.text ?? '') &&
      /^\s+$/.test(
        text.slice((tags[i - 1]?.start ?? 0) + (tags[i - 1]?.text.length ?? 0), tags[i]?.start ?? 0),
      );
    if (acrossThe) i--;
    const end = i >= 0 ? (tags[i]?.start ?? 0) + (tags[i]?.text.length ?? 0) : -1;
    let from = -1;
    let role = false;
    for (let k = i; k >= 0; k--) {
      const w = tags[k];
      if (!w) break;
      // A comma, a dash or a full stop between two words ends the role ("When it reaches a town, X"),
      // unless it sets the name off ("its chief executive, Ann Grey, said", "chairman - Ann Grey").
      const gap = text.slice(w.start + w.text.length, tags[k + 1]?.start ?? m.start);
      const setOff =
        k === i && (/^\s+[-–]\s+$/.test(gap) || (/^\s*,\s*$/.test(gap) && /^\s*(?:[,.]|$)/.test(after)));
      // forms-36: "fly-half", "co-founder": words joined by a hyphen are one word of the role, whatever the tagger read.
      const hyphened = question.descriptionForms === true && k < i && gap === '-' && from === k + 1;
      if (/[^\s'’]/.test(gap) && !setOff && !hyphened) break;
      const fits =
        hyphened ||
        ROLE_TAGS.has(w.pos) ||
        /^(?:of|&|and)$/.test(w.text) ||
        w.text === "'s" ||
        w.text === '’s' ||
        w.pos === 'PART';
      // A word in -ing before a role opens it ("managing director", "acting chairman"), unless it is
      // a preposition ("including co-founder X", "following chairman X's exit").
      if (
        !fits &&
        k < i &&
        w.pos === 'VERB' &&
        /\p{L}{2,}ing$/u.test(w.text) &&
        !SPEECH.test(w.text) &&
        !ING_PREPOSITION.test(w.text)
      ) {
        from = k;
        break;
      }
      if (!fits || /^(?:The|A|An)$/.test(w.text) || SPEECH.test(w.text)) break;
      if (acrossThe && (!/^\p{Ll}/u.test(w.text) || /^(?:and|&)$/.test(w.text))) break;
      if (/^\p{Ll}/u.test(w.text) && w.pos === 'NOUN') role = true;
      // forms-36: "Former Zedland international Ann Grey": a lower-case adjective just before the name
      // heads a role of two words or more (the tagger reads such nouns as adjectives).
      if (
        question.descriptionForms === true &&
        k < i &&
        tags[i]?.pos === 'ADJ' &&
        /^\p{Ll}/u.test(tags[i]?.text ?? '')
      )
        role = true;
      if (TITLE_WORD.test(w.text)) role = true;
      // "Journalist Ann Grey writes": a role noun capitalized only because it opens the sentence.
      if (/^[\s"“'‘]*$/.test(text.slice(0, w.start)) && ROLE_NOUN.test(w.text)) role = true;
      from = k;
      if (k < i - 7) break;
    }
    while (from >= 0 && from <= i && /^(?:of|&|and|'s|’s)$/.test(tags[from]?.text ?? '')) from++;
    // "advance copies of X": what is of X, not X's role.
    if (tags[i]?.text === 'of') role = false;
    if (role && from >= 0 && from <= i && end > 0) {
      const start = tags[from]?.start ?? 0;
      const span = text.slice(start, end);
      spans.push({ text: span, start, end, weight: does ? 0.6 : 0.9 });
    }
  }
  return spans.filter((s) => !repeats(s.text, question));
}

/**
 * What a clause that is no event counts for, to "what happened to X?" (answers-33, issue 21 §3): one
 * led by a modal ("will do little to help", "could hurt") or a verb in the present
 * ("expects", "goes by"): an event is told by a verb of change in the past or perfect
 * ("resigned", "has been sacked", "were drawn"), or one under way ("is facing").
 */
export const NOT_AN_EVENT = 0.6;
/** A copula before no participle ("was one of", "is in hospital"): a state, often an event's result. */
export const A_STATE = 0.8;

const MODAL = /^(?:will|would|could|can|may|might|must|should|shall|wo|ca)$/i;
/** Participles after a copula that tell what is thought or expected of the subject, not what befell it (answers-34). */
const OPINION =
  /^(?:seen|regarded|viewed|considered|thought|believed|expected|tipped|rumoured|rumored|reported|said|known|described|likely|unlikely|hoping|keen|determined|confident|favourite|favorite)$/i;
const COPULA = /^(?:is|are|am|was|were|be|being|'s|’s|'re|’re)$/i;
const HAVE = /^(?:has|have|had|'ve|’ve|'d|’d)$/i;

/**
 * How surely the clause led by `tags[from]` tells an event: 1 for a verb in the past, the perfect, a
 * passive or under way ("is facing"), and for "is to" (a plan set: "is to merge"); A_STATE for a
 * copula with no participle after it; NOT_AN_EVENT for a modal or a verb in the present ("faces"),
 * or "has" with no verb after it. Pure.
 */
export function eventVerbWeight(tags: readonly TaggedWord[], from: number, opinions = false): number {
  let i = from;
  const word = (k: number) => tags[k]?.text ?? '';
  // "have both left", "has not been", "was quickly sacked".
  const skip = () => {
    while (tags[i]?.pos === 'ADV' || /^(?:not|n't|n’t|both|all|each|also)$/i.test(word(i))) i++;
  };
  const lead = word(i);
  if (MODAL.test(lead)) return NOT_AN_EVENT;
  if (HAVE.test(lead)) {
    i++;
    skip();
    if (/^been$/i.test(word(i))) {
      i++;
      skip();
      return tags[i]?.pos === 'VERB' || /^to$/i.test(word(i)) ? 1 : A_STATE;
    }
    // "had an operation": "had" itself the past; "has debts": a state.
    return tags[i]?.pos === 'VERB' || /^(?:had|'d|’d)$/i.test(lead) ? 1 : NOT_AN_EVENT;
  }
  if (COPULA.test(lead)) {
    i++;
    skip();
    // answers-34: "is seen as", "was expected to", "is tipped to": what is thought of the subject, no event.
    if (opinions && OPINION.test(word(i))) return NOT_AN_EVENT;
    return tags[i]?.pos === 'VERB' || /^to$/i.test(word(i)) ? 1 : A_STATE;
  }
  const verb = tags[i];
  // "faces", "expects", "goes by": the present; "resigned", "won", "fell", "winning": no present.
  if (verb?.pos === 'VERB' && /[^s]s$/i.test(verb.text) && !/(?:ss|us|is)$/i.test(verb.text))
    return NOT_AN_EVENT;
  return 1;
}

/** What happened to the subject: the clause after its name, led by a verb; said things count little. */
function eventSpans(source: SpanSource, question: QuestionWords): Span[] {
  const text = source.text;
  const spans: Span[] = [];
  const tags = source.tags?.() ?? [];
  for (const m of mentions(text, question.subject ?? new Set())) {
    if (m.possessive) continue;
    const at = tags.findIndex((w) => w.start >= m.end);
    const next = tags[at];
    if (!next || !['VERB', 'AUX'].includes(next.pos)) continue;
    const clause = clauseFrom(text, next.start, 25);
    if (!clause) continue;
    clause.weight = SPEECH.test(clause.text.split(/\s+/).slice(0, 3).join(' '))
      ? 0.3
      : question.eventVerbs
        ? eventVerbWeight(tags, at, question.eventOpinions === true)
        : 1;
    spans.push(clause);
  }
  if (spans.length === 0) {
    // The sentence's own verb when it does not name the subject ("One of Freedonia's best known
    // businessmen was arrested"): what happened, less surely to the subject.
    const at = tags.findIndex((w) => w.pos === 'AUX' || w.pos === 'VERB');
    const clause = at >= 0 ? clauseFrom(text, tags[at]?.start ?? 0, 25) : undefined;
    if (clause && !SPEECH.test(clause.text.split(/\s+/).slice(0, 3).join(' ')))
      spans.push({
        ...clause,
        weight: 0.5 * (question.eventVerbs ? eventVerbWeight(tags, at, question.eventOpinions === true) : 1),
      });
  }
  return spans;
}

/** A quotation in a fact: closed in it, or running on past its end (`runsOn`), or begun before it (`runsIn`). */
export interface Quotation {
  start: number;
  end: number;
  runsOn?: boolean;
  runsIn?: boolean;
}

/**
 * The quotations of a fact, in order. A straight mark opens a quotation after the fact's start, a
 * space or an opening bracket, colon or dash, before a word; it closes one after a word or a stop,
 * before a space, a stop or the end ('Ann "AG" Grey said: "I ..."' holds "AG" and "I ...", not
 * ' Grey said: '). A closing mark before any opening one ends a quotation begun in an earlier
 * sentence ('... protected," said X.'); an opening mark with no closing one begins one that runs on.
 * Curly marks say which they are. Pure.
 */
export function quotationsOf(text: string): Quotation[] {
  const out: Quotation[] = [];
  let open: number | undefined;
  let first = true;
  for (const m of text.matchAll(/["“”]/g)) {
    const at = m.index ?? 0;
    const before = at === 0 ? ' ' : (text[at - 1] ?? ' ');
    const after = text[at + 1] ?? ' ';
    const opens = m[0] === '“' || (m[0] === '"' && /[\s([:—–-]/.test(before) && /\S/.test(after));
    const closes = m[0] === '”' || (m[0] === '"' && /\S/.test(before) && !/[\p{L}\p{N}]/u.test(after));
    if (open === undefined) {
      if (closes && !opens) {
        if (first) out.push({ start: text.search(/\S/), end: at, runsIn: true });
      } else open = at + 1;
    } else if (closes || !opens) {
      out.push({ start: open, end: at });
      open = undefined;
    }
    first = false;
  }
  if (open !== undefined) out.push({ start: open, end: text.length, runsOn: true });
  return out;
}

/** A quotation of this many words or fewer is a few words quoted inside a clause ("deeply unfair"). */
const FEW_QUOTED = 4;
/** What a clause holding a few quoted words counts for, as a clause after a verb of saying does. */
export const QUOTED_CLAUSE = 0.9;
/** The same after the subject's own verb that is no verb of saying ("found", "accused", "pledged"): less surely words. */
export const QUOTED_BY_VERB = 0.7;

/**
 * forms-36: a few words quoted inside a clause ('X found the fare scheme "deeply unfair"', 'X will say
 * that a "fair deal" for riders would mean "lower fares ..."'): the clause that holds them,
 * after the subject's own verb (past auxiliaries and adverbs) or a verb of saying before them, "that"
 * left out, is the words, at the weight of a quotation. Undefined where no such clause holds them.
 */
export function quotedClause(source: SpanSource, subject: ReadonlySet<string>): Span | undefined {
  const text = source.text;
  const quoted = quotationsOf(text);
  const few = quoted.find((q) => {
    if (q.runsOn || q.runsIn) return false;
    const n = text.slice(q.start, q.end).trim().split(/\s+/).length;
    return n >= 1 && n <= FEW_QUOTED && q.end - q.start >= 3;
  });
  if (!few) return undefined;
  const tags = source.tags?.() ?? [];
  let from: number | undefined;
  let byVerb = false;
  for (const m of mentions(text, subject)) {
    if (m.end >= few.start || m.possessive) continue;
    let k = tags.findIndex((w) => w.start >= m.end);
    let at = m.end;
    while (
      k >= 0 &&
      ['AUX', 'ADV', 'PART'].includes(tags[k]?.pos ?? '') &&
      /^\s+$/.test(text.slice(at, tags[k]?.start))
    ) {
      at = (tags[k]?.start ?? 0) + (tags[k]?.text.length ?? 0);
      k++;
    }
    const verb = k >= 0 ? tags[k] : undefined;
    if (verb && verb.pos === 'VERB' && /^\s+$/.test(text.slice(at, verb.start)) && verb.start < few.start) {
      from = verb.start + verb.text.length;
      byVerb = !SPEECH.test(verb.text);
      break;
    }
  }
  const said = SPEECH.exec(text);
  // '"...," said Ann Grey, adding that ...': a verb of saying after a quotation names who says it, no words.
  const inverted = said !== null && /[,.!?]["”]\s*$/.test(text.slice(0, said.index));
  if (from === undefined && said && !inverted && said.index + said[0].length < few.start)
    from = said.index + said[0].length;
  if (from === undefined) return undefined;
  const lead = /^\s+(?:that\s+)?/.exec(text.slice(from))?.[0].length ?? 0;
  // 'X was speaking after Y told ...': a clause opened by a preposition or a conjunction tells when or why, not the words.
  const opener = tags.find((w) => w.start >= from + lead);
  if (opener && ['ADP', 'SCONJ'].includes(opener.pos)) return undefined;
  let clause = clauseFrom(text, from + lead, 40);
  if (!clause || clause.end <= few.start || clause.text.split(/\s+/).length < 3) return undefined;
  // 'the plan was "flawed", adding ...': a comma after the quotation ends the clause.
  if (/^["”],/.test(text.slice(few.end, few.end + 2)) && clause.end > few.end + 1)
    clause = { ...clause, text: text.slice(clause.start, few.end + 1), end: few.end + 1 };
  // As sure as a quotation where the clause holds a whole one too; as a said clause otherwise.
  const end = clause.end;
  const whole = quoted.some(
    (q) =>
      !q.runsOn &&
      !q.runsIn &&
      q.start >= clause.start &&
      q.end <= end &&
      text.slice(q.start, q.end).trim().split(/\s+/).length > FEW_QUOTED,
  );
  return { ...clause, weight: whole ? 1 : byVerb ? QUOTED_BY_VERB : QUOTED_CLAUSE };
}

/** The subject's words: a quotation, or what follows a verb of saying; less surely without the subject named. */
function statementSpans(source: SpanSource, question: QuestionWords): Span[] {
  const text = source.text;
  // Whose words the sentence gives, as its article tells (a quotation it continues, "he said").
  const speakers = question.speaker && question.speaker.size > 0 ? (source.speakers?.() ?? []) : [];
  const asked = question.speaker ?? new Set<string>();
  const theirs = speakers.some((s) => speakerIs(s, asked, (w) => stem(w)));
  // answers-34: "Botanists are warning councillors that ...": a verb of saying under way says words too.
  const progressive = question.saidUnderWay ? SAYING_UNDER_WAY.exec(text) : null;
  const spoken = SPEECH.test(text) || /["“]/.test(text) || progressive !== null;
  if (!spoken && !theirs) return [];
  const named =
    speakers.length > 0
      ? theirs
      : mentions(text, question.subject ?? new Set()).length > 0 ||
        /\b(?:he|she)\s+(?:said|says|told|added)\b/i.test(text);
  // Another's words ("Grey" asked, the sentence Ward's): they count least.
  const weightOf = speakers.length > 0 && !theirs ? OTHERS_WORDS : named ? 1 : 0.5;
  const about = question.about ?? new Set<string>();
  const onTopic = (span: string) =>
    about.size === 0 || wordsOf(span).some((w) => about.has(stem(bareWord(w.text).toLowerCase())));
  const spans: Span[] = [];
  const quotes = quotationsOf(text)
    .map((q) => {
      const body = text.slice(q.start, q.end).replace(/[\s,]+$/, '');
      return { ...q, body };
    })
    // A quotation of a few words ("severe") is a word of what was said: the clause around it says it;
    // but a sentence of the subject's quotation running on ('"We won.'), or one of theirs opening the
    // sentence ('"It's mere tactics," wrote Ann Grey', answers-32), is their words.
    .filter(
      (q) =>
        q.body.length <= 400 &&
        ((q.body.length >= 12 && q.body.split(/\s+/).length >= 5) ||
          (theirs &&
            (q.runsOn === true || q.runsIn === true || /^\s*["“]?$/.test(text.slice(0, q.start))) &&
            q.body.split(/\s+/).length >= 3)),
    );
  // A quotation the fact closes first; else one begun before it ('... protected," said X'), or one
  // it opens and does not close (a quotation of several sentences: the fact holds its first).
  const closed = quotes.filter((q) => !q.runsOn && !q.runsIn);
  for (const q of closed.length > 0 ? closed : quotes.slice(0, 1))
    spans.push({ text: q.body, start: q.start, end: q.start + q.body.length, weight: 1 });
  const held =
    question.quotedClause === true ? quotedClause(source, question.subject ?? new Set()) : undefined;
  if (held) spans.push(held);
  const verb = SPEECH.exec(text) ?? progressive;
  if (verb && spans.length === 0) {
    const from = verb.index + verb[0].length;
    // answers-34: whom it is said to, before "that", is no part of the words ("told councillors that ...").
    const told =
      question.saidUnderWay && /\b(?:told|tells?|telling|warn\w*|urg\w*)$/i.test(verb[0])
        ? /^\s+(?:the\s+)?(?:\p{L}[\p{L}'’-]*\s+){0,2}?that\s+/u.exec(text.slice(from))
        : null;
    const lead = told?.[0].length ?? /^\s+(?:(?:that|on|of)\s+)?/.exec(text.slice(from))?.[0].length ?? 0;
    const clause = clauseFrom(text, from + lead, 40);
    if (clause && clause.text.split(/\s+/).length >= 3) spans.push({ ...clause, weight: 0.9 });
  }
  // Words inside a quotation of the subject's that marks nothing itself ('"We won. [They played well.]"'): the sentence.
  if (spans.length === 0 && theirs && !spoken) {
    const body = text.replace(/[\s.]+$/, '');
    if (body.split(/\s+/).length >= 3) spans.push({ text: body, start: 0, end: body.length, weight: 0.9 });
  }
  return spans.map((s) => ({ ...s, weight: s.weight * weightOf * (onTopic(s.text) ? 1 : 0.8) }));
}

/**
 * Whether a speaker, as written ("The club's director, Ann Grey"), is the one asked about: one of its
 * words has a stem of `names` (the asked speaker's name). Pure.
 */
export function speakerIs(
  speaker: string,
  names: ReadonlySet<string>,
  stemOf: (w: string) => string,
): boolean {
  for (const w of speaker.match(/[\p{L}\p{N}]+/gu) ?? []) if (names.has(stemOf(w))) return true;
  return false;
}

/** A verb of saying under way, after "is" or "are" ("are warning", "is insisting"; answers-34). */
const SAYING_UNDER_WAY =
  /\b(?:is|are|was|were|has been|have been)\s+(?:now\s+|also\s+|still\s+)?(?:saying|telling|warning|arguing|insisting|claiming|urging|predicting|suggesting|stressing|calling for)\b/i;

/** What another speaker's words count for, to a question about the subject's (the subject's count 1, unknown 0.5). */
const OTHERS_WORDS = 0.3;

/** Words that settle a yes/no question: a denial or correction first, a confirmation next. */
const DENIAL =
  /\b(?:not|no|never|denied|denies|deny|denying|ruled out|rules out|rule out|rejected|rejects|dismissed|thrown out|threw out|throw out|refused|refuses|cancelled|scrapped|only|nor|neither|false|untrue|wrong|insisted|no longer|n't|failed)\b/i;
const CONFIRMATION = /\b(?:confirmed|confirms|agreed|approved|announced|will|has|have|did)\b/i;
/** What a settling sentence counts for when it holds none of the question's claim (answersb-32; 0.5-0.8 measured). */
const CLAIMLESS = 0.7;

/** The share of a yes/no question's claim words (`QuestionWords.claim`) a text holds; 1 when none are known. */
export function claimShare(text: string, claim: ReadonlyArray<ReadonlySet<string>> | undefined): number {
  if (!claim || claim.length === 0) return 1;
  const stems = new Set((text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []).map((w) => stem(w)));
  return claim.filter((words) => [...words].some((w) => stems.has(w))).length / claim.length;
}

/** The sentence that settles a yes/no question, without who said it. */
function settleSpans(source: SpanSource, question: QuestionWords): Span[] {
  const text = source.text;
  const trimmed = text
    .replace(/,?\s+(?:he|she|they|it|the \w+|\p{Lu}[\p{L} .'-]*?)\s+(?:said|says|told [^.]*|added)\.?$/u, '')
    .replace(/[.\s]+$/, '');
  const start = Math.max(0, text.indexOf(trimmed));
  const words = trimmed.split(/\s+/);
  const body = words.length > 40 ? words.slice(0, 40).join(' ') : trimmed;
  // A denial or a confirmation settles it by the share of the question's own claim it holds: one of
  // something else only names its names ("joined on a one-year contract" under "have they offered him
  // a new deal?"; "made no secret of ..." under "is he still playing ...?"): CLAIMLESS of its weight.
  const held = CLAIMLESS + (1 - CLAIMLESS) * claimShare(text, question.claim);
  const weight = (DENIAL.test(body) ? 1 : CONFIRMATION.test(body) ? 0.8 : 0.6) * held;
  return body.length > 0 ? [{ text: body, start, end: start + body.length, weight }] : [];
}

/**
 * The spans of a fact that answer a question of type `wants`, heaviest first, none of them a mere
 * repeat of the question's own words or figures.
 */
export function answerSpans(source: SpanSource, wants: AnswerType, question: QuestionWords): Span[] {
  let spans: Span[];
  switch (wants) {
    case 'description':
      return outermost(descriptionSpans(source, question)).sort(
        (a, b) => b.weight - a.weight || a.start - b.start,
      );
    case 'event':
      return eventSpans(source, question).sort((a, b) => b.weight - a.weight || a.start - b.start);
    case 'statement':
      return statementSpans(source, question).sort((a, b) => b.weight - a.weight || a.start - b.start);
    case 'settle':
      return settleSpans(source, question);
    case 'money':
    case 'count':
    case 'percent':
    case 'amount':
      spans = figureSpans(source, wants, question);
      break;
    case 'date':
      spans = DATES.flatMap(([re, weight]) => matchesOf(source.text, re, weight)).map((s) =>
        qualifiedDate(source.text, s),
      );
      break;
    case 'duration':
      spans = [
        ...joinedPeriods(
          source.text,
          matchesOf(source.text, question.lengthForms ? DURATION_WORDS : DURATION, 1),
          question.lengthForms,
        )
          .map((s) =>
            question.stems.has('ago') && AGO.test(source.text.slice(s.end))
              ? agoSpan(source.text, s)
              : RELATIVE.test(source.text.slice(s.end)) &&
                  !FOR_A_LENGTH.test(source.text.slice(0, s.start)) &&
                  !(question.lengthForms && relativeAsked(source.text.slice(s.end), question))
                ? { ...s, weight: 0.3 }
                : INDEFINITE.test(s.text)
                  ? { ...s, weight: 0.8 }
                  : question.lengthForms && VAGUE.test(s.text)
                    ? { ...s, weight: VAGUE_LENGTH }
                    : s,
          )
          .map((s) => boundedLength(source.text, s)),
        ...matchesOf(source.text, UNTIL, 0.8),
        ...matchesOf(source.text, SINCE, SINCE_WEIGHT),
      ];
      break;
    case 'reason':
      spans = reasonSpans(source, question);
      break;
    default:
      spans = nameSpans(source, wants, question);
  }
  const named = !['money', 'count', 'percent', 'amount', 'date', 'duration', 'reason'].includes(wants);
  const figure = ['money', 'count', 'percent', 'amount'].includes(wants);
  const kept = spans
    .filter((s) => !repeats(s.text, question, named))
    .map((s) => (figure && givesNumber(s.text, question) ? { ...s, weight: s.weight * NUMBER_GIVEN } : s));
  return (wants === 'reason' ? widest(kept) : outermost(kept)).sort(
    (a, b) => b.weight - a.weight || a.start - b.start,
  );
}

/** The number a figure opens with, in digits or in words ("two controversial posters": two). */
const LEADING_NUMBER = new RegExp(
  String.raw`^(?:[^\p{L}\p{N}]*)(\d[\d,]*(?:\.\d+)?|${NUMBER_WORDS})\b`,
  'iu',
);
/** What a figure counts for when the question gives its number ("after withdrawing two?"): it is the question's. */
const NUMBER_GIVEN = 0.5;

/** True when the number a figure opens with is one the question writes (in digits or in words). Pure. */
export function givesNumber(text: string, question: Pick<QuestionWords, 'numbers' | 'stems'>): boolean {
  const n = LEADING_NUMBER.exec(text)?.[1];
  if (!n) return false;
  return /^\d/.test(n)
    ? question.numbers.has(n.replace(/,/g, ''))
    : question.stems.has(stem(n.toLowerCase()));
}

/** Reasons nest ("as the firms suspended sales after a death"): the widest clause, at the weight of the surest. */
function widest(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Span[] = [];
  for (const s of sorted) {
    const outer = kept.find((k) => s.start >= k.start && s.end <= k.end);
    // A reason inside an "as" that opens none ("as a consultant after ...") is given on its own.
    if (outer?.uncut && !s.uncut) kept.push({ ...s });
    else if (outer) outer.weight = Math.max(outer.weight, s.weight);
    else kept.push({ ...s });
  }
  return kept;
}

/** An aside set off by commas just after a span ("Tom Ward|, a singer from Ashby, |beat ..."). */
const ASIDE = /^\s*,\s+[^,;:.()"“”]{3,120}?,\s+/;

/** How many words from a word of the question a span counts as near it. */
const NEAR = 4;

/**
 * Weighs spans by how near they stand to the words of the question that say what is asked
 * (`relation`: "coach", "replaced", "fine"; not the names, which only say what it is about): a span
 * NEAR words from one keeps its weight, one further away keeps `far` of it; the words just after
 * an aside set off by commas after a span count as near it (a subject and its verb). Heaviest first.
 */
export function byNearness(
  text: string,
  spans: readonly Span[],
  relation: ReadonlySet<string>,
  far = 0.8,
): Span[] {
  if (relation.size === 0 || spans.length === 0) return [...spans];
  const at: number[] = [];
  const words = [...text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)];
  words.forEach((m, i) => {
    if (relation.has(stem(m[0]))) at.push(i);
  });
  const wordAt = (offset: number) => {
    const i = words.findIndex((m) => (m.index ?? 0) + m[0].length > offset);
    return i < 0 ? words.length : i;
  };
  return spans
    .map((s) => {
      const first = wordAt(s.start);
      const last = wordAt(Math.max(s.start, s.end - 1));
      // "Tom Ward, a singer from Ashby, beat ...": the words after an aside just after the span are near it too.
      const aside = ASIDE.exec(text.slice(s.end))?.[0].length;
      const beyond = aside === undefined ? -1 : wordAt(s.end + aside);
      const near =
        at.some((i) => i >= first - NEAR && i <= last + NEAR && (i < first || i > last)) ||
        (beyond >= 0 && at.some((i) => i >= beyond && i < beyond + NEAR));
      return near ? s : { ...s, weight: s.weight * far, far: true };
    })
    .sort((a, b) => b.weight - a.weight || a.start - b.start);
}
