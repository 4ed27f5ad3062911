/**
 * When a figure holds: the moment a sentence ties it to ("its Series C round", "last year",
 * "in December", "the third quarter", "2004", "this investment"). Pure functions, no story words:
 * moments are read from the words of time and of deals every business story uses.
 */
import { MONTH } from '../facts/months.js';
import { asidesOf } from './subject.js';

/** A moment a sentence names, where it stands in the sentence. */
export interface Moment {
  /** The words as written: "Series C funding round", "last year", "in December 2004". */
  text: string;
  /** What two moments are compared on: "series f", "year-1", "december 2004", "deal". */
  key: string;
  /**
   * Where it falls on a line of time, when that can be told: a year (2004), or a year with a
   * fraction for months and quarters; relative moments ("last year") count from the article's date,
   * or from the year 0 when it has none (so that they still order among themselves).
   */
  order?: number;
  /**
   * The moment as a date, where its words are relative and the article's date or a moment named
   * before it in the sentence places them: "last year" in an article of 2005 is "in 2004"; "the
   * month before" after "in November" is "in October". Absent when the words name a date already,
   * or nothing places them.
   */
  anchored?: string;
  start: number;
  end: number;
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const QUARTERS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, final: 4, last: 4 };
const HALVES: Record<string, number> = { first: 1, second: 2 };

/** The patterns of a moment, most specific first; each gives a key and an order from its match. */
const PATTERNS: Array<{ re: RegExp; read: (m: RegExpExecArray, year: number) => [string, number?] }> = [
  {
    // A span of years ("between 2001 and 2003", "in 2001, 2002 and 2003") is no one moment: it
    // claims no figure and keeps its years from claiming one.
    re: /\bbetween\s+(?:19|20)\d\d\s+and\s+(?:19|20)\d\d\b|\b(?:in\s+)?(?:19|20)\d\d(?:,\s+(?:19|20)\d\d)*,?\s+and\s+(?:19|20)\d\d\b/g,
    read: () => [''],
  },
  {
    // "the six months ending 30 June", "the quarter to June": a half or a quarter.
    re: new RegExp(
      String.raw`\b(six|6|three|3)\s+months\s+(?:to|ending|ended|until)\s+(?:\d{1,2}\s+)?(${MONTHS.map((m) => m[0]?.toUpperCase() + m.slice(1)).join('|')})(?:\s+((?:19|20)\d\d))?`,
      'g',
    ),
    read: (m, year) => {
      const month = MONTHS.indexOf((m[2] ?? '').toLowerCase()) + 1;
      const y = Number(m[3] ?? year);
      const half = /^(?:six|6)$/.test(m[1] ?? '');
      const n = half ? (month <= 6 ? 1 : 2) : Math.ceil(month / 3);
      return half ? [`h${n}${m[3] ?? ''}`, y + (n - 1) / 2] : [`q${n}${m[3] ?? ''}`, y + (n - 1) / 4];
    },
  },
  {
    // "full-year profit", "for the full year", "by year's end": the current (financial) year.
    re: /\b(?:full[-\s]year|(?:by\s+)?(?:the\s+)?year['’]s\s+end|(?:by\s+)?the\s+end\s+of\s+the\s+year)\b/gi,
    read: (_m, year) => ['year', year],
  },
  {
    // "since May", "since 1997", "since December of last year": where a change is counted from, not
    // when the figure holds.
    re: new RegExp(
      String.raw`\bsince\s+(?:(?:${MONTHS.map((m) => m[0]?.toUpperCase() + m.slice(1)).join('|')})(?:\s+(?:of\s+)?(?:(?:last|this)\s+year|(?:19|20)\d\d))?|(?:19|20)\d\d)\b`,
      'gi',
    ),
    read: () => [''],
  },
  {
    // "earlier on Sunday", "earlier today": earlier the same day, not an earlier moment.
    re: /\bearlier\s+(?:on|today|this\s+(?:morning|afternoon|week))\b/gi,
    read: () => [''],
  },
  {
    // A funding round: "Series C funding round", "its Series B".
    re: /\bSeries [A-K]\b(?:\s+(?:funding|financing|investment))?(?:\s+round)?/g,
    read: (m, year) => {
      const letter = m[0].charAt(7).toLowerCase();
      // Rounds come before the news that names them, in the order of their letters.
      return [`series ${letter}`, year - 1 + (letter.charCodeAt(0) - 97) / 100];
    },
  },
  {
    re: /\b(?:seed|angel|pre-seed)\s+(?:funding\s+)?round\b/gi,
    read: (m, year) => [m[0].toLowerCase().split(/\s+/)[0] ?? 'seed', year - 2],
  },
  {
    // "in December 2004", "December 2004", "in December".
    re: new RegExp(
      String.raw`\b(?:(?:in|since|by|until|from|during|last|this|next|early|late|mid-)\s+)?(${MONTHS.map((m) => m[0]?.toUpperCase() + m.slice(1)).join('|')})(?:\s+(\d{1,2}))?(?:,?\s+((?:19|20)\d\d))?\b`,
      'g',
    ),
    read: (m, year) => {
      const month = MONTHS.indexOf((m[1] ?? '').toLowerCase());
      const lead = /^(last|next)\b/i.exec(m[0])?.[1]?.toLowerCase();
      const y = m[3] ? Number(m[3]) : year + (lead === 'last' ? -1 : lead === 'next' ? 1 : 0);
      // "May" alone is too often the verb: only with a year, a day or a leading word.
      if (month === 4 && !m[2] && !m[3] && m[0] === m[1]) return [''];
      return [`${m[3] ?? lead ?? ''} ${MONTHS[month]}`.trim(), y + month / 12];
    },
  },
  {
    // "the third quarter", "the fourth quarter of 2004", "Q3".
    re: /\b(?:(?:the|its|a)\s+)?(first|second|third|fourth|final|last)[-\s]quarter\b(?:\s+of\s+((?:19|20)\d\d))?|\bQ([1-4])(?:\s+((?:19|20)\d\d))?\b/gi,
    read: (m, year) => {
      const q = m[1] ? (QUARTERS[m[1].toLowerCase()] ?? 4) : Number(m[3]);
      const y = Number(m[2] ?? m[4] ?? year);
      return [`q${q}${m[2] ?? m[4] ?? ''}`, y + (q - 1) / 4];
    },
  },
  {
    re: /\b(?:the\s+)?(first|second)\s+half(?:\s+of\s+(?:the\s+year|((?:19|20)\d\d)))?/gi,
    read: (m, year) => {
      const h = HALVES[(m[1] ?? 'first').toLowerCase()] ?? 1;
      return [`h${h}${m[2] ?? ''}`, Number(m[2] ?? year) + (h - 1) / 2];
    },
  },
  {
    re: /\b(last|this|next|previous|current|past|coming)\s+(year|month|week|quarter|financial year|fiscal year)\b/gi,
    read: (m, year) => {
      const which = (m[1] ?? '').toLowerCase();
      const step = ['last', 'previous', 'past'].includes(which)
        ? -1
        : ['next', 'coming'].includes(which)
          ? 1
          : 0;
      const unit = (m[2] ?? '').toLowerCase().replace(/^(?:financial|fiscal) /, '');
      const size = unit === 'year' ? 1 : unit === 'quarter' ? 0.25 : unit === 'month' ? 1 / 12 : 1 / 52;
      return [`${unit}${step === 0 ? '' : step > 0 ? '+1' : '-1'}`, year + step * size];
    },
  },
  {
    // "a year earlier", "a year ago", "two years ago".
    re: /\b(a|one|two|three|four|five|the)\s+(year|month|quarter)s?\s+(?:earlier|ago|before)\b/gi,
    read: (m, year) => {
      const n =
        { a: 1, the: 1, one: 1, two: 2, three: 3, four: 4, five: 5 }[(m[1] ?? 'a').toLowerCase()] ?? 1;
      const unit = (m[2] ?? 'year').toLowerCase();
      const size = unit === 'year' ? 1 : unit === 'quarter' ? 0.25 : 1 / 12;
      return [`${unit}-${n}`, year - n * size];
    },
  },
  {
    // "in 2004", "2004's", "for 2005", "by 2010".
    re: /\b(?:(?:in|for|during|since|by|of|from|until)\s+)?((?:19|20)\d\d)(?:['’]s)?\b(?!\s*(?:%|per\b|bn\b|m\b|million|billion))/g,
    read: (m) => [m[1] ?? '', Number(m[1])],
  },
  {
    // "previously", "at the time", "earlier": an earlier moment, not named.
    re: /\b(?:previously|formerly|at the time|earlier|originally|initially)\b/gi,
    read: (_m, year) => ['earlier', year - 0.5],
  },
  {
    // "its initial £1.4bn offer", "the original price"; "the first 12 games" counts, it is no moment.
    re: /\b(?:initial|original|earlier|previous|prior|former)\b(?=\s+(?:[$£€¥]|\d|offer|bid|price|valuation|estimate|forecast|target|proposal|approach|plan))|\bfirst\b(?=\s+(?:offer|bid|price|valuation|estimate|forecast|target|proposal|approach|plan))/gi,
    read: (_m, year) => ['earlier', year - 0.5],
  },
  {
    // "a revised £1.6bn offer", "its new bid", "a new £5bn offer"; not "a new 40% tax band", which
    // revises no figure named before.
    re: /\b(?:revised|improved|sweetened|latest|final)\b(?=\s+(?:[$£€¥]|(?<!final\s+)\d|offer|bid|price|valuation|estimate|forecast|target|proposal|approach))|\bnew\b(?=\s+(?:[$£€¥]?\d\S*\s+(?:[\p{L}-]+\s+)?)?(?:offer|bid|price|valuation|estimate|forecast|target|proposal|approach)\b)/giu,
    read: (_m, year) => ['later', year + 0.5],
  },
  {
    // The deal the story is about: "this investment values", "the offer values", "the deal would".
    re: /\b(?:the|this|its|that)\s+(?:proposed\s+|planned\s+|latest\s+|new\s+|revised\s+|potential\s+)?(deal|investment|offer|bid|takeover|acquisition|merger|transaction|agreement|sale|listing|flotation|ipo)\b/gi,
    // One deal however it is named: "the bid" and "the offer" are one moment.
    read: (_m, year) => ['the deal', year + 0.01],
  },
];

/** Every moment a sentence names, in order, overlapping ones left out; `year` is the article's year. */
export function momentsIn(sentence: string, year = 0): Moment[] {
  const found: Moment[] = [];
  // Words read as no moment ("since May", "between 2001 and 2003"): no later pattern reads them either.
  const blocked: Array<[number, number]> = [];
  for (const { re, read } of PATTERNS) {
    re.lastIndex = 0;
    for (const m of sentence.matchAll(re)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (found.some((f) => start < f.end && end > f.start)) continue;
      if (blocked.some(([s, e]) => start < e && end > s)) continue;
      // "Euro 2004", "Windows 2000": a year right after a capitalised word is part of a name.
      if (/^(?:19|20)\d\d$/.test(m[0]) && YEAR_IN_NAME.test(sentence.slice(0, start))) continue;
      const [key, order] = read(m as RegExpExecArray, year);
      if (!key) {
        blocked.push([start, end]);
        continue;
      }
      found.push({ text: m[0].trim(), key, ...(order === undefined ? {} : { order }), start, end });
    }
  }
  found.sort((a, b) => a.start - b.start);
  // "340 in 2004 from 296 the previous year": a year before a year the sentence names is that year's.
  return found.map((moment, i) => {
    const before = found.slice(0, i);
    if (moment.key === 'month-1' && MONTH_BEFORE.test(moment.text)) {
      // "$8.4bn in November, down from $8.5bn the month before": October.
      const named = before.findLast((f) => MONTH_KEY.test(f.key));
      const month = named ? MONTHS.indexOf(MONTH_KEY.exec(named.key)?.[1] ?? '') : -1;
      if (!named || month < 0) return moment;
      const prior = MONTHS[(month + 11) % 12] ?? '';
      const y = /^(\d{4}) /.exec(named.key)?.[1];
      const key = y && month > 0 ? `${y} ${prior}` : prior;
      const name = prior.charAt(0).toUpperCase() + prior.slice(1);
      return {
        ...moment,
        key,
        ...(named.order === undefined ? {} : { order: named.order - 1 / 12 }),
        anchored: `in ${name}${y && month > 0 ? ` ${y}` : ''}`,
      };
    }
    if (moment.key === 'year-1' && ANCHORED_BEFORE.test(moment.text)) {
      const named = before.findLast((f) => /^\d{4}$/.test(f.key));
      if (named) {
        const y = Number(named.key) - 1;
        return { ...moment, key: String(y), order: y };
      }
    }
    // "last year" in an article of 2005: in 2004.
    const shift = RELATIVE_YEAR.exec(moment.key);
    if (shift && year > 0) return { ...moment, anchored: `in ${year + Number(shift[1] ?? 0)}` };
    return moment;
  });
}

/** A month counted back from a month the sentence names: "the month before", "the previous month". */
const MONTH_BEFORE = /^(?:the\s+)?(?:previous|prior)\s+month$|\bmonth\s+(?:earlier|before)$/i;

/** A month's key, with a year or a leading word or neither: "2004 november", "last november". */
const MONTH_KEY = new RegExp(`(?:^|\\s)(${MONTHS.join('|')})$`);

/** A year's key counted from the article's date: "year-1" ("last year"), "year", "year+1". */
const RELATIVE_YEAR = /^year([+-]\d+)?$/;

/** A year counted back from the sentence's own time, not from the article's date. */
const ANCHORED_BEFORE = /^(?:the\s+)?(?:previous|prior)\s+year$|\byear\s+(?:earlier|before)$/i;

/** A capitalised word (not a month, not opening the sentence) right before a year: "Euro 2004". */
const YEAR_IN_NAME = new RegExp(String.raw`(?<=\S\s+)(?!(?:${MONTH})\b)\p{Lu}[\p{L}-]*\s$`, 'u');

/**
 * Words right before a moment that make it the base a figure is compared with, not when the figure
 * holds: "13% more than last year", "higher than originally planned".
 */
const BASE_BEFORE = /\b(?:than|compared\s+(?:with|to)|against|versus)\s+$/i;

/** Characters across a clause boundary count this much more. */
const CLAUSE_PENALTY = 1;
/** A moment further than this (in weighted characters) from a figure does not claim it. */
const MAX_DISTANCE = 150;
/** How far a moment that opens its sentence counts, from any figure of it. */
const LEAD_DISTANCE = 60;

/**
 * The moment a figure at [start, end) of a sentence belongs to: the nearest one named in the
 * sentence, a clause boundary ("," ";" " and ") between them counting against it. Undefined when
 * the sentence names none near it.
 */
export function momentOf(
  sentence: string,
  figure: { start: number; end: number },
  year = 0,
  moments: readonly Moment[] = momentsIn(sentence, year),
): Moment | undefined {
  let best: { moment: Moment; distance: number } | undefined;
  const asides = asidesOf(sentence);
  const within = (at: number) => asides.find(([s, e]) => at > s && at < e);
  for (const moment of moments) {
    if (moment.start < figure.end && moment.end > figure.start) continue; // the figure itself ("2004")
    const lead = sentence.slice(Math.max(0, moment.start - 20), moment.start);
    // The base of a comparison after the figure ("13% more than last year") is not its moment; before
    // it ("than last year's £3bn"), it is.
    if (moment.start >= figure.end && BASE_BEFORE.test(lead)) continue;
    // "Jo, who won silver in 2000, is 31": a moment inside an aside holds for the aside only.
    const aside = within(moment.start);
    if (aside && aside !== within(figure.start)) continue;
    const [from, to] = moment.end <= figure.start ? [moment.end, figure.start] : [figure.end, moment.start];
    const between = sentence.slice(from, to).replace(/,\s*(?=which|who|that)\b/g, ' ');
    const boundaries = (between.match(/[,;:()—–]|\band\b|\bbut\b|\bwhile\b/g) ?? []).length;
    let distance = (to - from) * (1 + CLAUSE_PENALTY * boundaries) + (moment.start > figure.end ? 5 : 0);
    // "from 296 the previous year": a moment right after the figure is its own.
    if (moment.start >= figure.end && /^\s*(?:the\s+)?$/i.test(between)) distance = 0;
    // "Last month, the exchange tabled ...": a moment that opens the sentence holds for all of it.
    if (moment.start <= 1 && /^\s*,/.test(sentence.slice(moment.end)))
      distance = Math.min(distance, LEAD_DISTANCE);
    if (!best || distance < best.distance) best = { moment, distance };
  }
  return best && best.distance <= MAX_DISTANCE ? best.moment : undefined;
}

/** The year of an article's date (`2004-12-01`, an ISO time), or undefined. */
export function yearOf(date: string | undefined): number | undefined {
  const m = /^((?:19|20)\d\d)/.exec(date ?? '');
  return m ? Number(m[1]) : undefined;
}
