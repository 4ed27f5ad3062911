/**
 * Several stories in one bot against one story of the same articles: the corpus split into 10
 * stories (contiguous slices in path order, about 220 BBC articles each) served from a stories
 * file, against the whole corpus as one story (CORPUS_DIR, as without a stories file). Each start
 * is the compiled bot in a process of its own (`bench/stories-start.mjs`), alternating: first start
 * (empty index cache) and restart (warm cache), ms until ready, and peak resident memory.
 *
 *   npx tsx bench/stories.ts [--corpus DIR] [--stories N] [--rounds N] [--json]
 *
 * `npm run bench` runs it last (its closing note). Goal: ≤ 1.3x in each.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listArticleFiles } from '../src/corpus/load.js';

interface Start {
  readyMs: number;
  peakRssMb: number;
  stories: number;
  articles: number;
}

export interface StoriesFigures {
  stories: number;
  articles: number;
  rounds: number;
  one: { firstStartMs: number; restartMs: number; firstStartRssMb: number; restartRssMb: number };
  several: { firstStartMs: number; restartMs: number; firstStartRssMb: number; restartRssMb: number };
  ratios: { firstStart: number; restart: number; firstStartMemory: number; restartMemory: number };
  /** The median of each round's ratio (its two starts ran back to back): less moved by the machine's drift. */
  paired: { firstStart: number; restart: number; firstStartMemory: number; restartMemory: number };
  goal: number;
  met: boolean;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
};

/** Copies the corpus into a temporary folder twice: whole (`one/`), and split into `count` story folders. */
async function prepare(corpus: string, count: number) {
  const root = mkdtempSync(join(tmpdir(), 'bench-stories-'));
  // The articles, not the corpus's own README.
  const files = (await listArticleFiles(corpus)).filter((f) => !/^readme\./i.test(relative(corpus, f)));
  const per = Math.ceil(files.length / count);
  const stories: string[] = [];
  files.forEach((file, i) => {
    const rel = relative(corpus, file);
    const story = `s${Math.floor(i / per)}`;
    for (const dir of [join(root, 'one'), join(root, 'several', story)]) {
      mkdirSync(join(dir, rel, '..'), { recursive: true });
      cpSync(file, join(dir, rel));
    }
    if (!stories.includes(story)) stories.push(story);
  });
  const yaml = stories
    .map(
      (s) =>
        `  - { id: ${s}, command: /bench-${s}, folder: ${JSON.stringify(join(root, 'several', s))}, channels: [C0${s.toUpperCase()}] }`,
    )
    .join('\n');
  const file = join(root, 'stories.yml');
  writeFileSync(file, `stories:\n${yaml}\n`);
  return { root, one: join(root, 'one'), file, count: stories.length, articles: files.length };
}

function start(cache: string, how: '--stories' | '--corpus', where: string): Start {
  const out = execFileSync(process.execPath, [join('bench', 'stories-start.mjs'), cache, how, where], {
    encoding: 'utf8',
    maxBuffer: 16 << 20,
  });
  return JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as Start;
}

/** Runs the measurement; `progress` hears each round. */
export async function benchStories(
  corpus: string,
  options: { stories?: number; rounds?: number; progress?: (line: string) => void } = {},
): Promise<StoriesFigures> {
  if (!existsSync('dist/bot.js')) throw new Error('dist/ is missing: run npm run build first.');
  const rounds = Math.max(1, options.rounds ?? 3);
  const data = await prepare(corpus, options.stories ?? 10);
  const runs = {
    oneCold: [] as Start[],
    oneWarm: [] as Start[],
    manyCold: [] as Start[],
    manyWarm: [] as Start[],
  };
  try {
    for (let r = 0; r < rounds; r++) {
      const oneCache = mkdtempSync(join(tmpdir(), 'bench-cache-'));
      const manyCache = mkdtempSync(join(tmpdir(), 'bench-cache-'));
      // Alternating, and in the other order every other round.
      const pair = [
        () => runs.oneCold.push(start(oneCache, '--corpus', data.one)),
        () => runs.manyCold.push(start(manyCache, '--stories', data.file)),
      ];
      for (const f of r % 2 ? pair.reverse() : pair) f();
      const warm = [
        () => runs.oneWarm.push(start(oneCache, '--corpus', data.one)),
        () => runs.manyWarm.push(start(manyCache, '--stories', data.file)),
      ];
      for (const f of r % 2 ? warm.reverse() : warm) f();
      rmSync(oneCache, { recursive: true, force: true });
      rmSync(manyCache, { recursive: true, force: true });
      const last = (xs: Start[]) =>
        `${Math.round(xs.at(-1)?.readyMs ?? 0)} ms ${Math.round(xs.at(-1)?.peakRssMb ?? 0)} MB`;
      options.progress?.(
        `stories: round ${r + 1}/${rounds}: first start ${last(runs.manyCold)} (${data.count} stories) vs ${last(runs.oneCold)} (1); restart ${last(runs.manyWarm)} vs ${last(runs.oneWarm)}`,
      );
    }
  } finally {
    rmSync(data.root, { recursive: true, force: true });
  }
  const m = (xs: Start[], key: keyof Start) => median(xs.map((x) => x[key]));
  const one = {
    firstStartMs: m(runs.oneCold, 'readyMs'),
    restartMs: m(runs.oneWarm, 'readyMs'),
    firstStartRssMb: m(runs.oneCold, 'peakRssMb'),
    restartRssMb: m(runs.oneWarm, 'peakRssMb'),
  };
  const several = {
    firstStartMs: m(runs.manyCold, 'readyMs'),
    restartMs: m(runs.manyWarm, 'readyMs'),
    firstStartRssMb: m(runs.manyCold, 'peakRssMb'),
    restartRssMb: m(runs.manyWarm, 'peakRssMb'),
  };
  const ratios = {
    firstStart: several.firstStartMs / one.firstStartMs,
    restart: several.restartMs / one.restartMs,
    firstStartMemory: several.firstStartRssMb / one.firstStartRssMb,
    restartMemory: several.restartRssMb / one.restartRssMb,
  };
  const pair = (many: Start[], one: Start[], key: keyof Start) =>
    median(many.map((x, i) => x[key] / (one[i]?.[key] ?? Number.NaN)));
  const paired = {
    firstStart: pair(runs.manyCold, runs.oneCold, 'readyMs'),
    restart: pair(runs.manyWarm, runs.oneWarm, 'readyMs'),
    firstStartMemory: pair(runs.manyCold, runs.oneCold, 'peakRssMb'),
    restartMemory: pair(runs.manyWarm, runs.oneWarm, 'peakRssMb'),
  };
  const goal = 1.3;
  return {
    stories: data.count,
    articles: data.articles,
    rounds,
    one,
    several,
    ratios,
    paired,
    goal,
    met: Object.values(ratios).every((r) => r <= goal),
  };
}

/** The figures as a table. */
export function storiesTable(f: StoriesFigures): string {
  const n = (x: number) => x.toFixed(x < 10 ? 2 : 0);
  const rows = [
    ['', `${f.stories} stories`, '1 story', 'ratio', 'paired', 'goal', 'met'],
    [
      'first start, empty cache (ms)',
      n(f.several.firstStartMs),
      n(f.one.firstStartMs),
      n(f.ratios.firstStart),
      n(f.paired.firstStart),
    ],
    [
      'restart, warm cache (ms)',
      n(f.several.restartMs),
      n(f.one.restartMs),
      n(f.ratios.restart),
      n(f.paired.restart),
    ],
    [
      'peak memory, first start (MB)',
      n(f.several.firstStartRssMb),
      n(f.one.firstStartRssMb),
      n(f.ratios.firstStartMemory),
      n(f.paired.firstStartMemory),
    ],
    [
      'peak memory, restart (MB)',
      n(f.several.restartRssMb),
      n(f.one.restartRssMb),
      n(f.ratios.restartMemory),
      n(f.paired.restartMemory),
    ],
  ].map((row, i) => (i === 0 ? row : [...row, `≤ ${f.goal}`, String(Number(row[3]) <= f.goal)]));
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((row) => row[i]?.length ?? 0))) ?? [];
  return rows
    .map((row) =>
      row
        .map((c, i) => c.padEnd(widths[i] ?? 0))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const option = (name: string, fallback: string) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? (args[i + 1] ?? fallback) : fallback;
  };
  const corpus = option('corpus', '../shared/corpora/bbc');
  const figures = await benchStories(corpus, {
    stories: Number(option('stories', '10')),
    rounds: Number(option('rounds', '3')),
    progress: (line) => process.stderr.write(`${line}\n`),
  });
  if (args.includes('--json')) process.stdout.write(`${JSON.stringify(figures)}\n`);
  else
    process.stdout.write(
      `${figures.stories} stories of about ${Math.round(figures.articles / figures.stories)} articles (one stories file) vs 1 story of the same ${figures.articles} (CORPUS_DIR); the compiled bot, a process a start; medians of ${figures.rounds} rounds:\n${storiesTable(figures)}\n`,
    );
}
