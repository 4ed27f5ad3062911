/**
 * The drafts `bench:check` and `bench/check-paired.ts` time, made from the corpus itself, story-agnostically:
 * for every k-th article (and the two after it), its sentences that state figures, in order, with every
 * other sentence's first number changed (so that drafts hold figures the coverage supports, contradicts
 * and lacks), cut at a word to `length` characters and padded with dots.
 */
/** What the drafts are made from: an index's articles and their facts (a FactIndex, or another version's). */
export interface DraftSource {
  articles(): ReadonlyArray<{ id: string }>;
  factsOf(id: string): ReadonlyArray<{ text: string; quantities: readonly unknown[] }>;
}

/** A number written differently: "15" -> "19", "1.3" -> "1.7". */
export const changed = (text: string) =>
  text.replace(/\d(?=[\d.,]*\b)/, (d) => String((Number(d) + 4) % 10 || 1));

/** One draft from some articles' figure sentences; undefined when they hold fewer than `length` characters. */
export function draftOf(index: DraftSource, articleIds: string[], length: number): string | undefined {
  let draft = '';
  let n = 0;
  for (const id of articleIds) {
    for (const fact of index.factsOf(id)) {
      if (fact.quantities.length === 0) continue;
      draft += `${n++ % 2 === 0 ? fact.text : changed(fact.text)} `;
      if (draft.length >= length) break;
    }
    if (draft.length >= length) break;
  }
  if (draft.length < length) return undefined;
  const cut = draft.lastIndexOf(' ', length);
  return draft.slice(0, cut).padEnd(length, '.');
}

/** Up to `wanted` drafts of `length` characters, from articles spread evenly over the index. */
export function benchDrafts(index: DraftSource, wanted: number, length: number): string[] {
  const articles = index.articles();
  const step = Math.max(1, Math.floor(articles.length / wanted));
  const drafts: string[] = [];
  for (let i = 0; i < articles.length && drafts.length < wanted; i += step) {
    const draft = draftOf(
      index,
      articles.slice(i, i + 3).map((a) => a.id),
      length,
    );
    if (draft) drafts.push(draft);
  }
  return drafts;
}
