/**
 * npx tsx bench/bridge-cost.ts [--keys V] [--rounds 3] [--limit N]
 *
 * What the lexical bridge (bridge-26) costs: reading its table (bridge.json) on first use, and the
 * time per question of a key's questions answered with the `bridge` feature on (weights.json) and
 * off (its weight 0: not read), in one run, alternating, medians over the rounds.
 */
import { performance } from 'node:perf_hooks';
import { answerQuery } from '../src/answer/answer.js';
import { defaultBridge } from '../src/answer/bridge.js';
import { defaultWeights } from '../src/answer/weights.js';
import { buildIndex } from '../src/index/build.js';
import { allKeys } from './keys.js';

const args = process.argv.slice(2);
const keys = (args.includes('--keys') ? (args[args.indexOf('--keys') + 1] ?? 'V') : 'V').split(',');
const rounds = Number(args.includes('--rounds') ? args[args.indexOf('--rounds') + 1] : 3) || 3;
const t0 = performance.now();
const table = defaultBridge();
const read = performance.now() - t0;
const pairs = [...table.values()].reduce((s, m) => s + m.size, 0);
console.log(`bridge.json: ${pairs} pairs over ${table.size} question words, read in ${read.toFixed(1)} ms`);
const index = await buildIndex('../shared/corpora/bbc', { warn: () => {} }, { cacheDir: '.cache' });
const limit = Number(args.includes('--limit') ? args[args.indexOf('--limit') + 1] : 1e9) || 1e9;
const qs = allKeys()
  .filter((q) => keys.includes(q.key) && q.split === 'train')
  .slice(0, limit);
const on = defaultWeights();
const off = { ...on, rank: { ...on.rank, bridge: 0 } };
for (const q of qs.slice(0, 20)) answerQuery(index, q.query, { weights: on });
const times: Record<'on' | 'off', number[]> = { on: [], off: [] };
for (let r = 0; r < rounds; r++)
  for (const [arm, weights] of (r % 2 === 0
    ? [
        ['off', off],
        ['on', on],
      ]
    : [
        ['on', on],
        ['off', off],
      ]) as Array<['on' | 'off', typeof on]>) {
    const start = performance.now();
    for (const q of qs) answerQuery(index, q.query, { weights });
    times[arm].push((performance.now() - start) / qs.length);
  }
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
console.log(
  `${qs.length} questions, ${rounds} rounds alternating: per question off ${median(times.off).toFixed(2)} ms, on ${median(times.on).toFixed(2)} ms (${times.off.map((t) => t.toFixed(2)).join('/')} vs ${times.on.map((t) => t.toFixed(2)).join('/')})`,
);
