/**
 * Quantities stated in a sentence: money, percentages, years and counts, normalized, with the
 * qualifier the text puts before them ("about", "more than", "up to", ...). Pure functions.
 * Counts include durations ("three years", unit `years`), ages (unit {@link AGE_UNIT}), times
 * ("1:48.32", in `seconds`), distances and sizes ("400m" `metres`, "160GB" `gb`); numbers written in
 * words ("Twenty firms", "Forty three per cent") and fractions ("a third of", "one in four", read
 * as percentages) are read as the same figures written in digits.
 */
import { matchesOf } from './matches.js';
import { MONTH_OR_SHORT } from './months.js';
import {
  HAS_NUMBER_WORD,
  type NumberWords,
  readNumberWords,
  valueOfWords,
  WORD_NUMBERS,
} from './number-words.js';

export type QuantityKind = 'money' | 'percent' | 'year' | 'count';

/** The unit an age is read in ("24-year-old", "aged 57"): a count of years, told from a duration by its noun. */
export const AGE_UNIT = 'years old';

/**
 * How a stated value bounds the real one: `exact` "$6 billion", `about` "around $11 billion",
 * `nearly` "almost $5bn" (a little under), `over` "more than $4bn", `at-least`, `up-to`, `under`.
 */
export type Qualifier = 'exact' | 'about' | 'nearly' | 'over' | 'at-least' | 'up-to' | 'under';

export interface Quantity {
  kind: QuantityKind;
  /** Normalized value: money in whole currency units, percent in points, a year, a count. */
  value: number;
  /** ISO code for money: `USD`, `GBP`, `EUR`, ... */
  currency?: string;
  /** The precision the value is stated to: 1e9 for "$6 billion", 1e7 for "$2.48bn", 0.1 for "28.9%". */
  step: number;
  /** For counts: the noun counted ("locales"). */
  unit?: string;
  qualifier: Qualifier;
  /** The unit a rate is given per: "$50 a barrel" -> `barrel`, "300p a share" -> `share`. */
  per?: string;
  /** True for a change rather than a level: "up 3.75%", "rose by $2bn", "a fall of 3%". */
  change?: boolean;
  /** The words of the sentence that state it, qualifier included: "approximately $6 billion". */
  text: string;
  /** Character offsets of `text` in the sentence. */
  start: number;
  end: number;
}

const SCALES: Record<string, number> = {
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  mn: 1e6,
  m: 1e6,
  mln: 1e6,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
  trillion: 1e12,
  tn: 1e12,
  trn: 1e12,
};
const SYMBOLS: Record<string, string> = {
  us$: 'USD',
  $: 'USD',
  a$: 'AUD',
  c$: 'CAD',
  hk$: 'HKD',
  '£': 'GBP',
  '€': 'EUR',
  '¥': 'JPY',
  '₹': 'INR',
};
const WORDS: Record<string, string> = {
  dollar: 'USD',
  dollars: 'USD',
  pound: 'GBP',
  pounds: 'GBP',
  sterling: 'GBP',
  euro: 'EUR',
  euros: 'EUR',
  yen: 'JPY',
  yuan: 'CNY',
  rupee: 'INR',
  rupees: 'INR',
  francs: 'CHF',
  usd: 'USD',
  gbp: 'GBP',
  eur: 'EUR',
  p: 'GBP',
  pence: 'GBP',
  cent: 'USD',
  cents: 'USD',
};
const QUALIFIERS: Array<[RegExp, Qualifier]> = [
  [/\b(?:about|around|approximately|roughly|some|an estimated|estimated at|circa|c\.)\s*$/i, 'about'],
  [/\b(?:nearly|almost|close to|just under|just shy of)\s*$/i, 'nearly'],
  [/\b(?:more than|over|exceeding|in excess of|above|upwards of|north of|beyond)\s*$/i, 'over'],
  [/\b(?:at least|no less than|a minimum of)\s*$/i, 'at-least'],
  [/\b(?:up to|as much as|as many as|at most|a maximum of)\s*$/i, 'up-to'],
  [/\b(?:less than|under|below|fewer than)\s*$/i, 'under'],
];

/** "over" right before a figure. */
const OVER_WORD = /\bover\s+$/i;
/** A verb of movement before "up to": "go up to £4.35", "shot up to", "moved up to number seven". */
const MOVED_UP_TO =
  /\b(?:go|goes|going|gone|went|rise|rises|rising|rose|risen|climb(?:s|ed|ing)?|jump(?:s|ed|ing)?|move[sd]?|moving|shot|shoots?|shooting|soar(?:s|ed|ing)?|edge[sd]?|edging|creep(?:s|ing)?|crept|come|comes|came|coming)\s+up\s+to\s*$/i;

/**
 * "over" as the particle of a verb of giving ("hand over $14.5m", "handed over 8%", "signed over
 * £2m"): the amount given, not a floor (check-37).
 */
const GIVEN_OVER =
  /\b(?:hand(?:s|ed|ing)?|turn(?:s|ed|ing)?|sign(?:s|ed|ing)?|pass(?:es|ed|ing)?|fork(?:s|ed|ing)?|shell(?:s|ed|ing)?|cough(?:s|ed|ing)?|stump(?:s|ed|ing)?)\s+over\s*$/i;

/**
 * "$50 a barrel", "300p per share", "$64 for each Zedco share" (a name may stand before the unit);
 * past a conversion in brackets, which is the same amount ("$6bn (£3.2bn) a year"), and from inside
 * one ("£3.2bn) a year", "£3.2bn; €4.6bn) a year").
 */
const PER =
  /^(?:\s*\(\s*(?:[A-Z]{0,2}[$£€¥₹]|\d)[^()]{0,38}\)|(?:;[^()]{0,30})?\))?[\s-]?(?:a|an|per|each|for each|for every)[\s-](?:[A-Z][\w&-]*\s)?([a-z]+)\b/;
const CHANGE =
  /\b(?:up|down|by|rose|fell|gained|lost|dropped|jumped|climbed|slipped|rise of|fall of|drop of|increase of|decrease of|gain of|loss of|cut of)\s*$/i;

/**
 * "watched by 11.6 million people", "accompanied by two helicopters": "by" after a past participle
 * of seeing, attending, backing, using or choosing names who or what does the deed (the agent), no
 * change, where "rose by 5%", "fallen by $2bn", "led by three points" give the change.
 */
const AGENT_BY =
  /\b(?:watched|seen|viewed|heard|read|visited|attended|accompanied|joined|followed|backed|supported|endorsed|opposed|rejected|approved|signed|used|chosen|voted|played|received|requested|downloaded|bought|owned|held|employed|staffed|manned|operated|shared|contacted|questioned|surveyed|polled|interviewed|killed|injured|wounded|affected|tuned in|sent|made|taken|given|offered|needed|demanded|registered|produced|directed|completed)\s+by\s*$/i;

/**
 * "up" as the particle of a verb that does not move a figure: "make up more than 50% of the audience",
 * "takes up 7% of the budget", "racked up 20 wins", "set up 30 offices", "put up £5m": a level, no rise.
 */
const UP_PARTICLE =
  /\b(?:make|makes|made|making|take|takes|took|taken|taking|use|uses|used|using|rack|racks|racked|racking|clock|clocks|clocked|clocking|set|sets|setting|put|puts|putting|snap|snaps|snapped|snapping)\s+up\s*$/i;

/**
 * A verb that moves what it governs, right before a percentage: "has been raised 5.4%", "grew 4.3%",
 * "cut 10%" - the percentage is how far it moved. (Money after such a verb is a level: "raised £30m".)
 */
const MOVED_BY_PERCENT =
  /\b(?:(?:rais|increas|lift|boost|climb|jump|surg|soar|slump|plung|tumbl|dropp|dipp|slipp|gain|shedd|reduc|lower|decreas|declin|eas|advanc|add|edg)(?:e|es|ed|ing|s)?|rise|rises|rising|rose|risen|fall|falls|falling|fell|fallen|lose|loses|losing|lost|cut|cuts|cutting|slash(?:es|ed|ing)?|shrink|shrinks|shrinking|shrank|shrunk|sink|sinks|sinking|sank|sunk|shed|sheds)\s+$/i;
/**
 * A percentage followed by a word of comparison is a change: "spent 25% more", "15% lower", "0.5%
 * stronger", "7% above their level a year ago"; not "from 6.25% down to 4.5%", where "down to" leads
 * to the next level.
 */
const MORE_AFTER =
  /^\s+(?:more|less|fewer|up(?!\s+to\b)|down(?!\s+to\b)|higher|lower|stronger|weaker|dearer|cheaper|bigger|smaller|greater|larger|faster|slower|better|worse|above|below)\b/i;
/** An amount followed by a comparison is a change: "settled $1.70 higher", "costs £12 more than". */
const MONEY_MORE_AFTER = /^\s+(?:more|less|higher|lower|dearer|cheaper|above|below)\b/i;
/**
 * A bound of place after a verb of moving is the level reached, no change: "prices fell below $42",
 * "rose above 5%" (where "rose by more than 5%" and "fell over 5%" are changes).
 */
const PLACE_BOUND = /^(?:below|above|under|beneath)\b/i;
const MOVED_TO_BOUND =
  /\b(?:rose|fell|rise|rises|fall|falls|dropped|dipped|slipped|climbed|jumped|sank|sunk)\s*$/i;

/** True when the words before a figure make it a change: "up", "rose", "by" (not an agent's "by", nor "make up"). */
function changeBefore(lead: string): boolean {
  return CHANGE.test(lead) && !AGENT_BY.test(lead) && !UP_PARTICLE.test(lead);
}

const FLOW =
  /\b(?:cut|cuts|cutting|axe|axed|axing|shed|sheds|shedding|lose|loses|losing|add|adds|added|adding|create|creates|created|creating|slash|slashed|slashing)\s*$/i;

/** Counts that are cuts by their very noun: "500 redundancies". */
const FLOW_UNITS = /^(?:redundancies|layoffs|lay-offs|job-cuts|job-losses)$/;

/** "300 jobs would go", "2,000 posts will be cut": a count shed or added, said after it. */
const FLOW_AFTER =
  /^\s*(?:would|will|could|may|might|are|were|have|had|to)?\s*(?:be|have been|been)?\s*(?:go|goes|gone|lost|cut|axed|shed|created|added|moved|transferred|relocated|disappear(?:ed)?)\b/i;

const NUM = String.raw`(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?`;
const SCALE = String.raw`(?:\s?(thousand|million|billion|trillion|mln|mn|bn|tn|trn|m|b|k)\b)?`;
const MONEY_BEFORE = new RegExp(String.raw`(US\$|A\$|C\$|HK\$|\$|£|€|¥|₹)\s?${NUM}${SCALE}(\+)?`, 'gi');
const MONEY_AFTER = new RegExp(
  String.raw`(?<![\w.$£€¥])${NUM}${SCALE}\s?(dollars?|pounds?|sterling|euros?|yen|yuan|rupees?|francs|usd|gbp|eur|pence|p|cents?)\b(\+)?`,
  'gi',
);
/** The countries whose dollars news names by nationality: "3.1bn Australian dollars", "65 Canadian cents". */
const NATION_DOLLARS: Record<string, string> = {
  australian: 'AUD',
  canadian: 'CAD',
  'hong kong': 'HKD',
  'new zealand': 'NZD',
  singapore: 'SGD',
  taiwan: 'TWD',
  us: 'USD',
  american: 'USD',
};
const NATION = String.raw`(Australian|Canadian|Hong\sKong|New\sZealand|Singapore|Taiwan|US|American)`;
/** "3.1bn Australian dollars", "65 Canadian cents": a nationality's dollars after the amount. */
const NATION_MONEY_AFTER = new RegExp(
  String.raw`(?<![\w.$£€¥])${NUM}${SCALE}\s${NATION}\s(dollars?|cents?)\b`,
  'g',
);
/** "Australian dollars 648m": the nationality's dollars written before the amount. */
const NATION_MONEY_BEFORE = new RegExp(String.raw`\b${NATION}\sdollars\s${NUM}${SCALE}`, 'g');
/** The currency of a nationality's dollars ("Hong  Kong" read with one space). */
const nationCurrency = (nation: string) => NATION_DOLLARS[nation.toLowerCase().replace(/\s+/g, ' ')] ?? 'USD';
const PERCENT = new RegExp(
  String.raw`(?<![\w.])${NUM}\s?(%|per ?cent\b|percent\b|percentage points?\b)`,
  'gi',
);
/** A year, also after "mid-", "early-", "late-" ("by mid-2005"), not after another hyphen ("737-800", "2003-04"). */
const YEAR = /(?:(?<![\w.,$£€¥-])|(?<=\b(?:mid|early|late)-))(1[89]\d\d|20\d\d)(?![\w%]|,\d|\.\d)/gi;
/** Words of scale, never what a number counts: "27.5 million in 2004" is a number, not 27.5 "million"s. */
const SCALE_WORD = String.raw`(?:thousand|million|billion|trillion|dozen)\b`;
/** What a number counts, after it: a word of three letters or more, past "new", "more", "of" ... */
const COUNTED = String.raw`(?:(?:new|more|other|full-time|active|monthly|of)\s)?(?!${SCALE_WORD})([a-z][a-z-]{2,})`;
/** "+" or "-plus" after a number: more than it ("the 200-plus banks"). */
const PLUS = String.raw`(\+|-plus\b)?`;
const COUNT = new RegExp(String.raw`(?<![\w.,$£€¥])${NUM}${SCALE}${PLUS}\s${COUNTED}`, 'gi');
/** A number and a scale with nothing counted after it: "sold 2.3 million", "9 million e mails". */
const SCALED = new RegExp(
  String.raw`(?<![\w.,$£€¥])${NUM}\s?(thousand|million|billion|trillion|mln|mn|bn|tn|m)\b${PLUS}(?![-'’])`,
  'gi',
);

/** Units of time: a number of them is a duration ("three years", "an 18-month ban"). */
const TIME_UNITS = '(?:second|minute|hour|day|week|fortnight|month|year|decade|centur(?:y|ie))s?';
/**
 * The unit of a count that is a stretch of time ("four minutes", "two days"), as the parser gives it:
 * a length of time, never a number of things or people.
 */
export const DURATION_UNIT = /^(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)$/i;
/** An age: "24-year-old", "31 year old", "aged 57", "at the age of 43" (claims-30). */
const AGE =
  /(?<![\w.,$£€¥])(\d{1,3})[- ]years?[- ]olds?\b|\b(?:aged|(?<=\bthe\s)age\sof)\s(\d{1,3})\b(?![.,]\d|\s?(?:-|to|and)\s?\d)/gi;
/**
 * Ages with no "aged" or "year-old" right before them (claims-32): both ends of "aged 10 to 13" and
 * "the age of 10 or 11"; an age group ("the over-55s", "under 18s", "in his 30s"); a person's age
 * after "was"/"is"/"will be" closing its clause ("when she was 14.", "who was 13 at the time");
 * "at 19" after a verb of a life's events in the sentence ("left school at 14", "died at 50").
 */
const AGE_RANGE =
  /\b(?:aged|ages\sof|(?<=\bthe\s)age\sof)\s(\d{1,3})\s?(?:-|–|to|and|or)\s?(\d{1,3})\b(?![.,]\d|\s(?:days?|weeks?|months?)\b)/gi;
const AGE_GROUP =
  /\b(?:(?:over|under)[-\s](\d{2})s|(?<=\bin\s(?:his|her|their|my|your)\s(?:early\s|mid\s|mid-|late\s)?)(\d)0s)\b(?![-'’])/gi;
/** Ages in words after "was"/"is" (AGE_BE): up to ninety. */
const AGE_WORDS = WORD_NUMBERS;
const AGE_BE = new RegExp(
  String.raw`(?<=\b(?:(?:he|she|I|who|they|you)\s(?:was|is|am|were|will\sbe|would\sbe|turned|turns)|I['’]m|(?:he|she)['’]s)\s(?:only\s|just\s|still\s|now\s|barely\s)?)(\d{1,3}|${AGE_WORDS})\b(?![-–]\d)(?=\s?[,.;:!?)"'’”]|\s[-–]\s|$|\s(?:at\sthe\stime|when|and|so|but)\b)`,
  'gi',
);
const AGE_AT =
  /(?<=\b(?:died|dies|retired|retires|married|left\sschool|became|becoming|joined|joining|debut|debuted|started|began|released|emigrated)\b[^.;:!?]{0,60}?\bat\s)(\d{1,2})\b(?=\s?[,.;:!?)"'’”]|$|\s(?:to|when|and|but|after|before)\b)/g;
/** Age groups in words: "under-sevens", "the over-sixties" (read-33; "under-18s" in digits is AGE_GROUP). */
const AGE_GROUP_WORDS: Record<string, number> = {
  fives: 5,
  sixes: 6,
  sevens: 7,
  eights: 8,
  nines: 9,
  tens: 10,
  elevens: 11,
  twelves: 12,
  thirteens: 13,
  fourteens: 14,
  fifteens: 15,
  sixteens: 16,
  seventeens: 17,
  eighteens: 18,
  twenties: 20,
  thirties: 30,
  forties: 40,
  fifties: 50,
  sixties: 60,
  seventies: 70,
  eighties: 80,
  nineties: 90,
};
const AGE_GROUP_IN_WORDS = new RegExp(
  String.raw`\b(?:over|under)[-\s](${Object.keys(AGE_GROUP_WORDS).join('|')})\b(?![-'’])`,
  'gi',
);
/** What every match of AGE_GROUP_IN_WORDS holds. */
const OVER_UNDER = /\b(?:over|under)[-\s][efnst]/i;
const AGE_CUE = /aged|ages?\sof|over|under|0s\b|\bwas\s|\bis\s|\bam\s|\bwere\s|\bbe\s|turn|['’]m\s|\bat\s\d/i;
/**
 * An age set off by commas after a name: "Victor Hale, 61, is due to stand trial", or ending
 * the sentence: "on holiday with Ann Grey, 24.".
 */
const AGE_AFTER_NAME = /(?<=\p{Lu}[\p{L}'’-]+,\s)(\d{2,3})(?=,\s|\.(?:\s|$))/gu;
/** A time in minutes and seconds, or hours, minutes and seconds: "1:48.32", "2:17:18". */
const CLOCKED = /(?<![\w.:,])(\d{1,2}):(\d\d)(?::(\d\d)|\.(\d{1,2}))(?![\w:]|[.,]\d)/g;
/** "one minute, 52.31 seconds", "3 minutes 40 seconds". */
const MINUTES_SECONDS =
  /\b(one|two|three|four|five|\d{1,2})\s(?:minutes?|mins?),?\s(?:and\s)?(\d{1,2})(?:\.(\d+))?\s?(?:seconds|secs?)\b/gi;
/** Units written right after a number, and the unit they are read as: "10.04secs", "160GB", "100mph". */
const GLUED_UNITS: Record<string, string> = {
  sec: 'seconds',
  secs: 'seconds',
  min: 'minutes',
  mins: 'minutes',
  hr: 'hours',
  hrs: 'hours',
  km: 'km',
  kg: 'kg',
  cm: 'cm',
  mm: 'mm',
  ft: 'feet',
  mph: 'mph',
  mg: 'mg',
  kbps: 'kbps',
  mbps: 'mbps',
  gbps: 'gbps',
  kb: 'kb',
  mb: 'mb',
  gb: 'gb',
  tb: 'tb',
  ghz: 'ghz',
  mhz: 'mhz',
};
const GLUED = new RegExp(
  String.raw`(?<![\w.,$£€¥])${NUM}\s?(${Object.keys(GLUED_UNITS).join('|')})\b(?![-'’])`,
  'gi',
);
/** "400m", "7.14m": metres where the sentence is about athletics or swimming, else millions. */
const METRES = new RegExp(String.raw`(?<![\w.,$£€¥])${NUM}m\b(?![-'’])`, 'g');
/** Words of track and field and the pool: a bare "400m" in such a sentence is a distance. */
const ATHLETICS =
  /\b(?:hurdles|relay|sprint(?:s|er|ers)?|metres|jump|leap|vault|throw|shot put|discus|javelin|hammer|hept|pent|decath|athlet\w*|indoor|outdoor|freestyle|backstroke|breaststroke|butterfly|medley|personal best|season's best|lifetime best|world record|race|ran|runs?|runners?|cleared|marathon|track|heats?|lap|podium|medal\w*|gold|silver|bronze)\b/i;
/** A number of units of time as one word with a hyphen, before what lasts that long: "an 18-month ban". */
const HYPHEN_TIME = new RegExp(String.raw`(?<![\w.,$£€¥])${NUM}-(${TIME_UNITS})\b(?!-old)`, 'gi');
/**
 * A number and what it counts as one word with a hyphen, before what is that big: "a 25-yard strike",
 * "a 21-man squad", "the 27-nation bloc". Not an age ("a 3-year-old": another hyphen follows) nor a
 * score ("3-nil"), nor "200-plus", "40-strong".
 */
const HYPHEN_COUNT = new RegExp(
  String.raw`(?<![\w.,$£€¥-])${NUM}-(?!(?:nil|all|love|odd|plus|strong|fold)\b)([a-z]{3,})\b(?![-'’])`,
  'g',
);
/** A bare number that a movement or a range reaches: "fell 11.7% to 642", "from 40 to 1,512". */
const BARE_TO =
  /(?<=\b(?:to|from)\s)(\d+(?:\.\d+)?)(?=[\s,;:)]|\.(?!\d)|$)(?!\s(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)/g;
/** A bare number with "in all" or "in total" after it: "18 in all". */
const BARE_IN_ALL = /(?<![\w.,$£€¥])(\d+)(?=\sin\s(?:all|total)\b)/g;

/** Words after a number that are not what it counts: "296 the previous year", "300 and rising". */
const NOT_A_UNIT =
  /^(?:the|and|for|from|with|was|were|are|has|had|have|this|that|last|next|than|into|over|its|their|but|per|each|who|which|will|would)$/i;

/** A bare number with thousands separators, no unit after it: "dropped to 6,360". */
const BARE = /(?<![\w.,$£€¥])(\d{1,3}(?:,\d{3})+)(?![\w%]|[.,]\d)/g;
/** Capitalised words that open a sentence before a number without naming anything: "Some 80,000 people". */
const NOT_A_NAME =
  /(?:^|\s)(?:Some|About|Around|Nearly|Almost|Over|More|Only|Just|Another|All|The|Up|Down|By|With|To|For|In|On|At|Of|Approximately|Roughly|Exactly|Those|These|Its|Their|His|Her|And|But|Last|This|Next|Than|Under|Below|Above|After|Before|When|While|Since|If|As|Although|Because|During|Within|Until|From|Barely|Every|Each|Both|Our|My|Your)\s$/;

/** Parts of a whole written as words, in percent: "a third" 33.3, "three quarters" 75. */
const FRACTION_PARTS: Record<string, number> = {
  half: 50,
  third: 100 / 3,
  thirds: 100 / 3,
  quarter: 25,
  quarters: 25,
  fifth: 20,
  fifths: 20,
  tenth: 10,
  tenths: 10,
};
/** "a third of", "two thirds", "three quarters": how many parts (a/one/two/...) and which part. */
const FRACTION = /\b(a|one|two|three|four|nine)[- ](thirds?|quarters?|fifths?|tenths?)\b(?!-)/gi;
/**
 * "half of", "half their 1960 levels", "by half": a half that is a share of something ("half a
 * million" is a number, read with the numbers in words).
 */
const HALF =
  /\bhalf\b(?=\s+(?:of|the|their|its|his|her|those|these|all|our|them)\b)|(?<=\bby\s)half\b|(?<=\b(?:more\sthan|less\sthan|nearly|almost|about|around|roughly|over|under|just)\s)half\b(?![-'’]|\s+(?:an?\s+)?(?:hour|mile|century|point|inch|second|minute|day|week|month|year|time|way|decade|dozen|hundred|thousand|million|billion|trillion)s?\b)|\bhalf\b(?=\s+(?:said|say|says|were|are|have|had|live|lives|lived|believe|believed|think|thought|agreed|expect|expected|want|wanted|own|owned|use|used)\b)/gi;
/** Words before "half" that make it a part of a period or of a whole thing: "the first half", "a half". */
const NOT_A_HALF_SHARE =
  /\b(?:first|second|the|a|an|and|in|last|next|latter|former|other|one|two|three|four)\s+$/i;
/** The part counted in a fraction when what follows is a length of time or a distance, not a share. */
const FRACTION_OF_A_UNIT =
  /^\s+of\s+(?:an?\s+)?(?:hour|mile|century|point|inch|second|minute|day|week|month|year)\b/i;
/** "one in four", "nine out of 10": a rate, in percent. */
const ONE_IN =
  /\b(one|two|three|four|five|six|seven|eight|nine|\d{1,2})\s(?:in|out\sof)\s(two|three|four|five|six|seven|eight|nine|ten|\d{1,4})\b(?!\s?(?:%|per|years?|months?))/gi;
/** What every match of ONE_IN holds (see gated). */
const ONE_IN_WORDS = /\b(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine)\s(?:in|out\sof)\s/i;
/** A scale written as a word: a number with one after a name is a figure ("New Year's Day 61 million texts"). */
const WORD_SCALE = /^(?:thousand|million|billion|trillion)$/i;
/** Words after a number in digits that are not what it counts: "20 million after ZTV ...", "1-1 near the end". */
const NOT_COUNTED_AFTER_DIGITS =
  /^(?:after|before|near|when|while|where|whose|since|until|most|later|earlier|ago)$/i;
/**
 * A plural noun after the word a number is followed by, maybe past "new", "net", "more", ...:
 * "working families", "proposed changes", "eligible people", "net new jobs".
 */
const PLURAL_AFTER =
  /^\s(?:(?:new|more|other|net|extra|additional|full-time|part-time)\s)?([a-z][a-z-]{2,}s|people|children|men|women)\b(?![-'’])/;
/** True when the text before a number ends in a capitalised name that the number may belong to ("Windows 7"). */
const afterAName = (before: string) => /\p{Lu}[\p{L}\p{N}]*\s$/u.test(before) && !NOT_A_NAME.test(before);
const DIGITS_OR_WORDS = (word: string) => (/^\d/.test(word) ? Number(word) : valueOfWords(word));

/** "Formula One", "Channel Four": a number in words right after a capitalised name is part of it. */
const AFTER_A_NAME = /\p{Lu}[\p{L}\p{N}]*[\s-]$/u;
/** Units of time after a number in words, in their plural: "nine months", "a three-year deal". */
const WORD_TIME = new RegExp(String.raw`^[\s-](${TIME_UNITS})\b(?![-'’])`, 'i');
/** A number in words with "-year-old" after it: an age ("the seven-year-old"). */
const WORD_AGE = /^[\s-]years?[\s-]olds?\b/i;
/** What a number in words counts: "Twenty firms", "seven Oscar categories", "three successive wins". */
const WORD_COUNTED = new RegExp(
  String.raw`^\s(?:(?:new|more|other|full-time)\s)?(?:of\s(?:(?:the|his|her|its|their|our|these|those)\s)?)?(?!${SCALE_WORD})([a-z][a-z-]{2,})(?:\s([a-z][a-z-]{2,}s)\b)?`,
  'i',
);
/** What a number in words counts as one word with a hyphen: "seven-storey", "five-set" (no third word: "two-year-old"). */
const WORD_HYPHEN_COUNTED = /^-([a-z]{3,})\b(?![-'’])/i;
/** Words ending in "s" that are not a plural noun a count may count: "Eighteen investment firms" but not "... has". */
const NOT_A_PLURAL =
  /^(?:was|has|is|his|its|this|thus|plus|does|always|perhaps|unless|across|news|us|as|whereas|yes)$/i;
/** "and a half" after a number in words: half a unit more ("three and a half months"). */
const AND_A_HALF = /^\sand\sa\shalf(?=[\s-]\p{L})/iu;
/** Numbers in words that may stand as the low end of a range in digits ("six to 10 times", "between five and 10"). */
const SMALL_WORD =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty';
/** What joins the two ends of a range: "two to four weeks", "3-4%". */
const RANGE_JOINT = /^(?:\sto\s|\sor\s|\s?[-–]\s?)$/;
/** The low end of a range in digits right before its high end: "3-4%", "2 to 4 weeks", "between 5 and 7%". */
const DIGIT_LOW_END = new RegExp(
  String.raw`(?:(?<![\w.,$£€¥-])(\d+(?:\.\d+)?)(\s?[-–]\s?|\sto\s|\sor\s)|\bbetween\s(\d+(?:\.\d+)?|${SMALL_WORD})\sand\s|(?<![\w-])(${SMALL_WORD})\s(?:to|or)\s)$`,
  'i',
);
/** What every range in digits holds (see gated). */
const RANGE_WORD = /\d\s?[-–]\s?\d|[\da-z]\s(?:to|and|or)\s\d/i;
/**
 * "of the 12", "of our 11", "out of their 12", "of a total of 10", "of their last five": the whole a
 * number in words is a part of, in digits or in words (claims-30: "out of", "a", "last", "total of").
 */
const OF_A_WHOLE = new RegExp(
  String.raw`^\s(?:out\s)?of\s(?:(?:the|his|her|its|their|our|these|those|a)\s)?(?:(?:last|first|next|total\sof|staggering|possible)\s)?(?:\d|(?:${wordsInside(HAS_NUMBER_WORD)})\b)`,
  'i',
);
/** Currency words after a number in words: "three million pounds". */
const WORD_MONEY = /^\s(dollars|pounds|euros|yen|yuan)\b/i;
/** "per cent" after a number in words: "Forty three per cent". */
const WORD_PERCENT = /^\s(?:per ?cent|percent)\b/i;
/** Words a number in words goes with that make it no figure: "one of", "one another", "one-off", "two-way". */
const WORD_NOT_A_FIGURE =
  /^[\s-](?:another|off|way|time|sided|nil|all|apiece|each|or|to|and|hand|thing|things|point)\b/i;
/**
 * "four times", "a hundred times": a multiple or a number of occasions, counted in `times`
 * (claims-30: the keys label both; "18 times" in digits was read already).
 */
const WORD_TIMES = /^\stimes\b(?![-'’])/i;
/** "at the age of eight": an age in words before it. */
const AGE_OF_BEFORE = /\bthe\sage\sof\s$/i;
/**
 * "Two UK gamers", "two US firms": initials in capitals between a number in words and what it
 * counts, passed over (the pattern is cased; WORD_COUNTED is not).
 */
const INITIALS_BETWEEN = /^\s[A-Z]{2,4}(?=\s[a-z])/;

function toNumber(whole: string, fraction: string | undefined): number {
  return Number(`${whole.replace(/,/g, '')}${fraction ? `.${fraction}` : ''}`);
}

/** The value of a number as written, times its scale, and the precision it is written to. */
function read(whole: string, fraction: string | undefined, scale = 1): { value: number; step: number } {
  return { value: toNumber(whole, fraction) * scale, step: 10 ** -(fraction?.length ?? 0) * scale };
}

const scaleOf = (word: string | undefined) => SCALES[word?.toLowerCase() ?? ''] ?? 1;

function qualifierBefore(sentence: string, start: number): { qualifier: Qualifier; start: number } {
  const before = sentence.slice(Math.max(0, start - 24), start);
  for (const [re, qualifier] of QUALIFIERS) {
    const match = re.exec(before);
    if (!match) continue;
    // "will go up to £4.35", "went up to 6.5%": the level reached, not a ceiling.
    if (qualifier === 'up-to' && MOVED_UP_TO.test(sentence.slice(Math.max(0, start - 40), start)))
      return { qualifier: 'exact', start };
    if (qualifier === 'over' && GIVEN_OVER.test(sentence.slice(Math.max(0, start - 40), start)))
      return { qualifier: 'exact', start };
    return { qualifier, start: start - (before.length - match.index) };
  }
  return { qualifier: 'exact', start };
}

/** Words besides number words that may state a figure without a digit: fractions, "a million", "hundreds", "doubled". */
const MAY_HOLD_WORDS =
  /\b(?:half|decade-long|thirds?|quarters?|fifths?|tenths?|a (?:dozen|thousand|million|billion|decade|year|month|fortnight|week|day|couple)|twice|(?:two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|thousand|\d{1,4})-?fold|hundreds|thousands|millions|billions|(?:doubl|tripl|trebl|quadrupl|halv)(?:e|es|ed|ing))\b/i;
/**
 * "hundreds of servers", "thousands of pounds", "tens of millions of dollars", "known to millions":
 * a vague amount read as at least its scale (claims-32), money when a currency's word follows "of",
 * else a count of the noun after "of" (a determiner passed), or of nothing named.
 */
const VAGUE =
  /\b(?:(tens|hundreds)\sof\s)?(hundreds|thousands|millions|billions)\b(?![-'’])(?:\sof\s(?:(pounds|dollars|euros)\b|(?:(?:the|their|its|his|her|our|these|those|other|new)\s)?([a-z][a-z-]{2,})\b))?/gi;
const VAGUE_SCALE: Record<string, number> = {
  tens: 10,
  hundreds: 100,
  thousands: 1e3,
  millions: 1e6,
  billions: 1e9,
};
const VAGUE_WORD = /hundreds|thousands|millions|billions/i;
const PRONOUN = /^(?:them|those|these|which|whom|you|us|people's)$/i;
/**
 * "doubled", "has tripled", "halving", "to double", "more than double that of": a multiple stated by
 * a verb, counted in `times` as "twice" is (claims-32). Its past and -ing forms are read wherever
 * they stand ("doubled as" and "doubled up" are no figure); the bare verb only after a word that
 * makes it one ("to", a modal, "than", "and") and not before "figures"/"digits" ("a double act",
 * "the double", "double standards" stay unread).
 */
const MULTIPLE_VERB =
  /\b(?:(doubl|tripl|trebl|quadrupl|halv)(?:ed|ing|es)\b(?!\s(?:as|up|over|back)\b)|(?<=\b(?:to|will|would|could|can|may|might|should|must|than|and)\s(?:\w+ly\s)?)(double|triple|treble|quadruple|halve)\b(?!\s(?:figures|digits)\b))(?![-'’])/gi;
const MULTIPLE_VERB_WORD = /doubl|tripl|trebl|quadrupl|halv/i;
const MULTIPLE_VALUE: Record<string, number> = {
  doubl: 2,
  double: 2,
  tripl: 3,
  triple: 3,
  trebl: 3,
  treble: 3,
  quadrupl: 4,
  quadruple: 4,
  halv: 0.5,
  halve: 0.5,
};
/**
 * "two-time champion", "the three time Zedland hurdles champion": how many times a title was
 * won, a count in `times` (claims-32); with a space only before a capital or a word of titles.
 */
const TIME_HOLDER =
  /^(?:-time\b(?![-'’])|\stime(?=\s(?:\p{Lu}|world|olympic|champion|winner|grand|major|title|cup|league|european|national|defending|former)))/u;
/** A qualifier right before a single part ("nearly a quarter", "more than a third"): a share, not an ordinal. */
const SHARE_QUALIFIER = /\b(?:nearly|almost|around|about|roughly|more\s+than|less\s+than|over|under)\s+$/i;
/** A verb of people right after a single part ("a quarter said", "a third have"): a share of them. */
const SHARE_VERB_AFTER =
  /^\s+(?:said|say|says|were|are|have|had|thought|think|felt|feel|believe|believed|agreed|admitted|expect|expected|want|wanted|use|used|own|owned)\b/i;
/**
 * "twice", "tenfold", "a four-fold rise", "10-fold": a multiple, counted in `times` as "four times"
 * is (claims-30).
 */
const MULTIPLE =
  /\b(?:(twice)|(two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|thousand|\d{1,4})-?fold)\b(?![-'’])/gi;
/**
 * A number word or one of MAY_HOLD_WORDS: both patterns' words in one, so that a sentence is
 * scanned once, not twice (a fifth of parsing the archive's quantities was those two scans). It
 * matches where either does: each is a word boundary, one of its words, a word boundary.
 */
const NUMBER_OR_PART_WORD = new RegExp(
  String.raw`\b(?:${wordsInside(HAS_NUMBER_WORD)}|${wordsInside(MAY_HOLD_WORDS)})\b`,
  'i',
);
/** The words of a pattern `\b(?:...)\b` (see NUMBER_OR_PART_WORD); throws for a pattern of another shape. */
function wordsInside(pattern: RegExp): string {
  const m = /^\\b\(\?:(.*)\)\\b$/.exec(pattern.source);
  if (!m || !pattern.ignoreCase || pattern.global)
    throw new Error(`wordsInside needs a pattern \\b(?:...)\\b with the i flag alone, not ${pattern}`);
  return m[1] ?? '';
}
/** Decades are read as years, so that "a decade" and "10 years" can be compared. */
const YEARS_A_DECADE = 10;
/** "a decade": ten years. */
const A_DECADE = /\ba\sdecade\b(?![-'’])|\bdecade-long\b/gi;
/**
 * "for a year", "within a month", "a day after": one unit of time, read as a span only where a word
 * of span goes before it or a word of sequence follows (claims-31b): "£5m a year", "twice a week", "a
 * day of action", "a year ago" and "from a year before" (a moment) stay unread.
 */
const A_SPAN = /\ba\s(year|month|fortnight|week|day)\b(?![-'’])/gi;
const SPAN_BEFORE =
  /\b(?:for|within|than|nearly|almost|about|around|over|under|least|just|only|barely|waited|lasted|spent|took)\s$/i;
const SEQUENCE_AFTER = /^\s(?:after|later|on)\b/i;
/** "more than a year ago", "than a year earlier": a moment, not a span ("less than a week before" is one). */
const MOMENT_AFTER = /^\s(?:ago|earlier|previously)\b/i;
/** "a couple of months", "a couple more": two. */
const A_COUPLE = /\ba\scouple(?:\sof(?=\s(\w+))|(?=\smore\b))/gi;
/** A number or amount before "a year": a rate ("£5m a year", "six times a week", "one a week"), no span. */
const RATE_BEFORE = new RegExp(
  String.raw`(?:\d%?|\b(?:once|twice|times|${wordsInside(HAS_NUMBER_WORD)}))\s$`,
  'i',
);
/** Words after a number in words that are not what it counts: "four said", "two while", "two ago". */
const NOT_COUNTED_AFTER_WORDS =
  /^(?:said|says|say|while|when|where|what|whom|whose|because|since|after|before|until|also|both|did|does|can|could|should|may|might|must|out|off|down|into|onto|upon|about|most|less|among|between|within|without|apart|again|ago|later|earlier|then|there|here|too|yet|still|were|being|not|now|just|only|even|ever|back|away|such|much|many|own|same|once|twice|times|previous)$/i;
/**
 * A rank or place in digits ("his 40th cap", "in 12th place", "ranked between the 25th and 80th"),
 * counted in `th` (claims-31b): not a date ("the 5th of May", "May 5th"), nor a century ("20th-century").
 * A match's minute ("the 80th minute") is read: the claims keys label it.
 */
const ORDINAL =
  /(?<![\w.,$£€¥:/-])(\d{1,4})(?:st|nd|rd|th)\b(?![-'’]|\s+(?:century|centuries|of\s+(?:the\s+)?month)\b)/gi;
const ORDINAL_WORD = /\d(?:st|nd|rd|th)\b/i;
/** Ordinals in words, by their value. */
const ORDINAL_WORDS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
};
const ORDINAL_WORD_LIST = Object.keys(ORDINAL_WORDS).join('|');
/**
 * A rank in words (claims-31b): an ordinal after a verb of finishing ("came third", "finished
 * fifth", "ranked second", "rose to fifth") or before a place ("in fourth place", "the sixth position"); "number two"
 * and "No 7" in lower case ("reached number two in the chart"; "Number 10" is a house).
 */
const RANK_IN_WORDS = new RegExp(
  String.raw`(?<=\b(?:came|comes|come|finished|finishes|finish|placed|ranked|ranks|lies|lying|sits|sitting|ended|ending|rose|climbed|fell|dropped|slipped|moved\sup|moved\sdown)\s(?:in\s|to\s)?)(${ORDINAL_WORD_LIST})\b(?![-'’])|\b(${ORDINAL_WORD_LIST})(?=\s(?:place|position|spot)\b)|\bnumber\s(\d{1,3}|${wordsInside(HAS_NUMBER_WORD)})\b(?![-'’.,]\d|\sof\b)|\bNo\.?\s(\d{1,3})\b(?![-'’.,]\d)`,
  'g',
);
const COUNT_BEFORE = new RegExp(String.raw`(?:\d(?:st|nd|rd|th)|\b(?:${ORDINAL_WORD_LIST}))\s$`, 'i');
/** "number" or "No" right before digits: a rank, not a count of what follows. */
const RANK_NUMBER_BEFORE = /(?:\bnumber|\bNo\.?)\s$/;
const ONE_COUNTED = /^\s(?:(?:other|more|extra|additional)\s)?([a-z][a-z-]{2,})\b(?![-'’])/;
const ONE_NOT_COUNTED =
  /^(?:who|that|which|the|and|but|has|had|have|was|were|is|are|will|would|can|could|should|might|may|must|thing|things|way|such|big|major|particular|key|last|final|for|from|with|in|on|at|by|to|as|if|or|its|his|her|their|our|my|your|you|day|night|time|point|hand|side|piece|reason|another)$/i;
const RANK_GATE = new RegExp(String.raw`\b(?:${ORDINAL_WORD_LIST}|number|No)\b`, 'i');
/** A day of a month written as an ordinal: "May 5th", "on the 5th", "5th May", "the 5th of May". */
const ORDINAL_DATE_BEFORE = new RegExp(String.raw`(?:\b(?:${MONTH_OR_SHORT})\.?|\bon\sthe|\bon)\s$`);
const ORDINAL_DATE_AFTER = new RegExp(String.raw`^\s(?:of\s)?(?:${MONTH_OR_SHORT})\b`);
/** The unit of a rank read from an ordinal in digits. */
export const ORDINAL_UNIT = 'th';
/** Months, capitalised: "1 January" is a date, not a count of Januaries. */
const MONTH = new RegExp(`^(?:${MONTH_OR_SHORT})$`);

/**
 * The least number in words read as a count of a noun: one, so "three awards" is read as newsroom
 * style writes small counts. (It was ten while answers ranked any fact with a figure higher for a
 * question that names no measure, "who" questions included; they now do so only for questions that
 * ask for a figure, answer/answer.ts `asksFigure`.)
 */
const MIN_WORD_COUNT = 1;

/** The youngest and oldest ages read from a bare number between commas after a name ("Jo Bloggs, 63,"). */
const MIN_AGE = 16;
const MAX_AGE = 110;

const round1 = (x: number) => Math.round(x * 10) / 10;
const plural = (unit: string) => {
  const lower = unit.toLowerCase();
  return lower.endsWith('s') ? lower : lower === 'century' ? 'centuries' : `${lower}s`;
};
/** A number as written, without a scale: its value and the precision it is written to. */
function readCount(whole: string, fraction: string | undefined): [number, number] {
  const { value, step } = read(whole, fraction);
  return [value, step];
}

/**
 * What a number written in words states, from the words after it: a percentage ("Forty three per
 * cent"), money ("three million pounds"), an age ("seven-year-old"), a duration ("nine months"), a
 * count of a noun ("Twenty firms"), or a scaled number alone ("three million"). A bare small number
 * ("one of", "the two") states nothing; "one" is read only as a duration or with a scale; a number
 * word after a capitalised name is part of the name ("Formula One"), and so is one capitalised inside
 * a sentence ("Channel Four").
 */
function wordQuantity(
  sentence: string,
  words: { start: number; end: number; value: number; scale: number },
): { end: number; quantity: Stated } | undefined {
  // "three and a half months", "a two and a half inch needle": the half is part of the number (claims-32).
  const half = words.scale === 1 ? AND_A_HALF.exec(sentence.slice(words.end)) : null;
  if (half)
    return wordQuantity(sentence, { ...words, end: words.end + half[0].length, value: words.value + 0.5 });
  const before = sentence.slice(0, words.start);
  const written = sentence.slice(words.start, words.end);
  const after = sentence.slice(words.end);
  // "Okafor two weeks after", "Lake Brindle, four days later": a span of time is no part of a name.
  const ofTime = WORD_TIME.test(after) || WORD_AGE.test(after);
  if (AFTER_A_NAME.test(before) && !NOT_A_NAME.test(before) && !ofTime) return undefined;
  // "at the age of eight": the age is read before the number, whatever follows it.
  if (AGE_OF_BEFORE.test(before) && words.scale === 1)
    return { end: words.end, quantity: { kind: 'count', value: words.value, step: 1, unit: AGE_UNIT } };
  const opening = /^[\s"'‘“(]*$/.test(before);
  if (!opening && /^\p{Lu}/u.test(written)) return undefined;
  const holder = words.scale === 1 && words.value >= 2 ? TIME_HOLDER.exec(after) : null;
  if (holder)
    return {
      end: words.end + holder[0].length,
      quantity: { kind: 'count', value: words.value, step: 1, unit: 'times' },
    };
  // "five million and", "nine million to 2 million": a number with a scale word is a figure
  // whatever follows it (read-33); "one of", "two-way", "one or two" are none.
  if (words.scale === 1 && WORD_NOT_A_FIGURE.test(after)) return undefined;
  const step = words.scale;
  const alone = /^(?:one|a|an)$/i.test(written);
  const times = WORD_TIMES.exec(after);
  if (times && !alone)
    return {
      end: words.end + times[0].length,
      quantity: { kind: 'count', value: words.value, step, unit: 'times' },
    };
  const percent = WORD_PERCENT.exec(after);
  if (percent)
    return { end: words.end + percent[0].length, quantity: { kind: 'percent', value: words.value, step } };
  const money = WORD_MONEY.exec(after);
  if (money)
    return {
      end: words.end + money[0].length,
      quantity: {
        kind: 'money',
        value: words.value,
        step,
        currency: WORDS[money[1]?.toLowerCase() ?? ''] ?? 'USD',
      },
    };
  const age = WORD_AGE.exec(after);
  if (age)
    return {
      end: words.end + age[0].length,
      quantity: { kind: 'count', value: words.value, step, unit: AGE_UNIT },
    };
  const time = WORD_TIME.exec(after);
  if (time) {
    const decades = /^decade/i.test(time[1] ?? '');
    return {
      end: words.end + time[0].length,
      quantity: decades
        ? { kind: 'count', value: words.value * YEARS_A_DECADE, step: step * YEARS_A_DECADE, unit: 'years' }
        : { kind: 'count', value: words.value, step, unit: plural(time[1] ?? '') },
    };
  }
  if (alone) {
    // "one change", "one relative", "one single": "one" before a noun it counts (claims-31b), not
    // "one of", "one who", "one thing", "one day" (a span, above).
    const noun = /^one$/i.test(written) ? ONE_COUNTED.exec(after) : null;
    if (!noun || ONE_NOT_COUNTED.test(noun[1] ?? '') || NOT_COUNTED_AFTER_WORDS.test(noun[1] ?? ''))
      return undefined;
    return {
      end: words.end + noun[0].length,
      quantity: { kind: 'count', value: 1, step: 1, unit: (noun[1] ?? '').toLowerCase() },
    };
  }
  // "only four of the 12", "nine of our 11 businesses": a part of a whole given in digits.
  if (words.value >= MIN_WORD_COUNT && OF_A_WHOLE.test(after))
    return { end: words.end, quantity: { kind: 'count', value: words.value, step } };
  const initials = INITIALS_BETWEEN.exec(after)?.[0].length ?? 0;
  const counted = WORD_COUNTED.exec(after.slice(initials));
  if (
    counted &&
    words.value >= MIN_WORD_COUNT &&
    !NOT_A_UNIT.test(counted[1] ?? '') &&
    !NOT_COUNTED_AFTER_WORDS.test(counted[1] ?? '')
  ) {
    // "Eighteen investment firms": a plural after a singular word is what is counted.
    const [, first = '', second] = counted;
    const head = second && !/s$/i.test(first) && !NOT_A_PLURAL.test(second) ? second : undefined;
    const end =
      words.end +
      initials +
      (head ? counted[0].length : counted[0].length - (second ? second.length + 1 : 0));
    return {
      end,
      quantity: { kind: 'count', value: words.value, step, unit: (head ?? first).toLowerCase() },
    };
  }
  // "a seven-storey block", "a five-set match": a number in words and what it counts as one word
  // with a hyphen, as HYPHEN_COUNT reads "a 25-yard strike" (never "one-": "one" is read alone only
  // as a span or with a scale; nor a fraction, "two-thirds").
  const hyphened = WORD_HYPHEN_COUNTED.exec(after);
  if (
    hyphened &&
    words.scale === 1 &&
    words.value >= 2 &&
    !NOT_A_UNIT.test(hyphened[1] ?? '') &&
    !NOT_COUNTED_AFTER_WORDS.test(hyphened[1] ?? '') &&
    !Object.hasOwn(FRACTION_PARTS, (hyphened[1] ?? '').toLowerCase())
  )
    return {
      end: words.end + hyphened[0].length,
      quantity: { kind: 'count', value: words.value, step, unit: (hyphened[1] ?? '').toLowerCase() },
    };
  if (words.scale > 1) return { end: words.end, quantity: { kind: 'count', value: words.value, step } };
  return undefined;
}

const NONE: RegExpExecArray[] = [];

/**
 * The matches of `pattern` (see matchesOf), or none without reading it when the text does not hold
 * `needed`: a character or word every match of the pattern holds, far quicker to look for.
 */
function gated(needed: RegExp | string, pattern: RegExp, text: string): RegExpExecArray[] {
  const holds = typeof needed === 'string' ? text.includes(needed) : needed.test(text);
  return holds ? matchesOf(pattern, text) : NONE;
}

/**
 * What every match of a pattern below holds (see gated): a currency sign (MONEY_BEFORE); "%" or
 * "per" (PERCENT: "per cent", "percent", "percentage points"); "year", "aged" or "age of" (AGE); a comma
 * and a space before two digits (AGE_AFTER_NAME); a digit, a comma and three digits (BARE); a digit,
 * a colon and two digits (CLOCKED); "min" (MINUTES_SECONDS); a hyphen (HYPHEN_TIME, HYPHEN_COUNT);
 * "to" or "from" as a word, a space and a digit (BARE_TO); a digit before "in all" or "in total"
 * (BARE_IN_ALL); "decade" (A_DECADE); a part of a whole (FRACTION); "half" (HALF). Cased as the
 * pattern reads its words. A pattern with a lookbehind is tried at every place of a sentence: the
 * narrower its gate, the fewer sentences it is tried on.
 */
const CURRENCY_SIGN = /[$£€¥₹]/;
const PERCENT_SIGN = /%|per/i;
const AGE_WORD = /year|aged|age\sof/i;
const COMMA_AGE = /,\s\d\d/;
const THOUSANDS = /\d,\d{3}/;
const CLOCK = /\d:\d\d/;
const MINUTES_WORD = /min/i;
const HYPHEN = '-';
const TO_OR_FROM = /\b(?:to|from)\s\d/;
const IN_ALL = /\d\sin\s(?:all|total)/;
const DECADE_WORD = /decade/i;
const PART_WORD = /third|quarter|fifth|tenth/i;
const HALF_WORD = /half/i;
const A_WORD = /\ba\s(?:year|month|fortnight|week|day|couple)\b/i;

/** A word of money after a number in words (see WORD_MONEY), or a nationality's cents: what every match holds. */
const MONEY_WORD = /(?:dollars|pounds|euros|yen|yuan|cents)\b/i;
/** MONEY_AFTER, tried once for whether it matches anywhere. */
const MONEY_AFTER_ANYWHERE = new RegExp(MONEY_AFTER.source, 'i');
/**
 * What every percentage holds: "%" or "per cent" ("percent", "percentage points"; PERCENT,
 * WORD_PERCENT), a part of a whole (FRACTION), "half" (HALF); a rate holds ONE_IN_WORDS.
 */
const PERCENT_MARK = /%|per ?cent|third|quarter|fifth|tenth|half/i;
/** What every year holds (YEAR). */
const YEAR_DIGITS = /1[89]\d\d|20\d\d/;

/**
 * False when a text states no quantity of this kind, told without parsing it (speed-31): every
 * pattern that reads money holds a currency sign, matches MONEY_AFTER or holds a word of money after a
 * number in words; a percentage, see PERCENT_MARK and ONE_IN_WORDS; a year, four digits. Low ends of
 * ranges take the kind of a quantity found already. True when it may (a count, always: it has too
 * many ways to be written). Pure; a test holds it true wherever parseQuantities finds the kind.
 */
export function mayStateKind(text: string, kind: QuantityKind): boolean {
  switch (kind) {
    case 'money':
      return CURRENCY_SIGN.test(text) || MONEY_WORD.test(text) || MONEY_AFTER_ANYWHERE.test(text);
    case 'percent':
      return PERCENT_MARK.test(text) || ONE_IN_WORDS.test(text);
    case 'year':
      return YEAR_DIGITS.test(text);
    default:
      return true;
  }
}

/**
 * True where `parseQuantities(text)` surely holds a quantity of this kind, told by its first
 * patterns alone (speed-33); false where it cannot tell (then parse). Money: the money patterns are
 * read first, so the first match of one is kept (or another money match that took its place). A
 * percentage: PERCENT is read next, so where the text can state no money (`mayStateKind`), nothing
 * is taken before it and its first match is kept. Never for a year or a count. Pure; a test holds
 * it to parseQuantities.
 */
export function surelyStatesKind(text: string, kind: QuantityKind): boolean {
  if (!/\d/.test(text)) return false;
  if (kind === 'money')
    return gated(CURRENCY_SIGN, MONEY_BEFORE, text).length > 0 || MONEY_AFTER_ANYWHERE.test(text);
  if (kind === 'percent')
    return gated(PERCENT_SIGN, PERCENT, text).length > 0 && !mayStateKind(text, 'money');
  return false;
}

/** What a pattern reads of a quantity; `add` reads the rest (qualifier, rate, change, span). */
type Stated = Pick<Quantity, 'kind' | 'value' | 'step' | 'currency' | 'unit'>;

/** All quantities a sentence states, in the order they appear. */
/** The units of a span of time a figure may be read "over". */
const SPAN_UNITS = new Set(['years', 'months', 'weeks', 'days', 'hours', 'seasons']);
/**
 * Before "over N years", the words that make "over" a floor: "for over", "in over", "aged over",
 * "took over", "lasted over" (more than the span), not a span's "across".
 */
const SPAN_FLOOR =
  /\b(?:for|of|in|than|aged|after|within|took|takes?|taken|taking|lasted|lasts?|lasting|spent|spend|spends|spending|served|serving|waited|waiting|been|least|just)\s+$/i;
/** After it, the words that make "over N years" a floor too: "over 10 years ago", "over 65 years old". */
const SPAN_FLOOR_AFTER = /^\s*(?:ago|old|earlier|later|before|after|of age)\b/i;

/**
 * "rents doubled over 10 years", "sold 40 million tickets over 12 months": "over" a span of
 * time is the span the figure was measured across, not a floor ("more than 10 years"), so the
 * value is the span's own (issue 20 §3: a stated "10 years" ruled such a figure out; read here, below the claims, the
 * answers, the digest and the check, since claims-33: before, only the check read it). A floor
 * where the words before or after say so ("for over 10 years", "over 10 years ago").
 */
export function spannedOf(text: string, q: Quantity): Quantity {
  if (q.qualifier !== 'over' || !q.unit || !SPAN_UNITS.has(q.unit)) return q;
  if (!/^over\s/i.test(text.slice(q.start, q.end))) return q;
  if (SPAN_FLOOR.test(text.slice(Math.max(0, q.start - 16), q.start))) return q;
  if (SPAN_FLOOR_AFTER.test(text.slice(q.end, q.end + 12))) return q;
  return { ...q, qualifier: 'exact' };
}

export function parseQuantities(sentence: string): Quantity[] {
  // A quantity is written with a digit or a number word: many sentences have neither.
  const digits = /\d/.test(sentence);
  const words = NUMBER_OR_PART_WORD.test(sentence);
  const ranks = RANK_GATE.test(sentence);
  const ageWords = OVER_UNDER.test(sentence);
  if (!digits && !words && !ranks && !ageWords) return [];
  const found: Quantity[] = [];
  const taken: Array<[number, number]> = [];
  const free = (start: number, end: number) => taken.every(([s, e]) => end <= s || start >= e);
  const add = (match: { index: number; 0: string }, q: Stated, plus?: string) => {
    const end = match.index + match[0].length;
    if (!free(match.index, end)) return;
    taken.push([match.index, end]);
    // "compete over 1500m", "the world title over 60m": "over" a race's distance is "across", no floor.
    const across =
      q.unit === 'metres' && OVER_WORD.test(sentence.slice(Math.max(0, match.index - 6), match.index));
    const before = across
      ? { qualifier: 'exact' as const, start: match.index }
      : qualifierBefore(sentence, match.index);
    const qualifier = plus ? 'over' : before.qualifier;
    const per = q.kind === 'money' ? PER.exec(sentence.slice(end))?.[1]?.toLowerCase() : undefined;
    const lead = sentence.slice(Math.max(0, before.start - 16), before.start);
    // "cut 300 jobs", "lost 318,000 subscribers": a count that is shed or added is a change too.
    const placed =
      before.start < match.index &&
      PLACE_BOUND.test(sentence.slice(before.start, match.index)) &&
      MOVED_TO_BOUND.test(lead);
    const change =
      (changeBefore(lead) && !placed) ||
      (q.kind === 'percent' &&
        ((MOVED_BY_PERCENT.test(lead) && !placed) || MORE_AFTER.test(sentence.slice(end, end + 12)))) ||
      (q.kind === 'money' && MONEY_MORE_AFTER.test(sentence.slice(end, end + 12))) ||
      (q.kind === 'count' &&
        (FLOW.test(lead) || FLOW_AFTER.test(sentence.slice(end, end + 40)) || FLOW_UNITS.test(q.unit ?? '')));
    found.push({
      ...q,
      qualifier,
      ...(per ? { per } : {}),
      ...(change ? { change } : {}),
      text: sentence.slice(before.start, end).trim(),
      start: before.start,
      end,
    });
  };

  if (digits) {
    for (const m of gated(CURRENCY_SIGN, MONEY_BEFORE, sentence)) {
      const [, symbol = '$', whole = '0', fraction, scale, plus] = m;
      const currency = SYMBOLS[symbol.toLowerCase()] ?? 'USD';
      add(m, { kind: 'money', ...read(whole, fraction, scaleOf(scale)), currency }, plus);
    }
    if (/dollars?\b|cents?\b/.test(sentence)) {
      for (const m of matchesOf(NATION_MONEY_AFTER, sentence)) {
        const [, whole = '0', fraction, scale, nation = '', word = ''] = m;
        const cents = word.startsWith('cent') ? 0.01 : 1;
        add(m, {
          kind: 'money',
          ...read(whole, fraction, scaleOf(scale) * cents),
          currency: nationCurrency(nation),
        });
      }
      for (const m of matchesOf(NATION_MONEY_BEFORE, sentence)) {
        const [, nation = '', whole = '0', fraction, scale] = m;
        add(m, { kind: 'money', ...read(whole, fraction, scaleOf(scale)), currency: nationCurrency(nation) });
      }
    }
    for (const m of matchesOf(MONEY_AFTER, sentence)) {
      const [, whole = '0', fraction, scale, word = '', plus] = m;
      const lower = word.toLowerCase();
      const pence = lower === 'p' || lower === 'pence' || lower.startsWith('cent') ? 0.01 : 1;
      add(
        m,
        { kind: 'money', ...read(whole, fraction, scaleOf(scale) * pence), currency: WORDS[lower] ?? 'USD' },
        plus,
      );
    }
    for (const m of gated(PERCENT_SIGN, PERCENT, sentence)) {
      const [, whole = '0', fraction] = m;
      add(m, { kind: 'percent', ...read(whole, fraction) });
    }
    for (const m of matchesOf(YEAR, sentence)) add(m, { kind: 'year', value: Number(m[1]), step: 1 });
    const span = (start: number, end: number) => ({ index: start, 0: sentence.slice(start, end) });
    const count = (value: number, step: number, unit?: string) => ({
      kind: 'count' as const,
      value,
      step,
      ...(unit ? { unit } : {}),
    });
    for (const m of gated(AGE_WORD, AGE, sentence)) add(m, count(Number(m[1] ?? m[2]), 1, AGE_UNIT));
    if (AGE_CUE.test(sentence)) {
      for (const m of matchesOf(AGE_RANGE, sentence)) {
        const [whole, low = '0', high = '0'] = m;
        const lowAt = m.index + whole.lastIndexOf(low, whole.length - high.length - 1);
        add(span(lowAt, lowAt + low.length), count(Number(low), 1, AGE_UNIT));
        add(
          span(m.index + whole.length - high.length, m.index + whole.length),
          count(Number(high), 1, AGE_UNIT),
        );
      }
      for (const m of matchesOf(AGE_GROUP, sentence))
        add(m, count(m[1] ? Number(m[1]) : Number(m[2]) * 10, m[1] ? 1 : 10, AGE_UNIT));
      for (const m of matchesOf(AGE_AT, sentence)) add(m, count(Number(m[1]), 1, AGE_UNIT));
    }
    for (const m of gated(COMMA_AGE, AGE_AFTER_NAME, sentence)) {
      const age = Number(m[1]);
      if (age >= MIN_AGE && age <= MAX_AGE) add(m, count(age, 1, AGE_UNIT));
    }
    for (const m of gated(CLOCK, CLOCKED, sentence)) {
      const [, a = '0', b = '0', c, hundredths] = m;
      const seconds = c
        ? Number(a) * 3600 + Number(b) * 60 + Number(c)
        : Number(a) * 60 + Number(`${b}.${hundredths}`);
      add(m, count(seconds, c ? 1 : 10 ** -(hundredths?.length ?? 0), 'seconds'));
    }
    for (const m of gated(MINUTES_WORD, MINUTES_SECONDS, sentence)) {
      const [, minutes = '0', seconds = '0', fraction] = m;
      const value = DIGITS_OR_WORDS(minutes) * 60 + toNumber(seconds, fraction);
      add(m, count(value, 10 ** -(fraction?.length ?? 0), 'seconds'));
    }
    for (const m of matchesOf(GLUED, sentence)) {
      const [, whole = '0', fraction, unit = ''] = m;
      add(m, count(...readCount(whole, fraction), GLUED_UNITS[unit.toLowerCase()]));
    }
    if (/\dm\b/.test(sentence) && ATHLETICS.test(sentence))
      for (const m of matchesOf(METRES, sentence)) add(m, count(...readCount(m[1] ?? '0', m[2]), 'metres'));
    for (const m of gated(HYPHEN, HYPHEN_TIME, sentence)) {
      const [, whole = '0', fraction, unit = ''] = m;
      add(m, count(...readCount(whole, fraction), plural(unit)));
    }
    for (const m of gated(HYPHEN, HYPHEN_COUNT, sentence)) {
      const [, whole = '0', fraction, unit = ''] = m;
      add(m, count(...readCount(whole, fraction), unit === 'man' ? 'men' : plural(unit)));
    }
    if (ONE_IN_WORDS.test(sentence)) readRates(sentence, add);
    for (const m of matchesOf(COUNT, sentence)) {
      const [, whole = '0', fraction, scale, plus, unit] = m;
      // "Lumen 4 model", "Windows 7 users": a number after a name is part of the name, unless it
      // counts time ("the Commission 4 years later") or has a scale word ("New Year's Day 61 million texts").
      const before = sentence.slice(0, m.index);
      if (afterAName(before) && !DURATION_UNIT.test(unit ?? '') && !WORD_SCALE.test(scale ?? '')) continue;
      if (MONTH.test(unit ?? '')) continue;
      // "fell to number 16 after": a rank, read with the ranks in words (RANK_IN_WORDS).
      if (!scale && RANK_NUMBER_BEFORE.test(before)) continue;
      if (NOT_A_UNIT.test(unit ?? '') || NOT_COUNTED_AFTER_DIGITS.test(unit ?? '')) {
        // "from 296 the previous year": a count of nothing named, the number alone.
        add(
          span(m.index, m.index + m[0].replace(/\s+\S+$/, '').length),
          {
            kind: 'count',
            ...read(whole, fraction, scaleOf(scale)),
          },
          plus,
        );
        continue;
      }
      // "1.5 million working families", "10 proposed changes": a plural after a singular word is what is counted.
      const head =
        unit && !/s$/i.test(unit) ? PLURAL_AFTER.exec(sentence.slice(m.index + m[0].length)) : null;
      const counted = head?.[1] && !NOT_A_PLURAL.test(head[1]) ? head : null;
      add(
        counted ? span(m.index, m.index + m[0].length + counted[0].length) : m,
        {
          kind: 'count',
          ...read(whole, fraction, scaleOf(scale)),
          unit: (counted?.[1] ?? unit)?.toLowerCase(),
        },
        plus,
      );
    }
    for (const m of matchesOf(SCALED, sentence)) {
      const [, whole = '0', fraction, scale, plus] = m;
      if (afterAName(sentence.slice(0, m.index)) && !WORD_SCALE.test(scale ?? '')) continue;
      add(m, { kind: 'count', ...read(whole, fraction, scaleOf(scale)) }, plus);
    }
    for (const m of gated(THOUSANDS, BARE, sentence))
      add(m, { kind: 'count', ...read(m[1] ?? '0', undefined) });
    for (const m of gated(TO_OR_FROM, BARE_TO, sentence)) add(m, count(...readCount(m[1] ?? '0', undefined)));
    for (const m of gated(IN_ALL, BARE_IN_ALL, sentence)) add(m, count(Number(m[1]), 1));
    for (const m of gated(ORDINAL_WORD, ORDINAL, sentence)) {
      const before = sentence.slice(Math.max(0, m.index - 12), m.index);
      const after = sentence.slice(m.index + m[0].length, m.index + m[0].length + 16);
      if (ORDINAL_DATE_BEFORE.test(before) || ORDINAL_DATE_AFTER.test(after)) continue;
      add(m, count(Number(m[1]), 1, ORDINAL_UNIT));
    }
  }
  if (AGE_CUE.test(sentence))
    for (const m of matchesOf(AGE_BE, sentence)) {
      const age = DIGITS_OR_WORDS(m[1] ?? '0');
      if (age >= 1 && age <= MAX_AGE) add(m, { kind: 'count', value: age, step: 1, unit: AGE_UNIT });
    }
  if (ageWords)
    for (const m of matchesOf(AGE_GROUP_IN_WORDS, sentence))
      add(m, {
        kind: 'count',
        value: AGE_GROUP_WORDS[(m[1] ?? '').toLowerCase()] ?? 0,
        step: 1,
        unit: AGE_UNIT,
      });
  if (words) readWords(sentence, add);
  if (ranks)
    for (const m of matchesOf(RANK_IN_WORDS, sentence)) {
      const [, after, before, numbered, no = ''] = m;
      const value =
        after || before
          ? (ORDINAL_WORDS[(after ?? before ?? '').toLowerCase()] ?? 0)
          : DIGITS_OR_WORDS(numbered ?? no);
      // "the 1,000th number one": a number one that an ordinal ranks is a thing, no rank ("18 number
      // one singles" keeps the rank of each).
      if (numbered && COUNT_BEFORE.test(sentence.slice(Math.max(0, m.index - 12), m.index))) continue;
      if (value > 0) add(m, { kind: 'count', value, step: 1, unit: ORDINAL_UNIT });
    }
  if (digits && RANGE_WORD.test(sentence)) digitLowEnds(sentence, found, add);
  return found.sort((a, b) => a.start - b.start).map((q) => spannedOf(sentence, q));
}

/**
 * Rates written "one in four", "1 in 5", "nine out of 10", in percent. Read before counts in a
 * sentence with digits, so that "1 in 5 European workers" is a rate and not 5 "European"s.
 */
function readRates(sentence: string, add: (match: { index: number; 0: string }, q: Stated) => void): void {
  for (const m of matchesOf(ONE_IN, sentence)) {
    const [, some = '1', all = '1'] = m;
    // "$7.40 in 2004", "13 in 2004": a number in a year is no rate.
    if (/^\d{4}$/.test(all) || /[\d.,$£€¥]$/.test(sentence.slice(0, m.index))) continue;
    const whole = DIGITS_OR_WORDS(all);
    const part = DIGITS_OR_WORDS(some);
    if (whole > part && part > 0) add(m, { kind: 'percent', value: round1((100 * part) / whole), step: 1 });
  }
}

/** The figures of a sentence written without digits: fractions, rates ("one in four"), numbers in words. */
function readWords(
  sentence: string,
  add: (match: { index: number; 0: string }, q: Stated, plus?: string) => void,
): void {
  const span = (start: number, end: number) => ({ index: start, 0: sentence.slice(start, end) });
  for (const m of gated(DECADE_WORD, A_DECADE, sentence))
    add(m, { kind: 'count', value: YEARS_A_DECADE, step: 1, unit: 'years' });
  for (const m of gated(A_WORD, A_SPAN, sentence)) {
    const before = sentence.slice(Math.max(0, m.index - 12), m.index);
    const after = sentence.slice(m.index + m[0].length, m.index + m[0].length + 8);
    if (RATE_BEFORE.test(before) || MOMENT_AFTER.test(after)) continue;
    if (!(SPAN_BEFORE.test(before) || SEQUENCE_AFTER.test(after))) continue;
    add(m, { kind: 'count', value: 1, step: 1, unit: plural(m[1] ?? '') });
  }
  for (const m of gated(A_WORD, A_COUPLE, sentence)) {
    const unit = m[1] ?? '';
    const time = DURATION_UNIT.test(unit) || /^fortnights?$/i.test(unit);
    const end = m.index + m[0].length + (time ? unit.length + 1 : 0);
    add(span(m.index, end), { kind: 'count', value: 2, step: 1, ...(time ? { unit: plural(unit) } : {}) });
  }
  for (const m of gated(PART_WORD, FRACTION, sentence)) {
    const [, parts = 'a', part = ''] = m;
    const after = sentence.slice(m.index + m[0].length);
    if (FRACTION_OF_A_UNIT.test(after)) continue;
    // "for a fifth time", "a third term": one part, unless "of" follows or "by" goes before, is an
    // ordinal; so is it unless a verb of people follows ("a quarter said", "a third have bought") or
    // a qualifier goes before and no noun follows ("nearly a quarter from", "more than a third.": a
    // share; claims-30).
    const single = !part.toLowerCase().endsWith('s');
    const share =
      SHARE_VERB_AFTER.test(after) ||
      (SHARE_QUALIFIER.test(sentence.slice(0, m.index)) &&
        !/^\s+(?!from\b|since\b|than\b)\p{Ll}/u.test(after));
    if (single && !share && !/^\s+of\b/i.test(after) && !/\bby\s$/i.test(sentence.slice(0, m.index)))
      continue;
    const many = DIGITS_OR_WORDS(parts === 'a' ? 'one' : parts);
    add(m, { kind: 'percent', value: round1(many * (FRACTION_PARTS[part.toLowerCase()] ?? 0)), step: 1 });
  }
  for (const m of gated(HALF_WORD, HALF, sentence)) {
    if (NOT_A_HALF_SHARE.test(sentence.slice(0, m.index)) && !/\bby\s$/i.test(sentence.slice(0, m.index)))
      continue;
    add(m, { kind: 'percent', value: 50, step: 1 });
  }
  if (!/\d/.test(sentence)) readRates(sentence, add);
  for (const m of matchesOf(MULTIPLE, sentence)) {
    const [, twice, many = '2'] = m;
    add(m, { kind: 'count', value: twice ? 2 : DIGITS_OR_WORDS(many), step: 1, unit: 'times' });
  }
  for (const m of gated(MULTIPLE_VERB_WORD, MULTIPLE_VERB, sentence)) {
    const value = MULTIPLE_VALUE[(m[1] ?? m[2] ?? '').toLowerCase()] ?? 0;
    if (value > 0) add(m, { kind: 'count', value, step: value < 1 ? 0.5 : 1, unit: 'times' });
  }
  for (const m of gated(VAGUE_WORD, VAGUE, sentence)) {
    const [, many, scaleWord = '', currency, noun] = m;
    const value =
      (many ? (VAGUE_SCALE[many.toLowerCase()] ?? 1) : 1) * (VAGUE_SCALE[scaleWord.toLowerCase()] ?? 1);
    const counted =
      noun && !NOT_A_UNIT.test(noun) && !NOT_COUNTED_AFTER_WORDS.test(noun) && !PRONOUN.test(noun)
        ? noun
        : undefined;
    const end = m.index + m[0].length - (noun && !counted ? noun.length + 4 : 0);
    const q: Stated = currency
      ? { kind: 'money', value, step: value, currency: WORDS[currency.toLowerCase()] ?? 'USD' }
      : { kind: 'count', value, step: value, ...(counted ? { unit: counted.toLowerCase() } : {}) };
    add(span(m.index, end), q, '+');
  }
  const numbers = readNumberWords(sentence);
  numbers.forEach((words, i) => {
    const q = wordQuantity(sentence, words);
    if (q) add(span(words.start, q.end), q.quantity);
    else {
      const next = numbers[i + 1];
      const low = next && wordLowEnd(sentence, words, next);
      if (low) add(span(words.start, words.end), low);
      else {
        const bare = bareCount(sentence, words);
        if (bare) add(span(words.start, words.end), bare);
      }
    }
  });
}

/** Words that may follow a bare count that names no noun: a clause's verb, a preposition, a stop. */
const BARE_AFTER =
  /^(?:\s*(?:[.,;:!?)"'’”]|$)|\s(?:with|at|in|on|for|from|has|have|had|was|were|is|are|will|would|could|can|may|might|should|did|do|does|but|who|that|which)\b)/i;
/** Words before "one" that make it no count: "no one", "the one", "each one", "any one". */
const ONE_NOT_BARE = /\b(?:no|the|each|every|any|some|this|that|which|a|one)\s$/i;
/** The most a bare count in words is read up to: "the four", "won two", "killed five". */
const MAX_BARE = 20;

/**
 * A number in words that names no noun after it ("holds 12 gold discs and four with ...", "bought
 * 40 tablets, and only one has failed") counts the noun of the count before it in its
 * sentence (issue 20 §1, claimsb-32): read in that count's unit. Not a span of time, an age or a
 * rank before it (a count of what, unsure), nor with no count before it ("the two could",
 * "killed five": the noun is in another sentence, or none).
 */
function bareCount(
  sentence: string,
  words: { start: number; end: number; value: number; scale: number },
): Stated | undefined {
  if (words.scale !== 1 || words.value < 1 || words.value > MAX_BARE || !Number.isInteger(words.value))
    return undefined;
  const before = sentence.slice(0, words.start);
  const written = sentence.slice(words.start, words.end);
  if (/^\p{Lu}/u.test(written) || !BARE_AFTER.test(sentence.slice(words.end))) return undefined;
  if (words.value === 1 && ONE_NOT_BARE.test(before)) return undefined;
  const referent = parseQuantities(before)
    .filter(
      (q) =>
        q.kind === 'count' &&
        q.unit !== undefined &&
        q.unit !== AGE_UNIT &&
        q.unit !== ORDINAL_UNIT &&
        q.unit !== 'times' &&
        !DURATION_UNIT.test(q.unit),
    )
    .at(-1);
  if (!referent?.unit) return undefined;
  return { kind: 'count', value: words.value, step: 1, unit: referent.unit };
}

/**
 * The low end of a range in words, read in the unit of its high end: "two to four weeks" 2 weeks,
 * "between two and three million people" 2 million people. A high end that counts nothing named
 * ("two to three") gives nothing: what the range counts is unsure.
 */
function wordLowEnd(sentence: string, low: NumberWords, high: NumberWords): Stated | undefined {
  const joint = sentence.slice(low.end, high.start);
  const between = /\bbetween\s$/i.test(sentence.slice(Math.max(0, low.start - 8), low.start));
  if (!RANGE_JOINT.test(joint) && !(between && /^\sand\s$/.test(joint))) return undefined;
  const end = wordQuantity(sentence, high)?.quantity;
  if (!end || (end.kind === 'count' && !end.unit)) return undefined;
  const scaled = low.scale === 1 && high.scale > 1;
  return { ...end, value: low.value * (scaled ? high.scale : 1), step: scaled ? high.scale : low.scale };
}

/**
 * The low end of a range in digits, read in the unit and scale of the high end the patterns read:
 * "3-4%" 3%, "2 to 4 weeks" 2 weeks, "between 5 and 7 million people" 5 million people. Money is
 * left alone (its sign stands before the low end), and so is a high end with a qualifier.
 */
function digitLowEnds(
  sentence: string,
  found: Quantity[],
  add: (match: { index: number; 0: string }, q: Stated) => void,
): void {
  for (const q of [...found]) {
    if (q.kind === 'money' || q.kind === 'year' || q.qualifier !== 'exact') continue;
    if (q.kind === 'count' && !q.unit) continue;
    const written = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?/.exec(q.text);
    if (!written) continue;
    const before = sentence.slice(Math.max(0, q.start - 24), q.start);
    const m = DIGIT_LOW_END.exec(before);
    const lowText = m?.[1] ?? m?.[3] ?? m?.[4];
    if (!m || !lowText) continue;
    const [whole = '0', fraction] = lowText.split('.');
    const scale = q.value / toNumber(written[1] ?? '1', written[2]);
    // "six to 10 times", "between five and 10 searches": a low end in words (claims-32).
    const { value, step } = /^\d/.test(whole)
      ? read(whole, fraction, scale)
      : { value: DIGITS_OR_WORDS(whole) * scale, step: scale };
    if (value >= q.value) continue;
    const start = q.start - before.length + m.index + m[0].indexOf(lowText);
    add({ index: start, 0: lowText }, { kind: q.kind, value, step, ...(q.unit ? { unit: q.unit } : {}) });
  }
}

/**
 * The interval of real values a quantity allows, reading its qualifier and the precision it is
 * stated to: "29%" allows 28.5 to 29.5, "about $11bn" 9.9 to 12.1 billion, "more than $4bn" anything above.
 */
export function bounds(q: Pick<Quantity, 'value' | 'qualifier' | 'step'>): [number, number] {
  const v = q.value;
  const half = q.step / 2;
  switch (q.qualifier) {
    case 'about':
      return [Math.min(v * 0.9, v - half), Math.max(v * 1.1, v + half)];
    case 'nearly':
      return [Math.min(v * 0.9, v - half), v];
    case 'over':
    case 'at-least':
      return [v, Number.POSITIVE_INFINITY];
    case 'up-to':
    case 'under':
      return [0, v];
    default:
      return [v - half, v + half];
  }
}

/** True when two quantities of one measure can both be right: same kind and unit, overlapping bounds. */
export function compatible(a: Quantity, b: Quantity): boolean {
  if (a.kind !== b.kind || a.currency !== b.currency) return true; // not comparable: no disagreement
  const [lowA, highA] = bounds(a);
  const [lowB, highB] = bounds(b);
  const touch = (x: number, y: number) =>
    x < y || (x === y && (a.qualifier !== 'exact' || b.qualifier !== 'exact'));
  return touch(lowA, highB) && touch(lowB, highA);
}
