/**
 * The claims layer: each figure of a fact read once, when first asked, as a claim: its value (with
 * the same amount in other currencies), whose it is (coreference within the article), what it
 * measures, when, and how sure the sentence is. Answers, the digest and the draft check all read
 * figures through here, so they cannot disagree about one.
 */

import { DAY, MONTH } from '../facts/months.js';
import { recentlyTagged, type TaggedWord, tagWords } from '../facts/nlp.js';
import { DURATION_UNIT, type Quantity } from '../facts/quantities.js';
import { escapeRegExp, termsOf } from '../facts/terms.js';
import type { Fact } from '../facts/types.js';
import type { FactIndex } from '../index/fact-index.js';
import { attribute } from '../index/measures.js';
import { type Concept, defaultVocabulary, type Vocabulary } from '../index/vocabulary.js';
import {
  focusKnown,
  focusOf,
  isPersonName,
  LEAD_FACTS,
  ORGANISATION_REFERENCE,
  PERSON_NOUN,
  PERSON_REFERENCE,
  THING_REFERENCE,
} from './focus.js';
import { measureOfStructure, movement, shareOfGroup } from './measure.js';
import { fittedModality, type Modality } from './modality.js';
import { type Moment, momentOf, momentsIn, yearOf } from './moments.js';
import { mayHavePhraseOwner, phraseOwnerOf } from './phrase.js';
import { isRegion } from './places.js';
import { type Attribution, attributionOf, firstPersonQuote, quoted } from './speaker.js';
import {
  describesPerson,
  NOT_A_SUBJECT,
  namesNoOne,
  occurrences,
  openingName,
  ownerNames,
  partedNames,
  passesOn,
  subjectOf,
} from './subject.js';
import {
  chooserDecides,
  chooseSubject,
  onlyRule,
  SILENT,
  type SubjectCandidate,
  type SubjectContext,
  subjectCandidates,
} from './subject-fit.js';

/** Measures that count people: a figure of time ("four minutes", "12 hours") never takes one. */
const PEOPLE_MEASURES = new Set(['jobs', 'customers', 'unemployed']);

/**
 * Nouns of a count that say only who or how often, not what is counted apart from a measure word
 * near it: people, a people ("Britons"), multiples, ages and spans of time.
 */
const BARE_COUNT_NOUN =
  /^(?:people|persons|households|homes|adults|consumers|times|years old|new|more|fewer|extra|additional|other|mark|figure|level|total)$/i;

/**
 * The nearest measure word's concept for a figure, unless the figure is a count of a noun of its own
 * that the concept does not name: "three tuners", "100 countries", "64 electrodes" count tuners,
 * countries and electrodes, not the customers or jobs a word nearby names (measure-35). A count of
 * people, of a people, a multiple, an age or a span of time still takes the word near it.
 */
function nearestOwn(q: Quantity, nearest: Concept | undefined): Concept | undefined {
  if (!nearest || q.kind !== 'count' || !q.unit) return nearest;
  const unit = q.unit;
  // The noun as written ("3 million Germans": a people), and the words before it ("6,000 job losses").
  const written = q.text.replace(
    /^[^\p{L}]*(?:(?:about|around|some|nearly|almost|more than|over|up to|just|only|at least)\s+)?[\d.,]+\s*(?:m|bn|million|billion|thousand)?\b/iu,
    '',
  );
  if (BARE_COUNT_NOUN.test(unit) || DURATION_UNIT.test(unit) || /\b\p{Lu}\p{Ll}+s$/u.test(written))
    return nearest;
  const stems = termsOf(`${written} ${unit}`).map((t) => t.stem);
  if (stems.length === 0) return nearest;
  return nearest.phrases.some((p) => p.every((w) => stems.includes(w))) ? nearest : undefined;
}

/** One figure of a fact, read as a claim: who / what / how much / when / how sure. */
export interface FigureClaim {
  fact: Fact;
  /** The value as written, qualifier included. */
  quantity: Quantity;
  /** The same amount in other currencies, bracketed after it: "1.5bn euros ($2bn; £1.1bn)". */
  also: Quantity[];
  /** What it measures; undefined when no measure word of its kind stands near it. */
  measure?: Concept;
  /** Whose figure it is: names as the article writes them; empty when it cannot be told. */
  subject: string[];
  /**
   * `named`: the sentence names it; `resolved`: "the firm", "it", "he" or a sentence naming nobody,
   * read as the article's focus (see focus.ts); `phrase`: no name owns it, the noun phrase it
   * belongs to in the sentence's structure does, as written ("world music" of "world
   * music sales declined by 1.6%", see phrase.ts); `none`: not told.
   */
  subjectFrom: 'named' | 'resolved' | 'phrase' | 'none';
  /** When the figure holds, as the sentence says. */
  moment?: Moment;
  modality: Modality;
}

/**
 * True when a money figure only converts an amount just before it, in brackets: "£1.45bn ($2.7bn)",
 * "120.5bn roubles (£2.2bn; $4.3bn)".
 */
export function isConversion(fact: Fact, q: Quantity): boolean {
  if (q.kind !== 'money') return false;
  const open = fact.text.lastIndexOf('(', q.start);
  if (open < 0 || fact.text.slice(open, q.start).includes(')')) return false;
  // The sum before the bracket, its currency written as one word ("1.55bn euros") or as a country's
  // money in words ("2.4bn Australian dollars ($1.9bn; £1bn)", "Hong Kong dollars").
  return /\d(?:[\d.,]*)\s*(?:bn|m|k|billion|million|trillion|thousand)?\s*(?:\p{L}*|(?:\p{Lu}\p{L}+\s+){1,2}(?:dollars?|pounds?|francs?|pesos?|rupees?|yuan|yen|kronor|krona|kroner|krone|rand|rupiah|ringgit|baht|reais|riyals?|dinars?|shekels?|lira|roubles?|rubles?|won))\s*$/u.test(
    fact.text.slice(0, open),
  );
}

/**
 * The measure a noun right after a figure names ("a $8.5bn (£4.5bn) back tax bill", "a $900m
 * loan"): it says what the figure is better than a word further away.
 */
export function measureAfter(fact: Fact, q: Quantity, vocabulary: Vocabulary): Concept | undefined {
  const rest = fact.text.slice(q.end).replace(/^\s*\([^)]*\)/, '');
  // Only the noun the figure stands before ("back tax bill", "in unpaid taxes"), not "and valued
  // the company" nor "in Northwind AI".
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

/** True when a moment is a deal named by a word of the concept itself: "its bid" for an offer. */
function ownWord(moment: Moment, concept: Concept): boolean {
  if (moment.key !== 'the deal') return false;
  const stem = termsOf(moment.text).at(-1)?.stem ?? '';
  return concept.phrases.some((p) => p.length === 1 && p[0] === stem);
}

/**
 * What may stand between two figures of one list, the second with no measure word of its own:
 * "cost £2.3m, the Lib Dems' £0.9m and the Greens' £310,000", "1,700 will go from sales, 3,400
 * from operations". At most this many characters, no full stop, semicolon or bracket.
 */
const LIST_GAP = /^[^.;:()]{0,60}$/;
/** Words that join two clauses, not two items of a list: "down 1.4% on Tuesday, after Monday's 5% gain". */
const NOT_A_LIST =
  /\b(?:after|before|since|compared|against|than|versus|but|when|because|although|though)\b/i;
/** A list's joint: a comma or "and" between the two figures. */
const LIST_JOINT = /,|\band\b/;

/** The measure of the figure before `q` in its list, when `q` continues that list. */
function listedAfter(
  text: string,
  previous: Pick<FigureClaim, 'fact' | 'quantity' | 'measure'> | undefined,
  q: Quantity,
): Concept | undefined {
  if (!previous?.measure || previous.quantity.kind !== q.kind || previous.fact.text !== text)
    return undefined;
  const gap = text.slice(previous.quantity.end, q.start);
  // "employs 6,000 people, produced 110,000 cars": another noun, or a verb of its own, is no list.
  if (q.kind === 'count' && q.unit && previous.quantity.unit && q.unit !== previous.quantity.unit)
    return undefined;
  if (/\b\p{Ll}+ed\b/u.test(gap)) return undefined;
  return LIST_GAP.test(gap) && LIST_JOINT.test(gap) && !NOT_A_LIST.test(gap) ? previous.measure : undefined;
}

/** How many more times the topic's words must be written than any other money measure's. */
const TOPIC_MARGIN = 2;

const topics = new WeakMap<readonly Fact[], Map<Vocabulary, Concept | null>>();
/**
 * The money measure an article is about, for a money figure no measure word claims ("Lord X gave
 * ... The joint founder of Y gave £214,600" in a story of donations): the money concept its headline
 * names whose words the article writes at least TOPIC_MARGIN times as often as any other money
 * concept's. None when the headline names no money measure or two compete.
 */
export function topicOf(index: FactIndex, articleId: string, vocabulary: Vocabulary): Concept | undefined {
  const facts = index.factsOf(articleId);
  let byVocabulary = topics.get(facts);
  if (!byVocabulary) {
    byVocabulary = new Map();
    topics.set(facts, byVocabulary);
  }
  const known = byVocabulary.get(vocabulary);
  if (known !== undefined) return known ?? undefined;
  const stemsIn = (text: string) => termsOf(text).map((t) => t.stem);
  const title = new Set(stemsIn(index.article(articleId)?.title ?? ''));
  const counts = new Map<Concept, number>();
  for (const fact of facts)
    for (const stem of stemsIn(fact.text)) {
      const concept = vocabulary.byStem.get(stem);
      if (concept?.kind === 'money') counts.set(concept, (counts.get(concept) ?? 0) + 1);
    }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [top, next] = ranked;
  const topic =
    top?.[0].phrases.some((p) => p.length === 1 && title.has(p[0] ?? '')) &&
    top[1] >= TOPIC_MARGIN * (next?.[1] ?? 0)
      ? top[0]
      : null;
  byVocabulary.set(vocabulary, topic);
  return topic ?? undefined;
}

/** One word of nationality, as a pattern: "German", "Japanese", "Italian". */
const DEMONYM = String.raw`\p{Lu}\p{Ll}+(?:ian|ese|ish|ean|can|ch|an)`;
/** A word of nationality or place that describes an organisation: "UK", "UK-Dutch", "German". */
const NATIONALITY = new RegExp(
  String.raw`^(?:\p{Lu}{2,3}|${DEMONYM})(?:-(?:\p{Lu}{2,3}|\p{Lu}\p{Ll}+))*$`,
  'u',
);
/** An organisation's noun after a describing name: "the UK-Dutch group", "the US firm", "the US-based company". */
const DESCRIBED_NOUN =
  /^(?:-based)?\s+(?:[\p{Ll}-]+\s+)?(?:firm|company|group|giant|bank|carmaker|maker|retailer|airline|operator|insurer|conglomerate|broadcaster|exchange|lender|brewer|chain)\b/u;

/**
 * True when a name only describes the organisation or the person a sentence speaks of ("The
 * UK-Dutch group will own 30%", "the London-based firm sold", "The Northtown star lowered her record", "The 73-year-old former
 * Northtown chairman ... has bought a 50% stake"): a word of nationality right after "the" and before
 * an organisation's noun, or any name before a person's role (`PERSON_NOUN`) after "the" and up to two
 * words (an age, "former"). The figure is the organisation's or the person's, read as "the group" or
 * "she" is.
 */
function describes(text: string, name: string, person: () => string | undefined): boolean {
  for (const e of occurrences(text, name)) {
    const after = text.slice(e.at + e.name.length);
    if (
      /\b[Tt]he\s+$/.test(text.slice(Math.max(0, e.at - 5), e.at)) &&
      (NATIONALITY.test(name) || after.startsWith('-based')) &&
      DESCRIBED_NOUN.test(after)
    )
      return true;
    // "The Northtown star", "The 73-year-old former Northtown chairman": only where the article
    // names a person the role stands for.
    if (
      THE_ROLE_BEFORE.test(text.slice(Math.max(0, e.at - 40), e.at)) &&
      beforeRole(text, e) &&
      person() !== undefined
    )
      return true;
  }
  return false;
}

/**
 * What may stand between "the" and a name that describes a person's role: an age, a word in lower
 * case ("former", "veteran"), up to two of them ("The 73-year-old former Northtown chairman").
 */
const THE_ROLE_BEFORE = /\b[Tt]he\s+(?:(?:\d+[- ]years?[- ]old|[\p{Ll}-]+)\s+){0,2}$/u;

/**
 * True when a name stands right before a person's role in its noun phrase ("Northtown star",
 * "former Northtown chairman"): the name tells which team or town the person is of; it is not the
 * person, nor whose the person's figures are.
 */
function beforeRole(text: string, e: { name: string; at: number }): boolean {
  return PERSON_NOUN.test(/^\s+([\p{L}]+)/u.exec(text.slice(e.at + e.name.length))?.[1] ?? '');
}

/** A figure that is an age: "the 27-year-old winger", "the 51 year old premier", "aged 21". */
const AGE_AFTER = /^[- ]years?[- ]old\b/;

/**
 * Whose an age is: the name it stands in apposition to ("Jo Bloggs, the 17-year-old singer",
 * "Ann Grey, 24,") or right before in its noun phrase ("the 28-year-old midfielder Jo Bloggs"), but
 * not a name before a person's role ("the 25-year-old Northtown star": the star's, not the town's);
 * undefined when the sentence names neither (the claim then reads it as the article's person,
 * resolved).
 */
export function ageOf(
  text: string,
  names: readonly string[],
  q: Quantity,
  tags?: () => readonly TaggedWord[],
): string[] | undefined {
  const before = text.slice(0, q.start);
  const after = text.slice(q.end);
  for (const name of names) {
    if (NATIONALITY.test(name)) continue;
    const { apposed, before: ahead } = agePatterns(name);
    if (apposed.test(before)) return [name];
    // "the 25-year-old Northtown star": a name before a person's role only describes the person.
    const found = ahead.exec(after);
    if (!found) continue;
    const at = q.end + found[0].length - name.length;
    if (!beforeRole(text, { name, at }) && (!tags || nounPhraseBetween(tags(), q.end, at))) return [name];
  }
  return undefined;
}

/** The parts of speech a noun phrase holds between an age and the name it describes ("midfielder", "Spanish international"). */
const NOUN_PHRASE_TAGS = new Set(['ADJ', 'NOUN', 'PROPN', 'PUNCT']);

/**
 * True when the words from `start` to `end` hold only what a noun phrase holds (adjectives and
 * nouns): "the 28-year-old midfielder Jo Bloggs" names Jo Bloggs, but in "the 18-year-old battled
 * past Jo Bloggs" a verb stands between, and Jo Bloggs is the one beaten.
 */
function nounPhraseBetween(tags: readonly TaggedWord[], start: number, end: number): boolean {
  return tags.every((w) => w.start < start || w.start >= end || NOUN_PHRASE_TAGS.has(w.pos));
}

/** How many names' age patterns are kept compiled (a story names the same few again and again). */
const AGE_PATTERNS_KEPT = 2048;
const agePatternsOf = new Map<string, { apposed: RegExp; before: RegExp }>();

/** The patterns of an age in apposition to a name ("Jo Bloggs, the") and before it, compiled once a name. */
function agePatterns(name: string): { apposed: RegExp; before: RegExp } {
  let found = agePatternsOf.get(name);
  if (!found) {
    found = {
      apposed: new RegExp(`${escapeRegExp(name)},\\s+(?:(?:the|a|an)\\s+)?$`),
      before: new RegExp(`^(?:\\s+[\\p{L}-]+){0,2}?\\s+${escapeRegExp(name)}\\b`, 'u'),
    };
    if (agePatternsOf.size >= AGE_PATTERNS_KEPT) agePatternsOf.clear();
    agePatternsOf.set(name, found);
  }
  return found;
}

/** "the business", "the firm", "the company": a noun phrase that names an organisation again. */
const THE_ORGANISATION =
  /\b[Tt]he\s+(?:[\p{Ll}-]+\s+)?(?:firm|company|group|business|carmaker|car maker|bank|retailer|airline|operator|maker|insurer|lender|conglomerate|broadcaster|exchange|corporation)\b(?!['’])/u;

/** A person's title before a name: "Mr Okafor". */
const PERSON_TITLE = /^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady|Dame)\.?\s/;

/**
 * True when "the business" (the firm, the company) stands between the name read as the figure's
 * owner and the figure: "Mr Okafor becomes the third chief of the business - a firm forecast
 * to make a 450m euro loss": the loss is the business's, read as the article's organisation.
 */
function referredBetween(
  text: string,
  said: string[] | undefined,
  q: Quantity,
  person: () => string | undefined,
): boolean {
  const last = said?.at(-1);
  if (!last) return false;
  const at = text.lastIndexOf(last, q.start);
  if (at < 0 || !THE_ORGANISATION.test(text.slice(at + last.length, q.start))) return false;
  // Only a person's name: "valued the company" after "Acme" is Acme itself. The article's person
  // (its focus, read by tagging its lead) is asked for only here, where it decides.
  return PERSON_TITLE.test(last) || last === person();
}

const memo = new WeakMap<Vocabulary, WeakMap<Fact, FigureClaim[]>>();

/** The tagged words of facts whose figures were read for a phrase owner, remembered per fact. */
const taggedFacts = new WeakMap<Fact, TaggedWord[]>();

/** The noun phrase a figure belongs to (phrase.ts), tagging its sentence only when its words may give one. */
function phraseOf(fact: Fact, q: Quantity): string | undefined {
  if (!mayHavePhraseOwner(fact.text, q)) return undefined;
  return phraseOwnerOf(fact.text, tagsOf(fact), q);
}

/** A fact's tagged words, tagging it only if it was not tagged lately; remembered per fact. */
function tagsOf(fact: Fact): TaggedWord[] {
  let words = taggedFacts.get(fact);
  if (!words) {
    words = recentlyTagged(fact.text) ?? tagWords(fact.text);
    taggedFacts.set(fact, words);
  }
  return words;
}

const texts = new WeakMap<readonly Fact[], string>();
/** An article's headline and sentences joined, remembered per version of the article. */
function articleText(index: FactIndex, articleId: string): string {
  const facts = index.factsOf(articleId);
  let text = texts.get(facts);
  if (text === undefined) {
    // Joined after a full stop, so that no word reads as written inside a sentence by the join.
    text = [index.article(articleId)?.title ?? '', ...facts.map((f) => f.text)].join('.\n');
    texts.set(facts, text);
  }
  return text;
}

/**
 * A sentence's names: the tagger's, parted where it writes punctuation, and the name it opens with
 * that the tagger missed ("Acme has signed ...", see `openingName`).
 */
function namesOf(index: FactIndex, fact: Fact): string[] {
  const tagged = partedNames(fact.text, index.entitiesOf(fact));
  const opening = openingName(fact.text, articleText(index, fact.articleId));
  const names =
    opening && !tagged.some((n) => n.includes(opening) || opening.includes(n))
      ? [opening, ...tagged]
      : tagged;
  const owners = possessiveNames(fact.text).filter((p) => !names.some((n) => n.includes(p) || p.includes(n)));
  const all = owners.length > 0 ? [...names, ...owners] : names;
  const named = all.filter((n) => !namesNoOne(fact.text, n));
  return named.some((n) => inCurrency(fact, n)) ? named.filter((n) => !inCurrency(fact, n)) : named;
}

/** A currency's noun: what a word of a country before it ("Zedland francs", "Ruritanian dollars") names. */
export const CURRENCY_NOUN =
  /^\s+(?:francs?|dollars?|euros?|pounds?|kronor|krona|kroner|krone|rupees?|yuan|renminbi|yen|rand|pesos?|roubles?|rubles?|lira|lire|shekels?|ringgit|baht|riyals?|dinars?|dirhams?|zlotys?|forints?)\b/;

/** The same noun anywhere in a sentence: only a sentence that writes one is looked at. */
const CURRENCY_WORD = new RegExp(CURRENCY_NOUN.source.replace('^\\s+', '\\s'));

/**
 * True when a name is written only as a currency's word of a country in an amount, before the currency's noun:
 * "86.7bn Zedland francs", "Ruritanian dollars 648m". It names the money a figure is counted in,
 * never whose the figure is.
 */
function inCurrency(fact: Fact, name: string): boolean {
  if (!CURRENCY_WORD.test(fact.text)) return false;
  const found = occurrences(fact.text, name);
  return (
    found.length > 0 &&
    found.every((e) => {
      const noun = CURRENCY_NOUN.exec(fact.text.slice(e.at + e.name.length));
      // An amount's currency: a number right before it ("86.7bn Zedland francs") or right after
      // it ("Ruritanian dollars 648m"); "the Zedland franc rose 2%" is the currency's own figure.
      return (
        noun !== null &&
        (AMOUNT_BEFORE.test(fact.text.slice(Math.max(0, e.at - 12), e.at)) ||
          /^\s+\d/.test(fact.text.slice(e.at + e.name.length + noun[0].length)))
      );
    })
  );
}

/** A number right before a currency's word: "86.7bn ", "1,200 ", "5m ". */
const AMOUNT_BEFORE = /\d(?:[\d.,]*\d)?\s*(?:bn|billion|m|million|trillion|tn)?\s+$/;
/**
 * A capitalised name that owns something inside a sentence, "..., Acme's auto unit made a loss",
 * "the Ministry's budget": inside a sentence a capital is no sentence's opening, and "'s" after it
 * makes it a holder. The tagger misses some of them ("Acme's"); a day or a month ("Monday's",
 * "January's") is a time, no name, and "It's", "That's" say "it is".
 */
/** Words whose "'s" is "is" or "has": "It's", "That's", "There's". */
const CONTRACTED = 'It|That|There|Here|What|Who|Where|He|She|Let';
const POSSESSIVE_NAME = new RegExp(
  String.raw`(?<=[\p{Ll},;:]\s)(?!(?:${DAY}|${MONTH}|${CONTRACTED})['’])\p{Lu}[\p{Ll}&-]+(?:\s\p{Lu}[\p{Ll}&-]+){0,2}(?=['’]s?\s)`,
  'gu',
);

/** The possessive names of a sentence (`POSSESSIVE_NAME`), in order. */
function possessiveNames(text: string): string[] {
  return [...text.matchAll(POSSESSIVE_NAME)].map((m) => m[0]);
}

/**
 * A sentence that opens by naming again the organisation just named: "It is predicting ...", "It
 * currently has ...", "The firm said ...", "They say they can save £6bn" (after "The Tories have
 * promised ..."). "It is estimated that ...", "It was a year ..." (an "it" that stands for no one)
 * are left out: "It is"/"It was" count only before a verb in -ing. A word joining it to the sentence
 * before may open it: "But they have lost nine ...", "However, it expects ...".
 */
/** The nouns by which a sentence names again the organisation just named: "The firm", "The country's biggest lender". */
const CONTINUING_NOUNS =
  'firm|company|group|business|carmaker|bank|retailer|airline|operator|maker|insurer|lender|broadcaster|corporation';

export const CONTINUES = new RegExp(
  String.raw`^(?:(?:But|And|Yet|So|Now|Still|However|Instead|Meanwhile|Since then|Even so),?\s+)?(?:[Ii]t\s+(?!(?:is|was|'s|has been|had been|will be|would be|may be|might be|could be|seems|seemed|appears|appeared|remains|emerged|means|meant|took|takes|said|says|added|adds|believes|believed|thinks|thought|expects|expected|warned|warns|claims|claimed)\b)|[Ii]t\s+(?:is|was)\s+\p{Ll}+ing\b|[Tt]hey\s+\p{Ll}|[Tt]he\s+(?:[\p{L}'’-]+\s+){0,3}?(?:${CONTINUING_NOUNS})\s)`,
  'u',
);

/** "it" or "the firm" acting at the head of a later clause: "The news came as it reported ...". */
const CLAUSE_CONTINUES = new RegExp(
  String.raw`(?:[,;]\s+|\b(?:as|and|but|after|while|when|because|since|so|where)\s+)(?:it|the\s+(?:${CONTINUING_NOUNS}))\s+(?:has\s+|had\s+|will\s+|would\s+)?\p{Ll}+(?:ed|s)\b`,
  'u',
);

/**
 * A sentence that goes on with "they" ("But they have lost eight of their 13 matches"): "they" may
 * stand for a country's side or people ("England sat on the summit ... But they have lost"), so the
 * name the sentence before opens with counts though it is a place.
 */
const THEY_CONTINUE = /^(?:\p{Lu}\p{Ll}+,?\s+)?[Tt]hey\s/u;

/** One word of nationality ("German", "Japanese"): it describes, it is never "it". */
const NATIONALITY_WORD = new RegExp(`^${DEMONYM}$`, 'u');

/** How many sentences back a run of "It ..." / "The firm ..." sentences is followed to its name. */
export const CONTINUED_SENTENCES = 3;

/**
 * The organisation a sentence that continues the one before it ("It ...", "The firm ...") stands
 * for: the name the sentence before it opens with (its subject), when that is no person, place or
 * day; when that sentence continues one before it too, that one's, up to CONTINUED_SENTENCES back;
 * undefined when the run opens with no such name.
 */
function continuedName(index: FactIndex, fact: Fact, person: string | undefined): string | undefined {
  const facts = index.factsOf(fact.articleId);
  const at = facts.indexOf(fact);
  for (let back = 1; back <= CONTINUED_SENTENCES && at - back >= 0; back++) {
    const previous = facts[at - back];
    if (!previous) return undefined;
    const name = openingOwner(previous.text, namesOf(index, previous), person, THEY_CONTINUE.test(fact.text));
    if (name) return name;
    if (!CONTINUES.test(previous.text)) return undefined;
  }
  return undefined;
}

/**
 * The name a sentence opens with, as its subject, when it may be "it": no person, place or day.
 * "Its chief is Jo Bloggs." opens with none; "The Channel Tunnel operator said ..." neither (a name
 * before an organisation's noun only describes it).
 */
function openingOwner(
  text: string,
  names: readonly string[],
  person: string | undefined,
  places = false,
): string | undefined {
  return ownerNames(text, names).find((n) => {
    if (n === person || (person ?? '').split(/\s+/).includes(n)) return false;
    if (NOT_A_SUBJECT.test(n) || (!places && isRegion(n)) || NATIONALITY_WORD.test(n) || PERSON_TITLE.test(n))
      return false;
    const at = text.indexOf(n);
    return OPENS_WITH.test(text.slice(0, at)) && !DESCRIBES.test(text.slice(at + n.length));
  });
}

/** What may stand before the name a sentence opens with: nothing, "The", "US", "The troubled". */
const OPENS_WITH = /^(?:[Tt]he\s+)?(?:(?:\p{Lu}{2,3}|[\p{Ll}-]+)\s+){0,2}$/u;

/** An organisation's noun right after a name: the name describes it ("the Channel Tunnel operator"). */
const DESCRIBES = new RegExp(String.raw`^\s+(?:${CONTINUING_NOUNS}|giant|chain)\b`);

/** How many sentences back "he", "she" or "the 20-year-old" is followed to the person it names. */
export const PERSON_SENTENCES = 2;

/**
 * The person "he", "she", "his" or "the 20-year-old" before a figure stands for, as a reader takes
 * it: the last person the sentence names before the word; else the first person (the subject) of
 * the nearest sentence before it that names one, up to PERSON_SENTENCES back. Undefined when none
 * does (the caller falls back to the article's person). A person is a name the article writes again
 * by the surname or after a title (`isPersonName`); one named by the surname alone that is the
 * article's person (`known`) is given by the full name.
 */
function nearestPerson(index: FactIndex, fact: Fact, before: string, known: string): string | undefined {
  const text = articleText(index, fact.articleId);
  const found = nearestPersonNamed(index, fact, before, text, known);
  // The article's person named again by the surname ("Mr Hale"): the full name, as elsewhere.
  return found && known.split(/\s+/).at(-1) === found.split(/\s+/).at(-1) ? known : found;
}

/** `nearestPerson`'s search, over the sentence before the word and the sentences before it. */
function nearestPersonNamed(
  index: FactIndex,
  fact: Fact,
  before: string,
  text: string,
  known: string,
): string | undefined {
  const cut = PERSON_REFERENCE.exec(before)?.index ?? before.length;
  const own = partedNames(fact.text, index.entitiesOf(fact))
    .map((n) => ({ n, at: fact.text.indexOf(n) }))
    .filter(
      ({ n, at }) =>
        at >= 0 && at < cut && !beforeRole(fact.text, { name: n, at }) && isPersonName(n, text, [known]),
    )
    .sort((a, b) => b.at - a.at);
  if (own[0]) return own[0].n;
  const facts = index.factsOf(fact.articleId);
  const at = facts.indexOf(fact);
  for (let back = 1; back <= PERSON_SENTENCES && at - back >= 0; back++) {
    const previous = facts[at - back];
    if (!previous) return undefined;
    const first = partedNames(previous.text, index.entitiesOf(previous))
      .map((n) => ({ n, at: previous.text.indexOf(n) }))
      // "Former Northtown captain Jo Bloggs": a name before a person's role only describes the person.
      .filter(
        ({ n, at }) =>
          at >= 0 && !beforeRole(previous.text, { name: n, at }) && isPersonName(n, text, [known]),
      )
      .sort((a, b) => a.at - b.at)[0];
    if (first) return first.n;
  }
  return undefined;
}

/** How many sentences back a quotation in the first person is followed to whom it is attributed. */
export const QUOTE_SENTENCES = 2;

/**
 * Who speaks the quoted sentence of a fact: the attribution of its own sentence ("..., said Jo
 * Bloggs."), else of the nearest sentence before it, up to QUOTE_SENTENCES back, in a run of quoted
 * sentences (a sentence with no quotation mark ends the run). Undefined when none is attributed.
 */
function quotedSpeaker(index: FactIndex, fact: Fact): Attribution | undefined {
  const facts = index.factsOf(fact.articleId);
  const at = facts.indexOf(fact);
  for (let back = 0; back <= QUOTE_SENTENCES && at - back >= 0; back++) {
    const sentence = facts[at - back];
    if (!sentence || (back > 0 && !quoted(sentence.text))) return undefined;
    const said = attributionOf(sentence.text, partedNames(sentence.text, index.entitiesOf(sentence)));
    if (said) return said;
  }
  return undefined;
}

/** The names a fact's figure belongs to when its sentence does not say: the article's focus. */
function resolve(
  index: FactIndex,
  fact: Fact,
  q: Quantity,
  names: readonly string[],
  aged = false,
): { subject: string[]; from: FigureClaim['subjectFrom'] } {
  const before = fact.text.slice(0, q.start);
  const focus = focusOf(index, fact.articleId);
  // An age whose sentence names no one ("The 28-year-old reached ...") is the article's person's.
  // With no one named with a title: the person the article names again by the surname alone.
  const person = focus.person ?? focus.untitled;
  // "I feel 100% again," said Jo Bloggs: quoted speech in the first person is the speaker's.
  const speaker = firstPersonQuote(fact.text, before) ? quotedSpeaker(index, fact) : undefined;
  if (speaker && 'name' in speaker) {
    const surname = (n: string) => n.split(/\s+/).at(-1);
    return {
      subject: [person && surname(person) === surname(speaker.name) ? person : speaker.name],
      from: 'resolved',
    };
  }
  // "The Russian, seeded sixth", "The Zedlandman scored": a person described by where they are from.
  if (aged || speaker || PERSON_REFERENCE.test(before) || describesPerson(before)) {
    // "She released four number ones": with no person the article names by a title or the surname,
    // the person is the nearest one named, else what the article is about.
    const who = nearestPerson(index, fact, before, person ?? '') ?? person ?? focus.thing;
    if (who) return { subject: [who], from: 'resolved' };
  }
  // "The Audit Board's yearly report put the total cost ...": a sentence whose only names report it.
  const owners = ownerNames(fact.text, names);
  // The focus itself only reports this sentence's figures ("..., according to a report by Acme"): not its.
  const reports = focus.thing !== undefined && names.some((n) => n === focus.thing && !owners.includes(n));
  // "the Ruritanian Federal Labour Office said the jobless total ...": a national office counts for its
  // country.
  const country =
    owners.length === 0
      ? names.map((n) => n.split(/\s+/)).find((w) => w.length > 1 && NATIONALITY.test(w[0] ?? ''))
      : undefined;
  if (country?.[0]) return { subject: [country[0]], from: 'named' };
  // "It is predicting a 2% fall": a sentence opening with "It" or "The firm" goes on with the
  // organisation the sentence before it named.
  // So does "it" or "the firm" acting in a later clause of a sentence that names no one before the
  // figure: "The news came as it reported a 6% rise" after "Acme said ...".
  const continues =
    CONTINUES.test(fact.text) ||
    (CLAUSE_CONTINUES.test(before) && !owners.some((n) => occurrences(before, n).length > 0));
  const earlier = continues ? continuedName(index, fact, focus.person) : undefined;
  // A place after the figure ("But they have lost eight of their 13 matches since ... in Sydney"), the
  // object of a preposition, is no one the sentence's "it" or "they" could be.
  if (earlier && owners.every((n) => placedAfter(fact.text, n, q)))
    return { subject: [earlier], from: 'resolved' };
  if ((THING_REFERENCE.test(before) || owners.length === 0) && focus.thing && !reports) {
    // "the company", "the drugmaker" is never a place: with the focus a region, the organisation.
    const organisation =
      focus.organisation && isRegion(focus.thing) && ORGANISATION_REFERENCE.test(before)
        ? focus.organisation
        : undefined;
    return { subject: [organisation ?? focus.thing], from: 'resolved' };
  }
  return { subject: [], from: 'none' };
}

/** A preposition that places what follows it: "in (the)", "at", "from". */
const PLACED_BY = /\b(?:in|at|from|to|into|on|near|outside|inside|across)\s+(?:the\s+)?$/;

/** True when every mention of a name stands after the figure as the object of a placing preposition. */
function placedAfter(text: string, name: string, q: Quantity): boolean {
  const found = occurrences(text, name);
  return (
    found.length > 0 &&
    found.every((e) => e.at > q.end && PLACED_BY.test(text.slice(Math.max(0, e.at - 20), e.at)))
  );
}

/** A figure of a fact that is a claim, with what it measures: a claim before any name is read. */
interface MeasuredFigure {
  quantity: Quantity;
  measure?: Concept;
  /** The same amount in other currencies (see FigureClaim.also). */
  also: Quantity[];
}

/**
 * The figures of a fact that claimsOf reads as claims, in order, each with its measure: what it
 * reads from the sentence's words alone, before it tags any name. The measures of a fact's claims
 * are these, so a caller that wants only some measures can pass over a fact without tagging it.
 */
function measuredFigures(index: FactIndex, fact: Fact, vocabulary: Vocabulary): MeasuredFigure[] {
  const figures: MeasuredFigure[] = [];
  if (fact.quantities.length === 0) return figures;
  const measures = new Map(attribute(fact, vocabulary));
  for (const q of fact.quantities) {
    if (isConversion(fact, q)) {
      figures.at(-1)?.also.push(q);
      continue;
    }
    const previous = figures.at(-1);
    // "43% of households": a share of a group is a proportion, no measure the words near it name.
    const found =
      q.kind === 'year'
        ? measures.get(q)
        : shareOfGroup(fact.text, q)
          ? undefined
          : (measureAfter(fact, q, vocabulary) ??
            measureOfStructure(fact.text, q, vocabulary) ??
            movement(fact.text, q, vocabulary) ??
            nearestOwn(q, measures.get(q)) ??
            listedAfter(fact.text, previous && { fact, ...previous }, q) ??
            (q.kind === 'money' ? topicOf(index, fact.articleId, vocabulary) : undefined));
    if (q.kind === 'year' && !found) continue;
    // "scored after four minutes": a stretch of time is never a count of people, whatever people word is near.
    const measure =
      PEOPLE_MEASURES.has(found?.name ?? '') && DURATION_UNIT.test(q.unit ?? '') ? undefined : found;
    figures.push({ quantity: q, ...(measure ? { measure } : {}), also: [] });
  }
  return figures;
}

/** A fact's figures read by `claimMeasures` before its claims are: `claimsOf` takes them from here. */
const figuresMemo = new WeakMap<Vocabulary, WeakMap<Fact, MeasuredFigure[]>>();

/** A claim of a fact as far as it is read without tagging its names: its figure and its measure. */
export type ClaimFigure = Pick<FigureClaim, 'quantity' | 'measure'>;

/**
 * The figures and measures of a fact's claims, in the order claimsOf gives the claims (the same
 * quantities and measures), read without tagging its names: from its claims when they are read,
 * else from its words (the figures are remembered per fact until claimsOf reads them).
 */
export function claimFigures(
  index: FactIndex,
  fact: Fact,
  vocabulary: Vocabulary = defaultVocabulary(),
): readonly ClaimFigure[] {
  const read = memo.get(vocabulary)?.get(fact);
  if (read) return read;
  let byFact = figuresMemo.get(vocabulary);
  if (!byFact) {
    byFact = new WeakMap();
    figuresMemo.set(vocabulary, byFact);
  }
  let figures = byFact.get(fact);
  if (!figures) {
    figures = measuredFigures(index, fact, vocabulary);
    byFact.set(fact, figures);
  }
  return figures;
}

/** The measures of a fact's claims (those claimsOf gives a measure), read as claimFigures reads them. */
export function claimMeasures(
  index: FactIndex,
  fact: Fact,
  vocabulary: Vocabulary = defaultVocabulary(),
): readonly Concept[] {
  return claimFigures(index, fact, vocabulary).flatMap((f) => (f.measure ? [f.measure] : []));
}

/**
 * The claims of a fact: each money, percentage and count figure (and a year that a measure of years
 * claims, "founded in 2011"), conversions folded into the figure they convert. Remembered per fact.
 */
export function claimsOf(
  index: FactIndex,
  fact: Fact,
  vocabulary: Vocabulary = defaultVocabulary(),
): FigureClaim[] {
  let byFact = memo.get(vocabulary);
  if (!byFact) {
    byFact = new WeakMap();
    memo.set(vocabulary, byFact);
  }
  const known = byFact.get(fact);
  if (known) return known;
  const claims = readClaims(index, fact, vocabulary);
  byFact.set(fact, claims);
  // The figures claimMeasures read and the claims read in part are no longer kept there: the claims are.
  figuresMemo.get(vocabulary)?.delete(fact);
  partsMemo.get(vocabulary)?.delete(fact);
  return claims;
}

/**
 * The claims of a fact's figures `wanted` keeps (all when none is given), in order: each read as
 * claimsOf reads it (a claim is read from its own figure, the sentence's names, year and moments
 * alone), or the one read before. Read in part (`wanted`), the claims and figures are kept per
 * fact (`partsMemo`, `figuresMemo`) until claimsOf reads them all.
 */
function readClaims(
  index: FactIndex,
  fact: Fact,
  vocabulary: Vocabulary,
  wanted?: (figure: ClaimFigure) => boolean,
): FigureClaim[] {
  const claims: FigureClaim[] = [];
  if (fact.quantities.length === 0) return claims;
  let figures = figuresMemo.get(vocabulary)?.get(fact);
  if (!figures) {
    figures = measuredFigures(index, fact, vocabulary);
    if (wanted) figuresKept(vocabulary).set(fact, figures);
  }
  let parts = partsMemo.get(vocabulary)?.get(fact);
  let read: { names: string[]; year: number; moments: ReturnType<typeof momentsIn> } | undefined;
  for (const [i, figure] of figures.entries()) {
    if (wanted && !wanted(figure)) continue;
    let claim = parts?.[i];
    if (!claim) {
      if (!read) {
        const year = yearOf(index.article(fact.articleId)?.published) ?? 0;
        read = { names: namesOf(index, fact), year, moments: momentsIn(fact.text, year) };
      }
      claim = claimOfFigure(index, fact, figure, read.names, read.year, read.moments);
      if (wanted) {
        if (!parts) {
          parts = [];
          partsKept(vocabulary).set(fact, parts);
        }
        parts[i] = claim;
      }
    }
    claims.push(claim);
  }
  return claims;
}

/** The claims of a fact read in part (by figure, see readClaims), until claimsOf reads them all. */
const partsMemo = new WeakMap<Vocabulary, WeakMap<Fact, FigureClaim[]>>();

const partsKept = (vocabulary: Vocabulary) => {
  let byFact = partsMemo.get(vocabulary);
  if (!byFact) {
    byFact = new WeakMap();
    partsMemo.set(vocabulary, byFact);
  }
  return byFact;
};

const figuresKept = (vocabulary: Vocabulary) => {
  let byFact = figuresMemo.get(vocabulary);
  if (!byFact) {
    byFact = new WeakMap();
    figuresMemo.set(vocabulary, byFact);
  }
  return byFact;
};

/**
 * The person a figure's subject names when that person only passes the figure on (`passesOn`:
 * "Jo Bloggs said the firm broke ...", "Mr Bloggs believes the team ..."): a name the
 * article writes as a person's (`isPersonName`) or after a title or a role (`speaks`). An
 * organisation that says a figure ("Acme said sales rose 5%") keeps it. Undefined otherwise.
 */
function reportingPerson(index: FactIndex, fact: Fact, q: Quantity, name: string): string | undefined {
  const before = occurrences(fact.text, name)
    .filter((e) => e.at + e.name.length <= q.start)
    .at(-1);
  if (!before || !passesOn(fact.text, before, q.start)) return undefined;
  // "the Bank said": a name after "the" is no person's.
  if (/\b[Tt]he\s+$/.test(fact.text.slice(0, before.at))) return undefined;
  if (TITLED.test(name)) return name;
  // One word: the surname of the article's person ("Bloggs believes"); more: a person's name as
  // the article writes one (a single word's other readings take "City" of "Zed City" for a surname).
  const known = personOf(index, fact.articleId) ?? '';
  const person = /\s/.test(name)
    ? isPersonName(name, articleText(index, fact.articleId), [known])
    : known.split(/\s+/).at(-1) === name;
  return person ? name : undefined;
}

/** A person's title in a name: "Mr Bloggs", "Dr Jo Bloggs". */
const TITLED = /^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady|Dame|Professor)\.?\s/;

/** The claim of one figure of a fact, given the sentence's names, year and moments. */
function claimOfFigure(
  index: FactIndex,
  fact: Fact,
  { quantity: q, measure, also }: MeasuredFigure,
  names: string[],
  year: number,
  moments: ReturnType<typeof momentsIn>,
): FigureClaim {
  // "the 26-year-old Italian international": an age is the person's the article names, whoever acts.
  const aged = q.kind === 'count' && (/\bold$/.test(q.unit ?? '') || AGE_AFTER.test(fact.text.slice(q.end)));
  const first = aged
    ? ageOf(fact.text, names, q, () => tagsOf(fact))
    : subjectOf(fact.text, names, q, () => tagsOf(fact));
  // "Jo Bloggs said the firm broke a 60-day rule": a person passes the figure on.
  const speaker = !aged && first?.length === 1 ? reportingPerson(index, fact, q, first[0] ?? '') : undefined;
  const others = speaker ? names.filter((n) => !(speaker.includes(n) || n.includes(speaker))) : names;
  const said = speaker ? subjectOf(fact.text, others, q, () => tagsOf(fact)) : first;
  const named =
    (said?.length === 1 && describes(fact.text, said[0] ?? '', () => personOf(index, fact.articleId))) ||
    referredBetween(fact.text, said, q, () => personOf(index, fact.articleId))
      ? undefined
      : said;
  // "Garden furniture sales slipped by 2.5%": no name owns it, the noun phrase it measures does.
  const phrase = named && named.length > 0 ? undefined : aged ? undefined : phraseOf(fact, q);
  const rule =
    named && named.length > 0
      ? { subject: named, from: 'named' as const }
      : phrase
        ? { subject: [phrase], from: 'phrase' as const }
        : resolve(index, fact, q, others, aged);
  // Where the rules name no one, the fitted chooser (subject-fit.ts) picks among the sentence's
  // names, the article's focus and the name the sentence before opens with; the rules' reading
  // stands where they name one (overriding it lost out of fold), and an age stays theirs.
  const silent = rule.subject.length === 0 && !aged;
  const decides = !aged && chooserDecides(rule.from);
  const candidates =
    decides || (kept && !aged) ? subjectCandidates(contextOf(index, fact, q, names, rule)) : undefined;
  const { subject, from } =
    (decides && candidates
      ? chosenOf(chooseSubject(silent ? [...candidates, SILENT] : candidates))
      : undefined) ?? rule;
  // "The 22-year-old will race again in January": an age holds whenever the sentence tells of.
  const stated = aged ? undefined : momentOf(fact.text, q, year, moments);
  // "raise its bid to £1.6bn": the deal named by the measure's own word is the measure, not a moment.
  const moment = stated && measure && ownWord(stated, measure) ? undefined : stated;
  const claim: FigureClaim = {
    fact,
    quantity: q,
    also,
    ...(measure ? { measure } : {}),
    subject,
    subjectFrom: from,
    ...(moment ? { moment } : {}),
    modality: fittedModality(fact.text, q.start, q.end),
  };
  kept?.set(claim, candidates ?? [onlyRule(rule)]);
  return claim;
}

/**
 * The person an article is about, as `resolve` reads "he" or an age: the one it names with a title,
 * else the one it names again by the surname alone (`Focus.untitled`: sport, film).
 */
function personOf(index: FactIndex, articleId: string): string | undefined {
  const focus = focusOf(index, articleId);
  return focus.person ?? focus.untitled;
}

/**
 * What the fitted chooser reads of a figure (subject-fit.ts): its sentence, names and the rules'
 * reading, the article's focus, headline and the name the sentence before opens with.
 */
export function contextOf(
  index: FactIndex,
  fact: Fact,
  q: Quantity,
  names: readonly string[],
  rule: { subject: string[]; from: FigureClaim['subjectFrom'] },
): SubjectContext {
  const focus = focusOf(index, fact.articleId);
  const facts = index.factsOf(fact.articleId);
  const at = facts.indexOf(fact);
  const article = articleText(index, fact.articleId);
  const previousFact = at > 0 ? facts[at - 1] : undefined;
  const previous = previousFact ? openingName(previousFact.text, article) : undefined;
  return {
    text: fact.text,
    start: q.start,
    end: q.end,
    names,
    owners: ownerNames(fact.text, names),
    rule,
    ...(focus.thing ? { thing: focus.thing } : {}),
    ...(focus.person ? { person: focus.person } : {}),
    ...(previous ? { previous } : {}),
    title: index.article(fact.articleId)?.title ?? '',
    article,
    lead: at >= 0 && at < LEAD_FACTS,
    tags: () => tagsOf(fact),
  };
}

/** Each claim's candidates, kept only while `keepCandidates(true)` (bench/fit-subject.ts reads them). */
let kept: WeakMap<FigureClaim, SubjectCandidate[]> | undefined;

/** Keep (or stop keeping) the candidates of the claims read from now on, for `candidatesOf`. */
export function keepCandidates(on: boolean): void {
  kept = on ? new WeakMap() : undefined;
}

/** The candidates the chooser weighed for a claim read while they were kept (the rules' reading first). */
export function candidatesOf(claim: FigureClaim): SubjectCandidate[] | undefined {
  return kept?.get(claim);
}

/**
 * The chooser's pick as a claim's subject: none when it stays silent; a name it picks is read as
 * resolved (a fitted reading of whose the figure is, not the sentence's structure naming it).
 */
function chosenOf(
  chosen: SubjectCandidate | undefined,
): { subject: string[]; from: FigureClaim['subjectFrom'] } | undefined {
  if (!chosen || chosen.subject.length === 0) return undefined;
  return { subject: chosen.subject, from: chosen.from === 'phrase' ? 'phrase' : 'resolved' };
}

/** True when a fact's claims have been read (claimsOf will return them without reading). */
export function claimsRead(fact: Fact, vocabulary: Vocabulary = defaultVocabulary()): boolean {
  return memo.get(vocabulary)?.has(fact) ?? false;
}

/**
 * The claims of many facts, their names read in few trips to the tagger. With `wanted`, only the
 * claims whose figure and measure it keeps (claimsOf's, filtered by it, in the same order), the
 * others left unread (speed-34b: an answer compares only the claims of the measures asked about).
 */
export function claimsOfMany(
  index: FactIndex,
  facts: Iterable<Fact>,
  vocabulary: Vocabulary = defaultVocabulary(),
  wanted?: (figure: ClaimFigure) => boolean,
): FigureClaim[] {
  const list = [...facts].filter((f) => f.quantities.length > 0);
  index.readEntities(list);
  // The leads of the articles whose focus a figure's sentence may need (it names no one: "the
  // firm", "it"), in one more trip, rather than one trip an article when focusOf reads each.
  index.readEntities(
    new Set(
      list
        .filter(
          (f) =>
            !focusKnown(index, f.articleId) &&
            index
              .factsOf(f.articleId)
              .slice(0, LEAD_FACTS)
              .some((lead) => !index.entitiesRead(lead)) &&
            f.quantities.some((q) => (subjectOf(f.text, index.entitiesOf(f), q)?.length ?? 0) === 0),
        )
        .flatMap((f) => index.factsOf(f.articleId).slice(0, LEAD_FACTS)),
    ),
  );
  if (!wanted) return list.flatMap((f) => claimsOf(index, f, vocabulary));
  return list.flatMap((f) => {
    const known = memo.get(vocabulary)?.get(f);
    return known ? known.filter(wanted) : readClaims(index, f, vocabulary, wanted);
  });
}
