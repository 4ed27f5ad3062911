import type { Citation } from '../answer/types.js';
import type { Digest } from './build.js';

const plural = (n: number, word: string) => `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;

/** "4 articles from 1 outlet (3 name none)". */
export function coverageLine(d: Digest): string {
  const from =
    d.outlets.length > 0
      ? ` from ${plural(d.outlets.length, 'outlet')}${d.unnamedOutlets > 0 ? ` (${d.unnamedOutlets} name none)` : ''}`
      : '';
  const fresh = d.hadPrevious ? `, ${d.newArticles.length} new since the last digest` : ', first digest';
  return `${plural(d.articleCount, 'article')}${from}${fresh}`;
}

const ids = (cs: readonly Citation[]) => cs.map((c) => c.id).join(', ');

/** A digest as plain text, for the terminal and for Slack's notification fallback. */
export function digestToText(d: Digest): string {
  const lines = [`Digest: ${d.story}, ${d.date}`, coverageLine(d), ''];
  if (d.figures.length > 0) {
    lines.push('Key figures');
    for (const f of d.figures) {
      lines.push(
        `  ${f.measure}${f.agree === undefined ? '' : f.agree ? ' (sources agree)' : ' (sources differ)'}:`,
      );
      for (const v of f.values) lines.push(`    ${v.text} [${ids(v.citations)}]`);
    }
    lines.push('');
  }
  if (d.threads.length > 0) {
    lines.push('Main threads');
    for (const t of d.threads) lines.push(`  • ${t.text} [${ids(t.citations)}]`);
    lines.push('');
  }
  if (d.hadPrevious) {
    lines.push(d.newArticles.length > 0 ? 'New since the last digest' : 'Nothing new since the last digest.');
    for (const a of d.newArticles.slice(0, 20)) lines.push(`  • ${a.title} [${a.id}]`);
    if (d.newArticles.length > 20) lines.push(`  …and ${d.newArticles.length - 20} more`);
  }
  return lines.join('\n').trim();
}
