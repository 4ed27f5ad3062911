import { answerQuery } from '../answer/answer.js';
import { contentWords, jaccard } from '../answer/similarity.js';
import { amountKeys, rounds, sameAmount, valuesMeet } from '../claims/compare.js';
import { modalityOf } from '../claims/modality.js';
import { placeWord } from '../claims/places.js';
import type { ArticleMeta } from '../corpus/types.js';
import { tagWords } from '../facts/nlp.js';
import { stemsOf } from '../facts/terms.js';
import type { Fact } from '../facts/types.js';
import { defaultCopyOptions, heldShare, likeness, wordRuns } from '../index/copies.js';
import { entityWords, type FactIndex } from '../index/fact-index.js';
import { defaultVocabulary, type Vocabulary } from '../index/vocabulary.js';
import {
  clusterFigures,
  clusterLine,
  contextWords,
  type DigestCitation,
  digestCitation,
  type FigureCluster,
  type FigureGroup,
  type FigureLine,
  type FigureMention,
  figureMentions,
  figureText,
  groupFigures,
  keyWords,
  lineOf,
  MAIN_NAME_SHARE,
  MIN_CONTEXT_WORDS,
  mainSubjectKeys,
  momentShown,
  movedFrom,
  movedTo,
  namedAlike,
  roundedAlike,
  statesClaim,
  subjectNamer,
  unitBase,
} from './figures.js';

import {
  claimStems,
  eventStems,
  firstEventVerb,
  holdsEvent,
  type LeadClaim,
  leadClaims,
  restates,
  restatesSentence,
  sharesClaimWords,
  tellsAlike,
} from './leads.js';
import { type Odds, oddsIn, speaksOfBetting } from './odds.js';
import { type MatchResults, matchResults, type StatedClaim, statedClaims } from './results.js';
import { revisions, supersededBy } from './revisions.js';
import { storyName } from './story.js';

export type { DigestCitation, FigureGroup, FigureLine, MomentValues } from './figures.js';
export { LEAST_ROUNDED_UNITS, roundedAlike } from './figures.js';
export type { MatchResults, StatedClaim } from './results.js';
export { storyName } from './story.js';

/** A fact most of the coverage states: the words of one article, and every article that states it. */
export interface TopFact {
  text: string;
  /** The figure the articles share, when it is a figure they state alike (the rest of `text` may be one article's own). */
  figure?: string;
  /** The article whose words `text` is. */
  source: DigestCitation;
  /** The other articles that state it, in their own words (the same figure, or the same sentence). */
  also: DigestCitation[];
  /** Articles that give another value of the same figure at the same moment, which can be right too ("exceeding $4 billion"). */
  consistent: Array<{ citation: DigestCitation; figure: string }>;
}

/** What one new article adds: a sentence (or clause) of it, word for word, that no earlier article stated. */
export interface Addition {
  text: string;
  /** The new figure it gives, as written, when it gives one. */
  figure?: string;
  cutBefore?: boolean;
  cutAfter?: boolean;
  /** When the figure changes an earlier article's value of the same subject's measure: that value. */
  was?: {
    subject: string;
    measure: string;
    figure: string;
    source: DigestCitation;
    /** Other earlier values of it, when the earlier articles cannot be put in order (undated). */
    others?: Array<{ figure: string; source: DigestCitation }>;
  };
}

/** An article that arrived since the last digest, with what it adds. */
export interface NewArticle extends DigestCitation {
  /**
   * At most three; empty when everything it says was said before. Absent for the articles past
   * the newest `maxNewDetailed`, which are counted, not shown.
   */
  adds?: Addition[];
  /**
   * The earlier article whose text this one files again (issue 20 §4: a copy is not news): `exactly`
   * the same words, `nearly` (a word or two changed), or held `within` a longer earlier one. Its
   * `adds` are then empty: it is counted, listed once, and said to add nothing.
   */
  repeats?: DigestCitation & { how: 'exactly' | 'nearly' | 'within' };
}

/** A figure a new article gives that differs from what an earlier article gave for it. */
export interface FigureChange {
  measure: string;
  subject: string;
  moment?: string;
  now: FigureLine;
  before: FigureLine;
}

/** What the coverage says, at a glance. */
export interface Digest {
  story: string;
  /** The day, in the schedule's time zone: `2026-11-24`. */
  date: string;
  articleCount: number;
  /** The outlets the articles name, each once. */
  outlets: string[];
  /** Articles that name no outlet. */
  unnamedOutlets: number;
  /** The date of the latest dated article: the digest is "as of" it. */
  asOf?: string;
  /** The two or three facts most of the coverage states. */
  topLine: TopFact[];
  /** Figures, like with like, most covered first. */
  figures: FigureGroup[];
  /** Results, match by match (sides sharing a name are one match), the most-stated match first. */
  results: MatchResults[];
  /**
   * Figures whose measure is not read (no measure word claims them), each in its sentence with no
   * "subject · measure" title: right or silent. Most articles first; none already in the top line.
   */
  facts: FigureLine[];
  /** False for the first digest: nothing to compare with. */
  hadPrevious: boolean;
  /** Articles not in the previous digest, newest first; all of them when there was none. */
  newArticles: NewArticle[];
  /** Figures the new articles changed. */
  changes: FigureChange[];
}

export interface DigestOptions {
  /** The time the digest is for. Default: now. */
  now?: Date;
  /** IANA time zone of the date. Default `UTC`. */
  timezone?: string;
  /** The story's name; derived from the names most articles mention when unset. */
  story?: string;
  /** Article ids the previous digest covered; undefined when there was none. */
  previousArticleIds?: readonly string[];
  /** The most figure groups shown. Default 8. */
  maxFigures?: number;
  /** The most values shown for one moment of a figure. Default 3. */
  maxValues?: number;
  /** The most figures shown as plain facts, with no title (`Digest.facts`). Default 5. */
  maxFacts?: number;
  /** The most facts of the top line. Default 3. */
  maxTopLine?: number;
  /** The most matches whose results are shown (`Digest.results`). Default 5. */
  maxMatches?: number;
  /** The most additions listed for one new article. Default 3. */
  maxAdditions?: number;
  /** How many of the newest new articles get what they add worked out (the ones shown). Default 20. */
  maxNewDetailed?: number;
  vocabulary?: Vocabulary;
}

const defaultOptions = {
  timezone: 'UTC',
  maxFigures: 8,
  maxValues: 3,
  maxTopLine: 3,
  maxMatches: 5,
  maxFacts: 5,
  maxAdditions: 3,
  maxNewDetailed: 20,
};

/**
 * Names by how many articles mention them (copies of one text count once), most first; a longer
 * name ("Northwind AI") stands for its first word.
 */
export function namesByArticles(index: FactIndex): Array<{ name: string; articles: number }> {
  const seen = new Map<string, Set<string>>();
  index.readEntities(index.facts());
  for (const fact of index.facts())
    for (const name of index.entitiesOf(fact)) {
      if (name.length < 3) continue;
      const set = seen.get(name) ?? new Set<string>();
      set.add(index.original(fact.articleId));
      seen.set(name, set);
    }
  return [...seen.entries()]
    .map(([name, set]) => ({ name, articles: set.size }))
    .sort((a, b) => b.articles - a.articles || b.name.length - a.name.length || a.name.localeCompare(b.name));
}

/** The day a time falls on in a time zone, as YYYY-MM-DD. */
export function dayIn(date: Date, timezone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: timezone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(date);
}

/** Dated articles by date, then undated ones by id: the order the coverage came in. */
function chronological(articles: readonly ArticleMeta[]): ArticleMeta[] {
  return articles
    .map((a, i) => ({ a, i }))
    .sort((x, y) => {
      const [p, q] = [x.a.published, y.a.published];
      if (p && q && p !== q) return p < q ? -1 : 1;
      if (!p !== !q) return p ? -1 : 1;
      return x.i - y.i;
    })
    .map(({ a }) => a);
}

/** Newest first: dated articles by date, then the undated in the order they were found. */
const newestFirst = (inOrder: readonly ArticleMeta[]) => [
  ...inOrder.filter((a) => a.published).reverse(),
  ...inOrder.filter((a) => !a.published),
];

/**
 * A sentence opening with a pronoun, a possessive or a demonstrative, inside a quotation or not ("His
 * broadside came as ...", "\"That's what he said ..."): it says whose only with the sentence before it.
 */
export const OPENS_WITH_PRONOUN =
  /^["'\u201c\u2018]?(?:it|its|they|their|them|this|these|that|those|he|his|him|she|her|we|our|i|my)\b/i;

/** A sentence opening with a quotation mark. */
const OPENS_QUOTED = /^["'\u201c\u2018]/;

/**
 * Quoted words the sentence gives a speaker for after them ("... more success," said Okafor):
 * a pronoun opening them is the speaker's, told in the same sentence.
 */
const ATTRIBUTED = /[,.!?]["'\u201d\u2019]\s+(?:\S+\s+){0,4}(?:said|says|added|adds|told)\b/;

/**
 * The end of a quotation whose start is in the sentence before (`"We dropped the claim. Zed has
 * said sorry," said Ann Orr.` read as two): its first double quotation mark closes words it never
 * opened, and its marks do not pair.
 */
const QUOTE_TAIL = /^[^"\u201c\u201d]+[,.!?]["\u201d](?=\s|$)/;
export const quoteTail = (text: string) =>
  QUOTE_TAIL.test(text) && (text.match(/["\u201c\u201d]/g) ?? []).length % 2 === 1;

/**
 * A sentence that can stand alone in a digest: it names someone, says enough, opens with no
 * pronoun (but in quoted words it gives a speaker for) and is no quotation's cut-off end.
 */
const standsAlone = (text: string) =>
  !quoteTail(text) &&
  /\S\s+\p{Lu}/u.test(text) &&
  contextWords(text, '') >= MIN_CONTEXT_WORDS + 3 &&
  (!OPENS_WITH_PRONOUN.test(text) || (OPENS_QUOTED.test(text) && ATTRIBUTED.test(text)));

/** The measure odds to win are shown under in "New since" ("changes Odile · odds to win: 1/2 [187] → 1/3"). */
const ODDS_MEASURE = 'odds to win';

/** Alike enough in words that one says what the other says. */
const SAME_FACT = 0.35;

/**
 * The fewest articles a money figure no measure word claims must be given by to lead the top line
 * (it says what it is only in its sentence, so it needs more articles than a measured one).
 */
const LEAST_UNMEASURED = 3;

/**
 * Where a result or a dated event ranks at a tie of articles: after a measured figure (2, money 3),
 * before a figure no measure word claims (0) and a merged sentence (-1).
 */
const STATED_RANK = 1.5;

/**
 * Where the claim an article leads with ranks at a tie of articles: first, before every figure (4): an
 * article opens with its event, and a figure every article gives as often is most likely background
 * (the date of the attacks a law answered, a rival's earlier deal); among leads, the one whose words
 * the coverage states most first (`LEAD_RANK + coverage * LEAD_SPREAD`).
 */
const LEAD_RANK = 4;

/**
 * The share of an article's sentences that is its front: a claim stated past it in every article
 * that states it is background (the last paragraph's rival deal or founding year) and leads no top line.
 */
const FRONT_SHARE = 0.5;
const LEAD_SPREAD = 0.99;

/**
 * An article's opening: its lead and the sentence after it (positions below this). A claim that names
 * no measure and no sum (a count, a dated event, a sentence merged across articles) leads the top line
 * only where some article stating it opens with it: told only further down in each, it is background
 * to their news ("the third in a series of 14 reissues", the year a brewer bought another, what a line
 * technology does; digest-36). A measured claim or a sum of money keeps `FRONT_SHARE` alone: an
 * article's figures follow its lead (the aid two articles give in their third sentence, digest-34b).
 */
const OPENING = 2;

/**
 * The fewest articles a story has for a dated event every one of them states to lead though none
 * opens with it (`OPENING`): with two, one article's background the other repeats (the year a brewer
 * bought another, told by both of a pair) still stays out (digest-37).
 */
const LEAST_EVERY = 3;

/**
 * True when the figure at `start` stands in an aside: a non-restrictive relative clause opened by a
 * comma, a bracket or a spaced dash and not closed before it (", which owns 38% of ...", "- in which
 * the group owns a stake -", "the valley, which was hit by the floods of 12 March"). An article
 * writing a claim only so tells it as known, as background to its news (digestb-33). Pure.
 */
export function writtenAsAside(text: string, start: number): boolean {
  const before = text.slice(0, start);
  const open =
    /(?:[,(]|\s[-\u2013\u2014])\s*(?:(?:in|of|for|by|from|with|to|at|on|under)\s+)?(?:which|who|whom|whose)\b/gi;
  let last = -1;
  for (const m of before.matchAll(open)) last = (m.index ?? 0) + m[0].length;
  if (last < 0) return false;
  const between = before.slice(last);
  return !/[,;()\u2013\u2014]|\s-\s/.test(between);
}

/**
 * True when two claims' subject keys share a name: a range of one subject's measure ("UK aid of at
 * least £1.15bn a year") is not another subject's amount in other words ("global aid of $100bn a
 * year"). Pure.
 */
export const subjectsShared = (a: string, b: string) => {
  const words = new Set(keyWords(a));
  return keyWords(b).some((w) => words.has(w));
};

/**
 * True when a figure is a measured claim for the top line: titled by a measure, or one the claims
 * layer reads in a sentence that does not write it as such ("left rates on hold at 3.75%": its line
 * is untitled, yet it is a claim of a measure, not a number in passing). Pure.
 */
export const measuredClaim = (c: Pick<FigureCluster, 'concept' | 'mentions'>) =>
  c.concept !== undefined || c.mentions.some((m) => m.measureRead === true);

/**
 * The articles giving an exact amount of money that no measure word claims, or only in sentences the
 * digest cannot show (`placed` false: whose it is, or what, not said), by amount in each currency it
 * is given in; copies once. An exact amount of money is one thing in a story: "a $5bn accounting
 * fraud" and "had inflated its accounts by $5bn" state one claim, though the second reads
 * as a change and is not clustered with the first. Pure.
 */
export function countedAmounts(
  clusters: readonly FigureCluster[],
  original: (id: string) => string = (id) => id,
): Map<string, Map<string, ArticleMeta>> {
  return new Map(
    [...countedMentions(clusters, original)].map(([k, byArticle]) => [
      k,
      new Map([...byArticle].map(([id, ms]) => [id, (ms[0] as FigureMention).article])),
    ]),
  );
}

/** `countedAmounts` with the mentions each article gives the amount in. Pure. */
function countedMentions(
  clusters: readonly FigureCluster[],
  original: (id: string) => string,
): Map<string, Map<string, FigureMention[]>> {
  const out = new Map<string, Map<string, FigureMention[]>>();
  for (const c of clusters)
    for (const m of c.mentions) {
      if ((m.placed && m.concept) || m.quantity.kind !== 'money' || m.quantity.qualifier !== 'exact')
        continue;
      for (const k of amountKeys(m)) {
        const articles = out.get(k) ?? new Map<string, FigureMention[]>();
        articles.set(original(m.article.id), [...(articles.get(original(m.article.id)) ?? []), m]);
        out.set(k, articles);
      }
    }
  return out;
}

/** The words a mention's named owner is compared by, a country by one of its names ("britain": "uk"). */
const ownerWords = (m: FigureMention) =>
  m.subject.flatMap((s) => keyWords(s.toLowerCase())).map((w) => placeWord(w));

/**
 * True when a mention gives its amount to another named owner than these words name ("Quillon Night
 * pulled in $18m" is no other article stating "Zorbo Returns ... pulled in $18m"); an owner read from
 * "it" or not read at all may be the same one. Pure.
 */
const namesAnotherOwner = (m: FigureMention, words: ReadonlySet<string>) => {
  if (m.subjectFrom !== 'named' || words.size === 0) return false;
  const own = ownerWords(m);
  return own.length > 0 && !own.some((w) => words.has(w));
};

/**
 * The two or three facts most of the coverage states, the most stated first: each claim counted
 * over the distinct articles that give it (copies of one text once; one amount in several
 * currencies, or given with no measure word in a sentence whose subject meets it, one claim), and
 * sentences on the names most articles use that the answer engine merges across articles; each
 * citing every article that states it, in the words of one of them.
 */
function topLine(
  index: FactIndex,
  clusters: readonly FigureCluster[],
  figures: readonly FigureGroup[],
  names: ReadonlyArray<{ name: string; articles: number }>,
  vocabulary: Vocabulary,
  max: number,
  stated: readonly StatedClaim[] = [],
): TopFact[] {
  // Claims that sources differ on, or whose value changed, are no fact at a glance.
  const doubtful = new Set(
    figures.flatMap((g) =>
      g.moments.filter((m) => m.differ || m.asOf).flatMap((m) => m.lines.map((l) => l.factId)),
    ),
  );
  // `rank`: a measured claim before one with no measure word, money before other figures.
  // `own`: the articles a claim's own sentences come from (the more, the likelier its words are the
  // coverage's); `amounts`: an exact amount of money's keys, said once at a glance.
  const candidates: Array<
    TopFact & {
      n: number;
      rank: number;
      own?: number;
      /** The earliest place in its articles a sentence stating it holds (0: an article's lead). */
      at: number;
      amounts?: string[];
      stems?: ReadonlySet<string>;
      /** Stated in the first part of an article (`FRONT_SHARE`), not only in the background of each. */
      front: boolean;
    }
  > = [];
  // Where a sentence stands in its article as a share of the article's sentences (0: its lead).
  const lengths = new Map<string, number>();
  const shareOf = (f: Fact) => {
    let n = lengths.get(f.articleId);
    if (n === undefined) {
      n = index.factsOf(f.articleId).length;
      lengths.set(f.articleId, n);
    }
    return f.position / Math.max(1, n);
  };
  const frontOf = new Map<string, number>();
  for (const fact of index.facts())
    frontOf.set(fact.text, Math.min(frontOf.get(fact.text) ?? 1, shareOf(fact)));
  const inFront = (facts: readonly Fact[]) => facts.some((f) => shareOf(f) < FRONT_SHARE);
  const opens = (facts: readonly Fact[]) => facts.some((f) => f.position < OPENING);
  // A claim an article writes only in asides (`writtenAsAside`) past its lead is background to that
  // article; it is the story's background where at least half the articles stating it tell it so.
  // Where more state it as their news (a bid "that puts a £640m price on the team" in two, one aside
  // in a third), it is news (digest-35).
  const toldAsAside = (mentions: readonly FigureMention[]) => {
    const byArticle = new Map<string, boolean>();
    for (const m of mentions) {
      const id = index.original(m.article.id);
      // An article's lead sentence is its news, asides and all ("Ivo Brandt is back with an approach
      // for Zedfield Rovers, which may bring a £640m bid").
      const aside = m.fact.position > 0 && writtenAsAside(m.fact.text, m.quantity.start);
      byArticle.set(id, (byArticle.get(id) ?? true) && aside);
    }
    const asides = [...byArticle.values()].filter(Boolean).length;
    return asides > 0 && asides * 2 >= byArticle.size;
  };
  // A dated event's day as its sentences write it, less the word placing it ("26 December" of "on 26
  // December"); an article writing it only in asides tells it as background.
  const eventAsAside = (c: StatedClaim) => {
    if (c.kind !== 'date') return false;
    const day = c.figure.replace(/^(?:on|in|by|at|of|from|since|until|before|after)\s+/i, '');
    if (day.length < 4) return false;
    return [c.source, ...c.also].some((cited) => {
      const starts = index.factsOf(cited.id).flatMap((f) => {
        const at = f.text.indexOf(day);
        return at < 0 ? [] : [writtenAsAside(f.text, at)];
      });
      return starts.length > 0 && starts.every(Boolean);
    });
  };
  // A dated event some article stating it opens with: a sentence of its opening writes its day. One
  // still to come (expected, planned) that every article of a story of `LEAST_EVERY` or more states
  // (copies once) is where the story is going, not one article's background, wherever each tells it
  // (digest-37: the launch year three previews of a console all give in their later paragraphs, under a
  // preview's "details on Monday"); a past date all give (a statement made "on 17 March 2003") stays
  // background to their news.
  const toCome = (c: StatedClaim) => {
    const at = c.text.indexOf(c.figure);
    if (at < 0) return false;
    const modality = modalityOf(c.text, at, at + c.figure.length);
    return modality === 'expected' || modality === 'proposed';
  };
  const eventOpens = (c: StatedClaim) => {
    if (placed(c.text) < OPENING) return true;
    if (c.articles >= LEAST_EVERY && c.articles >= index.distinctArticleCount && toCome(c)) return true;
    const day = c.figure.replace(/^(?:on|in|by|at|of|from|since|until|before|after)\s+/i, '');
    return [c.source, ...c.also].some((cited) =>
      index.factsOf(cited.id).some((f) => f.position < OPENING && f.text.includes(day)),
    );
  };
  // Where a sentence stands in its article: the earliest, when several articles write it alike.
  const placeOf = new Map<string, number>();
  for (const fact of index.facts())
    placeOf.set(fact.text, Math.min(placeOf.get(fact.text) ?? fact.position, fact.position));
  const placed = (text: string) => placeOf.get(text) ?? Number.POSITIVE_INFINITY;
  const claims: Array<{
    c: FigureCluster;
    /** The mention the claim is compared by: the one shown, else (a claim never shown) its first. */
    rep: FigureMention;
    /** Absent for a claim the digest cannot show: it only counts towards a shown claim it meets. */
    line?: FigureLine;
    ids: Set<string>;
    more: DigestCitation[];
    own: number;
    into?: number;
    /** Other articles' mentions stating it in nearly its words (`alikeMentions`). */
    alike?: FigureMention[];
    /** Other articles' mentions of its exact amount of money (`countedAmounts`), cited as `more`. */
    given?: FigureMention[];
  }> = [];
  const counted = countedMentions(clusters, (id) => index.original(id));
  // The fewest articles an unmeasured figure needs: every article of a story of fewer.
  const leastUnmeasured = Math.min(LEAST_UNMEASURED, index.distinctArticleCount);
  // An exact amount of money no measure word claims and whose owner the digest does not show ("A
  // tonne of Zed copper ended up $40 at $1,210", its owner read from the story) leads too, in
  // a sentence of its own that stands alone, as under "Other figures", when it needs no owner to be
  // told apart: every article writes it exactly (issue 20 §4). A change ("up $2.80") ranks below the
  // level its sentence gives.
  const plainCandidates: typeof candidates = [];
  const plainClaim = (c: FigureCluster) => {
    const ids = new Set(c.mentions.map((m) => index.original(m.article.id)));
    if (ids.size < leastUnmeasured) return;
    if (c.mentions.some((m) => m.quantity.kind !== 'money' || m.quantity.qualifier !== 'exact' || m.unplaced))
      return;
    const q = c.mentions[0]?.quantity;
    if (!q || c.mentions.some((m) => m.quantity.value !== q.value || m.quantity.currency !== q.currency))
      return;
    const m = c.mentions
      .filter(
        (x) =>
          standsAlone(x.context.text) &&
          contextWords(x.context.text, x.quantity.text) >= MIN_CONTEXT_WORDS &&
          plainFigure(x),
      )
      .sort((a, b) => a.fact.position - b.fact.position || a.context.text.length - b.context.text.length)[0];
    if (!m) return;
    const line = clusterLine({ ...c, shown: m, stating: c.mentions.filter((x) => statesClaim(m, x)) }, (id) =>
      index.original(id),
    );
    if (!line) return;
    const cited = new Set([line.source, ...line.also].map((x) => index.original(x.id)));
    const also = [...line.also];
    for (const x of c.mentions) {
      const id = index.original(x.article.id);
      if (cited.has(id)) continue;
      cited.add(id);
      also.push(digestCitation(x.article));
    }
    plainCandidates.push({
      text: line.context,
      figure: line.figure,
      source: line.source,
      also,
      consistent: [],
      n: ids.size,
      rank: m.quantity.change ? 0 : 0.1,
      own: ids.size,
      at: Math.min(...c.mentions.map((x) => x.fact.position)),
      amounts: amountKeys(m),
      front: inFront(c.mentions.map((x) => x.fact)) && !toldAsAside(c.mentions),
    });
  };
  // Every mention by the amounts it gives, for finding one claim in other articles' words.
  const byAmount = new Map<string, FigureMention[]>();
  for (const c of clusters)
    for (const m of c.mentions)
      for (const k of amountKeys(m)) byAmount.set(k, [...(byAmount.get(k) ?? []), m]);
  // The mentions of other articles that state a claim in nearly its words: the same value (in any of
  // its currencies, `sameAmount`), its sentence alike (`SAME_FACT`) to one of the claim's, its moment
  // none or the claim's, naming no other owner; whatever measure the reader took each to give ("retail sales rose
  // 0.8% on the month" / "after a 0.8% rise in November", issue 20 §4, digest-34b).
  // A change ("rose 0.8%") and a measure of change ("a 0.8% rise") are one unit.
  const alikeUnit = (m: FigureMention) =>
    m.quantity.change || m.concept?.change
      ? `${m.quantity.kind}/${m.quantity.per ?? ''}`
      : unitBase(m.quantity);
  const alikeMentions = (stating: readonly FigureMention[]): FigureMention[] => {
    const own = new Set(stating.map((m) => index.original(m.article.id)));
    // Never another named owner's equal amount ("Quillon Night took $18m" is no "Zorbo took $18m").
    const owners = new Set(stating.flatMap(ownerWords));
    const out = new Map<string, FigureMention>();
    for (const m of stating)
      for (const k of amountKeys(m))
        for (const x of byAmount.get(k) ?? []) {
          const id = index.original(x.article.id);
          if (own.has(id) || out.has(id)) continue;
          if (x.quantity.value !== m.quantity.value || !sameAmount(x, m) || namesAnotherOwner(x, owners))
            continue;
          const [a, b] = [x.moment?.key ?? '', m.moment?.key ?? ''];
          if (a !== '' && b !== '' && a !== b) continue;
          // An exact amount of money of one measure is one claim, told as a level or as the change it
          // makes ("the £3bn tax cuts", "to cut tax by £3bn"), of one owner.
          const oneSum =
            x.concept !== undefined &&
            x.concept === m.concept &&
            x.quantity.kind === 'money' &&
            x.quantity.qualifier === 'exact' &&
            m.quantity.qualifier === 'exact';
          if (!oneSum && alikeUnit(x) !== alikeUnit(m)) continue;
          if (!oneSum && jaccard(x.fact.text, m.fact.text) < SAME_FACT) continue;
          out.set(id, x);
        }
    return [...out.values()];
  };
  for (const c of clusters) {
    const line = clusterLine(c, (id) => index.original(id));
    // A measured claim the digest cannot show ("It sold 15% of its shares", whose owner is only
    // "its") is still another article stating the claim of a shown one it meets (issue 20 §4).
    if (!line || !c.shown) {
      const rep = c.mentions[0];
      if (rep && c.concept && c.subjectKey !== '' && !rep.unplaced)
        claims.push({
          c,
          rep,
          ids: new Set(c.mentions.map((m) => index.original(m.article.id))),
          more: [],
          own: 0,
        });
      else if (!c.concept) plainClaim(c);
      continue;
    }
    if (c.subjectKey === '' || doubtful.has(line.factId)) continue;
    const ids = new Set(c.stating.map((m) => index.original(m.article.id)));
    // Other articles stating it in nearly its words count as stating it (and as every article a
    // figure no measure word claims needs, below: the words, not a chance equal number, make it one).
    const alike = alikeMentions([c.shown, ...c.stating]);
    // An exact amount of money is stated too by an article that gives it with no measure word, or only
    // in a sentence the digest cannot show ("competing for a £40,000 prize, to be donated to ...",
    // "the state's $75bn claim" beside "its claim for $75bn in damages"): one amount, one claim.
    const more: DigestCitation[] = [];
    const givenBy: FigureMention[] = [];
    // The articles giving the amount to no other named owner than this claim's.
    const sameOwner = new Set(ids);
    const owner = new Set(c.stating.flatMap(ownerWords));
    if (c.shown.quantity.kind === 'money' && c.shown.quantity.qualifier === 'exact')
      for (const k of amountKeys(c.shown))
        for (const [id, given] of counted.get(k) ?? []) {
          const q = c.shown.quantity;
          const alike = (x: FigureMention) =>
            x.quantity.value === q.value &&
            x.quantity.currency === q.currency &&
            !namesAnotherOwner(x, owner);
          if (given.some(alike)) sameOwner.add(id);
          const m = given[0];
          if (m && !ids.has(id)) {
            ids.add(id);
            more.push(digestCitation(m.article));
            givenBy.push(...given);
          }
        }
    // A figure no measure word claims leads from `LEAST_UNMEASURED` articles; in a story of fewer,
    // from every article when each writes it exactly, in one currency, for one owner ("Britain's
    // £2bn levy", "the UK's £2bn levy"; not a stock "nearly half", nor two films' equal takings,
    // nor "$4bn for schools" beside "a £2.2bn ($4bn) fund").
    for (const x of alike) {
      const id = index.original(x.article.id);
      if (ids.has(id)) continue;
      ids.add(id);
      more.push(digestCitation(x.article));
    }
    const inWords = new Set([...c.stating, ...alike].map((m) => index.original(m.article.id)));
    if (
      !measuredClaim(c) &&
      ids.size < LEAST_UNMEASURED &&
      !(
        c.shown.quantity.qualifier === 'exact' &&
        sameOwner.size >= leastUnmeasured &&
        c.mentions.every((m) => m.quantity.qualifier === 'exact')
      ) &&
      !(alike.length > 0 && inWords.size >= leastUnmeasured)
    )
      continue;
    claims.push({ c, rep: c.shown, line, ids, more, own: ids.size - more.length, alike, given: givenBy });
  }
  claims.sort((a, b) => b.ids.size - a.ids.size);
  // A money claim given as a range ("more than $8bn") that a claim of its measure and moment given
  // by more articles meets ("$11.3bn") is that claim in other words: one top line. So is a figure
  // another article gives rounded ("29%" and "28.9%", `roundedAlike`), in any unit, unless one
  // sentence gives both (a move: "rose to 7.1% from 7%").
  // So is the same value of one measure and subject given by another article in a claim of its own
  // ("about 15% of Zedair's shares", "It sold 15% of its shares"): claims are split by the owner each
  // sentence names, and one the digest cannot show still counts for the shown one it meets. Claims
  // are compared within their measure and unit only.
  const momentKey = (x: (typeof claims)[number]) => (x.line ? x.c.moment : x.rep.moment)?.key ?? '';
  const sameValue = (x: FigureMention, y: FigureMention) =>
    x.quantity.kind === y.quantity.kind && x.quantity.value === y.quantity.value;
  // Claims are compared within their measure and unit only: each claim's place among them.
  const bucketKey = (a: (typeof claims)[number]) =>
    `${a.c.concept?.name ?? ''}\u0000${unitBase(a.rep.quantity)}`;
  const buckets = new Map<string, number[]>();
  for (const [i, a] of claims.entries()) {
    const bucket = buckets.get(bucketKey(a));
    if (bucket) bucket.push(i);
    else buckets.set(bucketKey(a), [i]);
  }
  for (const [i, a] of claims.entries()) {
    const bucket = buckets.get(bucketKey(a)) ?? [];
    const at =
      bucket.find((j) => {
        const b = claims[j];
        if (!b?.line || j === i || b.into !== undefined || (a.line && j > i)) return false;
        const [x, y] = [a.rep, b.rep];
        return (
          b.c.concept === a.c.concept &&
          measuredClaim(a.c) &&
          measuredClaim(b.c) &&
          ((a.c.concept !== undefined &&
            a.line !== undefined &&
            x.quantity.kind === 'money' &&
            (x.quantity.qualifier !== 'exact' || y.quantity.qualifier !== 'exact')) ||
            ((roundedAlike(x.quantity, y.quantity) || (sameValue(x, y) && a.c.concept !== undefined)) &&
              x.fact.id !== y.fact.id)) &&
          unitBase(x.quantity) === unitBase(y.quantity) &&
          // A range at a named moment and the exact amount with none may be one claim ("more than $8bn
          // ... last year", "$8.5bn"); an exact amount tied to a moment ("$4.2bn in its Series C") is
          // not a vaguer one given with none.
          (momentKey(a) === momentKey(b) ||
            [a, b].some((o) => o.rep.quantity.qualifier === 'exact' && momentKey(o) === '')) &&
          subjectsShared(a.c.subjectKey, b.c.subjectKey) &&
          valuesMeet(x, y)
        );
      }) ?? -1;
    if (at >= 0) a.into = at;
  }
  for (const [i, { c, rep, line, ids, more, own, alike: inWords = [], given = [] }] of claims.entries()) {
    if (claims[i]?.into !== undefined || !line || !c.shown) continue;
    const merged = claims.filter((o) => o.into === i);
    const all = new Set([...ids, ...merged.flatMap((o) => [...o.ids])]);
    // The same value in another claim, or one never shown, states this one; another value meets it.
    const cited = new Set([line.source, ...line.also, ...more].map((x) => index.original(x.id)));
    const alike = merged.flatMap((o) =>
      o.line && !sameValue(o.rep, rep)
        ? []
        : [...o.ids].flatMap((id) => {
            const article = index.article(id);
            if (!article || cited.has(id)) return [];
            cited.add(id);
            return [digestCitation(article)];
          }),
    );
    const also = [...line.also, ...more, ...alike];
    // Every mention stating the claim, its merged claims' too: in front, and not only in asides.
    // An article giving its exact amount of money in other words states it too (`given`).
    const stating = [c.shown, ...c.stating, ...merged.flatMap((o) => o.c.mentions), ...inWords, ...given];
    candidates.push({
      text: line.context,
      figure: line.figure,
      source: line.source,
      also,
      consistent: merged.flatMap((o) =>
        o.line && !sameValue(o.rep, rep)
          ? [o.line.source, ...o.line.also].map((citation) => ({ citation, figure: o.line?.figure ?? '' }))
          : [],
      ),
      n: all.size,
      rank: (measuredClaim(c) ? 2 : 0) + (c.shown.quantity.kind === 'money' ? 1 : 0),
      own,
      at: Math.min(
        ...[c.shown, ...c.stating, ...merged.map((o) => o.rep), ...inWords].map((m) => m.fact.position),
      ),
      front:
        inFront(stating.map((m) => m.fact)) &&
        (measuredClaim(c) || c.shown.quantity.kind === 'money' || opens(stating.map((m) => m.fact))) &&
        !toldAsAside(stating),
      ...(c.shown.quantity.kind === 'money' && c.shown.quantity.qualifier === 'exact'
        ? { amounts: amountKeys(c.shown) }
        : {}),
    });
  }
  candidates.push(...plainCandidates);
  // A match's result ("beat Ashby 27-9") and a dated event ("by 2010"), counted as figures are.
  for (const c of stated)
    candidates.push({
      text: c.text,
      figure: c.figure,
      source: c.source,
      also: c.also,
      consistent: [],
      n: c.articles,
      rank: STATED_RANK,
      at: placed(c.text),
      front:
        (frontOf.get(c.text) ?? 1) < FRONT_SHARE && !eventAsAside(c) && (c.kind !== 'date' || eventOpens(c)),
    });
  const byText = new Map<string, string[]>();
  for (const fact of index.facts()) byText.set(fact.text, [...(byText.get(fact.text) ?? []), fact.articleId]);
  for (const { name } of names.slice(0, 4)) {
    for (const f of answerQuery(index, name, { vocabulary }).facts.slice(0, 3)) {
      const stating = f.citations.filter((c) => byText.get(f.text)?.includes(c.id));
      const source = stating[0] ? index.article(stating[0].id) : undefined;
      if (!source || f.citations.length < 2 || !standsAlone(f.text)) continue;
      // A sentence with a figure the claims do not place is left out, as in the figures.
      if (f.quantities.some((q) => q.kind === 'money' || q.kind === 'percent')) continue;
      // A copy of an article already cited is no second source.
      const cited = new Set([index.original(source.id)]);
      // An article whose nearest sentence tells of the fact's event in another mood states another claim
      // ("unions met the minister" is no "unions will hold talks with the minister").
      // Its verbs are tagged only when it has another article to weigh.
      let verbs: string[] | undefined;
      const alike = (id: string) => {
        let nearest: Fact | undefined;
        let best = -1;
        for (const x of index.factsOf(id)) {
          const near = jaccard(f.text, x.text);
          if (near > best) [nearest, best] = [x, near];
        }
        verbs ??= [...eventStems(tagWords(f.text))];
        return !nearest || tellsAlike(f.text, nearest.text, verbs);
      };
      const also = f.citations.flatMap((c) => {
        const a = index.article(c.id);
        if (!a || cited.has(index.original(c.id)) || !alike(c.id)) return [];
        cited.add(index.original(c.id));
        return [digestCitation(a)];
      });
      candidates.push({
        text: f.text,
        source: digestCitation(source),
        also,
        consistent: [],
        n: new Set([source.id, ...also.map((c) => c.id)].map((id) => index.original(id))).size,
        rank: -1,
        // Sentences merged across articles keep the order of the names they are found by.
        at: 0,
        front: (frontOf.get(f.text) ?? 1) < FRONT_SHARE && placed(f.text) < OPENING,
      });
    }
  }
  // The claims the articles lead with, counted over the articles one of whose sentences states most
  // of their words: "The Tories are to back ... ID cards" (issue 20: a claim with no figure).
  const leads = leadClaims(
    index,
    names,
    vocabulary,
    (f) => standsAlone(f.text) && !f.quantities.some((q) => q.kind === 'money' || q.kind === 'percent'),
  );
  for (const lead of leads) {
    const source = index.article(lead.fact.articleId);
    if (!source) continue;
    candidates.push({
      text: lead.fact.text,
      source: digestCitation(source),
      also: lead.articles.slice(1).flatMap((id) => {
        const a = index.article(id);
        return a ? [digestCitation(a)] : [];
      }),
      consistent: [],
      n: lead.articles.length,
      rank: LEAD_RANK + lead.coverage * LEAD_SPREAD,
      at: lead.fact.position,
      stems: lead.stems,
      front: true,
    });
  }
  const least = Math.min(2, index.distinctArticleCount);
  const picked: Array<TopFact & { amounts?: string[]; stems?: ReadonlySet<string>; front?: boolean }> = [];
  // At a tie of articles, the claim its articles place first: an article states its news first and
  // background later (a founding year, a rival's count; issue 20 §4), then by kind (`rank`).
  // A sentence merged across articles (`rank` below 0) comes after the claims, as before.
  const byCount = (a: { n: number; rank: number; own?: number; at: number }, b: typeof a) =>
    b.n - a.n ||
    Number(a.rank < 0) - Number(b.rank < 0) ||
    a.at - b.at ||
    b.rank - a.rank ||
    (b.own ?? 0) - (a.own ?? 0);
  // One article shares nothing with another: what its lead sentence states is the top line, not every
  // claim it makes (a story of one text and its copies; digestb-33: the budget's day, not the election
  // day and the founding year its later sentences give).
  const alone = index.distinctArticleCount < 2;
  for (const c of candidates.sort(byCount)) {
    if (picked.length >= max || c.n < least) break;
    if (alone && (c.at > 0 || c.rank < 0)) continue;
    // Background is no point of the story: a claim each article states only in its later part (a
    // rival's earlier deal, the year of a failed merger, the date of a dinner a book tells of).
    if (!c.front) continue;
    if (picked.some((p) => p.text === c.text || jaccard(p.text, c.text) >= SAME_FACT)) continue;
    // One exact amount of money is one claim, said once ("a $7bn fraud", "overstating ... by $7bn").
    const amounts = c.amounts;
    if (amounts && picked.some((p) => p.amounts?.some((k) => amounts.includes(k)))) continue;
    // A lead that states most of a lead shown already (or the other way) says it again.
    const stems = c.stems;
    if (stems && picked.some((p) => p.stems && (restates(p.stems, stems) || restates(stems, p.stems))))
      continue;
    // Two leads each of whose articles states the other (in its own words) are one claim.
    if (stems && picked.some((p) => p.stems && statesOther(p, c) && statesOther(c, p))) continue;
    const { n: _n, rank: _rank, own: _own, at: _at, ...fact } = c;
    picked.push(fact);
  }
  // Where no claim leads (none stated in front by enough articles but sentences merged across
  // articles), the story's event does: the lead most of the coverage states in its words, though
  // one article writes it (issue 20 §4: "a feud, projects halted", not a stray figure).
  const event = leads[0];
  const eventSource = event ? index.article(event.fact.articleId) : undefined;
  if (
    event &&
    eventSource &&
    !picked.some((p) => p.text === event.fact.text) &&
    (alone ? picked.length === 0 : !candidates.some((c) => c.rank >= 0 && c.front && c.n >= least))
  ) {
    picked.unshift({
      text: event.fact.text,
      source: digestCitation(eventSource),
      also: event.articles.slice(1).flatMap((id) => {
        const a = index.article(id);
        return a ? [digestCitation(a)] : [];
      }),
      consistent: [],
    });
    if (picked.length > max) picked.pop();
  }
  return picked.map(({ stems: _stems, amounts: _amounts, front: _front, ...fact }) => fact);
}

/** A fact's odds as a line of "New since" (the whole sentence, cited to its article). */
const oddsLine = (fact: Fact, figure: string, article: ArticleMeta): FigureLine => ({
  figure,
  context: fact.text,
  cutBefore: false,
  cutAfter: false,
  source: digestCitation(article),
  also: [],
  factId: fact.id,
});

/** True when a candidate's article is among those stating another candidate. */
const statesOther = (by: TopFact, of: TopFact) =>
  of.source.id === by.source.id || of.also.some((c) => c.id === by.source.id);

/**
 * The words of a sentence outside its quotation marks, and whether a figure at `start` is inside
 * them: straight marks alternate, curly ones open and close; a sentence with an odd number of
 * straight marks whose figure comes before the first goes on with a quotation opened in the sentence
 * before ("If we could cut costs we could double sales," he says). Pure.
 */
export function quotation(text: string, start: number): { inside: boolean; outside: string } {
  const straight = (text.match(/"/g) ?? []).length;
  let open = straight % 2 === 1 && !text.slice(0, start).includes('"');
  let inside = open;
  let outside = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    if (i === start) inside = open;
    if (ch === '"') open = !open;
    else if (ch === '\u201c') open = true;
    else if (ch === '\u201d') open = false;
    else if (!open) outside += ch;
  }
  if (start >= text.length) inside = open;
  return { inside, outside };
}

/**
 * True when a figure is someone's quoted words and its sentence names no one outside the quotation
 * (the speaker is "he", "they", or not given): a line with no title cannot say whose words they are
 * ("we would need not 420 people," he says). A quotation its sentence attributes by name ("says
 * Okafor") stays. Pure.
 */
export function quotedByNobody(text: string, start: number): boolean {
  const { inside, outside } = quotation(text, start);
  return inside && !/\p{Lu}/u.test(outside.replace(/^\W*\p{Lu}/u, ''));
}

/**
 * A distance to a named place right after its number: "about 20 miles from Ashby", "5km north of
 * Zorna". It says where something is, not what happened: no figure an editor forwards.
 */
const DISTANCE_TO_PLACE =
  /^[^\d]{0,20}\d[\d,.]*\s*(?:miles?|km|kilometres?|kilometers?)\s+(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of|away\s+from|from|outside)\s+\p{Lu}/u;

/** True when a figure is a distance to a named place (`DISTANCE_TO_PLACE`). Pure. */
export const distanceToPlace = (text: string, start: number) => DISTANCE_TO_PLACE.test(text.slice(start));

/** Words before a figure that make it a hope, not a fact: "hopes to increase productivity by 30%". */
const HOPED_FOR = /\b(?:hopes?|hoping|wish(?:es)?|wishing)\s+to\b/i;

/** True when a figure's sentence hopes for it ("he now hopes to raise output by 40%"). Pure. */
export const hopedFor = (text: string, start: number) => HOPED_FOR.test(text.slice(0, start));

/** A mention that can stand as a plain fact: not unattributed quoted words, not where a place is, not a hope. */
const plainFigure = (m: FigureMention) =>
  !quotedByNobody(m.fact.text, m.quantity.start) &&
  !distanceToPlace(m.fact.text, m.quantity.start) &&
  !hopedFor(m.fact.text, m.quantity.start);

/** Kinds of figure a plain fact is ranked by at a tie: money first. */
const KIND_RANK: Record<string, number> = { money: 0, percent: 1, count: 2 };

/** A claim's amounts, in each currency its sentences give, by kind: to say an amount once. */
const amountsOf = (c: FigureCluster) =>
  c.mentions.flatMap((m) => amountKeys(m).map((k) => `${m.quantity.kind}:${k}`));

/**
 * The figures whose measure or subject is not read, each in a sentence of its claim citing every
 * article giving it, with no title (right or silent): a claim no measure word claims in the sentence
 * it is shown in (a subject read); a claim no
 * sentence can be shown in (its subject not read or not trusted) in its latest shortest sentence
 * that stands alone (`standsAlone`: it names someone, says enough and opens with no pronoun). The most articles first, then a subject read,
 * then money, percentages, counts, then the earliest in its article; one a sentence; no amount
 * (in any currency) the digest already says (`said`: the top line's and the figure lines' words
 * and figures) or a plain fact before gave; no share written in words; none quoted from a speaker the sentence does not
 * name (`quotedByNobody`) no distance to a place (`distanceToPlace`) and no
 * hope (`hopedFor`). Pure.
 */
export function plainFacts(
  clusters: readonly FigureCluster[],
  said: ReadonlyArray<{ text: string; figure?: string }>,
  max: number,
  original: (id: string) => string = (id) => id,
): FigureLine[] {
  const shown = new Set(said.map((s) => `${s.text}\u0000${s.figure ?? ''}`));
  const sentences = new Set(said.map((s) => s.text));
  const amounts = new Set<string>();
  for (const c of clusters) {
    const line = clusterLine(c, original);
    // A claim a said sentence gives is said, in whichever article's words ("closed up $2.80 to $51.15"
    // at a glance says the $2.80 of "closed up $2.80 at $51.15").
    if (
      (line && shown.has(`${line.context}\u0000${line.figure}`)) ||
      c.mentions.some((m) => sentences.has(m.context.text))
    )
      for (const k of amountsOf(c)) amounts.add(k);
  }
  // Each claim in the sentence it can be shown in: its own, when its measure is not read; else,
  // when its subject is not read, the latest shortest of its sentences that stands alone.
  const candidates = clusters.flatMap((c) => {
    if (c.shown) return !c.concept && c.subjectKey !== '' && plainFigure(c.shown) ? [{ c, m: c.shown }] : [];
    const m = c.mentions
      .filter(
        (x) =>
          !x.unplaced &&
          standsAlone(x.context.text) &&
          contextWords(x.context.text, x.quantity.text) >= MIN_CONTEXT_WORDS &&
          plainFigure(x),
      )
      .sort(
        (a, b) =>
          (b.article.published ?? '').localeCompare(a.article.published ?? '') ||
          a.context.text.length - b.context.text.length,
      )[0];
    return m ? [{ c, m }] : [];
  });
  const ranked = candidates.sort(
    (a, b) =>
      b.c.articles - a.c.articles ||
      Number(b.c.shown !== undefined) - Number(a.c.shown !== undefined) ||
      (KIND_RANK[a.m.quantity.kind] ?? 3) - (KIND_RANK[b.m.quantity.kind] ?? 3) ||
      a.m.fact.position - b.m.fact.position,
  );
  const out: FigureLine[] = [];
  for (const { c, m } of ranked) {
    if (out.length >= max) break;
    const line = clusterLine(
      { ...c, shown: m, stating: c.mentions.filter((x) => statesClaim(m, x)) },
      original,
    );
    if (!line || sentences.has(line.context)) continue;
    // A share in words ("over half", "a quarter of a million", "one in three") with no measure says
    // too little, or is misread: only a share written with digits stands as a plain fact.
    if (m.quantity.kind === 'percent' && !/\d/.test(line.figure)) continue;
    const keys = amountsOf(c);
    if (keys.some((k) => amounts.has(k))) continue;
    sentences.add(line.context);
    for (const k of keys) amounts.add(k);
    out.push(line);
  }
  return out;
}

/**
 * A verb of changing an amount right before it, with at most its article or possessive and an
 * adjective or two between: "to cut the £95 cost", "has raised its £2bn offer", "slashed the 50p
 * fee". Not a change of a value to another one ("cut by 5%", "cut to £90": the figure is the new
 * value, which the figures compare), nor a noun ("a cut of £5").
 */
const CHANGED_FIGURE =
  /\b(?:cut(?:s|ting)?|rais(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|reduc(?:e|es|ed|ing)|lower(?:s|ed|ing)?|slash(?:es|ed|ing)?|scrap(?:s|ped|ping)?|doubl(?:e|es|ed|ing)|halv(?:e|es|ed|ing)|freez(?:e|es|ing)|froze(?:n)?|revis(?:e|es|ed|ing)|downgrad(?:e|es|ed|ing)|upgrad(?:e|es|ed|ing)|abolish(?:es|ed|ing)?|waiv(?:e|es|ed|ing)|drop(?:s|ped|ping)?)\s+(?:the|its|their|his|her|our|this|that)\s+(?:(?!(?:by|to|from|of|at|in|on|for|with)\s)[a-z-]+\s+){0,2}$/i;

/** True when the words before a figure say it is (to be) changed: "expected to cut the £95 cost". Pure. */
export const changedFigure = (text: string, start: number) => CHANGED_FIGURE.test(text.slice(0, start));

/** What a sum read as a share price is shown as in "New since". */
const SHARE_PRICE = 'share price';

/** A sum its sentence gives as where an owner's shares stand: "Zedco's shares were halted at $3.10", "shares gained 8% to $3.40". */
const SHARES_AT = /\bshares\b(?:[^.;:!?]|\.(?=\d)){0,60}?\b(?:at|to)\s+$/i;

/**
 * True when a sum no measure word claims is a named owner's share price, read from the words before
 * it (issue 20 §4: a newer share price is a change of the earlier one, not an unrelated sum). Pure.
 */
export const sharePrice = (m: Pick<FigureMention, 'concept' | 'quantity' | 'subjectKey' | 'fact'>): boolean =>
  !m.concept &&
  m.quantity.kind === 'money' &&
  !m.quantity.change &&
  m.subjectKey !== '' &&
  SHARES_AT.test(m.fact.text.slice(0, m.quantity.start));

/** What a movement's change leads to in its sentence: "fell $3.10 to ", "down $1.20 a tonne to ". */
const CHANGE_TO = /^\s+(?:(?:a|per)\s+[\p{L}]+\s+)?to\s+$/u;

/**
 * True when a sum no measure word claims is the level a movement of its owner's reached: the sum
 * right past a change of the same currency and "to" ("fell $3.10 to $61.40 a tonne", "closed
 * down $1.20 to $60.20"), the end of a price move, not a loss (issue 20 §4: a newer level changes an
 * earlier one). A share price is read as one (`sharePrice`). Pure.
 */
export const reachedLevel = (
  m: Pick<FigureMention, 'concept' | 'quantity' | 'subjectKey' | 'fact'>,
): boolean =>
  !m.concept &&
  m.quantity.kind === 'money' &&
  !m.quantity.change &&
  m.subjectKey !== '' &&
  !sharePrice(m) &&
  m.fact.quantities.some(
    (o) =>
      o.change === true &&
      o.kind === 'money' &&
      o.currency === m.quantity.currency &&
      o.end <= m.quantity.start &&
      CHANGE_TO.test(m.fact.text.slice(o.end, m.quantity.start)),
  );

/**
 * True when a figure is the level a move its sentence gives reached: right past a change of its
 * kind and currency and "to" ("rose $1.70 to $40.10", "fell 2% to 4.1%"), whatever measure the
 * reader found for it. Pure.
 */
const reachedByMove = (m: Pick<FigureMention, 'quantity' | 'fact'>): boolean =>
  !m.quantity.change &&
  m.fact.quantities.some(
    (o) =>
      o.change === true &&
      o.kind === m.quantity.kind &&
      o.currency === m.quantity.currency &&
      o.end <= m.quantity.start &&
      CHANGE_TO.test(m.fact.text.slice(o.end, m.quantity.start)),
  );

/** The measure a level a movement reached is shown under: a price where either gives it per a unit. */
const LEVEL = 'level';
const PRICE = 'price';

/**
 * The kind of modality a change is looked for within: a share price is where the shares stood,
 * a report, though its sentence tells of an offer ("gained 8% to $3.40 after the bid was made public").
 */
const changeModality = (m: FigureMention) => (sharePrice(m) ? 'reported' : modalityKind(m.modality));

/**
 * What a figure measures, for finding the earlier figure it changes: its measure, or for a count no
 * measure word claims the thing it counts ("17.2 million shares"); none for an unmeasured sum or
 * share. Pure.
 */
function changeMeasure(m: FigureMention): string | undefined {
  if (m.concept) return m.concept.name;
  if (sharePrice(m)) return `${SHARE_PRICE}\u0001${m.subjectKey}`;
  // Of one currency whoever the reader took to own it: the owners are compared where the change is said.
  if (reachedLevel(m)) return LEVEL;
  if (m.quantity.kind !== 'count' || !m.quantity.unit || m.quantity.change) return undefined;
  return `#${stemsOf(m.quantity.unit).join(' ')}`;
}

/**
 * A figure's unit for finding the one it changes: of a measure that is itself a change ("growth"),
 * "growth was 1.6%" and "rose by 1.7%" are one unit. Pure.
 */
function changeUnit(m: FigureMention): string {
  const q = m.quantity;
  // A level a movement reached: its sentence may leave the unit it is per unsaid ("down $1.20 to
  // $60.20" of "a tonne of Orvo zinc").
  if (reachedLevel(m)) return q.kind;
  return m.concept?.change ? [q.kind, q.per ?? ''].join('/') : unitBase(q);
}

/** The moment the claims layer names the story's deal by ("the IPO", "the offer", "the listing"). */
const DEAL_KEY = 'the deal';

/** "last year", "this year", "next year": a year counted from the article's date. */
const RELATIVE_YEAR = /^year[+-]?\d*$/;

/**
 * A figure told of a whole year ("rose 4% during the year to finish at ...", "ended the year at",
 * "sales over the year", "the year-end close"), not of the day or the month its article's present may
 * be: a year's close and a day's close are two moments, never one changing the other (digest-37: a
 * year-end level said to "change" a later day's close, time run backwards). Not "the year before".
 */
const WHOLE_YEAR =
  /\b(?:(?:during|over|for|through(?:out)?|across)\s+the\s+(?:whole\s+|full\s+|past\s+)?year\b(?!\s+(?:before|earlier|ago|previously)\b)|(?:end(?:s|ed|ing)?|clos(?:e|es|ed|ing)|finish(?:es|ed|ing)?)\s+the\s+year\b|year[-\s]end\b)/i;
export const toldOfWholeYear = (text: string) => WHOLE_YEAR.test(text);

/** `toldOfWholeYear` of a fact, read once a fact: the moment comparisons ask it of every pair. */
const wholeYearOf = new WeakMap<object, boolean>();
const wholeYear = (fact: { text: string }): boolean => {
  let told = wholeYearOf.get(fact);
  if (told === undefined) {
    told = toldOfWholeYear(fact.text);
    wholeYearOf.set(fact, told);
  }
  return told;
};

/** "passing the 5,000 mark", "broke the $50m barrier": a line crossed, no one's amount. */
const THRESHOLD_AFTER = /^[^.,;:]{0,60}?\b(?:mark|barrier|milestone|threshold)\b/i;
const threshold = (m: FigureMention) =>
  /\bthe\s+$/i.test(m.fact.text.slice(0, m.quantity.start)) &&
  THRESHOLD_AFTER.test(m.fact.text.slice(m.quantity.end));

/** "added $600m to its aid", "an extra £2bn", "a further 300 jobs": a sum put on top of a total, not the total. */
const ADDED_BEFORE =
  /\b(?:add(?:s|ed|ing)?|extra|further|additional|another|top-up\s+of)\s+(?:(?:an?|the|its|their)\s+)?$/i;
const addedSum = (m: FigureMention) =>
  // Of a measure that is itself a change ("growth"), "rose by 1.4%" is its value, as "growth was 1.3%".
  !m.concept?.change &&
  (m.quantity.change === true || ADDED_BEFORE.test(m.fact.text.slice(0, m.quantity.start)));

/** A report, a denial, or a figure still to come (expected, proposed): what a change compares like with like. */
const modalityKind = (modality: FigureMention['modality']) =>
  modality === 'expected' || modality === 'proposed' ? 'plan' : modality;

/**
 * True when a figure of modality `now` may change an earlier one of modality `before`: like with
 * like, or a plan (expected, proposed) by what came of it or by another plan ("a package of $2bn
 * was proposed" -> "a $2.5bn package was agreed", "tipped to rise to 2.25%" -> "pushed rates up to
 * 2.5%"); never a report by a plan, nor anything by a denial (issue 20 §4). Pure.
 */
export const modalityFollows = (before: FigureMention['modality'], now: FigureMention['modality']): boolean =>
  before === now || (modalityKind(before) === 'plan' && now !== 'denied');

/**
 * True when two figures state different amounts, compared in a currency both give: "at least $375m"
 * and "up to $443m", "more than $163m" and "$204.3m" (a qualifier does not make two amounts one);
 * one rounded from the other is one amount; amounts in no common currency cannot be told apart. Pure.
 */
export function amountsDiffer(
  a: Pick<FigureMention, 'quantity' | 'also'>,
  b: Pick<FigureMention, 'quantity' | 'also'>,
): boolean {
  let compared = false;
  for (const x of [a.quantity, ...a.also])
    for (const y of [b.quantity, ...b.also]) {
      if (x.kind !== y.kind || x.currency !== y.currency || x.per !== y.per) continue;
      if (x.kind === 'count' && (x.unit ?? '') !== (y.unit ?? '')) continue;
      compared = true;
      if (x.value === y.value || rounds(x, y)) return false;
    }
  return compared;
}

/** A change a new article makes to an earlier figure: what it was, and where. */
interface Earlier {
  mention: FigureMention;
  rank: number;
}

/**
 * The articles not in the previous digest, newest first; for the newest `detail` of them, at most
 * `max` things each states that no earlier article did, led by the earlier figures it changes (one
 * subject's measure given a value that does not meet the latest earlier one, at the same moment or
 * a later one), then its new figures, then its sentences unlike any earlier one; and the figures
 * changed. Earlier: in the previous digest, or new and older. Lookups go through maps and an index
 * of words, so that a thousand new articles cost no more than the twenty shown.
 */
function whatIsNew(
  index: FactIndex,
  mentions: readonly FigureMention[],
  clusters: readonly FigureCluster[],
  previous: ReadonlySet<string>,
  max: number,
  detail: number,
  leads: readonly LeadClaim[] = [],
  claimWords: (fact: Fact) => ReadonlySet<string> = (fact) => new Set(fact.terms),
  mainKeys: ReadonlySet<string> = new Set(),
): { newArticles: NewArticle[]; changes: FigureChange[] } {
  const order = chronological(index.articles());
  const fresh = order.filter((a) => !previous.has(a.id));
  if (fresh.length === 0) return { newArticles: [], changes: [] };
  // When each article came: those of the previous digest first, then the new ones in order.
  const rank = new Map<string, number>();
  for (const a of order) if (previous.has(a.id)) rank.set(a.id, -1);
  fresh.forEach((a, i) => {
    rank.set(a.id, i);
  });
  const rankOf = (id: string) => rank.get(id) ?? 0;
  // An article and its copy (the same text filed again, differing in a hyphen or a comma) are one
  // article: neither is earlier than the other, so a copy of the newest article filed before it
  // does not make the new article add nothing (issue 20). An earlier text held whole in a longer new
  // one is no such copy: the new one is an update repeating it, whose repeated sentences are old
  // (issue 20 §4: "an old fact in the newest article presented as new").
  const refiled = new Map<string, boolean>();
  const runsOf = (id: string) =>
    wordRuns([index.article(id)?.title ?? '', ...index.factsOf(id).map((f) => f.text)].join(' '));
  const sameText = (id: string, than: string) => {
    const key = `${id}\u0000${than}`;
    let same = refiled.get(key);
    if (same === undefined) {
      same = likeness(runsOf(id), runsOf(than)) >= defaultCopyOptions.least;
      refiled.set(key, same);
    }
    return same;
  };
  const isEarlier = (id: string, than: string) =>
    rankOf(id) < rankOf(than) && (index.original(id) !== index.original(than) || !sameText(id, than));
  // A new article whose text an earlier one already gave (the same words, a word or two changed, or
  // held whole in a longer earlier text) is not news: it says so, and none of its sentences is listed
  // as new (issue 20 §4, the lead's call: "a copy is not news"; digest2-20 had it add its sentences).
  // An update holding an earlier text whole and adding to it is no repeat: it is read as news above.
  const byOriginal = new Map<string, string[]>();
  for (const a of order) {
    const key = index.original(a.id);
    byOriginal.set(key, [...(byOriginal.get(key) ?? []), a.id]);
  }
  const repeatOf = (id: string): NewArticle['repeats'] => {
    const group = byOriginal.get(index.original(id)) ?? [];
    if (group.length < 2) return undefined;
    const own = runsOf(id);
    let best: { id: string; how: 'exactly' | 'nearly' | 'within'; alike: number; rank: number } | undefined;
    for (const other of group) {
      if (other === id || rankOf(other) >= rankOf(id)) continue;
      const theirs = runsOf(other);
      const alike = likeness(own, theirs);
      const how =
        alike === 1
          ? 'exactly'
          : alike >= defaultCopyOptions.least
            ? 'nearly'
            : own.size <= theirs.size && heldShare(own, theirs) >= defaultCopyOptions.held
              ? 'within'
              : undefined;
      if (!how) continue;
      // The likest, then the latest: the report the reader saw last.
      if (!best || alike > best.alike || (alike === best.alike && rankOf(other) > best.rank))
        best = { id: other, how, alike, rank: rankOf(other) };
    }
    const source = best && index.article(best.id);
    return best && source ? { ...digestCitation(source), how: best.how } : undefined;
  };

  const shown = newestFirst(fresh);
  const detailed = new Set(shown.slice(0, detail).map((a) => a.id));

  // The claim each mention belongs to, and the subject it is shown under.
  const clusterOf = new Map<FigureMention, FigureCluster>();
  for (const c of clusters) for (const m of c.mentions) clusterOf.set(m, c);
  // One subject's measure in one unit (any currency): its placed mentions, to find what changed.
  const groupKey = (m: FigureMention) =>
    [m.concept?.name ?? '', clusterOf.get(m)?.subjectKey ?? m.subjectKey, unitBase(m.quantity)].join(
      '\u0000',
    );
  const byGroup = new Map<string, FigureMention[]>();
  const mentionsOf = new Map<string, FigureMention[]>();
  for (const m of mentions) {
    const list = mentionsOf.get(m.article.id);
    if (list) list.push(m);
    else mentionsOf.set(m.article.id, [m]);
    if (!m.placed || !m.concept) continue;
    const key = groupKey(m);
    const group = byGroup.get(key);
    if (group) group.push(m);
    else byGroup.set(key, [m]);
  }
  // Odds to win by name, as each fact gives them.
  // (A sentence with no word of betting gives none: its names are not read.)
  const oddsBefore = new Map<string, Array<{ fact: Fact; odds: Odds }>>();
  for (const fact of index.facts()) {
    if (!speaksOfBetting(fact.text)) continue;
    for (const odds of oddsIn(fact.text, index.entitiesOf(fact))) {
      const given = oddsBefore.get(odds.name);
      if (given) given.push({ fact, odds });
      else oddsBefore.set(odds.name, [{ fact, odds }]);
    }
  }
  // Money mentions by amount (any currency, any measure): an exact amount of money is one thing in
  // a story.
  const byAmount = new Map<string, FigureMention[]>();
  for (const m of mentions) {
    if (m.quantity.kind !== 'money') continue;
    for (const k of amountKeys(m)) {
      const given = byAmount.get(k);
      if (given) given.push(m);
      else byAmount.set(k, [m]);
    }
  }
  // Facts by their content words, to find the earlier ones alike without comparing with every one.
  const wordsOf = new Map<Fact, Set<string>>();
  const byWord = new Map<string, Fact[]>();
  for (const fact of index.facts()) {
    const words = new Set(contentWords(fact.text));
    wordsOf.set(fact, words);
    for (const w of words) {
      const list = byWord.get(w);
      if (list) list.push(fact);
      else byWord.set(w, [fact]);
    }
  }
  /**
   * The verbs of events a new article's lead asserts (`eventStems`), for telling its act from an
   * earlier one told in the same words: an earlier sentence holding none of them tells of another act
   * ("has lifted its ban on" after "has banned"), one holding one the same ("is set to overtake
   * Zedco as the largest" and "has overtaken Zedco as the largest"). Undefined for any other sentence, or a lead
   * with none.
   */
  const actOfLead = (fact: Fact): ReadonlySet<string> | undefined => {
    if (fact !== index.factsOf(fact.articleId).find((f) => f.kind !== 'row' && f.kind !== 'line'))
      return undefined;
    const verbs = eventStems(tagWords(fact.text));
    return verbs.size === 0 ? undefined : verbs;
  };
  const saidBefore = (fact: Fact) => {
    const words = wordsOf.get(fact) ?? new Set<string>();
    const shared = new Map<Fact, number>();
    for (const w of words)
      for (const other of byWord.get(w) ?? [])
        if (isEarlier(other.articleId, fact.articleId)) shared.set(other, (shared.get(other) ?? 0) + 1);
    const alike = [...shared].filter(
      ([other, n]) => n / Math.max(1, words.size + (wordsOf.get(other)?.size ?? 0) - n) >= SAME_FACT,
    );
    if (alike.length === 0) return false;
    // A new article's lead telling of another act in the same words ("the board has lifted its ban on
    // the rider ..." after "the board has banned the rider ...") is its news (issue 20 §4, digest-33).
    const act = actOfLead(fact);
    return act === undefined || alike.some(([other]) => holdsEvent(act, new Set(other.terms)));
  };
  // A sentence holding most of the words of the claim an earlier article leads with says that claim
  // again in its own words ("users could install a screensaver that would keep asking for pages
  // from the web sites ..." after "Zedco has made a screensaver that keeps asking for pages from
  // sites ..."): it is no news, though the two share too few words to be one sentence.
  const restatesEarlierLead = (fact: Fact) => {
    const stems = new Set(fact.terms);
    const earlier = leads.filter(
      (l) => isEarlier(l.fact.articleId, fact.articleId) && restates(l.stems, stems),
    );
    if (earlier.length === 0) return false;
    // A new article's own lead telling of another act than the earlier lead ("has lifted its ban on
    // ..." after "has banned ... from racing") is its news, though it names the same
    // people: it restates an earlier lead only where that lead holds the verb it asserts first
    // (issue 20 §4, digest-33).
    const act = actOfLead(fact);
    return act === undefined || earlier.some((l) => holdsEvent(act, l.stems));
  };
  // A sentence an earlier one says in other words, of the same act ("Nordex operates the Ashby,
  // Easton, Brindle and Zorna bourses" after "Nordex, which operates the Easton, Brindle,
  // Zorna and Ashby exchanges"): no news, though the two share too few words to be one sentence.
  const restatesEarlier = (fact: Fact) => {
    const stems = claimWords(fact);
    const candidates = new Set<Fact>();
    for (const w of wordsOf.get(fact) ?? [])
      for (const other of byWord.get(w) ?? [])
        if (other.kind !== 'row' && isEarlier(other.articleId, fact.articleId)) candidates.add(other);
    const close = [...candidates].filter((other) => sharesClaimWords(stems, claimWords(other)));
    if (close.length === 0) return false;
    const verb = firstEventVerb(fact.text);
    return close.some((other) => restatesSentence(stems, verb, claimWords(other)));
  };
  /**
   * Moments ordered below this are not anchored to a year (a month or "last year" in an undated
   * article counts from the year 0), so they are not ordered against named years.
   */
  const ANCHORED = 1000;
  /** A moment's place in time; none named is the article's present, after any it names. */
  const when = (m: FigureMention) => m.moment?.order ?? (m.moment ? undefined : Number.POSITIVE_INFINITY);
  /**
   * True when two figures are of one moment: none named in either (each article's present), or one
   * place in time; a moment with no place is one by its key. A moment of an undated article ("in
   * January", ordered from the year 0) is never one with a named year ("2004's level").
   */
  const sameMomentOf = (a: FigureMention, b: FigureMention) => {
    // A year's figure and one of no such period are two moments (digest-37).
    if (wholeYear(a.fact) !== wholeYear(b.fact)) return false;
    const [x, y] = [when(a), when(b)];
    if (x === undefined || y === undefined) return (a.moment?.key ?? '') === (b.moment?.key ?? '');
    if (Number.isFinite(x) && Number.isFinite(y) && x < ANCHORED !== y < ANCHORED) return false;
    return x === y;
  };

  // A change across owners the reader told apart by guess: one measure (a count no measure word
  // claims: the thing counted, "17.3 million shares" -> "17.2 million shares"), one unit, one kind of
  // modality (a report, or a plan/expectation), each article's only amount of it.
  const byMeasure = new Map<string, FigureMention[]>();
  for (const m of mentions) {
    const k = changeMeasure(m);
    if (k === undefined) continue;
    const key = `${k}\u0000${changeUnit(m)}\u0000${changeModality(m)}`;
    const list = byMeasure.get(key);
    if (list) list.push(m);
    else byMeasure.set(key, [m]);
  }
  /** True when the mentions give one amount (in any currency, rounded or in full). */
  const oneAmount = (list: readonly FigureMention[]) =>
    list.every((a) => list.every((b) => a === b || !amountsDiffer(a, b)));
  /**
   * Two moments a change can join: the same place in time, or one that cannot be told from the other
   * (an event named in one only, a "last year" of an undated article and a named year); never two
   * named times that differ (a timeline: 2003 and 2004), nor a named time and none.
   */
  const momentsJoin = (before: FigureMention, now: FigureMention) => {
    if (wholeYear(before.fact) !== wholeYear(now.fact)) return false;
    if (sameMomentOf(before, now)) return true;
    // One names the story's deal ("the IPO", "the offer"), at which the other's present may be; a
    // named time and none is a history ("a 30% stake in 1998", "now holds 12%").
    if (!before.moment || !now.moment) return (before.moment ?? now.moment)?.key === DEAL_KEY;
    const [x, y] = [before.moment.order, now.moment.order];
    if (x === undefined || y === undefined) return false;
    // "Last year" of an undated article may be the year the other names; a month is no year.
    const yearOf = (a: number, b: number, key: string) =>
      a < ANCHORED && RELATIVE_YEAR.test(key) && Number.isInteger(b);
    return yearOf(x, y, before.moment.key) || yearOf(y, x, now.moment.key);
  };

  /**
   * Two owners a reader cannot tell apart: the same, sharing a name word, or one shown and the other
   * a name the reader found (written, or the article's focus read from "it") but would not show.
   */
  const ownersJoin = (a: FigureMention, b: FigureMention) => {
    if (a.subjectKey === b.subjectKey && a.subjectKey !== '') return true;
    const words = new Set(entityWords(a.subject));
    if (entityWords(b.subject).some((w) => words.has(w))) return true;
    // A count no measure word claims is of the thing counted, whoever holds it: two written names
    // that share no word hold two counts ("some 1.1 million savers" of one insurer, "as many as
    // 30,000 savers" of another), shown or not. A measure read
    // ("growth") may be one owner's under two names the reader found ("Federal Statistics", "GDP").
    const written = (m: FigureMention) => m.subjectFrom === 'named';
    if (!a.concept && !b.concept && written(a) && written(b)) return false;
    const found = (m: FigureMention) => m.subjectFrom === 'named' || m.subjectFrom === 'resolved';
    if (a.placed !== b.placed && found(a.placed ? b : a)) return true;
    // A figure whose sentence names no owner at all ("300 posts could go once the merger is done")
    // is the story's to a reader: one owner with a figure of the story's main name
    // (digest-34), never with another named owner's.
    const ownerless = (m: FigureMention) => m.subjectFrom === 'none' && m.subjectKey === '';
    if (ownerless(a) && ownerless(b)) return true;
    if (ownerless(a) !== ownerless(b) && mainKeys.has((ownerless(a) ? b : a).subjectKey)) return true;
    // A level a movement reached is of what moved, which one sentence may name and the reader take
    // another name for in the other ("Orvo zinc futures fell ... to $61.40" and "a tonne of Orvo zinc
    // closed down $1.20 to $60.20", read as a port's): one owner where either's
    // sentence writes most of the other's name words, two at least (issue 20 §4).
    return reachedLevel(a) && reachedLevel(b) && (namedIn(a, b) || namedIn(b, a));
  };
  /** True when `b`'s sentence writes most of `a`'s owner's name words, two at least. */
  const namedIn = (a: FigureMention, b: FigureMention) => {
    const words = entityWords(a.subject);
    const text = contentWords(b.fact.text);
    const held = words.filter((w) => text.has(w)).length;
    return held >= 2 && held * 2 > words.length;
  };
  /**
   * The earlier figure a new one changes where the owners were not read as one: the measure given one
   * amount by the new article and one other amount by the latest earlier article to give it.
   */
  const looseEarlier = (m: FigureMention): FigureMention | undefined => {
    const k = changeMeasure(m);
    // An increase is never the level it adds to, nor changes it (issue 20 §4).
    if (k === undefined || threshold(m) || addedSum(m)) return undefined;
    // A report changes an earlier report or plan of the measure; a plan, an earlier plan.
    const kinds = changeModality(m) === 'reported' ? ['reported', 'plan'] : [changeModality(m)];
    const all = kinds
      .flatMap((kind) => byMeasure.get(`${k}\u0000${changeUnit(m)}\u0000${kind}`) ?? [])
      .filter((o) => !addedSum(o));
    // The new article's amounts of the measure in the same kind of modality: a plan beside a report
    // ("300 posts could go" beside a staff of 900 read as one) is not another
    // amount of the report (digest-34).
    const own = all.filter(
      (o) =>
        index.original(o.article.id) === index.original(m.article.id) &&
        changeModality(o) === changeModality(m),
    );
    if (!oneAmount(own)) return undefined;
    const before = all.filter((o) => isEarlier(o.article.id, m.article.id));
    // A value any earlier article gave is said again, not changed. Two levels are compared whatever
    // unit one says they are per ("$61.40 a tonne", "$60.20").
    const perless = (x: FigureMention) =>
      reachedLevel(x) ? { quantity: { ...x.quantity, per: undefined }, also: [] } : x;
    if (before.length === 0 || before.some((o) => !amountsDiffer(perless(o), perless(m)))) return undefined;
    const latest = Math.max(...before.map((o) => rankOf(o.article.id)));
    const last = before.filter((o) => rankOf(o.article.id) === latest);
    if (!oneAmount(last)) return undefined;
    const earlier = last.find((o) => o.placed) ?? last[0];
    if (!earlier || !momentsJoin(earlier, m) || !last.every((o) => ownersJoin(o, m))) return undefined;
    // A change ("grew 1.6%") is of a period: only one both place in time is changed ("in 2004", "last
    // year"); "rose 3%" and "rose 5%" of no named period are two periods, a timeline.
    if (m.concept?.change && (earlier.moment?.order === undefined || m.moment?.order === undefined))
      return undefined;
    return earlier;
  };

  // Mentions by kind and value, to find an amount an earlier article gave under another reading.
  const byValue = new Map<string, FigureMention[]>();
  const valueKey = (m: FigureMention) => `${m.quantity.kind}\u0000${m.quantity.value}`;
  for (const m of mentions) {
    const list = byValue.get(valueKey(m));
    if (list) list.push(m);
    else byValue.set(valueKey(m), [m]);
  }
  // The new sentence writes the earlier figure's owner by name, though the reader gave the figure to
  // another name it writes ("Mr Brandt, snubbed by the Rovers board, used his 27.4% holding" after
  // "the Brandt family owns 27.4%"; digest-35).
  const namesOwnerOf = (m: FigureMention, o: FigureMention) =>
    o.subjectFrom === 'named' && o.subject.some((name) => name.length > 2 && m.fact.text.includes(name));
  /**
   * True when an earlier article gave the amount already, read under no measure or the same one: an
   * exact sum of money whoever the reader took to own it ("will go on sale for $199" of a handheld,
   * then "costs $199" read as a country's price), another figure for the same owner ("Zedco's offer
   * to buy a 15% stake", "Zedco's move to buy 15% ... in 1998"). An old figure is no addition (issue 20 §4).
   */
  const givenEarlier = (m: FigureMention) =>
    (byValue.get(valueKey(m)) ?? []).some(
      (o) =>
        isEarlier(o.article.id, m.article.id) &&
        o.quantity.currency === m.quantity.currency &&
        (o.quantity.unit ?? '') === (m.quantity.unit ?? '') &&
        !amountsDiffer(o, m) &&
        (!o.concept || !m.concept || o.concept.name === m.concept.name) &&
        !addedSum(o) === !addedSum(m) &&
        !o.quantity.change === !m.quantity.change &&
        (m.quantity.kind === 'money'
          ? m.quantity.qualifier === 'exact' && o.quantity.qualifier === 'exact'
          : m.subjectKey !== '' && (o.subjectKey === m.subjectKey || namesOwnerOf(m, o))),
    );

  const newArticles = new Map<string, NewArticle>();
  const changes: FigureChange[] = [];
  for (const article of fresh) {
    if (!detailed.has(article.id)) {
      newArticles.set(article.id, digestCitation(article));
      continue;
    }
    const repeats = repeatOf(article.id);
    if (repeats) {
      newArticles.set(article.id, { ...digestCitation(article), adds: [], repeats });
      continue;
    }
    const changed: Addition[] = [];
    const adds: Addition[] = [];
    const used = new Set<string>();
    const changedGroups = new Set<string>();
    // Sentences shown as a change: a second figure of one changes another earlier figure too.
    const changedFacts = new Set<string>();
    // A change said: its line under "New since" and the new sentence shown with what it changes.
    const sayChange = (
      m: FigureMention,
      earlier: FigureMention,
      subject: string,
      measure: string,
      moment: FigureMention['moment'],
      figure?: string,
    ): void => {
      const now = figure === undefined ? lineOf(m) : { ...lineOf(m), figure };
      const before = lineOf(earlier);
      changes.push({ measure, subject, ...(moment ? { moment: momentShown(moment) } : {}), now, before });
      changed.push({
        text: m.context.text,
        figure: now.figure,
        ...(m.context.cutBefore ? { cutBefore: true } : {}),
        ...(m.context.cutAfter ? { cutAfter: true } : {}),
        was: { subject, measure, figure: before.figure, source: before.source },
      });
    };
    // The same measure given once by the latest earlier article and once by the new one, with
    // another amount, where the reader could not tell the two owners apart (issue 20 §4).
    const sayLoose = (m: FigureMention): boolean => {
      if (used.has(m.fact.id) && !changedFacts.has(m.fact.id)) return false;
      const loose = looseEarlier(m);
      if (!loose) return false;
      const key2 = `${changeMeasure(m)}\u0000${changeUnit(m)}`;
      if (changedGroups.has(key2)) return false;
      changedGroups.add(key2);
      used.add(m.fact.id);
      changedFacts.add(m.fact.id);
      const shownOwner = loose.placed || !m.placed ? loose : m;
      // Where that one has no owner (an ownerless figure joined to the story's main name), the other's.
      const owner = shownOwner.subject.length > 0 ? shownOwner : shownOwner === loose ? m : loose;
      const subject = owner.subject.join(' and ');
      const measure = m.concept
        ? namedAlike([m, loose], m.concept.name)
        : sharePrice(m)
          ? SHARE_PRICE
          : reachedLevel(m)
            ? m.quantity.per || loose.quantity.per
              ? PRICE
              : LEVEL
            : (m.quantity.unit ?? '');
      // The moment as placed: the earlier figure's named year where the new one's is not anchored.
      const moment = (m.moment?.order ?? 0) < ANCHORED && loose.moment ? loose.moment : m.moment;
      sayChange(m, loose, subject, measure, moment);
      return true;
    };
    // A share price first: its sentence's change of percent ("gained 8% to $3.40") is said by the
    // price it reached against the price an earlier article gave ("halted at $3.10").
    for (const m of mentionsOf.get(article.id) ?? []) if (sharePrice(m)) sayLoose(m);
    // The level a move reached before the move: a sentence giving both ("rose $1.70 to $40.10 a
    // barrel") is said by the level against an earlier level, not listed as the move's addition
    // first (digest-34: "adds $1.70" where $38.40 -> $40.10 was the change). Others in their order.
    const ofArticle = mentionsOf.get(article.id) ?? [];
    const levels = new Set(ofArticle.filter(reachedByMove));
    const ordered = [...ofArticle].sort((a, b) => Number(levels.has(b)) - Number(levels.has(a)));
    for (const m of ordered) {
      const cluster = clusterOf.get(m);
      // A movement the new article gives ("revised ... from 157,000 to 133,000") is said once, by the
      // value it reached; where an earlier article gave the value it moved from, of the same measure
      // and at no other named time, that figure is changed: "jobs: 157,000 [292] → 133,000" (issue 20 §4).
      const quantities = m.fact.quantities;
      const reached = movedTo(m.fact.text, m.quantity, quantities);
      if (
        reached &&
        (mentionsOf.get(article.id) ?? []).some((x) => x.fact === m.fact && x.quantity === reached)
      )
        continue;
      const start = movedFrom(m.fact.text, m.quantity, quantities);
      if (start && m.concept && !used.has(m.fact.id)) {
        const name = m.concept.name;
        const at = (x: FigureMention) => ((x.moment?.order ?? 0) >= ANCHORED ? x.moment?.order : undefined);
        const was = mentions
          .filter(
            (e) =>
              isEarlier(e.article.id, article.id) &&
              e.concept?.name === name &&
              e.quantity.kind === start.kind &&
              e.quantity.value === start.value &&
              e.quantity.currency === start.currency &&
              !(at(e) !== undefined && at(m) !== undefined && at(e) !== at(m)),
          )
          .sort((a, b) => rankOf(b.article.id) - rankOf(a.article.id))[0];
        if (was) {
          used.add(m.fact.id);
          changedFacts.add(m.fact.id);
          changedGroups.add(groupKey(m));
          const owner = was.placed || !m.placed ? was : m;
          sayChange(
            m,
            was,
            owner.subject.join(' and '),
            namedAlike([m, was], name),
            m.moment,
            figureText(m.quantity),
          );
          continue;
        }
      }
      // An earlier article's amount the new one says is (to be) changed: "He is also expected to
      // cut the £95 cost of the card" changes the £95 an earlier article gave.
      const given = [
        ...(cluster?.mentions ?? []),
        ...(m.quantity.kind === 'money' ? amountKeys(m).flatMap((k) => byAmount.get(k) ?? []) : []),
      ].find((o) => isEarlier(o.article.id, article.id));
      if (given && !used.has(m.fact.id) && changedFigure(m.fact.text, m.quantity.start)) {
        used.add(m.fact.id);
        const now = lineOf(m);
        const before = lineOf(given);
        changes.push({ measure: given.concept?.name ?? '', subject: '', now, before });
        changed.push({
          text: m.context.text,
          figure: now.figure,
          ...(m.context.cutBefore ? { cutBefore: true } : {}),
          ...(m.context.cutAfter ? { cutAfter: true } : {}),
          was: { subject: '', measure: '', figure: before.figure, source: before.source },
        });
        continue;
      }
      if (!m.placed || !m.concept || !cluster) {
        // Said before: any earlier article's mention of its claim.
        // A share price is compared by its amount: the cluster of a sum no measure word claims may hold
        // another sum of its owner an earlier article gave.
        if (sharePrice(m) || !cluster?.mentions.some((o) => isEarlier(o.article.id, article.id))) sayLoose(m);
        continue;
      }
      const key = groupKey(m);
      // The latest earlier value of this subject's measure at the same moment as this one's (none
      // named: the present of both). Values at different moments are a history shown in order ("a
      // 20% stake in 2000", "cut to 10% in 2003"), not a change (issue 20).
      const group = byGroup.get(key) ?? [];
      const atMoment = group
        .filter(
          (o) =>
            isEarlier(o.article.id, article.id) &&
            modalityFollows(o.modality, m.modality) &&
            addedSum(o) === addedSum(m),
        )
        .filter((o) => sameMomentOf(o, m))
        .map((o) => ({ mention: o, rank: rankOf(o.article.id) }))
        .sort((a, b) => b.rank - a.rank || (when(b.mention) ?? 0) - (when(a.mention) ?? 0));
      // An article giving one subject's measure several values that do not meet at what reads as one
      // moment tells of moments the reader does not place ("$9m on its first day", "$30m at the
      // weekend", "more than $90m in ten days"): no value of it is the one a new figure changes, nor
      // is a new figure that the new article gives beside another such (issue 20 §4).
      const first = atMoment[0];
      const unplacedMoments = (list: readonly FigureMention[]) =>
        list.some((o, i) => list.some((x, j) => j > i && !valuesMeet(o, x)));
      // The latest earlier articles (all those of the last digest are as late), each on its own.
      const latest = new Map<string, FigureMention[]>();
      for (const e of atMoment)
        if (first && e.rank === first.rank) {
          const id = index.original(e.mention.article.id);
          latest.set(id, [...(latest.get(id) ?? []), e.mention]);
        }
      const ambiguous =
        first !== undefined &&
        ([...latest.values()].some(unplacedMoments) ||
          unplacedMoments(
            group.filter(
              (o) => o.article.id === article.id && o.modality === m.modality && sameMomentOf(o, m),
            ),
          ));
      const earlier: Earlier | undefined = ambiguous ? undefined : first;
      // A value an earlier article gave already is said again, not changed (issue 20: "changes 0.6% ->
      // 1.1%" where an earlier article said 1.1%).
      const saidBefore = cluster.mentions.some((o) => isEarlier(o.article.id, article.id));
      if (
        earlier &&
        !saidBefore &&
        !m.concept.change &&
        !changedGroups.has(key) &&
        !valuesMeet(earlier.mention, m) &&
        !used.has(m.fact.id)
      ) {
        changedGroups.add(key);
        used.add(m.fact.id);
        const subject = subjectOfGroup(earlier.mention, cluster);
        // Named by the word both sentences write for the measure ("deficit"), else by its name.
        const measure = namedAlike([m, earlier.mention], m.concept.name);
        sayChange(m, earlier.mention, subject, measure, m.moment);
        continue;
      }
      if (!saidBefore && sayLoose(m)) continue;
      // Said before: the claim (one amount of one measure, any currency) given by an earlier article.
      if (saidBefore || used.has(m.fact.id) || givenEarlier(m)) continue;
      used.add(m.fact.id);
      adds.push({
        text: m.context.text,
        figure: lineOf(m).figure,
        ...(m.context.cutBefore ? { cutBefore: true } : {}),
        ...(m.context.cutAfter ? { cutAfter: true } : {}),
      });
    }
    // Odds to win a new article gives that differ from the latest an earlier article gave for one
    // name; earlier articles that cannot be put in order (undated, all in the last digest) each give theirs.
    for (const fact of index.factsOf(article.id)) {
      if (used.has(fact.id) || !speaksOfBetting(fact.text)) continue;
      for (const now of oddsIn(fact.text, index.entitiesOf(fact))) {
        const earlier = (oddsBefore.get(now.name) ?? []).filter((o) =>
          isEarlier(o.fact.articleId, article.id),
        );
        const latest = Math.max(...earlier.map((o) => rankOf(o.fact.articleId)));
        const before = earlier
          .filter((o) => rankOf(o.fact.articleId) === latest)
          .filter((o, i, all) => all.findIndex((x) => x.fact.articleId === o.fact.articleId) === i);
        if (before.length === 0 || before.every((o) => o.odds.odds === now.odds) || used.has(fact.id))
          continue;
        const sources = before.flatMap((o) => {
          const a = index.article(o.fact.articleId);
          return a ? [{ o, a }] : [];
        });
        const first = sources[0];
        if (!first) continue;
        used.add(fact.id);
        for (const { o, a } of sources)
          changes.push({
            measure: ODDS_MEASURE,
            subject: now.name,
            now: oddsLine(fact, now.odds, article),
            before: oddsLine(o.fact, o.odds.odds, a),
          });
        changed.push({
          text: fact.text,
          figure: now.odds,
          was: {
            subject: now.name,
            measure: ODDS_MEASURE,
            figure: first.o.odds.odds,
            source: digestCitation(first.a),
            ...(sources.length > 1
              ? {
                  others: sources
                    .slice(1)
                    .map(({ o, a }) => ({ figure: o.odds.odds, source: digestCitation(a) })),
                }
              : {}),
          },
        });
      }
    }
    // The new article's lead is its news: listed first of what it adds where no earlier article said it,
    // its figure in its own words though the digest cannot place it ("has agreed to buy Orvo Capital's stake
    // ... for up to 260m euros", not first "employs 6,000 staff" of a later sentence; digest-36).
    const lead = index.factsOf(article.id).find((f) => f.position === 0);
    if (
      lead &&
      !used.has(lead.id) &&
      lead.kind !== 'row' &&
      standsAlone(lead.text) &&
      !saidBefore(lead) &&
      !restatesEarlierLead(lead) &&
      !restatesEarlier(lead)
    ) {
      used.add(lead.id);
      adds.unshift({ text: lead.text });
    }
    for (const fact of index.factsOf(article.id)) {
      if (adds.length + changed.length >= max) break;
      if (used.has(fact.id) || fact.kind === 'row' || !standsAlone(fact.text)) continue;
      // A sentence with a figure the digest cannot place is left out, as in the figures.
      if (fact.quantities.some((q) => q.kind === 'money' || q.kind === 'percent')) continue;
      if (saidBefore(fact) || restatesEarlierLead(fact) || restatesEarlier(fact)) continue;
      if (adds.some((a) => jaccard(a.text, fact.text) >= SAME_FACT)) continue;
      used.add(fact.id);
      adds.push({ text: fact.text });
    }
    newArticles.set(article.id, { ...digestCitation(article), adds: [...changed, ...adds].slice(0, max) });
  }
  return { newArticles: shown.flatMap((a) => newArticles.get(a.id) ?? []), changes };
}

/**
 * A fact's claim stems (`claimStems`): its content words less the stems of the story's main names
 * (those half its distinct articles use: every article shares them), read once per fact.
 */
function mainClaimWords(
  index: FactIndex,
  names: ReadonlyArray<{ name: string; articles: number }>,
  vocabulary: Vocabulary,
): (fact: Fact) => ReadonlySet<string> {
  const least = index.distinctArticleCount * MAIN_NAME_SHARE;
  const main = new Set(names.filter((n) => n.articles >= least).flatMap((n) => stemsOf(n.name)));
  const known = new Map<Fact, ReadonlySet<string>>();
  return (fact) => {
    const had = known.get(fact);
    if (had) return had;
    const stems = claimStems(fact.terms, vocabulary, main);
    known.set(fact, stems);
    return stems;
  };
}

/** The subject a change is shown under: its claim's, written as the earlier sentence writes it. */
function subjectOfGroup(earlier: FigureMention, cluster: FigureCluster): string {
  const keyWords = cluster.subjectKey.split(/[\s&]+/);
  const own = earlier.subject.filter((s) => entityWords([s]).some((w) => keyWords.includes(w)));
  return (own.length > 0 ? own : earlier.subject).join(' and ');
}

/**
 * What the coverage says: its size; a top line of the claims most articles state; the figures,
 * each in the words of its article that say whose it is, of what and when, like with like
 * (subject, measure, moment), saying where sources differ; and what the articles new since the
 * previous digest add and change. Pure: the same index and options give the same digest.
 */
export function buildDigest(index: FactIndex, options: DigestOptions = {}): Digest {
  const o = { ...defaultOptions, ...options };
  const vocabulary = options.vocabulary ?? defaultVocabulary();
  const articles = index.articles();
  const names = namesByArticles(index);
  const mentions = figureMentions(index, vocabulary, names);
  const original = (id: string) => index.original(id);
  const clusters = clusterFigures(mentions, original);
  const groups = groupFigures(mentions, subjectNamer(names), clusters, original);
  // A value another article says was an earlier estimate, since revised, is shown as one.
  const revised = revisions(index);
  const marked = (line: FigureLine, moment?: string): FigureLine => {
    const r = revised.length > 0 ? supersededBy(line, revised, moment) : undefined;
    return r ? { ...line, revised: { to: r.later, source: r.source } } : line;
  };
  const figures = groups.slice(0, o.maxFigures).map((g) => ({
    ...g,
    moments: g.moments.map((m) => ({
      ...m,
      lines: m.lines.slice(0, o.maxValues).map((l) => marked(l, m.moment)),
    })),
  }));
  const previous = options.previousArticleIds ? new Set(options.previousArticleIds) : undefined;
  const { newArticles, changes } = previous
    ? whatIsNew(
        index,
        mentions,
        clusters,
        previous,
        o.maxAdditions,
        o.maxNewDetailed,
        leadClaims(index, names, vocabulary, () => true),
        mainClaimWords(index, names, vocabulary),
        mainSubjectKeys(index, names),
      )
    : {
        newArticles: newestFirst(chronological(articles)).map((a) => digestCitation(a)),
        changes: [],
      };
  const dates = articles.flatMap((a) => (a.published ? [a.published] : [])).sort();
  const matches = matchResults(index);
  const top = topLine(index, clusters, groups, names, vocabulary, o.maxTopLine, statedClaims(index, matches));
  return {
    story: options.story ?? storyName(index),
    date: dayIn(options.now ?? new Date(), o.timezone),
    // Copies of one text are one article.
    articleCount: index.distinctArticleCount,
    outlets: [...new Set(articles.flatMap((a) => (a.outlet ? [a.outlet] : [])))].sort(),
    unnamedOutlets: articles.filter((a) => !a.outlet && index.original(a.id) === a.id).length,
    ...(dates.length > 0 ? { asOf: dates.at(-1) } : {}),
    topLine: top,
    figures,
    results: matches.slice(0, o.maxMatches),
    facts: plainFacts(
      clusters,
      [
        ...top,
        ...figures.flatMap((g) =>
          g.moments.flatMap((m) =>
            m.lines.flatMap((l) => {
              const line = marked(l, m.moment);
              // The sentence a revision mark cites is said too: "revised to 0.4% decline [044]".
              const revision = line.revised
                ? revised.find((r) => r.source.id === line.revised?.source.id && r.later === line.revised.to)
                : undefined;
              return [{ text: l.context, figure: l.figure }, ...(revision ? [{ text: revision.text }] : [])];
            }),
          ),
        ),
      ],
      o.maxFacts,
      original,
    ).map((l) => marked(l)),
    hadPrevious: previous !== undefined,
    newArticles,
    changes,
  };
}
