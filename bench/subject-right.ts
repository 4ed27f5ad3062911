/**
 * How bench/score-claims.ts scores a figure's subject (shared with bench/fit-subject.ts, which
 * labels each candidate subject the same way): `subjectRight` (from session 17 on) and
 * `subjectRight16` (the row "as scored before session 17").
 */

/** A label's subject and a claim's, as far as the scorer reads them. */
interface Subjects {
  l: { subject: string };
  c: { subject: readonly string[] };
}

import { isRegion } from '../src/claims/places.js';

const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * Names British English writes for one party: "the Tories" are "the Conservatives", "the Lib Dems"
 * the Liberal Democrats. Words as
 * `words` gives them (lower case).
 */
const SAME_NAME: readonly (readonly string[])[] = [
  ['tory', 'tories', 'conservative', 'conservatives'],
  // "the Lib Dems" are the Liberal Democrats.
  ['liberal', 'lib'],
  // Session 29: "Dundee Utd" is "United" in its match report.
  ['utd', 'united'],
];
/**
 * A country, the words English writes for its people and things, and its short forms: "the German
 * deficit" is Germany's, "Britain" the UK, "Chinese viewers" China's. Words as `words` gives them.
 * Used by the subject row from session 17 on (`COUNTRY_ROW` keeps the scorer before it).
 */
const COUNTRY: readonly (readonly string[])[] = [
  ['uk', 'britain', 'british', 'briton', 'britons'],
  ['us', 'usa', 'america', 'american', 'americans'],
  ['england', 'english'],
  ['scotland', 'scottish', 'scots'],
  ['wales', 'welsh'],
  ['ireland', 'irish'],
  ['france', 'french'],
  ['germany', 'german', 'germans'],
  ['italy', 'italian', 'italians'],
  ['spain', 'spanish', 'spaniard', 'spaniards'],
  ['portugal', 'portuguese'],
  ['netherlands', 'holland', 'dutch'],
  ['belgium', 'belgian', 'belgians'],
  ['switzerland', 'swiss'],
  ['austria', 'austrian'],
  ['sweden', 'swedish', 'swede', 'swedes'],
  ['norway', 'norwegian'],
  ['denmark', 'danish'],
  ['finland', 'finnish'],
  ['poland', 'polish'],
  ['greece', 'greek'],
  ['turkey', 'turkish'],
  ['russia', 'russian', 'russians'],
  ['ukraine', 'ukrainian'],
  ['china', 'chinese'],
  ['japan', 'japanese'],
  ['india', 'indian', 'indians'],
  ['pakistan', 'pakistani'],
  ['korea', 'korean'],
  ['australia', 'australian', 'australians'],
  ['canada', 'canadian', 'canadians'],
  ['brazil', 'brazilian'],
  ['argentina', 'argentine', 'argentinian'],
  ['mexico', 'mexican'],
  ['israel', 'israeli'],
  ['iraq', 'iraqi'],
  ['iran', 'iranian'],
  ['egypt', 'egyptian'],
  ['kenya', 'kenyan'],
  ['nigeria', 'nigerian'],
  ['zealand', 'zealander'],
  ['europe', 'european', 'europeans'],
  ['africa', 'african'],
  ['asia', 'asian'],
];

/** An abbreviation in capitals, its plural too ("UK", "BT", "CSOs"), and the letters it stands for. */
const ABBREVIATION = /^(\p{Lu}{2,})s?$/u;

/**
 * Our subject names the label's: it holds a word of the label's (of three letters or more, or an
 * abbreviation in capitals, "UK", "BT", matched as a whole word, "MPs" as "MP" too), or a name
 * British English writes for the same one (`SAME_NAME`), or it abbreviates the label's leading
 * capitalised words ("GM" for "General Motors", "CSOs" for "Community Support Officers").
 */
export function subjectRight(l: Subjects['l'], c: Subjects['c']): boolean {
  if (subjectRight16(l, c)) return true;
  // Session 17: a country and its people's word ("German", "Britain" for the UK), a name with a
  // digit of any length ("U2"), and initials over "of", "and", "for", "the" ("ONS" for "Office of
  // National Statistics").
  const oursWords = new Set(words(c.subject.join(' ')));
  if (words(l.subject).some((w) => COUNTRY.find((n) => n.includes(w))?.some((n) => oursWords.has(n))))
    return true;
  if (
    (l.subject.match(/[\p{L}\p{N}]*\p{N}[\p{L}\p{N}]*/gu) ?? []).some(
      (w) => /\p{L}/u.test(w) && oursWords.has(w.toLowerCase()),
    )
  )
    return true;
  // Session 24: a name of the label written as the article writes it again, in short: a
  // capitalised word of two letters that is the whole of our name ("Im" for "Im Kwon-Taek": words of
  // two letters count nowhere else), and initials joined by "&" ("B&B" for "Bradford & Bingley").
  const labelNames: string[] = l.subject.match(/\p{Lu}\p{Ll}+/gu) ?? [];
  if (c.subject.some((name) => name.length === 2 && labelNames.includes(name))) return true;
  const ampersand = /^(?:\p{Lu}\p{Ll}+\s*&\s*)+\p{Lu}\p{Ll}+/u.exec(l.subject)?.[0];
  if (
    ampersand &&
    c.subject.some((name) =>
      name.split(/\s+/).some(
        (n) =>
          /^\p{Lu}(?:&\p{Lu})+$/u.test(n) &&
          n.replace(/&/g, '') ===
            ampersand
              .split(/\s*&\s*/)
              .map((w) => w[0])
              .join(''),
      ),
    )
  )
    return true;
  // Session 29: the same word in the singular or the plural ("Oscar" for "Oscars", "laptop" for
  // "laptops"); a word of a country that ours writes as its people's ("Turkmen" for
  // "Turkmenistan": the first five letters or more of the country's name); and initials that keep a
  // word in capitals whole ("UKIP" for "UK Independence Party").
  // (Singular and plural only as written alike: "game developers" is not "Argonaut Games".)
  const tokens = (text: string) => text.match(/[\p{L}\p{N}]+/gu) ?? [];
  const oursList = [...oursWords];
  const oursTokens = tokens(c.subject.join(' ')).filter((o) => o.length > 2);
  const labelList = words(l.subject).filter((w) => w.length > 2 && w !== 'the');
  if (tokens(l.subject).some((w) => w.length > 2 && oursTokens.some((o) => o === `${w}s` || `${o}s` === w)))
    return true;
  if (
    labelList.some(
      (w) =>
        isRegion(w.charAt(0).toUpperCase() + w.slice(1)) &&
        oursList.some((o) => o.length >= 5 && o.length < w.length && w.startsWith(o)),
    )
  )
    return true;
  const kept = (/^(?:(?:\p{Lu}{2,}|\p{Lu}\p{Ll}+)\s*){2,}/u.exec(l.subject)?.[0] ?? '')
    .split(/\s+/)
    .filter(Boolean);
  if (kept.some((w) => /^\p{Lu}{2,}$/u.test(w))) {
    const letters = kept.map((w) => (/^\p{Lu}{2,}$/u.test(w) ? w : w[0])).join('');
    if (c.subject.some((name) => name.split(/\s+/).some((n) => ABBREVIATION.exec(n)?.[1] === letters)))
      return true;
  }
  const capitals = (
    /^(?:\p{Lu}\p{Ll}+(?:\s+(?:of|and|for|the)(?=\s+\p{Lu}))?\s*)+/u.exec(l.subject)?.[0] ?? ''
  )
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w));
  const initials = capitals.map((w) => w[0]).join('');
  return (
    initials.length >= 3 &&
    c.subject.some((name) => name.split(/\s+/).some((n) => ABBREVIATION.exec(n)?.[1] === initials))
  );
}

/** The subject as scored in session 16 (see subjectRight): the COUNTRY_ROW. */
export function subjectRight16(l: Subjects['l'], c: Subjects['c']): boolean {
  const ours = c.subject.join(' ');
  const lower = ours.toLowerCase();
  const oursWords = new Set(words(ours));
  const same = (w: string) => SAME_NAME.find((n) => n.includes(w)) ?? [w];
  const labelWords = l.subject.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (
    labelWords.some((w) => {
      const letters = ABBREVIATION.exec(w)?.[1];
      if (letters && oursWords.has(letters.toLowerCase())) return true;
      if (w.length <= 2) return false;
      const lw = w.toLowerCase();
      return lw !== 'the' && same(lw).some((n) => (n === lw ? lower.includes(n) : oursWords.has(n)));
    })
  )
    return true;
  const capitals = (/^(?:\p{Lu}\p{Ll}+\s*)+/u.exec(l.subject)?.[0] ?? '').split(/\s+/).filter(Boolean);
  const initials = capitals.map((w) => w[0]).join('');
  return (
    initials.length >= 2 &&
    c.subject.some((name) =>
      name.split(/\s+/).some((n) => {
        const letters = ABBREVIATION.exec(n)?.[1];
        return letters !== undefined && initials.startsWith(letters);
      }),
    )
  );
}
