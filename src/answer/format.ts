import type { Answer, Citation } from './types.js';

const cite = (c: Citation) => `${c.title}${c.outlet ? ` (${c.outlet})` : ''} [${c.id}]`;

/** An answer as plain text, for the terminal and for Slack's notification fallback. */
export function answerToText(answer: Answer): string {
  const lines = [`${answer.query}`];
  if (answer.facts.length === 0) {
    lines.push(`  ${answer.note ?? 'Nothing in the coverage on that.'}`);
    return lines.join('\n');
  }
  if (answer.answer) lines.push(`  ${answer.answer.sure ? 'Answer' : 'Likely'}: ${answer.answer.text}`);
  else if (answer.note) lines.push(`  ${answer.note}`);
  for (const fact of answer.facts) {
    lines.push(`  • ${fact.text}`);
    for (const c of fact.citations) lines.push(`      — ${cite(c)}`);
  }
  for (const t of answer.timelines ?? []) {
    lines.push(`  ${t.subject ? `${t.subject}'s ` : ''}${t.measure} over time:`);
    for (const v of t.values)
      lines.push(
        `      ${v.moment ? `${v.moment}: ` : ''}${v.text}: ${v.citations.map((c) => c.id).join(', ')}`,
      );
  }
  for (const d of answer.disagreements) {
    lines.push(`  Sources differ on ${d.measure}:`);
    for (const v of d.values) lines.push(`      ${v.text}: ${v.citations.map((c) => c.id).join(', ')}`);
  }
  lines.push(`  (${answer.articlesConsulted} articles searched)`);
  return lines.join('\n');
}
