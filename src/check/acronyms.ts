/**
 * Acronyms as names of their holders: "NIESR" is the "National Institute of Economic and Social
 * Research", "the IMF" the "International Monetary Fund". A draft and an article often name one
 * holder the two ways ("NIESR sees ..." against "The National Institute of Economic and Social
 * Research (NIESR) claims ..."); read by its words alone, the acronym shares none with the name and
 * the two holders look like two subjects. An acronym stands for a name when its letters are the
 * initials of the name's capitalised words, in order (the small words between them, "of", "and",
 * "for", "the", skipped), read from the text: no list of organisations.
 */

/** Small words a name may hold between its capitalised words without an initial in its acronym. */
const JOINING = new Set([
  'of',
  'and',
  'for',
  'the',
  'on',
  'in',
  '&',
  'de',
  'du',
  'des',
  'la',
  'le',
  'der',
  'für',
]);

/** An acronym as written: two to six capitals (a plural or possessive ending aside), "NIESR", "IMF's", "MPs". */
const ACRONYM = /^(\p{Lu}{2,6})(?:s|['’]s?)?$/u;

/** The acronyms a text writes: their letters, upper case. */
export function acronymsIn(text: string): Set<string> {
  const found = new Set<string>();
  for (const token of text.split(/[\s()[\],.;:!?"“”]+/)) {
    const m = ACRONYM.exec(token);
    if (m?.[1]) found.add(m[1]);
  }
  return found;
}

/**
 * The runs of capitalised words a text writes (small joining words inside kept), each with its
 * initials (upper case) and its words (lower case): "The National Institute of Economic and Social
 * Research" gives NIESR and its five capitalised words (and a run's first word "The" is left out).
 * A word in capitals is no part of a run (it is an acronym itself).
 */
export function namesWithInitials(text: string): Array<{ initials: string; words: string[] }> {
  const tokens = text.split(/[\s,;:()"“”]+/).filter(Boolean);
  const runs: Array<{ initials: string; words: string[] }> = [];
  let run: string[] = [];
  let pending: string[] = [];
  const close = () => {
    // "The" opens a sentence or a name: no initial of the name's.
    const words = run[0] === 'The' ? run.slice(1) : run;
    if (words.length >= 2)
      runs.push({
        initials: words
          .map((w) => w[0] ?? '')
          .join('')
          .toUpperCase(),
        words: words.map((w) => w.toLowerCase().replace(/['’]s?$/, '')),
      });
    run = [];
    pending = [];
  };
  for (const token of tokens) {
    const word = token.replace(/[.!?]+$/, '');
    const capital = /^\p{Lu}\p{Ll}/u.test(word);
    if (capital) {
      run.push(word);
      pending = [];
    } else if (run.length > 0 && JOINING.has(word.toLowerCase()) && pending.length < 2) pending.push(word);
    else close();
    if (word !== token) close();
  }
  close();
  return runs;
}

/**
 * True when one of two holders is an acronym of the other's name: a word of `a` (lower case, as
 * holders are compared) is an acronym `aText` writes in capitals, and `bText` writes a name whose
 * initials it is and that holds a word of `b` ("national" of "National Institute ...").
 */
function acronymOf(a: readonly string[], aText: string, b: readonly string[], bText: string): boolean {
  const acronyms = acronymsIn(aText);
  const ours = a.map((w) => w.toUpperCase()).filter((w) => acronyms.has(w));
  if (ours.length === 0) return false;
  return namesWithInitials(bText).some(
    (name) => ours.includes(name.initials) && b.some((w) => name.words.includes(w)),
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
