/**
 * npx tsx bench/hedged-dump.ts --out FILE [--keys own,A,B,C,...] [--weights FILE] [--public]
 *
 * Hedged-36 (issue 21 §1): every TRAIN question answered end to end (the silence rules, the
 * withholding rules and the gates applied, as `eval-answers` answers it), one JSON line a question
 * that gets a short answer cut (shown or not): its key, the key's form, whether it is unanswerable,
 * whether the short answer is shown, right and bold, the confidence and the bold model's score, the
 * confidence features (`x`), the first candidate's ranking features (`first`), the type read
 * (`wants`), the near-miss signals (`near`) and the claims layer's reading (`claim`) the trace
 * holds, and a few readings of the answer for study (`extra`: how many of the best ten candidates
 * give the same span and from how many articles, the span's words, the first fact's other spans).
 * `bench/hedged-study.ts` reads it. Answered with the hedged gate and the precision gate off (`hedgedGate: { floors: {} }`,
 * `precisionGate: KEEP_EVERY_LINE`):
 * the study applies each gate itself. Never a HELD OUT question (split train only).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { type AnswerTrace, answerQuery } from '../src/answer/answer.js';
import { KEEP_EVERY_LINE } from '../src/answer/precision-gate.js';
import type { Answer } from '../src/answer/types.js';
import {
  boldFeatures,
  defaultWeights,
  sigmoid,
  type WeightsFile,
  weighted,
  weightsFrom,
} from '../src/answer/weights.js';
import { buildIndex } from '../src/index/build.js';
import { outcome } from './eval-answers.js';
import { allKeys, optionOf, readKey, trainKeysArg } from './keys.js';

const args = process.argv.slice(2);
const out = optionOf(args, 'out', '/tmp/hedged-dump.jsonl');
const keys = args.includes('--keys') ? trainKeysArg(args, '') : undefined;
const weights = args.includes('--weights')
  ? weightsFrom(JSON.parse(readFileSync(optionOf(args, 'weights', ''), 'utf8')) as WeightsFile)
  : defaultWeights();

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9%£$€]+/g, ' ')
    .trim();

const index = await buildIndex('../shared/corpora/bbc', { warn: () => {} }, { cacheDir: '.cache' });
// --public: the public questions key (CI's gate, never fitted on: read to check a gate keeps its right answers).
const chosen = args.includes('--public')
  ? readKey('../shared/eval/questions.gold.json', 'public', 'train')
  : allKeys().filter(
      (q) =>
        q.split === 'train' &&
        (!keys || keys.some((k) => (k === 'own' ? q.key.startsWith('questions.own') : q.key === k))),
    );
const lines: string[] = [];
let done = 0;
for (const q of chosen) {
  let trace: AnswerTrace | undefined;
  // The hedged gate and the precision gate off: the rows are what it is read on (bench/hedged-study.ts applies it itself).
  const a = answerQuery(index, q.query, {
    weights,
    hedgedGate: { floors: {} },
    precisionGate: KEEP_EVERY_LINE,
    trace: (t) => {
      trace = t;
    },
  }) as Answer;
  done++;
  if (done % 500 === 0) process.stderr.write(`${done}/${chosen.length}\n`);
  const short = trace?.short;
  if (!short) continue;
  const o = outcome(q, a);
  const first = trace?.candidates.find((c) => c.features)?.features;
  const conf = sigmoid(weighted(weights.confidence, short.features));
  const bold = sigmoid(weighted(weights.bold, boldFeatures(short.features, first)));
  const span = norm(short.text);
  const top = (trace?.candidates ?? []).slice(0, 10);
  const same = top.filter((c) => c.span !== undefined && norm(c.span) === span);
  const holding = top.filter((c) => span.length > 0 && norm(c.text).includes(span));
  lines.push(
    JSON.stringify({
      key: q.key.startsWith('questions.own') ? 'own' : q.key,
      index: q.index,
      form: q.form ?? '-',
      empty: q.empty === true,
      kindEmpty: q.kind,
      query: q.query,
      wants: trace?.wants,
      short: short.text,
      withheld: short.withheld,
      shown: o.shown,
      right: o.shortRight,
      sure: o.sure,
      rank: o.rank,
      conf,
      bold,
      x: short.features,
      first,
      near: short.near,
      claim: short.claim,
      extra: {
        sameSpan10: same.length,
        sameArticles10: new Set(same.map((c) => c.articleId)).size,
        holding10: holding.length,
        holdingArticles10: new Set(holding.map((c) => c.articleId)).size,
        spanWords: short.text.split(/\s+/).filter(Boolean).length,
        spans: short.spans.length,
        secondWeight: (short.spans[1]?.weight ?? 0) / (short.spans[0]?.weight || 1),
        kind: short.spans[0]?.kind,
      },
    }),
  );
}
writeFileSync(out, `${lines.join('\n')}\n`);
console.log(`${lines.length} short answers of ${chosen.length} TRAIN questions -> ${out}`);
