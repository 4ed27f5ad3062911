/**
 * Who speaks a quoted sentence: "I feel 100% again," said Jo Bloggs - the figure of an "I" in
 * quoted speech is the speaker's. Pure functions over a sentence and its names; no story words.
 */
import { PERSON_NOUN, THING_REFERENCE } from './focus.js';
import { QUOTING_VERBS } from './saying.js';
import { occurrences } from './subject.js';

/** A quotation mark, straight or curly: the sentence holds quoted speech. */
const QUOTE_MARK = /["“”]/;

/** "I", "me", "my", "myself", "I'm", "I've": the speaker speaks of themself. */
const FIRST_PERSON = /(?<![\p{L}\p{N}])(?:I|me|my|My|myself)(?![\p{L}\p{N}])/u;

/** A verb of saying right after a name: "Jo Bloggs said", "Bloggs has admitted", "Mr Bloggs told". */
const SAYS_AFTER_NAME = new RegExp(String.raw`^\s+(?:(?:also|has|had|then|later)\s+)*(?:${QUOTING_VERBS})\b`);
/**
 * A verb of saying right before a name, after a quotation ends: `," said Bloggs.`, `," said Acme boss
 * Jo Bloggs` (up to three words of a role between the verb and the name).
 */
const SAYS_BEFORE_NAME = new RegExp(
  String.raw`(?:^|[,.!?]["”’]?\s+|["”]\s+)(?:${QUOTING_VERBS})\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,3}$`,
  'u',
);
/** A person reference attributing the quote: `," she said.`, `," said the 22-year-old`, `He added:`. */
const REFERENCE_SAYS = new RegExp(
  String.raw`(?:\b(?:[Hh]e|[Ss]he)\s+(?:(?:also|has|had|then|later)\s+)*(?:${QUOTING_VERBS})\b|\b(?:${QUOTING_VERBS})\s+(?:the\s+)?\d+[- ]years?[- ]old\b)`,
  'u',
);

/** How a sentence attributes its quoted speech: a name, or a person reference ("she said"). */
export type Attribution = { name: string } | { reference: true };

/**
 * True when a figure stands in quoted speech in the first person: its sentence holds a quotation
 * mark and the words before the figure (`before`) an "I", "me" or "my" with no word for another
 * person or thing after it ("I feel 100% again", not "I think he can score 20" nor "I think their
 * sales will rise 5%"). Its figure is then the speaker's, when no name in it owns it.
 */
export function firstPersonQuote(text: string, before: string): boolean {
  if (!QUOTE_MARK.test(text)) return false;
  const own = lastFirstPerson(before);
  return own >= 0 && !OTHER_PERSON.test(before.slice(own)) && !THING_REFERENCE.test(before.slice(own));
}

/** Where the last "I", "me" or "my" of a text stands; -1 when it has none. */
function lastFirstPerson(text: string): number {
  let last = -1;
  for (const m of text.matchAll(FIRST_PERSONS)) last = m.index;
  return last;
}

const FIRST_PERSONS = new RegExp(FIRST_PERSON.source, 'gu');

/** A word for someone else between the speaker's "I" and the figure: "I think he can score 20". */
const OTHER_PERSON =
  /\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im|[Ii]ts?|[Tt]hey|[Tt]heir|[Tt]hem|[Ww]e|[Oo]ur|[Yy]ou|[Yy]our)\b/;

/** True when a sentence holds a quotation mark (it is, or continues, quoted speech). */
export function quoted(text: string): boolean {
  return QUOTE_MARK.test(text);
}

/**
 * Whom a sentence says is speaking: the first of its names with a verb of saying right after it
 * ("Jo Bloggs told reporters", "Mr Bloggs said:") or right before it after a quotation
 * (`," said Bloggs.`); else a person reference that speaks (`," she said.`, `said the 22-year-old`).
 * Undefined when the sentence attributes no speech.
 */
export function attributionOf(text: string, names: readonly string[]): Attribution | undefined {
  const found = names
    .flatMap((n) => occurrences(text, n))
    .filter(
      (e) =>
        SAYS_AFTER_NAME.test(text.slice(e.at + e.name.length)) ||
        (SAYS_BEFORE_NAME.test(text.slice(0, e.at)) && !beforeRole(text, e)),
    )
    .sort((a, b) => a.at - b.at)[0];
  if (found) return { name: found.name };
  return REFERENCE_SAYS.test(text) ? { reference: true } : undefined;
}

/** True when a name stands right before a person's role ("said Northtown boss Jo Bloggs"): it only describes. */
function beforeRole(text: string, e: { name: string; at: number }): boolean {
  return PERSON_NOUN.test(/^\s+(\p{L}+)/u.exec(text.slice(e.at + e.name.length))?.[1] ?? '');
}
