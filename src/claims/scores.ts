/**
 * Scores as claims: a match's result ("beat Northfield 27-9", "a 2-1 win over X", "won 6-3 6-4", "drew
 * 0-0 with X", a headline's "Ashby 9-27 Northfield"). A score is read with its sets in order, and with
 * the two sides as the sentence names them, the winner first when a verb or a noun says who won
 * (beat, defeated, saw off, lost to, a win over, a defeat to), or when a headline gives each side's
 * points. The reader of the score itself (`scoresIn`) is the one the draft check uses too. Pure
 * functions: no story words, only the English of results.
 */
import type { Fact } from '../facts/types.js';
import type { FactIndex } from '../index/fact-index.js';
import { type Modality, modalityOf } from './modality.js';
import { type Moment, momentOf, momentsIn, yearOf } from './moments.js';
import { isRegion } from './places.js';
import { asidesOf } from './subject.js';

/** One set or one score: "7-5", "38-8", with its tie-break "(7-3)", "(10/8)". */
const SET = String.raw`\d{1,2}-\d{1,2}(?:\s*\(\d{1,2}[-/]\d{1,2}\))?`;
/** A score: one set or several in a row ("7-5 6-3", "3-6, 6-4"), not a range of percentages or a longer figure. */
const SCORE = new RegExp(
  String.raw`(?<![\d.,/-])${SET}(?:,?\s+${SET})*(?![\d%.,]?\d|[-/%]|\s*(?:%|per\s*cent|percent))`,
  'g',
);
const TIE_BREAK = /\s*\((\d{1,2})[-/](\d{1,2})\)/g;

/** A score as a sentence writes it: where, its sets in order ("7-5", "6-3") and its tie-breaks ("7-3"). */
export interface ScoreSpan {
  text: string;
  start: number;
  end: number;
  sets: string[];
  ties: string[];
}

/**
 * The scores a sentence gives, each as its sets and tie-breaks. A range or an age ("aged 25-30",
 * "between 18-24") is none, nor is a compound ("18-year-old", "6-point").
 */
export function scoresIn(sentence: string): ScoreSpan[] {
  const out: ScoreSpan[] = [];
  for (const m of sentence.matchAll(SCORE)) {
    // "aged 25-30", "in the 18-24 group": an age or a range, not a score.
    if (/\b(?:aged|ages|between|from)\s+$/i.test(sentence.slice(Math.max(0, m.index - 10), m.index)))
      continue;
    const ties = [...m[0].matchAll(TIE_BREAK)].map((t) => `${t[1]}-${t[2]}`);
    const sets = m[0]
      .replace(TIE_BREAK, '')
      .split(/[,\s]+/)
      .filter(Boolean);
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length, sets, ties });
  }
  return out;
}

/**
 * Who played whom, as a sentence says it: the sides it names (at most two, the winner first when
 * it says who won), and whether it says who won or that they drew.
 */
export interface Sides {
  /** The names of the sides, as written: the winner first when `outcome` is `won`. */
  names: string[];
  /**
   * `won`: the sentence says who won (names[0] when named; else only the loser, names[0] then being
   * the loser); `led`: a lead during the match ("a 16-3 half-time advantage"), the side ahead as winner.
   */
  outcome: 'won' | 'led' | 'drew' | 'unknown';
  /** The winner, when the sentence names it. */
  winner?: string;
  /** The loser, when the sentence names it. */
  loser?: string;
  /** How the sentence tells the result: `verb` ("beat"), `noun` ("a win over"), `headline` ("Ashby 9-27 Northfield"). */
  from?: 'verb' | 'noun' | 'headline';
}

/**
 * A name of a side: capitalised words, joined by "of", "de", "van", "&" ("Lions of Ashby", "Marion
 * Dufort", "Easton & Ashby Albion"); a possessive before it ("Russia's Maria Orlova") is left out.
 */
const NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:of|de|van|von|da|del|la|&)\s+)?\p{Lu}[\p{L}'’.-]*)*`;
/** A name right at the end of a text (for the side before a verb). */
const NAME_AT_END = new RegExp(String.raw`(${NAME})\s*$`, 'u');
/**
 * A name at the start of a text (for the side after a verb), past words that only describe it:
 * "unseeded Russian Vera Sokolova", "fifth seed Claire Dufresne", "Russia's Irina Volkhova",
 * "the Scots".
 */
const NAME_AT_START = new RegExp(
  String.raw`^\s*(?:the\s+)?(?:(?:[\p{Ll}\d-]+|\p{Lu}[\p{L}-]*['’]s?)\s+){0,3}?(${NAME})`,
  'u',
);

/** Verbs by which the side before them won: "Northfield beat Ashby 27-9", "Kovac saw off Russia's Irina Volkhova 6-3 6-2". */
const WON_VERB =
  /\b(?:beat|beats|beating|defeated|defeats|defeating|thrashed|thrashes|thrashing|hammered|hammers|routed|crushed|edged(?:\s+out)?|edges|overcame|overcome|overcoming|outclassed|outplayed|downed|saw off|sees off|seeing off|knocked out|knocks out|ousted|ousts|eliminated|whitewashed|swept aside|brushed aside|eased past|cruised past|swept past|stunned|dispatched|trounced)\s+/gi;
/** Verbs by which the side before them lost, to the side after "to"/"against"/"by": "Ashby lost 24-13 to Brindle". */
const LOST_VERB = /\b(?:lost|lose|loses|losing|went down|go down|goes down|fell|were beaten|was beaten)\b/i;
/** Verbs of a draw: "drew 0-0 with", "held X to a 1-1 draw". */
const DREW_VERB = /\b(?:drew|draw|draws|drawn|drawing|held|hold|holds)\b/i;
/** A verb of winning with no object: "The former champion won 4-6 6-1 6-3". */
const WON_ALONE = /\b(?:won|wins|win|winning)\s+$/i;

/** Nouns of a result after the score: "a 2-1 win over X", "a 24-13 defeat by X", "a 1-1 draw with X". */
const WIN_NOUN =
  /^\s+(?:[\p{L}-]+\s+){0,3}?(?:win|victory|triumph|success|romp|rout|thrashing|drubbing|winner)\b/u;
const LOSS_NOUN = /^\s+(?:[\p{L}-]+\s+){0,3}?(?:defeat|loss|reverse|setback|beating|hammering)\b/u;
/** Nouns of a lead, not a result: "a 16-3 half-time advantage", "Brindle's lead to 14-3". */
const LEAD_NOUN = /^\s+(?:[\p{L}-]+\s+){0,2}?(?:lead|advantage|cushion)\b/u;
const LEAD_BEFORE = /\b(?:lead|advantage)\s+(?:to|of)\s+$/;
const DRAW_NOUN = /^\s+(?:[\p{L}-]+\s+){0,3}?(?:draw|tie|stalemate)\b/u;

/** Where the clause a score stands in starts: after a semicolon, a full stop, or a comma before "while"/"but"/"and"/"as". */
function clauseStart(text: string, at: number): number {
  const before = text.slice(0, at);
  let cut = Math.max(before.lastIndexOf(';'), before.lastIndexOf('. '));
  for (const m of before.matchAll(
    /,\s+(?:while|but|whereas|and|as|after|before|when)\b|\s(?:while|whereas)\s/g,
  ))
    cut = Math.max(cut, m.index);
  return cut + 1;
}

/** The text before a score in its clause, its asides (", the seventh seed,") dropped: to find the side that acts. */
function beforeInClause(text: string, at: number): string {
  let before = text.slice(clauseStart(text, at), at);
  for (const [from, to] of asidesOf(before).reverse())
    before = `${before.slice(0, from)} ${before.slice(to)}`;
  // ", the seventh seed," and ", who" : an apposition and a relative pronoun point back to the name before them.
  return before
    .replace(/,\s+(?:the|a|an)\s+[^,]*,/g, ' ')
    .replace(/,\s+who\s+/g, ' ')
    .replace(/\s+that\s+/g, ' ');
}

/** A name that is no side: a word that opens a sentence or a title ("The", "World"), a month, a day. */
const NOT_A_SIDE =
  /^(?:The|A|An|World|In|On|At|After|Before|But|And|It|He|She|They|We|This|That|Despite|Although|Though|While|When|With|Without|However|Meanwhile|Also|Then|Now|Having|Victory|Defeat|Last|Next|If|As|By|For|From|Of|To|Former|Top|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

/**
 * A side's name as read: the words of NAME, a leading word that is no side dropped ("World Kate
 * Ransome"), a possessive before it ("Russia's Maria Orlova": Maria Orlova) and a country after
 * "of" ("Lucia Ferrer of Spain": Lucia Ferrer) left out.
 */
function sideName(name: string | undefined): string | undefined {
  if (!name) return undefined;
  const owned = name.split(/['’]s?\s+/).at(-1) ?? name;
  const words = owned.trim().replace(/\.$/, '').split(/\s+/);
  while (words.length > 0 && NOT_A_SIDE.test(words[0] ?? '')) words.shift();
  const of = words.lastIndexOf('of');
  if (of > 0 && isRegion(words.slice(of + 1).join(' '))) words.splice(of);
  const out = words.join(' ').replace(/['’]s?$/, '');
  return out.length > 1 ? out : undefined;
}

/** The last name before `at` in a text (in the clause, past its asides). */
function nameBefore(text: string): string | undefined {
  const last = NAME_AT_END.exec(text)?.[1];
  if (!last) return undefined;
  if (!PLACE_BEFORE.test(text.slice(0, text.trimEnd().length - last.length))) return sideName(last);
  // "Keller from Ruritania, who beat ...", "the quarter-finals of the Easton Open with a 7-6 6-3
  // win": a name after a preposition is where or what, not who played; the last name acting is.
  let acting: string | undefined;
  for (const m of text.matchAll(NAMES))
    if (!PLACE_BEFORE.test(text.slice(0, m.index))) acting = sideName(m[0]) ?? acting;
  return acting;
}

/** A preposition right before a name: the name is an object or a place ("of the Easton Open", "from Switzerland"). */
const PLACE_BEFORE = /\b(?:of|in|at|to|for|from|on|into|with|during|under)\s+(?:the\s+)?$/i;
/** Every name of a text. */
const NAMES = new RegExp(NAME, 'gu');

/** The first name at the start of a text, past words that describe it. */
function nameAfter(text: string): string | undefined {
  return sideName(NAME_AT_START.exec(text)?.[1]);
}

/** The name after "to", "against", "over", "with", "by" within the next words: "lost 24-13 to Brindle". */
function nameAfterWord(text: string, words: RegExp): string | undefined {
  const m = new RegExp(String.raw`^[^.;]{0,40}?\b(?:${words.source})\s+(.*)$`, 'u').exec(text);
  return m ? nameAfter(m[1] ?? '') : undefined;
}

const TO_WHOM = /to|against|by/;
const OVER_WHOM = /over|against|of|at/;
const WITH_WHOM = /with|against/;

/**
 * The sides of the score at [start, end) of a sentence, and who won, as the sentence tells it.
 * `headline` reads a title: "Ashby 9-27 Northfield" gives each side its points.
 */
export function sidesOf(
  text: string,
  score: Pick<ScoreSpan, 'start' | 'end' | 'sets'>,
  headline = false,
): Sides {
  const before = beforeInClause(text, score.start);
  const after = text.slice(score.end);
  // "Ashby 9-27 Northfield": a name on each side of one score, nothing else between.
  const left = /(?:^|[:,]\s*)(\p{Lu}[\p{L}'’. &-]*?)\s*$/u.exec(text.slice(0, score.start))?.[1];
  const right = /^\s*(\p{Lu}[\p{L}'’. &-]*?)\s*(?:$|[:,.])/u.exec(after)?.[1];
  if (headline && left && right && score.sets.length === 1) {
    const [a, b] = (score.sets[0] ?? '').split('-').map(Number);
    const [l, r] = [sideName(left), sideName(right)];
    if (l && r && a !== undefined && b !== undefined) {
      if (a === b) return { names: [l, r], outcome: 'drew', from: 'headline' };
      const [winner, loser] = a > b ? [l, r] : [r, l];
      return { names: [winner, loser], outcome: 'won', winner, loser, from: 'headline' };
    }
  }
  // "Northfield beat Ashby 27-9", "Kovac saw off Russia's Irina Volkhova 6-3 6-2".
  const verbAt = lastMatch(before, WON_VERB);
  if (verbAt) {
    // "X moved into the last eight, after beating Y 7-5 6-4": a verb in -ing acts for the sentence's subject.
    const winner =
      nameBefore(before.slice(0, verbAt.start)) ??
      (/ing\s+$/.test(verbAt.text) ? nameAfter(text.slice(0, score.start)) : undefined);
    const loser = nameAfter(before.slice(verbAt.end)) ?? nameAfter(after);
    return won(winner, loser, 'verb');
  }
  // "Ashby lost 24-13 to Brindle", "Ashby lost to Brindle 24-13", "went down 2-1 to X".
  const lost = lastMatch(before, new RegExp(LOST_VERB.source, 'gi'));
  if (lost && /^\s*(?:\p{Ll}+\s+){0,2}$|^\s*(?:to|against)\s/u.test(before.slice(lost.end))) {
    const loser = nameBefore(before.slice(0, lost.start));
    const winner = nameAfterWord(before.slice(lost.end), TO_WHOM) ?? nameAfterWord(after, TO_WHOM);
    return won(winner, loser, 'verb');
  }
  // "Kestrels drew 0-0 with Harbourside", "held Harbourside to a 1-1 draw".
  const drew = lastMatch(before, new RegExp(DREW_VERB.source, 'gi'));
  if (
    drew &&
    (/^\s*$|^\s*with\s/.test(before.slice(drew.end)) ||
      DRAW_NOUN.test(after) ||
      /^\s+\p{Lu}[^,.;]*\bto\s+(?:a|an)\s+$/u.test(before.slice(drew.end)))
  ) {
    const one = nameBefore(before.slice(0, drew.start));
    const other = nameAfter(before.slice(drew.end)) ?? nameAfterWord(after, WITH_WHOM);
    if (
      /^\s*(?:to\s+)?$/.test(before.slice(drew.end)) ||
      DRAW_NOUN.test(after) ||
      /\bdraw|drew|drawn/.test(drew.text)
    )
      return {
        names: [one, other].filter((n): n is string => n !== undefined),
        outcome: 'drew',
        from: 'verb',
      };
  }
  // "Rovers' 27-9 win over Ashby", "a 2-1 victory against X", "a 24-13 defeat by X", "a 1-1 draw with X".
  if (WIN_NOUN.test(after)) {
    const owner = ownerBefore(before);
    return won(owner, nameAfterWord(after, OVER_WHOM), 'noun');
  }
  if (LOSS_NOUN.test(after)) {
    const owner = ownerBefore(before);
    return won(nameAfterWord(after, /to|by|against|at the hands of/), owner, 'noun');
  }
  if (DRAW_NOUN.test(after)) {
    const one = ownerBefore(before);
    const other = nameAfterWord(after, WITH_WHOM);
    return { names: [one, other].filter((n): n is string => n !== undefined), outcome: 'drew', from: 'noun' };
  }
  // "helped the Kestrels to a 7-3 lead", "extended Brindle's lead to 14-3": the side ahead, no result.
  if (LEAD_NOUN.test(after) || LEAD_BEFORE.test(before)) {
    const owned = new RegExp(String.raw`(${NAME})['’]s?\s+(?:lead|advantage)\s+(?:to|of)\s+$`, 'u').exec(
      before,
    )?.[1];
    // "helped the Kestrels to a 7-3 lead": the side helped or given the lead, when a name.
    const given =
      /\b(?:helped|gave|give|gives|handed|put|took)\s+((?:the\s+)?\p{Lu}[^,;]*?)\s+(?:to\s+)?(?:a|an)\s+(?:[\p{L}-]+\s+)?$/u.exec(
        before,
      )?.[1];
    const leader = sideName(owned) ?? sideName(given?.replace(/^the\s+/, ''));
    return { names: leader ? [leader] : [], outcome: 'led', ...(leader ? { winner: leader } : {}) };
  }
  // "The former champion won 4-6 6-1 6-3", "Ransome won 6-2 6-4 against X".
  if (WON_ALONE.test(before)) {
    const winner = nameBefore(before.replace(WON_ALONE, ''));
    return won(winner, nameAfterWord(after, /against|over/), 'verb');
  }
  return { names: [], outcome: 'unknown' };
}

/**
 * Whose a result named by a noun is: a possessive right before the score ("Rovers' 27-9 win"), else
 * the name that acts before "a"/"their" and the verb ("Harbourside secured a 2-1 win").
 */
function ownerBefore(before: string): string | undefined {
  const possessive = new RegExp(String.raw`(${NAME})['’]s?\s+$`, 'u').exec(before)?.[1];
  if (possessive) return sideName(possessive);
  return nameBefore(
    before
      .replace(/\b(?:a|an|the|their|his|her|its)\s+(?:[\p{Ll}-]+\s+)?$/u, '')
      .replace(/(?:\b\p{Ll}+\s+)+$/u, ''),
  );
}

/** The last match of a global pattern in a text, with where it starts and ends. */
function lastMatch(text: string, re: RegExp): { start: number; end: number; text: string } | undefined {
  let last: { start: number; end: number; text: string } | undefined;
  for (const m of text.matchAll(re)) last = { start: m.index, end: m.index + m[0].length, text: m[0] };
  return last;
}

/** The sides of a result that says who won. */
function won(winner: string | undefined, loser: string | undefined, from: Sides['from']): Sides {
  return {
    names: [winner, loser].filter((n): n is string => n !== undefined),
    outcome: 'won',
    ...(winner ? { winner } : {}),
    ...(loser ? { loser } : {}),
    ...(from ? { from } : {}),
  };
}

/**
 * A score written as its sides' points, the winner's first: "27-9" for Northfield of "Ashby 9-27
 * Northfield"; a score of sets is written from the winner's side already ("beat X 4-6 6-1 6-3"). A
 * result whose winner the sentence does not tell is kept as written.
 */
export function normalScore(sets: readonly string[], sides: Sides, headline = false): string {
  if (sides.outcome !== 'won' || sets.length !== 1) return sets.join(' ');
  const [a, b] = (sets[0] ?? '').split('-').map(Number);
  if (a === undefined || b === undefined) return sets.join(' ');
  // A headline's first side is its first name; a verb's score is the winner's first already, but
  // "lost 13-24" is written either way: the larger is the winner's.
  if (headline || a < b) return `${Math.max(a, b)}-${Math.min(a, b)}`;
  return `${a}-${b}`;
}

/** The words of a name, for comparing two sides: "Irina Volkhova" and "Volkhova" share one. */
export function sideWords(name: string): string[] {
  return name
    .toLowerCase()
    .split(/[\s&'’.-]+/)
    .filter((w) => w.length > 1 && !/^(?:the|of|and|de|fc|city|united|club)$/.test(w));
}

/** The shortest words two spellings of one name may differ by one letter in ("Volkova", "Volkhova"). */
const SPELLED_APART = 6;

/** True when two words are one letter apart (one added, dropped or changed), both long enough. Pure. */
export function oneLetterApart(a: string, b: string): boolean {
  if (Math.min(a.length, b.length) < SPELLED_APART || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * True when two names of sides may be one side: they share a word ("Jade Hollis", "Hollis"),
 * or a long word spelled one letter apart ("Irine Volkova", "Irina Volkhova").
 */
export function sameSide(a: string, b: string): boolean {
  const words = sideWords(a);
  return sideWords(b).some((w) => words.some((x) => x === w || oneLetterApart(x, w)));
}

/** Words after a score that make it odds, not a result: "the 4-1 favourite", "a 10-1 shot". */
const ODDS_AFTER = /^\s+(?:[\p{Ll}-]+\s+)?(?:favourites?|shots?|outsiders?|chance|odds|on\b|against\b)/u;
/** Words before a score that make it odds: "odds of 5-2", "priced at 10-1", "quoted at". */
const ODDS_BEFORE = /\b(?:odds\s+of|priced\s+at|quoted\s+at|price\s+of|bookmakers?\b[^.]*\bat)\s+$/i;

/** True when a score is a bet's odds ("the 4-1 favourite", "odds of 5-2"), not a result. */
export function isOdds(text: string, span: Pick<ScoreSpan, 'start' | 'end'>): boolean {
  return ODDS_AFTER.test(text.slice(span.end)) || ODDS_BEFORE.test(text.slice(0, span.start));
}

/** A result stated as a claim: its score, who played whom (winner first when told), when, how sure. */
export interface ScoreClaim {
  articleId: string;
  /** The fact that states it; undefined when it is the article's headline. */
  fact?: Fact;
  /** The sentence or headline, as written. */
  text: string;
  measure: 'score';
  /** As written: "7-5 6-3", "8-38", "6-3 7-6 (10-8)". */
  figure: string;
  /** Normalised: the sets in order, the winner's points first when the sentence says who won ("38-8"). */
  value: string;
  /** The tie-breaks, which a draft may leave out: "10-8". */
  detail?: string;
  sides: Sides;
  start: number;
  end: number;
  moment?: Moment;
  modality: Modality;
}

/**
 * The results a sentence (or a headline, `headline`) states, odds left out; `year` is the
 * article's, for its moments. Pure.
 */
export function scoreClaimsIn(
  text: string,
  articleId: string,
  options: { headline?: boolean; fact?: Fact; year?: number } = {},
): ScoreClaim[] {
  const spans = scoresIn(text).filter((s) => !isOdds(text, s));
  if (spans.length === 0) return [];
  const moments = momentsIn(text, options.year ?? 0);
  return spans.map((s) => {
    const sides = sidesOf(text, s, options.headline);
    const moment = momentOf(text, s, options.year ?? 0, moments);
    return {
      articleId,
      ...(options.fact ? { fact: options.fact } : {}),
      text,
      measure: 'score' as const,
      figure: s.text,
      value: normalScore(s.sets, sides, options.headline),
      ...(s.ties.length > 0 ? { detail: s.ties.join(' ') } : {}),
      sides,
      start: s.start,
      end: s.end,
      ...(moment ? { moment } : {}),
      modality: modalityOf(text, s.start, s.end),
    };
  });
}

const scoreMemo = new WeakMap<readonly Fact[], ScoreClaim[]>();

/**
 * The results an article states, its headline first (a result is often given there only: "Ashby
 * 9-27 Northfield"), then each fact's; remembered per version of the article.
 */
export function scoreClaimsOf(index: FactIndex, articleId: string): ScoreClaim[] {
  const facts = index.factsOf(articleId);
  const known = scoreMemo.get(facts);
  if (known) return known;
  const article = index.article(articleId);
  const year = yearOf(article?.published) ?? 0;
  const claims = [
    ...scoreClaimsIn(article?.title ?? '', articleId, { headline: true, year }),
    ...facts.flatMap((fact) =>
      /\d-\d/.test(fact.text) ? scoreClaimsIn(fact.text, articleId, { fact, year }) : [],
    ),
  ];
  scoreMemo.set(facts, claims);
  return claims;
}
