/**
 * Words of nationality: a place's adjective ("the Swedish firm", "Chinese users", "the Lebanese
 * capital"). English, no story's words: the one reader the answers and the draft check share (issue
 * 20), so that they never read the same word two ways; claims/read.ts keeps its own, wider pattern
 * (it also reads regions the place list lacks: "Bavarian"), measured in DESIGN.md (unify-19). The
 * tagger reads them as names.
 */
import { isRegion } from './places.js';

/**
 * Adjectives of a place that are not its name with an ending changed ("Dutch": the Netherlands;
 * "Norwegian": Norway), or of a region the place list does not hold ("American", "Arab").
 */
const IRREGULAR = new Set([
  'Afghan',
  'American',
  'Arab',
  'Belgian',
  'British',
  'Cypriot',
  'Czech',
  'Danish',
  'Dutch',
  'Filipino',
  'Finnish',
  'Flemish',
  'French',
  'Greek',
  'Icelandic',
  'Irish',
  'Korean',
  'Norwegian',
  'Palestinian',
  'Peruvian',
  'Portuguese',
  'Saudi',
  'Scandinavian',
  'Scots',
  'Scottish',
  'Somali',
  'Spanish',
  'Swiss',
  'Thai',
  'Turkish',
  'Welsh',
]);

/** An adjective's ending and what the place's name ends in instead ("Swed-ish": "Swed-en"). */
const ENDINGS: ReadonlyArray<readonly [RegExp, readonly string[]]> = [
  [/ese$/, ['', 'a', 'on']], // Japanese, Chinese, Lebanese
  [/ish$/, ['en', 'and']], // Swedish, Polish
  [/ean$/, ['e', 'ea']], // European, Korean
  [/ian$/, ['ia', 'y', 'a', 'e', '']], // Russian, Italian, Ukrainian, Brazilian
  [/an$/, ['a', 'any', 'o']], // American, German, Mexican
  [/i$/, ['', 'land']], // Iraqi, Thai
];

/**
 * True when a single capitalised word is an adjective of a country or region: one of the irregular
 * ones, or a place's name (`isRegion`: the runtime's list of countries and continents) with an
 * adjective's ending ("Swedish" of Sweden, "Chinese" of China, "European" of Europe). A person's
 * name with such an ending ("Morgan", "Brian") is none; a plural ("Americans", "Britons") is a
 * people, a noun: false.
 */
export function isDemonym(word: string): boolean {
  if (IRREGULAR.has(word)) return true;
  if (!/^\p{Lu}\p{Ll}+$/u.test(word) || word.endsWith('s')) return false;
  for (const [ending, places] of ENDINGS) {
    if (!ending.test(word)) continue;
    const stem = word.replace(ending, '');
    if (stem.length >= 3 && places.some((p) => isRegion(stem + p))) return true;
  }
  return false;
}

/** The place an irregular adjective is of, where the place list holds it by that name. */
const IRREGULAR_PLACE: Readonly<Record<string, string>> = {
  Belgian: 'Belgium',
  Czech: 'Czechia',
  Danish: 'Denmark',
  Dutch: 'Netherlands',
  Finnish: 'Finland',
  French: 'France',
  Greek: 'Greece',
  Icelandic: 'Iceland',
  Irish: 'Ireland',
  Korean: 'Korea',
  Norwegian: 'Norway',
  Peruvian: 'Peru',
  Portuguese: 'Portugal',
  Scots: 'Scotland',
  Scottish: 'Scotland',
  Spanish: 'Spain',
  Swiss: 'Switzerland',
  Thai: 'Thailand',
  Turkish: 'Turkey',
  Welsh: 'Wales',
};

/**
 * The place a single word is the adjective of, among the names given ("German": "Germany", "Irish":
 * "Ireland"): its name with an adjective's ending changed back (`ENDINGS`), or an irregular one's.
 * Undefined for no adjective of a place, or a place none of the names is. Pure.
 */
export function placeOfDemonym(word: string, names: ReadonlySet<string>): string | undefined {
  if (!isDemonym(word)) return undefined;
  const irregular = IRREGULAR_PLACE[word];
  if (irregular) return names.has(irregular) ? irregular : undefined;
  for (const [ending, places] of ENDINGS) {
    if (!ending.test(word)) continue;
    const stem = word.replace(ending, '');
    for (const p of places) if (names.has(stem + p) && isRegion(stem + p)) return stem + p;
  }
  return undefined;
}
