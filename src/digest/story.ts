/**
 * The story's name, from what the coverage is most about: the organisations and people it names
 * most, and names as the ones acting (the subject of a verb, a possessive: "Lattara has sued",
 * "Fenwick's shares"), not a word that only describes something else ("the Italian dairy group",
 * "New York attorney general") or says where ("in New York"). Read with wink-nlp's parts of speech
 * on the sentences that hold the most common names; nothing here knows a story.
 */

import { placeOfDemonym } from '../claims/demonyms.js';
import { isPlace } from '../claims/places.js';
import { NOT_A_SUBJECT } from '../claims/subject.js';
import { type TaggedWord, tagWordsOfMany } from '../facts/nlp.js';
import type { Fact } from '../facts/types.js';
import type { FactIndex } from '../index/fact-index.js';
import { wholeName } from './figures.js';

/** Titles before a name: part of no name. */
const TITLE = /^(?:mr|mrs|ms|miss|dr|sir|dame|lord|lady|prof|st)\.?$/i;
/**
 * Offices written before a name ("Minister Alan Dorsey", "Chancellor Ruth Amis"): no part of a
 * person's name, so not of the story's (issue 20 §4). Capitalized words only.
 */
const OFFICE =
  /^(?:Minister|President|Secretary|Chancellor|Commissioner|Senator|Governor|Chairman|Deputy|Premier)$/;
/** Prepositions of place: a name after one is where something is. */
const PLACE_WORD = /^(?:in|at|from|near|across|outside|throughout|around|to)$/i;
/** How many names are weighed (those most articles use), and how many sentences each at most. */
const CANDIDATES = 12;
const SAMPLE = 60;
/** A second name is given when it is named at least this share as much as the first. */
const SECOND = 0.35;
/** How much more a name counts for each share of the headlines writing it (all of them: twice). */
const HEADLINE = 1;
/**
 * A word at least this share of the headlines write names the story, whatever longer names hold it;
 * a place more than this share of them open with is not a mere place.
 */
const HEADLINE_NAME = 0.5;
/** How much a country or a continent counts, as against a name acting: a place alone names no story. */
const PLACE = 0.25;

/** The name worked out for an index, for the version it was worked out for. */
const named = new WeakMap<FactIndex, { version: number; name: string }>();

/** How much one mention of a name, the run of proper nouns `first..last`, says the story is about it. */
function weight(words: readonly TaggedWord[], first: number, last: number, text: string): number {
  const end = (words[last]?.start ?? 0) + (words[last]?.text.length ?? 0);
  const after = text.slice(end);
  if (/^['’]s?\b/.test(after) || /['’]s$/.test(words[last]?.text ?? '')) return 1; // "Fenwick's"
  const next = words[last + 1];
  const joined = next !== undefined && /^\s*$/.test(text.slice(end, next.start));
  if (next && (next.pos === 'VERB' || next.pos === 'AUX')) return 1; // "Lattara has sued"
  // Describing the noun after it: "Italian dairy group", "New York attorney general".
  if (joined && (next.pos === 'NOUN' || next.pos === 'ADJ' || next.pos === 'NUM')) return 0;
  const before = words[first - 1];
  if (before?.pos === 'AUX') return 0.1; // "... are Italian"
  if (before?.pos === 'ADP' && PLACE_WORD.test(before.text)) return 0.25; // "in New York"
  return 0.5;
}

interface Candidate {
  word: string;
  articles: Set<string>;
  facts: Fact[];
  score: number;
}

/**
 * The story's name: the name the coverage is most about, and a second when the coverage is nearly
 * as much about it ("Northwind AI and Vantor"); each as most articles write it ("Fenwick & Dunmore").
 */
export function storyName(index: FactIndex): string {
  const known = named.get(index);
  if (known?.version === index.version) return known.name;
  const name = nameOf(index);
  named.set(index, { version: index.version, name });
  return name;
}

function nameOf(index: FactIndex): string {
  index.readEntities(index.facts());
  const byWord = new Map<string, Candidate>();
  const proper = new Set<string>(); // every word of a name, as the tagger reads names
  for (const fact of index.facts()) {
    const article = index.original(fact.articleId);
    for (const name of index.entitiesOf(fact)) {
      const words = name.split(/\s+/).filter((w) => !TITLE.test(w) && !OFFICE.test(w));
      if (words.length === 0) continue;
      for (const word of new Set(words)) {
        proper.add(word);
        if (word.length < 2 || !/^\p{Lu}/u.test(word)) continue;
        const c = byWord.get(word) ?? { word, articles: new Set(), facts: [], score: 0 };
        c.articles.add(article);
        if (c.facts.at(-1) !== fact) c.facts.push(fact);
        byWord.set(word, c);
      }
    }
  }
  const candidates = [...byWord.values()]
    .sort((a, b) => b.articles.size - a.articles.size || b.facts.length - a.facts.length)
    .slice(0, CANDIDATES);
  if (candidates.length === 0) return 'the story';

  // How each candidate is used, in (at most SAMPLE of) the sentences that name it.
  const sample = [...new Set(candidates.flatMap((c) => c.facts.slice(0, SAMPLE)))];
  const tagged = tagWordsOfMany(sample.map((f) => f.text));
  const wanted = new Map(candidates.map((c) => [c.word, c]));
  const seenIn = new Map<string, number>();
  sample.forEach((fact, i) => {
    const words = tagged[i] ?? [];
    for (let first = 0; first < words.length; first++) {
      if (words[first]?.pos !== 'PROPN') continue;
      // A name runs on over capitalized words the tagger reads otherwise ("Northwind/PROPN AI/NOUN").
      let last = first;
      while (words[last + 1]?.pos === 'PROPN' || /^\p{Lu}/u.test(words[last + 1]?.text ?? '')) last++;
      const w = weight(words, first, last, fact.text);
      const named = new Set(words.slice(first, last + 1).map((t) => t.text.replace(/['’]s$/, '')));
      for (const word of named) {
        const c = wanted.get(word);
        if (!c) continue;
        c.score += w;
        seenIn.set(word, (seenIn.get(word) ?? 0) + 1);
      }
      first = last;
    }
  });
  // Sentences past the sample count as the sampled ones did; a name used in more articles weighs more,
  // and one the headlines write more still: a headline names what its article is about.
  const candidateWords = new Set(candidates.map((c) => c.word));
  const inHeadlines = headlineShare(index, candidateWords);
  const opening = headlinesOpening(index, candidateWords);
  // A place alone names no story, unless most headlines open with it, or its adjective, as the one
  // acting ("German exports slow", "German economy stalls": a story of Germany; not "India's
  // Zedair buys planes"; issue 20 §4).
  for (const c of candidates)
    c.score *=
      (c.facts.length / Math.max(1, Math.min(SAMPLE, c.facts.length))) *
      Math.sqrt(c.articles.size) *
      (1 + HEADLINE * inHeadlines(c.word)) *
      (isPlace(c.word) && opening(c.word) <= HEADLINE_NAME ? PLACE : 1);
  // Calendar words and time zones ("Monday", "GMT") name no story.
  const ranked = candidates
    .filter((c) => c.score > 0 && !NOT_A_SUBJECT.test(c.word))
    .sort((a, b) => b.score - a.score);

  const picked: string[] = [];
  const used = new Set<string>();
  const words = new Set(candidates.map((c) => c.word));
  const wordsOf = (name: string) => name.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
  for (const c of ranked) {
    if (picked.length === 2) break;
    if (used.has(c.word)) continue;
    if (picked.length === 1 && c.score < SECOND * (ranked[0]?.score ?? 0)) break;
    // A place's adjective names the place ("German": "Germany", where the coverage names it).
    const place = placeOfDemonym(c.word, words);
    const name = place ?? asWritten(c, index, proper);
    if (picked.length === 1) {
      // A second name holding a word of the first is the first written in full ("Elvis" and "Elvis
      // Presley"): one thing, named once by its longer form.
      const first = picked[0] ?? '';
      if (wordsOf(name).some((w) => wordsOf(first).includes(w))) {
        if (wordCount(name) > wordCount(first)) picked[0] = name;
        for (const w of wordsOf(name)) used.add(w);
        continue;
      }
    }
    // A word most of whose uses are inside longer names of other things ("Labour" of a "Federal
    // Labour Office" and an "International Labour Council") names no one thing of the story,
    // unless most headlines write it (the film "Meet the Parkers", headlined "Parkers ...").
    if (name === c.word && partOfLongerNames(c) && inHeadlines(c.word) < HEADLINE_NAME) continue;
    picked.push(name);
    for (const w of wordsOf(name)) used.add(w);
  }
  return picked.join(' and ') || 'the story';
}

/**
 * True when a name word stands inside a longer run of capitalized words (not opening a sentence) in
 * most of the sentences that write it. Pure over its sentences.
 */
function partOfLongerNames(c: Candidate): boolean {
  let inside = 0;
  let written = 0;
  for (const fact of c.facts)
    for (const m of fact.text.matchAll(CAPITALIZED_RUN)) {
      const words = m[0].split(/\s+&\s+|\s+|-/).map((w) => w.replace(/['’]s$|[.'’]$/u, ''));
      if (!words.includes(c.word)) continue;
      written++;
      // A sentence's first word is capitalized whatever it is: it makes no name longer.
      const named = (m.index === 0 ? words.slice(1) : words).filter((w) => !TITLE.test(w));
      if (named.length > 1 && named.includes(c.word)) inside++;
    }
  return written > 0 && inside * 2 > written;
}

/**
 * The share of the story's articles (copies once) whose headline writes a word, in any case, as a
 * capitalized word of its own ("Zedcom" in "Zedcom boss 'never saw the books'" for "ZedCom").
 */
function headlineShare(index: FactIndex, names: ReadonlySet<string> = new Set()): (word: string) => number {
  const headlines = new Map<string, Set<string>>();
  for (const a of index.articles()) {
    const words = (a.title ?? '').match(/\p{Lu}[\p{L}\p{N}]*/gu) ?? [];
    // A place's adjective writes the place ("German" of "Germany", among the names given).
    const places = words.flatMap((w) => placeOfDemonym(w, names) ?? []);
    headlines.set(index.original(a.id), new Set([...words, ...places].map((w) => w.toLowerCase())));
  }
  const all = [...headlines.values()];
  return (word) => (all.length === 0 ? 0 : all.filter((w) => w.has(word.toLowerCase())).length / all.length);
}

/**
 * The share of the story's articles (copies once) whose headline opens with a name word, or the
 * adjective of a place among `names` ("German" of "Germany"), not as another name's owner ("India's
 * Zedair"). Pure over the headlines.
 */
function headlinesOpening(index: FactIndex, names: ReadonlySet<string>): (word: string) => number {
  const opens = new Map<string, string>();
  for (const a of index.articles()) {
    const m = /^\W*(\p{Lu}[\p{L}\p{N}]*)(['’]s?\s)?/u.exec(a.title ?? '');
    const word = m?.[1];
    if (!word || m[2]) continue;
    opens.set(index.original(a.id), placeOfDemonym(word, names) ?? word);
  }
  const all = new Set(index.articles().map((a) => index.original(a.id))).size;
  return (word) => (all === 0 ? 0 : [...opens.values()].filter((w) => w === word).length / all);
}

/** A number word written capitalized: "Five" of "Five Lakes Bridge", "Four" of "Channel Four". */
const CAPITAL_NUMBER_WORD =
  /^(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Twenty|Hundred|Thousand)$/;

/** Runs of capitalized words, joined by spaces, "&" or hyphens: where names are written. */
const CAPITALIZED_RUN = /\p{Lu}[\p{L}\p{N}'’.-]*(?:(?:\s+&\s+|\s+|-)\p{Lu}[\p{L}\p{N}'’.-]*)*/gu;

/**
 * A name as the coverage writes it: of the runs of name words holding the word (at most three
 * words, titles left out), the longest that at least half of the word's articles use, and nearly
 * as many as the most used one ("Fenwick & Dunmore", "Northwind AI"; "Vantor", not "Vantor Lumen").
 */
function asWritten(c: Candidate, index: FactIndex, proper: ReadonlySet<string>): string {
  // A number word written capitalized inside a name is part of it ("Five Lakes Bridge"): the tagger
  // reads it as a number, not a name.
  const isNameWord = (w: string) => proper.has(w) || /^\p{Lu}{2,5}$/u.test(w) || CAPITAL_NUMBER_WORD.test(w);
  const forms = new Map<string, Set<string>>();
  for (const fact of c.facts)
    for (const m of fact.text.matchAll(CAPITALIZED_RUN)) {
      // The words as written, each with what joins it to the next.
      const parts = m[0].split(/(\s+&\s+|\s+|-)/);
      const words = parts.filter((_, i) => i % 2 === 0).map((w) => w.replace(/['’]s$|[.'’]$/u, ''));
      const at = words.indexOf(c.word);
      if (at < 0) continue;
      let from = at;
      let to = at;
      const before = (k: number) => words[k - 1] ?? '';
      while (from > 0 && isNameWord(before(from)) && !TITLE.test(before(from))) {
        // An office stops a person's name: "Minister Alan Dorsey" is Alan Dorsey.
        if (OFFICE.test(before(from))) break;
        from--;
      }
      while (to < words.length - 1 && isNameWord(words[to + 1] ?? '')) to++;
      const joint = (k: number) => {
        const between = parts[2 * k - 1] ?? ' ';
        return between.includes('&') ? ' & ' : between === '-' ? '-' : ' ';
      };
      for (let a = from; a <= at; a++)
        for (let b = at; b <= to && b - a < 3; b++) {
          const form = words
            .slice(a, b + 1)
            .map((w, i) => (i === 0 ? w : `${joint(a + i)}${w}`))
            .join('');
          forms.set(form, (forms.get(form) ?? new Set()).add(index.original(fact.articleId)));
        }
    }
  const most = Math.max(0, ...[...forms.values()].map((articles) => articles.size));
  const enough = Math.max(Math.ceil(c.articles.size / 2), 0.75 * most);
  const [best] = [...forms.entries()]
    .filter(([, articles]) => articles.size >= enough)
    .sort(([a, x], [b, y]) => wordCount(b) - wordCount(a) || y.size - x.size || a.localeCompare(b));
  // An organisation's name cut at "and" is written whole ("Food and Orvo Workers Union").
  return wholeName(
    best?.[0] ?? c.word,
    c.facts.map((f) => f.text),
  );
}

const wordCount = (name: string) => name.split(/\s+&\s+|\s+|-/).length;
