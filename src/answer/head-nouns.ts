/**
 * Head nouns of telegraphic queries (nouns-34, issue 21 §1/§2): a query typed with no question word
 * names the kind of answer it wants by its last noun, often a phrase of two words no single word of
 * which says it ("grey easton open prize money", "ann grey pay package", "easton fair ticket prices"), or
 * by a word that only qualifies the noun before it ("easton flood insurance bill estimate"). Pure.
 */

/** The kinds a head noun names, as question.ts's measure nouns do. */
export type HeadKind = 'money' | 'count' | 'duration' | 'money-or-amount';

/** Phrases of two words (the noun and the word before it) that name a kind, with the kind. */
const HEAD_PHRASES: ReadonlyArray<[RegExp, HeadKind]> = [
  // Money paid or won: "prize money", "transfer money"; a package or deal of pay.
  [/^\p{L}+ money$/u, 'money'],
  [/^pay (?:package|packet|deal|award|offer|settlement|off|rise)$/, 'money'],
  [/^price tags?$/, 'money'],
  [/^(?:ticket|share|asking|sale|selling|purchase|cover|entry|admission|retail|list) prices?$/, 'money'],
  [
    /^(?:wage|pension|bonus|severance|compensation|insurance|tax|legal) (?:bill|package|pot|payment|payments|award)$/,
    'money',
  ],
  [/^(?:deal|contract|transfer|takeover|sale|bid) (?:value|worth|sum)$/, 'money'],
  // Counts: how many died ("job cuts" after "for" is no head: "X charge for the 2,850 job cuts").
  [/^(?:death|casualty|body) (?:toll|count)$/, 'count'],
  [/^(?:contract|prison|jail|ban|suspension) (?:length|term)$/, 'duration'],
];

/** Whether the noun at `i` and the word before it make one of HEAD_PHRASES (that word names no subject then). */
export function headPhrase(words: readonly string[], i: number): boolean {
  const pair = `${words[i - 1] ?? ''} ${words[i] ?? ''}`;
  return i >= 1 && HEAD_PHRASES.some(([re]) => re.test(pair));
}

/** Single nouns of money no question.ts list holds. */
const HEAD_WORDS: ReadonlyArray<[RegExp, HeadKind]> = [
  [/^(?:wage|prices|fees|bills|fines|package)$/, 'money'],
];

/** Words that only qualify the noun before them: the kind is that noun's ("bill estimate", "fee figure"). */
const QUALIFIERS = /^(?:estimate|estimates|estimated|figure|figures|forecast|projection|total|level|amount)$/;

/**
 * The kind of answer the noun at `i` of a query's words names, read from it and the word before it
 * (`kindOfWord` for the one-word lists of question.ts); a qualifier defers to the noun before it. Pure.
 */
export function headKind<K extends string>(
  words: readonly string[],
  i: number,
  kindOfWord: (w: string) => K | undefined,
): HeadKind | K | undefined {
  const w = words[i] ?? '';
  const before = words[i - 1] ?? '';
  const found = before ? HEAD_PHRASES.find(([re]) => re.test(`${before} ${w}`))?.[1] : undefined;
  if (found) return found;
  if (QUALIFIERS.test(w) && i >= 1) {
    const prior = kindOfWord(before) ?? headKind(words, i - 1, kindOfWord);
    if (prior) return prior;
  }
  return HEAD_WORDS.find(([re]) => re.test(w))?.[1];
}

/** The kinds of name, time and count a head noun asks for beyond measures ("X venue", "X coach"). */
export type NamedKind = 'place' | 'date' | 'duration' | 'count' | 'person' | 'organisation';

/** Head nouns naming what is asked by its kind (one word, or two for a title of office). */
const NAMED_HEADS: ReadonlyArray<[RegExp, NamedKind]> = [
  [/^(?:venue|base|headquarters|hq|city|destination|location|whereabouts|birthplace|hometown)$/, 'place'],
  [/^(?:date|birthday)$/, 'date'],
  [/^(?:term|sentence|ban|stint)$/, 'duration'],
  [/^(?:attendance|crowd|toll|audience|majority)$/, 'count'],
  [
    /^(?:coach|boss|chief|successor|manager|captain|chairman|opponent|replacement|ceo|leader|owner|founder|director|editor|predecessor|spokesman|spokeswoman)$/,
    'person',
  ],
  [/^(?:club|band|label|publisher|sponsor|buyer|bidder|insurer|broker|parent)$/, 'organisation'],
];

/** Titles of office of two words ("chief executive", "finance director"): a person. */
const NAMED_TITLES =
  /^(?:chief|managing|executive|finance|financial|creative|artistic|musical|technical|sporting|football|operating|commercial|general) (?:executive|director|officer|manager|secretary)$/;

/** Words asking the name of the noun before them ("chief executive name", "firm names"). */
const NAME_WORDS = /^(?:name|names)$/;

/**
 * What the noun at `i` of a query's lower-case words asks for by its kind, with the noun naming it:
 * a place, a date, a time, a count, a person or an organisation ("rovers trial city", "brickworks chief
 * executive name", "grey's current club", "jail term"); "name" defers to the noun before it. Pure.
 */
export function namedHead(
  words: readonly string[],
  i: number,
): { kind: NamedKind; head: string; from: number } | undefined {
  let at = i;
  if (NAME_WORDS.test(words[at] ?? '') && at >= 1) at--;
  const w = words[at] ?? '';
  if (at >= 1 && NAMED_TITLES.test(`${words[at - 1]} ${w}`)) return { kind: 'person', head: w, from: at - 1 };
  const kind = NAMED_HEADS.find(([re]) => re.test(w))?.[1];
  return kind ? { kind, head: w, from: at } : undefined;
}
