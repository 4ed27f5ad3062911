/**
 * Whose a definite description is ("the film", "the firm", "the band"), read as a reader reads it:
 * the name of its kind named last before it, in its own sentence or the one before. A name is of
 * the noun's kind when the article itself writes the noun with it: "his film Hide and Seek", "the
 * firm Acme", "Acme, the firm that ...". No list of kinds: the article's own words say which.
 */

import { escapeRegExp } from '../facts/terms.js';

/**
 * "the film", "the German carmaker", "the band's": "the" and the one or two words after it, either
 * of which may be the head noun (the second, or the first when the second is its verb).
 */
const DESCRIPTION = /\b[Tt]he\s+(\p{Ll}[\p{Ll}-]{2,})(?:['’]s)?(?:\s+(\p{Ll}[\p{Ll}-]{2,}))?/gu;

/** The head nouns the definite descriptions of a text may have, last first. */
function descriptionNouns(text: string): Array<{ noun: string; at: number }> {
  return [...text.matchAll(DESCRIPTION)]
    .flatMap((m) => [m[1], m[2]].map((noun) => ({ noun: noun ?? '', at: m.index ?? 0 })))
    .filter((d) => d.noun.length > 0)
    .reverse();
}

/**
 * True when the article writes `noun` with `name` as the name's kind: "film Hide and Seek" (the
 * noun right before the name), "Acme, a firm ..." / "Acme, the US firm" (in apposition, up to two
 * words between). Not "the Acme firm": "the US film charts" makes no film of the US.
 */
export function writtenAsKind(articleText: string, name: string, noun: string): boolean {
  const n = escapeRegExp(name);
  const w = escapeRegExp(noun);
  return new RegExp(
    String.raw`(?:\b${w}\s+${n}\b(?! \p{Lu})|\b${n},\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}${w}\b)`,
    'u',
  ).test(articleText);
}

/** A run of capitalised words, with the small words titles hold: "Hide and Seek", "Bank of England". */
const TITLE_RUN = String.raw`\p{Lu}[\p{L}\d'’&-]*(?: (?:(?:and|of|the|in|on|for|a|an|to|at)\s)*\p{Lu}[\p{L}\d'’&-]*)*`;

const SMALL_WORD = / (?:and|of|the|in|on|for|a|an|to|at) /g;

/**
 * The names the article writes right after `noun` ("his film Hide and Seek", "the firm Acme
 * Holdings"): names of its kind that the tagger may have missed (a title of small words).
 */
export function namesOfKind(articleText: string, noun: string): string[] {
  const re = new RegExp(String.raw`\b${escapeRegExp(noun)} (${TITLE_RUN})`, 'gu');
  // "film Quiet River on Friday": each shorter run that ends before a small word may be the title.
  const runs = [...articleText.matchAll(re)].flatMap((m) => {
    const run = m[1] ?? '';
    const cuts = [...run.matchAll(SMALL_WORD)].map((c) => run.slice(0, c.index));
    return [run, ...cuts];
  });
  return [...new Set(runs.filter((n) => n.length > 1))];
}

/** A sentence and the names tagged in it. */
export interface NamedSentence {
  text: string;
  names: readonly string[];
}

const WORD_CHAR = /[\p{L}\d]/u;

/** The last name of `kinds` written in `text` before `end`, with where it is. */
function lastWritten(text: string, kinds: readonly string[], end: number): string | undefined {
  return kinds
    .map((n) => ({ n, at: text.lastIndexOf(n, end - n.length) }))
    .filter(
      ({ n, at }) =>
        at >= 0 && !WORD_CHAR.test(text[at - 1] ?? ' ') && !WORD_CHAR.test(text[at + n.length] ?? ' '),
    )
    .sort((a, b) => b.at - a.at || b.n.length - a.n.length)[0]?.n;
}

/**
 * The name a definite description before a figure stands for: of the description's kind (written
 * with its noun by the article: writtenAsKind, namesOfKind), named before the description in its
 * sentence (the last such), else in the sentence before (the last such). Undefined when no
 * description or no name of its kind is there: the caller then reads it as it did (the focus).
 */
export function describedName(
  before: string,
  names: readonly string[],
  previous: NamedSentence | undefined,
  articleText: string,
): string | undefined {
  for (const { noun, at } of descriptionNouns(before)) {
    const kinds = namesOfKind(articleText, noun);
    const own = [...kinds, ...names.filter((n) => writtenAsKind(articleText, n, noun))];
    const here = lastWritten(before, own, at);
    if (here) return here;
    if (!previous) continue;
    const earlier = [...kinds, ...previous.names.filter((n) => writtenAsKind(articleText, n, noun))];
    const there = lastWritten(previous.text, earlier, previous.text.length);
    if (there) return there;
  }
  return undefined;
}
