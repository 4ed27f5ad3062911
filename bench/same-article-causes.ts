/**
 * npx tsx bench/same-article-causes.ts [--traces FILE] [--reading L,K] [--shipped] [--lacks]
 *
 * Why another sentence of the right article ranks first (issue 21, rank-17), counted on the
 * candidates bench/rank-dump.ts traced with the hand-set ranking: for each answerable TRAIN question
 * whose first candidate is wrong, whether the best-ranked right candidate is in another article, in
 * the same article, or not traced at all; and for the same-article ones, the first of these causes
 * that holds: the right sentence holds no span of the type asked; it holds no word of the question
 * itself (silent); it holds more of the question's weight itself than the winner (own, by more than
 * 0.05); more of the words that say what is asked (relation); a less sure span; the rest. Also where
 * the right sentence stands (earlier or later than the winner, a lead). Totals only, for the reading
 * keys (--reading) and for the rest together: no item is printed. --shipped ranks by weights.json's
 * rank weights (traces dumped with them) rather than the hand-set ones; --lacks (within-25) also counts,
 * per form and over all, what the winner has that the right sentence lacks (multi-label: a feature
 * where the winner stands above the right one by more than 0.05, or holds it where the right one does not).
 */
import { readFileSync } from 'node:fs';
import { defaultWeights } from '../src/answer/weights.js';
import { type Dump, firstOf, handSet, rankOfAnswer } from './rank-trace.js';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) =>
  args.includes(`--${name}`) ? (args[args.indexOf(`--${name}`) + 1] ?? fallback) : fallback;
const dump = JSON.parse(readFileSync(opt('traces', '.cache/rank-traces.json'), 'utf8')) as Dump;
const reading = opt('reading', 'L,K').split(',');
const shipped = defaultWeights().rank as Record<string, number>;
const h = args.includes('--shipped') ? dump.features.map((f) => shipped[f] ?? 0) : handSet(dump.features);
const LACKS = [
  'topic',
  'span',
  'own',
  'local',
  'localNear',
  'relation',
  'relationNear',
  'subject',
  'lead',
  'silent',
  'noSpan',
  'spans',
  'far',
  'distance',
  'typed',
];
const lower = new Set(['silent', 'noSpan', 'far', 'distance']);
const at = (f: string) => dump.features.indexOf(f);
const dot = (a: readonly number[], b: readonly number[]) => a.reduce((s, v, i) => s + v * (b[i] ?? 0), 0);
const tally = new Map<string, Map<string, number>>();
const inc = (group: string, cause: string) => {
  const m = tally.get(group) ?? new Map<string, number>();
  m.set(cause, (m.get(cause) ?? 0) + 1);
  tally.set(group, m);
};
for (const r of dump.rows) {
  if (r.candidates.length === 0) continue;
  const group = reading.includes(r.key) ? `reading ${reading.join(',')}` : 'the other keys';
  const won = r.candidates[firstOf(r, h)];
  if (!won || won.y) {
    inc(group, 'first right');
    continue;
  }
  const scores = r.candidates.map((c) => dot(c.x, h));
  const order = scores.map((_, i) => i).sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0) || a - b);
  const right = r.candidates[order.find((i) => r.candidates[i]?.y) ?? -1];
  if (rankOfAnswer(r, h) < 0 || !right) {
    inc(group, 'no right candidate traced');
    continue;
  }
  if (right.article !== won.article) {
    inc(group, 'another article won');
    continue;
  }
  inc(group, 'same article, another sentence won');
  const v = (c: typeof right, k: string) => c.x[at(k)] ?? 0;
  if (args.includes('--lacks')) {
    const place = rankOfAnswer(r, h);
    inc(group, `  (right at ${place < 3 ? '2-3' : place < 10 ? '4-10' : '11+'})`);
    inc(`${group}: same-article misses per form`, r.form);
    for (const k of LACKS) {
      const d = lower.has(k) ? v(right, k) - v(won, k) : v(won, k) - v(right, k);
      if (d > 0.05) {
        inc(`${group}: the winner has more`, k);
        inc(`${group}: the winner has more, per form`, `${r.form} ${k}`);
      }
    }
  }
  if (v(right, 'noSpan') === 1) inc(group, '  right: no span of the type asked');
  else if (v(right, 'silent') === 1) inc(group, '  right: silent (no word of the question itself)');
  else if (v(right, 'own') > v(won, 'own') + 0.05)
    inc(group, '  right holds more of the question itself (own)');
  else if (v(right, 'relation') > v(won, 'relation') + 0.05)
    inc(group, '  right holds more of what is asked (relation)');
  else if (v(right, 'span') < v(won, 'span') - 0.05) inc(group, '  right: a less sure span, no more words');
  else inc(group, '  the rest');
  inc(
    group,
    v(right, 'position') < v(won, 'position') ? '  (right earlier in its article)' : '  (right later)',
  );
  if (v(right, 'lead') === 1) inc(group, '  (right is the lead)');
  if (v(won, 'lead') === 1) inc(group, '  (winner is the lead)');
}
for (const [group, m] of tally) {
  console.log(group);
  for (const [cause, n] of [...m].sort((a, b) => b[1] - a[1]))
    console.log(`  ${String(n).padStart(5)} ${cause}`);
}
