/**
 * npx tsx bench/uncased-eval.ts [--keys U,W,Y] [--off] [--all] [--out FILE]
 *
 * Answers to the TRAIN questions written without capitals after their first letter (casing.ts
 * `uncased`; --all: every TRAIN question), per key: first, top 3, short right, shown, bold (right),
 * and unanswerable silent (never, near) and shown. --off answers them as written
 * (`caseFromCoverage: false`), so two runs compare the casing (silent-29, issue 21 §1); only these
 * questions read otherwise. --out writes one JSON line a question (TRAIN only). HELD OUT keys are
 * never read.
 */
import { writeFileSync } from 'node:fs';
import { answerQuery } from '../src/answer/answer.js';
import { uncased } from '../src/answer/casing.js';
import { buildIndex } from '../src/index/build.js';
import { outcome } from './eval-answers.js';
import { allKeys, HELD_KEYS } from './keys.js';

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const off = args.includes('--off');
const all = args.includes('--all');
const out = opt('out');
const keys = opt('keys')?.split(',');

const index = await buildIndex('../shared/corpora/bbc', { warn: () => {} }, { cacheDir: '.cache' });
const rows: string[] = [];
const sums = new Map<string, Record<string, number>>();
const add = (key: string, field: string, yes: boolean) => {
  const sum = sums.get(key) ?? {};
  sum[field] = (sum[field] ?? 0) + (yes ? 1 : 0);
  sums.set(key, sum);
};
for (const q of allKeys()) {
  if (q.split !== 'train' || HELD_KEYS.includes(q.key)) continue;
  if ((keys && !keys.includes(q.key)) || (!all && !uncased(q.query))) continue;
  const a = answerQuery(index, q.query, { caseFromCoverage: !off });
  const o = outcome(q, a);
  rows.push(
    JSON.stringify({
      key: q.key,
      query: q.query,
      empty: q.empty,
      kind: q.kind,
      form: q.form,
      rank: o.rank,
      shown: o.shown,
      right: o.shortRight,
      sure: o.sure,
      silent: o.silent,
      answer: a.answer?.text,
      note: a.note,
    }),
  );
  for (const key of [q.key, 'all']) {
    if (q.empty) {
      add(key, 'unanswerable', true);
      add(key, 'silent', o.silent);
      add(key, `silent ${q.kind}`, o.silent);
      add(key, 'unanswerable shown', o.shown);
    } else {
      add(key, 'answerable', true);
      add(key, 'first', o.rank === 0);
      add(key, 'top 3', o.rank >= 0 && o.rank < 3);
      add(key, 'short right', o.shortRight);
      add(key, 'shown', o.shown);
      add(key, 'bold', o.sure);
      add(key, 'bold right', o.sure && o.shortRight);
    }
  }
}
if (out) writeFileSync(out, `${rows.join('\n')}\n`);
for (const [key, sum] of sums)
  console.log(
    `${key.padEnd(16)} ${Object.entries(sum)
      .map(([f, n]) => `${f} ${n}`)
      .join(', ')}`,
  );
