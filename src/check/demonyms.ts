/**
 * Words of a place used as adjectives ("the Swedish firm", "Chinese users"): English, no story's
 * words. The tagger reads them as names.
 */
import { isRegion } from '../claims/places.js';

/** Adjectives of a place that are not its name with an ending changed ("Dutch": the Netherlands; a
 * region the place list does not hold: "American"). */
const IRREGULAR = new Set([
  'American',
  'Arab',
  'British',
  'Danish',
  'Dutch',
  'Finnish',
  'French',
  'Greek',
  'Irish',
  'Korean',
  'Portuguese',
  'Scottish',
  'Spanish',
  'Swiss',
  'Thai',
  'Turkish',
  'Welsh',
]);

/** An adjective's ending and what the place's name ends in instead ("Swed-ish": "Swed-en"). */
const ENDINGS: ReadonlyArray<readonly [RegExp, readonly string[]]> = [
  [/ese$/, ['', 'a']], // Japanese, Chinese
  [/ish$/, ['en', 'and']], // Swedish, Polish
  [/ean$/, ['e', 'ea']], // European, Korean
  [/ian$/, ['ia', 'y', 'a', '']], // Russian, Italian, Brazilian
  [/an$/, ['a', 'any', 'o']], // American, German, Mexican
  [/i$/, ['', 'land']], // Iraqi, Thai
];

/**
 * True when a single capitalised word is an adjective of a country or region: one of the irregular
 * ones, or a place's name with an adjective's ending ("Swedish" of Sweden, "Chinese" of China,
 * "European" of Europe). A plural ("Americans", "Britons") is a people, a noun: false.
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

/**
 * The names of a sentence that may hold a figure: all but a place's adjective in "the Swedish
 * firm" (company, group), which names the firm the draft speaks of by where it is from, as "the
 * firm" does: its figure is the last subject the draft named. Elsewhere ("Swedish exports", "the
 * Dutch national side") and in a longer name ("British Airways") the adjective stays a name (read
 * everywhere before a word in lower case, drafts-J gained 2 but drafts.json train, D and O lost 1-2).
 */
export function namesHolding(text: string, names: readonly string[]): string[] {
  return names.filter(
    (name) =>
      !isDemonym(name) || !new RegExp(`\\b[Tt]he\\s+${name}\\s+(?:company|firm|group)\\b`, 'u').test(text),
  );
}
