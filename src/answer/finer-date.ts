/**
 * Two dates of one event written at two grains ("in June" and "on 4 June"): the finer one answers a
 * "when" question better. Pure; English calendar words only (no story words).
 */
import { MONTH_OR_SHORT, MONTHS } from '../facts/months.js';

const MONTH_WORD = new RegExp(`\\b(${MONTH_OR_SHORT})\\b\\.?`, 'i');
const YEAR = /\b(?:19|20)\d\d\b/;
/** A day of the month: a number of one or two digits (26, 26th), not part of a year. */
const DAY_NUMBER = /\b(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\b/;

/** The month a date names, as its index (0: January), or undefined. */
function monthOf(text: string): number | undefined {
  const m = MONTH_WORD.exec(text)?.[1]?.toLowerCase();
  if (!m) return undefined;
  const full = MONTHS.findIndex((name) => name.toLowerCase().startsWith(m.slice(0, 3)));
  return full >= 0 ? full : undefined;
}

/**
 * True when `finer` names a day of the month `coarse` names and `coarse` names none ("4 June" for
 * "in June"; "June 4, 2005" for "June 2005"), and no year of the one contradicts the other.
 */
export function finerDate(coarse: string, finer: string): boolean {
  const month = monthOf(coarse);
  if (month === undefined || monthOf(finer) !== month) return false;
  const withoutYear = (s: string) => s.replace(YEAR, ' ');
  if (DAY_NUMBER.test(withoutYear(coarse)) || !DAY_NUMBER.test(withoutYear(finer))) return false;
  const y1 = YEAR.exec(coarse)?.[0];
  const y2 = YEAR.exec(finer)?.[0];
  return !(y1 && y2 && y1 !== y2);
}
