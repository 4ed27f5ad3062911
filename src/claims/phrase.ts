/**
 * Whose a figure is when no name owns it: the noun phrase it belongs to in its sentence's structure,
 * read from the tagger's parts of speech. "Garden furniture sales slipped by 2.5%" (garden furniture),
 * "55% of all mobiles in Zedland will ..." (all mobiles in Zedland). Pure functions over tagged words;
 * general English, no story words.
 */

import { MONTH } from '../facts/months.js';
import type { TaggedWord } from '../facts/nlp.js';
import type { Quantity } from '../facts/quantities.js';
import { PERSON_NOUN } from './focus.js';
import { SAYING_WORDS } from './governed.js';

/** Parts of speech a noun phrase is made of (the tagger calls a capitalised first word PROPN). */
const NOMINAL = new Set(['NOUN', 'PROPN', 'ADJ']);
/** Of those, the ones that can head a phrase (an adjective alone owns nothing). */
const NOUN_LIKE = new Set(['NOUN', 'PROPN']);

/**
 * Nouns that name what is measured, not whose it is: "world music sales" is world music's, "oil
 * prices" oil's, "Pre-tax profits" nobody's the sentence tells. Read on the lower-case word.
 */
const MEASURE_HEAD =
  /^(?:sales|sale|prices?|futures|profits?|revenues?|earnings|income|turnover|output|growth|debts?|deficits?|spending|costs?|value|valuation|shares?|stock|losses|loss|rates?|figures?|numbers?|totals?|amount|proportion|percentage|levels?|volumes?|market|exports|imports|investment|budget|inflation|unemployment|pay|wages|salaries|fees?|fares?|bills?|takings|receipts|returns?|yields?|dividends?|margins?|orders|deliveries|shipments|audiences?|ratings?|jobs|production|demand|supply|capacity|premiums?|rents?|payments?|benefits?|gdp|gnp)$/;

/**
 * Words of a phrase that say what kind of measure, not whose: "average earnings", "the total
 * number", "net profit", "underlying sales", "group sales" (the firm's own figure); and words for
 * anybody ("people", "the population", "those"), which tell nobody's figure.
 */
const GENERIC =
  /^(?:the|a|an|all|total|overall|average|annual|net|gross|pre-tax|after-tax|underlying|operating|like-for-like|group|core|combined|quarterly|monthly|yearly|full-year|half-year|first-half|second-half|first-quarter|second-quarter|third-quarter|fourth-quarter|latest|new|current|recent|previous|last|same|other|such|its|their|his|her|our|your|this|that|these|those|some|many|more|most|further|extra|additional|people|persons|population|public|those|ones|others)$/i;

/**
 * Words of a phrase that only says when: months, days, periods and their ordinals ("the first
 * quarter", "July and September", "the second half", "last year").
 */
const PERIOD_WORD = new RegExp(
  String.raw`^(?:${MONTH}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|quarters?|halves|half|years?|months?|weeks?|days?|period|season|first|second|third|fourth|final|last|previous|next|past|same|early|late|and|\d{4}s?)$`,
  'i',
);

/**
 * Verbs whose figure measures their subject: a change ("rose", "fell by"), a level ("stood at",
 * "totalled", "reached") or being ("was", "were").
 */
const MEASURING_VERB =
  /^(?:rose|rise|rises|risen|rising|fell|fall|falls|fallen|falling|grew|grow|grows|grown|growing|declined?|declines|declining|dropped|drop|drops|dipped|dip|dips|slipped|slip|slips|jumped|jump|jumps|climbed|climb|climbs|increased?|increases|decreased?|decreases|gained|gain|gains|lost|lose|loses|slumped|slump|surged|surge|soared|soar|plunged|plunge|tumbled|tumble|edged|slid|slide|shrank|shrunk|shrink|stood|stands|stand|totalled|totaled|totals|total|reached|reach|reaches|hit|hits|topped|tops|top|was|were|is|are|be|been|amounted|amounts|went|gone|go|goes|up|down)$/i;

/** Words that may stand between a measuring verb and its figure: "rose by a strong 0.9%", "stood at just". */
const VERB_TO_FIGURE =
  /^(?:by|to|at|from|of|a|an|some|just|only|about|around|nearly|almost|roughly|more|than|less|over|under|up|down|strong|record|further|another|as|much|high|low)$/i;

/** The most words read back from a figure to its verb ("by a strong", "$1.94 to"). */
const FIGURE_LEAD_MAX = 4;

/** Words between a phrase and its verb: "have now lost", "had risen", "could rise". */
const BETWEEN_AUX = new Set(['AUX', 'ADV', 'PART']);

/**
 * Words before a clause's subject that leave it a subject: "that", "while" (not "and": "local and
 * national votes" is one phrase).
 */
const CLAUSE_OPENER = new Set(['SCONJ']);

/** Words that say the phrase is a reference to a name told elsewhere: not this reader's to settle. */
const REFERENCE =
  /\b(?:its|their|his|her|it|they|he|she|firm|company|group|firm's|company's|group's|bank|business)\b/i;

/** The most words a noun phrase is read over (longer runs are lists or whole clauses). */
const PHRASE_MAX_WORDS = 7;

/** The first tagged word at or after `at`, else words.length. */
function wordAt(words: readonly TaggedWord[], at: number): number {
  const i = words.findIndex((w) => w.start >= at);
  return i < 0 ? words.length : i;
}

/** The text of words i..j (inclusive) as the sentence writes it. */
function span(text: string, words: readonly TaggedWord[], i: number, j: number): string {
  const first = words[i];
  const last = words[j];
  return first && last ? text.slice(first.start, last.start + last.text.length) : '';
}

/** True when the text between two words holds a clause break (a comma, a semicolon, a dash, a bracket). */
function breakBetween(text: string, from: number, to: number): boolean {
  return /[,;:()"“”]|\s[-–—]\s/.test(text.slice(from, to));
}

/**
 * The owner a noun phrase names once what it measures is taken off: "world music sales" -> "world
 * music", "the total number of Zedlanders online" -> "Zedlanders online"; undefined when nothing but
 * measure and kind words remain ("Pre-tax profits", "Average earnings") or the phrase refers to a
 * name told elsewhere ("its sales", "the firm's profits").
 */
export function ownerOfPhrase(
  text: string,
  words: readonly TaggedWord[],
  from: number,
  to: number,
): string | undefined {
  if (REFERENCE.test(span(text, words, from, to))) return undefined;
  let i = from;
  let j = to;
  // "the number of Europeans online": a measure "of" something is that something's.
  for (let k = from; k <= to; k++) {
    if (words[k]?.text.toLowerCase() === 'of' && k > from) {
      const before = words.slice(from, k).filter((w) => !GENERIC.test(w.text));
      if (before.every((w) => MEASURE_HEAD.test(w.text.toLowerCase()))) {
        i = k + 1;
        break;
      }
      j = k - 1;
      break;
    }
  }
  while (j >= i && MEASURE_HEAD.test(words[j]?.text.toLowerCase() ?? '') && j > i) j--;
  if (j === to && i === from && MEASURE_HEAD.test(words[j]?.text.toLowerCase() ?? '')) return undefined;
  if (i === j && MEASURE_HEAD.test(words[i]?.text.toLowerCase() ?? '')) return undefined;
  while (i <= j && GENERIC.test(words[i]?.text ?? '')) i++;
  const kept = words.slice(i, j + 1);
  // "The first quarter saw annual growth of 4.7%", "between July and September was revised
  // to a 0.1% fall": a period is when, never whose.
  if (kept.length > 0 && kept.every((w) => PERIOD_WORD.test(w.text))) return undefined;
  if (
    !kept.some(
      (w) => NOUN_LIKE.has(w.pos) && !GENERIC.test(w.text) && !MEASURE_HEAD.test(w.text.toLowerCase()),
    )
  )
    return undefined;
  return span(text, words, i, j) || undefined;
}

/**
 * The noun phrase whose figure this is, when the sentence's structure says so and no name does:
 * - "X rose by 5%", "X fell $1.94 to $38.50", "X was 3%": the subject of a measuring verb right
 *   before the figure (what it measures taken off: see ownerOfPhrase);
 * - "5% of X will ...", "a third of X met ...": a share whose "of" phrase is the clause's subject
 *   (followed by its verb).
 * Undefined otherwise. `words`: the sentence's tagged words (tagWords).
 */
export function phraseOwnerOf(
  text: string,
  words: readonly TaggedWord[],
  q: Pick<Quantity, 'start' | 'end' | 'kind'>,
): string | undefined {
  return shareOf(text, words, q) ?? verbSubject(text, words, q) ?? clauseSubject(text, words, q);
}

/** Words a figure's own lead may hold before it: "at least", "more than", "about", "the". */
const FIGURE_LEAD =
  /^(?:at|least|most|more|less|fewer|than|about|around|almost|nearly|some|just|only|over|under|up|to|roughly|an?|the|another)$/i;

/**
 * True when a figure (its first word at `at`) opens its clause, its own lead words before it aside
 * ("At least 60% of ...", "..., and almost 70% of ...", "found that 64% of ..."): no verb or noun of
 * the clause stands before it.
 */
function opensClause(text: string, words: readonly TaggedWord[], at: number): boolean {
  for (let k = at - 1; k >= 0; k--) {
    const word = words[k];
    const next = words[k + 1];
    if (!word) return true;
    if (breakBetween(text, word.start + word.text.length, next?.start ?? word.start)) return true;
    if (CLAUSE_OPENER.has(word.pos) || /^(?:that|and|but|while|whereas)$/i.test(word.text)) return true;
    if (!FIGURE_LEAD.test(word.text) && word.pos !== 'NUM') return false;
  }
  return true;
}

/** Verbs of saying, thinking or finding: the clause after them has a subject of its own (SAYING_WORDS). */
const SAYING = new RegExp(`^(?:${SAYING_WORDS})$`, 'i');

/**
 * Head nouns of a clause's subject that name again a thing the article names ("the airline", "the
 * club", "the film": the focus, or the names before, read elsewhere), a person
 * by a role (PERSON_NOUN: "the singer", "The Tory leader"), an event or a document rather than an
 * owner ("the move", "the deal", "the survey"), or those who only report a figure ("Analysts have
 * valued ...", "Prosecutors had asked for ..."). Such a subject gives no phrase owner.
 */
const NOT_AN_OWNER =
  /^(?:firm|company|group|bank|carmaker|business|retailer|airline|exchange|operator|giant|club|side|team|party|network|chain|maker|insurer|broker|brewer|lender|manufacturer|corporation|conglomerate|studio|label|band|channel|broadcaster|firms|companies|groups|banks|clubs|sides|teams|parties|film|movie|game|album|show|book|programme|series|product|technology|device|move|deal|plan|decision|change|bid|offer|agreement|contract|scheme|report|survey|study|poll|research|results|figures|data|analysts?|economists?|experts?|observers|commentators|forecasters|critics|prosecutors|officials|sources|spokesm[ae]n|spokeswom[ae]n|spokespeople|investors|traders|dealers|brokers)$/i;

/**
 * True when a word ends a clause's opening before its subject: a clause break after it, a
 * subordinator, "that", "and", "but", or a verb of saying (SAYING).
 */
function opensBefore(text: string, words: readonly TaggedWord[], k: number): boolean {
  const word = words[k];
  const next = words[k + 1];
  if (!word) return true;
  if (next && breakBetween(text, word.start + word.text.length, next.start)) return true;
  return (
    CLAUSE_OPENER.has(word.pos) ||
    word.pos === 'CCONJ' ||
    /^(?:that|and|but)$/i.test(word.text) ||
    SAYING.test(word.text)
  );
}

/**
 * The common-noun subject of the clause a figure stands in, when no name owns it: "Gamers spent more
 * than £1.47bn", "In May the council brought in grants worth up to £4m", "member
 * states must hold their deficits under 4%", "Junk messages are thought to make up 55%".
 * The subject is the run of nouns and adjectives right before the verb group nearest before the
 * figure (its first verb or auxiliary), itself opening its clause (after the sentence's start, a
 * clause break, a subordinator, "and", "that" or a verb of saying: "Analysts say sales will rise"
 * is the sales'), a determiner before it allowed, and before that a phrase fronted by a preposition
 * from the sentence's start ("In September the government ..."). Read by ownerOfPhrase (what it
 * measures taken off); a subject that names a thing again, a person's role, an event or a reporter
 * (NOT_AN_OWNER) gives none. Undefined when the clause opens otherwise ("There are", "It has").
 */
function clauseSubject(
  text: string,
  words: readonly TaggedWord[],
  q: Pick<Quantity, 'start' | 'end' | 'kind'>,
): string | undefined {
  const figure = wordAt(words, q.start);
  const isVerb = (k: number) => words[k]?.pos === 'VERB' || words[k]?.pos === 'AUX';
  // The verb group nearest before the figure, by its first word.
  let verb = -1;
  for (let k = figure - 1; k >= 0; k--) {
    const word = words[k];
    if (!word) break;
    if (k < figure - 1 && breakBetween(text, word.start + word.text.length, words[k + 1]?.start ?? q.start))
      break;
    if (isVerb(k) && !isVerb(k - 1) && !BETWEEN_AUX.has(words[k - 1]?.pos ?? '')) {
      verb = k;
      break;
    }
  }
  if (verb < 1) return undefined;
  if (breakBetween(text, words[verb]?.start ?? 0, q.start)) return undefined;
  const end = verb - 1;
  let k = end;
  const parted = (i: number) =>
    breakBetween(text, (words[i]?.start ?? 0) + (words[i]?.text.length ?? 0), words[i + 1]?.start ?? 0);
  while (k >= 0 && NOMINAL.has(words[k]?.pos ?? '') && (k === end || !parted(k))) k--;
  const first = k + 1;
  const head = words[end];
  if (!head || end < first || end - first + 1 > PHRASE_MAX_WORDS || !NOUN_LIKE.has(head.pos))
    return undefined;
  if (NOT_AN_OWNER.test(head.text) || PERSON_NOUN.test(head.text)) return undefined;
  // A name inside the subject ("Tory spokesman Jo Bloggs") is the name readers' to weigh, not this.
  if (words.slice(first + 1, end + 1).some((w) => w.pos === 'PROPN')) return undefined;
  // "Both countries eased ...": the names told before, not a phrase.
  if (/^(?:both|either|neither)$/i.test(words[k]?.text ?? '')) return undefined;
  if (k >= 0) {
    const determiner = words[k]?.pos === 'DET';
    const before = determiner ? k - 1 : k;
    if (before >= 0 && !opensBefore(text, words, before)) {
      // "In September the government": a phrase fronted by a preposition from the sentence's start.
      const fronted = words.slice(0, before + 1);
      if (
        !determiner ||
        fronted[0]?.pos !== 'ADP' ||
        !fronted.every((w) => w.pos === 'ADP' || w.pos === 'DET' || w.pos === 'NUM' || NOMINAL.has(w.pos))
      )
        return undefined;
    }
  }
  return ownerOfPhrase(text, words, first, end);
}

/** "55% of all mobiles in Zedland will be able ...": the phrase after "of", up to its verb. */
function shareOf(
  text: string,
  words: readonly TaggedWord[],
  q: Pick<Quantity, 'start' | 'end' | 'kind'>,
): string | undefined {
  if (q.kind !== 'percent') return undefined;
  if (!opensClause(text, words, wordAt(words, q.start))) return undefined;
  let k = wordAt(words, q.end);
  // "five per cent of": the unit's words stand after the number.
  while (/^(?:per|cent|percent)$/i.test(words[k]?.text ?? '')) k++;
  if (words[k]?.text.toLowerCase() !== 'of') return undefined;
  if (breakBetween(text, q.end, words[k]?.start ?? q.end)) return undefined;
  k++;
  while (words[k]?.pos === 'DET') k++;
  const start = k;
  // "over 55s", "18 to 24 year olds": numbers and the words joining them belong to the phrase.
  while (
    k < words.length &&
    (NOMINAL.has(words[k]?.pos ?? '') ||
      words[k]?.pos === 'NUM' ||
      (/^(?:over|under|to|aged)$/i.test(words[k]?.text ?? '') && words[k + 1]?.pos === 'NUM'))
  )
    k++;
  let end = k - 1;
  // One place or group after it: "all mobiles in the UK", "schools at Key Stage 2".
  if (/^(?:in|at)$/i.test(words[k]?.text ?? '')) {
    let m = k + 1;
    while (words[m]?.pos === 'DET') m++;
    const placed = m;
    while (m < words.length && (NOMINAL.has(words[m]?.pos ?? '') || words[m]?.pos === 'NUM')) m++;
    if (m > placed) {
      k = m;
      end = m - 1;
    }
  }
  if (end < start || end - start + 1 > PHRASE_MAX_WORDS) return undefined;
  const verb = words[k];
  if (!verb || (verb.pos !== 'VERB' && verb.pos !== 'AUX')) return undefined;
  const last = words[end];
  if (!last || breakBetween(text, last.start, verb.start)) return undefined;
  if (!words.slice(start, end + 1).some((w) => NOUN_LIKE.has(w.pos))) return undefined;
  return ownerOfPhrase(text, words, start, end);
}

/** "world record sales fell by 2.3%": the subject of the measuring verb before the figure. */
function verbSubject(
  text: string,
  words: readonly TaggedWord[],
  q: Pick<Quantity, 'start' | 'end' | 'kind'>,
): string | undefined {
  let k = wordAt(words, q.start) - 1;
  // The figure's own sign or words written before its number ("$1.94", "a strong 0.9%").
  let skipped = 0;
  // "fell $1.94 to $38.50": the level a movement reaches is its subject's too.
  while (
    k >= 0 &&
    skipped < FIGURE_LEAD_MAX &&
    (VERB_TO_FIGURE.test(words[k]?.text ?? '') || words[k]?.pos === 'NUM') &&
    words[k]?.pos !== 'VERB'
  ) {
    k--;
    skipped++;
  }
  const verb = words[k];
  if (!verb || !MEASURING_VERB.test(verb.text) || (verb.pos !== 'VERB' && verb.pos !== 'AUX'))
    return undefined;
  if (breakBetween(text, verb.start, q.start)) return undefined;
  k--;
  while (k >= 0 && BETWEEN_AUX.has(words[k]?.pos ?? '')) k--;
  const end = k;
  while (k >= 0 && (NOMINAL.has(words[k]?.pos ?? '') || (words[k]?.text === 'of' && k > 0))) k--;
  const start = k + 1;
  // Up to the phrase's start: the sentence's start, a clause break, or a word opening a clause
  // ("the", "that"); a determiner before the phrase is passed over.
  const determiner = words[k]?.pos === 'DET' ? words[k] : undefined;
  if (determiner) k--;
  const before = words[k];
  const first = words[start];
  if (!first || end < start || end - start + 1 > PHRASE_MAX_WORDS) return undefined;
  if (first.text === 'of') return undefined;
  const opens =
    !before ||
    breakBetween(text, before.start + before.text.length, (determiner ?? first).start) ||
    CLAUSE_OPENER.has(before.pos);
  if (!opens) return undefined;
  const lastWord = words[end];
  if (!lastWord || breakBetween(text, lastWord.start, verb.start)) return undefined;
  return ownerOfPhrase(text, words, start, end);
}

/** How far before a figure its measuring verb may stand, in characters ("declined by a strong "). */
const VERB_REACH = 40;

/**
 * True when the words around a figure may give it a phrase owner (a share "of", a measuring verb
 * just before it, or a subject and a verb before it in its clause): the tagger is asked only then.
 */
export function mayHavePhraseOwner(text: string, q: Pick<Quantity, 'start' | 'end' | 'kind'>): boolean {
  if (q.kind === 'percent' && /^\s*(?:per\s*cent\s+|percent\s+)?of\s/i.test(text.slice(q.end, q.end + 20)))
    return true;
  // As verbSubject walks: back over the figure's lead words and numbers, then a measuring verb.
  const before = text
    .slice(Math.max(0, q.start - VERB_REACH), q.start)
    .split(/\s+/)
    .filter(Boolean);
  for (let k = before.length - 1, skipped = 0; k >= 0; k--) {
    const word = (before[k] ?? '').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (MEASURING_VERB.test(word)) return true;
    if (skipped++ >= FIGURE_LEAD_MAX || !(VERB_TO_FIGURE.test(word) || /\d/.test(word))) break;
  }
  // As clauseSubject reads: a subject and its verb before the figure in its clause.
  const clause = text.slice(0, q.start).split(/[,;:]/).at(-1) ?? '';
  return CLAUSE_BEFORE.test(clause);
}

/** Two words before a figure in its clause, the second in lower case: a subject and its verb may stand there. */
const CLAUSE_BEFORE = /[\p{L}]+\s+\p{Ll}+\s/u;
