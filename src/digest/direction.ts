/**
 * Which way a change went, read from the words of its clause (issue 20): "prices fell 0.6%" is a fall
 * of 0.6%, which a figure line must show as "-0.6%", not as "0.6%". Pure; English words only.
 */
import type { Quantity } from '../facts/quantities.js';

/**
 * Words that say a figure went down. Not "lost", "shed": those give an amount lost ("shareholders lost
 * $90bn"), whose measure (a loss, jobs) says so itself.
 */
const FALL =
  /^(?:fell|falls?|fallen|falling|drop(?:s|ped|ping)?|down|declin(?:e|es|ed|ing)|decreas(?:e|es|ed|ing)|cut(?:s|ting)?|slip(?:s|ped|ping)?|dip(?:s|ped|ping)?|slump(?:s|ed|ing)?|plung(?:e|es|ed|ing)|plummet(?:s|ed|ing)?|tumbl(?:e|es|ed|ing)|lower(?:ed)?|reduc(?:e|es|ed|ing|tion)|slash(?:es|ed|ing)?|shr(?:ank|unk|ink|inks|inking)|contract(?:ed|ion)?)$/i;

/** Words that say a figure went up. */
const RISE =
  /^(?:rose|rises?|risen|rising|up|increas(?:e|es|ed|ing)|gr(?:ew|ow|ows|own|owing|owth)|gain(?:s|ed|ing)?|jump(?:s|ed|ing)?|climb(?:s|ed|ing)?|soar(?:s|ed|ing)?|surg(?:e|es|ed|ing)|boost(?:s|ed|ing)?|rais(?:e|es|ed|ing)|higher|lift(?:s|ed|ing)?|add(?:s|ed|ing)?|doubl(?:e|ed|es)|rall(?:y|ied|ies))$/i;

/** Where a clause ends, before a figure: its words of direction are another figure's. */
const CLAUSE_END = /[,;:()]|\s[-\u2013\u2014]\s|\b(?:and|but|while|whereas|after|against|compared|than)\b/gi;

/**
 * Words that make the figure after them a level, not the change: "fell to 4.5%", "from 6.8%", "shrink
 * to little more than $200bn"; and, for a figure the quantity does not read as a change, "worth",
 * "of" ("tax cuts worth £4bn": the cuts' size).
 */
const LEVEL_WORD = /^(?:to|from|at)$/i;
const SIZE_WORD = /^(?:worth|of)$/i;

/** At most this many words stand between a level's "to" and its figure ("to little more than"). */
const LEVEL_GAP = 3;

/** Words "a 27% decline", "a 0.3% rise" put after the figure: only the first word right after it. */
const AFTER_WORD = /^\s+([\p{L}]+)/u;

/** Options of `fallen`. */
export interface DirectionOptions {
  /**
   * How many words at most stand between a word of direction and a figure the quantity does not mark
   * as a change ("sales had fallen 14%"; a change's own "by" may stand anywhere in its clause).
   * Default 2.
   */
  nearWords: number;
}

export const defaultDirectionOptions: DirectionOptions = { nearWords: 2 };

/**
 * True when the figure's clause says it went down: the nearest word of direction before it in its
 * clause ("prices fell 0.6%", "cut spending by £28bn", "shares were down 3%") is one of falling, or,
 * with none before it, the word right after it ("a 27% decline"). A figure the change went to or from
 * ("fell to 4.5%") is a level and never a fall; a figure the quantity does not read as a change needs
 * the word of falling within `nearWords` words before it ("had fallen 14%"). Pure.
 */
export function fallen(
  text: string,
  q: Pick<Quantity, 'start' | 'end' | 'change'>,
  options: Partial<DirectionOptions> = {},
): boolean {
  const { nearWords } = { ...defaultDirectionOptions, ...options };
  const before = text.slice(0, q.start);
  let from = 0;
  for (const m of before.matchAll(CLAUSE_END)) from = (m.index ?? 0) + m[0].length;
  const clause = before
    .slice(from)
    .split(/\s+/)
    .map((w) => w.replace(/[^\p{L}-]/gu, ''))
    .filter(Boolean);
  for (let i = clause.length - 1; i >= 0; i--) {
    const word = clause[i] ?? '';
    const gap = clause.length - 1 - i;
    if ((LEVEL_WORD.test(word) || (!q.change && SIZE_WORD.test(word))) && gap <= LEVEL_GAP) return false;
    if (word.toLowerCase() === 'by' && gap > LEVEL_GAP) continue;
    const falls = FALL.test(word);
    if (!falls && !RISE.test(word)) continue;
    if (!q.change && gap > nearWords) return false;
    return falls;
  }
  const after = AFTER_WORD.exec(text.slice(q.end))?.[1] ?? '';
  return FALL.test(after);
}

/** A figure as a fall shows it: "-0.6%", "-$45bn"; "fall of about 3%" where words open it. Pure. */
export const asFall = (figure: string) =>
  /^[\p{N}\p{Sc}]/u.test(figure) ? `-${figure}` : `fall of ${figure}`;
