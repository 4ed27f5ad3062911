/**
 * Which of a question's names a sentence speaks of without writing them (issue 21 §4, rank-34): "he
 * said", "the firm", "the 27-year-old", "the British number two" stand, as a reader takes them within
 * the article, for the name the sentence before made its subject, else for the person or organisation
 * the article is most about (claims/focus.ts, the reading the claims layer gives a figure's subject).
 * The answer's ranking counts such a sentence as holding the name (`refers`, weights.json's `rank`):
 * the sentence that answers often names its subject so, while another restates the question's words.
 * Pure but for reading the index (the article's focus); read once an article version.
 */

import { isDemonym } from '../claims/demonyms.js';
import {
  focusOf,
  isPersonName,
  ORGANISATION_REFERENCE,
  PERSON_REFERENCE,
  timesAsWord,
} from '../claims/focus.js';
import { escapeRegExp, stemsOf } from '../facts/terms.js';
import type { Fact } from '../facts/types.js';
import type { FactIndex } from '../index/fact-index.js';

/** What a reference stands for: a person ("he", "the 27-year-old") or an organisation or thing ("it", "the firm"). */
export type ReferenceClass = 'person' | 'thing';

/**
 * Descriptions of a person PERSON_REFERENCE does not read: an age alone ("the 27-year-old"), a
 * sports ranking ("the British number two", "the top seed", "the defending holder"), a young or old
 * hand ("the teenager", "the veteran").
 */
const PERSON_DESCRIPTION =
  /\b[Tt]he\s+(?:\d+[- ]years?[- ]old\b|(?:[\p{L}-]+\s+){0,2}?(?:number\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)|seed|holder|titleholder|teenager|youngster|veteran)\b)/u;

/** "the American", "the Swede": a word of nationality standing alone, as a noun, for a person. */
const DEMONYM_NOUN =
  /\b[Tt]he\s+(\p{Lu}\p{Ll}+)(?=\s*[,.;:!?]|\s*$|\s+(?:who|is|was|has|had|will|would|said|says|added|won|beat|lost|took|made|did|could|can|also|then|now|insisted|admitted|told|believes|thinks|feels|faces|needed|needs)\b)/u;

/** "it", "its", "they", "their": what an organisation or thing is named again by. */
const THING_PRONOUN = /\b(?:[Ii]ts?|[Tt]hey|[Tt]heir)\b/;

/**
 * What a sentence quotes ("...", an opening quotation mark running to its end): a quotation's "he",
 * "it" and "we" are the speaker's, read within the quotation, not the article's.
 */
const QUOTED = /["“][^"”]*(?:["”]|$)/g;

/**
 * The classes of reference a sentence makes outside what it quotes (none: an empty set): a person's
 * ("he", "the 27-year-old", "the American"), an organisation's or a thing's ("it", "the firm"; not "the
 * country" nor "the market", which stand for no name the article is about).
 */
export function referencesIn(sentence: string): Set<ReferenceClass> {
  const out = new Set<ReferenceClass>();
  const text = sentence.replace(QUOTED, ' ');
  if (PERSON_REFERENCE.test(text) || PERSON_DESCRIPTION.test(text)) out.add('person');
  else {
    const m = DEMONYM_NOUN.exec(text);
    if (m?.[1] && isDemonym(m[1])) out.add('person');
  }
  if (THING_PRONOUN.test(text) || ORGANISATION_REFERENCE.test(text)) out.add('thing');
  return out;
}

/** The capitalised words a sentence opens with, up to a comma or a word in lower case. */
const OPENING = /^["'“‘]?((?:\p{Lu}[\p{L}\p{N}&'’-]*)(?:\s+\p{Lu}[\p{L}\p{N}&'’-]*)*)(?:,|\s+[\p{Ll}\p{N}])/u;

/**
 * The name a sentence opens with, its own subject: the words of its opening capitalised run that the
 * article (`text`, its headline and sentences) writes capitalised inside a sentence and never in
 * lower case, no word of nationality ("The American" is a description) nor a pronoun ("He", "It"):
 * "Pat Quillon has won ..." -> "Quillon" where the article also says "... said Quillon".
 */
export function openingSubject(sentence: string, text: string): string | undefined {
  const run = OPENING.exec(sentence)?.[1];
  if (!run) return undefined;
  const kept = run
    .split(/\s+/)
    .map((w) => w.replace(/['’]s$/, ''))
    .filter(
      (w) =>
        !isDemonym(w) &&
        timesAsWord(text, w.toLowerCase()) === 0 &&
        new RegExp(`[\\p{L}\\p{N},;:]\\s+${escapeRegExp(w)}(?![\\p{L}])`, 'u').test(text),
    );
  return kept.length > 0 ? kept.join(' ') : undefined;
}

/** What an article's sentences refer to, read once an article version. */
interface ArticleReading {
  /** The article's sentences joined, for a name's class (`isPersonName`). */
  text: string;
  /** Per sentence: the classes of reference it makes. */
  refs: Array<Set<ReferenceClass>>;
  /** Per sentence: the name it opens with, if any (its own subject). */
  openings: Array<string | undefined>;
  /** Per sentence: the subject it carries from before, the last name a sentence opened with (up to CARRIED back). */
  carried: Array<string | undefined>;
  /** The person and the organisation (or thing) the article is most about. */
  person: string[];
  thing: string[];
}

/** How many sentences back a sentence's subject is carried ("X won. He said ... It was his ..."). */
const CARRIED = 3;

const memo = new WeakMap<readonly Fact[], ArticleReading>();

function readingOf(index: FactIndex, articleId: string): ArticleReading {
  const facts = index.factsOf(articleId);
  const known = memo.get(facts);
  if (known) return known;
  const text = `${index.article(articleId)?.title ?? ''}.\n${facts.map((f) => f.text).join('.\n')}`;
  const refs = facts.map((f) => referencesIn(f.text));
  const openings = facts.map((f) => openingSubject(f.text, text));
  const carried = facts.map((_, i) => {
    for (let j = i - 1; j >= Math.max(0, i - CARRIED); j--) if (openings[j]) return openings[j];
    return undefined;
  });
  const focus = focusOf(index, articleId);
  const reading: ArticleReading = {
    text,
    refs,
    openings,
    carried,
    person: [focus.person, focus.untitled].filter((n): n is string => Boolean(n)),
    thing: [focus.organisation, focus.thing].filter((n): n is string => Boolean(n)),
  };
  memo.set(facts, reading);
  return reading;
}

/** True when a name as written holds one of a slot's phrases (its stems): "Roger Federer" holds "Federer". */
export function namesSlot(name: string | undefined, phrases: readonly (readonly string[])[]): boolean {
  if (!name) return false;
  const stems = new Set(stemsOf(name));
  return phrases.some((p) => p.length > 0 && p.every((w) => stems.has(w)));
}

/** A name the question asks about: its label as the question writes it and its stems. */
export interface AskedName {
  label: string;
  phrases: readonly (readonly string[])[];
}

/**
 * For each of `names` (the question's names), whether the sentence at `position` of the article
 * refers to it without writing it: it makes a reference of the name's class (a person's for a person,
 * "it" or "the firm" for anything else), it opens with no other name of its own, and the name is the
 * subject it carries from the sentences before or, failing one, what the article is most about.
 * `holds(k)` says whether the sentence writes the k-th name itself (then it need not refer to it).
 */
export function referredNames(
  index: FactIndex,
  fact: Fact,
  names: readonly AskedName[],
  holds: (k: number) => boolean,
): boolean[] {
  const reading = readingOf(index, fact.articleId);
  const refs = reading.refs[fact.position];
  if (!refs || refs.size === 0) return names.map(() => false);
  const opening = reading.openings[fact.position];
  const carried = reading.carried[fact.position];
  return names.map((name, k) => {
    if (holds(k)) return false;
    // A sentence that opens with another name is about it: its "he" or "it" is that name.
    if (opening) return false;
    // The name's class: a person's (the article's person, or named as people are), a thing's (what
    // the article's "it" and "the firm" stand for), else unknown, which either class of reference may be.
    const person =
      reading.person.some((p) => namesSlot(p, name.phrases)) ||
      isPersonName(name.label, reading.text, reading.person);
    const thing = !person && reading.thing.some((t) => namesSlot(t, name.phrases));
    const fits = (c: ReferenceClass) => refs.has(c) && (c === 'person' ? !thing : !person);
    if (!fits('person') && !fits('thing')) return false;
    // The subject carried from before is what a reference stands for; one of the other class leaves
    // the reference to what the article is most about.
    if (carried) {
      if (namesSlot(carried, name.phrases)) return true;
      const carriedPerson =
        reading.person.includes(carried) || isPersonName(carried, reading.text, reading.person);
      if (fits(carriedPerson ? 'person' : 'thing')) return false;
    }
    if (!person && !thing) return false;
    return (person ? reading.person : reading.thing).some((n) => namesSlot(n, name.phrases));
  });
}

/**
 * The share of the question's weight (`weights`, one a slot, as `local` weighs them within the
 * article) of the names a sentence refers to (`referred`, one a name, the names' slots `slots`): what
 * `local` would gain were the names written in the sentence. 0 when the weights sum to 0.
 */
export function referredShare(
  referred: readonly boolean[],
  slots: readonly number[],
  weights: readonly number[],
): number {
  const total = weights.reduce((a, b) => a + b, 0);
  if (total === 0) return 0;
  let held = 0;
  referred.forEach((r, i) => {
    if (r) held += weights[slots[i] ?? -1] ?? 0;
  });
  return held / total;
}
