/**
 * Names as phrases: the multi-word names a question holds ("Batman Begins", "Laura Ashley"). A name
 * the coverage never writes as a phrase is one it has nothing on, even where its words occur apart.
 */
import { stemsOf } from '../facts/terms.js';

/** Titles before a name: not part of what must stand together. */
const HONORIFICS = /^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Prof|St)\.?$/;
const CALENDAR =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

/** A capitalized word inside a sentence, with what follows it up to the next word. */
const CAPITALIZED = /(?<=\S[\s"“(]+)\p{Lu}[\p{L}\p{M}.&-]*(?:['’]s\b)?/gu;

/**
 * The runs of two or more capitalized words in a question (not its first word), without titles; a
 * possessive ends a run ("De Niro's Hide" is two names), and so does anything between two words but
 * a space. Names with digits ("A320s") are left out: their forms vary too much to hold to.
 */
export function namesInQuestion(question: string): string[] {
  const names: string[] = [];
  let run: string[] = [];
  let end = -1;
  const flush = () => {
    if (run.length >= 2) names.push(run.join(' '));
    run = [];
  };
  for (const m of question.matchAll(CAPITALIZED)) {
    const possessive = /['’]s$/.test(m[0]);
    const word = m[0].replace(/['’]s$/, '').replace(/\.$/, '');
    if (end >= 0 && !/^ +$/.test(question.slice(end, m.index))) flush();
    end = m.index + m[0].length;
    if (HONORIFICS.test(word) || CALENDAR.test(word)) {
      flush();
      continue;
    }
    run.push(word);
    if (possessive) {
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

/** The stems of a name, for searching. */
export const nameStems = (name: string): string[] => stemsOf(name);
