/**
 * Short forms and the names they stand for, read from the coverage: "the Northern Rowing Union
 * (NRU)" defines one; an article that writes "NRU" and "Northern Rowing Union" pairs them; and a
 * short form no article writes ("UCL") is the initials of a name the coverage does write
 * ("Easton Arts College"). So a question's short form also searches its full name, and a
 * full name its short form. Built from an index's facts and headlines on first use, once per
 * version of the index; each article's names are read once per version of the article.
 */
import { stemsOf } from '../facts/terms.js';
import type { FactIndex } from './fact-index.js';

/** A short form: two to six capitals ("NRU", "USTR"). */
export const SHORT_FORM = /^\p{Lu}{2,6}$/u;
/** A word of a text, as names are read ("Zed-Mart", "US", "&"), with a possessive on it. */
const WORD = /[\p{L}\p{N}&'’-]+/gu;
/** Small words inside a name, in lower case, that its initials may keep or leave out ("Freedom of Information": FOI). */
const JOINERS = new Set(['of', 'for', 'and', 'the', '&']);
/** The longest small word: a longer word is never one, and is not sliced to be looked up. */
const LONGEST_JOINER = Math.max(...[...JOINERS].map((w) => w.length));
/** A short form in brackets ("(NRU)", "(ISPs)"): the words before it may define it. */
const BRACKETED = /\((\p{Lu}{2,6})s?\)/gu;
/** Most words before a bracketed short form read for its definition. */
const DEFINITION_WORDS = 8;
/** Most capitalised words a name of the table holds. */
const NAME_WORDS = 6;
/** Fewest letters a short form needs to be read as a name's initials without a definition or an article pairing them. */
export const INITIALS_MIN = 3;
/** Most full names searched for one short form, most written first. */
export const MAX_EXPANSIONS = 4;

/**
 * True when `short` spells the initials of `words`: each capitalised word gives its first letter
 * (a word in capitals, all of its letters, "US Trade Representative": USTR), each small word in
 * lower case its first letter or nothing. The first and last words are no small words. Pure.
 */
export function spellsInitials(short: string, words: readonly string[]): boolean {
  const target = short.toUpperCase();
  const go = (w: number, at: number): boolean => {
    if (w === words.length) return at === target.length;
    if (at >= target.length) return false;
    const word = words[w] ?? '';
    if (JOINERS.has(word))
      return go(w + 1, at) || (word[0]?.toUpperCase() === target[at] && go(w + 1, at + 1));
    if (word[0]?.toUpperCase() !== target[at]) return false;
    if (go(w + 1, at + 1)) return true;
    // A word in capitals may give all its letters.
    return /^\p{Lu}{2,}$/u.test(word) && target.startsWith(word, at) && go(w + 1, at + word.length);
  };
  return words.length >= 2 && !JOINERS.has(words[0] ?? '') && !JOINERS.has(words.at(-1) ?? '') && go(0, 0);
}

/**
 * The strict initials of a name, its words joined by spaces: the first letter of each capitalised
 * word, small words left out ("Freedom of Information": FI; "US Trade Representative": UTR). A
 * short form is looked up by the strict initials it may stand for (see `strictKeys`). Read without
 * splitting the name (the table reads every name of a coverage). Pure.
 */
function strictInitialsOf(name: string): string {
  let initials = '';
  let start = 0;
  while (start <= name.length) {
    let end = name.indexOf(' ', start);
    if (end === -1) end = name.length;
    // Only a word no longer than the longest small word may be one.
    if (end - start > LONGEST_JOINER || !JOINERS.has(name.slice(start, end)))
      initials += name[start]?.toUpperCase() ?? '';
    start = end + 1;
  }
  return initials;
}

/**
 * The strict initials a short form may stand for: itself with any of its letters after the first
 * left out (those of small words, or of a word in capitals: FOI -> FI, USTR -> UTR). Pure.
 */
export function strictKeys(short: string): string[] {
  const keys = new Set<string>();
  const rest = short.slice(1);
  for (let mask = 0; mask < 1 << rest.length; mask++) {
    let key = short[0] ?? '';
    for (let i = 0; i < rest.length; i++) if (!(mask & (1 << i))) key += rest[i];
    if (key.length >= 2) keys.add(key);
  }
  return [...keys];
}

/** Each code unit's class as names are read: 0 not yet known, 1 a character of a word, 2 not. */
const WORD_CHARS = new Uint8Array(65536);

/** True for a character of a word as names are read: a letter, a digit, "-", "&", an apostrophe. */
const wordChar = (c: number) => {
  let known = WORD_CHARS[c] ?? 0;
  if (known === 0) {
    const is =
      (c >= 97 && c <= 122) ||
      (c >= 65 && c <= 90) ||
      (c >= 48 && c <= 57) ||
      c === 45 ||
      c === 38 ||
      c === 39 ||
      c === 0x2019 ||
      (c > 127 && /[\p{L}\p{N}]/u.test(String.fromCharCode(c)));
    known = is ? 1 : 2;
    WORD_CHARS[c] = known;
  }
  return known === 1;
};

/** True when a word opens with a capital ("Rugby", "US"); not "&", "-" nor a digit. */
const capitalised = (word: string) => {
  const c = word.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c > 127 && /^\p{Lu}/u.test(word));
};

/**
 * A run of a text's words that may hold names (see runsIn): each word by its bounds in the text, a
 * possessive's "'s" left out. Words of a run stand one space apart, so the words from one to
 * another are the text between them.
 */
interface Run {
  starts: number[];
  ends: number[];
  /** Whether each word is a small word (JOINERS), not a capitalised one. */
  small: boolean[];
}

/**
 * Calls `onRun` with each run of a text's words that may hold names: capitalised words, with small
 * words in lower case between them, cut at anything but a space and after a possessive (the run is
 * reused: copy what is kept). Scanned a character at a time, but for the stretches before a capital
 * where no run is under way, which a search skips: it reads every sentence of a coverage. Pure.
 */
function runsIn(text: string, onRun: (run: Readonly<Run>, length: number) => void): void {
  const run: Run = { starts: [], ends: [], small: [] };
  let length = 0;
  const flush = () => {
    if (length === 0) return;
    onRun(run, length);
    length = 0;
  };
  const push = (start: number, end: number, small: boolean) => {
    run.starts[length] = start;
    run.ends[length] = end;
    run.small[length] = small;
    length++;
  };
  const n = text.length;
  let i = 0;
  let lastEnd = -1;
  while (i < n) {
    if (length === 0) {
      // No run under way: words up to the next capital (or character beyond ASCII) cannot begin
      // one, and are skipped by a search rather than read a character at a time.
      NAME_START.lastIndex = i;
      const at = NAME_START.exec(text)?.index ?? n;
      if (at > 0 && at < n && wordChar(text.charCodeAt(at)) && wordChar(text.charCodeAt(at - 1))) {
        // Inside a word that does not open with a capital ("eBay"): past it.
        i = at;
        while (i < n && wordChar(text.charCodeAt(i))) i++;
        continue;
      }
      i = at;
      if (i >= n) break;
    }
    let code = text.charCodeAt(i);
    if (!wordChar(code)) {
      i++;
      continue;
    }
    const start = i;
    let apostrophe = -1;
    for (; i < n; i++) {
      code = text.charCodeAt(i);
      if (!wordChar(code)) break;
      if (apostrophe === -1 && (code === 39 || code === 0x2019)) apostrophe = i;
    }
    // Anything but one space since the last word ends a run.
    if (lastEnd >= 0 && !(start === lastEnd + 1 && text.charCodeAt(lastEnd) === 32)) flush();
    lastEnd = i;
    const first = text.charCodeAt(start);
    const upper = (first >= 65 && first <= 90) || (first > 127 && capitalised(text[start] ?? ''));
    // Most words are neither capitalised nor small words of a name: nothing is kept of them.
    if (!upper && (length === 0 || i - start > 3)) {
      flush();
      continue;
    }
    // A possessive ("Grey's"): the word without its "'s" (as /['’]s$/ reads it).
    const last = text.charCodeAt(i - 2);
    const possessive = i - start >= 2 && text.charCodeAt(i - 1) === 115 && (last === 39 || last === 0x2019);
    const end = possessive ? i - 2 : i;
    if (upper && !(apostrophe !== -1 && apostrophe < end)) push(start, end, false);
    else if (length > 0 && JOINERS.has(text.slice(start, end))) push(start, end, true);
    else flush();
    if (possessive) flush();
  }
  flush();
}

/** Where a word that opens a run may begin: a capital, or a character beyond ASCII. */
const NAME_START = /[A-Z\u0080-\uffff]/g;

/**
 * Each name of a run (see runsIn), passed to `onName` as the places of its first and last words:
 * small words at the run's end left out; each part from a capitalised word to a capitalised word,
 * at most NAME_WORDS capitalised words.
 */
function namesOfRun(run: Readonly<Run>, length: number, onName: (from: number, to: number) => void): void {
  let end = length;
  while (end > 0 && run.small[end - 1]) end--;
  for (let i = 0; i < end; i++) {
    if (run.small[i]) continue;
    let capitals = 1;
    for (let j = i + 1; j < end && capitals < NAME_WORDS; j++) {
      if (run.small[j]) continue;
      capitals++;
      onName(i, j);
    }
  }
}

/**
 * The names of a text: runs of capitalised words (small words in lower case between them), cut at
 * anything but a space and after a possessive; each run's parts from a capitalised word to a
 * capitalised word, at most NAME_WORDS capitalised words. Pure.
 */
export function namesIn(text: string): string[][] {
  const names: string[][] = [];
  runsIn(text, (run, length) =>
    namesOfRun(run, length, (from, to) => {
      const words: string[] = [];
      for (let k = from; k <= to; k++) words.push(text.slice(run.starts[k], run.ends[k]));
      names.push(words);
    }),
  );
  return names;
}

/**
 * The names of a text as namesIn reads them, each its words joined by a space (the text from its
 * first word to its last: a run's words stand one space apart), once each in the order first written.
 */
function nameStringsIn(text: string): string[] {
  const names = new Set<string>();
  runsIn(text, (run, length) =>
    namesOfRun(run, length, (from, to) => names.add(text.slice(run.starts[from], run.ends[to]))),
  );
  return [...names];
}

/**
 * What one article gives the table: its names (as written, once each), the short forms it writes,
 * and those it defines. A pure function of the article's text (`formsIn`): the index cache keeps
 * it by the article's content hash, so a change to how it is read must bump `CACHE_VERSION`.
 */
export interface ArticleForms {
  names: string[];
  written: string[];
  defined: Array<[short: string, name: string]>;
}

/** Reads a text's names, short forms and definitions ("the Northern Rowing Union (NRU)"). Pure. */
export function formsIn(text: string): ArticleForms {
  const names = nameStringsIn(text);
  const written = new Set<string>();
  for (const m of text.matchAll(/(?<![\p{L}\p{N}])(\p{Lu}{2,6})s?(?![\p{L}\p{N}])/gu))
    written.add(m[1] ?? '');
  const defined: Array<[string, string]> = [];
  for (const m of text.matchAll(BRACKETED)) {
    const short = m[1] ?? '';
    const before = text.slice(Math.max(0, m.index - 120), m.index).match(WORD) ?? [];
    const words = before.slice(-DEFINITION_WORDS).map((w) => w.replace(/['’]s$/, ''));
    // The fewest words before the brackets whose initials spell it.
    for (let k = 2; k <= words.length; k++) {
      const tail = words.slice(-k);
      if (spellsInitials(short, tail)) {
        defined.push([short, tail.join(' ')]);
        break;
      }
    }
  }
  return { names, written: [...written], defined };
}

/** The short forms of a coverage and the names they stand for. */
export class ShortForms {
  /** Short form -> full name -> in how many articles a definition or a pairing gives it. */
  private readonly paired = new Map<string, Map<string, number>>();
  /** Strict initials -> full name -> in how many articles it is written. */
  private readonly names = new Map<string, Map<string, number>>();
  /** Short forms some article writes. */
  private readonly written = new Set<string>();

  constructor(articles: Iterable<ArticleForms>) {
    const add = (map: Map<string, Map<string, number>>, key: string, name: string) => {
      let inner = map.get(key);
      if (!inner) {
        inner = new Map<string, number>();
        map.set(key, inner);
      }
      inner.set(name, (inner.get(name) ?? 0) + 1);
    };
    for (const a of articles) {
      const written = new Set(a.written);
      for (const short of written) this.written.add(short);
      for (const [short, name] of a.defined) add(this.paired, short, name);
      for (const name of a.names) add(this.names, strictInitialsOf(name), name);
    }
  }

  /** Whether some article writes the short form. */
  writes(short: string): boolean {
    return this.written.has(short);
  }

  /**
   * The full names a short form stands for ("EAC": "Easton Arts College"), most written
   * first, at most MAX_EXPANSIONS: those a definition or an article pairs with it; else, for
   * INITIALS_MIN letters or more, the coverage's names its letters spell.
   */
  expansions(short: string): string[] {
    if (!SHORT_FORM.test(short)) return [];
    const paired = this.paired.get(short);
    let pool: Map<string, number> | undefined = paired;
    if ((!pool || pool.size === 0) && short.length >= INITIALS_MIN) {
      pool = new Map();
      for (const key of strictKeys(short))
        for (const [name, n] of this.names.get(key) ?? [])
          if (spellsInitials(short, name.split(' '))) pool.set(name, n);
    }
    if (!pool) return [];
    return [...pool]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, MAX_EXPANSIONS)
      .map(([name]) => name);
  }

  /**
   * The short forms the coverage writes for a name of several words ("Northern Rowing Union":
   * "NRU"): one paired with it, or one of INITIALS_MIN letters or more its initials spell.
   */
  shortFormsOf(name: string): string[] {
    const words = name.split(/\s+/).filter(Boolean);
    if (words.length < 2) return [];
    const out: string[] = [];
    for (const [short, names] of this.paired) if (names.has(name)) out.push(short);
    if (out.length > 0) return out;
    for (const short of this.written)
      if (short.length >= INITIALS_MIN && spellsInitials(short, words)) out.push(short);
    return out;
  }
}

/**
 * True when the coverage writes a name of a question in another form: a short form in it stands for
 * a full name the coverage writes ("FOI Act": Freedom of Information), or a short form of it is
 * written ("Northern Rowing Union": NRU). Pure.
 */
export function writtenOtherwise(forms: ShortForms, name: string): boolean {
  const words = name.split(/\s+/);
  return (
    words.some((w) => SHORT_FORM.test(w) && forms.expansions(w).length > 0) ||
    namesIn(name).some((part) => forms.shortFormsOf(part.join(' ')).length > 0)
  );
}

/** Each article's forms, by article id and hash: read again only when the article changes. */
const perArticle = new WeakMap<FactIndex, Map<string, { hash: string; forms: ArticleForms }>>();
/** The table of an index, for one version of it. */
const tables = new WeakMap<FactIndex, { version: number; table: ShortForms }>();

/** The forms kept for an index's articles, made on first need. */
function formsCache(index: FactIndex): Map<string, { hash: string; forms: ArticleForms }> {
  let cache = perArticle.get(index);
  if (!cache) {
    cache = new Map();
    perArticle.set(index, cache);
  }
  return cache;
}

/**
 * Gives an index's table an article's forms as an earlier process read them (the index cache), so
 * that the table does not read them again while the article's content hash is unchanged. An
 * empty hash is never trusted (the article is read again).
 */
export function keepForms(index: FactIndex, articleId: string, hash: string, forms: ArticleForms): void {
  if (hash !== '') formsCache(index).set(articleId, { hash, forms });
}

/**
 * An article's forms as the table read (or was given) them for this content hash, for the index
 * cache; undefined when the table has not read this article's current content.
 */
export function keptForms(index: FactIndex, articleId: string, hash: string): ArticleForms | undefined {
  const entry = perArticle.get(index)?.get(articleId);
  return entry && hash !== '' && entry.hash === hash ? entry.forms : undefined;
}

/** The short forms of an index's coverage (its facts and headlines), for its current version. */
export function shortFormsOf(index: FactIndex): ShortForms {
  const kept = tables.get(index);
  if (kept?.version === index.version) return kept.table;
  const cache = formsCache(index);
  const articles = index.articles();
  const live = new Set<string>();
  const forms: ArticleForms[] = [];
  for (const article of articles) {
    live.add(article.id);
    const hash = article.hash ?? '';
    let entry = cache.get(article.id);
    if (!entry || entry.hash !== hash || hash === '') {
      const text = [article.title, ...index.factsOf(article.id).map((f) => f.text)].join('\n');
      entry = { hash, forms: formsIn(text) };
      cache.set(article.id, entry);
    }
    forms.push(entry.forms);
  }
  for (const id of cache.keys()) if (!live.has(id)) cache.delete(id);
  const table = new ShortForms(forms);
  tables.set(index, { version: index.version, table });
  return table;
}

/** The stems of a full name, as a phrase to search ("Freedom of Information": freedom, of, inform). */
export const phraseOf = (name: string): string[] => stemsOf(name);
