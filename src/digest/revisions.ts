import { MONTH } from '../facts/months.js';
import type { FactIndex } from '../index/fact-index.js';
import { type DigestCitation, digestCitation, type FigureLine } from './figures.js';

/** An estimate an article says was revised: "A previous estimate of 0.2% growth ... was downgraded to a 0.4% decline". */
export interface Revision {
  /** The earlier value as written: "0.2%". */
  earlier: string;
  /** The value it was revised to, with the word of direction after it when there is one: "0.4% decline". */
  later: string;
  /** The words of period its sentence names (months, quarters), lower case: what it is an estimate of. */
  period: ReadonlySet<string>;
  /** The sentence, word for word. */
  text: string;
  /** The article that says so. */
  source: DigestCitation;
}

const NUMBER = String.raw`[-+]?\d[\d.,]*(?:\s?(?:%|per\s?cent|percent))?`;

/**
 * "A previous estimate of X ... was revised/downgraded/upgraded ... to (a) Y": the earlier value,
 * the later one (and a word of direction right after it).
 */
const REVISED = new RegExp(
  String.raw`\b(?:previous|earlier|initial|first|original|preliminary|provisional)\s+(?:estimates?|figures?|readings?)\s+of\s+(?:just\s+|only\s+)?(${NUMBER})[^.;]*?\b(?:revised|downgraded|upgraded|cut|raised|lowered)\s+(?:down\s+|up\s+|downwards?\s+|upwards?\s+)?to\s+(?:an?\s+)?(${NUMBER}(?:\s+(?:decline|fall|drop|contraction|rise|increase|growth|gain))?)`,
  'i',
);

/** Words that name a period a figure is of: months and quarters. */
const PERIOD = new RegExp(
  String.raw`\b(?:${MONTH}|first quarter|second quarter|third quarter|fourth quarter|final quarter)\b`,
  'gi',
);

/** The periods a text names, lower case. Pure. */
export const periodsIn = (text: string): Set<string> =>
  new Set((text.match(PERIOD) ?? []).map((p) => p.toLowerCase()));

/** The revision a sentence states, if it states one. Pure. */
export function revisionIn(
  text: string,
): { earlier: string; later: string; period: Set<string> } | undefined {
  const m = REVISED.exec(text);
  if (!m?.[1] || !m[2]) return undefined;
  return { earlier: m[1].trim(), later: m[2].trim(), period: periodsIn(text) };
}

/** Every revision the articles state (copies once), each with the article saying it. Pure. */
export function revisions(index: FactIndex): Revision[] {
  const out: Revision[] = [];
  for (const a of index.articles()) {
    if (index.original(a.id) !== a.id) continue;
    for (const f of index.factsOf(a.id)) {
      const r = revisionIn(f.text);
      if (r && r.period.size > 0) out.push({ ...r, text: f.text, source: digestCitation(a) });
    }
  }
  return out;
}

/** The number a figure is, as digits: "just 0.2%" → "0.2". */
const numberOf = (figure: string) => /\d[\d.,]*/.exec(figure)?.[0]?.replace(/,/g, '');

/**
 * The revision that supersedes a figure line, if one does: another article says the value the line
 * gives, for a period the line (its moment or sentence) names too, was an earlier estimate since
 * revised ("three months to September: 0.3%" when "an earlier estimate of 0.3% growth for July to
 * September was revised to a 0.1% fall"). Pure.
 */
export function supersededBy(
  line: Pick<FigureLine, 'figure' | 'context' | 'source'>,
  all: readonly Revision[],
  moment = '',
): Revision | undefined {
  const value = numberOf(line.figure);
  if (!value) return undefined;
  const periods = periodsIn(`${moment} ${line.context}`);
  return all.find(
    (r) =>
      r.source.id !== line.source.id &&
      numberOf(r.earlier) === value &&
      /%|per\s?cent|percent/i.test(r.earlier) === /%|per\s?cent|percent/i.test(line.figure) &&
      [...r.period].some((p) => periods.has(p)),
  );
}
