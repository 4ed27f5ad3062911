/**
 * npm run bench -- [--corpus DIR] [--rounds N] [--json]
 *
 * The engine against a peer (MiniSearch over whole articles), in one run, alternating, each in a
 * process of its own: first start with an empty cache, restart with a warm cache, the peer's start;
 * time per query over 200 queries (the headlines of every 11th article); peak resident memory.
 * Medians over the rounds, and the ratios.
 *
 * Then whole processes, timed from outside as a shell would, alternating: the compiled bin,
 * `node dist/cli/factbot.js ask --corpus DIR --json <headline>` (empty cache, then warm), against
 * the peer as plain JavaScript, `node bench/peer.mjs DIR <headline>`; peak memory as GNU time
 * reports it (`/usr/bin/time -f %M`); time per query from the same commands given all 200 headlines
 * (the difference from one headline, over 199).
 *
 * Last, its closing note: several stories in one bot (bench/stories.ts), the corpus split into 10
 * stories of a stories file against the same articles as one story: start-up and peak memory, first
 * start and restart, each ≤ 1.3x.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { args, option } from './options.js';
import { benchQueries, type Run } from './queries.js';
import { benchStories, storiesTable } from './stories.js';

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

/** One whole process from outside: wall ms from spawn to exit, and peak RSS in MB (GNU time). */
interface Proc {
  ms: number;
  rssMb: number;
}
const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
function proc(command: string[], env: Record<string, string> = {}): Proc {
  const [file, ...rest] = gnuTime ? [gnuTime, '-f', '%M', ...command] : command;
  const started = performance.now();
  const r = spawnSync(file ?? '', rest, {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  const ms = performance.now() - started;
  if (r.status !== 0) throw new Error(`${command.join(' ').slice(0, 200)} failed: ${r.stderr.slice(-500)}`);
  const kb = gnuTime ? Number(r.stderr.trim().split('\n').at(-1)) : Number.NaN;
  return { ms, rssMb: kb / 1024 };
}

const BIN = 'dist/cli/factbot.js';
if (!existsSync(BIN)) {
  process.stderr.write(`${BIN} is missing: run npm run build (npm install does it) first.\n`);
  process.exit(1);
}
const headlines = await benchQueries(corpus);
const one = headlines[0] ?? 'news';
const ours = (cache: string, qs: string[]) =>
  proc([process.execPath, BIN, 'ask', '--corpus', corpus, '--json', ...qs], { INDEX_CACHE_DIR: cache });
const theirs = (qs: string[]) => proc([process.execPath, join('bench', 'peer.mjs'), corpus, ...qs]);
const p = {
  cold: [] as Proc[],
  warm: [] as Proc[],
  warmAll: [] as Proc[],
  peer: [] as Proc[],
  peerAll: [] as Proc[],
};
for (let r = 0; r < rounds; r++) {
  const cache = mkdtempSync(join(tmpdir(), 'bench-cache-'));
  p.cold.push(ours(cache, [one]));
  p.peer.push(theirs([one]));
  p.warm.push(ours(cache, [one]));
  p.peerAll.push(theirs(headlines));
  p.warmAll.push(ours(cache, headlines));
  rmSync(cache, { recursive: true, force: true });
  if (!json) process.stderr.write(`whole processes: round ${r + 1}/${rounds} done\n`);
}
const pm = (runs: Proc[], key: keyof Proc) => median(runs.map((x) => x[key]));
const perQuery = (all: Proc[], single: Proc[]) =>
  Math.max(0, (pm(all, 'ms') - pm(single, 'ms')) / Math.max(1, headlines.length - 1));
const whole = {
  ours: {
    firstStartMs: pm(p.cold, 'ms'),
    restartMs: pm(p.warm, 'ms'),
    queryMs: perQuery(p.warmAll, p.warm),
    // A restarted process is what serves; the first start (language processing, the cache
    // written) peaks higher, and is reported on a row of its own.
    peakRssMb: median([...p.warm, ...p.warmAll].map((x) => x.rssMb)),
    firstStartRssMb: pm(p.cold, 'rssMb'),
  },
  peer: {
    startMs: pm(p.peer, 'ms'),
    queryMs: perQuery(p.peerAll, p.peer),
    peakRssMb: median([...p.peer, ...p.peerAll].map((x) => x.rssMb)),
  },
};
const wholeRatios = {
  firstStart: whole.ours.firstStartMs / whole.peer.startMs,
  restart: whole.ours.restartMs / whole.peer.startMs,
  query: whole.ours.queryMs / whole.peer.queryMs,
  memory: whole.ours.peakRssMb / whole.peer.peakRssMb,
  firstStartMemory: whole.ours.firstStartRssMb / whole.peer.peakRssMb,
};
const wholeMet = Object.fromEntries(
  Object.entries(wholeRatios).map(([k, v]) => [
    k,
    v <= goals[(k === 'firstStartMemory' ? 'memory' : k) as keyof typeof goals],
  ]),
);

const stories = await benchStories(corpus, {
  rounds,
  progress: (line) => {
    if (!json) process.stderr.write(`${line}\n`);
  },
});

if (json)
  process.stdout.write(
    `${JSON.stringify({ ...figures, ratios, goals, met, wholeProcess: { ...whole, ratios: wholeRatios, met: wholeMet }, stories })}\n`,
  );
else {
  const f = (n: number) => n.toFixed(n < 10 ? 2 : 0);
  const table = (
    peerName: string,
    o: { firstStartMs: number; restartMs: number; queryMs: number; peakRssMb: number },
    q: { startMs: number; queryMs: number; peakRssMb: number },
    r: typeof ratios,
    ok: Record<string, boolean>,
    extra: string[][] = [],
  ) => {
    const rows = [
      ['', 'engine', peerName, 'ratio', 'goal', 'met'],
      [
        'first start, empty cache (ms)',
        f(o.firstStartMs),
        f(q.startMs),
        f(r.firstStart),
        '≤ 1.5',
        String(ok.firstStart),
      ],
      ['restart, warm cache (ms)', f(o.restartMs), f(q.startMs), f(r.restart), '≤ 0.5', String(ok.restart)],
      ['time per query (ms)', f(o.queryMs), f(q.queryMs), f(r.query), '≤ 0.5', String(ok.query)],
      [
        r === ratios ? 'peak resident memory (MB)' : 'peak memory, restart (MB)',
        f(o.peakRssMb),
        f(q.peakRssMb),
        f(r.memory),
        '≤ 1.5',
        String(ok.memory),
      ],
      ...extra,
    ];
    const widths = rows[0]?.map((_, i) => Math.max(...rows.map((row) => row[i]?.length ?? 0))) ?? [];
    for (const row of rows)
      process.stdout.write(`${row.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ')}\n`);
  };
  process.stdout.write(
    `${figures.machine}; ${corpus}; medians of ${rounds} rounds; load average ${loadavg()[0]?.toFixed(1)}\n`,
  );
  process.stdout.write('in process (ms since the process started; per query in a loop):\n');
  table('peer (MiniSearch)', figures.ours, figures.peer, ratios, met, [
    ['queries answered (of 200)', String(figures.ours.answered), String(figures.peer.answered), '', '', ''],
  ]);
  process.stdout.write(
    `whole processes from outside (node ${BIN} ask --json <headline> vs node bench/peer.mjs; per query: 200 headlines vs 1):\n`,
  );
  table('peer (peer.mjs)', whole.ours, whole.peer, wholeRatios, wholeMet, [
    [
      'peak memory, first start (MB)',
      f(whole.ours.firstStartRssMb),
      f(whole.peer.peakRssMb),
      f(wholeRatios.firstStartMemory),
      '≤ 1.5',
      String(wholeMet.firstStartMemory),
    ],
  ]);
  process.stdout.write(
    `several stories in one bot (the compiled bot, a process a start; ${stories.stories} stories of about ${Math.round(stories.articles / stories.stories)} articles in one stories file vs 1 story of the same ${stories.articles} articles):\n${storiesTable(stories)}\n`,
  );
}
