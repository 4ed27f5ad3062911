/**
 * "Where" questions (issue 21 §2, forms-35): the place of the thing asked, read from how the sentence
 * writes a place. A place written inside a place the question names ("Weston, Ruritania" for "where in
 * Ruritania ...", "Ashby Vale in Easton" for "Easton dog tracks - where") is the place
 * asked: the question already names the larger one. Pure; English.
 */
import { isCountry } from '../claims/places.js';
import { stem } from '../facts/terms.js';

/** What may follow a place set off by a comma after another ("Easton, Zedshire, said"): not a verb of its own ("Easton, Ruritania face"). */
export const AFTER_A_PLACE =
  /^(?:\s*(?:[,.;:)!?"”]|$)|\s+(?:said|says|on|in|at|from|for|to|and|or|where|when|last|this|next|before|after|during|until|since)\b)/;

/** A list going on after a name: a comma, "and", "or". */
const LIST_GOES_ON = /^\s*,|^\s+(?:and|or)\b/;

/** After a place: a comma or "in" ("the"), then a capitalized run, the larger place (group 1). */
const INSIDE = /^(?:,\s*|\s+in\s+(?:the\s+)?)(\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*)*)/u;

/**
 * True when the name (`name`, ending at `end` of `text`) is written inside a place whose every word the
 * question names (`named`, stems of the question's names): "Weston, Ruritania", "Ashby Vale in
 * Easton". Pure.
 */
export function insideNamedPlace(
  text: string,
  name: string,
  end: number,
  named: ReadonlySet<string>,
): boolean {
  // A place the question names itself is no answer ("Ruritania, Europe" for "where in Ruritania").
  if (name.split(/\s+/).every((w) => named.has(stem(w.replace(/['’]s$/, ''))))) return false;
  const m = INSIDE.exec(text.slice(end, end + 60));
  const larger = m?.[1]?.replace(/['’]s$/, '');
  if (!m || !larger) return false;
  // A name that goes on to a noun or a verb of its own ("Dan Grey, ZTA chief", "in Weston, Ruritania face")
  // is none; nor, after a comma, a list's next name ("Ashco, Zedco and Bloggs").
  const rest = text.slice(end + m[0].length);
  if (!AFTER_A_PLACE.test(rest)) return false;
  // After a comma, a country or a region that ends no list ("Ruritania, Freedonia, Zedonia and Spain":
  // a country is inside no country).
  if (m[0].startsWith(',') && (!isCountry(larger) || isCountry(name) || LIST_GOES_ON.test(rest)))
    return false;
  return larger.split(/\s+/).every((w) => named.has(stem(w)));
}
