/**
 * npm run bench:digest -- [--corpus DIR] [--articles N] [--rounds N] [--json]
 *
 * How long the digest takes to build on a story folder of 50 articles (goal: at most 1 s). The
 * folder is the first N articles (by id) of the corpus holding the most words of one story: the BBC
 * business articles that name a company's shares, copied to a temporary folder. Each round builds
 * a fresh index (not timed: that is start-up, measured by `npm run bench`), then times the digest
 * twice: first with names not yet read (the tagger runs, as for the first digest after a start),
 * then again on the same index (as for every later digest), with the last five articles new since
 * the previous digest so that what each adds is worked out too. Medians and maxima over the rounds.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { digestMessage } from '../src/blocks/digest.js';
import { buildDigest } from '../src/digest/build.js';
import { buildIndex } from '../src/index/build.js';
import { args, option } from './options.js';

const corpus = option('corpus', '../shared/corpora/bbc');
const size = Number(option('articles', '50'));
const rounds = Math.max(3, Number(option('rounds', '5')));
const json = args.includes('--json');
const GOAL_MS = 1000;

/** The articles of the folder, by id: of the `business` section when there is one, naming shares first. */
function pick(): string[] {
  const section = readdirSync(corpus).includes('business') ? 'business' : '';
  const files = readdirSync(join(corpus, section))
    .filter((f) => /\.(txt|md)$/.test(f))
    .sort()
    .map((f) => join(section, f));
  const shares = files.filter((f) => /\bshares?\b/i.test(readFileSync(join(corpus, f), 'utf8')));
  return [...shares, ...files.filter((f) => !shares.includes(f))].slice(0, size);
}

const dir = mkdtempSync(join(tmpdir(), 'bench-digest-'));
const chosen = pick();
for (const f of chosen) {
  mkdirSync(join(dir, f, '..'), { recursive: true });
  cpSync(join(corpus, f), join(dir, f));
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const first: number[] = [];
const later: number[] = [];
let shape = { figures: 0, lines: 0, newArticles: 0, blocks: 0 };
try {
  for (let r = 0; r < rounds; r++) {
    const index = await buildIndex(dir, { warn: () => {} });
    const previous = index
      .articles()
      .map((a) => a.id)
      .slice(0, -5);
    for (const times of [first, later]) {
      const t = performance.now();
      const digest = buildDigest(index, { previousArticleIds: previous });
      const message = digestMessage(digest);
      times.push(performance.now() - t);
      shape = {
        figures: digest.figures.length,
        lines: digest.figures.reduce((n, g) => n + g.moments.reduce((k, m) => k + m.lines.length, 0), 0),
        newArticles: digest.newArticles.length,
        blocks: message.blocks.length,
      };
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const result = {
  machine: `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'cpu'}, Node ${process.version}`,
  articles: chosen.length,
  rounds,
  firstDigestMs: { median: Math.round(median(first)), max: Math.round(Math.max(...first)) },
  laterDigestMs: { median: Math.round(median(later)), max: Math.round(Math.max(...later)) },
  goalMs: GOAL_MS,
  met: Math.max(...first, ...later) <= GOAL_MS,
  ...shape,
};
if (json) process.stdout.write(`${JSON.stringify(result)}\n`);
else
  process.stdout.write(
    [
      `${result.machine}; ${result.articles} articles of ${corpus}; ${rounds} rounds`,
      `first digest after a start (ms)  median ${result.firstDigestMs.median}  max ${result.firstDigestMs.max}`,
      `later digests (ms)               median ${result.laterDigestMs.median}  max ${result.laterDigestMs.max}`,
      `goal ≤ ${GOAL_MS} ms: ${result.met ? 'met' : 'NOT met'}  (${shape.figures} figure groups, ${shape.lines} figure lines, ${shape.newArticles} new articles, ${shape.blocks} blocks)`,
      '',
    ].join('\n'),
  );
process.exit(result.met ? 0 : 1);
