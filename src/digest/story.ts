/**
 * The story's name, from what the coverage is most about: the organisations and people it names
 * most, and names as the ones acting (the subject of a verb, a possessive: "Lattara has sued",
 * "Fenwick's shares"), not a word that only describes something else ("the Italian dairy group",
 * "New York attorney general") or says where ("in New York"). Read with wink-nlp's parts of speech
 * on the sentences that hold the most common names; nothing here knows a story.
 */

import { placeOfDemonym } from '../claims/demonyms.js';
import { isPlace, isRegion, placeWord } from '../claims/places.js';
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
/** How much more a name counts for each share of the leads (an article's first sentence) writing it. */
const LEAD = 1;
/**
 * How much a name no headline and no lead writes counts: one the body alone names (a speaker quoted,
 * a source of figures, a place of the background) is told about, not what the story is about.
 */
const UNLED = 0.25;

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
  // Capitalized words the tagger reads as words that join or point, never names ("Like" of a song's
  // title "Like Paper Kites", "The"): no part of a name written whole.
  // ("Da" of "Da Costa", read as a determiner, may be a name's; "The" never is: `NO_NAME_WORD`.)
  const FUNCTION_TAGS = new Set(['ADP', 'AUX', 'PRON', 'CCONJ', 'SCONJ', 'PART', 'ADV']);
  const notName = new Set<string>();
  for (const words of tagged)
    for (const w of words) if (FUNCTION_TAGS.has(w.pos) && /^\p{Lu}/u.test(w.text)) notName.add(w.text);
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
  const inLeads = headlineShare(index, candidateWords, true);
  const opening = headlinesOpening(index, candidateWords);
  // A place alone names no story, unless most headlines open with it, or its adjective, as the one
  // acting ("German exports slow", "German economy stalls": a story of Germany; not "India's
  // Zedair buys planes"; issue 20 §4).
  for (const c of candidates)
    c.score *=
      (c.facts.length / Math.max(1, Math.min(SAMPLE, c.facts.length))) *
      Math.sqrt(c.articles.size) *
      (1 + HEADLINE * inHeadlines(c.word) + LEAD * inLeads(c.word)) *
      (inHeadlines(c.word) + inLeads(c.word) === 0 ? UNLED : 1) *
      (isPlaceName(c.word) && opening(c.word) <= HEADLINE_NAME ? PLACE : 1);
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
    // A second name is one the headlines or leads write too: one the body alone names (the party a
    // speech attacks, a source of figures) is context, however often (issue 20 §4).
    if (picked.length === 1 && inHeadlines(c.word) + inLeads(c.word) === 0) continue;
    // Nor is a second name a place, unless most headlines open with it: where the first acts.
    if (picked.length === 1 && isPlaceName(c.word) && opening(c.word) <= HEADLINE_NAME) continue;
    // A place's adjective names the place ("German": "Germany", where the coverage names it).
    const place = placeOfDemonym(c.word, words);
    const name = place ?? asWritten(c, index, proper, notName);
    if (picked.length === 1) {
      // A second name holding every word of the first, or held in it, is the first written in full
      // ("Elvis" and "Elvis Presley"): one thing, named once by its longer form. Two names sharing a
      // word only are two ("Zedmark Life" and "Orvo Sun Life").
      const first = picked[0] ?? '';
      const within = (a: string, b: string) => wordsOf(a).every((w) => wordsOf(b).includes(w));
      if (within(first, name) || within(name, first) || oneParty(name, first)) {
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
  // A story whose headlines name none of the names picked (every name of the body alone: a speaker
  // quoted, a place of the background) is named by the thing its headlines share, where they share
  // one: "Wheat", not a minister quoted once (issue 20 §4).
  if (picked.length > 0 && picked.every((name) => wordsOf(name).every((w) => inHeadlines(w) === 0))) {
    const thing = headlineThing(index);
    if (thing) return thing;
  }
  // Nor does a place, or two: where the story happens ("US and New York" of oil prices). The
  // thing the headlines share names it where they share one (digest-35).
  if (picked.length > 0 && picked.every((name) => isPlaceName(name) || placedOnly(index, name))) {
    const thing = headlineThing(index);
    if (thing) return thing;
  }
  return picked.join(' and ') || 'the story';
}

/**
 * A party's other names, as news writes them for one party ("the Tories" are the Conservatives; "Lib
 * Dems" the Liberal Democrats): a second name of the same party is no second name.
 */
const PARTY_NAMES: readonly RegExp[] = [
  /^(?:Tor(?:y|ies)|Conservatives?)(?: Party)?$/,
  /^(?:Lib Dems?|Liberal Democrats?)$/,
];
const oneParty = (a: string, b: string) => PARTY_NAMES.some((p) => p.test(a) && p.test(b));

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
 * A country, a continent or a region under any of its names ("Britain", "America" for the UK and
 * the US): where something happens, not who acts.
 */
const isPlaceName = (word: string) => isRegion(word) || isPlace(placeWord(word.toLowerCase()).toUpperCase());

/** A preposition placing the name after it: "in New York", "on the Gulf coast", "from Tokyo". */
const PLACING = /\b(?:in|on|at|from|to|into|across|outside|inside|near|around)\s+(?:the\s+)?$/i;

/**
 * What is held or put in a firm, before the "in" / "into" that names it: "shares in Zedco", "a stake
 * in", "investors piled into": the name is who is held, no place.
 */
const HELD_IN =
  /\b(?:shares?|stakes?|holdings?|interests?|investments?|invest(?:s|ed|ing)?|investors?|piled|bought|buying)\s+(?:in|into)\s+(?:the\s+)?$/i;

/**
 * True when every sentence writing a name writes it after a placing preposition ("traded in New York",
 * "closed in Tokyo"): a place the coverage does not list as one. Pure over the facts.
 */
function placedOnly(index: FactIndex, name: string): boolean {
  let written = 0;
  for (const fact of index.facts())
    for (let at = fact.text.indexOf(name); at >= 0; at = fact.text.indexOf(name, at + name.length)) {
      written++;
      const before = fact.text.slice(Math.max(0, at - 30), at);
      if (!PLACING.test(before) || HELD_IN.test(before)) return false;
    }
  return written > 0;
}

/**
 * The share of the story's articles (copies once) whose headline writes a word, in any case, as a
 * capitalized word of its own ("Zedcom" in "Zedcom boss 'never saw the books'" for "ZedCom"); with
 * `lead`, whose first sentence does.
 */
function headlineShare(
  index: FactIndex,
  names: ReadonlySet<string> = new Set(),
  lead = false,
): (word: string) => number {
  const headlines = new Map<string, Set<string>>();
  for (const a of index.articles()) {
    const text = lead ? (index.factsOf(a.id).find((f) => f.position === 0)?.text ?? '') : (a.title ?? '');
    const words = text.match(/\p{Lu}[\p{L}\p{N}]*/gu) ?? [];
    // A place's adjective writes the place ("German" of "Germany", among the names given).
    const places = words.flatMap((w) => placeOfDemonym(w, names) ?? []);
    headlines.set(index.original(a.id), new Set([...words, ...places].map((w) => w.toLowerCase())));
  }
  const all = [...headlines.values()];
  // A name's plural writes it too ("Zedcos" of "Zedco").
  const forms = (word: string) => {
    const w = word.toLowerCase();
    return [w, `${w}s`, w.replace(/y$/, 'ies')];
  };
  return (word) =>
    all.length === 0 ? 0 : all.filter((w) => forms(word).some((f) => w.has(f))).length / all.length;
}

/**
 * The thing most headlines write, where they name no one: the common noun at least half the
 * headlines (copies once, two at least) write ("wheat" of "Frost lifts wheat to $9" and
 * "Wheat prices top $9 a bushel"), capitalized; none when no noun is shared so. Read with the
 * tagger's parts of speech.
 */
function headlineThing(index: FactIndex): string | undefined {
  const titles = new Map<string, string>();
  const leads: string[] = [];
  for (const a of index.articles())
    if (a.title && !titles.has(index.original(a.id))) {
      titles.set(index.original(a.id), a.title);
      leads.push(index.factsOf(a.id).find((f) => f.position === 0)?.text ?? '');
    }
  if (titles.size < 2) return undefined;
  const tagged = tagWordsOfMany([...titles.values()]);
  const count = new Map<string, number>();
  // A headline's capitalized first word may be read as a name ("Wheat prices back above $9").
  for (const words of tagged)
    for (const w of new Set(
      words.filter((t) => t.pos === 'NOUN' || t.pos === 'PROPN').map((t) => t.text.toLowerCase()),
    ))
      count.set(w, (count.get(w) ?? 0) + 1);
  const [best] = [...count.entries()]
    // The leads write it too, in lower case: a thing, not a name ("hits" of "campaign hits websites"
    // is a verb the tagger may take for a noun; no lead says it so).
    // A place is where, not what ("Europe" of "Europe oil down 5%").
    .filter(
      ([w, n]) =>
        n * 2 >= titles.size &&
        n >= 2 &&
        /^\p{L}{3,}$/u.test(w) &&
        !isPlaceName(w.charAt(0).toUpperCase() + w.slice(1)),
    )
    // A lead opening with it writes it capitalized as any first word ("Oil prices recovered ...").
    .filter(
      ([w]) =>
        leads.filter((l) => new RegExp(`\\b${w}\\b`, 'u').test(l) || l.toLowerCase().startsWith(`${w} `))
          .length *
          2 >=
        leads.length,
    )
    .sort(([a, x], [b, y]) => y - x || b.length - a.length || a.localeCompare(b));
  return best ? best[0].charAt(0).toUpperCase() + best[0].slice(1) : undefined;
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
 * Runs of capitalized words that may also be joined by "of" ("Bank of Zedland", "Council of
 * Orvo Lenders"): how an organisation's name is written whole.
 */
const NAME_RUN = /\p{Lu}[\p{L}\p{N}'’.-]*(?:(?:\s+&\s+|\s+of\s+|\s+|-)\p{Lu}[\p{L}\p{N}'’.-]*)*/gu;
/** Words capitalized at a sentence's start whatever they are, or opening a name without being one. */
const NO_NAME_WORD = /^(?:The|A|An|This|That|These|Those|Its|His|Her|Their|Our|But|And|Or|If|In|On|At|For)$/;

/**
 * A name as the coverage writes it: of the runs of name words holding the word (at most three
 * words, titles left out), the longest that at least half of the word's articles use, and nearly
 * as many as the most used one ("Fenwick & Dunmore", "Northwind AI"; "Vantor", not "Vantor Lumen").
 */
function asWritten(
  c: Candidate,
  index: FactIndex,
  proper: ReadonlySet<string>,
  notName: ReadonlySet<string> = new Set(),
): string {
  // A number word written capitalized inside a name is part of it ("Five Lakes Bridge"): the tagger
  // reads it as a number, not a name.
  // Inside a run of capitalized words, past a sentence's first word, a capitalized word is part of
  // the name the tagger may have cut ("Zedmark Life", "Orvo Sun Life": "Life" read as a noun).
  const isNameWord = (w: string, opening = false) =>
    proper.has(w) ||
    /^\p{Lu}{2,5}$/u.test(w) ||
    CAPITAL_NUMBER_WORD.test(w) ||
    (!opening && /^\p{Lu}/u.test(w) && !NO_NAME_WORD.test(w) && !OFFICE.test(w) && !notName.has(w));
  const forms = new Map<string, { articles: Set<string>; facts: number }>();
  for (const fact of c.facts)
    for (const m of fact.text.matchAll(NAME_RUN)) {
      // The words as written, each with what joins it to the next.
      const parts = m[0].split(/(\s+&\s+|\s+of\s+|\s+|-)/);
      const written = parts.filter((_, i) => i % 2 === 0);
      const words = written.map((w) => w.replace(/['’]s$|[.'’]$/u, ''));
      const at = words.indexOf(c.word);
      if (at < 0) continue;
      // A possessive ends a name: "Zedco's Orvo Plant" is Zedco's.
      const owner = (k: number) => /['’]s?$/u.test(written[k] ?? '');
      // The run's first word opens a sentence (or a quote) when nothing but punctuation stands before it.
      const opensSentence = /(?:^|[.!?:;]\s*["'‘“]?|^["'‘“])\s*$/u.test(fact.text.slice(0, m.index));
      let from = at;
      let to = at;
      const before = (k: number) => words[k - 1] ?? '';
      // "of" joins two names' words, never a number's ("Two of Zedland's unions").
      const ofJoint = (k: number) => /\bof\b/.test(parts[2 * k - 1] ?? '');
      while (
        from > 0 &&
        !owner(from - 1) &&
        !(ofJoint(from) && CAPITAL_NUMBER_WORD.test(before(from))) &&
        isNameWord(before(from), from - 1 === 0 && opensSentence) &&
        !TITLE.test(before(from))
      ) {
        // An office stops a person's name: "Minister Alan Dorsey" is Alan Dorsey.
        if (OFFICE.test(before(from))) break;
        from--;
      }
      while (to < words.length - 1 && !owner(to) && isNameWord(words[to + 1] ?? '')) to++;
      const joint = (k: number) => {
        const between = parts[2 * k - 1] ?? ' ';
        return between.includes('&') ? ' & ' : between === '-' ? '-' : /\bof\b/.test(between) ? ' of ' : ' ';
      };
      for (let a = from; a <= at; a++)
        for (let b = at; b <= to && b - a < 4; b++) {
          // "of" joins the two halves of a name; a name never opens or ends at it.
          if (joint(a + 1) === ' of ' && a === b) continue;
          const form = words
            .slice(a, b + 1)
            .map((w, i) => (i === 0 ? w : `${joint(a + i)}${w}`))
            .join('');
          const known = forms.get(form) ?? { articles: new Set<string>(), facts: 0 };
          known.articles.add(index.original(fact.articleId));
          known.facts++;
          forms.set(form, known);
        }
    }
  const most = Math.max(0, ...[...forms.values()].map((f) => f.articles.size));
  const enough = Math.max(Math.ceil(c.articles.size / 2), 0.75 * most);
  const [best] = [...forms.entries()]
    .filter(([, f]) => f.articles.size >= enough)
    .sort(
      ([a, x], [b, y]) =>
        wordCount(b) - wordCount(a) || y.articles.size - x.articles.size || a.localeCompare(b),
    );
  // An organisation's name cut at "and" is written whole ("Food and Orvo Workers Union").
  return wholeName(
    best?.[0] ?? c.word,
    c.facts.map((f) => f.text),
  );
}

const wordCount = (name: string) => name.split(/\s+&\s+|\s+of\s+|\s+|-/).length;
