/** Pure measures of how alike two facts' texts are. */

const fold = (s: string) => s.toLowerCase().replace(/[\u2018\u2019]/g, "'");

const remembered = new Map<string, Set<string>>();

/** The words of four letters or more: what carries a sentence's meaning. Remembered for recent texts. */
export function contentWords(text: string): Set<string> {
  let words = remembered.get(text);
  if (!words) {
    words = new Set(fold(text).match(/[a-z][a-z'-]{3,}/g) ?? []);
    if (remembered.size > 5000) remembered.clear();
    remembered.set(text, words);
  }
  return words;
}

/** The numbers a text states, commas removed: "$1,500" -> "1500". */
export function numbersOf(text: string): string[] {
  return (text.match(/\d[\d,]*(?:\.\d+)?/g) ?? []).map((n) => n.replace(/,/g, ''));
}

/** Jaccard similarity of two texts' content words, 0 to 1. */
export function jaccard(a: string, b: string): number {
  const x = contentWords(a);
  const y = contentWords(b);
  // The words both hold, counted over the smaller set (the same count either way).
  let both = 0;
  if (x.size <= y.size) {
    for (const w of x) if (y.has(w)) both++;
  } else for (const w of y) if (x.has(w)) both++;
  return both / Math.max(1, x.size + y.size - both);
}

/** True when two texts state the same numbers. */
export function sameNumbers(a: string, b: string): boolean {
  const x = [...new Set(numbersOf(a))].sort().join(' ');
  const y = [...new Set(numbersOf(b))].sort().join(' ');
  return x === y;
}
