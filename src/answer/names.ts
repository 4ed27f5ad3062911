/**
 * Names as phrases: the multi-word names a question holds ("Harbour Line", "Northern Steel"). A name
 * the coverage never writes as a phrase is one it has nothing on, even where its words occur apart.
 */

/** Titles before a name: not part of what must stand together. */
const HONORIFICS = /^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Prof|St)\.?$/;
const CALENDAR =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

/** A word of a question, with the characters before it. */
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}.&'’-]*/gu;

/**
 * The runs of two or more capitalized words in a question (not its first word), without titles; a
 * number may end a run ("Live 8", "Channel 4"). A possessive ends a run ("Ann Grey's Harbour" is two
 * names), and so does anything between two words but a space, or a word mixing letters and digits
 * ("B737s": such forms vary too much to hold to).
 */
export function namesInQuestion(question: string): string[] {
  const names: string[] = [];
  let run: string[] = [];
  let end = -1;
  const flush = () => {
    if (run.length >= 2) names.push(run.join(' '));
    run = [];
  };
  let first = true;
  for (const m of question.matchAll(WORD)) {
    const possessive = /['’]s$/.test(m[0]);
    const word = m[0].replace(/['’]s$/, '').replace(/\.$/, '');
    if (end >= 0 && !/^ +$/.test(question.slice(end, m.index))) flush();
    end = m.index + m[0].length;
    const capitalized = !first && /^\p{Lu}[\p{L}\p{M}.&'’-]*$/u.test(word);
    const number = /^\d+$/.test(word) && run.length > 0;
    first = false;
    if (!(capitalized || number) || HONORIFICS.test(word) || CALENDAR.test(word)) {
      flush();
      continue;
    }
    run.push(word);
    if (possessive || number) {
      flush();
      end = -1;
    }
  }
  flush();
  return names;
}

/** True when the stems stand next to each other, in order, somewhere in `terms`. */
export function adjacent(terms: readonly string[], phrase: readonly string[]): boolean {
  for (let i = 0; i + phrase.length <= terms.length; i++)
    if (phrase.every((s, k) => terms[i + k] === s)) return true;
  return false;
}
