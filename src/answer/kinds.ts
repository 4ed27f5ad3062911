/**
 * The kind of thing a short answer's words are, against the kind the question asks (issue 21 §2,
 * kind-30): a person for "where", a country for "which player", an organisation for "which
 * countries", a length of time for "how old", a day with no year for "what year". The type read
 * from a question lets spans of a near kind through (a name question weighs a person's, a place's
 * and an organisation's names; a place question any name), since the words round a name often say
 * nothing; where they say surely, a span of another kind is no answer. The tagger (wink's lite
 * model) tags no person, organisation or place: it reads nearly every name as a proper noun, so the
 * kind comes from the words round a name (spans.ts `surelyPerson`, the organisation words), the
 * runtime's list of countries and regions (claims/places.ts) and words of nationality. Pure; English.
 */
import { isDemonym } from '../claims/demonyms.js';
import { isRegion } from '../claims/places.js';
import { asksAge, writesAge } from './asked.js';
import type { AnswerType } from './question.js';
import { type NameKind, surelyPerson } from './spans.js';

/** What of a span the kind is read from: its words, its place in the sentence, what its context said it names. */
export interface KindSpan {
  text: string;
  start: number;
  end: number;
  kind?: NameKind;
}

/**
 * A question asking which year: "what year", "which year", a headline's "... year?" ("Top of the
 * Pops first broadcast year?"), not a time it is asked of ("this year", "last year").
 */
const YEAR_ASKED =
  /\b(?:what|which)\s+year\b|(?<!\b(?:this|last|next|that|a|per|each|every|the)\s)\byear\s*\?*\s*$/i;
/** A year as written: four digits from 1000 to 2999, or a decade ("the 1990s"). */
const YEAR_WRITTEN = /\b[12]\d{3}s?\b/;

/**
 * Events a "when" question asks the date of, each with the words a sentence tells it by: "when was X
 * founded" is answered by a sentence on its founding ("set up in 1337", "since 1901"), not by any date
 * of X ("in the year ending 31 December"). English verbs of founding, birth, death, opening and closing;
 * `start`: a date opened by "from" or "since" tells a start of its own ("worked there from 1977" for
 * "when did X start there"; a founding is told by its own words).
 */
const EVENTS: ReadonlyArray<readonly [asked: RegExp, told: RegExp, start?: boolean]> = [
  [
    /\b(?:found(?:ed|ing)?|set up|establish\w*|formed|created)\b/i,
    /\b(?:found(?:ed|er|ers|ing)?|set up|establish\w*|form(?:ed|ation)|creat\w+|launch\w*|start\w*|began|begun|since)\b/i,
  ],
  [/\b(?:born|birth)\b/i, /\b(?:born|birth\w*)\b/i],
  [/\b(?:die|died|death)\b/i, /\b(?:die[ds]?|death|dead|killed)\b/i],
  [
    /(?<![-\w])(?:open(?:ed|s)?|launch(?:ed|es)?|start(?:ed|s)?|begin|began|debut\w*|release[ds]?|go on sale|premiere\w*)\b/i,
    /\b(?:open\w*|launch\w*|start\w*|begin\w*|began|begun|debut\w*|releas\w*|on sale|premier\w*|screen\w*|unveil\w*|introduc\w*|roll\w* out|arriv\w*|available|kick\w* off)\b/i,
    true,
  ],
  [/\b(?:close[ds]?|shut)\b/i, /\b(?:clos\w*|shut\w*)\b/i],
];

/**
 * Events a "where" question asks the place of, each with the words a sentence tells it by (event-35,
 * as EVENTS for "when"): "where did X die" is answered by the place of a death ("died at his home in
 * Easton"), not by any place near X's name ("X, the Easton MP, has died"); "where will the winner be
 * unveiled" by the place of the announcing. The question's words are read lowercase (a capitalized
 * "Open" is a name, no opening). English verbs and nouns of events; a state ("based") is none.
 */
export const PLACE_EVENTS: ReadonlyArray<readonly [asked: RegExp, told: RegExp]> = [
  [/\b(?:die|died|death|killed)\b/, /\b(?:die[ds]?|death|dead|killed|funeral|buried)\b/i],
  [/\b(?:born|birth|birthplace)\b/, /\b(?:born|birth\w*|native)\b/i],
  [/\b(?:buried|funeral)\b/, /\b(?:buri\w*|funeral|laid to rest)\b/i],
  [
    /\b(?:held|hosted|staged|take place|taking place|took place|happen\w*)\b/,
    /\b(?:held|hold\w*|host\w*|stag\w*|take\w* place|took place|venue|happen\w*)\b/i,
  ],
  [
    /(?<![-\w])(?:open(?:ed|s|ing)?|launch(?:ed|es|ing)?|unveil\w*|reveal\w*|announc\w*|premiere\w*|debut\w*)\b/,
    /\b(?:open\w*|launch\w*|unveil\w*|reveal\w*|announc\w*|premier\w*|debut\w*|screen\w*|present\w*)\b/i,
  ],
  [/\b(?:filmed|shot|recorded)\b/, /\b(?:film\w*|shot|shoot\w*|record\w*|location\w*)\b/i],
  [
    /\b(?:found(?:ed|ing)?|set up|establish\w*|formed)\b/,
    /\b(?:found(?:ed|er|ers|ing)?|set up|establish\w*|form(?:ed|ation)|launch\w*|start\w*|began|begun)\b/i,
  ],
  [/\b(?:arrested|detained|jailed|held)\b/, /\b(?:arrest\w*|detain\w*|held|jail\w*|custody|prison\w*)\b/i],
];

/**
 * Whether `sentence` tells the event `told` next to the span (`at`, `end`): a word of it within `near`
 * characters with no ";" or ":" between (the same clause); `near` 0: anywhere in the sentence.
 */
function toldNear(sentence: string, told: RegExp, at: number, end: number, near: number): boolean {
  const all = new RegExp(told.source, `${told.flags.replace('g', '')}g`);
  for (const m of sentence.matchAll(all)) {
    if (near <= 0) return true;
    const from = Math.min(end, m.index);
    const to = Math.max(at, m.index + m[0].length);
    const between = sentence.slice(Math.min(from, to), Math.max(from, to));
    if (between.length <= near && !/[;:]/.test(between)) return true;
  }
  return false;
}

/**
 * Whether a place (`span` of `sentence`) is told by the event a "where" question asks (PLACE_EVENTS):
 * a word of it within `near` characters in the same clause (0: anywhere in the sentence); undefined
 * when the question asks of no such event. Pure.
 */
export function placeOfEvent(
  question: string,
  sentence: string,
  span: Pick<KindSpan, 'start' | 'end'>,
  near: number,
): boolean | undefined {
  const event = PLACE_EVENTS.find(([asks]) => asks.test(question));
  return event ? toldNear(sentence, event[1], span.start, span.end, near) : undefined;
}

/** A country, a continent or a region written as the whole span ("Spain", "the Middle East"). */
const regionSpan = (text: string) => isRegion(text.trim().replace(/[.,;:]$/, ''));

/** What the question reads as asking, for `kindMisfit`. */
export interface KindAsked {
  wants?: AnswerType;
  /** The noun naming what is asked ("album" of "which album"), if any. */
  head?: string;
}

/**
 * Why a span is not of the kind the question asks (`asked`, read from `question`), as the kind its
 * words are: "person", "organisation", "region", "nationality", "no age", "no year", "another event"
 * (a date from a sentence that tells not the event asked); undefined when
 * nothing says surely that it is of another kind. `sentence` is the fact the span is cut from.
 */
export function kindMisfit(
  asked: KindAsked,
  question: string,
  sentence: string,
  span: KindSpan,
): string | undefined {
  const text = span.text.trim();
  const region = regionSpan(text);
  const person = !region && surelyPerson(sentence, span);
  const nationality = !region && isDemonym(text);
  switch (asked.wants) {
    case 'place':
      // "where is X headquartered" answered by "Mr Morrow": a person is nowhere's name.
      if (person) return 'person';
      if (span.kind === 'organisation' && !region) return 'organisation';
      return undefined;
    case 'person':
      if (region) return 'region';
      if (nationality) return 'nationality';
      return undefined;
    case 'organisation':
      if (region) return 'region';
      if (nationality) return 'nationality';
      if (person) return 'person';
      return undefined;
    case 'name':
      if (nationality) return 'nationality';
      // "who took over as chief executive" answered by "Germany"; "which album" may be named for one.
      if (region && !asked.head) return 'region';
      return undefined;
    case 'count':
    case 'duration':
    case 'amount':
      // "how old is X" answered by "eight year" (a ban), "six days" (a film's span): no age.
      if (asksAge(question) && !writesAge(sentence, span)) return 'no age';
      return undefined;
    case 'date': {
      if (YEAR_ASKED.test(question) && !YEAR_WRITTEN.test(text)) return 'no year';
      // "when was X founded" answered from a sentence that tells no founding: a date of another event.
      // A date opened by "from" or "since" tells a start ("worked with him from 1977").
      const event = EVENTS.find(([asks]) => asks.test(question));
      if (event && !event[1].test(sentence) && !(event[2] && /^(?:from|since)\b/i.test(text)))
        return 'another event';
      return undefined;
    }
    default:
      return undefined;
  }
}
