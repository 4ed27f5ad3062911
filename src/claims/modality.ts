/**
 * How sure the sentence is of a figure: stated as fact, expected (forecast), proposed (planned,
 * promised, offered, sought, rumoured) or denied. Read from the words of the figure's clause before it and
 * just after it. Pure; no story words.
 */
import data from './modality-weights.json' with { type: 'json' };
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
  return ruleReading(text, start, end)[0];
}

/** The rules' reading and the clause they read (none when the figure is an expectation's amount). */
function ruleReading(text: string, start: number, end: number): [Modality, string | undefined] {
  if (EXPECTATION_OF.test(text.slice(0, start))) return ['expected', undefined];
  const read = clauseAround(withoutComparisons(text, start, end), start, end);
  const clause = read.replace(STATED_ESTIMATE, ' ');
  if (DENIED.test(clause)) return ['denied', read];
  const proposing = clause.replace(MADE, ' ');
  if (PROPOSED.test(proposing) || PROPOSAL.test(proposing)) return ['proposed', read];
  const before = text.slice(0, start);
  if (BASELINE.test(before)) return ['reported', read];
  // "after 6% growth last year", "against £81m last year": a figure its own past moment dates
  // is what was, whatever the sentence forecasts of another figure (measure-36).
  if (PAST_AFTER.test(text.slice(end, end + 60))) return ['reported', read];
  if (EXPECTED.test(clause) || MAY.test(clause)) {
    // "The three panels will meet in May", "its 40 depots that will close": a number inside a
    // definite description is taken as known; a forecast after it is of something else.
    if (
      DEFINITE.test(before) &&
      !EXPECTED_AFTER.test(text.slice(end)) &&
      !expectedBefore(clause, text.slice(end))
    )
      return ['reported', read];
    return ['expected', read];
  }
  return ['reported', read];
}

/**
 * A past moment right after a figure, its own (two words at most between, no clause boundary):
 * "6% growth last year", "£81m last year", "11% in the previous quarter", "20,000 a year ago".
 */
const PAST_AFTER =
  /^(?:\s*\([^)]*\))?\s+(?:[\p{Ll}-]+\s+){0,2}?(?:(?:in\s+)?(?:the\s+)?(?:last|previous|past)\s+(?:year|month|quarter|week|season|financial year|decade)|(?:a|one|two|three|four|five|six|several|many|\d+)\s+(?:years?|months?|quarters?|weeks?|days?|decades?)\s+(?:ago|earlier)|(?:the\s+)?(?:year|month|quarter)\s+(?:before|earlier))\b/u;

/** A definite description's determiner right before a figure: "the two firms", "its 28,000 workers". */
const DEFINITE = /(?:^|[\s(])(?:the|its|their|these|those|his|her|our)\s+$/i;

/** An expectation right after the figure, of the figure itself: "the £1.4bn expected", "the 3% forecast". */
const EXPECTED_AFTER =
  /^\s+(?:[\p{Ll}-]+\s+)?(?:expected|forecast|predicted|projected|anticipated|targeted)\b/u;

/** True when the clause's words of forecast stand before the figure (the clause ends with `after`'s first words). */
function expectedBefore(clause: string, after: string): boolean {
  const tail = after.slice(0, 40).split(/[,;.]/)[0] ?? '';
  const head = clause.slice(0, Math.max(0, clause.length - tail.length - 1));
  return EXPECTED.test(head) || MAY.test(head);
}

/**
 * Cue words of how sure a clause is, each a feature where it stands in the figure's clause before
 * the figure (`b:`), just after it (`a:`) or elsewhere in the sentence (`s:`). General words only:
 * modal verbs, verbs of forecasting, proposing and denying, conditionals, tense. Each with the
 * lower-case pieces one of which any match holds (none: always tried), a cheap test that spares
 * the expression where the sentence holds none.
 */
const CUES: ReadonlyArray<readonly [string, RegExp, readonly string[]]> = [
  ['will', /\b(?:will|'ll|shall)\b/i, ['will', "'ll", 'shall']],
  ['would', /\bwould\b/i, ['would']],
  ['could', /\bcould\b/i, ['could']],
  ['may', /\b(?:may|might)\b/, ['may', 'might']],
  ['should', /\b(?:should|must|need(?:s|ed)? to)\b/i, ['should', 'must', 'need']],
  ['can', /\bcan\b/i, ['can']],
  ['expect', /\bexpect(?:s|ed|ing|ations?)?\b/i, ['expect']],
  [
    'forecast',
    /\b(?:forecast(?:s|ing)?|predict(?:s|ed|ing|ions?)?|project(?:s|ed|ions?))\b/i,
    ['forecast', 'predict', 'project'],
  ],
  ['estimate', /\bestimat(?:e|es|ed|ing)\b/i, ['estimat']],
  ['an_estimated', /\ban estimated\b/i, ['an estimated']],
  ['anticipate', /\banticipat(?:e|es|ed|ing)\b/i, ['anticipat']],
  [
    'likely',
    /\b(?:likely|unlikely|probably|possib(?:le|ly)|potential(?:ly)?)\b/i,
    ['likely', 'probabl', 'possib', 'potential'],
  ],
  ['set_to', /\b(?:set|due|poised|on course|on track|going) to\b/i, [' to']],
  ['is_to', /\b(?:is|are|was|were) to\b/i, [' to']],
  ['aim', /\b(?:aim(?:s|ed|ing)?|target(?:s|ed|ing)?|goal)\b/i, ['aim', 'target', 'goal']],
  ['hope', /\bhop(?:e|es|ed|ing)\b/i, ['hop']],
  ['plan', /\bplan(?:s|ned|ning)?\b/i, ['plan']],
  ['propose', /\bpropos(?:e|es|ed|al|als|ing)\b/i, ['propos']],
  ['offer', /\boffer(?:s|ed|ing)?\b/i, ['offer']],
  ['bid', /\bbid(?:s|ding)?\b/i, ['bid']],
  [
    'seek',
    /\b(?:seek(?:s|ing)?|sought|want(?:s|ed)?|asking|asked for|demand(?:s|ed|ing)?)\b/i,
    ['seek', 'sought', 'want', 'asking', 'asked for', 'demand'],
  ],
  [
    'promise',
    /\b(?:promis(?:e|es|ed|ing)|pledg(?:e|es|ed|ing)|vow(?:s|ed)?|commit(?:s|ted)? to)\b/i,
    ['promis', 'pledg', 'vow', 'commit'],
  ],
  [
    'call_for',
    /\b(?:call(?:s|ed|ing)? for|urg(?:e|es|ed|ing)|recommend(?:s|ed|ing)?)\b/i,
    ['call', 'urg', 'recommend'],
  ],
  [
    'consider',
    /\b(?:consider(?:s|ed|ing)?|in talks|talks|negotiat[a-z]*)\b/i,
    ['consider', 'talks', 'negotiat'],
  ],
  [
    'rumour',
    /\b(?:rumou?r(?:s|ed)?|reportedly|speculat[a-z]*|said to be)\b/i,
    ['rumo', 'reportedly', 'speculat', 'said to be'],
  ],
  [
    'deny',
    /\b(?:den(?:y|ies|ied|ying)|reject(?:s|ed)?|ruled? out|dismiss(?:es|ed)?|refus(?:e|es|ed))\b/i,
    ['den', 'reject', 'rule', 'dismiss', 'refus'],
  ],
  ['if', /\b(?:if|unless|whether)\b/i, ['if', 'unless', 'whether']],
  ['up_to', /\bup to\b/i, ['up to']],
  [
    'future',
    /\b(?:next|coming|future|by (?:the end of )?20\d\d|over the next|within)\b/i,
    ['next', 'coming', 'future', 'by ', 'within'],
  ],
  [
    'past_marker',
    /\b(?:last|ago|previous|earlier|already|so far|since)\b/i,
    ['last', 'ago', 'previous', 'earlier', 'already', 'so far', 'since'],
  ],
  ['infinitive', /\bto \p{Ll}+(?:e|s|t|d|n|y)?\s*$/u, []],
  ['have', /\b(?:has|have|had)\b/i, ['has', 'have', 'had']],
  ['was', /\b(?:was|were)\b/i, ['was', 'were']],
  ['is', /\b(?:is|are)\b/i, ['is', 'are']],
  ['past_verb', /\b\p{Ll}{3,}ed\b/u, ['ed']],
  [
    'said',
    /\b(?:said|says|told|announced|reported|revealed)\b/i,
    ['said', 'says', 'told', 'announced', 'reported', 'revealed'],
  ],
  [
    'deal',
    /\b(?:deal|agree(?:d|ment)|contract|takeover|merger|buy|sell|acquir[a-z]*)\b/i,
    ['deal', 'agree', 'contract', 'takeover', 'merger', 'buy', 'sell', 'acquir'],
  ],
  ['worth', /\b(?:worth|valued|value)\b/i, ['worth', 'valu']],
  [
    'cost',
    /\b(?:cost(?:s|ing)?|spend(?:ing)?|invest(?:s|ed|ing|ment)?|fund(?:s|ed|ing)?|budget)\b/i,
    ['cost', 'spend', 'invest', 'fund', 'budget'],
  ],
  [
    'rise',
    /\b(?:ris(?:e|es|en|ing)|rose|grow(?:s|n|th|ing)?|grew|increas[a-z]*|up)\b/i,
    ['ris', 'rose', 'grow', 'grew', 'increas', 'up'],
  ],
  [
    'fall',
    /\b(?:f[ae]ll(?:s|en|ing)?|drop(?:s|ped)?|declin[a-z]*|down|cut(?:s|ting)?)\b/i,
    ['fell', 'fall', 'drop', 'declin', 'down', 'cut'],
  ],
  ['quote', /["“”]/, ['"', '“', '”']],
];

/**
 * The figure is the amount of an offer or bid: right after the verb or noun ("offered $3bn", "a bid
 * of 250p", "bid about £1bn") or before the noun ("a £30m-plus bid", "a $3bn takeover offer"), not
 * a figure of something offered ("offers speeds of 2Mbps", "offers a service for £4.99").
 */
const OFFER_BEFORE =
  /\b(?:offer(?:s|ed|ing)?|bid(?:s|ding)?)\s+(?:of\s+)?(?:(?:about|around|nearly|almost|some|roughly|up to|more than|just|over)\s+)?$/i;
const OFFER_AFTER = /^(?:\s*\([^)]*\))?(?:-\w+)?\s+(?:[\p{Ll}-]+\s+)?(?:offer|bid)\b/u;

/**
 * The features the fitted modality reader weighs (`modality-weights.json`): the rules' reading
 * (`rule:`) and each cue word where it stands. Pure.
 */
export function modalityFeatures(text: string, start: number, end: number): string[] {
  return readFeatures(text, start, end)[1];
}

/** The rules' reading of a figure and the fitted reader's features of it (the clause read once). */
function readFeatures(text: string, start: number, end: number): [Modality, string[]] {
  const [rule, read] = ruleReading(text, start, end);
  // The clause as the rules read it (an outcome compared with what was expected blanked out).
  const clause = read ?? clauseAround(text, start, end);
  const after = text.slice(end, end + 40).split(/[,;.]/)[0] ?? '';
  const before = clause.slice(0, Math.max(0, clause.length - after.length - 1));
  const sentence = `${text.slice(0, start)} ${text.slice(end)}`;
  const features = ['bias', `rule:${rule}`];
  if (EXPECTATION_OF.test(text.slice(0, start))) features.push('expectation_of');
  if (BASELINE.test(text.slice(0, start))) features.push('baseline');
  // (search, not test: the expression is global, and search neither reads nor moves its lastIndex.)
  if (text.search(OUTCOME_COMPARED) >= 0) features.push('outcome_compared');
  if (
    OFFER_BEFORE.test(text.slice(Math.max(0, start - 40), start)) ||
    OFFER_AFTER.test(text.slice(end, end + 60))
  )
    features.push('offer_amount');
  const lower = text.toLowerCase();
  for (const [name, cue, pieces] of CUES) {
    // Most cues are nowhere in the sentence: a look for their pieces spares three tests.
    if (pieces.length > 0 && !pieces.some((p) => lower.includes(p))) continue;
    const inBefore = cue.test(before);
    const inAfter = cue.test(after);
    if (inBefore) features.push(`b:${name}`);
    if (inAfter) features.push(`a:${name}`);
    if (!inBefore && !inAfter && cue.test(sentence)) features.push(`s:${name}`);
  }
  return [rule, features];
}

/**
 * A fitted modality model: the classes it chooses among, per feature a weight per class, and by how
 * much its best class must outscore the rules' reading to replace it (0 when absent).
 */
export interface ModalityWeights {
  classes: readonly Modality[];
  weights: Record<string, readonly number[]>;
  margin?: number;
}

/** Each class's score (in `model.classes`' order) of a figure's features. */
export function modalityScores(features: readonly string[], model: ModalityWeights): number[] {
  const scores = model.classes.map(() => 0);
  for (const f of features) {
    const w = model.weights[f];
    if (w) for (let i = 0; i < scores.length; i++) scores[i] = (scores[i] ?? 0) + (w[i] ?? 0);
  }
  return scores;
}

/**
 * A reading the fitted model does not replace: an offer's or bid's own amount read as proposed
 * ("Acme offered $3bn for Rivalco": an offer not yet taken, see MADE). The keys label these either
 * way, so the model learns little of them; the rules' structural reading stands.
 */
export function keepsRule(rule: Modality, features: readonly string[]): boolean {
  return rule === 'proposed' && features.includes('offer_amount');
}

/** The fitted model (bench/fit-modality.ts writes it). */
const fitted = data as unknown as ModalityWeights;

/**
 * The modality of a figure as the fitted reader reads it (`modality-weights.json` unless another
 * model is given): the class of highest score when it outscores the rules' reading by the model's
 * margin, else the rules' reading. A reading the model has no class for (denied: no key labels one)
 * stays the rules'.
 */
export function fittedModality(
  text: string,
  start: number,
  end: number,
  model: ModalityWeights = fitted,
): Modality {
  const [rule, features] = readFeatures(text, start, end);
  const ruleAt = model.classes.indexOf(rule);
  if (ruleAt < 0 || keepsRule(rule, features)) return rule;
  const scores = modalityScores(features, model);
  let best = 0;
  for (let i = 1; i < scores.length; i++) if ((scores[i] ?? 0) > (scores[best] ?? 0)) best = i;
  return (scores[best] ?? 0) - (scores[ruleAt] ?? 0) > (model.margin ?? 0)
    ? (model.classes[best] ?? rule)
    : rule;
}
