import { SAYING_VERBS } from '../claims/saying.js';
import { DAY, MONTH } from '../facts/months.js';
import { type TaggedWord, tagWordsOfMany } from '../facts/nlp.js';
import { stem, stemsOf } from '../facts/terms.js';
import type { Fact } from '../facts/types.js';
import type { FactIndex } from '../index/fact-index.js';
import type { Vocabulary } from '../index/vocabulary.js';

/**
 * Stems that say when, not what: months, days, periods and small ordinals ("in the three months to
 * September", "on Monday", "the first time"). A lead's claim is not another article's for sharing them.
 */
const TIME_STEM =
  /^(?:januari|februari|march|april|may|june|juli|august|septemb|octob|novemb|decemb|monday|tuesday|wednesday|thursday|friday|saturday|sunday|year|month|week|day|quarter|today|yesterday|time|earlier|later|one|two|three|four|five|six|first|second|last|next)$/;

/**
 * Verbs that say, are, have or seem, not what happened: "figures show", "a new book claims", "has
 * become", "looks set"; and "go", whose complement says what happened ("has gone back into
 * recession"). A lead's event is none of them.
 */
const NOT_EVENT =
  /^(?:be|is|are|was|were|been|being|am|'s|'re|have|has|had|having|do|does|did|done|say|says|said|saying|tell|tells|told|telling|claim|claims|claimed|report|reports|reported|according|show|shows|showed|shown|seem|seems|seemed|look|looks|looked|appear|appears|appeared|become|becomes|became|get|gets|got|expect|expects|expected|believe|believes|believed|think|thinks|thought|go|goes|gone|went|going)$/i;

/** A lead claim: an article's opening sentence and the other articles whose one sentence states most of it. */
export interface LeadClaim {
  fact: Fact;
  /** Distinct articles (originals) with a sentence stating it, its own first. */
  articles: string[];
  /** How much of its words the coverage states: the mean, over the distinct articles, of the share of them one sentence holds. */
  coverage: number;
  /** The stems its claim is read by. */
  stems: ReadonlySet<string>;
  /** For each article of `articles` past its own, the sentence of it that states the lead (the citation's ground). */
  evidence: string[];
}

export interface LeadOptions {
  /** The share of a lead's words one sentence of another article must hold to state it. Default 0.5. */
  share?: number;
  /** The fewest of a lead's words that sentence must hold. Default 2. */
  leastWords?: number;
  /** The fewest words a lead's claim is read by: fewer say too little to compare. Default 4. */
  leastStems?: number;
  /** The share of the distinct articles a name must be used by to be one of the story's names. Default 0.5. */
  mainNameShare?: number;
  /**
   * Whether a sentence also states a lead when it holds every word the lead shares with its own
   * headline (its core: "recession" in "Freedonia narrowly escapes recession"), at least one more of
   * them and `leastWords` in all, and no money or percentage: other articles say the same claim in
   * their own words around that core. A word more than `coreShare` of the distinct articles use
   * is no core word (every article says "growth": it says nothing of the claim). Default true.
   */
  headlineCore?: boolean;
  /** The largest share of the distinct articles a core word may be used by. Default 0.5. */
  coreShare?: number;
  /**
   * Whether, when a lead has a core, a sentence states it by `share` of its words only if those
   * words hold a core word: sharing only the words of whom it is about (a long title, a place) says
   * nothing of what it claims. Default true.
   */
  coreNeeded?: boolean;
  /**
   * Whether a sentence states a lead by `share` of its words only if it also holds the lead's event: a
   * verb the lead asserts (not one of saying or being, `NOT_EVENT`) in any form ("suspended",
   * "suspensions"; "ruled", "ruling"), or a word of its core. Two sentences sharing a story's topic words
   * ("the main plant ... at auction") state one thing only if they tell of one event
   * ("bought" is no "sued"); and it gives the lead's days, months, years and numbers (`pointOf`: "on
   * Monday", "in 2005", "12 power stations"), which the words alone leave out. A sentence stating it
   * by its core (`headlineCore`) must hold one of its verbs too, and give its point: one topic word of
   * the headline ("dollar", "trust") and one more word are no claim. A lead with no such verb needs
   * only its core or its point. Default true.
   */
  eventNeeded?: boolean;
  /**
   * Whether a sentence states a lead only if it tells of the lead's event in the same mood (`moodOf`,
   * `sameMood`): done, planned or expected, or denied. "X will unveil the chip on Monday" (a preview)
   * does not state "X unveiled the chip on Monday" (its report), nor "not apologise" "urged to
   * apologise". Default true.
   */
  moodNeeded?: boolean;
  /** How the words most of the story's articles use count toward `share` (`wordWeight`). */
  common?: CommonWords;
  /** The share of a lead's words, each weighed as `common` says, one sentence must hold too (besides `share`). */
  weightedShare?: number;
  /**
   * Whether a sentence states a lead only if the one it tells of acting is one the lead names
   * (`actorOf`, `namesActor`): "Zedland captain Ivo Marr has been ruled out of the Shires match"
   * shares every word but the name with "Tom Pell has been ruled out of the Shires match", and
   * tells of another man. Default true.
   */
  actorNeeded?: boolean;
  /**
   * Whether a sentence states a lead by `share` of its words only if it holds the lead's object
   * (`objectOf`: "adapter" of "Vexa is selling an adapter for its player"), or one of its family:
   * the same act on another thing ("Vexa is selling a new player") is another claim. Default true.
   */
  objectNeeded?: boolean;
}

/** How a lead's word counts toward `share`: each alike, by how few of the story's articles use it, or not at all when most do. */
export type CommonWords = 'count' | 'weigh' | 'drop';

/** A word's weight in a lead's share, used by `df` of a story's `n` distinct articles. Pure. */
export function wordWeight(df: number, n: number, common: CommonWords): number {
  if (common === 'weigh') return Math.log(1 + n / Math.max(1, df));
  if (common === 'drop') return n >= 3 && df > n / 2 ? 0 : 1;
  return 1;
}

const defaultOptions: Required<LeadOptions> = {
  common: 'weigh',
  weightedShare: 0.42,
  actorNeeded: true,
  objectNeeded: true,
  share: 0.5,
  leastWords: 2,
  leastStems: 4,
  mainNameShare: 0.5,
  headlineCore: true,
  coreShare: 0.5,
  coreNeeded: true,
  eventNeeded: true,
  moodNeeded: true,
};

/** Words that name a day, a month or a year: a claim made of one is no claim made of another. */
const DATE_WORD = new RegExp(String.raw`\b(?:${DAY}|${MONTH}|(?:1[89]|20)\d\d)\b`, 'g');
/** Numbers as written in digits ("26", "38-8" gives 38 and 8, "1,500"). */
const NUMBER = /\d[\d,.]*\d|\d/g;

/**
 * A claim's point beyond its words: the days, months, years and numbers it gives ("on Monday", "in 2005",
 * "12 big power stations"). Another sentence states the claim only if it gives each of them too. Pure.
 */
export function pointOf(text: string): string[] {
  return [...new Set([...(text.match(DATE_WORD) ?? []), ...(text.match(NUMBER) ?? [])])];
}

/** True when a sentence gives every day, month, year and number of a claim's point, each as a word of its own. Pure. */
export function givesPoint(point: readonly string[], sentence: string): boolean {
  return point.every((p) => pointPattern(p).test(sentence));
}

/** Each point's pattern, compiled once a process: a lead's point is tried on every sentence of every other article. */
const POINT_PATTERNS = new Map<string, RegExp>();
/** The most points' patterns kept. */
const POINT_MEMO = 5000;

/** A day, month, year or number as a word of its own: "5" is not the "5" of "2.5" or "15". */
function pointPattern(p: string): RegExp {
  let pattern = POINT_PATTERNS.get(p);
  if (!pattern) {
    pattern = new RegExp(`(?<![\\w.,])${p.replace(/[.,]/g, '\\$&')}(?!\\d|[.,]\\d)`);
    // A bot that runs for months meets new numbers every day: the memo is emptied rather than left to grow.
    if (POINT_PATTERNS.size >= POINT_MEMO) POINT_PATTERNS.clear();
    POINT_PATTERNS.set(p, pattern);
  }
  return pattern;
}

/** The fewest letters two stems of one family share at their start ("suspend", "suspens"). */
const FAMILY_PREFIX = 5;

/**
 * The stems of the verbs a sentence asserts, as the tagger reads its words: no verb of saying, being
 * or seeming (`NOT_EVENT`), no auxiliary. Pure but for the tagger.
 */
export function eventStems(words: readonly TaggedWord[]): Set<string> {
  return new Set(
    words
      .filter(
        (w, i) =>
          // A verb, or the word an infinitive's "to" opens, whatever the tagger took it for ("are to back").
          (w.pos === 'VERB' || (words[i - 1]?.text.toLowerCase() === 'to' && words[i - 1]?.pos === 'PART')) &&
          /^\p{Ll}/u.test(w.text) &&
          !NOT_EVENT.test(w.text),
      )
      .map((w) => stem(w.text.toLowerCase()))
      .filter((t) => t.length > 2),
  );
}

/** True when a sentence's stems hold one of the event's, or one of its family (the same first five letters). Pure. */
export function holdsEvent(event: ReadonlySet<string>, sentence: ReadonlySet<string>): boolean {
  for (const e of event) {
    if (sentence.has(e)) return true;
    if (e.length < FAMILY_PREFIX) continue;
    const start = e.slice(0, FAMILY_PREFIX);
    for (const t of sentence) if (t.length >= FAMILY_PREFIX && t.startsWith(start)) return true;
  }
  return false;
}

/**
 * How a sentence tells of an event: as done or happening ("unveiled", "are attending"), as planned or
 * expected ("will unveil", "are to back", "is due to open", "is expected to rise"), as denied ("not
 * apologise", "never met"), as an infinitive another verb governs ("urged to apologise", "decision to
 * back": neither done nor planned), or unknown (no verb of the event found, no mark in its first clause).
 */
export type Mood = 'done' | 'planned' | 'negated' | 'open' | 'unknown';

/** Words that deny the verb after them. */
const NEGATION =
  /^(?:not|n't|never|cannot|can't|won't|don't|doesn't|didn't|isn't|aren't|wasn't|weren't|hasn't|haven't|hadn't)$/i;
/** Auxiliaries that put the verb after them in the future, or in a reported plan ("they would back"). */
const FUTURE = /^(?:will|would|shall|'ll|wo)$/i;
/** Finite forms of "be" and "have". */
const FINITE = /^(?:is|are|was|were|has|have|had)$/i;
/** Modals of what may or should be: they tell neither of a thing done nor of one planned. */
const MODAL = /^(?:could|may|might|should|must|can|ought)$/i;
/** Words that make a "to" after them a plan: "is to", "due to", "set to", "plans to", "expected to", "likely to". */
const PLAN_BEFORE_TO =
  /^(?:is|are|was|were|be|am|'s|'re|due|set|plan|plans|planned|planning|expected|likely|going|about|poised|scheduled)$/i;
/** Words that end the verb group looking back from a verb: a new clause or a new verb opens there. */
const CLAUSE_START =
  /^(?:and|but|or|that|which|who|whom|whose|if|whether|because|after|before|when|while|as|since|although|than)$/i;
/** Words (with the punctuation between them) of a text, as written. */
const tokensOf = (text: string) => text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?|n't|[,;:.!?"“”()–—-]/gu) ?? [];
/** How many words back from a verb its auxiliaries may stand ("will now be included"). */
const MOOD_REACH = 4;

/** The mood of the verb at `at` among a text's tokens, read from the words before it in its verb group. Pure. */
function moodAt(tokens: readonly string[], at: number): Mood {
  let negated = false;
  for (let i = at - 1; i >= Math.max(0, at - MOOD_REACH); i--) {
    const t = (tokens[i] ?? '').replace(/’/g, "'");
    if (!/[\p{L}']/u.test(t) || CLAUSE_START.test(t)) break;
    if (NEGATION.test(t)) negated = true;
    if (/^won't$/i.test(t) || FUTURE.test(t)) return negated || /^won't$/i.test(t) ? 'negated' : 'planned';
    // "could", "may", "should": neither done nor planned.
    if (MODAL.test(t)) return negated ? 'negated' : 'open';
    if (t.toLowerCase() === 'to') {
      if (negated) return 'negated';
      return PLAN_BEFORE_TO.test(tokens[i - 1] ?? '') ? 'planned' : 'open';
    }
  }
  return negated ? 'negated' : 'done';
}

/** The mood of a text's first clause (up to its first comma or new clause), by the first mark it holds; else unknown. Pure. */
function clauseMood(tokens: readonly string[]): Mood {
  for (let i = 0; i < tokens.length; i++) {
    const t = (tokens[i] ?? '').replace(/’/g, "'");
    if (/^[,;:.!?()–—]$/.test(t) || (i > 0 && CLAUSE_START.test(t))) break;
    if (NEGATION.test(t)) return 'negated';
    if (FUTURE.test(t)) return 'planned';
    if (t.toLowerCase() === 'to' && PLAN_BEFORE_TO.test(tokens[i - 1] ?? '')) return 'planned';
    // A finite "is", "are", "has" with no "to" after it tells of a thing done or under way ("are being shown").
    if (FINITE.test(t)) {
      const next = tokens[i + 1] ?? '';
      if (next.toLowerCase() === 'to' || (PLAN_BEFORE_TO.test(next) && tokens[i + 2]?.toLowerCase() === 'to'))
        return 'planned';
      if (!NEGATION.test(next)) return 'done';
    }
  }
  return 'unknown';
}

/** Where a verb (a stem; its family too, the same first five letters) is first used among a text's tokens, else -1. Pure. */
function verbAt(tokens: readonly string[], verb: string): number {
  const start = verb.length >= FAMILY_PREFIX ? verb.slice(0, FAMILY_PREFIX) : undefined;
  return tokens.findIndex((t) => {
    if (!/^\p{Ll}/u.test(t)) return false;
    const s = stem(t.toLowerCase());
    return s === verb || (start !== undefined && s.length >= FAMILY_PREFIX && s.startsWith(start));
  });
}

/**
 * How a text tells of an event whose main verb is `verb`: the mood of the verb's first use
 * (`moodAt`), or, with no such use, of its first clause (`clauseMood`). Pure.
 */
export function moodOf(text: string, verb: string | undefined): Mood {
  const tokens = tokensOf(text);
  const at = verb === undefined ? -1 : verbAt(tokens, verb);
  return at >= 0 ? moodAt(tokens, at) : clauseMood(tokens);
}

/**
 * True when a sentence tells of a lead's event in the lead's mood (`sameMood`): read at each of the
 * lead's verbs the sentence uses, in both, and every one must agree (a shared verb of a side clause,
 * "who have been working on it", says nothing of whether the main one, "unveiled" / "will unveil", is
 * told alike); with none used, the lead's first verb against the sentence's first clause. Pure.
 */
export function tellsAlike(lead: string, sentence: string, verbs: readonly string[]): boolean {
  const tokens = tokensOf(sentence);
  let used = false;
  for (const verb of verbs) {
    const at = verbAt(tokens, verb);
    if (at < 0) continue;
    used = true;
    if (!sameMood(moodOf(lead, verb), moodAt(tokens, at))) return false;
  }
  return used || sameMood(moodOf(lead, verbs[0]), clauseMood(tokens));
}

/**
 * True when two tellings of one event agree: a denial only with a denial; a plan or expectation never
 * with a thing done ("will unveil" is no "unveiled"); an infinitive or an unknown mood with either. Pure.
 */
export function sameMood(a: Mood, b: Mood): boolean {
  if ((a === 'negated') !== (b === 'negated')) return false;
  return !((a === 'planned' && b === 'done') || (a === 'done' && b === 'planned'));
}

/** Verbs that report words: what follows them is what someone says, and the one saying it is no actor of it. */
const SAYS = new RegExp(
  `^(?:${SAYING_VERBS}|say|tell|add|admit|insist|claim|warn|argue|confirm|deny|denies|denied)$`,
  'i',
);
/** Names of days and months: "On Thursday, ..." names when, not who. */
const WHEN_NAME = new RegExp(`^(?:${DAY}|${MONTH})$`, 'i');

/**
 * The name of the one a sentence tells of acting: the last run of proper names before its first verb
 * ("Zedland captain Ivo Marr has been ruled out": Ivo Marr; "Last year, rival maker Orvo
 * unveiled": Orvo), less days and months, not one a preposition other than "of" opens ("in
 * Freedonia"); none when that verb reports words ("Judge Hale said the rules ...": what he says is
 * the claim, not his saying it) or no name stands before it. The sentence's first word is a name
 * only when `isName` says so (the tagger reads any capitalized word as one). Pure.
 */
export function actorOf(
  words: readonly TaggedWord[],
  isName: (word: string) => boolean = () => true,
): string[] {
  const first = words.findIndex((w) => w.pos === 'VERB' || w.pos === 'AUX');
  if (first < 0) return [];
  const main = words.slice(first).find((w) => w.pos === 'VERB');
  if (main && SAYS.test(main.text)) return [];
  let end = first;
  while (end > 0 && words[end - 1]?.pos !== 'PROPN') end--;
  let start = end;
  while (start > 0 && words[start - 1]?.pos === 'PROPN') start--;
  // A sentence's first word is capitalized whatever it is ("Talks aimed at ...", "Groups challenging ..."): a name only when the story's names hold it.
  if (start === 0 && start < end && !isName(words[0]?.text ?? '')) start++;
  if (start === end) return [];
  let before = start - 1;
  while (before >= 0 && words[before]?.pos === 'DET') before--;
  const opener = words[before];
  if (opener?.pos === 'ADP' && opener.text.toLowerCase() !== 'of') return [];
  return words
    .slice(start, end)
    .map((w) => w.text)
    .filter((t) => !WHEN_NAME.test(t));
}

/** True when a sentence's actor (`actorOf`) is none, or the lead writes one of its words (any case). Pure. */
export function namesActor(lead: string, actor: readonly string[]): boolean {
  if (actor.length === 0) return true;
  const own = new Set(
    (lead.toLowerCase().match(/[\p{L}\p{N}'’-]+/gu) ?? []).map((w) => w.replace(/['’]s$/, '')),
  );
  return actor.some((a) => own.has(a.toLowerCase().replace(/['’]s$/, '')));
}

/**
 * What an article's opening sentence (its lead) claims, read by its words: the stems of its content
 * words, leaving out function and question words (the vocabulary's), numbers, words of time
 * (`TIME_STEM`) and the words of the story's main names (those most articles use: every article
 * names them, so sharing them says nothing of the claim). Pure.
 */
export function claimStems(
  terms: readonly string[],
  vocabulary: Vocabulary,
  names: ReadonlySet<string>,
): Set<string> {
  return new Set(
    terms.filter(
      (t) =>
        t.length > 2 &&
        !/^\d/.test(t) &&
        !vocabulary.unindexed.has(t) &&
        !vocabulary.ignore.has(t) &&
        !names.has(t) &&
        !TIME_STEM.test(t),
    ),
  );
}

/**
 * The claims the articles lead with, each counted over the distinct articles (copies once) one of
 * whose sentences holds at least `share` of its words (and `leastWords`): "The Greens are to back
 * the disputed council plan to bring in road charges" is stated by "Tom Ward has denied
 * ... its decision to back the disputed council plan to bring in road charges". Most articles first,
 * then the most covered. `accept` says which leads may stand in a digest (`standsAlone`, no figure
 * the claims do not place). Pure.
 */
export function leadClaims(
  index: FactIndex,
  names: ReadonlyArray<{ name: string; articles: number }>,
  vocabulary: Vocabulary,
  accept: (fact: Fact) => boolean,
  options: LeadOptions = {},
): LeadClaim[] {
  const o = { ...defaultOptions, ...options };
  const originals = [...new Set(index.articles().map((a) => index.original(a.id)))];
  const least = originals.length * o.mainNameShare;
  const nameStems = new Set(names.filter((n) => n.articles >= least).flatMap((n) => stemsOf(n.name)));
  const namesKey = [...nameStems].sort().join(' ');
  const nameWords = new Set(names.flatMap((n) => n.name.toLowerCase().split(/\s+/)));
  const isName = (word: string) => nameWords.has(word.toLowerCase());
  const stemsOf_ = (f: Fact) => {
    const known = remembered.get(f);
    if (known?.names === namesKey && known.vocabulary === vocabulary) return known.stems;
    const stems = claimStems(f.terms, vocabulary, nameStems);
    remembered.set(f, { names: namesKey, vocabulary, stems });
    return stems;
  };
  const said = (id: string) => index.factsOf(id).filter((f) => f.kind !== 'row' && f.kind !== 'line');
  const sentences = new Map(originals.map((id) => [id, said(id).map(stemsOf_)]));
  const texts = new Map(originals.map((id) => [id, said(id).map((f) => f.text)]));
  // A sentence with a figure states that figure: it restates a claim in its own words only without one
  // ("Industrial output rose 2.3%" is no "industrial output fell").
  const worded = new Map(
    originals.map((id) => [
      id,
      said(id).filter((f) => !f.quantities.some((q) => q.kind === 'money' || q.kind === 'percent')),
    ]),
  );
  const used = new Map<string, number>();
  for (const own of sentences.values())
    for (const stem of new Set(own.flatMap((s) => [...s]))) used.set(stem, (used.get(stem) ?? 0) + 1);
  const rare = (stem: string) => (used.get(stem) ?? 0) <= originals.length * o.coreShare;
  const out: LeadClaim[] = [];
  const leads = originals.flatMap((id) => {
    const lead = index.factsOf(id).find((f) => f.kind !== 'row' && f.kind !== 'line');
    return lead && accept(lead) && stemsOf_(lead).size >= o.leastStems ? [{ id, lead }] : [];
  });
  // The leads' verbs, read once per fact: a digest reads the leads twice (top line, what is new), and each later digest again.
  const untold = o.eventNeeded || o.moodNeeded ? leads.filter((l) => !verbsOf.has(l.lead)) : [];
  const tagged = tagWordsOfMany(untold.map((l) => l.lead.text));
  untold.forEach((l, i) => {
    verbsOf.set(l.lead, eventStems(tagged[i] ?? []));
    objectsOf.set(l.lead, objectOf(tagged[i] ?? []));
  });
  for (const { id, lead } of leads) {
    const stems = stemsOf_(lead);
    const titled = o.headlineCore
      ? headlineCore(stems, index.article(id)?.title ?? '', vocabulary, lead.text)
      : undefined;
    const kept = new Set([...(titled ?? [])].filter(rare));
    const core = kept.size > 0 ? kept : undefined;
    // What happened: the verbs the lead asserts, and its core; a sentence sharing only its topic words says something else.
    const verbs = verbsOf.get(lead) ?? new Set<string>();
    // What the lead's event is done to ("selling an adapter"): a sentence of the same act on another thing ("selling a new player") states another claim.
    const object = o.objectNeeded ? objectsOf.get(lead) : undefined;
    const thing = object !== undefined && stems.has(object) ? new Set([object]) : undefined;
    const event = new Set([...verbs, ...(core ?? [])]);
    const point = o.eventNeeded ? pointOf(lead.text) : [];
    // How the lead tells of its event (its first verb's mood): a sentence telling it otherwise states another claim.
    const leadVerbs = [...verbs];
    const agrees = (text: string) => !o.moodNeeded || tellsAlike(lead.text, text, leadVerbs);
    const tells = (s: ReadonlySet<string>, text: string) =>
      (!o.eventNeeded || ((event.size === 0 || holdsEvent(event, s)) && givesPoint(point, text))) &&
      agrees(text);
    // How much each of the lead's words says of its claim: a word most of the story's articles use (the
    // firm, the product) says little.
    const weightOf = new Map(
      [...stems].map((t) => [t, wordWeight(used.get(t) ?? 1, originals.length, o.common)]),
    );
    const whole = [...weightOf.values()].reduce((a, b) => a + b, 0) || 1;
    const weighed = (s: ReadonlySet<string>) => {
      let w = 0;
      for (const [t, x] of weightOf) if (s.has(t)) w += x;
      return w;
    };
    const articles = [id];
    const evidence: string[] = [];
    let covered = 1;
    for (const other of originals) {
      if (other === id) continue;
      const own = sentences.get(other) ?? [];
      const ownTexts = texts.get(other) ?? [];
      const counts = own.map((s) => shared(stems, s));
      const best = Math.max(0, ...counts);
      covered += best / stems.size;
      const weights = own.map((s) => weighed(s));
      const holds = (n: number, j: number) =>
        n >= o.leastWords && n / stems.size >= o.share && (weights[j] ?? 0) / whole >= o.weightedShare;
      // With a core, the words one sentence shares must hold one of it: "The firm's former finance chief
      // has admitted lying" shares the lead's subject, not what "... has finished giving evidence" says.
      const byShare = (s: ReadonlySet<string>, j: number) =>
        core !== undefined && o.coreNeeded
          ? holds(counts[j] ?? 0, j) &&
            shared(core, s) > 0 &&
            agrees(ownTexts[j] ?? '') &&
            (!o.eventNeeded || verbs.size === 0 || holdsEvent(verbs, s))
          : holds(counts[j] ?? 0, j) &&
            tells(s, ownTexts[j] ?? '') &&
            (thing === undefined || holdsEvent(thing, s));
      const bySharing = own.findIndex(byShare);
      const byCore =
        bySharing >= 0 || core === undefined
          ? undefined
          : (worded.get(other) ?? []).find((f) => {
              const s = stemsOf_(f);
              return (
                shared(core, s) === core.size &&
                shared(stems, s) - core.size >= Math.max(1, o.leastWords - core.size) &&
                tells(s, f.text) &&
                (!o.eventNeeded || verbs.size === 0 || holdsEvent(verbs, s))
              );
            });
      let ground = bySharing >= 0 ? ownTexts[bySharing] : byCore?.text;
      // Of the one the lead tells of: a sentence telling another one did it states another claim.
      if (ground !== undefined && o.actorNeeded && !namesActor(lead.text, actorOf(taggedOf(ground), isName)))
        ground = undefined;
      if (ground !== undefined) {
        articles.push(other);
        evidence.push(ground);
      }
    }
    out.push({ fact: lead, articles, coverage: covered / originals.length, stems, evidence });
  }
  return out.sort((a, b) => b.articles.length - a.articles.length || b.coverage - a.coverage);
}

/**
 * The core of a lead claim: its stems its article's headline uses too, other than names (a word the
 * lead writes with a capital, its first word too: "Hale" is whom the claim is about, not what it
 * says), or undefined when the headline shares none of them, or all (then the headline is the
 * lead's own words and says nothing of which of them matter). Pure.
 */
export function headlineCore(
  claim: ReadonlySet<string>,
  headline: string,
  vocabulary: Vocabulary,
  lead = '',
): ReadonlySet<string> | undefined {
  const inHeadline = claimStems(stemsOf(headline), vocabulary, new Set());
  const named = new Set(stemsOf((lead.match(/\p{Lu}[\p{L}'-]*/gu) ?? []).join(' ')));
  const shared = [...claim].filter((s) => inHeadline.has(s));
  const core = new Set(shared.filter((s) => !named.has(s)));
  return core.size > 0 && shared.length < claim.size ? core : undefined;
}

/** Each text's tagged words, remembered a while (a sentence found to state a lead is read once a digest). */
const TAGGED = new Map<string, TaggedWord[]>();
const taggedOf = (text: string): TaggedWord[] => {
  let words = TAGGED.get(text);
  if (!words) {
    words = tagWordsOfMany([text])[0] ?? [];
    if (TAGGED.size >= POINT_MEMO) TAGGED.clear();
    TAGGED.set(text, words);
  }
  return words;
};

/** A lead's object (`objectOf`), remembered per fact. */
const objectsOf = new WeakMap<Fact, string | undefined>();

/** How many words past its verb a lead's object may stand ("selling an adapter", "to back the disputed council plan"). */
const OBJECT_REACH = 4;

/**
 * The stem of the thing a sentence's first verb of an event (`eventStems`) is done to: the first common
 * noun within `OBJECT_REACH` words after it, past articles and adjectives, before any other verb,
 * preposition or name ("is selling an adapter for ...": adapter), the last of a run of nouns
 * ("council plan": plan), past a count ("the millions of people": people); undefined when none. Pure.
 */
export function objectOf(words: readonly TaggedWord[]): string | undefined {
  const events = eventStems(words);
  const at = words.findIndex((w) => events.has(stem(w.text.toLowerCase())));
  if (at < 0) return undefined;
  for (let i = at + 1; i < Math.min(words.length, at + 1 + OBJECT_REACH); i++) {
    const w = words[i];
    if (!w || w.pos === 'VERB' || w.pos === 'AUX' || w.pos === 'ADP' || w.pos === 'PROPN') return undefined;
    if (w.pos !== 'NOUN') continue;
    // The head of a run of nouns ("council plan": plan); past a count of something ("millions of people": people).
    let head = i;
    while (words[head + 1]?.pos === 'NOUN') head++;
    const text = (words[head]?.text ?? '').toLowerCase();
    if (QUANTITY.test(text) && words[head + 1]?.text.toLowerCase() === 'of') {
      const next = words.slice(head + 2, head + 2 + OBJECT_REACH).findIndex((x) => x.pos === 'NOUN');
      if (next < 0) return undefined;
      head += 2 + next;
      while (words[head + 1]?.pos === 'NOUN') head++;
    }
    return stem((words[head]?.text ?? '').toLowerCase());
  }
  return undefined;
}

/** Nouns that count what the noun after their "of" names. */
const QUANTITY =
  /^(?:hundreds?|thousands?|millions?|billions?|dozens?|scores?|numbers?|lots?|series|couple|pair|range|handful|group|majority|half|part|share)$/;

/** A lead's event verbs (`eventStems`), remembered per fact. */
const verbsOf = new WeakMap<Fact, ReadonlySet<string>>();

/** A sentence's claim stems, remembered per fact for the main names and vocabulary they were read with. */
const remembered = new WeakMap<Fact, { names: string; vocabulary: Vocabulary; stems: Set<string> }>();

/** How many of a claim's stems a sentence's stems hold. */
const shared = (claim: ReadonlySet<string>, sentence: ReadonlySet<string>) => {
  let n = 0;
  for (const s of claim) if (sentence.has(s)) n++;
  return n;
};

/** True when a sentence's stems hold at least `share` of a lead claim's: it states that claim again. Pure. */
export const restates = (
  claim: ReadonlySet<string>,
  sentence: ReadonlySet<string>,
  share = defaultOptions.share,
) => claim.size > 0 && shared(claim, sentence) / claim.size >= share;

/** Options of `restatesSentence`. */
export interface RestateOptions {
  /** Claim stems the two sentences must share at least. Default 4. */
  leastShared?: number;
  /** Share of the shorter sentence's claim stems the two must share at least. Default 0.5. */
  share?: number;
}

/** Defaults of `restatesSentence`. */
export const defaultRestateOptions: Required<RestateOptions> = { leastShared: 4, share: 0.5 };

/**
 * True when a sentence says again in other words what an earlier sentence said ("Nordex operates
 * the Ashby, Easton, Brindle and Zorna bourses" after "Nordex, which operates the Easton,
 * Brindle, Zorna and Ashby exchanges"; "is to stand against ... Jo Ward" after "is standing
 * against sitting MP Jo Ward"): the two share at least `leastShared` claim stems (`claimStems`),
 * half the shorter's at least (`share`), and the earlier holds the first verb the sentence asserts
 * (`eventStems`: what it says happened), so a later act told in the same words ("handed over his
 * share of the parent firm" after "the parent firm, which owns 57%") is news. A sentence
 * with no verb of an event is never a restatement. Pure.
 */
export function restatesSentence(
  sentence: ReadonlySet<string>,
  firstVerb: string | undefined,
  earlier: ReadonlySet<string>,
  options: RestateOptions = {},
): boolean {
  return (
    firstVerb !== undefined &&
    sharesClaimWords(sentence, earlier, options) &&
    holdsEvent(new Set([firstVerb]), earlier)
  );
}

/**
 * True when two sentences share at least `leastShared` claim stems and half the shorter's
 * (`share`): the words part of `restatesSentence`, cheap enough to try on every earlier sentence
 * before a verb is read. Pure.
 */
export function sharesClaimWords(
  sentence: ReadonlySet<string>,
  earlier: ReadonlySet<string>,
  options: RestateOptions = {},
): boolean {
  const o = { ...defaultRestateOptions, ...options };
  const n = shared(sentence, earlier);
  return n >= o.leastShared && n / Math.max(1, Math.min(sentence.size, earlier.size)) >= o.share;
}

/** The first verb of an event a sentence asserts (`eventStems`), undefined when none. Pure but for the tagger. */
export const firstEventVerb = (text: string): string | undefined =>
  [...eventStems(tagWordsOfMany([text])[0] ?? [])][0];
