/**
 * The rule an editor reads a digest by: every line that holds a money or percentage figure also
 * holds at least seven words, besides titles, ids and the digest's own labels, saying what it is.
 */
import type { KnownBlock } from '@slack/types';
import type { Digest } from '../../src/digest/build.js';
import { digestToText } from '../../src/digest/format.js';
import type { FactIndex } from '../../src/index/fact-index.js';

/** A money or percentage figure: "$28 billion", "£1.3bn", "49%", "3 per cent", "530 pence". */
export const MONEY_OR_PERCENT =
  /[$£€¥]\s?\d|\d(?:[\d.,]*)\s?(?:%|per ?cent\b|percent\b|pence\b|p\b)|\d(?:[\d.,]*)\s?(?:bn|m|billion|million)\s+(?:dollars|pounds|euros|roubles|yen)\b/i;

/** Every line of a message's text: sections, split at new lines. */
export function messageLines(blocks: readonly KnownBlock[]): string[] {
  return blocks.flatMap((b) => {
    if (b.type === 'section') return (b.text?.text ?? '').split('\n');
    if (b.type === 'context') return b.elements.flatMap((e) => ('text' in e ? e.text.split('\n') : []));
    if (b.type === 'header') return [b.text.text];
    return [];
  });
}

/** The digest's own words around a figure: labels that say nothing of what it is. */
const LABELS =
  /\b(?:as of|same figure|also stated by|gives|says|no moment named|adds|now|before|sources differ|at different moments|and \d+ more)\b/gi;

/** A line with its citations (titles, ids, outlets, dates, links, markup) taken out. */
export function withoutCitations(line: string, titles: readonly string[], ids: readonly string[]): string {
  let text = line.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
  text = text.replace(/<[^|>]+\|([^>]*)>/g, '$1').replace(/<https?:[^>]*>/g, '');
  for (const title of [...titles].sort((a, b) => b.length - a.length)) text = text.split(title).join(' ');
  for (const id of [...ids].sort((a, b) => b.length - a.length)) text = text.split(id).join(' ');
  return text.replace(/\d{4}-\d\d-\d\d/g, ' ');
}

/** The words of a line that say what its figures are: figures, citations and labels left out. */
export function sayingWords(line: string, titles: readonly string[], ids: readonly string[]): string[] {
  const text = withoutCitations(line, titles, ids)
    .replace(LABELS, ' ')
    .replace(
      /(?:about|around|approximately|nearly|more than|over|exceeding|up to)?\s*[$£€¥]?\s?\d[\d.,]*\s?(?:%|bn|m|billion|million|per ?cent|pence|p)?/gi,
      ' ',
    );
  return text.split(/\s+/).filter((w) => /\p{L}{2,}/u.test(w));
}

/** The lines that break the rule, each with how many saying words it has. */
export function figureLineProblems(
  lines: readonly string[],
  titles: readonly string[],
  ids: readonly string[],
  least = 7,
): string[] {
  const problems: string[] = [];
  for (const line of lines) {
    if (!MONEY_OR_PERCENT.test(withoutCitations(line, titles, ids))) continue;
    const words = sayingWords(line, titles, ids);
    if (words.length < least) problems.push(`${words.length} words: ${line}`);
  }
  return problems;
}

/** The lines that hold a figure (in the words besides citations). */
export const figureLines = (lines: readonly string[], titles: readonly string[], ids: readonly string[]) =>
  lines.filter((l) => MONEY_OR_PERCENT.test(withoutCitations(l, titles, ids)));

/** What an index's articles are cited by: titles and outlets, and ids. */
export function citationsOf(index: FactIndex): { titles: string[]; ids: string[] } {
  return {
    titles: index.articles().flatMap((a) => [a.title, ...(a.outlet ? [a.outlet] : [])]),
    ids: index.articles().map((a) => a.id),
  };
}

/** A digest's plain text by line, its bracketed citations left out. */
export const textLines = (d: Digest) =>
  digestToText(d)
    .split('\n')
    .map((l) => l.replace(/\[[^\]]*\]/g, ''));

/** The ids a digest line cites, its source and every "also stated by", sorted. */
export const cited = (
  t: { source: { id: string }; also: ReadonlyArray<{ id: string }> } | undefined,
): string[] => (t ? [t.source.id, ...t.also.map((c) => c.id)].sort() : []);
