/**
 * What figure a query typed without a question mark asks by a sign of its own (amount-35, issue 21
 * §1-§2): a percent sign standing alone, not after a number, ends a part of the query ("X quarterly
 * profit jump %", "retired women buying software %", "X stake in Y, percent", "profit rise pct"): the
 * share or change in per cent of what the words before it name. "%" after a number ("rates at
 * 4.75%") is a figure the query quotes, not one it asks. Pure.
 */
/**
 * A percent sign after a space or a letter (no digit), or the word "pct", "percent" or "per cent"
 * after a word (no number), ending the query or a part set off by a comma, dash or colon.
 */
const BARE_PERCENT =
  /(?:(?:^|[\s\p{L}])%|(?<=\p{L}[,:]?\s)(?:pct|percent|per cent))\s*(?:$|[,;:]|\s[-–]\s)/iu;

/** True when the query asks a percent by a bare percent sign with some word before it. */
export function asksPercentBySign(text: string): boolean {
  const at = text.search(BARE_PERCENT);
  // Some word must say what the share is of ("%" alone asks nothing).
  return at >= 0 && /\p{L}{2,}/u.test(text.slice(0, at + 1));
}

/** What `subjectFirst` reads of a figure's claim: where its figure stands, whose it is and how that was read. */
export interface ClaimedFigure {
  quantity: { start: number; end: number };
  subject: readonly string[];
  subjectFrom: string;
  measure?: { name: string };
}

/** The words of a text, in lower case. */
const wordsOf = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * Issue 20 §2: of a sentence's figures of the kind asked, the one whose claim is of the subject the
 * question names ("average kettle price in Zedshire" over "£12 in Ashby; £15 in Zedshire" gives the
 * second). Where the first span's claim names its subject in the sentence (`named`) and the question
 * writes none of that subject's words, the first later span whose claim names a subject the question
 * writes, of the same measure as the first's (and no other measure than one asked, when the question
 * asks one), is put first: returns its place among the spans, else 0 (the order stands). A subject
 * read from the article's focus or a phrase is too loose to move a span (silent-34). Pure.
 */
export function subjectFirst(
  spans: ReadonlyArray<{ start: number; end: number }>,
  claims: readonly ClaimedFigure[],
  question: string,
  asked: readonly string[] = [],
): number {
  if (spans.length < 2) return 0;
  const words = new Set(wordsOf(question));
  const claimOf = (s: { start: number; end: number }) =>
    claims.find((c) => c.quantity.start < s.end && c.quantity.end > s.start && c.subjectFrom === 'named');
  const written = (c: ClaimedFigure) => c.subject.flatMap(wordsOf).some((w) => w.length > 2 && words.has(w));
  const first = claimOf(spans[0] as { start: number; end: number });
  if (!first || first.subject.length === 0 || written(first)) return 0;
  const k = spans.findIndex((s, i) => {
    if (i === 0) return false;
    const c = claimOf(s);
    // The same measure as the first's (both unread counts too): a sentence listing one measure for
    // several subjects. A figure of another measure is another claim, and the claims layer's
    // subjects are loose enough that moving to it lost more than it gained on TRAIN.
    if (!c || !written(c) || c.measure?.name !== first.measure?.name) return false;
    return !(asked.length > 0 && c.measure && !asked.includes(c.measure.name));
  });
  return Math.max(k, 0);
}
