/**
 * How sure the sentence is of a figure: stated as fact, expected (forecast), proposed (planned,
 * promised, offered, sought, rumoured) or denied. Read from the words of the figure's clause before it and
 * just after it. Pure; no story words.
 */
import { asidesOf } from './subject.js';

export type Modality = 'reported' | 'expected' | 'proposed' | 'denied';

const DENIED =
  /\b(?:denie[sd]|deny|denying|rejected|rejects|ruled out|rules out|dismissed|dismisses|refused|refuses|not true)\b/i;
const PROPOSED =
  /\b(?:offer(?:s|ed|ing)?|bid(?:s|ding)?|propos(?:e|es|ed|al|ing)|seek(?:s|ing)?|sought|asking|asked for|want(?:s|ed)? to|rumou?red|reportedly|is said to|are said to|considering|in talks|could pay|would pay|demand(?:s|ed|ing)?|claim(?:s|ed|ing)? damages)\b/i;
const EXPECTED =
  /\b(?:expect(?:s|ed|ing)?|forecasts?|forecasting|predict(?:s|ed|ing)?|project(?:s|ed|ion|ions)|estimat(?:e|es|ed)|anticipat(?:e|es|ed)|aim(?:s|ed|ing)? to|target(?:s|ed|ing)?|will|would|could|might|set to|likely|next year|by 20\d\d)\b/i;

/**
 * A proposal named as such: a promise, a call, a commitment, a recommendation, a plan ("Zedco plans
 * to cut 500 jobs", "his party's plan to impose a 45% rate", "a planned series of six books"): what
 * someone means to do, not a forecast of what will be.
 */
const PROPOSAL =
  /\b(?:promis(?:e|es|ed|ing)|pledg(?:e|es|ed|ing)|call(?:s|ed|ing)? for|committed to|recommend(?:s|ed|ing)?|plan(?:s|ned|ning)? to|(?:a|an|the|its|his|her|their|our|this|that|[\p{L}]+['’]s)\s+(?:[\p{L}-]+\s+){0,2}plans?\b|planned\s+(?!to\b)\p{Ll})/iu;

/**
 * The starting point of a comparison or change just before the figure ("compared with 7.6% in
 * 2003", "an increase from an estimated 40,000", "up from 3%"): a value already known, reported
 * even where the sentence forecasts the other end.
 */
const BASELINE =
  /\b(?:compared (?:with|to)|(?:up|down|increases?|rises?|falls?|drops?|declines?|jumps?) from)\s+(?:(?:an? |the )?estimated\s+)?$/i;

/**
 * An offer or bid already made, in the perfect: "35 firms have bid for 8 licences", "a £100,000
 * reward has been offered". What was done is reported; these words are left out before a proposal
 * is looked for. ("Zedco has offered £5bn" stays a proposal: an offer not yet taken.)
 */
const MADE = /\b(?:has|have|had)\s+(?:been\s+(?:offered|bid)|bid)\b/gi;

/** "may" as a verb: lower case, so that the month ("since May") is not read as one. */
const MAY = /\bmay\b/;

/**
 * An estimate stated as fact, not a forecast: "took an estimated $12m", "estimated at $5m", "the
 * 5.9% estimated in November" (made at a past time).
 */
const STATED_ESTIMATE = /\ban estimated\b|\bestimated (?:at|in|on|last|earlier)\b/gi;

/**
 * An outcome set against what was expected, not an expectation of its own: "rising more than
 * expected, reaching an annual rate of 1.9%", "as forecast" (issue 20: what happened, not a forecast).
 * These words are left out before the clause is read, unless the figure stands inside them. Only the
 * words side by side: "than analysts had expected" lowered claims-J's modality by 2.
 */
const OUTCOME_COMPARED = /\b(?:than|as)\s+(?:expected|forecast|predicted|anticipated)\b/giu;

/**
 * An expectation the figure is the amount of: "expectations of a 0.3% rise", "forecasts of 2%"
 * (what was expected, not what happened).
 */
const EXPECTATION_OF = /\b(?:expectations?|forecasts?|predictions?)\s+(?:of|for)\s+(?:(?:an?|the)\s+)?$/i;

/** The sentence with comparisons of an outcome to what was expected blanked out, save one holding [start, end). */
function withoutComparisons(text: string, start: number, end: number): string {
  return text.replace(OUTCOME_COMPARED, (m: string, at: number) =>
    at < end && at + m.length > start ? m : ' '.repeat(m.length),
  );
}

/** The opening of the last relative clause before a figure: ", where", ", which", ", who". */
const RELATIVE_OPENING = /,\s+(?:where|which|who|whose|whom)\b[^,;]*$/i;

/** The clause a figure stands in, up to the figure and a few words past it. Pure. */
export function clauseAround(text: string, start: number, end: number): string {
  // An aside closed before the figure ("Acme, which lost a bid last year, took in £6m") is its own clause.
  let before = text.slice(0, start);
  for (const [from, to] of asidesOf(before).reverse())
    before = `${before.slice(0, from)},${before.slice(to)}`;
  // A relative clause the figure stands in (", where most of its 28,000 workers are based") has its own words.
  const relative = before.search(RELATIVE_OPENING);
  const cut = Math.max(
    before.lastIndexOf(';'),
    before.lastIndexOf('. '),
    before.lastIndexOf(' but '),
    relative >= 0 ? relative + 1 : -1,
  );
  const after = text.slice(end, end + 40).split(/[,;.]/)[0] ?? '';
  return `${before.slice(cut + 1)} ${after}`;
}

/** The modality of the figure at [start, end) of a sentence. */
export function modalityOf(text: string, start: number, end: number): Modality {
  if (EXPECTATION_OF.test(text.slice(0, start))) return 'expected';
  const clause = clauseAround(withoutComparisons(text, start, end), start, end).replace(STATED_ESTIMATE, ' ');
  if (DENIED.test(clause)) return 'denied';
  const proposing = clause.replace(MADE, ' ');
  if (PROPOSED.test(proposing) || PROPOSAL.test(proposing)) return 'proposed';
  const before = text.slice(0, start);
  if (BASELINE.test(before)) return 'reported';
  if (EXPECTED.test(clause) || MAY.test(clause)) return 'expected';
  return 'reported';
}
