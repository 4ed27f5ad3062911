/**
 * Dates as claims: the date of an event a sentence names: a deadline ("by 2010", "by the end of
 * March 2005", "until 2008"), a day ("the election on 5 May", "on 14 March", "launched on 1 June
 * 2004") or the year or month of an event told by its verb or noun ("was founded in 1998", "In
 * 2000, EU leaders pledged ...", "the launch in March 2005"). A year that is only when another
 * figure holds ("profits rose 10% in 2004") is that figure's moment, not a claim of its own. Pure
 * functions: the English of time, no story words.
 */

import { MONTH, MONTHS } from '../facts/months.js';
import type { Fact } from '../facts/types.js';
import type { FactIndex } from '../index/fact-index.js';
import { type Modality, modalityOf } from './modality.js';
import { asidesOf } from './subject.js';

const YEAR = String.raw`(?:19|20)\d\d`;

/** A calendar date: "5 May 2005", "5 May", "May 2005", "March 5", "2010". Groups: day, month, day (US order), year. */
const CALENDAR = String.raw`(?:(\d{1,2})(?:st|nd|rd|th)?\s+(${MONTH})|(${MONTH})(?:\s+(\d{1,2})(?:st|nd|rd|th)?\b)?)?(?:,?\s*\b(${YEAR}))?`;

/** A deadline: "by 2010", "by the end of March", "until 2008", "no later than 5 May", "before 2007". */
const DEADLINE = new RegExp(
  String.raw`\b(?:by|until|till|before|no\s+later\s+than)\s+(?:the\s+(?:end|start|beginning|middle)\s+of\s+)?${CALENDAR}\b`,
  'g',
);
/** A day of a month, with its year if one follows: "on 5 May", "14 March 2005", "on March 14". */
const DAY = new RegExp(
  String.raw`\b(?:on\s+)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?(?:(\d{1,2})(?:st|nd|rd|th)?\s+(${MONTH})|(${MONTH})\s+(\d{1,2})(?:st|nd|rd|th)?\b)(?:,?\s+(${YEAR}))?\b`,
  'g',
);
/** A year or a month and year after "in": "in 2000", "in March 2005". */
const IN_YEAR = new RegExp(String.raw`\b[Ii]n\s+(?:(${MONTH})\s+)?(${YEAR})\b`, 'g');

/**
 * Verbs and nouns of an event that happens on a date, which make "in 2000" that event's date: a
 * founding, a launch, a vote, a summit, a pledge, a birth. Stems, matched at a word's start.
 */
const EVENT =
  /\b(?:found(?:ed|ing)|launch|releas|elect|vote|voting|referendum|summit|pledg|promis|agre|sign|set\s+up|open(?:ed|ing)|clos(?:ed|ure)|born|died|death|introduc|form(?:ed|ation)|creat|built|join(?:ed)?|took\s+(?:office|over|power)|came\s+to\s+power|retir|appoint|debut|premier|unveil|announc|held|hold|stag|play(?:ed)?\s+(?:on|in)|target|deadline|goal|aim|plan|due|schedul|expir|start|begin|began|end(?:ed|s)?\b|complet|merg|acquir|bought|sold|list(?:ed|ing)|float)/i;

/** Figures whose moment a year may be: money, percentages, counts before or after it in its clause. */
const FIGURE_NEAR = /[$£€¥]\s?\d|\d\s?%|\d\s*(?:per\s*cent|bn|m)\b|\b\d[\d,.]*\s+(?:million|billion)\b/;

/** A date stated as a claim: of which event, when, how sure. */
export interface DateClaim {
  articleId: string;
  /** The fact that states it; undefined when it is the article's headline. */
  fact?: Fact;
  /** The sentence or headline, as written. */
  text: string;
  measure: 'date';
  /** `deadline` ("by 2010"), `day` ("on 5 May"), `event` (a year or month of an event: "founded in 1998"). */
  kind: 'deadline' | 'day' | 'event';
  /** As written: "by 2010", "on 5 May", "in 2000". */
  figure: string;
  /** The date: "2010", "2005-03" (a month of a year), "05-05" (a day of an unnamed year), "2005-05-05". */
  value: string;
  /** The event's words: the nearest noun or verb of its clause before the date ("election", "economy"). */
  event?: string;
  start: number;
  end: number;
  modality: Modality;
}

const pad = (n: number | string) => String(n).padStart(2, '0');
const monthOf = (name: string | undefined) => (name ? MONTHS.indexOf(name) + 1 : 0);

/** The value of a calendar date's parts: "2005-05-05", "05-05", "2005-05", "2010"; undefined when none. */
export function dateValue(parts: { day?: string; month?: string; year?: string }): string | undefined {
  const month = monthOf(parts.month);
  const day = Number(parts.day ?? 0);
  if (day > 31 || (parts.day && month === 0)) return undefined;
  const md = month > 0 ? (day > 0 ? `${pad(month)}-${pad(day)}` : pad(month)) : '';
  if (parts.year) return md ? `${parts.year}-${md}` : parts.year;
  return md && day > 0 ? md : undefined;
}

/** Words that say nothing of the event: function words, and verbs of being and saying. */
const NOT_EVENT_WORD =
  /^(?:the|a|an|of|to|in|on|at|for|from|with|and|or|but|that|this|these|those|its|their|his|her|be|been|being|is|are|was|were|will|would|could|should|can|may|might|must|has|have|had|it|they|which|who|than|as|by|until|before|said|says|expected|set|also|still|now|then|just|only|more|most|very)$/;

/** The event a date belongs to: the nearest content word before it in its clause, lower case ("election"). */
export function eventBefore(text: string, at: number): string | undefined {
  const clause = text.slice(
    Math.max(0, Math.max(text.lastIndexOf(';', at), text.lastIndexOf(',', at)) + 1),
    at,
  );
  const words = clause.match(/(?<![\p{L}'’])\p{Ll}[\p{Ll}-]{2,}(?![\p{L}'’])/gu) ?? [];
  return words.reverse().find((w) => !NOT_EVENT_WORD.test(w));
}

/** True when [start, end) stands in an aside (", which opened in 1998,"): its date is the aside's. */
const inAside = (text: string, start: number) => asidesOf(text).some(([s, e]) => start > s && start < e);

/** The dates of events a sentence states, in order; `year` is the article's (unused when a date names its year). Pure. */
export function dateClaimsIn(text: string, articleId: string, fact?: Fact): DateClaim[] {
  const found: DateClaim[] = [];
  const push = (
    kind: DateClaim['kind'],
    m: RegExpMatchArray & { index: number },
    value: string | undefined,
  ) => {
    const start = m.index;
    const end = start + m[0].trimEnd().length;
    if (!value || found.some((f) => start < f.end && end > f.start)) return;
    // "between 2001 and 2003", "11 to 26 March", "2004-05": a span is no one date.
    if (/(?:\d\s*(?:and|to|-|–)\s*|[-–/])$/.test(text.slice(Math.max(0, start - 8), start))) return;
    if (/^\s*(?:-|–|\/|and\s+\d|to\s+\d)/.test(text.slice(end))) return;
    const event = eventBefore(text, start);
    found.push({
      articleId,
      ...(fact ? { fact } : {}),
      text,
      measure: 'date',
      kind,
      figure: text.slice(start, end),
      value,
      ...(event ? { event } : {}),
      start,
      end,
      modality: modalityOf(text, start, end),
    });
  };
  for (const m of text.matchAll(DEADLINE)) {
    const value = dateValue({ day: m[1] ?? m[4], month: m[2] ?? m[3], year: m[5] });
    // "by March" alone is a month of no named year: "03".
    push('deadline', m, value ?? ((m[2] ?? m[3]) ? pad(monthOf(m[2] ?? m[3])) : undefined));
  }
  for (const m of text.matchAll(DAY))
    push('day', m, dateValue({ day: m[1] ?? m[4], month: m[2] ?? m[3], year: m[5] }));
  for (const m of text.matchAll(IN_YEAR)) {
    const before = text.slice(0, m.index);
    const after = text.slice(m.index + m[0].length);
    // Only an event's date: a verb or noun of an event in the clause, no figure it could be the moment of.
    const clauseStart = Math.max(before.lastIndexOf(';'), before.lastIndexOf('. ')) + 1;
    const clause = `${text.slice(clauseStart, m.index)} ${after.split(/[;.]/)[0] ?? ''}`;
    if (!EVENT.test(clause) || FIGURE_NEAR.test(clause) || inAside(text, m.index)) continue;
    push('event', m, dateValue({ month: m[1], year: m[2] }));
  }
  return found.sort((a, b) => a.start - b.start);
}

const dateMemo = new WeakMap<readonly Fact[], DateClaim[]>();

/** The dated events an article states, its headline's first; remembered per version of the article. */
export function dateClaimsOf(index: FactIndex, articleId: string): DateClaim[] {
  const facts = index.factsOf(articleId);
  const known = dateMemo.get(facts);
  if (known) return known;
  const title = index.article(articleId)?.title ?? '';
  const claims = [
    ...dateClaimsIn(title, articleId),
    ...facts.flatMap((fact) =>
      /(?:19|20)\d\d|\d\s+\p{Lu}|\p{Lu}\p{Ll}+\s+\d/u.test(fact.text)
        ? dateClaimsIn(fact.text, articleId, fact)
        : [],
    ),
  ];
  dateMemo.set(facts, claims);
  return claims;
}
