/**
 * Whether a sentence names a name as of the kind a "which N" question asks (issue 21 §2, forms-35):
 * the noun asked just before it ("the single Zed Rising", "the epic, Long Harbour Nights"),
 * just after it ("the Easton Deep mine", not "Scottish club Harbourside", where the noun goes on to
 * the name it describes), or as its last word ("the Ashby Symphony Orchestra", "Easton Bank").
 * Where the sentence says so, the class asked is read from it even when no list knows the noun
 * ("which orchestra", "which mine"). Pure; English.
 */
import { stem } from '../facts/terms.js';

/** The word just before a name (a comma may stand between): group 1. */
const NOUN_BEFORE = /([a-z][a-z-]*),?\s$/;
/** The word just after a name, and what follows it: group 1 the word; a capital after it is another name. */
const NOUN_AFTER = /^\s+([a-z][a-z-]*)(?![\p{L}-])(\s+\p{Lu})?/u;

/**
 * True when `text` names the name at `start` (as written, `name`) as a `kindNoun` (a stem: "orchestra",
 * "mine"): that noun just before it, just after it (not going on to another name), or ending it.
 */
export function namedAsKind(
  text: string,
  start: number,
  name: string,
  kindNoun: string | undefined,
): boolean {
  if (!kindNoun) return false;
  const before = NOUN_BEFORE.exec(text.slice(Math.max(0, start - 30), start))?.[1];
  if (before !== undefined && stem(before) === kindNoun) return true;
  const after = NOUN_AFTER.exec(text.slice(start + name.length, start + name.length + 40));
  if (after?.[1] !== undefined && !after[2] && stem(after[1]) === kindNoun) return true;
  const words = name.split(/\s+/);
  return words.length >= 2 && stem(words.at(-1) ?? '') === kindNoun;
}
