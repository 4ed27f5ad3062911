/**
 * npx tsx bench/rank-variants.ts [--traces FILE] [--folds L,K] [--variants a,b,...] [--per-key]
 *
 * Ways to fit the answer's ranking, compared by re-ranking the candidates bench/rank-dump.ts traced
 * (issue 21, rank-15): each variant is fitted on every TRAIN key but the fold's and scored on the
 * fold (first and top 3 of the traced answerable questions), leaving L out, K out (the two keys
 * written about facts nobody had asked before) and each key out in turn ("all": D, F and S
 * together). Variants: `hand` (the hand-set ranking), `fit` (listwise, λ 0.01), `lambda=X`,
 * `alpha=X` (the blend hand + X·(fit − hand)), `drop=f+g` (features f and g held at their hand-set
 * 0), `family` (figure forms and the rest fitted apart), combined with `/` ("drop=position/alpha=0.5").
 */
import { readFileSync } from 'node:fs';
import { type Dump, fitRows, foldOf, handSet, type Row, rankOfAnswer } from './rank-trace.js';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) =>
  args.includes(`--${name}`) ? (args[args.indexOf(`--${name}`) + 1] ?? fallback) : fallback;
const dump = JSON.parse(readFileSync(opt('traces', '.cache/rank-traces.json'), 'utf8')) as Dump;
const h = handSet(dump.features);
/** The figure forms: questions asking for a figure, a date or a length of time. */
const FIGURE_FORMS = new Set(['how-many', 'how-much', 'how-long', 'what-share', 'when']);

/** The ranking a variant fits on some rows, for a question of `form`. */
function fitter(variant: string, rows: readonly Row[]): (form: string) => number[] {
  const parts = Object.fromEntries(
    variant.split('/').map((p) => {
      const [k, v] = p.split('=');
      return [k ?? '', v ?? ''];
    }),
  );
  if ('hand' in parts) return () => h;
  const lambda = Number(parts.lambda ?? 0.01);
  const alpha = Number(parts.alpha ?? 1);
  const drop = new Set((parts.drop ?? '').split('+').filter(Boolean));
  const keep = dump.features.map((f) => !drop.has(f));
  const one = (rs: readonly Row[]) =>
    fitRows(rs, h, lambda, keep).map((v, i) => (h[i] ?? 0) + alpha * (v - (h[i] ?? 0)));
  if ('family' in parts) {
    const fig = one(rows.filter((r) => FIGURE_FORMS.has(r.form)));
    const rest = one(rows.filter((r) => !FIGURE_FORMS.has(r.form)));
    return (form) => (FIGURE_FORMS.has(form) ? fig : rest);
  }
  const theta = one(rows);
  return () => theta;
}

const rows = dump.rows.filter((r) => r.candidates.length > 0);
const folds = opt('folds', 'L,K,all').split(',');
const allFolds = [...new Set(rows.map((r) => foldOf(r.key)))];
const variants = opt('variants', 'hand,fit,drop=position,drop=position+lead,drop=position+articleRank').split(
  ',',
);
for (const v of variants) {
  const cells: string[] = [];
  const perKey = new Map<string, string>();
  for (const f of folds) {
    const scored = f === 'all' ? allFolds : [f];
    let first = 0;
    let top3 = 0;
    let n = 0;
    for (const g of scored) {
      const rank = fitter(
        v,
        rows.filter((r) => foldOf(r.key) !== g),
      );
      const test = rows.filter((r) => foldOf(r.key) === g);
      let gf = 0;
      for (const r of test) {
        const at = rankOfAnswer(r, rank(r.form));
        if (at === 0) gf++;
        if (at >= 0 && at < 3) top3++;
        n++;
      }
      first += gf;
      if (f === 'all') perKey.set(g, `${g} ${gf}`);
    }
    cells.push(`${f}-out ${first}/${top3} of ${n}`);
  }
  console.log(`${v.padEnd(36)} ${cells.join('  ')}`);
  if (args.includes('--per-key') && perKey.size) console.log(`    ${[...perKey.values()].join(', ')}`);
}
