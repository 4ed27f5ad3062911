/**
 * npx tsx bench/check-paired.ts --before DIR [--corpus DIR] [--drafts N] [--swap] [--no-rehearse] [--json]
 *
 * Two versions of the draft check timed in one process, draft by draft: on a machine shared by
 * many, a run's CPU swings by 15% from one process to the next, more than most changes give. DIR
 * holds the earlier version's `src/` (`mkdir DIR && git archive <commit> src package.json | tar -x -C
 * DIR && ln -s "$PWD/node_modules" DIR/`); the later is this checkout's. Each version loads its own
 * modules (its own compiled code and caches), builds its own index of the corpus, runs bench:check's
 * warm-up and then its own background warm to the end, as its bot would (the claims and the check's
 * first-time work; and the check rehearsed, `check/rehearse.ts`, where the version has it, unless
 * `--no-rehearse`). Then each of bench:check's drafts is checked by one version and then the
 * other, the order swapped every draft (the one checked second gains a few per cent; `--swap`: the later
 * version first on the first draft). Printed per
 * version: CPU (all threads) and clock a check, mean, median and 90th percentile, the first five
 * checks' CPU, the load; the median of each draft's CPU ratio (later / earlier); and whether every
 * draft's result is the same JSON in both (it must be).
 */
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { benchDrafts } from './bench-drafts.js';
import { args, option } from './options.js';
import { timeAlternately } from './paired.js';

const beforeDir = option('before', '');
if (!beforeDir)
  throw new Error("--before DIR: a folder holding the earlier version's src/ (see this file's header).");
const corpus = option('corpus', '../shared/corpora/bbc');
const wanted = Math.max(5, Number(option('drafts', '100')));
const rehearse = !args.includes('--no-rehearse');
/** `--swap`: the later version checks the first draft first (default: the earlier). */
const swap = args.includes('--swap');
const LENGTH = 1000;

type CheckDraft = (index: unknown, draft: string) => unknown;
interface Version {
  name: string;
  checkDraft: CheckDraft;
  index: {
    articles(): Array<{ id: string }>;
    factsOf(id: string): ReadonlyArray<{ text: string; quantities: readonly unknown[] }>;
    match(p: string[][]): unknown;
  };
  warm: { cpuMs: number; pieces: number };
}

/** One version: its modules, its index, its warm-up and background warm run to the end. */
async function load(name: string, root: string): Promise<Version> {
  const at = (path: string) => import(pathToFileURL(resolve(root, path)).href);
  const { checkDraft } = await at('src/check/check.ts');
  const { checkWarmStep } = await at('src/check/prepare.ts');
  const { warmClaims } = await at('src/claims/warm.ts');
  const { buildIndex } = await at('src/index/build.ts');
  const { defaultVocabulary } = await at('src/index/vocabulary.ts');
  const rehearseCheck = rehearse
    ? ((await at('src/check/rehearse.ts').catch(() => undefined))?.rehearseCheck as
        | ((index: unknown) => Iterator<unknown>)
        | undefined)
    : undefined;
  const index = await buildIndex(corpus, { warn: () => {} });
  checkDraft(index, 'Mr. Smith said the firm paid $2bn for it. Its shares rose 5% in London.');
  for (const concept of defaultVocabulary().concepts) index.match(concept.phrases);
  const cpu = process.cpuUsage();
  const report = await warmClaims(index, {
    step: checkWarmStep(index),
    ...(rehearseCheck ? { afterwards: () => rehearseCheck(index) } : {}),
  }).done;
  const used = process.cpuUsage(cpu);
  return {
    name,
    checkDraft,
    index,
    warm: { cpuMs: Math.round((used.user + used.system) / 1000), pieces: report.pieces ?? 0 },
  };
}

const before = await load('before', beforeDir);
const after = await load('after', '.');

const drafts = benchDrafts(after.index, wanted, LENGTH);

const loadStart = loadavg()[0] ?? 0;
const { times, different: differentDrafts } = timeAlternately(
  drafts,
  before,
  after,
  (v, draft) => v.checkDraft(v.index, draft),
  swap,
);
const different = differentDrafts.length;
const loadEnd = loadavg()[0] ?? 0;

const stats = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN;
  const round = (x: number) => Number(x.toFixed(1));
  return {
    mean: round(xs.reduce((a, b) => a + b, 0) / xs.length),
    median: round(at(0.5)),
    p90: round(at(0.9)),
  };
};
const ratios = drafts
  .map((_, i) => (times.get(after)?.cpu[i] ?? 0) / (times.get(before)?.cpu[i] ?? 1))
  .sort((a, b) => a - b);
const report = {
  machine: `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`,
  corpus,
  drafts: drafts.length,
  load: [Number(loadStart.toFixed(2)), Number(loadEnd.toFixed(2))],
  sameOutputs: different === 0,
  different,
  medianRatioCpu: Number((ratios[Math.floor(ratios.length / 2)] ?? Number.NaN).toFixed(3)),
  ...Object.fromEntries(
    [before, after].map((v) => {
      const t = times.get(v) ?? { cpu: [], wall: [] };
      return [
        v.name,
        {
          warm: v.warm,
          cpu: stats(t.cpu),
          wall: stats(t.wall),
          firstCpu: t.cpu.slice(0, 5).map((x) => Math.round(x)),
          // Past the first five: the steady state.
          restCpu: stats(t.cpu.slice(5)),
        },
      ];
    }),
  ),
};
process.stdout.write(
  `${args.includes('--json') ? JSON.stringify(report) : JSON.stringify(report, null, 1)}\n`,
);
process.exit(0);
