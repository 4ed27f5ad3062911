/**
 * Acronyms as names of their holders: "IFER" is the "Institute for Fiscal and Economic
 * Research", "the IMF" the "International Monetary Fund". A draft and an article often name one
 * holder the two ways ("IFER sees ..." against "The Institute for Fiscal and Economic
 * Research (IFER) claims ..."); read by its words alone, the acronym shares none with the name and
 * the two holders look like two subjects. An acronym stands for a name when it spells the name's
 * initials, read from the text as the index reads short forms (`index/short-forms.ts`: `namesIn`
 * for the names, `spellsInitials` for the initials, its small words "of", "and", "for", "the"
 * giving an initial or none): no list of organisations.
 */
import { namesIn, SHORT_FORM, spellsInitials } from '../index/short-forms.js';

/** A token's plural or possessive ending ("IMF's", "MPs"), left out before it is read as a short form. */
const ENDING = /(?:s|['’]s?)$/u;

/** The acronyms a text writes (short forms as the index reads them, an ending aside): their letters. */
export function acronymsIn(text: string): Set<string> {
  const found = new Set<string>();
  for (const token of text.split(/[\s()[\],.;:!?"“”]+/)) {
    if (SHORT_FORM.test(token)) found.add(token);
    else {
      const bare = token.replace(ENDING, '');
      if (bare !== token && SHORT_FORM.test(bare)) found.add(bare);
    }
  }
  return found;
}

/**
 * True when one of two holders is an acronym of the other's name: a word of `a` (lower case, as
 * holders are compared) is an acronym `aText` writes in capitals, and `bText` writes a name
 * (`namesIn`) whose initials it spells and that holds a word of `b` ("national" of "National
 * Institute ...").
 */
function acronymOf(a: readonly string[], aText: string, b: readonly string[], bText: string): boolean {
  const acronyms = acronymsIn(aText);
  const ours = a.map((w) => w.toUpperCase()).filter((w) => acronyms.has(w));
  if (ours.length === 0) return false;
  return namesIn(bText).some(
    (name) =>
      ours.some((short) => spellsInitials(short, name)) && name.some((w) => b.includes(w.toLowerCase())),
  );
}

/**
 * True when two holders, as compared (lower-case words), are one by an acronym: either one's word
 * an acronym that its text writes and the other's text spells out as a name holding the other's words.
 */
export function sameByAcronym(
  a: readonly string[],
  aText: string,
  b: readonly string[],
  bText: string,
): boolean {
  return acronymOf(a, aText, b, bText) || acronymOf(b, bText, a, aText);
}
