/**
 * Dates stated as claims in a draft or an article: a year ("in 1998", "the 1973 film"), a month
 * and year ("June 2006"), a month alone after a word of time ("in May", "until March") and a day of
 * the month ("5 May", "23rd March 2005", "February 15", or one of two, "4 or 5 April", "8/9 January").
 * A span of days ("11 to 26 March", "9 and 10 July") is no one date; a span of years ("2004-05",
 * "between 2001 and 2003"), one of two years ("2011 or 2012") and a decade ("the 1990s", "the early
 * 1990s") are each a date of their own sort, compared only with their like. Pure functions.
 */

import { MONTH, MONTHS } from '../facts/months.js';
import { type Ordered, orderedAt } from './ordered.js';

/** A month and year, or a year alone, or a month alone after a word of time. */
const DATE = new RegExp(
  String.raw`\b(?:(${MONTH})\s+((?:19|20)\d\d)|((?:19|20)\d\d)|(?<=\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Tt]ill|[Bb]y|[Ff]rom|[Ll]ast|[Nn]ext|[Ee]arly|[Ll]ate|[Mm]id|[Tt]his|of|[Bb]efore|[Aa]fter|[Dd]uring)[\s-])(${MONTH}))\b`,
  'g',
);
/** Before a date: a day of the month ("5 May 2005") or a span's first part ("2001 and", "2004-"). */
const DAY_BEFORE =
  /(?:\b\d{1,2}(?:st|nd|rd|th)?\s+(?:(?:and|to|or|-|–)\s+\d{1,2}\s+)?$)|(?:(?:19|20)\d\d\s*(?:to|-|–|\/|or)\s*$)|[-–/]\s*$/;
/** Before a year: the part of it a sentence names ("mid-2006", "early-2005"). */
const PART_BEFORE = /\b(?:mid|early|late)-$/i;
/** After a date: a day ("May 5"), a span's second part ("2004-05", "2001 to 2003"), or a unit ("2003 votes"); "2001 and 2003" (no "between") names two years. */
const AFTER =
  /^(?:\s+\d{1,2}(?:st|nd|rd|th)?\b|\s*(?:-|–|\/)\s*\d|\s+(?:to|or)\s+(?:19|20)\d\d|\s*%|,\d|\s+(?:votes?|people|jobs|staff|workers|points|metres|miles|pounds|dollars|euros|shares|units|copies|members)\b)/i;

/** A day of the month, British order ("5 May", "4 or 5 April", "8/9 January"), with its year if one follows. */
const DAY = new RegExp(
  String.raw`\b(\d{1,2})(?:st|nd|rd|th)?(?:(?:\s+or\s+|\/)(\d{1,2})(?:st|nd|rd|th)?)?\s+(${MONTH})\b(?:,?\s+((?:19|20)\d\d)\b)?`,
  'g',
);
/** A day of the month, American order ("February 15", "March 3rd, 2005"), with its year if one follows. */
const MONTH_DAY = new RegExp(
  String.raw`\b(${MONTH})\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+((?:19|20)\d\d)\b)?`,
  'g',
);
/** After a month and number: a number that is no day ("May 5.5%", "June 4-2", "March 3,000", "April 20 people"). */
const NO_DAY_AFTER =
  /^(?:\s*(?:%|[-–/.]\s*\d|,\d)|\s+(?:to|and|or)\s+\d|\s+(?:per|percent|million|billion|bn|m|years?|people|votes?|jobs|points|minutes|seconds)\b)/i;
/** Before a day: a span's first part ("11 to", "9 and", "6-") or a number it would be part of ("1.5", "2,"). */
const SPAN_BEFORE = /(?:\d\s*(?:and|to|-|–|\/)\s*|[\d.,]|\d\s)$/;
/** The highest day of a month. */
const MAX_DAY = 31;

/** The days of the month a sentence states, each with its month and day ("04-05", or "04-04/05" for one of two days). */
function readDays(sentence: string): Ordered[] {
  const out: Ordered[] = [];
  for (const m of sentence.matchAll(DAY)) {
    const days = [m[1], m[2]].filter((d): d is string => d !== undefined).map(Number);
    if (days.some((d) => d < 1 || d > MAX_DAY)) continue;
    if (SPAN_BEFORE.test(sentence.slice(Math.max(0, m.index - 8), m.index))) continue;
    const start = m.index;
    const end = m.index + m[0].length;
    const month = String(MONTHS.indexOf(m[3] ?? '') + 1).padStart(2, '0');
    const value = `${month}-${days.map((d) => String(d).padStart(2, '0')).join('/')}`;
    out.push({ sort: 'date', text: m[0], start, end, keys: ['day'], value });
    // Its year is a year too: "in 2005" is checked against "5 May 2005".
    if (m[4]) out.push({ sort: 'date', text: m[0], start, end, keys: ['year-of-month'], value: m[4] });
  }
  for (const m of sentence.matchAll(MONTH_DAY)) {
    const day = Number(m[2]);
    const start = m.index;
    const end = m.index + m[0].length;
    if (day < 1 || day > MAX_DAY || out.some((o) => start < o.end && end > o.start)) continue;
    if (NO_DAY_AFTER.test(sentence.slice(end, end + 12))) continue;
    const month = String(MONTHS.indexOf(m[1] ?? '') + 1).padStart(2, '0');
    out.push({
      sort: 'date',
      text: m[0],
      start,
      end,
      keys: ['day'],
      value: `${month}-${String(day).padStart(2, '0')}`,
    });
    if (m[3]) out.push({ sort: 'date', text: m[0], start, end, keys: ['year-of-month'], value: m[3] });
  }
  return out;
}

/**
 * A span of years ("2008-09", "2004/05", "2001-2003", "between 2001 and 2003", "from 1998 to 2002")
 * or one of two years ("2011 or 2012"), also before a clause's or a sentence's end ("between 1961
 * and 1964, when", "from 1961 to 1966."). Not a part of a longer figure ("2008-09-12", "1,2008-09",
 * "2001-2003.5", "2001-2003,000").
 */
const YEAR_SPAN =
  /(?<![\d.,/-])(?:(?:between|from)\s+)?((?:19|20)\d\d)(?:\s*([-–/])\s*(\d\d(?:\d\d)?)|\s+(and|to|or)\s+((?:19|20)\d\d))(?![\d/-]|[.,]\d|\s*%)/gi;
/** The most years a span may cover and still be one span (not a score nor two figures). */
const MAX_SPAN = 20;

/** The spans of years and the one-of-two years a sentence states ("2004-2005", "2011/2012"). */
function readYearSpans(sentence: string): Ordered[] {
  const out: Ordered[] = [];
  for (const m of sentence.matchAll(YEAR_SPAN)) {
    const first = Number(m[1]);
    const written = m[3] ?? m[5] ?? '';
    const second = written.length === 2 ? Math.floor(first / 100) * 100 + Number(written) : Number(written);
    const joint = (m[2] ?? m[4] ?? '').toLowerCase();
    // "and" is a span only after "between" ("in 2001 and 2002" states two years).
    if (joint === 'and' && !/^between/i.test(m[0])) continue;
    if (joint === 'to' && !/^from/i.test(m[0]) && written.length !== 4) continue;
    if (second <= first || second - first > MAX_SPAN) continue;
    const or = joint === 'or';
    out.push(orderedAt('date', m, [or ? 'year-or' : 'years'], `${first}${or ? '/' : '-'}${second}`));
  }
  return out;
}

/**
 * A decade, with the part of it a sentence names: "the 1990s", "the early 1990s", "mid-1980s", "the
 * late 60s" is not read (no century). A part is its own key: "the early 1990s" compares only with an
 * early 1990s, never with "the 1990s" nor "the late 1990s".
 */
const DECADE = /\b(?:(early|mid|late)[\s-])?((?:19|20)\d0)['’]?s\b/gi;

function readDecades(sentence: string): Ordered[] {
  return [...sentence.matchAll(DECADE)].map((m) =>
    orderedAt('date', m, [`decade${m[1] ? `-${m[1].toLowerCase()}` : ''}`], `${m[2]}s`),
  );
}

/** The days of the week, Monday first: a weekday's value is its place here (1 to 7). */
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
/**
 * A day of the week ("on Tuesday", "Sunday's final", "On Friday Lord Goldsmith said"), never a
 * plural ("Happy Mondays") nor a title: a newspaper ("the Sunday Times", "the Mail on Sunday") or a
 * name with a capitalised word after it that is no name of a person ("Friday Night Lights").
 */
const WEEKDAY = new RegExp(String.raw`\b(${WEEKDAYS.join('|')})\b`, 'g');
/** Words after "Sunday" (or another weekday) that make it a title, not a day. */
const WEEKDAY_TITLE =
  /^\s+(?:Times|Telegraph|Mirror|Express|Herald|People|Post|Mail|Sport|Tribune|Independent|Business|Night|Morning|Afternoon|Brunch|Service|Politics|League|Best|Grandstand|Lunch|AM|Live|Show|Programme)\b/;
/** Words before a weekday that make it a title ("the Mail on Sunday", "Man Friday", "Ash Wednesday" is a day). */
const WEEKDAY_TITLE_BEFORE = /\b(?:(?:Mail|Independent|Observer|Scotland|Sport|Telegraph)\s+on|Man|Girl)\s+$/;
/** Days of the year named by a feast ("on Christmas Day", "Boxing Day"), as a day of the month. */
const FEASTS: Record<string, string> = {
  'christmas day': '12-25',
  'christmas eve': '12-24',
  'boxing day': '12-26',
  "new year's day": '01-01',
  "new year's eve": '12-31',
  "valentine's day": '02-14',
};
const FEAST = /\b(?:Christmas (?:Day|Eve)|Boxing Day|New Year['’]s (?:Day|Eve)|Valentine['’]s Day)\b/g;

/**
 * The days of the week a sentence states (key "weekday", value 1 to 7), compared only with other
 * weekdays, and the feasts that name a day of the year ("Christmas Day": the day "12-25").
 */
function readWeekdays(sentence: string): Ordered[] {
  const out: Ordered[] = [];
  for (const m of sentence.matchAll(WEEKDAY)) {
    const end = m.index + m[0].length;
    if (WEEKDAY_TITLE.test(sentence.slice(end, end + 16))) continue;
    if (WEEKDAY_TITLE_BEFORE.test(sentence.slice(Math.max(0, m.index - 16), m.index))) continue;
    out.push(orderedAt('date', m, ['weekday'], String(WEEKDAYS.indexOf(m[1] ?? '') + 1)));
  }
  for (const m of sentence.matchAll(FEAST)) {
    const day = FEASTS[m[0].toLowerCase().replace('’', "'")];
    if (day) out.push(orderedAt('date', m, ['day'], day));
  }
  return out;
}

/** The dates a sentence states as claims, each with its year and month ("2002-12"), year ("2002") or month ("05"). */
export function readDates(sentence: string): Ordered[] {
  const spans = [...readYearSpans(sentence), ...readDecades(sentence)];
  const days = readDays(sentence);
  const out: Ordered[] = [...days, ...spans, ...readWeekdays(sentence)];
  for (const m of sentence.matchAll(DATE)) {
    if (spans.some((s) => m.index < s.end && m.index + m[0].length > s.start)) continue;
    // A month or year inside a day read month first ("February 15, 2005") is a piece of it.
    if (days.some((d) => d.start <= m.index && d.end > m.index && !/^\d/.test(d.text))) continue;
    const before = sentence.slice(Math.max(0, m.index - 20), m.index);
    const after = sentence.slice(m.index + m[0].length, m.index + m[0].length + 20);
    // "mid-2006", "early-2005": a year's part, read as the year.
    if ((DAY_BEFORE.test(before) && !PART_BEFORE.test(before)) || AFTER.test(after)) continue;
    const start = m.index;
    const end = m.index + m[0].length;
    if (m[1] && m[2]) {
      const month = String(MONTHS.indexOf(m[1]) + 1).padStart(2, '0');
      out.push({ sort: 'date', text: m[0], start, end, keys: ['month-year'], value: `${m[2]}-${month}` });
      // The year of a month and year is a year too: "in 2002" is checked against "December 2002".
      out.push({ sort: 'date', text: m[0], start, end, keys: ['year-of-month'], value: m[2] });
    } else if (m[3]) {
      out.push({ sort: 'date', text: m[0], start, end, keys: ['year', 'year-of-month'], value: m[3] });
    } else if (m[4]) {
      const month = String(MONTHS.indexOf(m[4]) + 1).padStart(2, '0');
      out.push({ sort: 'date', text: m[0], start, end, keys: ['month'], value: month });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
