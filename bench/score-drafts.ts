/**
 * npx tsx bench/score-drafts.ts [--key bench/keys/drafts.json] [--corpus ../shared/corpora/bbc]
 *   [--part train|held-out|all] [--verbose] [--keys C,D,...] [--out /tmp/outcomes.jsonl]
 *
 * Scores the draft check against a key of drafts whose figures were labelled by hand, from the
 * articles alone (Supported, Contradicted with the coverage's value, Not found). A labelled figure is
 * matched to the check's claim whose span holds it; a figure the check does not read counts as
 * wrong. Contradicted is right only when the check also shows the coverage's value (the key's
 * `coverage` pattern in its note or evidence). Parts: a draft is held out when the number of its
 * story id is divisible by 3; tune on `train`, report `held-out`. `--keys C,D,...` scores several
 * drafts keys (`bench/keys/drafts-Y.json`; `train` is drafts.json's train part) on one index, each
 * whole unless it is `train`, and the sum; `--out` writes each figure's outcome (key, draft, figure,
 * right, verdict) one JSON line a figure, to compare two versions without printing a key's items.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { checkDraft } from '../src/check/check.js';
import { buildIndex } from '../src/index/build.js';
import { HELD_KEYS } from './keys.js';
import { args, option } from './options.js';

const keyPath = option('key', 'bench/keys/drafts.json');
const corpus = option('corpus', '../shared/corpora/bbc');
const part = option('part', 'train');
const verbose = args.includes('--verbose');

interface Labelled {
  figure: string;
  verdict: 'Supported' | 'Contradicted' | 'NotFound';
  kind?: 'changed' | 'confused';
  coverage?: string;
}
interface Draft {
  story: string;
  text: string;
  figures: Labelled[];
}
const heldOut = (d: Draft) => Number(/\d+/.exec(d.story)?.[0] ?? 0) % 3 === 0;
const keysWanted = option('keys', '');
const keyRuns: { name: string; path: string; part: string }[] = keysWanted
  ? keysWanted
      .split(',')
      .map((k) =>
        k === 'train'
          ? { name: k, path: 'bench/keys/drafts.json', part: 'train' }
          : { name: k, path: `bench/keys/drafts-${k}.json`, part: 'all' },
      )
  : [{ name: keyPath, path: keyPath, part }];
const held = HELD_KEYS.filter((h) => keyRuns.some((k) => k.path.endsWith(`drafts-${h}.json`)));
if (held.length > 0) throw new Error(`drafts-${held.join(', drafts-')} held out (bench/keys.ts HELD_KEYS)`);

const index = await buildIndex(corpus, { warn: () => {} });
const VERDICT = { Supported: 'supported', Contradicted: 'contradicted', NotFound: 'not found' } as const;
type Rows = Map<string, { right: number; total: number }>;
const count = (rows: Rows, label: string, ok: boolean) => {
  const row = rows.get(label) ?? { right: 0, total: 0 };
  row.total++;
  if (ok) row.right++;
  rows.set(label, row);
};
const print = (title: string, rows: Rows) => {
  console.log(title);
  for (const [label, { right, total }] of [...rows.entries()].sort())
    console.log(
      `  ${label.padEnd(26)} ${right}/${total} (${Math.round((100 * right) / Math.max(1, total))}%)`,
    );
};
const outcomes: string[] = [];
const sum: Rows = new Map();
for (const run of keyRuns) {
  const key = JSON.parse(readFileSync(run.path, 'utf8')) as { drafts: Draft[] };
  const drafts = key.drafts.filter((d) => run.part === 'all' || (run.part === 'held-out') === heldOut(d));
  const rows: Rows = new Map();
  for (const draft of drafts) {
    const result = checkDraft(index, draft.text);
    for (const f of draft.figures) {
      const at = draft.text.indexOf(f.figure);
      const claim = result.claims.find((c) => c.start < at + f.figure.length && c.end > at);
      const want = VERDICT[f.verdict];
      let ok = claim?.verdict === want;
      if (ok && f.verdict === 'Contradicted' && f.coverage) {
        const shown = [claim?.note ?? '', ...(claim?.evidence ?? []).map((e) => e.text)].join(' ');
        ok = new RegExp(f.coverage, 'i').test(shown);
      }
      const label = f.verdict === 'Contradicted' ? `Contradicted (${f.kind ?? 'changed'})` : f.verdict;
      for (const r of [rows, sum]) {
        count(r, label, ok);
        count(r, 'all', ok);
      }
      outcomes.push(
        JSON.stringify({
          key: run.name,
          story: draft.story,
          figure: f.figure,
          label,
          right: ok,
          verdict: claim?.verdict ?? 'not read',
        }),
      );
      if (verbose && !ok)
        console.log(
          `✗ [${draft.story}] ${f.figure}: want ${want}${f.kind ? ` (${f.kind})` : ''}, got ${claim ? `${claim.verdict} (${claim.measure ?? '?'}, ${claim.subject ?? '?'}): ${claim.note.slice(0, 160)}` : 'not read'}`,
        );
    }
  }
  print(`drafts ${run.name} (${run.part}): ${drafts.length} drafts`, rows);
}
if (keyRuns.length > 1) print('sum', sum);
const out = option('out', '');
if (out) writeFileSync(out, `${outcomes.join('\n')}\n`);
