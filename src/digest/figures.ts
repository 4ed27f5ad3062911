/**
 * The figures of a story, each with the words of its article that say whose it is, of what and
 * when, grouped like with like (subject, measure, moment). Pure functions over the index.
 */
import { jaccard } from '../answer/similarity.js';
import { citationOf } from '../answer/types.js';
import { amountKeys, amountsClash, rounds, sameMoment, valuesMeet } from '../claims/compare.js';
import { isDemonym, placeOfDemonym } from '../claims/demonyms.js';
import { PERSON_REFERENCE, THING_REFERENCE } from '../claims/focus.js';
import { clauseAround, type Modality } from '../claims/modality.js';
import type { Moment } from '../claims/moments.js';
import { yearOf } from '../claims/moments.js';
import { claimsOfMany, type FigureClaim } from '../claims/read.js';
import { SAYING_VERBS } from '../claims/saying.js';
import { TRAILING_MOMENT } from '../claims/subject.js';
import type { ArticleMeta } from '../corpus/types.js';
import { recentlyTagged, type TaggedWord, tagWords } from '../facts/nlp.js';
import { DURATION_UNIT, type Quantity } from '../facts/quantities.js';
import { escapeRegExp, stemsOf } from '../facts/terms.js';
import type { Fact } from '../facts/types.js';
import { entityWords, type FactIndex } from '../index/fact-index.js';
import type { Concept, Vocabulary } from '../index/vocabulary.js';
import { asFall, fallen } from './direction.js';

/** An article as the digest cites it: with its date when it has one. */
export interface DigestCitation {
  id: string;
  title: string;
  outlet?: string;
  url?: string;
  /** The article's date as its front matter gives it (`2025-06-12`). */
  published?: string;
}

export function digestCitation(article: ArticleMeta): DigestCitation {
  return { ...citationOf(article), ...(article.published ? { published: article.published } : {}) };
}

/** One figure as one article states it, in that article's own words. */
export interface FigureLine {
  /** The figure as written: "around $11 billion". */
  figure: string;
  /**
   * The sentence that states it, or a clause of it, word for word as in the article; never
   * reworded. It names whose figure it is, and of what.
   */
  context: string;
  /** True where words of the sentence were left out before / after `context`. */
  cutBefore: boolean;
  cutAfter: boolean;
  /** The article whose words `context` is. */
  source: DigestCitation;
  /** Other articles that give the same value (in their own words). */
  also: DigestCitation[];
  /** The fact the words are from. */
  factId: string;
  /** True when its sentence gives it as expected, not as what happened: a forecast, a plan's outcome. */
  expected?: boolean;
  /** When another article says this value was an earlier estimate, since revised: the value it was revised to. */
  revised?: { to: string; source: DigestCitation };
}

/** The values of one subject's measure at one moment. */
export interface MomentValues {
  /** The moment as the articles name it ("Series C funding round", "last year"); absent when none is named. */
  moment?: string;
  /** What moments are compared on: "" for none named. */
  key: string;
  /** Where the moment falls in time, when known (articles' dates, years, months). */
  order?: number;
  /** The most cited value first; the latest dated first when the articles are dated. */
  lines: FigureLine[];
  /**
   * Articles give values of this very subject, measure and moment that cannot all be right.
   * Never set for values that were not compared, nor for a change (a measure of change, or dated
   * articles at different dates: the later value is current).
   */
  differ?: boolean;
  /** When the articles are dated and give different values: the date of the current one. */
  asOf?: string;
}

/** A measure of one subject: its values, at one moment or more (oldest moment first). */
export interface FigureGroup {
  measure: string;
  /** What the measure is given per, or that it is a change: "a share", "change". Absent for a level. */
  unit?: string;
  /** Whose figure: the name as the articles write it ("Northwind AI"). */
  subject: string;
  moments: MomentValues[];
  /** Every article the group's values come from. */
  articleIds: string[];
}

/** A figure of a fact, with what the digest knows of it. */
export interface FigureMention {
  fact: Fact;
  quantity: Quantity;
  /** The same amount in other currencies, as its sentence gives it. */
  also: Quantity[];
  /** Its measure; absent for a money figure no measure word claims (it only counts, see clusterFigures). */
  concept?: Concept;
  /**
   * True when the claims layer reads a measure its sentence does not write as such ("on hold at
   * 3.75%" read as a stake): the figure is shown untitled, but it is a measured claim for the top line.
   */
  measureRead?: true;
  /**
   * The measure as its sentence names it, when that is one of the measure's words other than its
   * name (`measureWord`: "a record deficit of $375bn" is a deficit, not a "loss"): the title and the
   * group it goes in. Absent where the name is the word, or no word of it is written as a noun.
   */
  measureWord?: string;
  subjectFrom: FigureClaim['subjectFrom'];
  modality: Modality;
  /** The names whose figure it is, as written. */
  subject: string[];
  /** What subjects are compared on: the name most articles use for it. */
  subjectKey: string;
  moment?: Moment;
  context: { text: string; cutBefore: boolean; cutAfter: boolean };
  article: ArticleMeta;
  /**
   * False when the sentence does not say whose the figure is, or says too little: it is never
   * shown, only counted as another article giving a figure shown in other words.
   */
  placed: boolean;
  /** True for a change no editor can place in time (`unplacedInTime`): never shown, not even as a plain fact. */
  unplaced?: true;
}

/** Units a rate is given per that a title can name: "a share", "a barrel". */
const PER_UNITS =
  /^(?:share|barrel|year|month|week|day|hour|head|person|unit|tonne|ton|litre|gallon|ounce|kilo|night)s?$/;

/** The fewest words a figure's context has besides the figure. */
export const MIN_CONTEXT_WORDS = 7;

/** A sentence longer than this is trimmed to the clause of its figure, where that clause says enough. */
const TRIM_OVER = 220;

const words = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));

/** How many words of a context say what a figure is: its words, the figure's own left out. */
export function contextWords(context: string, figure: string): number {
  return words(context.replace(figure, ' ')).length;
}

/** Where a sentence may be cut into clauses: after these, before the next words. */
const CLAUSE_CUT =
  /(?:;\s+|\s+[—–]\s+|,\s+(?=(?:but|while|whereas|although|though|as|after|before|which|and|with)\b))/g;

/**
 * The words that say what a figure is: its whole sentence, or, for a long sentence, the clauses
 * around the figure that still name its subject and say enough, word for word.
 */
export function contextOf(
  text: string,
  q: Pick<Quantity, 'start' | 'end' | 'text'>,
  subject: readonly string[],
  moment?: Pick<Moment, 'start' | 'end'>,
): { text: string; cutBefore: boolean; cutAfter: boolean } {
  const whole = { text, cutBefore: false, cutAfter: false };
  if (text.length <= TRIM_OVER) return whole;
  const cuts = [0];
  for (const m of text.matchAll(CLAUSE_CUT)) cuts.push((m.index ?? 0) + m[0].length);
  cuts.push(text.length);
  const pieces = cuts.slice(0, -1).map((from, i) => ({ from, to: cuts[i + 1] ?? text.length }));
  const at = pieces.findIndex((p) => q.start >= p.from && q.start < p.to);
  if (at < 0) return whole;
  let [first, last] = [at, at];
  const span = () => {
    const from = pieces[first]?.from ?? 0;
    const to = pieces[last]?.to ?? text.length;
    return {
      from,
      to,
      text: text
        .slice(from, to)
        .trim()
        .replace(/[,;—–]\s*$/, '')
        .trim(),
    };
  };
  const enough = () => {
    const s = span();
    const names = subject.every((n) => s.text.includes(n));
    const when = !moment || (moment.start >= s.from && moment.end <= s.to);
    return names && when && contextWords(s.text, q.text) >= MIN_CONTEXT_WORDS;
  };
  while (!enough() && (first > 0 || last < pieces.length - 1)) {
    if (first > 0) first--;
    else last++;
  }
  const s = span();
  if (!enough() || s.text.length >= text.length - 20) return whole;
  return { text: s.text, cutBefore: s.from > 0, cutAfter: s.to < text.length };
}

/**
 * A name word as names are compared: one company written with and without its final s ("Zedcos"
 * and "Zedco's", read "Zedco") is one name; short words ("News", "Times") are kept whole. Pure.
 */
export const foldName = (word: string) =>
  word.length >= 6 && /[^s]s$/.test(word) ? word.slice(0, -1) : word;

/**
 * The subject key of each name: the name most articles use among those its words contain
 * ("Ostra Bourse" for "Ostra Bourse chief", "Vantor" for "Vantor Northwind AI Investment"), so that
 * one company written two ways is one subject and two companies never are.
 */
function subjectKeys(names: ReadonlyArray<{ name: string; articles: number }>): (name: string) => string {
  const known = names
    .map((n) => {
      const words = entityWords([n.name.replace(TRAILING_MOMENT, '')]);
      return { ...n, words, folded: words.map(foldName) };
    })
    .filter((n) => n.words.length > 0);
  // Known names by each of their words: a name is compared only with those sharing a word.
  const byWord = new Map<string, typeof known>();
  for (const k of known)
    for (const w of new Set(k.folded)) {
      const list = byWord.get(w);
      if (list) list.push(k);
      else byWord.set(w, [k]);
    }
  const memo = new Map<string, string>();
  const written = new Set(names.map((n) => n.name));
  const keyOf = (name: string): string => {
    let key = memo.get(name);
    if (key !== undefined) return key;
    // A place's adjective is the place where the story names it ("German" and "Germany" are one
    // subject: issue 20's "Irish" / "Ireland").
    const place = placeOfDemonym(name, written);
    if (place !== undefined && place !== name) {
      key = keyOf(place);
      memo.set(name, key);
      return key;
    }
    const ownWords = entityWords([name]);
    const own = ownWords.map(foldName);
    const near = [...new Set(own.flatMap((w) => byWord.get(w) ?? []))];
    const contained = near.filter((k) => k.folded.every((w) => own.includes(w)));
    const most = Math.max(0, ...contained.map((k) => k.articles));
    // The name most articles use, the longer of two about as common ("Northwind AI" over "Northwind").
    const best = contained
      .filter((k) => k.articles * 2 >= most)
      .sort(
        (a, b) =>
          own.indexOf(a.folded[0] ?? '') - own.indexOf(b.folded[0] ?? '') ||
          b.words.length - a.words.length ||
          b.articles - a.articles,
      )[0];
    // A short form of a longer name most articles use ("Ostra" for "Ostra Bourse").
    const longer = near
      .filter((k) => k.words.length > own.length && own.every((w) => k.folded.includes(w)))
      .sort((a, b) => b.articles - a.articles)[0];
    const pick = longer && (!best || longer.articles >= best.articles) ? longer : best;
    key = (pick?.words ?? ownWords).join(' ');
    memo.set(name, key);
    return key;
  };
  return keyOf;
}
/**
 * A name at least this share of the story's articles use (and at least two) is one of its main
 * names: a figure whose sentence names nobody ("the firm", "it") is shown only when the article's
 * focus it is read as is one of them (a focus can be a place its lead mentions in passing).
 */
export const MAIN_NAME_SHARE = 0.5;

/** A sentence with its first letter lower case, as a reference word reads mid-sentence: "The firm". */
const lowerFirst = (text: string) => text.replace(/^\p{Lu}/u, (c) => c.toLowerCase());

/**
 * The words a sentence opens with, at most two, up to its first function word: "Net profit" of "Net
 * profit in the half year rose", "Sales" of "Sales fell" (not "Analysts expect profit").
 */
const OPENING_WORDS = /^[\p{L}-]+(?:\s+[\p{L}-]+)?/u;

/**
 * Measures of a firm's own results: a sentence opening with one and naming no one gives the results
 * of the firm its article is about. Not loans, prices or inflation, which a reporter (a central bank,
 * a survey) gives of a market ("New mortgages in May rose to 51,000").
 */
const RESULT_MEASURES = new Set(['revenue', 'profit', 'loss', 'dividend', 'box office']);

/**
 * True when a sentence opens with its figure's measure, one of a firm's results, and names no one
 * ("Net profit in the half year rose 12% to $310m", "Sales fell 3% to $2bn"): an article's
 * own results, of the firm it is about, as "its profit" would be. Pure.
 */
export function opensWithMeasure(text: string, concept: Pick<Concept, 'phrases' | 'name'>): boolean {
  if (!RESULT_MEASURES.has(concept.name)) return false;
  const opening = OPENING_WORDS.exec(text)?.[0] ?? '';
  const words: string[] = [];
  for (const word of opening.split(/\s+/)) {
    if (NOT_A_NOUN.test(word.toLowerCase())) break;
    words.push(word);
  }
  return words.length > 0 && saysMeasure(words.join(' '), concept);
}

/**
 * Nouns of an organisation or a country's institutions that a name can describe ("the German
 * group"), and of one part of an organisation ("the Zedco plant at Ashby ... employs 1,400
 * staff" is the plant's figure, not Zedco's).
 */
const ORGANISATION_NOUN =
  'firm|company|group|bank|carmaker|business|retailer|airline|exchange|operator|giant|government|maker|insurer|broker|lender|manufacturer|corporation|conglomerate|regulator|authorities|court|prosecutors|officials|market|economy|rival|unit|subsidiary|owner|parent|partner|counterpart|plant|factory|mill|site|division|branch|store';

/** What follows a name that only describes: "-based", or a noun of an organisation within three words. */
const DESCRIBED = new RegExp(
  String.raw`^(?:-(?:based|born|owned|listed|run|led)\b|\s+(?:\p{Ll}+\s+){0,2}(?:${ORGANISATION_NOUN})\b)`,
  'u',
);

/**
 * True when a one-word name only describes the noun after it wherever the sentence writes it: "the
 * German group", "Russian oil firm Zarnoil", "the Easton-based exchange".
 */
export function describes(text: string, name: string): boolean {
  if (/\s/.test(name) || !text.includes(name)) return false;
  const escaped = escapeRegExp(name);
  const all = [...text.matchAll(new RegExp(String.raw`\b${escaped}\b`, 'g'))];
  if (all.length === 0) return false;
  return all.every((m) => DESCRIBED.test(text.slice((m.index ?? 0) + name.length)));
}

/** The words before a level a change went from or to: "fall from 6.8% to 6.4%". */
const LEVEL_BEFORE = /\b(?:from|to)\s+(?:about|around|nearly|almost|some|just|over|under)?\s*$/i;

/** A count's words past its number that say nothing of what it counts: "5,500 and", "49 the". */
const TRAILING_FUNCTION_WORD =
  /\s+(?:and|or|but|the|a|an|of|to|in|on|at|by|for|from|with|are|is|was|were|be|been|that|which|who)$/i;

/** A figure as the digest shows it: as written, less a function word the reader took for its noun. */
export const figureText = (q: Pick<Quantity, 'text'>) => q.text.replace(TRAILING_FUNCTION_WORD, '');

/** Units of a count that tell a time or an age beyond a stretch of time (DURATION_UNIT): "31 years after his death". */
const OTHER_TIME_UNIT = /^(?:secs?|mins?|centuries|times|years old)$/i;
/** Units of a count that tell a time or an age, not a number of things. */
const timeUnit = (unit: string) => DURATION_UNIT.test(unit) || OTHER_TIME_UNIT.test(unit);

/**
 * The least number of things a count no measure word claims must give to count towards the top line:
 * "Silas' 14 number one singles" and "all 14 of his chart-toppers" are one claim of one subject; a
 * small number ("two new entries") is too common to be one.
 */
export const LEAST_COUNT_ALONE = 10;

/**
 * True when a count no measure word claims still counts things of its own ("18 reissues", "25 of her
 * albums"): it has a unit that is no time, age or trivial unit, and it is at least LEAST_COUNT_ALONE.
 * Such a count never makes a figure line (its measure is not read); it only counts towards the top line.
 */
export const countsAlone = (q: Pick<Quantity, 'kind' | 'unit' | 'value'> & { text?: string }) =>
  q.kind === 'count' &&
  q.unit !== undefined &&
  q.unit !== '' &&
  !timeUnit(q.unit) &&
  !TRIVIAL_UNIT.test(q.unit) &&
  !raceDistance(q) &&
  q.value >= LEAST_COUNT_ALONE;

/**
 * A distance written as a number with "m" joined to it ("the 100m", "200m gold", "the 1500m"): the
 * name of a race or a stretch of track (also before a singular noun: "the 300m stage", where the
 * parser reads millions of stages), never an amount a story's figure gives (issue 20: sprint
 * stories listed "100m", "200m", "300m" as figures, one as a top line). Pure.
 */
export const raceDistance = (q: Pick<Quantity, 'kind' | 'unit'> & { text?: string }) =>
  q.kind === 'count' &&
  (q.unit === 'metres'
    ? /\dm$/.test(q.text ?? '')
    : // "the 300m stage", "the 5,000m crown": a whole number and "m" before one thing, not millions of them.
      /^\d[\d,]*m\s+[a-z]+$/.test(q.text ?? '') && !/(?:s|people|men|children)$/.test(q.unit ?? 's'));

/** Units of a count that is no figure of a story: chart places, clock times. */
const TRIVIAL_UNIT = /^(?:places?|positions?|spots?|notches|gmt|bst|cet|utc|est|edt|pst)$/i;

/** A vague amount ("thousands of jobs", "the pensions of millions"): read, but no figure to forward. */
const VAGUE_AMOUNT = /^(?:(?:tens|hundreds) of )?(?:hundreds|thousands|millions|billions)\b/i;

/**
 * A number joined by a hyphen to another ("a 16-3 half-time advantage", "beat Ashby 27-9"): one
 * half of a score (or of a range the reader split), never a figure of its own.
 */
const SCORE_BEFORE = /\d\s*[-\u2013]\s*$/;
const SCORE_AFTER = /^\s*[-\u2013]\s*\d/;

/** True when a figure is one half of a score or a split range: "16-3" read as "3". */
export const halfOfScore = (text: string, q: Pick<Quantity, 'start' | 'end'>) =>
  SCORE_BEFORE.test(text.slice(Math.max(0, q.start - 8), q.start)) ||
  SCORE_AFTER.test(text.slice(q.end, q.end + 8));

/** Words after which a number names a rank or a label, not an amount: "the number 10 shirt", "top 10". */
const LABEL_BEFORE = /\b(?:number|no\.|top|chapter)\s*$/i;
/** A number joined by a slash to another: odds, a fraction, a date or a title ("8/13", "50/50", "9/11"). */
const SLASH_BEFORE = /\d\s*\/\s*$/;
const SLASH_AFTER = /^\s*\/\s*\d/;

/**
 * True when a count is a label or one side of a fraction, not an amount of anything: "the number 10
 * shirt", "the sales top 10", "US chapter 11 bankruptcy rules", odds of "8/13", "a 50/50 chance",
 * "Room 9/11". Money and percentages are left as they are. Pure.
 */
export const labelNotAmount = (text: string, q: Pick<Quantity, 'start' | 'end' | 'kind'>) =>
  q.kind === 'count' &&
  (LABEL_BEFORE.test(text.slice(Math.max(0, q.start - 12), q.start)) ||
    SLASH_BEFORE.test(text.slice(Math.max(0, q.start - 8), q.start)) ||
    SLASH_AFTER.test(text.slice(q.end, q.end + 8)));

/**
 * A moment left out after a figure because the one before it says it: "2% this year and 2.6% next",
 * "up 3% this quarter and 4% the next". The moment read for such a figure is the earlier figure's.
 */
const ELIDED_MOMENT = /^\s*(?:next|the next|the following|the year after)\s*(?:[.,;:)]|$|and\b|but\b)/i;

/** True when a figure's moment is elided after it (`ELIDED_MOMENT`) and the one read comes before it. Pure. */
export const momentElided = (text: string, q: Pick<Quantity, 'start' | 'end'>, moment?: { start: number }) =>
  moment !== undefined && moment.start < q.start && ELIDED_MOMENT.test(text.slice(q.end));

/** A verb that reports words: what follows is what someone says, not what they own or do. */
const REPORTING_VERB = new RegExp(String.raw`\b(?:${SAYING_VERBS}|saying)\b`, 'gi');
/**
 * Reported words that open with their own subject, a noun with no capital ("said the men had",
 * "vowed the nine men would", "saying officials who ..."): someone else's figure, told by the speaker.
 */
const OWN_SUBJECT =
  /^\s+(?:(?:the|these|those|all|some|many|most)\s+)?(?:[\d,.]+\s+|(?:two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|thousands?)\s+)?(?!(?:its|his|hers|ours|theirs|this|thus|was|has|is|as|us|always|perhaps|unless|less|plus|across|towards|whereas|besides)\b)(\p{Ll}[\p{Ll}-]*s|\p{Ll}*(?:men|people|children))\b(?!\s+(?:that|of)\b)/u;
/** Words that are no noun of a subject: pronouns, verbs of being and having, modals, adverbs. */
const NOT_NOUN =
  'it|he|she|they|we|you|i|there|this|that|these|those|what|which|who|had|has|have|was|were|is|are|be|been|would|will|could|can|may|might|must|should|not|also|then|only|still|now|just|so|if|when|as';
/**
 * Reported words that open with a subject of two words, a noun qualified by another word, and its
 * verb: "Zedstat said factory output slipped 0.3%", "Harbor Bank said house prices rose": what the
 * figure is of, which the speaker only reports (issue 20: "ONS · decline" was the reporting source).
 * Not a word that qualifies the speaker's own figure (`OWN_FIGURE_WORD`: "said annual profits rose").
 */
const QUALIFIED_SUBJECT = new RegExp(
  String.raw`^\s+(?:the\s+)?(?!(?:${NOT_NOUN})\s)(\p{Ll}[\p{Ll}-]+)\s+(?!(?:${NOT_NOUN})\s)\p{Ll}[\p{Ll}-]+\s+(?:(?:had|has|have|was|were|is|are|would|will|could|may|might)\s+(?:been\s+|be\s+)?)?(?:\p{Ll}+ed|rose|rise|rises|risen|fell|fall|falls|fallen|grew|grows|grown|shrank|stood|stands|hit|hits|cost|costs|reached|reaches)\b`,
  'u',
);
/** Words that qualify a speaker's own figure in its reported words: "said annual profits rose". */
const OWN_FIGURE_WORD =
  /^(?:annual|quarterly|monthly|weekly|yearly|half-year(?:ly)?|full-year|first-half|second-half|first-quarter|second-quarter|third-quarter|fourth-quarter|pre-tax|net|gross|total|underlying|operating|overall|core|group|global|worldwide|international|domestic|like-for-like|recent|latest|current|average|last|this|next|its|their|his|her|our|both|all|some|many|most|these|those|such|other|new|further)$/;

/** A word by which reported words refer back to the speaker: "said that its sales rose". */
const REFERS_BACK = /\b(?:it|its|itself|he|his|him|she|her|they|their|them|we|our)\b/i;

/** A word by which reported words opening with their own subject refer back to a (singular) speaker. */
const REFERS_BACK_ONE = /\b(?:it|its|itself|he|his|him|she|her|we|our)\b/i;

/**
 * True when the names a sentence gives a figure only speak of it: each is written before a verb that
 * reports words in a "that" clause ("Mr Ward told the paper that a $4bn package ...", "The minister
 * said that the money - $3.4bn ...") or as its object before "that", and the reported words up
 * to the figure never refer back to the speaker ("said that its sales rose to $4bn" keeps it); or
 * the reported words open with their own subject, people or things no measure word names ("Mr
 * Hale vowed the seven men would stay in jail", "said the men had been held for almost
 * four years": theirs, not the speaker's; "said profits rose" and a possessive speaker, "Germany's
 * agency said the jobless total ...", and a name that only qualifies the speaker's, "The Ruritanian
 * Labour Agency said ...", keep it: the noun is theirs). `isMeasureWord` tells a measure's word (none by
 * default). Pure.
 */
export function onlySpeaks(
  text: string,
  q: Pick<Quantity, 'start'>,
  subject: readonly string[],
  isMeasureWord: (word: string) => boolean = () => false,
): boolean {
  const before = text.slice(0, q.start);
  const verb = [...before.matchAll(REPORTING_VERB)].at(-1);
  if (!verb || subject.length === 0) return false;
  const after = (verb.index ?? 0) + verb[0].length;
  const reported = before.slice(after);
  // The speaker's words open with "that", after the verb or its object ("told the paper that"); a
  // verb without one may name a source of the owner's figure ("the agency said the jobless total
  // had reached 4.216 million"), left as it is.
  const that = /^(?:\s+(?:the\s+|a\s+|an\s+)?(?:\p{Lu}[\p{L}&'’.-]*\s+){0,4}(?:\p{Ll}+\s+)?)?\s*that\b/u.exec(
    reported,
  );
  // Reported words opening with a noun qualified by another word say what the figure is of, even a
  // measure's noun ("said house prices rose"); a lone plural noun only when no measure word.
  const qualified = that ? null : QUALIFIED_SUBJECT.exec(text.slice(after));
  const other = qualified && !OWN_FIGURE_WORD.test(qualified[1] ?? '') ? qualified : null;
  const plural = that || other ? null : OWN_SUBJECT.exec(text.slice(after));
  const own = other ?? (plural && !isMeasureWord(plural[1] ?? '') ? plural : null);
  if (!that && !own) return false;
  const opens = after + ((that ?? own)?.[0].length ?? 0);
  if ((that ? REFERS_BACK : REFERS_BACK_ONE).test(before.slice(opens))) return false;
  return subject.every((name) => {
    const at = before.lastIndexOf(name);
    return (
      at >= 0 &&
      at + name.length <= opens &&
      !(own && /^(?:['’]s\b|\s+\p{Lu})/u.test(text.slice(at + name.length)))
    );
  });
}

/** A moment counted from the day an article was written: "last week", "this year", "the previous quarter". */
const RELATIVE_KEY = /^(?:day|week|month|quarter|year)(?:[+-]\d+)?$/;

/**
 * True when a change (a rise, a fall, a share price's move) cannot be placed in time by an editor: its
 * sentence names no moment, or only one counted from the day of writing ("last year", "last week")
 * that nothing anchors, and its article has no date. A change holds for a period; with none it is no
 * line to forward ("Shares were up 2.4%": which day?). Pure.
 */
export function unplacedInTime(
  moment: Pick<Moment, 'key' | 'anchored'> | undefined,
  published?: string,
): boolean {
  if (published) return false;
  return !moment || (RELATIVE_KEY.test(moment.key) && !moment.anchored);
}

/**
 * One sentence word for word in two articles says one thing: where each article's focus gave its
 * figure another owner ("12,000 workers lost their jobs" read as one firm's in one article and
 * another's in the other), whose it is was only guessed, so neither guess is shown (`placed` false).
 * Pure.
 */
export function ownersGuessedApart<
  M extends Pick<FigureMention, 'placed' | 'subjectFrom' | 'subjectKey'> & {
    fact: Pick<Fact, 'text'>;
    quantity: Pick<Quantity, 'start'>;
  },
>(mentions: readonly M[]): M[] {
  const key = (m: M) => `${m.fact.text}\u0000${m.quantity.start}`;
  const owners = new Map<string, Set<string>>();
  for (const m of mentions) owners.set(key(m), (owners.get(key(m)) ?? new Set()).add(m.subjectKey));
  return mentions.map((m) =>
    m.placed && m.subjectFrom === 'resolved' && (owners.get(key(m))?.size ?? 0) > 1
      ? { ...m, placed: false }
      : m,
  );
}

/**
 * The subject keys of the story's main names: those at least `MAIN_NAME_SHARE` of its distinct
 * articles use (two at least, every article of a story of fewer). Pure.
 */
export function mainSubjectKeys(
  index: Pick<FactIndex, 'distinctArticleCount'>,
  names: ReadonlyArray<{ name: string; articles: number }>,
): Set<string> {
  const keyOf = subjectKeys(names);
  const distinct = index.distinctArticleCount;
  const least = Math.min(distinct, Math.max(2, Math.ceil(distinct * MAIN_NAME_SHARE)));
  return new Set(names.filter((n) => n.articles >= least).map((n) => keyOf(n.name)));
}

/**
 * Every figure of the coverage with what a reader can tell of it: its measure (money figures also
 * without one: they only count, never make a line of their own), its subject, and whether it can be
 * shown (`placed`): a subject the sentence names, or resolved to one of the story's main names, and
 * at least MIN_CONTEXT_WORDS words saying what it is.
 */
export function figureMentions(
  index: FactIndex,
  vocabulary: Vocabulary,
  names: ReadonlyArray<{ name: string; articles: number }>,
): FigureMention[] {
  const keyOf = subjectKeys(names);
  const main = mainSubjectKeys(index, names);
  const found: FigureMention[] = [];
  // Words that name a measure on their own ("profits", "sales"): reported words opening with one are
  // still the speaker's figure.
  const measureStems = new Set(
    vocabulary.concepts.flatMap((c) => c.phrases.filter((p) => p.length === 1).flat()),
  );
  const isMeasureWord = (word: string) => stemsOf(word).some((s) => measureStems.has(s));
  // A word two measures of a kind share does not say which one ("pay": an investment or a payment).
  const shared = sharedMeasureWords(vocabulary.concepts);
  // A sentence's stems, read once for all its figures.
  const stemsByFact = new Map<Fact, Set<string>>();
  const stemsOfFact = (fact: Fact) => {
    let stems = stemsByFact.get(fact);
    if (!stems) {
      stems = new Set(stemsOf(fact.text));
      stemsByFact.set(fact, stems);
    }
    return stems;
  };
  for (const claim of claimsOfMany(index, index.facts(), vocabulary)) {
    const { fact, quantity: q, subject, moment } = claim;
    // A sum in another currency after one in brackets ("($2.3bn; £1.3bn)") is that sum converted,
    // though the claims layer did not read the amount before the brackets: one value, shown once.
    const previous = found.at(-1);
    if (previous && convertsPrevious(fact, q, previous)) {
      previous.also = [...previous.also, q];
      continue;
    }
    // A measure of change names the change, not the levels it went "from" and "to"; a measure its
    // sentence does not say (no word of it there) is no title to give it: right or silent.
    const read =
      (claim.measure?.change && LEVEL_BEFORE.test(fact.text.slice(0, q.start))) ||
      (claim.measure &&
        (!saysMeasure(stemsOfFact(fact), claim.measure, shared) ||
          namedOtherwise(fact.text, q, claim.measure)))
        ? undefined
        : claim.measure;
    // Nor is a word of its family the sentence writes in another sense ("Gross domestic product" is
    // no box office's "grossed"): the figure is shown untitled, placed in time as its measure says.
    const concept = read && writesMeasure(fact.text, read, shared) ? read : undefined;
    // A percentage no measure word claims only counts towards the top line, as unmeasured money does.
    if (q.kind === 'year' || (!concept && q.kind !== 'money' && q.kind !== 'percent' && !countsAlone(q)))
      continue;
    // Trivial: places moved in a chart or a table ("down four places to number eleven"), a clock time
    // ("at 0900 GMT"), a race ("the 100m").
    if (q.kind === 'count' && (TRIVIAL_UNIT.test(q.unit ?? '') || raceDistance(q))) continue;
    // A vague amount ("Thousands of civil service jobs") says no figure an editor would forward, and
    // a digest listing it drops the figures that do.
    if (VAGUE_AMOUNT.test(q.text)) continue;
    // A sports score is one result, never a figure "3" of "16-3".
    if (halfOfScore(fact.text, q)) continue;
    // Nor is a rank, a label or one side of odds ("the number 10 shirt", "8/13").
    if (labelNotAmount(fact.text, q)) continue;
    const article = index.article(fact.articleId);
    if (!article) continue;
    const context = contextOf(fact.text, q, claim.subjectFrom === 'named' ? subject : [], moment);
    const subjectKey = [...new Set(subject.map(keyOf))].sort().join(' & ');
    // "It", "the firm", "he" read as the article's focus: trusted where the sentence says one of them
    // and the focus is one of the story's main names; a sentence naming nobody and referring to
    // nobody ("the other $41m is to come from the insurers") is not anybody's figure.
    // A word describing the noun after it is no subject: "the German group", "Russian oil firm
    // Zarnoil", "the Easton-based exchange".
    // One who only speaks of a figure ("X told the paper that a $4bn package ...") is not its owner.
    const trusted =
      !(read && subjectIsMeasure(subject, read)) &&
      !subject.some((name) => describes(fact.text, name)) &&
      !(claim.subjectFrom === 'named' && onlySpeaks(fact.text, q, subject, isMeasureWord)) &&
      (claim.subjectFrom !== 'resolved' ||
        ((THING_REFERENCE.test(lowerFirst(fact.text)) ||
          PERSON_REFERENCE.test(fact.text) ||
          (read !== undefined && opensWithMeasure(fact.text, read))) &&
          subjectKey !== '' &&
          subjectKey.split(' & ').every((k) => main.has(k))));
    // "2% this year and 2.6% next": the moment read for 2.6% is 2%'s; right or silent.
    // A change is withheld when unplaced whether or not its measure's word is written as such.
    const unplaced = read?.change === true && unplacedInTime(moment, article.published);
    const placed =
      subject.length > 0 &&
      trusted &&
      !unplaced &&
      !momentElided(fact.text, q, moment) &&
      contextWords(context.text, q.text) >= MIN_CONTEXT_WORDS;
    const word = concept ? measureWord(fact.text, q, concept) : undefined;
    found.push({
      fact,
      quantity: q,
      also: claim.also,
      ...(concept ? { concept } : {}),
      ...(word && word !== concept?.name ? { measureWord: word } : {}),
      ...(read && !concept ? { measureRead: true as const } : {}),
      subject,
      subjectKey,
      subjectFrom: claim.subjectFrom,
      ...(moment ? { moment } : {}),
      modality: claim.modality,
      context,
      article,
      placed,
      ...(unplaced ? { unplaced } : {}),
    });
  }
  return ownersGuessedApart(found);
}

/**
 * True when a money figure follows another of its sentence inside one pair of brackets, in another
 * currency, with only a semicolon or comma between: "($2.3bn; £1.3bn)" gives one sum twice. Pure.
 */
export function convertsPrevious(
  fact: Fact,
  q: Quantity,
  previous: Pick<FigureMention, 'fact' | 'quantity'>,
): boolean {
  const p = previous.quantity;
  if (previous.fact !== fact || q.kind !== 'money' || p.kind !== 'money' || p.currency === q.currency)
    return false;
  if (p.end > q.start || !/^\s*[;,]\s*$/.test(fact.text.slice(p.end, q.start))) return false;
  const before = fact.text.slice(0, p.start);
  return before.lastIndexOf('(') > before.lastIndexOf(')');
}

/**
 * True when every name of a subject is only the measure's own word ("Investment" for an investment,
 * read off a phrase such as "this potential Vantor Northwind AI Investment"): no one's figure, so no
 * title "Investment · investment". Pure.
 */
export function subjectIsMeasure(subject: readonly string[], concept: Pick<Concept, 'phrases'>): boolean {
  return (
    subject.length > 0 &&
    subject.every((name) => {
      const stems = stemsOf(name);
      return stems.length === 1 && saysMeasure(new Set(stems), concept);
    })
  );
}

/** Words that end the noun right after a figure: function words, verbs of being, words of time. */
const NOT_A_NOUN =
  /^(?:of|in|for|from|to|on|at|by|with|into|a|an|the|and|or|but|nor|that|which|who|whom|as|than|over|under|per|each|apiece|worth|overall|altogether|alone|more|less|is|was|were|are|be|been|being|has|have|having|had|will|would|could|can|may|might|should|said|says|last|this|next|since|after|before|when|while|if|it|its|their|his|her|up|down|so|then|now|only|just|too|also|already|still|yet|ago|earlier|later|until|between|against|through|during|because)$/;

/**
 * The noun right after a figure, up to three words before a function word or a mark ("a $7bn
 * fraud", "three to four megabytes per day", "a $8.5bn back tax bill"), past a conversion in
 * brackets; empty when none follows ("$16bn.", "$180m in October"). Pure.
 */
export function nounAfter(text: string, q: Pick<Quantity, 'end'>): string[] {
  const rest = text.slice(q.end).replace(/^\s*\([^)]*\)/, '');
  const words: string[] = [];
  for (const m of rest.matchAll(/\s*([\p{L}-]+)|\s*(\S)/gu)) {
    const word = m[1];
    if (!word || !/^\p{Ll}[\p{Ll}-]*$/u.test(word)) break;
    if (NOT_A_NOUN.test(word) || /ly$/.test(word)) break;
    words.push(word);
    if (words.length === 3) break;
  }
  return words;
}

/**
 * True when the noun right after a figure names another thing than its measure: "accused of
 * overseeing a $7bn fraud" read as a lawsuit's (from "trial" earlier), "three to four megabytes per
 * day" as customers' (from "user"). A figure is what its noun says; a measure no word of that noun
 * gives is no title for it. A count of time ("nearly three years") is counted in its unit, not named
 * by it. Pure.
 */
export function namedOtherwise(
  text: string,
  q: Pick<Quantity, 'end' | 'kind' | 'unit'>,
  concept: Pick<Concept, 'phrases'>,
): boolean {
  if (q.kind === 'percent' || (q.kind === 'count' && DURATION_UNIT.test(q.unit ?? ''))) return false;
  // A count's noun is read with it ("nine men": unit "men").
  const noun = q.kind === 'count' && q.unit ? [q.unit] : nounAfter(text, q);
  return noun.length > 0 && !saysMeasure(noun.join(' '), concept);
}

/**
 * True when a sentence (its text, or its stems) says a measure: it holds every stem of one of its
 * words or phrases ("costs" for a price, "aid" for aid). A measure read from elsewhere ("support for Africa" filed as debt
 * because the article is about debt) is not said. Pure.
 */
export function saysMeasure(
  text: string | ReadonlySet<string>,
  concept: Pick<Concept, 'phrases'> & { name?: string },
  shared: ReadonlyMap<string, ReadonlySet<string>> = new Map(),
): boolean {
  const stems = typeof text === 'string' ? new Set(stemsOf(text)) : text;
  return concept.phrases.some(
    (p) => p.length > 0 && !shared.get(p.join(' '))?.has(concept.name ?? '') && p.every((s) => stems.has(s)),
  );
}

/**
 * A measure's words and phrases as written, each with its stems' key and where the sentence writes it
 * (`find`: from an offset, the first place, a plural "-s"/"-es" allowed), as the pattern
 * `(?<![\p{L}\p{N}-])WORD(?:e?s)?(?![\p{L}\p{N}])` (case-insensitive, Unicode) finds it.
 */
const writtenForms = new WeakMap<
  object,
  Array<{ word: string; key: string; find: (text: string, from: number) => Written | undefined }>
>();
export interface Written {
  index: number;
  end: number;
}
/** The word's bounds and ending, compiled once for every form: Unicode letter classes cost ~0.2 ms a pattern to compile. */
const NOT_AFTER_WORD = /(?<![\p{L}\p{N}-])/iuy;
const ENDING = /(?:e?s)?(?![\p{L}\p{N}])/iuy;
/** Words split at spaces into parts of letters and digits (inner hyphens allowed): each matches in one way only. */
const PLAIN_PART = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?$/u;
const writtenFormsOf = (concept: { words?: readonly string[] }) => {
  let forms = writtenForms.get(concept);
  if (!forms) {
    forms = (concept.words ?? []).flatMap((word) => {
      const stems = stemsOf(word);
      if (stems.length === 0) return [];
      return [{ word: word.trim().toLowerCase(), key: stems.join(' '), find: writtenFinder(word) }];
    });
    writtenForms.set(concept, forms);
  }
  return forms;
};

/**
 * Where a measure's word or phrase is written in a text, from an offset: the first place the pattern
 * `(?<![\p{L}\p{N}-])PART[\s-]+PART(?:e?s)?(?![\p{L}\p{N}])` (case-insensitive, Unicode; the parts
 * are the word's, split at spaces) matches. Parts of letters and digits (inner hyphens allowed) match
 * in one way only at a place, so the parts alone (cheap to compile) are found, then the bounds and
 * ending are tested where they stand with the patterns every word shares: the same first match.
 * Other words compile the whole pattern.
 */
export function writtenFinder(word: string): (text: string, from: number) => Written | undefined {
  const split = word.trim().split(/\s+/);
  const parts = split.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (!split.every((w) => PLAIN_PART.test(w))) {
    const every = new RegExp(`(?<![\\p{L}\\p{N}-])${parts.join('[\\s-]+')}(?:e?s)?(?![\\p{L}\\p{N}])`, 'giu');
    return (text, from) => {
      every.lastIndex = from;
      const m = every.exec(text);
      return m ? { index: m.index, end: m.index + m[0].length } : undefined;
    };
  }
  const core = new RegExp(parts.join('[\\s-]+'), 'giu');
  return (text, from) => {
    for (core.lastIndex = from; ; ) {
      const m = core.exec(text);
      if (!m) return undefined;
      NOT_AFTER_WORD.lastIndex = m.index;
      ENDING.lastIndex = m.index + m[0].length;
      if (NOT_AFTER_WORD.test(text) && ENDING.test(text)) return { index: m.index, end: ENDING.lastIndex };
      core.lastIndex = m.index + 1;
    }
  };
}

/** Each place a form is written, left to right (as a global pattern's matches). */
function* writtenAt(
  text: string,
  find: (text: string, from: number) => Written | undefined,
): Generator<Written> {
  for (let at = find(text, 0); at; at = find(text, at.end)) yield at;
}

/**
 * True when a sentence writes one of a measure's words or phrases as the vocabulary gives it (or its
 * plural), not merely a word of its stem's family: "Gross domestic product" does not say box office
 * ("grossed"), "left interest rates on hold" no stake ("holds"), "shareholders lost about $90bn"
 * no stake ("shareholding"). A word two measures of a kind share says only the one it names
 * (`sharedMeasureWords`). A title is given only from a word the sentence writes; else the figure is
 * unmeasured (right or silent). Falls back to `saysMeasure` for a measure with no written words. Pure.
 */
export function writesMeasure(
  text: string,
  concept: Pick<Concept, 'phrases' | 'words'> & { name?: string },
  shared: ReadonlyMap<string, ReadonlySet<string>> = new Map(),
): boolean {
  if (!concept.words || concept.words.length === 0) return saysMeasure(text, concept, shared);
  return writtenFormsOf(concept).some(
    ({ key, find }) => !shared.get(key)?.has(concept.name ?? '') && find(text, 0) !== undefined,
  );
}

/**
 * The measure as the figure's sentence names it (issue 20: titles an editor reads as the article's):
 * of the measure's one-word forms the sentence writes as a noun (wink's parts of speech), the one
 * nearest the figure, as the vocabulary lists it ("a record deficit of $375bn": "deficit", not the
 * measure's name "loss"; "its retail unit, which employs 31,000 staff": "staff", not "jobs";
 * "Road spending is set to rise by 2.9%": "spending", not "budget"). The measure's name
 * when the sentence writes it as a noun or writes no word of the measure as one (a verb, "agreed to
 * pay $850m", names no other measure than the one read), and always for a measure of change (a
 * "rise" is growth). `tagged`: the sentence's tagged words (read when not given).
 */
export function measureWord(
  text: string,
  q: Pick<Quantity, 'start' | 'end'>,
  concept: Pick<Concept, 'name' | 'words' | 'change'>,
  tagged?: readonly TaggedWord[],
): string {
  // A measure of change is named by what it is ("growth"), not by the word of its move ("a rise").
  if (concept.change) return concept.name;
  const words = tagged ?? recentlyTagged(text) ?? tagWords(text);
  const nouns = new Map<number, string>();
  for (const t of words) if (t.pos === 'NOUN') nouns.set(t.start, t.text);
  let best: { word: string; distance: number } | undefined;
  const listed = new Set(concept.words ?? []);
  for (const { word, find } of writtenFormsOf(concept)) {
    if (word.includes(' ') || word.includes('-')) continue;
    const own = word === concept.name;
    if (!own && verbToo(word, listed)) continue;
    for (const m of writtenAt(text, find)) {
      if (!nouns.has(m.index)) continue;
      if (own) return concept.name;
      const end = m.end;
      const distance = end <= q.start ? q.start - end : Math.max(0, m.index - q.end);
      // The nearest; at one place the shortest form listed ("value" over "values").
      if (!best || distance < best.distance || (distance === best.distance && word.length < best.word.length))
        best = { word, distance };
    }
  }
  return best?.word ?? concept.name;
}

/**
 * True when a measure's word may be a verb its list gives the forms of ("value", "values": "valued",
 * "valuing"; "pay": "paid"; "cost": "costing"): the tagger reads "The deal values Widget Co at $9bn"
 * as a noun, so such a word names no measure of its own.
 */
function verbToo(word: string, listed: ReadonlySet<string>): boolean {
  const base = word.replace(/e?s$/, '');
  const stems = [word, base, word.replace(/e$/, '')];
  return stems.some((b) => ['ed', 'd', 'ing'].some((end) => b + end !== word && listed.has(b + end)));
}

/**
 * What a set of mentions of one measure is called: the word each of them writes for it
 * (`measureWord`) where they all write the same one, else the measure's name (`name`): a group of
 * "deficit" lines is a deficit; "jobs" and "staff" together are jobs. Pure.
 */
export function namedAlike(
  mentions: ReadonlyArray<Pick<FigureMention, 'measureWord'>>,
  name: string,
): string {
  const words = new Set(mentions.map((m) => m.measureWord ?? name));
  return words.size === 1 ? ([...words][0] ?? name) : name;
}

/**
 * The words (stemmed phrases, joined by a space) two measures of one kind share, each with the
 * measures it does not say: "pay" is a word of investment and of payment, but it names a payment
 * (the measure's name begins with it), so it does not say investment; "takeover", a bid's or an
 * acquisition's word, names neither, so it says neither. Pure.
 */
export function sharedMeasureWords(
  concepts: ReadonlyArray<Pick<Concept, 'phrases' | 'kind' | 'name'>>,
): Map<string, Set<string>> {
  const holders = new Map<string, Array<Pick<Concept, 'kind' | 'name'>>>();
  for (const c of concepts)
    for (const p of new Set(c.phrases.map((x) => x.join(' '))))
      holders.set(p, [...(holders.get(p) ?? []), c]);
  const out = new Map<string, Set<string>>();
  for (const [p, list] of holders)
    for (const c of list) {
      const names = stemsOf(c.name).join(' ');
      if (!list.some((o) => o !== c && o.kind === c.kind) || names.startsWith(p)) continue;
      out.set(p, new Set([...(out.get(p) ?? []), c.name]));
    }
  return out;
}

/** One figure, however qualified: "$6 billion" and "approximately $6 billion". */
export const sameValue = (a: Quantity, b: Quantity) =>
  a.value === b.value && a.currency === b.currency && a.per === b.per;

/** A quantity's unit: kind, currency, rate and whether it is a change. */
export const unitKey = (q: Quantity) =>
  [q.kind, q.currency ?? '', q.per ?? '', q.change ? 'change' : ''].join('/');

/** A quantity's unit whatever its currency: one amount given in euros and in dollars is one figure. */
export const unitBase = (q: Quantity) => [q.kind, q.per ?? '', q.change ? 'change' : ''].join('/');

/** Dates compare as strings (ISO); undated articles come last. */
const byDateDesc = (a?: string, b?: string) => (a === b ? 0 : !a ? 1 : !b ? -1 : a < b ? 1 : -1);

/**
 * Words before a figure, in its clause, that give it as what is expected or meant to be, not what
 * happened: "is forecast to see growth of 2.3%", "expect to invest 6.5% more", "will pay £95". Not
 * "a previous estimate of 0.2%" (made in the past) nor words after it ("… and aims to").
 */
const SAID_EXPECTED =
  /\b(?:expect(?:s|ed|ing)?|expectations?|forecasts?|forecasting|predict(?:s|ed|ing)?|projected|will|set to|likely to|plans? to|planned to|aims? to)\b/i;

/** Measures that are falls or losses by their name: a figure of theirs needs no sign. */
const FALL_MEASURES = new Set(['decline', 'loss']);

/**
 * A moment as a title shows it: as anchored, else as written less a preposition that only joins it
 * to the words before it ("of 2031" of "by the middle of 2031": "2031") and a possessive ending
 * ("2029's loss": "2029"). Pure.
 */
export const momentShown = (m: Pick<Moment, 'text' | 'anchored'>) =>
  m.anchored ?? m.text.replace(/^of\s+/i, '').replace(/['’]s$/, '');

/** A plural noun a count counts: "projects", "people". */
const PLURAL_UNIT = /^(?:[a-z-]{2,}s|people|men|women|children)$/i;

/** An ordinal in digits: "12th", "3rd". */
const ORDINAL = /^\d+(?:st|nd|rd|th)$/i;
/** Scale words and signs a count's number may end with: "a million", "2.5m". */
const NUMBER_END = /(?:\d|\b(?:thousand|million|billion|trillion|dozen|mn|bn|m|k))$/i;
/** A plural noun right past a number, not a word ending in "ss", "us" or "is" ("business", "various"). */
const PLURAL_NOUN = /^(?:[a-z-]*[^siu\W]s|people|men|women|children)$/i;
/**
 * What may follow a noun that ends the thing counted: a mark, the end, or a word that starts no
 * longer name of it ("80,000 barrels of oil", "12 planes from", "200 workers who"); not another
 * noun or "and" ("4,000 sports utility vehicles", "300 business and union leaders").
 */
const COUNTED_END =
  /^(?:\s*$|\s*[,.;:!?()[\]'"\u2019\u201d-]|\s+(?:of|from|in|on|at|to|for|with|a|an|the|who|which|that|were|was|are|is|have|has|had|will|would|could|can|may|might|each|per|between|since|by|as|than|over|under|across|into|this|last|next|before|after|during|but|while|when|where|if|because|its|their|his|her|been|being|be|ago|around|about|now|also|only|just|not|yet|still|already)\b)/i;

/** A bracketed sum of money right after a figure: the same amount in another currency. */
const CONVERTED_AFTER = /^\s*\(\s*(?:about\s+|around\s+|some\s+)?[$£€¥]\s?\d/i;

/**
 * A count as the digest shows it. One no measure word claims is shown as its number, since its
 * "unit" may be any word after it ("18 number"), unless the reader found a plural noun counted:
 * past a word qualifying it ("12 building projects", "More than 40 site managers": cut there, the
 * qualifying word would stand for the thing counted, "12 building"), or right past the number where
 * the words `after` it end the thing counted ("70.5 gigaflops.", "80,000 barrels of oil": the number
 * alone says less than the sentence, digest-34); an ordinal with its suffix ("12th", not "12").
 */
function countText(q: Pick<Quantity, 'kind' | 'text' | 'unit'>, measured: boolean, after = ''): string {
  const { text, unit } = q;
  if (q.kind === 'count' && ORDINAL.test(text)) return text;
  if (measured || q.kind !== 'count' || !unit || !text.endsWith(unit)) return figureText(q);
  const number = text.slice(0, -unit.length).trimEnd();
  // A sum in a currency the reader does not know, its word right before the same sum in one it knows,
  // bracketed ("30bn baht (£398m; $768m)"): the word is the sum's currency, never dropped (digest-36).
  if (CONVERTED_AFTER.test(after) && /\d/.test(number)) return text;
  if (PLURAL_UNIT.test(unit) && !NUMBER_END.test(number) && /\d/.test(number)) return text;
  if (PLURAL_NOUN.test(unit) && /\d/.test(number) && COUNTED_END.test(after)) return text;
  return figureText({ text: number });
}

/** What joins the two ends of a range of figures: "20 to 25 firms", "3-4%". */
const RANGE_JOINT = /^(?:\s?[-–]\s?|\sto\s)/;
/** "between" before a range's low end, and the "and" after it. */
const BETWEEN = /\bbetween\s+$/i;
const BETWEEN_JOINT = /^\s+and\s+/;
/** Words before a figure that make "X to Y" a movement, not a range: "from 6.25% to 4.5%". */
const MOVED_FROM = /\bfrom\s+(?:\S+\s+)?$/i;

/**
 * The high end of a range a figure is the low end of ("only 20 to 25 big firms": "25 big firms"),
 * a figure of the same kind right past "to" or a dash; none for a movement ("from 6.25% to 4.5%",
 * "rose 3% to 5%"). Shown alone, a low end says less than the sentence ("30"). Pure.
 */
export function rangeEnd(text: string, q: Quantity, all: readonly Quantity[]): Quantity | undefined {
  if (q.change || MOVED_FROM.test(text.slice(0, q.start))) return undefined;
  // "between 4.7% and 4.8%" is a range too, its "and" opened by "between".
  const joint = (BETWEEN.test(text.slice(0, q.start)) ? BETWEEN_JOINT : RANGE_JOINT).exec(text.slice(q.end));
  if (!joint) return undefined;
  const at = q.end + joint[0].length;
  return all.find((o) => o.start === at && o.kind === q.kind && o.currency === q.currency && !o.change);
}

/** The low end of a range a figure is the high end of ("20" of "20 to 25 big firms"), as rangeEnd reads it. Pure. */
export const rangeStart = (text: string, q: Quantity, all: readonly Quantity[]): Quantity | undefined =>
  all.find((o) => o.end <= q.start && rangeEnd(text, o, all) === q);

/**
 * What joins the two values of a movement after its "from": "from 157,000 to 133,000", past the
 * moment of the first ("from £180,000 in November to £178,000", "from 6% in 2003 to 5%").
 */
const MOVED_JOINT = /^(\s+(?:in|on|at)\s+(?:the\s+)?[\p{L}\d-]+(?:\s+\d{4})?)?\s+to\s+/u;

/** A moment right after a value ("£189,000 in December"): the value's own, so two values of two moments. */
const MOMENT_AFTER = /^\s+(?:in|on|at|by)\s+(?:the\s+)?[\p{L}\d]/u;

/**
 * The value a movement reaches ("133,000" of "revised ... from 157,000 to 133,000"), for the figure
 * it moved from: a figure of the same kind and currency right past "to", the first opened by "from".
 * None for a range or a lone figure. Pure.
 */
export function movedTo(text: string, q: Quantity, all: readonly Quantity[]): Quantity | undefined {
  if (q.change || !MOVED_FROM.test(text.slice(0, q.start))) return undefined;
  const joint = MOVED_JOINT.exec(text.slice(q.end));
  if (!joint) return undefined;
  const at = q.end + joint[0].length;
  const to = all.find((o) => o.start === at && o.kind === q.kind && o.currency === q.currency && !o.change);
  // Past the first value's moment, a movement only where the second names none of its own: "from X
  // in November to Y in December" is two values at two moments, a timeline.
  if (to && joint[1] !== undefined && MOMENT_AFTER.test(text.slice(to.end))) return undefined;
  return to;
}

/** The figure a movement started from ("157,000" of "from 157,000 to 133,000"), as `movedTo` reads it. Pure. */
export const movedFrom = (text: string, q: Quantity, all: readonly Quantity[]): Quantity | undefined =>
  all.find((o) => o.end <= q.start && movedTo(text, o, all) === q);

/** A mention's line: its figure in its own words, citing its article; marked expected when its words say so. */
export function lineOf(m: FigureMention): FigureLine {
  // A range's end is shown with the other end: "20 to 25 big firms", not "20" or "25 big firms".
  const all = m.fact.quantities;
  const low = rangeStart(m.fact.text, m.quantity, all) ?? m.quantity;
  const high = low === m.quantity ? (rangeEnd(m.fact.text, m.quantity, all) ?? m.quantity) : m.quantity;
  // A movement's two values are one line, saying what changed: "from 157,000 to 133,000", not two
  // bare lines "157,000" and "133,000" (issue 20 §4). Its words say which way it went.
  const from =
    low === m.quantity && high === m.quantity ? (movedFrom(m.fact.text, m.quantity, all) ?? m.quantity) : low;
  const to = from === m.quantity ? (movedTo(m.fact.text, m.quantity, all) ?? high) : m.quantity;
  const line = (figure: string) => ({
    figure,
    context: m.context.text,
    cutBefore: m.context.cutBefore,
    cutAfter: m.context.cutAfter,
    source: digestCitation(m.article),
    also: [],
    factId: m.fact.id,
    ...(m.modality === 'expected' &&
    SAID_EXPECTED.test(clauseAround(m.fact.text, m.quantity.start, m.fact.text.length))
      ? { expected: true }
      : {}),
  });
  if (from !== low || to !== high)
    return line(
      `from ${m.fact.text.slice(from.start, to.start)}${countText(to, m.concept !== undefined, m.fact.text.slice(to.end))}`,
    );
  // A range opened by "between" keeps the word: "between 2% and 4%", never a bare "2% and 4%".
  const opened = low !== high && BETWEEN.test(m.fact.text.slice(0, low.start)) ? 'between ' : '';
  const figure =
    opened +
    m.fact.text.slice(low.start, high.start) +
    countText(high, m.concept !== undefined, m.fact.text.slice(high.end));
  // A fall shows its direction ("fell 0.6%": -0.6%), but not under a measure that says it ("decline").
  const falls =
    !FALL_MEASURES.has(m.concept?.name ?? '') &&
    (m.quantity.kind !== 'count' || m.quantity.change === true) &&
    fallen(m.fact.text, m.quantity);
  return line(falls ? asFall(figure) : figure);
}

/**
 * One claim as the coverage states it: one amount (in any of the currencies its sentences give) of
 * one measure, from every article that gives it; its subject and moment those most of its
 * sentences give.
 */
export interface FigureCluster {
  /** Absent for money figures no measure word claims: they only count towards a top line. */
  concept?: Concept;
  mentions: FigureMention[];
  /** The subject key most of its sentences give (named counting over resolved); "" when none. */
  subjectKey: string;
  /** The moment the sentence it is shown in names (its line and its words never disagree). */
  moment?: Moment;
  /** The mention it is shown in, when one can be shown. */
  shown?: FigureMention;
  /** The mentions whose sentence states the shown one's claim (`statesClaim`), all when none is shown. */
  stating: FigureMention[];
  /** Distinct articles (copies of one text counted once) that give it. */
  articles: number;
}

/** Weight of a subject read from the sentence's names, from "it"/"the firm", from its noun phrase, or neither. */
const SUBJECT_WEIGHT = { named: 1, resolved: 0.5, phrase: 0.5, none: 0 } as const;

/** The key most weighed: `weigh` gives each item's key and weight (an empty key is no vote). */
function mostWeighed<T>(items: readonly T[], weigh: (t: T) => [string, number]): string {
  const votes = new Map<string, number>();
  for (const t of items) {
    const [key, w] = weigh(t);
    if (key !== '' && w > 0) votes.set(key, (votes.get(key) ?? 0) + w);
  }
  return [...votes].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
}

/** Words after a figure that say nothing of what it is of: "80% of the loans". */
const FUNCTION_AFTER =
  /^(?:of|the|a|an|its|their|his|her|our|your|all|some|to|in|on|at|for|by|and|or|from|with|up|more|less|than|per|cent|percent)$/;

/** How many words after a percentage no measure word claims say what it is of. */
export const HEAD_WORDS = 2;

/**
 * The first HEAD_WORDS content words after a figure, lower case, a plural's "s" and a possessive
 * dropped: what a share no measure word claims is a share of ("up to 80% of the loans owed" ->
 * loan, owed; "the 80% loan summit" -> loan, summit). Pure.
 */
export function wordsAfter(text: string, end: number): string[] {
  const out: string[] = [];
  for (const m of text.slice(end).matchAll(/[\p{L}][\p{L}'’-]*/gu)) {
    const w = m[0].toLowerCase().replace(/['’]s?$/, '');
    if (FUNCTION_AFTER.test(w)) continue;
    out.push(w.length > 3 ? w.replace(/s$/, '') : w);
    if (out.length >= HEAD_WORDS) break;
  }
  return out;
}

/** The name words of a subject key. */
export const keyWords = (key: string) => key.split(/[\s&]+/).filter((w) => w !== '');

/**
 * True when a subject key may be the subject of a claim of these words: a word in common, or both
 * untold. A sentence whose subject is not read (or not trusted) is not a named subject's figure: it
 * may be another's, told in the sentence before ("In Germany ... Growth is likely to peak at just
 * under 2%" is no backing for the EU's 2%).
 */
const subjectsMeet = (words: ReadonlySet<string>, key: string) =>
  (words.size === 0 && key === '') || keyWords(key).some((w) => words.has(w));

/**
 * How many significant digits a figure written to a coarser digit must keep to be read as another's
 * value rounded: "29%" of "28.9%" (29 units of its last digit), "£1.4bn" of "£1.45bn" (14); not "4%"
 * of "3.75%", nor "1%" of "1.4%" (one digit: a rate moved, a forecast cut).
 */
export const LEAST_ROUNDED_UNITS = 10;

/**
 * True when one figure is the other written to a coarser last digit ("29%" and "28.9%", "$11bn" and
 * "$11.3bn"): one kind and unit, the coarser keeping at least `LEAST_ROUNDED_UNITS` units of its last
 * digit, the finer rounding to it. Equal values are no rounding (they are one claim already). Pure.
 */
export function roundedAlike(
  a: Pick<Quantity, 'kind' | 'value' | 'step' | 'currency' | 'per'>,
  b: Pick<Quantity, 'kind' | 'value' | 'step' | 'currency' | 'per'>,
): boolean {
  if (a.kind !== b.kind || a.currency !== b.currency || a.per !== b.per || a.kind === 'year') return false;
  if (a.value === b.value || a.step === b.step) return false;
  const coarse = a.step > b.step ? a : b;
  return Math.abs(coarse.value) / coarse.step >= LEAST_ROUNDED_UNITS - 1e-9 && rounds(a, b);
}

/** Alike enough in content words (Jaccard) that two sentences are one sentence edited. */
export const SAME_SENTENCE = 0.7;

/**
 * The figures as claims: mentions of one measure and one amount (in any currency either sentence
 * gives: "1.5bn euros ($2bn)" and "$2bn" are one; "$7.6m (£4m)" and "$7.5m (£4m)" are not,
 * `amountsClash`) are one claim whatever subject each sentence
 * seems to give, for money (an exact amount of money is one thing in a story); for percentages and
 * counts, only where their subjects meet. A money figure no measure word claims joins the other
 * unmeasured mentions of its amount whatever their subjects, else a measured claim of its amount
 * whose subject meets its own, else stands alone. Two claims of one measure and amount given in
 * nearly the same sentence (`SAME_SENTENCE`) are one, whatever subject each was read to give. Pure.
 */
export function clusterFigures(
  mentions: readonly FigureMention[],
  original: (id: string) => string = (id) => id,
): FigureCluster[] {
  const clusters: Array<{
    concept?: Concept;
    base: string;
    words: Set<string>;
    /** For a percentage no measure word claims: the words after its figures (`wordsAfter`). */
    heads: Set<string>;
    mentions: FigureMention[];
  }> = [];
  const byAmount = new Map<string, number[]>();
  const ordered = [...mentions].sort((a, b) => Number(!a.concept) - Number(!b.concept));
  for (const m of ordered) {
    // A subject read as a focus the digest does not trust is no subject to compare.
    const who = m.placed || m.subjectFrom === 'named' ? m.subjectKey : '';
    const keys = amountKeys(m);
    const base = unitBase(m.quantity);
    const near = [...new Set(keys.flatMap((k) => byAmount.get(k) ?? []))].sort((a, b) => a - b);
    // A share no measure word claims is one claim where the words after it name one thing ("up to 80%
    // of the loans", "the 80% loan summit"), whatever subject each sentence gives; one whose measure
    // the claims read, though not written, is one claim where the subjects meet too ("the Bank left
    // rates on hold at 3.75% on Thursday", "the Bank has kept rates on hold at 3.75% for a month").
    const shareAlone = !m.concept && m.quantity.kind === 'percent';
    const heads = shareAlone ? wordsAfter(m.fact.text, m.quantity.end) : [];
    const at = near.find((i) => {
      const c = clusters[i];
      if (!c || c.base !== base) return false;
      if (m.concept && c.concept !== m.concept) return false;
      // A rounded conversion both give ("(£4m)") is no one amount where the values as written differ.
      if (c.mentions.some((x) => amountsClash(x, m))) return false;
      // A count no measure word claims joins only others like it, never a measured count.
      if (!m.concept && m.quantity.kind !== 'money' && c.concept) return false;
      // An exact amount of money is one thing in a story: measured, whatever subject each sentence
      // seems to give; given with no measure word anywhere, too ("a $9bn fraud", "overstating its
      // accounts by $9bn"); an unmeasured one joins a measured claim only where the subjects meet.
      if (m.quantity.kind === 'money' && (m.concept !== undefined || c.concept === undefined)) return true;
      if (shareAlone)
        return (
          !c.concept && (heads.some((w) => c.heads.has(w)) || (m.measureRead && subjectsMeet(c.words, who)))
        );
      return subjectsMeet(c.words, who);
    });
    // The words of the names as written count too: "Zedco PlayBox Portable (PBP)", keyed "Zedco",
    // meets a later "PBP".
    const own = who === '' ? [] : [...keyWords(who), ...m.subject.flatMap((s) => keyWords(s.toLowerCase()))];
    const c = at !== undefined ? clusters[at] : undefined;
    if (c) {
      c.mentions.push(m);
      for (const w of own) c.words.add(w);
      for (const w of heads) c.heads.add(w);
    } else {
      clusters.push({
        ...(m.concept ? { concept: m.concept } : {}),
        base,
        words: new Set(own),
        heads: new Set(heads),
        mentions: [m],
      });
    }
    const i = at ?? clusters.length - 1;
    for (const k of keys) {
      const list = byAmount.get(k) ?? [];
      if (!list.includes(i)) list.push(i);
      byAmount.set(k, list);
    }
  }
  // One sentence in nearly the same words in two articles states one claim, whatever subject each was
  // read to give ("When Telvia went under, ... 9,000 staff were laid off" and "When the
  // firm went under, investors lost ... and 9,000 staff were laid off").
  for (const list of byAmount.values())
    for (const [n, i] of list.entries()) {
      const c = clusters[i];
      if (!c || c.mentions.length === 0) continue;
      for (const j of list.slice(n + 1)) {
        const o = clusters[j];
        if (!o || o.mentions.length === 0 || o.concept !== c.concept || o.base !== c.base) continue;
        if (o.mentions.some((m) => c.mentions.some((x) => amountsClash(x, m)))) continue;
        if (
          !o.mentions.some((m) => c.mentions.some((x) => jaccard(x.fact.text, m.fact.text) >= SAME_SENTENCE))
        )
          continue;
        c.mentions.push(...o.mentions.splice(0));
        for (const w of o.words) c.words.add(w);
        for (const w of o.heads) c.heads.add(w);
      }
    }
  // A value and its rounding ("$28.3bn" and "$28bn", "28.9%" and "29%", `roundedAlike`) of one
  // subject's measure at one moment are one claim, citing the articles of both (issue 20), unless a
  // sentence gives both (a move: "rose to 7.1% from 7%").
  for (const [i, c] of clusters.entries())
    for (const o of clusters.slice(i + 1)) {
      if (c.mentions.length === 0 || o.mentions.length === 0) continue;
      if (!c.concept || o.concept !== c.concept || o.base !== c.base) continue;
      if (c.words.size === 0 || ![...o.words].some((w) => c.words.has(w))) continue;
      const facts = new Set(c.mentions.map((m) => m.fact.id));
      if (o.mentions.some((m) => facts.has(m.fact.id))) continue;
      const alike = c.mentions.some((x) =>
        o.mentions.some(
          (y) =>
            roundedAlike(x.quantity, y.quantity) &&
            (x.moment?.key ?? '') === (y.moment?.key ?? '') &&
            x.modality === y.modality,
        ),
      );
      if (!alike) continue;
      c.mentions.push(...o.mentions.splice(0));
      for (const w of o.words) c.words.add(w);
      for (const w of o.heads) c.heads.add(w);
    }
  return clusters
    .filter((c) => c.mentions.length > 0)
    .map((c) => {
      const subjectKey = mostWeighed(c.mentions, (m) => [
        m.subjectKey,
        m.placed ? SUBJECT_WEIGHT[m.subjectFrom] : SUBJECT_WEIGHT[m.subjectFrom] / 4,
      ]);
      const momentKey = mostWeighed(c.mentions, (m) => [m.moment?.key ?? '', 1]);
      // Shown in a sentence that names the claim's subject (by name) and moment, the latest, the shortest.
      const shown = c.mentions
        .filter((m) => m.placed && (m.concept || !c.concept))
        .sort(
          (a, b) =>
            Number(b.subjectKey === subjectKey) - Number(a.subjectKey === subjectKey) ||
            Number(b.subjectFrom === 'named') - Number(a.subjectFrom === 'named') ||
            Number((b.moment?.key ?? '') === momentKey) - Number((a.moment?.key ?? '') === momentKey) ||
            byDateDesc(a.article.published, b.article.published) ||
            a.context.text.length - b.context.text.length ||
            a.fact.position - b.fact.position,
        )[0];
      // The articles that state it: those whose sentence states the shown one's claim.
      const stating = c.mentions.filter((m) => !shown || statesClaim(shown, m));
      return {
        ...(c.concept ? { concept: c.concept } : {}),
        mentions: c.mentions,
        subjectKey: shown && subjectKey === '' ? shown.subjectKey : subjectKey,
        // The moment its line names is the one its sentence names, so that the two never disagree.
        ...(shown?.moment ? { moment: shown.moment } : {}),
        ...(shown ? { shown } : {}),
        stating,
        articles: new Set(stating.map((m) => original(m.article.id))).size,
      };
    });
}

/** Words of a name that say nothing of whose it is: titles and function words ("Mr", "of"). */
const NOT_A_NAME_WORD = /^(?:mr|mrs|ms|miss|dr|sir|lord|lady|the|of|and|for|de|la|le|von|van|st)$/;

/** The words of a mention's subject an editor would know it by: its key's and its names' as written. */
function subjectWords(m: Pick<FigureMention, 'subjectKey' | 'subject'>): Set<string> {
  return new Set(
    [m.subjectKey, ...m.subject]
      .flatMap((s) => keyWords(s.toLowerCase()))
      .map((w) => w.replace(/['’]s$/, ''))
      .filter((w) => w.length > 1 && !NOT_A_NAME_WORD.test(w)),
  );
}

/** The words a sentence writes, lower-cased, a possessive's "'s" left off. */
const writtenWords = (text: string) =>
  new Set(
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}&'’]+/u)
      .map((w) => w.replace(/['’](?:s)?$/, '')),
  );

/**
 * True when a mention of a claim states the claim its line is shown in (issue 20): one sentence for
 * the other (`SAME_SENTENCE`), or an equal amount of the same measure whose owner the digest does not
 * trust (read from "it", "the club", the article's focus, `placed` false), or one whose owner (named,
 * or read and trusted) is the shown one's, or where either sentence writes the other's owner ("Mr
 * Ward's offer values the club at £640m" for "Ward ... a bid valuing the club at £640m"). An
 * equal amount that its sentence gives another owner of, neither sentence naming the other's ("Film
 * B took $18m" for "Film A took $18m"), is no citation of it; nor, with no measure word on both, one
 * whose owner is not read or not trusted ("the film took $18m" of another article's film). Pure.
 */
export function statesClaim(shown: FigureMention, m: FigureMention): boolean {
  if (m === shown || m.fact.id === shown.fact.id) return true;
  if (m.concept && shown.concept && m.concept !== shown.concept) return false;
  if (jaccard(m.fact.text, shown.fact.text) >= SAME_SENTENCE) return true;
  // A share no measure word claims is one claim by its amount and the words after it, whatever
  // subject each sentence gives ("up to 80% of the loans", "80% loan relief"): not by whose it is.
  // An amount of money or a count is held to its owner as a measured one is: "Film B pulled in $18m"
  // is no citation of "Film A pulled in $18m", "10 instruction sequences" none of "10 points".
  if (!shown.concept && shown.quantity.kind === 'percent') return true;
  const own = subjectWords(shown);
  // A line that says no one's figure claims only the figure and its measure.
  if (own.size === 0) return true;
  // A measured amount whose owner its sentence does not name ("It took $12.4m on New Year's Day") is
  // the one thing of that measure and amount in the story. An amount no measure word claims is held
  // only by its owner: where the sentence names none, the owner read from "it", "the film" or the
  // article's focus must meet the line's where the digest trusts it (`placed`), else the sentence must
  // write the line's owner ("the film beat the $14m expected of it", read as another article's
  // focus, is no citation of "Film A ... when it took $19m").
  const trusted = m.subjectFrom === 'named' || m.placed;
  if (!trusted && shown.concept && m.concept) return true;
  const theirs = trusted ? subjectWords(m) : new Set<string>();
  if ([...theirs].some((w) => own.has(w))) return true;
  const inTheirs = writtenWords(m.fact.text);
  const inOwn = writtenWords(shown.fact.text);
  return [...own].some((w) => inTheirs.has(w)) || [...theirs].some((w) => inOwn.has(w));
}

/**
 * A claim's line: in the words of the mention it is shown in, citing every other article giving it,
 * a copy of an article already cited (`original`: the article a copy was first filed as) left out, so
 * that a copy never reads as a second source.
 */
export function clusterLine(
  c: FigureCluster,
  original: (id: string) => string = (id) => id,
): FigureLine | undefined {
  if (!c.shown) return undefined;
  const shown = c.shown;
  const line = lineOf(shown);
  const seen = new Set([original(shown.article.id)]);
  for (const m of c.stating)
    if (!seen.has(original(m.article.id))) {
      seen.add(original(m.article.id));
      line.also.push(digestCitation(m.article));
    }
  return line;
}

/** The modality most of a claim's sentences give. */
const modalityOfCluster = (c: FigureCluster) => mostWeighed(c.mentions, (m) => [m.modality, 1]);

/**
 * The claims grouped like with like: by subject, measure and unit (any currency), then by moment,
 * oldest first. Within one moment, claims of different articles whose values do not meet differ
 * only when the moment is the same one (`sameMoment`: named alike, or none named in articles of one
 * date), their sentences are as sure (a forecast never differs from a result) and each article
 * gives one value there; of dated articles at different dates the later value is current. Any
 * other set of values is shown in order, never called a disagreement.
 */
export function groupFigures(
  mentions: readonly FigureMention[],
  subjectName: (key: string, fallback: readonly string[], texts: readonly string[]) => string = (_k, f) =>
    f.join(' and '),
  clusters: readonly FigureCluster[] = clusterFigures(mentions),
  original: (id: string) => string = (id) => id,
): FigureGroup[] {
  const groups = new Map<string, FigureCluster[]>();
  for (const c of clusters) {
    if (!c.concept || !c.shown || c.subjectKey === '') continue;
    const key = [c.concept.name, unitBase(c.shown.quantity), c.subjectKey].join('\u0000');
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  const result: FigureGroup[] = [];
  const names = new Map<FigureGroup, string>();
  for (const group of groups.values()) {
    const first = group[0];
    const concept = first?.concept;
    if (!first?.shown || !concept) continue;
    const byMoment = new Map<string, FigureCluster[]>();
    for (const c of group) {
      const key = c.moment?.key ?? '';
      byMoment.set(key, [...(byMoment.get(key) ?? []), c]);
    }
    const moments: MomentValues[] = [...byMoment.entries()].map(([key, cs]) => {
      const found = cs.find((c) => c.moment);
      // A moment counted from the day of writing ("last week") that nothing anchors, in an undated
      // article, is no title an editor can place: its values are shown in their sentences alone.
      const named =
        found?.moment && !unplacedInTime(found.moment, found.shown?.article.published)
          ? found.moment
          : undefined;
      const ids = new Map(cs.map((c) => [c, new Set(c.mentions.map((m) => m.article.id))]));
      // An article that gives two values here tells of two things: compared with none.
      const sole = cs.filter(
        (c) => !cs.some((o) => o !== c && [...(ids.get(o) ?? [])].some((id) => ids.get(c)?.has(id))),
      );
      const date = (c: FigureCluster) => c.shown?.article.published;
      const clash = (a: FigureCluster, b: FigureCluster) =>
        a !== b && !!a.shown && !!b.shown && !valuesMeet(a.shown, b.shown);
      const differ =
        !concept.change &&
        sole.some((a) =>
          sole.some(
            (b) =>
              clash(a, b) &&
              modalityOfCluster(a) === modalityOfCluster(b) &&
              date(a) === date(b) &&
              sameMoment({ key, published: date(a) }, { key, published: date(b) }),
          ),
        );
      const dates = [...new Set(cs.map(date))];
      const dated =
        dates.length > 1 &&
        dates.every(Boolean) &&
        sole.some((a) => sole.some((b) => clash(a, b) && date(a) !== date(b)));
      const latest = dated ? [...dates].sort(byDateDesc)[0] : undefined;
      const lines = [...cs]
        .sort((a, b) => b.articles - a.articles || byDateDesc(date(a), date(b)))
        .flatMap((c) => clusterLine(c, original) ?? [])
        // A range's two ends are one line: "between 4.7% and 4.8%" once.
        .filter((l, i, all) => all.findIndex((x) => x.factId === l.factId && x.figure === l.figure) === i);
      return {
        ...(named ? { moment: momentShown(named) } : {}),
        key,
        ...(named?.order !== undefined
          ? { order: named.order }
          : key === ''
            ? { order: yearOf(latest) ?? 0 }
            : {}),
        lines,
        ...(differ ? { differ: true } : {}),
        ...(latest ? { asOf: latest } : {}),
      };
    });
    // Oldest moment first; moments that cannot be placed keep the order they were found in.
    moments.sort((a, b) => (a.order ?? Number.POSITIVE_INFINITY) - (b.order ?? Number.POSITIVE_INFINITY));
    const all = group.flatMap((c) => c.mentions.filter((m) => m.subjectKey === first.subjectKey));
    const counts = new Map<string, number>();
    for (const m of all) for (const s of m.subject) counts.set(s, (counts.get(s) ?? 0) + 1);
    const written = [...counts].sort((a, b) => b[1] - a[1]).map(([s]) => s);
    const { per, change } = first.shown.quantity;
    const titled: FigureGroup = {
      // Titled by the word every sentence of it writes for the measure ("deficit"), else by its name.
      measure: namedAlike(
        group.flatMap((c) => c.mentions),
        concept.name,
      ),
      ...(per && PER_UNITS.test(per)
        ? { unit: `${/^[aeiou]/i.test(per) ? 'an' : 'a'} ${per}` }
        : // A loss or a decline is a fall by name: "a loss of 40m euros" (read as a change) is its level.
          change && !concept.change && !FALL_MEASURES.has(concept.name)
          ? { unit: 'change' }
          : {}),
      // The name its sentences give most, as written; else the form of it most articles use; a
      // place written only as its adjective ("the Spanish jobless rate") by its name (digest-33).
      subject: nameOnly(
        ((w) =>
          w !== undefined && !isDemonym(w)
            ? w
            : subjectName(
                first.subjectKey,
                first.shown.subject,
                all.map((m) => m.fact.text),
              ))(written.find((w) => all.some((m) => m.fact.text.includes(w)))),
      ),
      moments,
      articleIds: [...new Set(group.flatMap((c) => c.mentions.map((m) => m.article.id)))],
    };
    // Groups are ordered by their measure's name, whatever word titles them.
    names.set(titled, concept.name);
    result.push(titled);
  }
  return result.sort(
    (a, b) =>
      b.articleIds.length - a.articleIds.length ||
      b.moments.reduce((n, m) => n + m.lines.length, 0) - a.moments.reduce((n, m) => n + m.lines.length, 0) ||
      (names.get(a) ?? a.measure).localeCompare(names.get(b) ?? b.measure),
  );
}

/**
 * How a subject key is written: of the names it stands for, the one most articles use that the
 * group's own sentences write as it is ("Fenwick", where the tagger's "Fenwick Dunmore" stands for
 * "Fenwick & Dunmore"), else the name its sentences give most.
 */
/**
 * A name of two capitalized words or more, less the words in lower case the reader ran it on to:
 * "Orvo Stock Exchange" of "Orvo Stock Exchange plans" (a verb past the name); a joining word inside
 * ("Bank of England") stays, and a title of one capitalized word is left as it is ("Heavy crude oil",
 * a sentence's first word; digestb-33). Pure.
 */
export function nameOnly(title: string): string {
  const words = title.split(' ');
  let end = words.length;
  while (end > 0 && /^\p{Ll}/u.test(words[end - 1] ?? '')) end--;
  if (end === words.length || end === 0) return title;
  const capitals = words.slice(0, end).filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitals >= 2 ? words.slice(0, end).join(' ') : title;
}

/** The head nouns of an organisation's name, that a name joined by "and" may run on to. */
const ORGANISATION_HEAD =
  /^(?:Union|Unions|Association|Federation|Council|Department|Commission|Corporation|Administration|Agency|Authority|Institute|Board|Office|Party|Trust|Society|Workers|Services|Industry|Exchange|Committee)$/;

/**
 * An organisation's name written whole where a sentence writes it so: "Food and Orvo Workers
 * Union" for "Orvo Workers Union", "Zed and Allied Services Union" (a name the reader cut at
 * "and"); any other name as it is. Pure.
 */
export function wholeName(name: string, texts: readonly string[]): string {
  const last = name.split(/\s+/).at(-1) ?? '';
  if (!ORGANISATION_HEAD.test(last)) return name;
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const before = new RegExp(String.raw`(?:^|[^\p{L}])(\p{Lu}\p{Ll}+ (?:and|&) )${escaped}\b`, 'u');
  for (const t of texts) {
    const m = before.exec(t);
    if (!m?.[1]) continue;
    // The word before it opens no name it is part of ("Mr Smith and Health ..." is two), and it is
    // not a sentence's first word, capitalized whatever it is.
    const preceding = t.slice(0, m.index + m[0].length - m[1].length - name.length).trimEnd();
    const word = /[\p{L}.'’]*$/u.exec(preceding)?.[0] ?? '';
    if (preceding !== '' && (!/^\p{Lu}/u.test(word) || /^(?:The|A|An)$/.test(word))) return `${m[1]}${name}`;
  }
  return name;
}

export function subjectNamer(
  names: ReadonlyArray<{ name: string; articles: number }>,
): (key: string, fallback: readonly string[], texts?: readonly string[]) => string {
  const keyOf = subjectKeys(names);
  const forms = new Map<string, Array<{ name: string; articles: number }>>();
  // `names` come most used first.
  for (const n of names) {
    const k = keyOf(n.name);
    forms.set(k, [...(forms.get(k) ?? []), n]);
  }
  return (key, fallback, texts = []) => {
    const written = key.split(' & ').map((part) => {
      // A place's name before its adjective ("Germany" over "German"), else the most used first.
      const literal = (forms.get(part) ?? [])
        .filter((f) => texts.some((t) => t.includes(f.name)))
        .sort((a, b) => Number(isDemonym(a.name)) - Number(isDemonym(b.name)));
      // A place its sentences name only by its adjective ("the Spanish jobless rate") is titled by
      // its name where the story writes it ("Spain · unemployment", not "Spanish").
      const place =
        literal[0] && isDemonym(literal[0].name)
          ? (forms.get(part) ?? []).find((f) => !isDemonym(f.name))
          : undefined;
      const most = place ?? literal[0];
      // A longer form holding the most used one, about as common: "Northwind AI" over "Northwind".
      const longer = literal.find(
        (f) =>
          most &&
          f.name.length > most.name.length &&
          f.name.includes(most.name) &&
          f.articles * 2 >= most.articles,
      );
      const name = (longer ?? most)?.name;
      return name === undefined ? undefined : wholeName(name, texts);
    });
    return written.every(Boolean) ? written.join(' and ') : fallback.join(' and ');
  };
}
