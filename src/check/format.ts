/** A check of a draft as plain text (terminal, Slack's notification fallback) and as JSON. */
import type { Citation } from '../answer/types.js';
import type { CheckResult, Claim, Verdict } from './check.js';

/** The verdict as a reader sees it. */
export const VERDICT_LABELS: Record<Verdict, string> = {
  supported: 'Supported',
  contradicted: 'Contradicted',
  'not found': 'Not found',
};

const number = (n: number) => n.toLocaleString('en-US');

/** Says why a check has no claims (nothing given, no figures), or undefined when it has some. */
export function emptyNote(result: CheckResult, usage: string): string | undefined {
  if (result.status === 'empty') return `Nothing to check: give the text of a draft. ${usage}`;
  if (result.status === 'no figures')
    return 'No figures to check: the text states no amount of money, percentage, count, price per share or year.';
  return undefined;
}

/** Where checking stopped, for a draft over the limit; undefined otherwise. */
export function stoppedNote(result: CheckResult): string | undefined {
  if (result.stoppedAt === undefined) return undefined;
  const tail = result.text.slice(-40).replace(/\s+/g, ' ').trim();
  return `The text is ${number(result.length)} characters, over the limit: checked up to character ${number(result.stoppedAt)} (ending “…${tail}”); the rest was not checked.`;
}

/** What a figure was read as: "(investment, Vantor)". */
export function readAs(claim: Pick<Claim, 'measure' | 'subject'>): string {
  const parts = [claim.measure ?? 'measure unclear', ...(claim.subject ? [claim.subject] : [])];
  return `(${parts.join(', ')})`;
}

const cite = (c: Citation) => `${c.title}${c.outlet ? ` (${c.outlet})` : ''} [${c.id}]`;

/** A check as plain text: each figure on its own line with its verdict, the sentences quoted under it. */
export function checkToText(result: CheckResult, usage: string): string {
  const lines: string[] = [];
  const empty = emptyNote(result, usage);
  if (empty) lines.push(empty);
  else {
    const n = result.claims.length;
    lines.push(
      `Checked ${n} figure${n === 1 ? '' : 's'} against ${result.articlesConsulted} article${result.articlesConsulted === 1 ? '' : 's'}:`,
    );
    for (const claim of result.claims) {
      lines.push(`  ${VERDICT_LABELS[claim.verdict]}: ${claim.figure} ${readAs(claim)}: ${claim.note}`);
      for (const e of claim.evidence) {
        lines.push(`      “${e.text}”`);
        for (const c of e.citations) lines.push(`        — ${cite(c)}`);
      }
    }
  }
  const stopped = stoppedNote(result);
  if (stopped) lines.push(stopped);
  return lines.join('\n');
}

/** A citation as the JSON output gives it. */
export interface JsonCitation {
  id: string;
  title: string;
  url?: string;
}

/** A check as the JSON output gives it (`factbot check --json`): one object a text. */
export interface CheckJson {
  text: string;
  claims: Array<{
    figure: string;
    measure?: string;
    subject?: string;
    verdict: Verdict;
    evidence: Array<{ text: string; citations: JsonCitation[] }>;
    /** The line the reply shows: the coverage's values, "sources differ", the words looked for. */
    note?: string;
  }>;
  /** Why there are no claims, or where checking stopped. */
  note?: string;
}

/** The JSON of a check: `{"text", "claims": [{"figure", "measure"?, "subject"?, "verdict", "evidence"}]}`. */
export function checkToJson(result: CheckResult, usage: string): CheckJson {
  const note = [emptyNote(result, usage), stoppedNote(result)].filter(Boolean).join(' ');
  return {
    text: result.text,
    claims: result.claims.map((c) => ({
      figure: c.figure,
      ...(c.measure ? { measure: c.measure } : {}),
      ...(c.subject ? { subject: c.subject } : {}),
      verdict: c.verdict,
      evidence: c.evidence.map((e) => ({
        text: e.text,
        citations: e.citations.map((x) => ({ id: x.id, title: x.title, ...(x.url ? { url: x.url } : {}) })),
      })),
      note: c.note,
    })),
    ...(note ? { note } : {}),
  };
}
