/**
 * Attendances: how many people watched a match. A draft gives one in prose ("a crowd of 38,214",
 * "in front of 18,340 fans", "an attendance of 7,415"); a match report gives it in its furniture, on
 * a line of its own after the scorers ("26,052", "18,340.") or after a label ("Att: 43,907"), with
 * no word around it to say what it counts. Each is read as a figure of order whose key is
 * `CROWD_KEY`, and compared with the attendances of the draft's story whatever words stand around
 * them: a match has one crowd. Pure functions.
 */
import { type Ordered, orderedAt } from './ordered.js';

/** What an attendance is a figure of: a draft's crowd is compared only with crowds. */
export const CROWD_KEY = 'crowd';

/** An attendance as written: thousands with separators, or four to six digits. */
const COUNT = String.raw`\d{1,3}(?:,\d{3})+|\d{4,6}`;

/** Words that may stand between "crowd of" (or "in front of") and the number. */
const QUALIFIERS = String.raw`(?:(?:just|only|some|about|around|almost|nearly|more\s+than|over|under|a|an|record|capacity|sell-out|full-house)\s+)*`;

/**
 * A crowd in prose, its number in group 1, 2 or 3: "a crowd of 38,214", "an attendance of 7,415",
 * "the gate was 6,300", "in front of 18,340 fans", "64,000 fans". Never a number glued to a sign or
 * a letter ("£20,000 fans' fund").
 */
const PROSE = new RegExp(
  String.raw`\b(?:crowd|attendance|gate)s?\s+(?:of|was|were|is|stood\s+at)\s+${QUALIFIERS}(${COUNT})\b(?![.,]\d)` +
    String.raw`|\bin\s+front\s+of\s+${QUALIFIERS}(${COUNT})\b(?![.,]\d)` +
    String.raw`|(?<![\p{L}\p{N}£$€¥.,])(${COUNT})\s+(?:fans|spectators|supporters)\b`,
  'giu',
);

/** A match report's attendance after its label: "Att: 43,907", "Attendance: 7,415". */
const LABELLED = new RegExp(String.raw`\b(?:Att|Attendance|Crowd)\s*:\s*(${COUNT})\b(?![.,]\d)`, 'gi');

/** A line that is an attendance alone, as a match report's furniture gives it: "26,052", "7,415.". */
const ALONE = new RegExp(String.raw`^\s*(${COUNT})\s*\.?\s*$`);

/** The attendance a match gives as a number: the digits without separators. */
const crowdValue = (digits: string) => String(Number(digits.replace(/,/g, '')));

/** A match's attendance, where its number stands, as a figure of order. */
function crowd(m: RegExpMatchArray & { index: number }, digits: string): Ordered {
  const start = m.index + m[0].indexOf(digits);
  return {
    ...orderedAt('number', m, [CROWD_KEY], crowdValue(digits)),
    text: digits,
    start,
    end: start + digits.length,
  };
}

/** The attendances a sentence gives: in prose, after a label, or the line alone. */
export function readCrowds(sentence: string): Ordered[] {
  const alone = ALONE.exec(sentence);
  if (alone?.[1]) return [crowd(Object.assign(alone, { index: alone.index }), alone[1])];
  const out: Ordered[] = [];
  for (const m of sentence.matchAll(PROSE)) {
    const digits = m[1] ?? m[2] ?? m[3];
    if (digits) out.push(crowd(m, digits));
  }
  for (const m of sentence.matchAll(LABELLED)) if (m[1]) out.push(crowd(m, m[1]));
  return out;
}

/** True when a figure of order is an attendance: compared with the story's whatever its words. */
export const isCrowd = (figure: Pick<Ordered, 'keys'>) => figure.keys.includes(CROWD_KEY);
