/**
 * npx tsx bench/answerable-fit.ts [--dump FILE] [--rows FILE] [--lambda L] [--unanswerable W]
 *   [--label top3|cost] [--costless W] [--without f,g] [--thresholds a,b] [--write T] [--write-unshown T2]
 *   [--reading R,Q] [--shown-at T] [--unshown a,b] [--with-claim] [--with-cover] [--with-near] [--near f,g] [--save-p FILE]
 *
 * Fits the answerable model (weights.json's `answerable`, threshold `answerableBelow`): a logistic
 * model over ANSWERABLE_FEATURES (src/answer/answerable.ts) of "this typed question's answer holds a right fact in its first
 * three", read on the TRAIN questions of the answer keys (bench/keys.ts `allKeys`, never HELD OUT)
 * whose answer is not silent already (a short answer cut, no rule's note). Positive: an answerable
 * question with a right fact in the first three; negative: an unanswerable question, or an
 * answerable one with no right fact in the first three. Below the threshold the answer gives the
 * note that the coverage gives no clear answer, with two related facts at most, on top of the rules.
 *
 * Every figure is out of fold, leaving one key out (the own keys as one; D, F and S together): per
 * threshold and per key, how many unanswerable questions still speaking it would silence, and how
 * many answerable ones it would cut with a right fact first, in the first three, or a right short
 * answer (the trade-off curve). --dump FILE answers every TRAIN question once and keeps the rows
 * there (about 3 min), answered by the rules alone (the model off: its own silence must not hide
 * rows from its refit); --rows FILE reads them back. --label cost fits what silence costs instead
 * (see `costly`); --without holds features at 0. --write T writes the model fitted on all TRAIN
 * keys and the threshold T into src/answer/weights.json (--write-unshown T2: answerableUnshownBelow).
 * --reading R,Q names the reading keys: the summaries count the transfer keys (the rest) and the
 * reading keys apart, by the key's kind (never mentioned, near miss), for the shipped model, the
 * refit out of fold and in sample; --unshown a,b gives answers whose short answer is not shown a
 * threshold of their own (the shown ones at --shown-at, default the shipped answerableBelow); the
 * calibration of the out-of-fold and in-sample scores follows (bins, log loss, AUC).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { type AnswerTrace, answerQuery } from '../src/answer/answer.js';
import { ANSWERABLE_FEATURES, answerableFeatures, NEAR_FEATURES } from '../src/answer/answerable.js';
import { sigmoid } from '../src/answer/weights.js';
import { buildIndex } from '../src/index/build.js';
import { fitLogistic } from './confidence-fit.js';
import { outcome } from './eval-answers.js';
import { allKeys } from './keys.js';

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};

/** One TRAIN question as the fit sees it. */
export interface AnswerableRow {
  key: string;
  fold: string;
  empty: boolean;
  /** Where the first right fact stands (-1: none). */
  rank: number;
  shortRight: boolean;
  /** A short answer was shown (hedged or bold). */
  shown?: boolean;
  /** Silent already (the rules' note), for unanswerable and answerable alike. */
  noted: boolean;
  /** The confidence features, where the question is typed and a short answer was cut. */
  x?: number[];
  /** The claims layer's reading of the short answer's figure (trace `short.claim`; bold-23). */
  claim?: { measure: number; subject: number; from: string };
  /** The key's kind of an unanswerable question ("never", "near"), its index there and its form. */
  kind?: string;
  index?: number;
  form?: string;
  /** How much of the question one article holds (silent-24's `articleCover`, measured and dropped; rows of that dump only). */
  cover?: { best: number; first: number; together: number };
  /** The near-miss signals (NEAR_FEATURES in order; the trace's `short.near`; near-26), where a short answer was cut. */
  near?: number[];
  /** Facts the answer gave, and whether it was silent (the model off). */
  facts?: number;
  silent?: boolean;
}

/**
 * --with-claim: four features of the claims layer's reading of the short answer's figure appended to
 * the model's (bold-23, issue 21's "no claim of that subject and measure"): its measure one asked,
 * another than asked, its subject named by the question, a subject read that the question does not
 * name (each 0 or 1; all 0 where the span is no figure claim). For study: not in ANSWERABLE_FEATURES.
 */
export const CLAIM_FEATURES = [
  'claimMeasureAsked',
  'claimMeasureOther',
  'claimSubjectNamed',
  'claimSubjectOther',
];
export const claimVector = (c: AnswerableRow['claim']): number[] => [
  c?.measure === 1 ? 1 : 0,
  c?.measure === -1 ? 1 : 0,
  c?.subject === 1 ? 1 : 0,
  c?.subject === -1 ? 1 : 0,
];

/**
 * --with-cover: how much of the question one article holds (silent-24's `articleCover`, by the
 * index's document frequencies: each slot weighs its rarity; the best article's share, the first
 * candidate's article's share, the best less the first, and log(1 + the articles holding every
 * slot)), read from rows dumped while the trace held it (dropped from the trace: no gain out of
 * fold, docs/DESIGN.md answer/). For study: not in ANSWERABLE_FEATURES.
 */
export const coverVector = (c: AnswerableRow['cover']): number[] =>
  c ? [c.best, c.first, c.best - c.first, c.together] : [1, 1, 0, 0];

/**
 * --with-near: the near-miss signals (answerable.ts NEAR_FEATURES: names apart, a near name, the
 * measure asked or the rarest word away from the sentence, the claims layer's other measure or
 * subject) appended to the model's (near-26: no gain out of fold). For study: not in ANSWERABLE_FEATURES.
 */
export const nearVector = (n: AnswerableRow['near']): number[] => n ?? NEAR_FEATURES.map(() => 0);

const SHARED: Record<string, string> = { D: 'DFS', F: 'DFS', S: 'DFS' };
const nameOf = (key: string) => (key.startsWith('questions.own') ? 'own' : key);

async function dump(file: string): Promise<AnswerableRow[]> {
  const index = await buildIndex('../shared/corpora/bbc', { warn: () => {} }, { cacheDir: '.cache' });
  const rows = allKeys()
    .filter((q) => q.split === 'train')
    .map((q): AnswerableRow => {
      let trace: AnswerTrace | undefined;
      // The rules alone: the model's own silence must not hide rows from its refit.
      const a = answerQuery(index, q.query, { answerableModel: false, trace: (t) => (trace = t) });
      const o = outcome(q, a);
      const key = nameOf(q.key);
      const short = trace?.short;
      return {
        key,
        fold: SHARED[key] ?? key,
        empty: q.empty === true,
        rank: o.rank,
        shortRight: o.shortRight,
        shown: o.shown,
        noted: a.note !== undefined,
        silent: o.silent,
        ...(q.kind ? { kind: q.kind } : {}),
        index: q.index,
        ...(q.form ? { form: q.form } : {}),
        facts: a.facts.length,
        ...(short?.claim ? { claim: short.claim } : {}),
        ...(short && trace
          ? {
              x: ((f) => ANSWERABLE_FEATURES.map((k) => f[k] ?? 0))(
                answerableFeatures(short.features, trace.candidates),
              ),
            }
          : {}),
        ...(short?.near ? { near: NEAR_FEATURES.map((f) => short.near?.[f] ?? 0) } : {}),
      };
    });
  writeFileSync(file, JSON.stringify(rows));
  return rows;
}

/** The row's label: an answerable question with a right fact in the first three. */
export const answered = (r: AnswerableRow) => !r.empty && r.rank >= 0 && r.rank < 3;

/**
 * What silencing the row would cost: an answerable question whose right short answer, or whose right
 * fact third (the note keeps two), the note would take away. Silencing any other row costs nothing
 * the keys count, and an unanswerable one's silence, or a wrong short answer withheld, is a gain.
 */
export const costly = (r: AnswerableRow) => !r.empty && (r.shortRight || r.rank === 2);

/** The labels a fit may take: `top3` (a right fact in the first three) or `cost` (see costly). */
export type AnswerableLabel = 'top3' | 'cost';

/** The rows the model may silence: typed, a short answer cut, not silent already. */
export const open = (r: AnswerableRow): r is AnswerableRow & { x: number[] } => r.x !== undefined && !r.noted;

/** Fits the model on rows; each row's x is ANSWERABLE_FEATURES in order (the first is the bias). */
export function fitAnswerable(
  rows: readonly AnswerableRow[],
  lambda: number,
  unanswerable = 1,
  label: AnswerableLabel = 'top3',
  costless = 1,
): number[] {
  const y = label === 'cost' ? costly : answered;
  return fitLogistic(
    rows.filter(open).map((r) => ({
      x: r.x as number[],
      y: y(r) ? 1 : 0,
      w: r.empty ? unanswerable : label === 'cost' && !costly(r) ? costless : 1,
    })),
    rows.find(open)?.x.length ?? ANSWERABLE_FEATURES.length,
    { lambda },
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const lambda = Number(opt('lambda') ?? 0.01);
  /** --unanswerable W: how much an unanswerable question's row weighs in the fit (default 1). */
  const unanswerable = Number(opt('unanswerable') ?? 1);
  /** --label top3|cost: what a positive row is (see AnswerableLabel); --costless W: with cost, how much an answerable row costless to silence weighs. */
  const label = (opt('label') ?? 'top3') as AnswerableLabel;
  const costless = Number(opt('costless') ?? 1);
  const rowsFile = opt('rows');
  const read: AnswerableRow[] = rowsFile
    ? JSON.parse(readFileSync(rowsFile, 'utf8'))
    : await dump(opt('dump') ?? '/tmp/answerable-rows.json');
  /** --without f,g: features held at 0 (the model as it would be without them). */
  const without = new Set((opt('without') ?? '').split(',').filter(Boolean));
  const zeroed = ANSWERABLE_FEATURES.map((f, i) => (without.has(f) ? i : -1)).filter((i) => i >= 0);
  const withClaim = args.includes('--with-claim');
  const withCover = args.includes('--with-cover');
  /** --near f,g: only those near-miss signals appended (implies --with-near). */
  const nearPicked = (opt('near') ?? '').split(',').filter(Boolean);
  const withNear = args.includes('--with-near') || nearPicked.length > 0;
  const nearAt = (nearPicked.length > 0 ? nearPicked : [...NEAR_FEATURES]).map((f) =>
    NEAR_FEATURES.indexOf(f as (typeof NEAR_FEATURES)[number]),
  );
  const rows = read.map((r) =>
    r.x
      ? {
          ...r,
          x: [
            ...r.x.map((v, i) => (zeroed.includes(i) ? 0 : v)),
            ...(withClaim ? claimVector(r.claim) : []),
            ...(withCover ? coverVector(r.cover) : []),
            ...(withNear ? nearAt.map((i) => nearVector(r.near)[i] ?? 0) : []),
          ],
        }
      : r,
  );
  const folds = [...new Set(rows.map((r) => r.fold))].sort();
  const p = new Map<AnswerableRow, number>();
  for (const f of folds) {
    const beta = fitAnswerable(
      rows.filter((r) => r.fold !== f),
      lambda,
      unanswerable,
      label,
      costless,
    );
    for (const r of rows.filter((r) => r.fold === f && open(r)))
      p.set(r, sigmoid((r.x as number[]).reduce((s, v, i) => s + v * (beta[i] ?? 0), 0)));
  }
  /** --save-p FILE: each row's out-of-fold score (null where the row is not open), in the rows' order, for per-key study. */
  const saveP = opt('save-p');
  if (saveP) writeFileSync(saveP, JSON.stringify(rows.map((r) => p.get(r) ?? null)));
  const keys = [...new Set(rows.map((r) => r.key))];
  console.log(
    `lambda ${lambda}, unanswerable weight ${unanswerable}, label ${label}${label === 'cost' ? ` (costless weight ${costless})` : ''}${without.size > 0 ? `, without ${[...without].join(',')}` : ''}; out of fold, leaving one key out`,
  );
  console.log(
    'per threshold: +unanswerable silenced; answerable silenced with a right fact in the first three / of them, a right fact third (lost from the first three) / a right short answer lost; all and per key',
  );
  const thresholds = (opt('thresholds') ?? '0.05,0.1,0.15,0.2,0.25,0.3,0.35,0.4').split(',').map(Number);
  for (const t of thresholds) {
    const cut = (r: AnswerableRow) => (p.get(r) ?? 1) < t;
    const per = keys.map((k) => {
      const ks = rows.filter((r) => r.key === k && cut(r));
      const e = ks.filter((r) => r.empty).length;
      // A note keeps two facts: a right fact third drops out of the first three.
      const first = ks.filter((r) => answered(r)).length;
      const top3 = ks.filter((r) => !r.empty && r.rank === 2).length;
      const sr = ks.filter((r) => !r.empty && r.shortRight).length;
      // Wrong short answers withheld: on unanswerable questions, and on answerable ones.
      const ew = ks.filter((r) => r.empty && r.shown).length;
      const aw = ks.filter((r) => !r.empty && r.shown && !r.shortRight).length;
      return { k, e, first, top3, sr, ew, aw };
    });
    const sum = per.reduce(
      (s, x) => ({
        e: s.e + x.e,
        first: s.first + x.first,
        top3: s.top3 + x.top3,
        sr: s.sr + x.sr,
        ew: s.ew + x.ew,
        aw: s.aw + x.aw,
      }),
      { e: 0, first: 0, top3: 0, sr: 0, ew: 0, aw: 0 },
    );
    console.log(
      `t=${t.toFixed(2)} all +${sum.e} silent, silenced with top3 ${sum.first} top3 lost ${sum.top3} short lost ${sum.sr}, wrong short withheld ${sum.ew} unanswerable + ${sum.aw} answerable | ` +
        per.map((x) => `${x.k}:+${x.e}/${x.first}/${x.top3}/${x.sr}`).join(' '),
    );
  }
  /** --reading R,Q: the reading keys; the transfer summary below counts the other keys only. */
  const reading = new Set((opt('reading') ?? 'R').split(','));
  const inSample = fitAnswerable(rows, lambda, unanswerable, label, costless);
  const pIn = new Map<AnswerableRow, number>();
  for (const r of rows.filter(open))
    pIn.set(r, sigmoid((r.x as number[]).reduce((s, v, i) => s + v * (inSample[i] ?? 0), 0)));
  // The shipped model (weights.json's `answerable`, `answerableBelow`) on the rows' own features.
  const shippedFile = JSON.parse(readFileSync('src/answer/weights.json', 'utf8'));
  const shippedBeta = ANSWERABLE_FEATURES.map((f) => Number(shippedFile.answerable?.[f] ?? 0));
  const pShipped = new Map<AnswerableRow, number>();
  for (const r of read.filter(open))
    pShipped.set(r, sigmoid((r.x as number[]).reduce((s, v, i) => s + v * (shippedBeta[i] ?? 0), 0)));
  const shippedBelow = Number(shippedFile.answerableBelow ?? 0.2);
  const tally = (cutOf: (r: AnswerableRow) => boolean, which: (r: AnswerableRow) => boolean) => {
    const ks = read.filter(
      (r, i) => which(r) && open(rows[i] as AnswerableRow) && cutOf(rows[i] as AnswerableRow),
    );
    return {
      never: ks.filter((r) => r.empty && r.kind === 'never').length,
      near: ks.filter((r) => r.empty && r.kind !== 'never').length,
      top3: ks.filter((r) => !r.empty && r.rank === 2).length,
      short: ks.filter((r) => !r.empty && r.shortRight).length,
      cut: ks.filter((r) => !r.empty).length,
    };
  };
  const fmt = (t: ReturnType<typeof tally>) =>
    `+${t.never + t.near} silent (never ${t.never}, near ${t.near}), top3 lost ${t.top3}, short lost ${t.short}, answerable cut ${t.cut}`;
  const transfer = (r: AnswerableRow) => !reading.has(r.key);
  const readingOnly = (r: AnswerableRow) => reading.has(r.key);
  const rowOf = new Map(rows.map((r, i) => [r, read[i] as AnswerableRow]));
  const shippedCut = (r: AnswerableRow) => (pShipped.get(rowOf.get(r) as AnswerableRow) ?? 1) < shippedBelow;
  console.log(
    `shipped model at ${shippedBelow} (in sample for most keys): transfer ${fmt(tally(shippedCut, transfer))}; reading ${fmt(tally(shippedCut, readingOnly))}`,
  );
  for (const t of thresholds) {
    const oof = (r: AnswerableRow) => (p.get(r) ?? 1) < t;
    const ins = (r: AnswerableRow) => (pIn.get(r) ?? 1) < t;
    console.log(
      `t=${t.toFixed(2)} out of fold: transfer ${fmt(tally(oof, transfer))}; reading ${fmt(tally(oof, readingOnly))} | in sample: transfer ${fmt(tally(ins, transfer))}`,
    );
  }
  // --unshown a,b: a threshold of its own for answers whose short answer is not shown (the note then
  // costs only a third fact), the shown ones held at --shown-at (default: the shipped answerableBelow).
  const shownAt = Number(opt('shown-at') ?? shippedBelow);
  for (const t2 of (opt('unshown') ?? '').split(',').filter(Boolean).map(Number)) {
    const oof = (r: AnswerableRow) => (p.get(r) ?? 1) < (r.shown ? shownAt : t2);
    const ins = (r: AnswerableRow) => (pIn.get(r) ?? 1) < (r.shown ? shownAt : t2);
    const shipped = (r: AnswerableRow) =>
      (pShipped.get(rowOf.get(r) as AnswerableRow) ?? 1) < (r.shown ? shownAt : t2);
    console.log(
      `shown ${shownAt.toFixed(2)} unshown ${t2.toFixed(2)} shipped weights: transfer ${fmt(tally(shipped, transfer))}; reading ${fmt(tally(shipped, readingOnly))}`,
    );
    console.log(
      `shown ${shownAt.toFixed(2)} unshown ${t2.toFixed(2)} out of fold: transfer ${fmt(tally(oof, transfer))}; reading ${fmt(tally(oof, readingOnly))} | in sample: transfer ${fmt(tally(ins, transfer))}`,
    );
  }
  // Calibration: out-of-fold scores by bins, against how often the label holds; and in sample.
  const yOf = label === 'cost' ? costly : answered;
  const bins = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0001];
  for (const [name, m] of [
    ['out of fold', p],
    ['in sample', pIn],
  ] as const) {
    const parts: string[] = [];
    for (let b = 0; b + 1 < bins.length; b++) {
      const lo = bins[b] as number;
      const hi = bins[b + 1] as number;
      const inBin = rows.filter((r) => open(r) && (m.get(r) ?? -1) >= lo && (m.get(r) ?? -1) < hi);
      if (inBin.length === 0) continue;
      const mean = inBin.reduce((s, r) => s + (m.get(r) ?? 0), 0) / inBin.length;
      const rate = inBin.filter(yOf).length / inBin.length;
      const un = inBin.filter((r) => r.empty).length;
      parts.push(
        `[${lo.toFixed(1)},${Math.min(1, hi).toFixed(1)}) n=${inBin.length} p=${mean.toFixed(2)} y=${rate.toFixed(2)} unans=${un}`,
      );
    }
    // Log loss and AUC (unanswerable against answered) as one number each.
    const open_ = rows.filter(open);
    const ll =
      -open_.reduce((s, r) => {
        const q = Math.min(1 - 1e-9, Math.max(1e-9, m.get(r) ?? 0.5));
        return s + (yOf(r) ? Math.log(q) : Math.log(1 - q));
      }, 0) / open_.length;
    const pos = open_.filter(yOf).map((r) => m.get(r) ?? 0);
    const neg = open_.filter((r) => r.empty).map((r) => m.get(r) ?? 0);
    let wins = 0;
    for (const a of neg) for (const b of pos) wins += a < b ? 1 : a === b ? 0.5 : 0;
    console.log(
      `calibration ${name}: log loss ${ll.toFixed(4)}, AUC answered vs unanswerable ${(wins / Math.max(1, pos.length * neg.length)).toFixed(3)}\n  ${parts.join('\n  ')}`,
    );
  }
  const write = opt('write');
  if (write !== undefined && (withClaim || withCover || withNear))
    throw new Error(
      '--with-claim, --with-cover and --with-near are for study: their features are none of the model',
    );
  if (write !== undefined) {
    const beta = fitAnswerable(rows, lambda, unanswerable, label, costless);
    const path = 'src/answer/weights.json';
    const file = JSON.parse(readFileSync(path, 'utf8'));
    file.answerable = Object.fromEntries(
      ANSWERABLE_FEATURES.map((f, i) => [f, Number((beta[i] ?? 0).toFixed(4))]),
    );
    file.answerableBelow = Number(write);
    const unshown = opt('write-unshown');
    if (unshown !== undefined) file.answerableUnshownBelow = Number(unshown);
    writeFileSync(path, `${JSON.stringify(file, null, 2)}\n`);
    console.log(
      `wrote answerable (lambda ${lambda}), answerableBelow ${write} and answerableUnshownBelow ${file.answerableUnshownBelow ?? write} to ${path}`,
    );
  }
}
