/**
 * npm run bench:check -- [--corpus DIR] [--drafts N] [--json]
 *
 * Time per check of a 1,000-character draft against a corpus (default ../shared/corpora/bbc, the
 * 2,223 BBC articles). The drafts are made from the corpus itself, story-agnostically: for every
 * k-th article, its sentences that state figures, in order, with every other sentence's numbers
 * changed (so that drafts hold figures the coverage supports, contradicts and lacks), cut to 1,000
 * characters. Each draft is a different story, so names are read afresh for most checks. The index
 * is built first (not timed). A warm-up first loads what a process loads once (wink-nlp's models
 * for splitting a doubtful sentence and for names) and matches the facts of every measure, which the
 * index remembers until it changes (as it does for questions); it is reported apart. Goal: at most
 * 50 ms a check, on average and for 9 checks in 10 (the slowest are printed with --verbose: a draft
 * whose subjects are named in hundreds of articles, "US", reads the most names).
 *
 * Two figures, each in a process of its own (so that neither finds what the other read):
 * - cold (as a bot checks right after start-up, or as a one-shot `factbot check`): each draft's
 *   facts have their claims (names, subjects, focus) read for the first time by the check itself;
 * - warmed (as a running bot checks once its background warm is over, `claims/warm.ts`): after the
 *   warm-up, every figure's claims are read by `warmClaims`, timed apart (CPU and clock, the heap and
 *   resident memory before and after it, after a collection), then the drafts are checked.
 *   The warm also does the check's first-time work on each figure (`check/prepare.ts`: its context,
 *   its article's figures of order), as the bot's does; `--claims-only` leaves that out (the warm as before).
 *   Then, as the bot's warm does once every figure is warmed, a check is rehearsed (`check/rehearse.ts`:
 *   the index's commonest words searched, a few of the corpus's sentences checked), timed and weighed
 *   apart (`rehearsal`); `--no-rehearse` leaves it out (the warm of warmcheck-15).
 * Both print the CPU of the first five checks (`firstCpuMs`): what the rehearsal is for.
 * `--warm` runs the warmed figure alone; `--cold` the cold one alone; by default both are printed.
 */
import { spawnSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';
import { checkDraft } from '../src/check/check.js';
import { checkWarmStep } from '../src/check/prepare.js';
import { rehearseCheck } from '../src/check/rehearse.js';
import { warmClaims } from '../src/claims/warm.js';
import { buildIndex } from '../src/index/build.js';
import { defaultVocabulary } from '../src/index/vocabulary.js';
import { benchDrafts } from './bench-drafts.js';
import { args, option } from './options.js';

const corpus = option('corpus', '../shared/corpora/bbc');
const wanted = Math.max(5, Number(option('drafts', '100')));
const json = args.includes('--json');
const warmed = args.includes('--warm');
/** `--claims-only`: the warm reads the claims alone, not the check's first-time work (the warm before warmcheck-15). */
const claimsOnly = args.includes('--claims-only');
/** `--no-rehearse`: no check rehearsed after the warm (the warm before checkspeed2-16). */
const rehearse = !args.includes('--no-rehearse');
const both = !warmed && !args.includes('--cold');
const LENGTH = 1000;
const GOAL_MS = 50;

const index = await buildIndex(corpus, { warn: () => {} });
const articles = index.articles();

const drafts = benchDrafts(index, wanted, LENGTH);

// How many sentences' names are read for a check: the part of a check that grows with the coverage.
// Counted from before the warm-up: set after it, the index's changed shape undid code compiled for
// it, and the first checks paid to compile it again (the bot has no such counter).
let namesRead = 0;
const entitiesOf = index.entitiesOf.bind(index);
index.entitiesOf = (fact) => {
  namesRead++;
  return entitiesOf(fact);
};

// Once a process: a sentence boundary only wink-nlp can settle ("Mr. Smith"), and names. Once an
// index version: the facts of each measure (the index remembers them, as it does for questions).
const warmUp = performance.now();
checkDraft(index, 'Mr. Smith said the firm paid $2bn for it. Its shares rose 5% in London.');
for (const concept of defaultVocabulary().concepts) index.match(concept.phrases);
const first = performance.now() - warmUp;

/** Heap used and resident memory (MiB), after a collection when the process may ask for one. */
const memory = () => {
  (globalThis as { gc?: () => void }).gc?.();
  const m = process.memoryUsage();
  return { heapMiB: Math.round(m.heapUsed / 2 ** 20), rssMiB: Math.round(m.rss / 2 ** 20) };
};
// The background warm a running bot does once ready, run to its end (its chunks yield to nothing here).
interface WarmFigures {
  wallMs: number;
  cpuMs: number;
  factsRead: number;
  chunks: number;
  load: number;
  before: { heapMiB: number; rssMiB: number };
  after: { heapMiB: number; rssMiB: number };
  /** The rehearsal after it, as the bot's warm runs it once every figure is warmed (pieces: searches and checks). */
  rehearsal?: {
    cpuMs: number;
    wallMs: number;
    pieces: number;
    longestPieceMs: number;
    chunks: number;
    heapMiB: number;
    rssMiB: number;
  };
}
let warm: WarmFigures | undefined;
if (warmed) {
  const before = memory();
  const load = loadavg()[0];
  const started = performance.now();
  const cpu = process.cpuUsage();
  const done = await warmClaims(index, claimsOnly ? {} : { step: checkWarmStep(index) }).done;
  const used = process.cpuUsage(cpu);
  warm = {
    wallMs: Math.round(performance.now() - started),
    cpuMs: Math.round((used.user + used.system) / 1000),
    factsRead: done.read,
    chunks: done.chunks,
    load: Number(load?.toFixed(2)),
    before,
    after: memory(),
  };
  if (rehearse) {
    // Apart from the warm, to weigh it: the bot runs it as the same warm's last pieces.
    const at = performance.now();
    const cpuAt = process.cpuUsage();
    // The longest piece: with the chunk's budget, the most a request can wait for the rehearsal.
    let longest = 0;
    const timed = function* () {
      const pieces = rehearseCheck(index);
      for (;;) {
        const t = performance.now();
        const next = pieces.next();
        longest = Math.max(longest, performance.now() - t);
        if (next.done) return;
        yield next.value;
      }
    };
    const r = await warmClaims(index, { afterwards: timed }).done;
    const usedR = process.cpuUsage(cpuAt);
    const m = memory();
    warm.rehearsal = {
      cpuMs: Math.round((usedR.user + usedR.system) / 1000),
      wallMs: Math.round(performance.now() - at),
      pieces: r.pieces,
      chunks: r.chunks,
      longestPieceMs: Math.round(longest),
      ...m,
    };
  }
}

const slowest: Array<{ ms: number; names: number; draft: string }> = [];

const times: number[] = [];
/** CPU time of the process (every thread: the tagging thread's too) per check: steadier than the clock on a shared machine. */
const cpuTimes: number[] = [];
let figures = 0;
const verdicts = { supported: 0, contradicted: 0, 'not found': 0 };
for (const draft of drafts) {
  namesRead = 0;
  const started = performance.now();
  const cpu = process.cpuUsage();
  const result = checkDraft(index, draft);
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  cpuTimes.push((used.user + used.system) / 1000);
  times.push(ms);
  slowest.push({ ms, names: namesRead, draft: draft.slice(0, 60) });
  figures += result.claims.length;
  for (const c of result.claims) verdicts[c.verdict]++;
}

const sorted = [...times].sort((a, b) => a - b);
const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN;
const mean = times.reduce((a, b) => a + b, 0) / times.length;
const report = {
  corpus,
  articles: articles.length,
  machine: `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
  drafts: drafts.length,
  draftLength: LENGTH,
  figuresPerDraft: Number((figures / drafts.length).toFixed(1)),
  verdicts,
  mode: warmed ? 'warmed' : 'cold',
  warmUpMs: Number(first.toFixed(1)),
  ...(warm ? { warm } : {}),
  meanMs: Number(mean.toFixed(1)),
  medianMs: Number(at(0.5).toFixed(1)),
  p90Ms: Number(at(0.9).toFixed(1)),
  maxMs: Number((sorted.at(-1) ?? Number.NaN).toFixed(1)),
  meanCpuMs: Number((cpuTimes.reduce((a, b) => a + b, 0) / cpuTimes.length).toFixed(1)),
  firstCpuMs: cpuTimes.slice(0, 5).map((t) => Math.round(t)),
  goalMs: GOAL_MS,
  met: mean <= GOAL_MS && at(0.9) <= GOAL_MS,
};
// The warmed figure, in a process of its own (one that may collect, to weigh the memory).
const other =
  both && !json
    ? spawnSync(
        process.execPath,
        [
          ...process.execArgv,
          '--expose-gc',
          process.argv[1] ?? 'bench/check.ts',
          ...args,
          '--warm',
          '--json',
        ],
        { encoding: 'utf8', maxBuffer: 16 << 20 },
      )
    : undefined;
type Report = typeof report & { warm?: WarmFigures };
const warmedReport = other?.stdout
  ? (JSON.parse(other.stdout.trim().split('\n').at(-1) ?? '{}') as Report)
  : undefined;
if (other && !warmedReport) process.stderr.write(`the warmed run failed: ${other.stderr}\n`);
if (json) process.stdout.write(`${JSON.stringify(report)}\n`);
else {
  const lines = (r: Report) => [
    r.warm
      ? `background warm (every figure's claims, ${r.warm.factsRead} facts in ${r.warm.chunks} chunks): CPU ${r.warm.cpuMs} ms, clock ${r.warm.wallMs} ms (load ${r.warm.load}); heap ${r.warm.before.heapMiB} -> ${r.warm.after.heapMiB} MiB, RSS ${r.warm.before.rssMiB} -> ${r.warm.after.rssMiB} MiB`
      : '',
    r.warm?.rehearsal
      ? `  then a check rehearsed (${r.warm.rehearsal.pieces} searches and checks in ${r.warm.rehearsal.chunks} chunks, the longest ${r.warm.rehearsal.longestPieceMs} ms): CPU ${r.warm.rehearsal.cpuMs} ms, clock ${r.warm.rehearsal.wallMs} ms; heap -> ${r.warm.rehearsal.heapMiB} MiB, RSS -> ${r.warm.rehearsal.rssMiB} MiB`
      : '',
    `${r.mode} per check: mean ${r.meanMs} ms, median ${r.medianMs} ms, p90 ${r.p90Ms} ms, max ${r.maxMs} ms; CPU (all threads) mean ${r.meanCpuMs} ms, first five ${r.firstCpuMs.join('/')} ms: goal ${r.met ? 'met' : 'NOT met'}`,
  ];
  process.stdout.write(
    [
      `${report.machine}; ${corpus} (${report.articles} articles); ${report.drafts} drafts of ${LENGTH} characters, ${report.figuresPerDraft} figures each`,
      `verdicts: ${verdicts.supported} supported, ${verdicts.contradicted} contradicted, ${verdicts['not found']} not found`,
      `warm-up (language models, once a process; each measure's facts, once an index version): ${report.warmUpMs} ms`,
      ...(warmedReport
        ? [
            ...lines(warmedReport).filter(Boolean),
            `  (verdicts warmed: ${warmedReport.verdicts.supported}/${warmedReport.verdicts.contradicted}/${warmedReport.verdicts['not found']}, the same: ${JSON.stringify(warmedReport.verdicts) === JSON.stringify(verdicts)})`,
          ]
        : []),
      ...lines(report as Report).filter(Boolean),
      ...slowest
        .sort((a, b) => b.ms - a.ms)
        .slice(0, args.includes('--verbose') ? 5 : 0)
        .map((x) => `  ${x.ms.toFixed(1)} ms, ${x.names} sentences' names read: ${x.draft}…`),
      `goal: at most ${GOAL_MS} ms a check (mean, and 9 checks in 10): ${report.mode} ${report.met ? 'met' : 'NOT met'}${warmedReport ? `, warmed ${warmedReport.met ? 'met' : 'NOT met'}` : ''}`,
    ].join('\n'),
  );
  process.stdout.write('\n');
}
process.exit((warmedReport ?? report).met ? 0 : 1);
