/**
 * Whether an article tells what a question asks, or only whom it is about (issue 21, silent-18).
 *
 * A question names whom or what it is about (its names: "Winn-Dixie", "Rafik Hariri") and what it
 * asks of them (its other words: "founded", "stake ... hold", "shut down"). An article that writes
 * the names but no word of what is asked, in any sentence or its headline, nor another form or a
 * paraphrase of one, tells of the subject and not of that: a date, figure or name it gives is of
 * something else ("when was X founded?" answered by the month of its bankruptcy). Pure.
 */
import type { Slot } from './query.js';

/**
 * Words that place or order what is asked rather than say it ("after the bombings", "before
 * 2006"), and words of a question that say nothing of the thing asked ("new", "last"): an article
 * need not write them.
 */
const NOT_ASKED = new Set(
  'after before since during until till over under between among about around against within without out up down off back away new last first next latest current former own just only still now ever also'.split(
    ' ',
  ),
);

/**
 * True when a slot says what is asked, not whom it is about: its words in lower case (a name has
 * a capital), not a number, not a word that only places or orders the thing asked (`NOT_ASKED`).
 */
export function asksOf(slot: Pick<Slot, 'label'>): boolean {
  const words = slot.label.split(/\s+/).filter((w) => w.length > 0);
  return (
    words.length > 0 &&
    !/\p{Lu}/u.test(slot.label) &&
    !/\p{N}/u.test(slot.label) &&
    !words.every((w) => NOT_ASKED.has(w.toLowerCase()))
  );
}

/**
 * The words of what a question asks (`asksOf`) when an article tells none of them, else undefined
 * (also when the question asks nothing beyond its names). `told(k)` says whether the article (a
 * sentence of it or its headline) holds slot `k`, by its words, their other forms or paraphrases.
 * Pure.
 */
export function askedUntold(
  slots: ReadonlyArray<Pick<Slot, 'label' | 'concept'>>,
  told: (k: number) => boolean,
): string[] | undefined {
  const asked = slots.flatMap((s, k) => (asksOf(s) ? [k] : []));
  if (asked.length === 0 || asked.some((k) => told(k))) return undefined;
  return asked.map((k) => slots[k]?.label ?? '');
}
