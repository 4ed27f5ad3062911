/**
 * The figures of a story, each with the words of its article that say whose it is, of what and
 * when, grouped like with like (subject, measure, moment). Pure functions over the index.
 */
import { citationOf } from '../answer/types.js';
import type { Moment } from '../claims/moments.js';
import { yearOf } from '../claims/moments.js';
import { claimsOfMany } from '../claims/read.js';
import { TRAILING_MOMENT } from '../claims/subject.js';
import type { ArticleMeta } from '../corpus/types.js';
import { compatible, type Quantity } from '../facts/quantities.js';
import type { Fact } from '../facts/types.js';
import { entityWords, type FactIndex } from '../index/fact-index.js';
import type { Concept, Vocabulary } from '../index/vocabulary.js';

/** An article as the digest cites it: with its date when it has one. */
export interface DigestCitation {
  id: string;
  title: string;
  outlet?: string;
  url?: string;
  /** The article's date as its front matter gives it (`2025-06-12`). */
  published?: string;
}

export function digestCitation(article: ArticleMeta): DigestCitation {
  return { ...citationOf(article), ...(article.published ? { published: article.published } : {}) };
}

/** One figure as one article states it, in that article's own words. */
export interface FigureLine {
  /** The figure as written: "around $28 billion". */
  figure: string;
  /**
   * The sentence that states it, or a clause of it, word for word as in the article; never
   * reworded. It names whose figure it is, and of what.
   */
  context: string;
  /** True where words of the sentence were left out before / after `context`. */
  cutBefore: boolean;
  cutAfter: boolean;
  /** The article whose words `context` is. */
  source: DigestCitation;
  /** Other articles that give the same value (in their own words). */
  also: DigestCitation[];
  /** The fact the words are from. */
  factId: string;
}

/** The values of one subject's measure at one moment. */
export interface MomentValues {
  /** The moment as the articles name it ("Series F funding round", "last year"); absent when none is named. */
  moment?: string;
  /** What moments are compared on: "" for none named. */
  key: string;
  /** Where the moment falls in time, when known (articles' dates, years, months). */
  order?: number;
  /** The most cited value first; the latest dated first when the articles are dated. */
  lines: FigureLine[];
  /**
   * Articles give values of this very subject, measure and moment that cannot all be right.
   * Never set for values that were not compared, nor for a change (a measure of change, or dated
   * articles at different dates: the later value is current).
   */
  differ?: boolean;
  /** When the articles are dated and give different values: the date of the current one. */
  asOf?: string;
}

/** A measure of one subject: its values, at one moment or more (oldest moment first). */
export interface FigureGroup {
  measure: string;
  /** What the measure is given per, or that it is a change: "a share", "change". Absent for a level. */
  unit?: string;
  /** Whose figure: the name as the articles write it ("Scale AI"). */
  subject: string;
  moments: MomentValues[];
  /** Every article the group's values come from. */
  articleIds: string[];
}

/** A figure of a fact, with what the digest knows of it. */
export interface FigureMention {
  fact: Fact;
  quantity: Quantity;
  concept: Concept;
  /** The names whose figure it is, as written. */
  subject: string[];
  /** What subjects are compared on: the name most articles use for it. */
  subjectKey: string;
  moment?: Moment;
  context: { text: string; cutBefore: boolean; cutAfter: boolean };
  article: ArticleMeta;
  /**
   * False when the sentence does not say whose the figure is, or says too little: it is never
   * shown, only counted as another article giving a figure shown in other words.
   */
  placed: boolean;
}

/** Units a rate is given per that a title can name: "a share", "a barrel". */
const PER_UNITS =
  /^(?:share|barrel|year|month|week|day|hour|head|person|unit|tonne|ton|litre|gallon|ounce|kilo|night)s?$/;

/** The fewest words a figure's context has besides the figure. */
export const MIN_CONTEXT_WORDS = 7;

/** A sentence longer than this is trimmed to the clause of its figure, where that clause says enough. */
const TRIM_OVER = 220;

const words = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));

/** How many words of a context say what a figure is: its words, the figure's own left out. */
export function contextWords(context: string, figure: string): number {
  return words(context.replace(figure, ' ')).length;
}

/** Where a sentence may be cut into clauses: after these, before the next words. */
const CLAUSE_CUT =
  /(?:;\s+|\s+[—–]\s+|,\s+(?=(?:but|while|whereas|although|though|as|after|before|which|and|with)\b))/g;

/**
 * The words that say what a figure is: its whole sentence, or, for a long sentence, the clauses
 * around the figure that still name its subject and say enough, word for word.
 */
export function contextOf(
  text: string,
  q: Pick<Quantity, 'start' | 'end' | 'text'>,
  subject: readonly string[],
  moment?: Pick<Moment, 'start' | 'end'>,
): { text: string; cutBefore: boolean; cutAfter: boolean } {
  const whole = { text, cutBefore: false, cutAfter: false };
  if (text.length <= TRIM_OVER) return whole;
  const cuts = [0];
  for (const m of text.matchAll(CLAUSE_CUT)) cuts.push((m.index ?? 0) + m[0].length);
  cuts.push(text.length);
  const pieces = cuts.slice(0, -1).map((from, i) => ({ from, to: cuts[i + 1] ?? text.length }));
  const at = pieces.findIndex((p) => q.start >= p.from && q.start < p.to);
  if (at < 0) return whole;
  let [first, last] = [at, at];
  const span = () => {
    const from = pieces[first]?.from ?? 0;
    const to = pieces[last]?.to ?? text.length;
    return {
      from,
      to,
      text: text
        .slice(from, to)
        .trim()
        .replace(/[,;—–]\s*$/, '')
        .trim(),
    };
  };
  const enough = () => {
    const s = span();
    const names = subject.every((n) => s.text.includes(n));
    const when = !moment || (moment.start >= s.from && moment.end <= s.to);
    return names && when && contextWords(s.text, q.text) >= MIN_CONTEXT_WORDS;
  };
  while (!enough() && (first > 0 || last < pieces.length - 1)) {
    if (first > 0) first--;
    else last++;
  }
  const s = span();
  if (!enough() || s.text.length >= text.length - 20) return whole;
  return { text: s.text, cutBefore: s.from > 0, cutAfter: s.to < text.length };
}

/**
 * The subject key of each name: the name most articles use among those its words contain
 * ("Deutsche Boerse" for "Deutsche Boerse chief", "Meta" for "Meta Scale AI Investment"), so that
 * one company written two ways is one subject and two companies never are.
 */
function subjectKeys(names: ReadonlyArray<{ name: string; articles: number }>): (name: string) => string {
  const known = names
    .map((n) => ({ ...n, words: entityWords([n.name.replace(TRAILING_MOMENT, '')]) }))
    .filter((n) => n.words.length > 0);
  // Known names by each of their words: a name is compared only with those sharing a word.
  const byWord = new Map<string, typeof known>();
  for (const k of known)
    for (const w of new Set(k.words)) {
      const list = byWord.get(w);
      if (list) list.push(k);
      else byWord.set(w, [k]);
    }
  const memo = new Map<string, string>();
  return (name: string) => {
    let key = memo.get(name);
    if (key !== undefined) return key;
    const own = entityWords([name]);
    const near = [...new Set(own.flatMap((w) => byWord.get(w) ?? []))];
    const contained = near.filter((k) => k.words.every((w) => own.includes(w)));
    const most = Math.max(0, ...contained.map((k) => k.articles));
    // The name most articles use, the longer of two about as common ("Scale AI" over "Scale").
    const best = contained
      .filter((k) => k.articles * 2 >= most)
      .sort(
        (a, b) =>
          own.indexOf(a.words[0] ?? '') - own.indexOf(b.words[0] ?? '') ||
          b.words.length - a.words.length ||
          b.articles - a.articles,
      )[0];
    // A short form of a longer name most articles use ("Deutsche" for "Deutsche Boerse").
    const longer = near
      .filter((k) => k.words.length > own.length && own.every((w) => k.words.includes(w)))
      .sort((a, b) => b.articles - a.articles)[0];
    const pick = longer && (!best || longer.articles >= best.articles) ? longer : best;
    key = (pick?.words ?? own).join(' ');
    memo.set(name, key);
    return key;
  };
}

/**
 * Every figure of the coverage that a reader can place: attributed to a measure, with a subject
 * the sentence names and at least MIN_CONTEXT_WORDS words saying what it is.
 */
export function figureMentions(
  index: FactIndex,
  vocabulary: Vocabulary,
  names: ReadonlyArray<{ name: string; articles: number }>,
): FigureMention[] {
  const keyOf = subjectKeys(names);
  const found: FigureMention[] = [];
  for (const claim of claimsOfMany(index, index.facts(), vocabulary)) {
    const { fact, quantity: q, measure: concept, subject, moment } = claim;
    if (!concept || q.kind === 'year') continue;
    const article = index.article(fact.articleId);
    if (!article) continue;
    const context = contextOf(fact.text, q, claim.subjectFrom === 'named' ? subject : [], moment);
    const placed = subject.length > 0 && contextWords(context.text, q.text) >= MIN_CONTEXT_WORDS;
    const subjectKey = [...new Set(subject.map(keyOf))].sort().join(' & ');
    found.push({
      fact,
      quantity: q,
      concept,
      subject,
      subjectKey,
      ...(moment ? { moment } : {}),
      context,
      article,
      placed,
    });
  }
  return found;
}

/** One figure, however qualified: "$15 billion" and "approximately $15 billion". */
export const sameValue = (a: Quantity, b: Quantity) =>
  a.value === b.value && a.currency === b.currency && a.per === b.per;

/** A quantity's unit: kind, currency, rate and whether it is a change. */
export const unitKey = (q: Quantity) =>
  [q.kind, q.currency ?? '', q.per ?? '', q.change ? 'change' : ''].join('/');

/** Dates compare as strings (ISO); undated articles come last. */
const byDateDesc = (a?: string, b?: string) => (a === b ? 0 : !a ? 1 : !b ? -1 : a < b ? 1 : -1);

/** A mention's line: its figure in its own words, citing its article. */
export function lineOf(m: FigureMention): FigureLine {
  return {
    figure: m.quantity.text,
    context: m.context.text,
    cutBefore: m.context.cutBefore,
    cutAfter: m.context.cutAfter,
    source: digestCitation(m.article),
    also: [],
    factId: m.fact.id,
  };
}

/** The lines of some mentions: one a value, in the words of its best-placed article, also citing the others. */
function linesOf(mentions: readonly FigureMention[]): FigureLine[] {
  const lines: Array<FigureLine & { q: Quantity; n: number }> = [];
  const ordered = [...mentions].sort(
    (a, b) =>
      byDateDesc(a.article.published, b.article.published) ||
      a.context.text.length - b.context.text.length ||
      a.fact.position - b.fact.position,
  );
  for (const m of ordered) {
    const same = lines.find((l) => sameValue(l.q, m.quantity));
    if (!same) {
      lines.push({ ...lineOf(m), q: m.quantity, n: 1 });
    } else if (same.source.id !== m.article.id && !same.also.some((c) => c.id === m.article.id)) {
      same.also.push(digestCitation(m.article));
      same.n++;
    }
  }
  return lines
    .sort((a, b) => byDateDesc(a.source.published, b.source.published) || b.n - a.n)
    .map(({ q: _q, n: _n, ...line }) => line);
}

/**
 * The figures grouped like with like: by measure, subject and moment. Within one moment, values of
 * different articles that cannot all be right are a disagreement, unless the articles are dated
 * at different dates (then the later is current) or the measure is a change.
 */
export function groupFigures(mentions: readonly FigureMention[]): FigureGroup[] {
  const groups = new Map<string, FigureMention[]>();
  for (const m of mentions) {
    if (!m.placed) continue;
    const key = [m.concept.name, unitKey(m.quantity), m.subjectKey].join('\u0000');
    groups.set(key, [...(groups.get(key) ?? []), m]);
  }
  const result: FigureGroup[] = [];
  for (const group of groups.values()) {
    const first = group[0];
    if (!first) continue;
    const byMoment = new Map<string, FigureMention[]>();
    for (const m of group) {
      const key = m.moment?.key ?? '';
      byMoment.set(key, [...(byMoment.get(key) ?? []), m]);
    }
    const moments: MomentValues[] = [...byMoment.entries()].map(([key, ms]) => {
      const named = ms.find((m) => m.moment)?.moment;
      const dates = [...new Set(ms.map((m) => m.article.published))];
      // Two articles of one date (or undated) that give values which cannot both be right differ;
      // of two dated articles the later one's value is the current one.
      // A sentence that gives two values of one figure tells a change ("to £1.5bn from £1.3bn").
      // An article that gives two values here tells of two things (a deposit and a price): which of
      // them another article's value is of cannot be told, so it is compared with none.
      const sole = ms.filter(
        (m) => !ms.some((o) => o.article.id === m.article.id && !sameValue(o.quantity, m.quantity)),
      );
      const clashes = (sameDate: boolean) =>
        sole.some((a) =>
          sole.some(
            (b) =>
              a.article.id !== b.article.id &&
              (a.article.published === b.article.published) === sameDate &&
              !compatible(a.quantity, b.quantity),
          ),
        );
      const differ = !first.concept.change && clashes(true);
      const dated = dates.length > 1 && dates.every(Boolean) && clashes(false);
      const lines = linesOf(ms);
      const latest = dated ? [...dates].sort(byDateDesc)[0] : undefined;
      return {
        ...(named ? { moment: named.text } : {}),
        key,
        ...(named?.order !== undefined
          ? { order: named.order }
          : key === ''
            ? { order: yearOf(latest) ?? 0 }
            : {}),
        lines,
        ...(differ ? { differ: true } : {}),
        ...(latest ? { asOf: latest } : {}),
      };
    });
    // Oldest moment first; moments that cannot be placed keep the order they were found in.
    moments.sort((a, b) => (a.order ?? Number.POSITIVE_INFINITY) - (b.order ?? Number.POSITIVE_INFINITY));
    const counts = new Map<string, number>();
    for (const m of group) for (const s of m.subject) counts.set(s, (counts.get(s) ?? 0) + 1);
    const subject = [...new Set(group.flatMap((m) => m.subject))]
      .filter((s) => first.subjectKey.split(' & ').some((k) => entityWords([s]).join(' ').includes(k)))
      .sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0))[0];
    const { per, change } = first.quantity;
    result.push({
      measure: first.concept.name,
      ...(per && PER_UNITS.test(per)
        ? { unit: `a ${per}` }
        : change && !first.concept.change
          ? { unit: 'change' }
          : {}),
      subject: subject ?? first.subject.join(' and '),
      moments,
      articleIds: [...new Set(group.map((m) => m.article.id))],
    });
  }
  return result.sort(
    (a, b) =>
      b.articleIds.length - a.articleIds.length ||
      b.moments.reduce((n, m) => n + m.lines.length, 0) - a.moments.reduce((n, m) => n + m.lines.length, 0) ||
      a.measure.localeCompare(b.measure),
  );
}
