/** Places: the countries and continents a figure may belong to. Pure, no story words. */

let places: Set<string> | undefined;
/** Countries the runtime names in more than one word ("South Korea", "Saudi Arabia"), read with `places`. */
const countries = new Set<string>();
/**
 * Countries and continents, from the runtime's own list of region names (Intl.DisplayNames, English):
 * the one-word ones ("Italy", "Russia", "Europe"), and the three codes news writes for them (US, UK,
 * EU; other codes are too often a company's initials: BT, GE, AI).
 */
export function isPlace(word: string): boolean {
  if (!places) {
    places = new Set(['US', 'UK', 'EU']);
    const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
    const codes = [
      '002',
      '009',
      '019',
      '142',
      '150',
      '021',
      '419',
      '005',
      '013',
      '029',
      '039',
      '145',
      '151',
      '154',
      '155',
    ];
    for (let a = 65; a <= 90; a++) for (let b = 65; b <= 90; b++) codes.push(String.fromCharCode(a, b));
    for (const code of codes) {
      let name: string | undefined;
      try {
        name = names.of(code);
      } catch {
        name = undefined;
      }
      if (name && /^\p{Lu}\p{L}+$/u.test(name)) places.add(name);
      else if (name && /^\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)+$/u.test(name)) {
        countries.add(name);
        // "North Macedonia" is written "Macedonia", "South Korea" "Korea": the place after a compass word.
        const compass = /^(?:North|South|East|West) (\p{Lu}\p{L}+)$/u.exec(name);
        if (compass?.[1]) countries.add(compass[1]);
      }
    }
  }
  return places.has(word);
}

/** Places named in more than one word that news writes for a country or a region. */
const PLACE_NAMES = new Set([
  'Britain',
  'Great Britain',
  'England',
  'Scotland',
  'Wales',
  'Northern Ireland',
  'Europe',
  'North America',
  'South America',
  'Latin America',
  'Middle East',
  'South East Asia',
]);

/**
 * True when a name is a country as the runtime names one in more than one word ("South Korea", "New
 * Zealand", "Saudi Arabia"), or a region (`isRegion`): a place, never what "the company" stands for.
 */
export function isCountry(name: string): boolean {
  if (isRegion(name)) return true;
  isPlace('');
  return countries.has(name.replace(/^the\s+/i, ''));
}

/** True when a name (one or more words, "the" left off) is a country, a continent or a region. */
export function isRegion(name: string): boolean {
  const bare = name.replace(/^the\s+/i, '');
  return isPlace(bare) || PLACE_NAMES.has(bare);
}

/**
 * A country's other names, as a reader of English takes them for one place: "Britain" and "the
 * UK", "the US" and "America", and its people, "Britons" and "Americans" (a plural noun, never an
 * adjective: "British Ferries" is no Briton). Words as `entityWords` gives them (lower case, dots
 * dropped), and their stems.
 */
const SAME_PLACE: readonly (readonly string[])[] = [
  ['uk', 'britain', 'britons', 'briton'],
  ['us', 'usa', 'america', 'americans'],
];

const canonical = new Map<string, string>();
for (const names of SAME_PLACE) for (const name of names) canonical.set(name, names[0] as string);

/** The one word a place is compared by ("britain" reads "uk"); any other word as it is. */
export function placeWord(word: string): string {
  return canonical.get(word) ?? word;
}

/** A word and the other names of its place ("uk" gives "uk", "britain"); any other word alone. */
export function sameWords(word: string): readonly string[] {
  const key = canonical.get(word);
  return key === undefined ? [word] : (SAME_PLACE.find((n) => n[0] === key) ?? [word]);
}
