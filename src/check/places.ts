/**
 * A country's other names, as a reader of English takes them for one place: "Britain" and "the
 * UK", "the US" and "America". Words as `entityWords` gives them (lower case, dots dropped).
 */
const SAME_PLACE: readonly (readonly string[])[] = [
  ['uk', 'britain'],
  ['us', 'usa', 'america'],
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
