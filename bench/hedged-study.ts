/**
 * npx tsx bench/hedged-study.ts --rows FILE[,FILE] [--public FILE [--margin M]] [--fresh AD,AE,AF] [--auc]
 *   [--gates [--cost C] [--least N] [--young P,Q,...] [--write LABEL]]
 *
 * Hedged-36 (issue 21 §1): the hedged tier ("Likely: ...": shown, not bold) end to end, out of fold.
 * Reads the lines `bench/hedged-dump.ts` writes (every TRAIN question answered as `eval-answers`
 * answers it, with its trace). Prints per key and pooled: shown (answerable), right, precision, bold
 * (right) and unanswerable questions given a short answer, with no hedged gate, with the floors of
 * `src/answer/hedged.json` (in sample for the keys they were read on), and for each
 * candidate gate on the hedged line (the bold line is never touched); every candidate's model and
 * threshold are fitted leaving one key out (D, F, S one fold) and applied to that key only.
 * - `--auc`: how well each feature parts right from wrong hedged answers, older keys against the
 *   fresh ones (`--fresh`), and precision per kind read.
 * - `--gates`: the candidate gates, each a floor on the bold model's score under which no hedged line
 *   is shown (one for all, or one per group of the type asked, `hedged-gate.ts`); a floor maximizes
 *   right shown less `--cost C` (default 1) times wrong shown over the hedged answers of its group
 *   (`--least N` of them at least, default 20, else no floor); `--young K,...` the keys a "young"
 *   candidate reads its floors on; `--write LABEL` writes that candidate's floors, read on all rows,
 *   to src/answer/hedged.json.
 * - `--public FILE`: the public questions key's lines (`hedged-dump --public`): which of its right
 *   short answers a gate read on all rows would hide (CI counts them: 26 of 32 is its floor); the
 *   candidates "under the public key" hold each group's floor `--margin M` (default 0.01) under the
 *   lowest bold score of that group's right hedged public answers.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import {
  GATE_GROUPS,
  type GateRow,
  gateGroupOf,
  hedgedKept,
  shippedHedgedModel,
} from '../src/answer/hedged-gate.js';
import { auc } from './bold-rules.js';
import { bestNetThreshold } from './hedged-rules.js';
import { allKeys, optionOf } from './keys.js';

const args = process.argv.slice(2);
const files = optionOf(args, 'rows', '/tmp/hedged-36-new.jsonl').split(',');
const FRESH = optionOf(args, 'fresh', 'AD,AE,AF').split(',');
const cost = Number(optionOf(args, 'cost', '1'));

interface Row extends GateRow {
  x?: Record<string, number>;
  first?: Record<string, number>;
  key: string;
  form: string;
  empty: boolean;
  query: string;
  short: string;
  shown: boolean;
  right: boolean;
  sure: boolean;
  rank: number;
  conf: number;
  bold: number;
  extra: Record<string, number | string | undefined>;
  near?: Record<string, number>;
}
const read = (f: string): Row[] =>
  readFileSync(f, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Row);
const rows = files.flatMap(read);
const fold = (k: string) => (['D', 'F', 'S'].includes(k) ? 'DFS' : k);
const keys = [...new Set(rows.map((r) => r.key))];
const folds = [...new Set(keys.map(fold))];
const answerableOf = new Map<string, number>();
for (const q of allKeys())
  if (q.split === 'train' && !q.empty) {
    const k = q.key.startsWith('questions.own') ? 'own' : q.key;
    answerableOf.set(k, (answerableOf.get(k) ?? 0) + 1);
  }
const hedged = (r: Row) => r.shown && !r.sure;
const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : '-');

/** Tallies rows under a decision: which hedged answers stay shown (bold ones always do). */
function tally(rs: readonly Row[], keep: (r: Row) => boolean) {
  const s = rs.filter((r) => r.shown && (r.sure || keep(r)));
  const a = s.filter((r) => !r.empty);
  return {
    shown: a.length,
    right: a.filter((r) => r.right).length,
    bold: a.filter((r) => r.sure).length,
    boldRight: a.filter((r) => r.sure && r.right).length,
    u: s.filter((r) => r.empty).length,
    answerable: [...new Set(rs.map((r) => r.key))].reduce((n, k) => n + (answerableOf.get(k) ?? 0), 0),
  };
}
type T = ReturnType<typeof tally>;
const fmt = (t: T) =>
  `shown ${t.shown} right ${t.right} (${pct(t.right, t.shown)}; ${pct(t.right, t.answerable)} of ${t.answerable}) bold ${t.bold} (${t.boldRight}) u ${t.u} (right of all shown ${pct(t.right, t.shown + t.u)})`;

function report(label: string, keep: (r: Row) => boolean): void {
  console.log(`\n${label}`);
  console.log(`  pooled: ${fmt(tally(rows, keep))}`);
  console.log(
    `  fresh ${FRESH.join(',')}: ${fmt(
      tally(
        rows.filter((r) => FRESH.includes(r.key)),
        keep,
      ),
    )}`,
  );
  console.log(
    `  ${keys
      .map((k) => {
        const t = tally(
          rows.filter((r) => r.key === k),
          keep,
        );
        return `${k} ${t.right}/${t.shown} u${t.u}`;
      })
      .join('  ')}`,
  );
}

report('shipped', () => true);
// The floors in use (hedged.json): read on P-AF, so out of sample for any other key's rows.
report('hedged.json floors', (r) => hedgedKept(shippedHedgedModel, r));

if (args.includes('--auc')) {
  const h = rows.filter(hedged);
  const older = h.filter((r) => !FRESH.includes(r.key));
  const fresh = h.filter((r) => FRESH.includes(r.key));
  const feats = new Map<string, (r: Row) => number>();
  feats.set('conf', (r) => r.conf);
  feats.set('bold', (r) => r.bold);
  for (const f of Object.keys(h[0]?.x ?? {})) feats.set(`x.${f}`, (r) => r.x?.[f] ?? 0);
  for (const f of Object.keys(h[0]?.first ?? {})) feats.set(`first.${f}`, (r) => r.first?.[f] ?? 0);
  for (const f of Object.keys(h.find((r) => r.near)?.near ?? {}))
    feats.set(`near.${f}`, (r) => r.near?.[f] ?? 0);
  for (const f of Object.keys(h[0]?.extra ?? {}))
    if (typeof h[0]?.extra[f] === 'number') feats.set(`extra.${f}`, (r) => Number(r.extra[f] ?? 0));
  console.log('\nAUC over hedged shown answers (unanswerable wrong): older / fresh');
  const lines = [...feats].map(([n, f]) => {
    const a = auc(older.map((r) => ({ s: f(r), y: r.right ? 1 : 0 })));
    const b = auc(fresh.map((r) => ({ s: f(r), y: r.right ? 1 : 0 })));
    return { n, a, b };
  });
  lines.sort((p, q) => Math.abs(q.b - 0.5) - Math.abs(p.b - 0.5));
  for (const { n, a, b } of lines) console.log(`  ${n.padEnd(28)} ${a.toFixed(3)} / ${b.toFixed(3)}`);
  console.log('\nhedged precision by group read (older / fresh / young P-AC)');
  const young = (r: Row) => !FRESH.includes(r.key) && /^(P|Q|R|U|V|W|X|Y|Z|AA|AB|AC)$/.test(r.key);
  for (const g of [...GATE_GROUPS, 'other']) {
    const of = (rs: Row[]) => rs.filter((r) => gateGroupOf(r.wants) === g);
    const p = (rs: Row[]) =>
      `${rs.filter((r) => r.right).length}/${rs.length} (${pct(rs.filter((r) => r.right).length, rs.length)})`;
    console.log(`  ${g.padEnd(12)} ${p(of(older))}  ${p(of(fresh))}  ${p(of(h.filter(young)))}`);
  }
  const wants = new Map<string, [number, number, number, number]>();
  for (const r of h) {
    const w = r.wants ?? '-';
    const t = wants.get(w) ?? [0, 0, 0, 0];
    if (FRESH.includes(r.key)) {
      t[2]++;
      if (r.right) t[3]++;
    } else {
      t[0]++;
      if (r.right) t[1]++;
    }
    wants.set(w, t);
  }
  console.log('\nhedged by wants: older right/shown, fresh right/shown');
  for (const [w, t] of [...wants].sort((a, b) => b[1][0] - a[1][0]))
    console.log(
      `  ${w.padEnd(14)} ${t[1]}/${t[0]} (${pct(t[1], t[0])})  ${t[3]}/${t[2]} (${pct(t[3], t[2])})`,
    );
}

/** Per group, the floor on the bold score read on `train`'s hedged rows (net of `cost`), held at or under `cap`. */
function floorsOn(
  train: readonly Row[],
  groups: readonly string[],
  cap: Readonly<Record<string, number>> = {},
): Record<string, number> {
  const out: Record<string, number> = {};
  for (const g of groups) {
    const items = train
      .filter((r) => hedged(r) && (g === 'all' || gateGroupOf(r.wants) === g))
      .map((r) => ({ score: r.bold, right: r.right }));
    const t = items.length >= least ? bestNetThreshold(items, cost) : 0;
    // Rounded down to 3 decimals, as written to hedged.json.
    out[g] = Math.floor(Math.min(t, cap[g] ?? Number.POSITIVE_INFINITY) * 1000) / 1000;
  }
  return out;
}
const least = Number(optionOf(args, 'least', '20'));
const keptBy = (floors: Readonly<Record<string, number>>) => (r: Row) =>
  r.bold >= (floors.all ?? floors[gateGroupOf(r.wants)] ?? 0);

const margin = Number(optionOf(args, 'margin', '0.01'));
const pub = args.includes('--public') ? read(optionOf(args, 'public', '')) : [];
/** The public key's right hedged answers: per group, the lowest bold score a floor must stay under. */
const publicCap: Record<string, number> = {};
for (const r of pub.filter((p) => p.shown && p.right && !p.sure)) {
  const g = gateGroupOf(r.wants);
  // A margin under it, so that a small change of the ranking before a merge keeps it shown.
  publicCap[g] = Math.min(
    publicCap[g] ?? Number.POSITIVE_INFINITY,
    Math.floor((r.bold - margin) * 1000) / 1000,
  );
}

if (args.includes('--gates')) {
  const young = optionOf(args, 'young', 'P,Q,R,U,V,W,X,Y,Z,AA,AB,AC,AD,AE,AF').split(',');
  const GROUPS = [...GATE_GROUPS, 'other'];
  if (pub.length > 0)
    console.log(`\npublic key's lowest right hedged bold score per group: ${JSON.stringify(publicCap)}`);
  const candidates: Array<{
    label: string;
    groups: string[];
    on: (r: Row) => boolean;
    cap: Record<string, number>;
  }> = [
    { label: 'one floor, all keys', groups: ['all'], on: () => true, cap: {} },
    { label: 'floors per group, all keys', groups: GROUPS, on: () => true, cap: {} },
    { label: 'floors per group, young keys', groups: GROUPS, on: (r) => young.includes(r.key), cap: {} },
    {
      label: 'floors per group, all keys, under the public key',
      groups: GROUPS,
      on: () => true,
      cap: publicCap,
    },
    {
      label: 'floors per group, young keys, under the public key',
      groups: GROUPS,
      on: (r) => young.includes(r.key),
      cap: publicCap,
    },
  ];
  for (const c of candidates) {
    // Each fold's floors read on the other folds' rows only (nested), applied to that fold.
    const keepOf = new Map<string, (r: Row) => boolean>();
    const seen: string[] = [];
    for (const f of folds) {
      const floors = floorsOn(
        rows.filter((r) => fold(r.key) !== f && c.on(r)),
        c.groups,
        c.cap,
      );
      keepOf.set(f, keptBy(floors));
      if (FRESH.includes(f))
        seen.push(
          `${f} ${JSON.stringify(floors, (_, v) => (typeof v === 'number' ? Number(v.toFixed(3)) : v))}`,
        );
    }
    report(`${c.label} (cost ${cost}, out of fold)`, (r) => (keepOf.get(fold(r.key)) ?? (() => true))(r));
    console.log(`  fresh folds' floors: ${seen.join('; ')}`);
    const all = floorsOn(rows.filter(c.on), c.groups, c.cap);
    console.log(
      `  floors on all: ${JSON.stringify(all, (_, v) => (typeof v === 'number' ? Number(v.toFixed(3)) : v))}`,
    );
    if (pub.length > 0) {
      const lost = pub.filter((r) => r.shown && r.right && !r.sure && !keptBy(all)(r));
      console.log(
        `  public: right short answers kept ${pub.filter((r) => r.shown && r.right).length - lost.length} of ${pub.filter((r) => r.shown && r.right).length}; lost: ${lost.map((r) => `${r.wants} ${r.bold.toFixed(3)}`).join(', ') || 'none'}`,
      );
    }
    if (args.includes('--write') && c.label === optionOf(args, 'write', '')) {
      const file = 'src/answer/hedged.json';
      const floors = Object.fromEntries(
        Object.entries(all)
          .filter(([, v]) => v > 0)
          .map(([g, v]) => [g, Number(v.toFixed(3))]),
      );
      writeFileSync(
        file,
        `${JSON.stringify({ about: `hedged-36: per group of the type asked (hedged-gate.ts), the bold model's score under which no hedged line is shown: the floor maximizing right less ${cost} x wrong over the hedged answers of the rows' keys, end to end; where the public questions key has right hedged answers of a group, held ${margin} under the lowest one's score. \`npx tsx bench/hedged-dump.ts --keys ${[...new Set(rows.map((r) => r.key))].join(',')} --out ROWS\`, \`hedged-dump --public --out PUBLIC\`, \`npx tsx bench/hedged-study.ts --rows ROWS --public PUBLIC --gates --cost ${cost} --write '${c.label}'\``, floors }, null, 2)}\n`,
      );
      console.log(`  written to ${file}`);
    }
  }
}
