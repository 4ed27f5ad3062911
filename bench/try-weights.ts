/**
 * npx tsx bench/try-weights.ts --weights A.json[,B.json] [--set local=0.4] [--keys L,M] [--empty] [--public] [--items] [--trace]
 *
 * Answers the TRAIN questions of the chosen keys (never HELD OUT) with each weights file ("shipped":
 * src/answer/weights.json; `--set f=w,...` overrides rank weights in every file) and prints the
 * eval-answers line per key and in all, and per form. `--public` also answers the public questions key
 * (../shared/eval/questions.gold.json, CI's gate: scored as score.mjs does) for the gate's figures;
 * `--items` prints the public key's items whose place or short answer differs between the files (to
 * diagnose; nothing may be fitted on them), with each file's first candidates and their rank features
 * (`--trace`). `--empty`: the unanswerable questions only (bold and short answers given on them).
 * An entry FILE:local=0.2:@ruledAside=0.3 sets a rank weight and an answer option of its own.
 */
import { readFileSync } from 'node:fs';
import { type AnswerOptions, answerQuery } from '../src/answer/answer.js';
import type { Answer } from '../src/answer/types.js';
import { defaultWeights, type RankFeature, type Weights } from '../src/answer/weights.js';
import { buildIndex } from '../src/index/build.js';
import { line, type Outcome, outcome, summarize } from './eval-answers.js';
import { allKeys, type KeyQuery } from './keys.js';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? (args[i + 1] ?? fallback) : fallback;
};
const files = opt('weights', 'shipped').split(',');
const keys = opt('keys', 'own,A,B,C,D,F,G,H,I,J,K,L,M,N,P').split(',').filter(Boolean);
const sets = opt('set', '')
  .split(',')
  .filter(Boolean)
  .map((s) => s.split('=') as [string, string]);
// An entry is FILE[:feature=w][:@option=v]...: rank weights and answer options of its own.
const optionsOf = (entry: string): AnswerOptions =>
  Object.fromEntries(
    entry
      .split(':')
      .slice(1)
      .filter((p) => p.startsWith('@'))
      .map((p) => {
        const [k, v] = p.slice(1).split('=') as [string, string];
        return [k, v === 'true' ? true : v === 'false' ? false : Number(v)];
      }),
  ) as AnswerOptions;
const load = (entry: string): Weights => {
  const [file = 'shipped', ...parts] = entry.split(':');
  const own = parts.filter((p) => !p.startsWith('@')).map((p) => p.split('=') as [string, string]);
  const base = defaultWeights();
  const w: Weights =
    file === 'shipped'
      ? base
      : ({ ...base, ...(JSON.parse(readFileSync(file, 'utf8')) as Partial<Weights>) } as Weights);
  const rank = { ...w.rank };
  for (const [f, v] of [...sets, ...own]) rank[f as RankFeature] = Number(v);
  return { ...w, rank };
};
const weights = files.map(load);
const opts = files.map(optionsOf);
const index = await buildIndex('../shared/corpora/bbc', { warn: () => {} }, { cacheDir: '.cache' });
const chosen = allKeys().filter(
  (q) =>
    q.split === 'train' &&
    (!args.includes('--empty') || q.empty === true) &&
    keys.some((k) => (k === 'own' ? q.key.startsWith('questions.own') : q.key === k)),
);
const keyOf = (k: string) => (k.startsWith('questions.own') ? 'own' : k);
const publicKey: KeyQuery[] = args.includes('--public')
  ? (
      JSON.parse(readFileSync('../shared/eval/questions.gold.json', 'utf8')) as {
        queries: Array<{ query: string; expect?: KeyQuery['expect']; empty?: boolean }>;
      }
    ).queries.map(
      (q) =>
        ({
          key: 'public',
          split: 'train',
          query: q.query,
          expect: q.expect ?? [],
          empty: q.empty,
        }) as KeyQuery,
    )
  : [];
const results: Outcome[][] = [];
const publicOut: Array<{ o: Outcome; a: Answer }[]> = [];
weights.forEach((w, i) => {
  results.push(
    chosen.map((q) => outcome(q, answerQuery(index, q.query, { ...opts[i], weights: w }) as Answer)),
  );
  publicOut.push(
    publicKey.map((q) => {
      const a = answerQuery(index, q.query, { ...opts[i], weights: w }) as Answer;
      return { o: outcome(q, a), a };
    }),
  );
  console.error(`done ${files[i]}`);
});
for (const k of [...new Set(chosen.map((q) => keyOf(q.key)))])
  for (const [i, r] of results.entries())
    console.log(line(`${k} ${i}`, summarize(r.filter((o) => keyOf(o.q.key) === k))));
for (const [i, r] of results.entries()) {
  console.log(line(`all ${i}`, summarize(r)));
  // Bold on a question the coverage cannot answer: the bold tier's worst error.
  const empty = r.filter((o) => o.q.empty);
  console.log(
    `unanswerable ${i}: bold ${empty.filter((o) => o.sure).length}, short answer ${empty.filter((o) => o.shown).length} of ${empty.length}`,
  );
}
for (const form of [...new Set(chosen.map((q) => q.form ?? '-'))].sort())
  for (const [i, r] of results.entries())
    console.log(line(`  form ${form} ${i}`, summarize(r.filter((o) => (o.q.form ?? '-') === form))));
if (publicKey.length > 0) {
  for (const [i, p] of publicOut.entries()) console.log(line(`public ${i}`, summarize(p.map((x) => x.o))));
  if (args.includes('--items'))
    publicKey.forEach((q, j) => {
      const os = publicOut.map((p) => p[j] as { o: Outcome; a: Answer });
      if (os.every((x) => x.o.rank === os[0]?.o.rank && x.o.shortRight === os[0]?.o.shortRight)) return;
      console.log(`\n${q.query}  expect ${q.expect.map((e) => e.match).join(' | ')}`);
      if (args.includes('--trace'))
        weights.forEach((w, i) => {
          answerQuery(index, q.query, {
            ...opts[i],
            weights: w,
            trace: (t) => {
              console.log(`  trace [${i}] short ${t.short?.text ?? '-'} withheld ${t.short?.withheld}`);
              for (const c of t.candidates.slice(0, 4))
                console.log(
                  `    ${c.articleId} ${c.span ?? '-'} | ${c.text.slice(0, 70)} | ${Object.entries(c.features)
                    .filter(
                      ([f]) =>
                        (w.rank[f as RankFeature] ?? 0) !== 0 || ['own', 'relation', 'position'].includes(f),
                    )
                    .map(([f, v]) => `${f} ${v.toFixed(2)}`)
                    .join(' ')} = ${Object.entries(c.features)
                    .reduce((s, [f, v]) => s + v * (w.rank[f as RankFeature] ?? 0), 0)
                    .toFixed(2)}`,
                );
            },
          });
        });
      os.forEach((x, i) => {
        console.log(
          `  [${i}] rank ${x.o.rank} short ${x.a.answer?.text ?? '-'} (${x.o.shortRight ? 'right' : 'wrong'}) conf ${x.a.confidence?.toFixed(2)}`,
        );
        for (const [k, f] of x.a.facts.slice(0, 4).entries())
          console.log(`      ${k} ${f.citations.map((c) => c.id).join(',')} ${f.text.slice(0, 160)}`);
      });
    });
}
