/**
 * Who an article is about, so that "the firm", "the company", "it" and a figure whose sentence
 * names nobody are read as a reader reads them: as the organisation (or, for "he"/"she", the
 * person) the article names most, its lead counting more. Read once per article version.
 */

import { escapeRegExp } from '../facts/terms.js';
import type { Fact } from '../facts/types.js';
import type { FactIndex } from '../index/fact-index.js';
import { isDemonym } from './demonyms.js';
import { isCountry, isRegion } from './places.js';
import { NOT_A_SUBJECT, namesNoOne, openingName, partedNames, TRAILING_MOMENT } from './subject.js';

export interface Focus {
  /** The organisation (or thing) the article names most: what "the firm" and "it" stand for. */
  thing?: string;
  /**
   * The organisation the article names most that is no country or region: what "the firm", "the
   * company", "the bank" stand for where `thing` is a place ("Europe's biggest drugmaker").
   */
  organisation?: string;
  /** The person the article names most: what "he" and "she" stand for. */
  person?: string;
  /**
   * The person named with no title that the article names most (`namedBySurname`): whose an age
   * naming no one is ("The 34-year-old won ..."), where no one is named with a title.
   */
  untitled?: string;
}

/** How many leading facts are read for names. */
export const LEAD_FACTS = 3;

const memo = new WeakMap<readonly Fact[], Focus>();

/** Words that stand for an organisation named before: "the firm", "the German exchange", "its". */
export const THING_REFERENCE =
  /\b(?:[Ii]ts?|[Tt]hey|[Tt]heir|[Tt](?:he|his)\s+(?:[\p{L}-]+\s+){0,2}?(?:firm|company|group|bank|carmaker|car maker|business|retailer|airline|exchange|operator|giant|club|side|team|government|party|network|chain|maker|insurer|broker|brewer|lender|manufacturer|corporation|conglomerate|agency|regulator|country|economy|fund|union|studio|label|band|channel|broadcaster|firm's|company's|group's|council|department|ministry|organisation|organization|charity|industry|sector|market|website|site|service|network))\b/u;
/**
 * A definite description of an organisation, never of a place: "the firm", "the drugmaker", "the
 * Indian carrier", "the company's" (up to two words between "the" and the noun). What it stands for
 * is the article's `organisation` where its `thing` is a country or region.
 */
export const ORGANISATION_REFERENCE =
  /\b[Tt](?:he|his)\s+(?:[\p{L}-]+\s+){0,2}?(?:firm|company|group|bank|[\p{Ll}-]*maker|car maker|business|retailer|airline|carrier|operator|giant|club|side|team|insurer|broker|brewer|lender|manufacturer|corporation|conglomerate|studio|label|band|broadcaster|chain|charity|supermarket|publisher|developer|provider)(?:'s)?\b/u;
/** Nouns of a person's role that "the" names again: "the winger", "the Northtown star", "the premier". */
export const PERSON_NOUN =
  /^(?:star|player|winger|striker|midfielder|defender|forward|goalkeeper|keeper|captain|athlete|runner|sprinter|champion|boxer|golfer|cricketer|batsman|bowler|jockey|driver|rider|skier|swimmer|singer|actor|actress|director|presenter|comedian|rapper|musician|author|writer|premier|minister|chancellor|leader|politician|MP|boss|chairman|chairwoman|founder|tycoon|entrepreneur|manager|coach)$/;
/**
 * Words that stand for the person an article names: "he", "she", "the 27-year-old winger", "The
 * Northtown star", "the 51 year old premier", "The 73-year-old former Northtown chairman" (up to two
 * words between "the" or the age and the role).
 */
export const PERSON_REFERENCE = new RegExp(
  String.raw`\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im|HE|SHE|[Tt]he\s+(?:\d+[- ]years?[- ]old\s+)?(?:[\p{L}-]+\s+){0,2}(?:${PERSON_NOUN.source.slice(4, -2)}))\b`,
  'u',
);

/** A title before a name ("Mr Smith", "Dr. Jones"): an article without one names no one so. */
const TITLE = /\b(?:Mr|Mrs|Ms|Miss|Dr|Sir)\.?\s/;

const LETTER = /\p{L}/u;

/** "he", "she", "his", "her", "him": an article that says them speaks of a person. */
const PERSONAL_PRONOUN = /\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im)\b/;
/** A word of a person's name as news writes it: "Ward", "Smith-Jones", "O'Hara". */
const NAME_WORD = /^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*$/u;
/** How many words a person's full name has at most ("Jo Bloggs", "Jo Ann Bloggs"). */
const MAX_NAME_WORDS = 3;

/**
 * True when a name is a person's as news writes one with no title: two or three words, named again
 * by the last alone ("Jo Bloggs ... Bloggs helped") and never by the first alone (an
 * organisation is named again by its first word: "Acme Holdings ... Acme said").
 */
export function namedBySurname(name: string, text: string): boolean {
  const words = name.split(/\s+/);
  const first = words[0] ?? '';
  const last = words.at(-1) ?? '';
  if (words.length < 2 || words.length > MAX_NAME_WORDS || !words.every((w) => NAME_WORD.test(w)))
    return false;
  const whole = timesAsWord(text, name);
  return timesAsWord(text, last) > whole && timesAsWord(text, first) === whole && writtenAlone(text, last);
}

/** A capitalised word and a space right before where a word stands: "FA " of "FA Cup", "French " of "French Open". */
const AFTER_CAPITALISED = /\p{Lu}[\p{L}'’-]*\s+$/u;

/**
 * True when the text writes a surname at least once with no capitalised word right before it
 * ("Bloggs said", "said Bloggs"), as a person named again is written: "Cup" of "World Cup" and "FA
 * Cup", or "Open" of "French Open" and "US Open", is always part of a longer name.
 */
function writtenAlone(text: string, last: string): boolean {
  for (let at = text.indexOf(last); at >= 0; at = text.indexOf(last, at + 1))
    if (
      !letterBefore(text, at) &&
      !letterAt(text, at + last.length) &&
      !AFTER_CAPITALISED.test(text.slice(Math.max(0, at - 30), at))
    )
      return true;
  return false;
}

/** True when the code point ending at `end` (before it) is a letter. */
function letterBefore(text: string, end: number): boolean {
  if (end <= 0) return false;
  const low = text.charCodeAt(end - 1);
  const pair = low >= 0xdc00 && low <= 0xdfff && end >= 2 && (text.charCodeAt(end - 2) & 0xfc00) === 0xd800;
  return LETTER.test(text.slice(pair ? end - 2 : end - 1, end));
}

/** True when the code point starting at `at` is a letter. */
function letterAt(text: string, at: number): boolean {
  if (at >= text.length) return false;
  const high = text.charCodeAt(at);
  const pair = (high & 0xfc00) === 0xd800 && (text.charCodeAt(at + 1) & 0xfc00) === 0xdc00;
  return LETTER.test(text.slice(at, pair ? at + 2 : at + 1));
}

/**
 * How many times a word is written in a text with no letter on either side, as the pattern
 * `(?<!\p{L})word(?!\p{L})` counts them (non-overlapping, left to right), found by plain search:
 * no pattern is built per word.
 */
export function timesAsWord(text: string, word: string): number {
  if (word === '') return (text.match(/(?<![\p{L}])(?![\p{L}])/gu) ?? []).length;
  let count = 0;
  for (let at = text.indexOf(word); at >= 0; ) {
    if (!letterBefore(text, at) && !letterAt(text, at + word.length)) {
      count++;
      at = text.indexOf(word, at + word.length);
    } else at = text.indexOf(word, at + 1);
  }
  return count;
}

/** What stands before a surname after a title ("Mr ", "Dr. "), and before a place ("in ", "at the "). */
const TITLE_BEFORE = /(?<=\b(?:Mr|Mrs|Ms|Miss|Dr|Sir)\.?\s+)/y;
const PLACING_BEFORE = /(?<=\b(?:in|at|from|to)\s+(?:the\s+)?)/y;
const BOUNDARY = /\b/y;

/** True when a sticky pattern matches where `at` stands in the text. */
function holdsAt(re: RegExp, text: string, at: number): boolean {
  re.lastIndex = at;
  return re.test(text);
}

/**
 * How many times the text writes a word or name with `before` holding where it opens and a word
 * boundary after it, as the global pattern `before` + `NAME\b` counts them (non-overlapping, left to
 * right), found by plain search where the name stands: no pattern is built per name, which cost
 * more than the search. `max` stops counting early.
 */
function timesAfter(text: string, name: string, before: RegExp, max = Number.POSITIVE_INFINITY): number {
  if (!name)
    throw new Error('timesAfter: give a name of one character or more (an empty one is found everywhere)');
  let count = 0;
  for (let at = text.indexOf(name); at >= 0 && count < max; ) {
    if (holdsAt(before, text, at) && holdsAt(BOUNDARY, text, at + name.length)) {
      count++;
      at = text.indexOf(name, at + name.length);
    } else at = text.indexOf(name, at + 1);
  }
  return count;
}

/** True when the text writes a title before the surname, as `\b(?:Mr|Mrs|Ms|Miss|Dr|Sir)\.?\s+SURNAME\b` finds. */
function titledAs(text: string, surname: string): boolean {
  if (!surname) return /\b(?:Mr|Mrs|Ms|Miss|Dr|Sir)\.?\s+\b/.test(text);
  return timesAfter(text, surname, TITLE_BEFORE, 1) > 0;
}

/** A name that may end inside the words before a later mention of it ("... Check-in Check-in"). */
const ENDS_AS_PLACING = /\b(?:in|at|from|to|the)$|\s$/;

/**
 * How many times the text writes the name after "in", "at", "from" or "to" (and "the"), as the
 * global pattern `\b(?:in|at|from|to)\s+(?:the\s+)?NAME\b` counts them: found where the name
 * stands, the words before it looked at behind it. The same count, since mentions counted never
 * share those words, unless the name itself may end as them (`ENDS_AS_PLACING`), where the pattern
 * as written counts.
 */
export function timesPlaced(text: string, name: string): number {
  if (!name || ENDS_AS_PLACING.test(name))
    return (
      text.match(new RegExp(`\\b(?:in|at|from|to)\\s+(?:the\\s+)?${escapeRegExp(name)}\\b`, 'g'))?.length ?? 0
    );
  return timesAfter(text, name, PLACING_BEFORE);
}

/** A quotation mark a sentence may open with before its first word. */
const OPENING_QUOTE = /^["'“‘]?/;

/**
 * True when a one-word name the tagger read only opens the sentence and the article writes the word in
 * lower case elsewhere: "Students can decide ..." beside "the votes of students" is a common noun,
 * capitalised by its place, no name of what the article is about.
 */
function commonOpening(sentence: string, name: string, text: string): boolean {
  if (/\s/.test(name) || !/^\p{Lu}\p{Ll}+$/u.test(name)) return false;
  if (!sentence.startsWith(name, OPENING_QUOTE.exec(sentence)?.[0].length ?? 0)) return false;
  return timesAsWord(text, name.toLowerCase()) > 0;
}

/** True when focusOf has read this version of the article (it will not read the lead again). */
export function focusKnown(index: FactIndex, articleId: string): boolean {
  return memo.has(index.factsOf(articleId));
}

/** The names an article is most about, read from its lead and counted over its facts. */
export function focusOf(index: FactIndex, articleId: string): Focus {
  const facts = index.factsOf(articleId);
  const known = memo.get(facts);
  if (known) return known;
  const lead = facts.slice(0, LEAD_FACTS);
  index.readEntities(lead);
  const title = index.article(articleId)?.title ?? '';
  const candidates = new Map<string, number>();
  const text = facts.map((f) => f.text).join('.\n');
  // The headline counts where a word is written inside a sentence ("Strong growth for Acme": the lead's
  // "Acme has reported ..." opens with a name), as the claims read it (read.ts articleText).
  const headed = `${title}.\n${text}`;
  lead.forEach((fact, i) => {
    const opening = openingName(fact.text, headed);
    for (const raw of [...partedNames(fact.text, index.entitiesOf(fact)), ...(opening ? [opening] : [])]) {
      const name = raw.replace(TRAILING_MOMENT, '');
      if (
        name.length < 2 ||
        NOT_A_SUBJECT.test(name) ||
        namesNoOne(fact.text, name) ||
        commonOpening(fact.text, name, text)
      )
        continue;
      candidates.set(name, (candidates.get(name) ?? 0) + (i === 0 ? 2 : 1));
    }
  });
  const titled = TITLE.test(text);
  const personal = PERSONAL_PRONOUN.test(text);
  let thing: { name: string; score: number } | undefined;
  const things: Array<{ name: string; score: number }> = [];
  let person: { name: string; score: number } | undefined;
  let untitled: { name: string; score: number } | undefined;
  for (const [name, leadScore] of candidates) {
    const words = name.split(/\s+/);
    const last = words.at(-1) ?? name;
    const times = (word: string) => timesAsWord(text, word);
    // A person is named again by the surname, an organisation by its first word ("Acme Holdings" ->
    // "Acme"): count the more often written.
    const first = words[0] ?? last;
    const count = first === last ? times(last) : Math.max(times(last), times(first));
    const inTitle = title.includes(last) ? 2 : 0;
    const score = count + leadScore + inTitle;
    // "the Italian food group": a word of nationality describes; it is never what "the firm" is.
    const adjective = !name.includes(' ') && (/(?:ian|ese|ish|ean|can|ch)$/.test(name) || isDemonym(name));
    if (adjective) continue;
    // (Each pattern is tried only where the text holds what it needs: a title, "Name,".)
    const isPerson =
      (titled && titledAs(text, last)) ||
      (text.includes(`${last},`) && new RegExp(`\\b${escapeRegExp(last)},\\s+\\d{2}\\b`).test(text));
    if (isPerson) {
      if (!person || score > person.score) person = { name, score };
      continue;
    }
    // A person named with no title may still be what the article is about: left among the things.
    // "Great Britain ... Britain": a place named again by its last word is no person.
    if (personal && !isRegion(name) && namedBySurname(name, text) && (!untitled || score > untitled.score))
      untitled = { name, score };
    // Mostly written after "in", "at" or "from": a place, never what "the firm" stands for.
    const placed = timesPlaced(text, name);
    if (placed * 2 <= count) things.push({ name, score });
  }
  // "Jo Bloggs ... Bloggs said": a person's surname written alone is the person, never the thing.
  const surname = person?.name.split(/\s+/).slice(1) ?? [];
  for (const t of things.sort((a, b) => b.score - a.score))
    if (!surname.includes(t.name)) {
      thing = t;
      break;
    }
  // "the company" is never a country or region: the first of the things that is none.
  const organisation = things.find((t) => !surname.includes(t.name) && !isCountry(t.name));
  const focus: Focus = {
    ...(thing ? { thing: thing.name } : {}),
    ...(organisation ? { organisation: organisation.name } : {}),
    ...(person ? { person: person.name } : {}),
    ...(untitled ? { untitled: untitled.name } : {}),
  };
  memo.set(facts, focus);
  return focus;
}

/**
 * True when a name is a person's, as the article writes it: a full name named again by the surname
 * alone ("Jo Bloggs ... Bloggs said") or after a title ("Mr Hale"); a single word when the
 * article writes it after a title ("Mr Okafor") or it ends one of the `known` persons' names
 * ("Ransome" for a known "Kate Ransome") or a full name the article writes inside a sentence and
 * names again by it ("over Ivo Brannick ... Brannick won"). `text` is the whole article.
 */
export function isPersonName(name: string, text: string, known: readonly string[] = []): boolean {
  const words = name.split(/\s+/);
  const last = words.at(-1) ?? '';
  if (!NAME_WORD.test(last)) return false;
  if (words.length > 1) return namedBySurname(name, text) || titledAs(text, last);
  if (titledAs(text, last) || known.some((k) => k.split(/\s+/).at(-1) === last)) return true;
  // A full name ending in it, written inside a sentence (after a small word or a comma, so that a
  // capital opening a sentence, "Outgoing Ashby chairman", is no first name): "victory over Ivo Brannick".
  const full = new RegExp(String.raw`(?<=[\p{Ll},]\s)\p{Lu}\p{Ll}+\s${escapeRegExp(last)}\b`, 'gu');
  for (const m of text.matchAll(full)) if (namedBySurname(m[0], text)) return true;
  return false;
}
