/**
 * npm run bench -- [--corpus DIR] [--rounds N] [--json]
 *
 * The engine against a peer (MiniSearch over whole articles), in one run, alternating, each in a
 * process of its own: first start with an empty cache, restart with a warm cache, the peer's start;
 * time per query over 200 queries (the headlines of every 11th article); peak resident memory.
 * Medians over the rounds, and the ratios.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import type { Run } from './queries.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? (args[i + 1] ?? fallback) : fallback;
};
const corpus = option('corpus', '../shared/corpora/bbc');
const rounds = Math.max(3, Number(option('rounds', '3')));
const json = args.includes('--json');

function run(script: string, ...rest: string[]): Run {
  const out = execFileSync(process.execPath, ['--import', 'tsx', join('bench', script), corpus, ...rest], {
    encoding: 'utf8',
    maxBuffer: 16 << 20,
  });
  return JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as Run;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
};

const cold: Run[] = [];
const warm: Run[] = [];
const peer: Run[] = [];
for (let r = 0; r < rounds; r++) {
  const cache = mkdtempSync(join(tmpdir(), 'bench-cache-'));
  cold.push(run('ours.ts', cache));
  peer.push(run('peer.ts'));
  warm.push(run('ours.ts', cache));
  rmSync(cache, { recursive: true, force: true });
  if (!json) process.stderr.write(`round ${r + 1}/${rounds} done\n`);
}

const m = (runs: Run[], key: keyof Run) => median(runs.map((x) => x[key]));
const figures = {
  corpus,
  rounds,
  machine: `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
  ours: {
    firstStartMs: m(cold, 'startMs'),
    restartMs: m(warm, 'startMs'),
    queryMs: m([...cold, ...warm], 'queryMs'),
    peakRssMb: m([...cold, ...warm], 'peakRssMb'),
    answered: m(warm, 'answered'),
  },
  peer: {
    startMs: m(peer, 'startMs'),
    queryMs: m(peer, 'queryMs'),
    peakRssMb: m(peer, 'peakRssMb'),
    answered: m(peer, 'answered'),
  },
};
const ratios = {
  firstStart: figures.ours.firstStartMs / figures.peer.startMs,
  restart: figures.ours.restartMs / figures.peer.startMs,
  query: figures.ours.queryMs / figures.peer.queryMs,
  memory: figures.ours.peakRssMb / figures.peer.peakRssMb,
};
const goals = { firstStart: 1.5, restart: 0.5, query: 0.5, memory: 1.5 };
const met = Object.fromEntries(
  Object.entries(ratios).map(([k, v]) => [k, v <= goals[k as keyof typeof goals]]),
);

if (json) process.stdout.write(`${JSON.stringify({ ...figures, ratios, goals, met })}\n`);
else {
  const f = (n: number) => n.toFixed(n < 10 ? 2 : 0);
  const rows = [
    ['', 'engine', 'peer (MiniSearch)', 'ratio', 'goal', 'met'],
    [
      'first start, empty cache (ms)',
      f(figures.ours.firstStartMs),
      f(figures.peer.startMs),
      f(ratios.firstStart),
      '≤ 1.5',
      String(met.firstStart),
    ],
    [
      'restart, warm cache (ms)',
      f(figures.ours.restartMs),
      f(figures.peer.startMs),
      f(ratios.restart),
      '≤ 0.5',
      String(met.restart),
    ],
    [
      'time per query (ms)',
      f(figures.ours.queryMs),
      f(figures.peer.queryMs),
      f(ratios.query),
      '≤ 0.5',
      String(met.query),
    ],
    [
      'peak resident memory (MB)',
      f(figures.ours.peakRssMb),
      f(figures.peer.peakRssMb),
      f(ratios.memory),
      '≤ 1.5',
      String(met.memory),
    ],
    ['queries answered (of 200)', String(figures.ours.answered), String(figures.peer.answered), '', '', ''],
  ];
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => r[i]?.length ?? 0))) ?? [];
  process.stdout.write(`${figures.machine}; ${corpus}; medians of ${rounds} rounds\n`);
  for (const row of rows) process.stdout.write(`${row.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ')}\n`);
}
