/**
 * What web ingestion costs at start-up, each library loaded in a fresh Node process (median of N):
 * the bot's modules without FEEDS (the feed parser, the DOM and Readability are loaded lazily and
 * never), each library the first page or feed loads, and the time to read one article page.
 * `--peers DIR` also measures alternatives installed in DIR (`npm install jsdom rss-parser` there).
 *
 *     npx tsx bench/ingest-startup.ts [--runs 5] [--peers /tmp/peers]
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 5;
const peers = args.includes('--peers') ? args[args.indexOf('--peers') + 1] : undefined;

/** Median ms and MB of resident memory added, of loading `code` (ESM) in a fresh process. */
function measure(code: string, cwd = process.cwd()): { ms: number; mb: number } {
  const script = `const m0 = process.memoryUsage().rss; const t0 = performance.now(); ${code}; const ms = performance.now() - t0; console.log(JSON.stringify({ ms, mb: (process.memoryUsage().rss - m0) / 1048576 }));`;
  const samples = Array.from(
    { length: runs },
    () =>
      JSON.parse(
        execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd, encoding: 'utf8' }),
      ) as { ms: number; mb: number },
  );
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  return { ms: median(samples.map((s) => s.ms)), mb: median(samples.map((s) => s.mb)) };
}

const page = `const html = '<html><head><meta property="og:title" content="T"></head><body><nav>Home</nav><article><h1>T</h1>' + '<p>The council approved a budget of 42 million to repair the bridge, closed to lorries since March.</p>'.repeat(30) + '</article><footer>c</footer></body></html>';`;
const rows: Array<[string, { ms: number; mb: number }]> = [
  ['nothing (a baseline: an empty module)', measure("await import('node:os')")],
  ['ipaddr.js (loaded with the bot)', measure("await import('ipaddr.js')")],
  ['@rowanmanning/feed-parser', measure("await import('@rowanmanning/feed-parser')")],
  ['linkedom', measure("await import('linkedom')")],
  ['@mozilla/readability', measure("await import('@mozilla/readability')")],
  [
    'linkedom + Readability, load and read one page',
    measure(
      `const { parseHTML } = await import('linkedom'); const { Readability } = await import('@mozilla/readability'); ${page} new Readability(parseHTML(html).document).parse()`,
    ),
  ],
];
if (peers) {
  const dir = resolve(peers);
  rows.push(
    ['peer: rss-parser', measure("await import('rss-parser')", dir)],
    ['peer: jsdom', measure("await import('jsdom')", dir)],
    [
      'peer: jsdom + Readability, load and read one page',
      measure(
        `const { JSDOM } = await import('jsdom'); const { Readability } = await import(${JSON.stringify(resolve('node_modules/@mozilla/readability/index.js'))}); ${page} new Readability(new JSDOM(html).window.document).parse()`,
        dir,
      ),
    ],
  );
}
console.log(`Node ${process.version}; medians of ${runs} fresh processes`);
console.log('library'.padEnd(52), 'load (ms)'.padStart(10), 'memory (MB)'.padStart(12));
for (const [name, r] of rows)
  console.log(name.padEnd(52), r.ms.toFixed(0).padStart(10), r.mb.toFixed(1).padStart(12));
