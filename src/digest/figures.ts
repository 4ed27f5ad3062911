/**
 * The figures of a story, each with the words of its article that say whose it is, of what and
 * when, grouped like with like (subject, measure, moment). Pure functions over the index.
 */
import { citationOf } from '../answer/types.js';
import type { ArticleMeta } from '../corpus/types.js';
import { compatible, type Quantity } from '../facts/quantities.js';
import { termsOf } from '../facts/terms.js';
import type { Fact } from '../facts/types.js';
import { entityWords, type FactIndex } from '../index/fact-index.js';
import { mentionsIn } from '../index/measures.js';
import type { Concept, Vocabulary } from '../index/vocabulary.js';
import { type Moment, momentOf, momentsIn, yearOf } from './moments.js';

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

/** Words before a name that make it an object, not the holder: "invest $15bn in Scale AI". */
const PREPOSITION =
  /\b(?:in|into|at|for|of|to|from|with|on|by|against|over|about|than|under)\s+(?:the\s+)?$/i;

/** Words between a figure and a name after it that make the name an object: "$10bn ... for Scale AI". */
const AFTER_PREPOSITION =
  /\b(?:in|into|at|for|of|to|from|with|on|by|against|over|about|than|under)\s+(?:the\s+)?(?:\p{Lu}\S*\s+)*$/u;

/** A pronoun standing for the one who acts: before any name, it hides whose a figure is. */
const SUBJECT_PRONOUN = /\b(?:it|they|he|she|we)\b/i;

const PRONOUN = /\b(they|he|she|it|its|their|his|her|them|this|these)\b/i;

/** Names that are moments or calendar words, not subjects: "Series F", "December". */
const NOT_A_SUBJECT =
  /^(?:Series [A-K]|Q[1-4]|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b.*)$/;

const words = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));

/** How many words of a context say what a figure is: its words, the figure's own left out. */
export function contextWords(context: string, figure: string): number {
  return words(context.replace(figure, ' ')).length;
}

/**
 * Whose a figure is: the nearest name before it that is not the object of a preposition across a
 * clause ("Meta is set to invest $15bn in Scale AI, ..., and acquire a 49% stake": Meta), with the
 * names joined to it by "and"; else the first name just after it in its clause. Undefined when the
 * sentence names nobody near it, or only a pronoun stands for its holder.
 */
export function subjectOf(
  text: string,
  names: readonly string[],
  q: Pick<Quantity, 'start' | 'end'>,
): string[] | undefined {
  const usable = names
    .map((n) => n.replace(TRAILING_MOMENT, ''))
    .filter((n) => !NOT_A_SUBJECT.test(n) && n.length > 1)
    .flatMap((n) => occurrences(text, n))
    .map((e) => ({ ...e, name: withAcronyms(text, e.name) }));
  const placed = usable
    .filter((e) => e.at + e.name.length <= q.start)
    .sort((a, b) => b.at - a.at)
    .filter((e, i, all) => all.findIndex((o) => o.at === e.at) === i);
  // The object of a preposition ("staff in Frankfurt", "invest $15bn in Scale AI, ..., and acquire
  // a 49% stake") is not the holder when the sentence names another before it; a possessive is.
  const object = (e: { name: string; at: number }): boolean => {
    if (/^['’]s\b/.test(text.slice(e.at + e.name.length))) return false;
    const before = text.slice(Math.max(0, e.at - 20), e.at);
    if (PREPOSITION.test(before)) return true;
    // "Bosses of Deutsche Boerse and the London Stock Exchange": joined to an object, an object too.
    const joined = /\s*(?:,|\band\b|\bor\b|&)\s*(?:the\s+)?$/.exec(before);
    if (!joined) return false;
    const end = e.at - joined[0].length;
    const previous = placed.find((p) => p.at + p.name.length === end);
    return previous ? object(previous) : false;
  };
  const chosen = placed.find((e) => !object(e));
  // Only objects before it ("a bid for the LSE will be raised to £1.5bn"): whose it is, is not said.
  if (!chosen && placed.length > 0) return undefined;
  // "It has also threatened to sue the Russian government for $28bn": a pronoun does the deed.
  if (chosen && SUBJECT_PRONOUN.test(text.slice(0, chosen.at))) return undefined;
  if (chosen) {
    // Names joined to it by "and", "&" or a comma: "JP McManus and John Magnier, who own 29%".
    const holder = [chosen];
    const sorted = [...placed].sort((a, b) => a.at - b.at);
    for (let i = sorted.indexOf(chosen) - 1; i >= 0; i--) {
      const entity = sorted[i];
      const next = holder[0];
      if (!entity || !next) break;
      if (!/^\s*(,|and|&|, and)\s*$/.test(text.slice(entity.at + entity.name.length, next.at))) break;
      holder.unshift(entity);
    }
    return holder.map((e) => e.name);
  }
  if (PRONOUN.test(text.slice(0, q.start))) return undefined;
  const after = usable
    .filter(
      (e) =>
        e.at >= 0 &&
        e.at - q.end < 60 &&
        !/[,;]/.test(text.slice(q.end, e.at)) &&
        // "invest $15bn in Scale AI": the name after a preposition is what the figure goes to.
        !AFTER_PREPOSITION.test(text.slice(q.end, e.at)),
    )
    .sort((a, b) => a.at - b.at)[0];
  return after ? [after.name] : undefined;
}

/** A name with the acronyms that follow it in the sentence: "Scale" -> "Scale AI" where the tagger split them. */
function withAcronyms(text: string, name: string): string {
  const at = text.indexOf(name);
  if (at < 0) return name;
  const more = /^(?:\s+\p{Lu}{2,5}\b)+/u.exec(text.slice(at + name.length));
  return more ? name + more[0] : name;
}

/** A moment at the end of a run of names: "Widget Co Series B". */
const TRAILING_MOMENT = /\s+Series [A-K]$/;

/**
 * Where a name stands in a sentence, as written there: the tagger's names drop a possessive or an
 * ampersand inside them ("Widget Co’s Series B" -> "Widget Co Series B", "Acme Corp & Partners").
 */
function occurrences(text: string, name: string): Array<{ name: string; at: number }> {
  const words = name.split(/\s+/);
  if (!text.includes(words[0] ?? name)) return [];
  if (text.includes(name)) {
    // As written: found without a pattern, whole words only.
    const found: Array<{ name: string; at: number }> = [];
    const edge = (c: string | undefined) => !c || !/[\p{L}\p{N}]/u.test(c);
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1))
      if (edge(text[at - 1]) && edge(text[at + name.length])) found.push({ name, at });
    if (found.length > 0) return found;
  }
  let re = patterns.get(name);
  if (!re) {
    re = namePattern(words);
    if (patterns.size > 5000) patterns.clear();
    patterns.set(name, re);
  }
  re.lastIndex = 0;
  return [...text.matchAll(re)].map((m) => ({ name: m[0], at: m.index ?? 0 }));
}

/** Compiled patterns of names, remembered: a story names the same few again and again. */
const patterns = new Map<string, RegExp>();

function namePattern(raw: readonly string[]): RegExp {
  const words = raw.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(
    `(?<![\\p{L}\\p{N}])${words.join(String.raw`(?:['’]s)?\s*(?:&|and)?\s*`)}(?![\\p{L}\\p{N}])`,
    'gu',
  );
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
 * True when a money figure only converts an amount just before it, in brackets: "£1.35bn ($2.5bn)",
 * "260.75bn roubles (£4.8bn; $9.4bn)".
 */
function isConversion(fact: Fact, q: Quantity): boolean {
  if (q.kind !== 'money') return false;
  const open = fact.text.lastIndexOf('(', q.start);
  if (open < 0 || fact.text.slice(open, q.start).includes(')')) return false;
  return /\d(?:[\d.,]*)\s*(?:bn|m|k|billion|million|trillion|thousand)?\s*\p{L}*\s*$/u.test(
    fact.text.slice(0, open),
  );
}

/**
 * The measure a noun right after a figure names ("a $27.5bn (£14.5bn) back tax bill", "a $900m
 * loan"): it says what the figure is better than a word further away.
 */
function measureAfter(fact: Fact, q: Quantity, vocabulary: Vocabulary): Concept | undefined {
  const rest = fact.text.slice(q.end).replace(/^\s*\([^)]*\)/, '');
  // Only the noun the figure stands before ("back tax bill", "in unpaid taxes"), not "and valued
  // the company" nor "in Scale AI".
  const next =
    /^\s+(?:(?:in|of)\s+)?(?!(?:and|or|but|to|which|that|who|in|of|for|from|at|on|by|with|as|the|a|an|its|their|is|was|would|will)\b)[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?/u.exec(
      rest,
    )?.[0] ?? '';
  const stems = termsOf(next).map((t) => t.stem);
  if (stems.length === 0) return undefined;
  return vocabulary.concepts.find(
    (c) => c.kind === q.kind && c.phrases.some((p) => p.length === 1 && stems.includes(p[0] ?? '')),
  );
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

/** True when a moment is a deal named by a word of the concept itself: "its bid" for an offer. */
function ownWord(moment: Moment, concept: Concept): boolean {
  if (!moment.key.startsWith('the ')) return false;
  const stem = termsOf(moment.key.slice(4))[0]?.stem ?? '';
  return concept.phrases.some((p) => p.length === 1 && p[0] === stem);
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
  index.readEntities([...index.facts()].filter((f) => f.quantities.length > 0));
  for (const m of mentionsIn(index.facts(), vocabulary, (f) => index.entitiesOf(f))) {
    const { fact, quantity: q } = m;
    if (q.kind === 'year' || isConversion(fact, q)) continue;
    const concept = measureAfter(fact, q, vocabulary) ?? m.concept;
    const article = index.article(fact.articleId);
    if (!article) continue;
    const subject = subjectOf(fact.text, index.entitiesOf(fact), q) ?? [];
    const year = yearOf(article.published) ?? 0;
    const named = momentOf(fact.text, q, year, momentsIn(fact.text, year));
    // "raise its bid to £1.5bn": the deal named by the measure's own word is the measure, not a moment.
    const moment = named && ownWord(named, concept) ? undefined : named;
    const context = contextOf(fact.text, q, subject, moment);
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
