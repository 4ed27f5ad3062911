/**
 * Whether the answering sentence gives the kind of figure a question asks for, where the type read
 * (a count, a length of time) says too little: "how old" asks a count that must be an age; "how
 * long is X's contract" asks a length of time that must be the agreement's. A sentence that gives
 * neither leaves the question unanswered: its figure is of another thing. Pure; English only.
 */

import { clauseAround, modalityOf } from '../claims/modality.js';

/**
 * A question asking a person's age: "how old is X?", "what age was X when ...?", and as reporters
 * type it, after a dash or as a headline's noun ("X - how old was she when ...", "X's age", "X age,
 * Y story"): "age" ending a clause no question word opens ("how many are of voting age" asks a
 * count), not an age of a rule ("the state pension age"), nor a noun it qualifies ("age limit").
 */
const AGE_ASKED =
  /(?:^|[-–:,]\s*)(?:how old\b|(?:at )?what age\b)|^(?!\s*(?:is|are|was|were|do|does|did|will|would|can|could|should|has|have|had)\b)(?:(?!\b(?:how|what|which|who|when|where|why)\b)[^,?;:–])*?(?<!\b(?:pension|retirement|voting|school|leaving|drinking|legal|state)\s)\bage\s*(?:[,?;:\-–]|$)|['’]s age\b/i;

/** A number as news writes an age: digits or words ("74", "fifteen", "twenty-one"). */
const AGE_NUMBER = String.raw`(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)`;

/**
 * An age as news writes one: "the 74-year-old", "aged 15", "at the age of 15", "15 years old",
 * "Jo Bloggs, 34, said", "turned 50", "his 80th birthday", "born in 1931".
 */
const AGE_WRITTEN = new RegExp(
  String.raw`\b${AGE_NUMBER}[- ]years?[- ]olds?\b|\b(?:aged|age of|turns?|turned|turning)\s+${AGE_NUMBER}\b|\p{Lu}[\p{L}'’-]*,\s+\d{1,3},|\b\d{1,3}(?:st|nd|rd|th)\s+birthday\b|\bborn\s+(?:in\s+)?(?:\p{L}+\s+)?\d{4}\b`,
  'giu',
);

/**
 * True when a question asks someone's age ("how old is X?") and `sentence`, the one its short answer
 * comes from, writes no age ("the 74-year-old", "aged 15", "X, 34,") where its short answer (`span`,
 * its place in the sentence; the whole sentence when not given) stands: the count given is of
 * something else ("One of the drawbacks ..."), so the coverage gives no age. False for any other
 * question.
 */
export function ageUnwritten(
  question: string,
  sentence: string,
  span: { start: number; end: number } = { start: 0, end: sentence.length },
): boolean {
  return AGE_ASKED.test(question) && !writesAge(sentence, span);
}

/** True when `sentence` writes an age ("the 74-year-old", "aged 15", "X, 34,") where `span` stands. Pure. */
export function writesAge(sentence: string, span: { start: number; end: number }): boolean {
  for (const m of sentence.matchAll(AGE_WRITTEN))
    if (m.index < span.end && m.index + m[0].length > span.start) return true;
  return false;
}

/** Nouns of an agreement that runs for a time: how long one lasts is asked by naming it. */
const TERM_NOUNS = '(?:contracts?|deals?|agreements?|leases?|tenure)';
const TERM_NOUN = new RegExp(String.raw`\b${TERM_NOUNS}\b`, 'i');

/**
 * "how long" asking an agreement's own length: the agreement is what "how long" is asked of, right
 * after it or its verb, with only its owner and adjectives between ("how long a deal", "how long is
 * Jo Bloggs's contract", "how long does the new deal run"), not an agreement named later on ("how
 * long did it take to close the deal").
 */
const TERM_ASKED = new RegExp(
  String.raw`\b[Hh]ow long\s+(?:a|an|is|was|are|were|will|would|does|did)\s+(?:(?:the|his|her|their|its|this|that|new|\p{Lu}[\p{L}.-]*|[\p{L}.-]+(?:['’]s|s['’])|[\p{L}-]+(?:ive|al|ed|ing|ic|ary|ous|ful))\s+){0,5}?${TERM_NOUNS}\b`,
  'u',
);

/**
 * Words that tell an agreement's length without naming it: "signed until 2008", "extended his stay",
 * "will remain at the club until 2007".
 */
const TERM_VERB =
  /\b(?:signs?|signed|signing|extends?|extended|extension|renews?|renewed|renewal|tied|committed|until|till|stays?|remains?|expires?)\b/i;

/**
 * True when a "how long" question asks the length of an agreement ("how long is X's contract?",
 * "how long a deal did X sign?") and `sentence`, the one its short answer comes from, neither names
 * an agreement (any of contract, deal, agreement, lease, tenure) nor tells of one being signed,
 * extended or renewed: its length of time is of another thing ("a three-day get-together", "his
 * ninth manager in eight years"). False for any other question.
 */
export function termUnwritten(question: string, sentence: string): boolean {
  return TERM_ASKED.test(question) && !TERM_NOUN.test(sentence) && !TERM_VERB.test(sentence);
}

/** True when a question asks someone's age ("how old", "what age"): its note says "no age". */
export function asksAge(question: string): boolean {
  return AGE_ASKED.test(question);
}

/** A score as a sentence writes one: "11-9", "2-1", "6-3". */
const SCORE = /^\d{1,3}\s*[-–]\s*\d{1,3}$/;

/**
 * True when a "how many" question's short answer (`span`, its words) is a score ("11-9"): a score
 * counts no thing asked ("how many caps has X won?" answered by "the 11-9 win"). Pure.
 */
export function scoreForCount(wants: string | undefined, span: string): boolean {
  return wants === 'count' && SCORE.test(span.trim());
}

/** A sum of money as a span writes it: a currency's sign or word ("£80,000", "thousands of pounds"). */
const MONEY_WRITTEN =
  /[£$€¥]|\d(?:p|c)\b|\b(?:pounds?|sterling|dollars?|euros?|pence|cents?|yen|yuan|francs?|rupees?|roubles?|rubles?|kroner|krona|kronor|reais|rand|pesos?)\b/i;

/**
 * True when a "how many" question's short answer (`span`, its words) is a sum of money ("tens of
 * thousands of pounds" for "how many cars will X build"): money counts no thing asked, unless the
 * question itself counts money ("how many pounds", "how many euros", or weight in pounds). Pure.
 */
export function moneyForCount(wants: string | undefined, question: string, span: string): boolean {
  return wants === 'count' && MONEY_WRITTEN.test(span) && !MONEY_WRITTEN.test(question);
}

/**
 * The unit a question asks a figure per ("what price per tonne", "per-share offer", "rate per
 * minute"), as its word; undefined where it asks none.
 */
const RATE_ASKED =
  /\bper[- ](share|tonne|ton|barrel|ounce|unit|head|person|capita|copy|download|ticket|seat|night|minute|hour|day|week|month|year|game|match|mile|litre|gallon)s?\b/i;

/** Words that give a figure per a unit of time as an adjective ("a weekly wage", "annual sales"). */
const TIME_RATE: Readonly<Record<string, RegExp>> = {
  hour: /\bhourly\b/i,
  day: /\bdaily\b/i,
  week: /\bweekly\b/i,
  month: /\bmonthly\b/i,
  year: /\b(?:yearly|annual\w*|a year|per annum)\b/i,
};

/**
 * True when a question asks a figure per a unit ("india iran gas deal - what price per tonne") and
 * `sentence`, the one its short answer comes from, gives no figure per that unit: it writes neither
 * "per X", "a X", "an X", "each X", "every X", "/X" nor, for a unit of time, the adjective of it
 * ("weekly", "annual"): its figure is a total or of another thing ("a $40bn deal"). False for any
 * other question. Pure; English only.
 */
export function rateUnwritten(question: string, sentence: string): string | undefined {
  const unit = RATE_ASKED.exec(question)?.[1]?.toLowerCase();
  if (!unit) return undefined;
  const word = unit === 'ton' || unit === 'tonne' ? 'ton(?:ne)?' : unit;
  const per = new RegExp(String.raw`(?:\b(?:per|a|an|each|every)[- ]|/\s?)${word}s?\b|\beach\b`, 'i');
  if (per.test(sentence) || TIME_RATE[unit]?.test(sentence)) return undefined;
  return unit;
}

/**
 * Words with which a question asks what is expected, planned or possible rather than what is:
 * "will", "could", "expected", "forecast", "plans", "next year". A figure only expected answers it.
 */
const EXPECTATION_ASKED =
  /\b(?:will|would|could|might|may|shall|expect\w*|forecast\w*|predict\w*|project\w*|estimat\w*|anticipat\w*|likely|set to|going to|due to|supposed|meant to|scheduled|slated|tipped|aim\w*|target\w*|hop(?:e|es|ed|ing)|plan\w*|want\w*|intend\w*|propos\w*|offer\w*|bid\w*|seek\w*|sought|next|future|outlook|potential\w*|possibl\w*|up to)\b|['’]ll\b/i;

/**
 * Words with which a question asks a figure on a condition or by a date ("X's share if Y signs up",
 * "how many homes with hdtv by 2008", "by end-2005"): what is expected, too (silent-36).
 */
const SUPPOSED_ASKED = /\b(?:if|unless)\b|\bby (?:the )?(?:end[- ](?:of )?)?(?:19|20)\d\d\b/i;

/**
 * A figure forecast or supposed, not one that will be as planned or is expected to be ("will cost",
 * "is expected to fetch": a pending deal a present question asks about): "forecast", "predicted",
 * "had been expected", "could have sold".
 */
const FORECAST =
  /\b(?:forecasts?|forecasting|predict(?:s|ed)?|(?:had|have|has) been expected|(?:could|would|might|may)(?: not)? have)\b/i;

/**
 * True when a question asking for a figure asks nothing expected or possible (no "will", "could",
 * "expected", "forecast", "plans" ...: `EXPECTATION_ASKED`) and its short answer (`span`, its place
 * in `sentence`) is one the sentence only forecasts or supposes (`FORECAST` in its clause) ("Profit had been forecast
 * to be 2.8bn rupees", "We could have sold twice as many tickets": the claims layer's modality
 * `expected`): the coverage gives no figure that is, only one that was expected. Pure.
 */
export function onlyExpected(
  question: string,
  sentence: string,
  span: { start: number; end: number },
  conditionAsked = true,
): boolean {
  if (EXPECTATION_ASKED.test(question)) return false;
  // silent-36: a question on a condition or by a year to come asks what is expected too.
  if (conditionAsked && SUPPOSED_ASKED.test(question)) return false;
  return (
    modalityOf(sentence, span.start, span.end) === 'expected' &&
    FORECAST.test(clauseAround(sentence, span.start, span.end))
  );
}

/** A question asking what may be, not what is: the expected or possible (`EXPECTATION_ASKED`), what one faces, a most, a condition. */
const POSSIBLE_ASKED = /\b(?:fac(?:e|es|ed|ing)|risk\w*|maximum|max|most|at stake|if|unless|potentially)\b/i;

/** A condition in a figure's clause: "if it lost", "unless the deal goes through". */
const CONDITION = /\b(?:if|unless)\b/i;

/**
 * True when a question asking for a figure asks nothing expected or possible (`EXPECTATION_ASKED`,
 * nor "face", "maximum", "if": `POSSIBLE_ASKED`) and its short answer (`span` in `sentence`) is
 * one the sentence only supposes on a condition: a modal ("could", "would") and "if" or "unless" in
 * its clause ("Acme would owe £3m if it lost the case", "unless talks succeed, the strike could last
 * six weeks"; the claims layer's modality `expected`): the coverage gives what might be, not what
 * was. Pure.
 */
export function onlyIfSo(question: string, sentence: string, span: { start: number; end: number }): boolean {
  if (EXPECTATION_ASKED.test(question) || POSSIBLE_ASKED.test(question)) return false;
  if (modalityOf(sentence, span.start, span.end) !== 'expected') return false;
  const clause = clauseAround(sentence, span.start, span.end);
  return CONDITION.test(clause) && /\b(?:could|would|might|may)\b/.test(clause);
}

/** A numbered part of a year: "third quarter", "Q3", "first half", "H1", "2nd quarter". */
const PERIOD = /\b(?:(first|second|third|fourth|1st|2nd|3rd|4th)[- ](quarter|half)|q([1-4])|h([12]))\b/gi;
const ORDINAL: Readonly<Record<string, string>> = {
  first: '1',
  '1st': '1',
  second: '2',
  '2nd': '2',
  third: '3',
  '3rd': '3',
  fourth: '4',
  '4th': '4',
};

/** The numbered parts of a year a text names, as "q3", "h1". */
function periodsOf(text: string): Set<string> {
  const found = new Set<string>();
  for (const m of text.matchAll(PERIOD)) {
    if (m[3]) found.add(`q${m[3]}`);
    else if (m[4]) found.add(`h${m[4]}`);
    else
      found.add(`${m[2]?.toLowerCase() === 'half' ? 'h' : 'q'}${ORDINAL[m[1]?.toLowerCase() ?? ''] ?? ''}`);
  }
  return found;
}

/**
 * True when a question names a numbered part of a year ("the third quarter", "Q3", "first half") and
 * `sentence`, the one its short answer comes from, names another one and not it ("a loss of $264m
 * for the fourth quarter"): its figure is of another period. A sentence naming no period may still
 * give the one asked (its story's). Pure.
 */
export function periodUnwritten(question: string, sentence: string): boolean {
  const asked = periodsOf(question);
  if (asked.size === 0) return false;
  const written = periodsOf(sentence);
  return written.size > 0 && ![...asked].some((p) => written.has(p));
}

/**
 * The roles a question may ask the holder of, each with the words by which a sentence says that
 * someone holds it (its own word, or one news uses for it: "boss" for a chief executive or a
 * manager), as the starts of words ("chair" for "chairman", "chaired").
 */
const ROLES: ReadonlyArray<{ asked: RegExp; written: RegExp }> = [
  {
    asked: /\b(?:chief executive|chief exec|ceo)\b/i,
    written: /\b(?:chief|ceo|boss|head|executive|managing director)/i,
  },
  { asked: /\b(?:chair(?:man|woman|person)?|chairs)\b/i, written: /\b(?:chair|boss|head)/i },
  { asked: /\b(?:manager|manages)\b/i, written: /\b(?:manag|boss|coach)/i },
  { asked: /\b(?:coach|coaches)\b/i, written: /\b(?:coach|boss|manag|trainer)/i },
  { asked: /\b(?:captain|captains|skipper)\b/i, written: /\b(?:captain|skipper|lead|led\b)/i },
  { asked: /\b(?:owner|owns)\b/i, written: /\b(?:own|bought|buy|takeover|proprietor)/i },
  { asked: /\b(?:founder|founded)\b/i, written: /\b(?:found|set up|started|created|launched)/i },
  { asked: /\b(?:editor|edits)\b/i, written: /\bedit/i },
  { asked: /\b(?:director)\b/i, written: /\b(?:director|boss|head|chief)/i },
  { asked: /\b(?:president)\b/i, written: /\b(?:president|head|leader|boss|chief)/i },
  { asked: /\b(?:leader|leads)\b/i, written: /\b(?:lead|head|chief)/i },
  {
    asked: /\b(?:boss|head|heads|runs)\b/i,
    written: /\b(?:boss|head|chief|ceo|executive|manag|chair|director|president|coach|lead|runs?\b|owner)/i,
  },
];

/**
 * A question asking who holds a role: the role right after "who is (the)", with at most four words
 * between (its owner, adjectives: "who's the chief executive of X", "who is Northfield's captain", "who
 * is the Kestrels coach"), or as the verb right after "who" ("who chairs X", "who runs X").
 */
const ROLE_ASKED =
  /^\s*who(?:['’]s|\s+is|\s+was|\s+are|\s+were|\s+will be|\s+has been|\s+had been)\s+((?:(?:the|a|an|[\p{L}.'’-]+)\s+){0,4}?(chief executive|chief exec|ceo|chair(?:man|woman|person)?|manager|coach|captain|skipper|owner|founder|editor|director|president|leader|boss|head))\b|^\s*who\s+(?:now\s+|currently\s+)?(chairs|manages|coaches|captains|owns|founded|edits|leads|heads|runs)\b/iu;

/**
 * The role a "who" question asks the holder of, as the question puts it ("the chief executive of X"
 * in "who's the chief executive of X?", "the chair of X" in "who chairs X?"), when `sentence`, the
 * one its short answer comes from, writes no word of that role (nor one news uses for it: "boss",
 * "head"): the name given holds no role the coverage says, so it gives no holder of the role asked.
 * Undefined for any other question, or a sentence that writes the role. Pure.
 */
export function roleUnwritten(question: string, sentence: string): string | undefined {
  const m = ROLE_ASKED.exec(question);
  const role = m?.[2] ?? m?.[3];
  if (!m || !role) return undefined;
  const entry = ROLES.find((r) => r.asked.test(role));
  if (!entry || entry.written.test(sentence)) return undefined;
  const rest = question.slice(m.index + m[0].length).replace(/[\s?.!]+$/, '');
  if (m[1]) return `${m[1]}${rest}`;
  const noun = ROLE_OF_VERB[role.toLowerCase()] ?? role.toLowerCase();
  return rest ? `the ${noun} of${rest}` : `the ${noun}`;
}

/** The role a verb of holding one names: "who chairs X" asks for the chair of X. */
const ROLE_OF_VERB: Readonly<Record<string, string>> = {
  chairs: 'chair',
  manages: 'manager',
  coaches: 'coach',
  captains: 'captain',
  owns: 'owner',
  founded: 'founder',
  edits: 'editor',
  leads: 'leader',
  heads: 'head',
  runs: 'head',
};
