/**
 * Words of a place used as adjectives ("the Swedish firm") in a draft: which names hold a figure.
 * The words themselves are read by claims/demonyms.ts, shared with the answers.
 */
import { isDemonym } from '../claims/demonyms.js';

/**
 * The names of a sentence that may hold a figure: all but a place's adjective in "the Swedish
 * firm" (company, group), which names the firm the draft speaks of by where it is from, as "the
 * firm" does: its figure is the last subject the draft named. Elsewhere ("Swedish exports", "the
 * Dutch national side") and in a longer name ("British Ferries") the adjective stays a name (read
 * everywhere before a word in lower case, drafts-J gained 2 but drafts.json train, D and O lost 1-2).
 */
export function namesHolding(text: string, names: readonly string[]): string[] {
  return names.filter(
    (name) =>
      !isDemonym(name) || !new RegExp(`\\b[Tt]he\\s+${name}\\s+(?:company|firm|group)\\b`, 'u').test(text),
  );
}
