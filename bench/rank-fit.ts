/**
 * The listwise fit of the answer's ranking (bench/fit-answers.ts `--loss listwise`). Pure: lists of
 * candidates' feature vectors in, weights out.
 */

/** One question's traced candidates: their features (a vector each) and which hold the answer. */
/**
 * The hand-set ranking the fits start from (weights.json's rank weights not fitted over all forms):
 * `reasons` (forms-21) is fitted for "why" questions alone and shipped beside them. `local` is left
 * out (0): bench/fit-answers.ts adds it with `--local W`.
 */
export const HAND_SET_RANK: Readonly<Record<string, number>> = {
  topic: 1,
  span: 1,
  noSpan: -1.05,
  coverage: 2,
  silent: -0.357,
  reasons: -1.364,
};

export interface RankList {
  xs: readonly (readonly number[])[];
  ys: readonly boolean[];
}

/** Options of `fitListwise`. */
export interface ListwiseOptions {
  /** How strongly the weights are held to `start` (λ/2·|θ − start|², on the mean loss). Default 0.01. */
  lambda: number;
  /** The most Newton steps. Default 40. */
  steps: number;
  /** The steps stop when no weight moves by more than this. Default 1e-5. */
  converged: number;
}

export const defaultListwiseOptions: ListwiseOptions = { lambda: 0.01, steps: 40, converged: 1e-5 };

/**
 * Weights that rank the answer first: for each list holding the answer and some candidates that do
 * not (others are skipped), −log of the share of the softmax of the candidates' scores (θ·x) that
 * falls on the answer's candidates, averaged over lists (each question weighs once, and the first
 * place matters most), plus the L2 pull toward `start`; minimised by Newton steps (Hessian: the
 * candidates' covariance under the softmax less that under the answer's share of it, plus λ).
 */
export function fitListwise(
  lists: readonly RankList[],
  start: readonly number[],
  options: Partial<ListwiseOptions> = {},
): number[] {
  const o = { ...defaultListwiseOptions, ...options };
  const used = lists.filter(({ ys }) => ys.some(Boolean) && !ys.every(Boolean));
  const dims = start.length;
  const theta = [...start];
  for (let it = 0; it < o.steps; it++) {
    const grad = theta.map((t, i) => o.lambda * (t - (start[i] ?? 0)));
    const hess = theta.map((_, i) => theta.map((__, j) => (i === j ? o.lambda : 0)));
    for (const { xs, ys } of used) {
      const scores = xs.map((x) => x.reduce((sum, v, i) => sum + v * (theta[i] ?? 0), 0));
      const top = Math.max(...scores);
      const e = scores.map((z) => Math.exp(z - top));
      const total = e.reduce((a, b) => a + b, 0);
      const p = e.map((v) => v / total);
      const onAnswer = p.reduce((sum, v, k) => sum + (ys[k] ? v : 0), 0);
      const q = p.map((v, k) => (ys[k] ? v / onAnswer : 0));
      const mean = (w: readonly number[]) =>
        Array.from({ length: dims }, (_, i) => xs.reduce((sum, x, k) => sum + (w[k] ?? 0) * (x[i] ?? 0), 0));
      const mp = mean(p);
      const mq = mean(q);
      for (let i = 0; i < dims; i++) {
        grad[i] = (grad[i] ?? 0) + ((mp[i] ?? 0) - (mq[i] ?? 0)) / used.length;
        const row = hess[i] ?? [];
        for (let j = 0; j < dims; j++) {
          let second = 0;
          xs.forEach((x, k) => {
            second += ((p[k] ?? 0) - (q[k] ?? 0)) * (x[i] ?? 0) * (x[j] ?? 0);
          });
          row[j] =
            (row[j] ?? 0) +
            (second - (mp[i] ?? 0) * (mp[j] ?? 0) + (mq[i] ?? 0) * (mq[j] ?? 0)) / used.length;
        }
      }
    }
    const step = solve(hess, grad);
    theta.forEach((_, i) => {
      theta[i] = (theta[i] ?? 0) - (step[i] ?? 0);
    });
    if (Math.max(...step.map(Math.abs)) < o.converged) break;
  }
  return theta;
}

/**
 * `fitListwise` over flat typed arrays (the same loss, L2 pull and Newton steps, the same answer to
 * rounding): ~20x faster on the ~190,000 traced candidates of every TRAIN key (rank-28).
 */
export function fitListwiseFast(
  lists: readonly RankList[],
  start: readonly number[],
  options: Partial<ListwiseOptions> = {},
): number[] {
  const o = { ...defaultListwiseOptions, ...options };
  const used = lists.filter(({ ys }) => ys.some(Boolean) && !ys.every(Boolean));
  const d = start.length;
  const sizes = used.map((l) => l.xs.length);
  const total = sizes.reduce((a, b) => a + b, 0);
  const X = new Float64Array(total * d);
  const Y = new Uint8Array(total);
  let at = 0;
  for (const { xs, ys } of used)
    xs.forEach((x, k) => {
      for (let i = 0; i < d; i++) X[at * d + i] = x[i] ?? 0;
      Y[at] = ys[k] ? 1 : 0;
      at++;
    });
  const theta = Float64Array.from(start);
  const n = used.length;
  const s = new Float64Array(40 * 4);
  for (let it = 0; it < o.steps; it++) {
    const grad = new Float64Array(d);
    const hess = new Float64Array(d * d);
    for (let i = 0; i < d; i++) {
      grad[i] = o.lambda * ((theta[i] ?? 0) - (start[i] ?? 0));
      hess[i * d + i] = o.lambda;
    }
    let base = 0;
    const mp = new Float64Array(d);
    const mq = new Float64Array(d);
    for (const m of sizes) {
      const sc = m <= s.length ? s : new Float64Array(m);
      let top = Number.NEGATIVE_INFINITY;
      for (let k = 0; k < m; k++) {
        let z = 0;
        const off = (base + k) * d;
        for (let i = 0; i < d; i++) z += (X[off + i] ?? 0) * (theta[i] ?? 0);
        sc[k] = z;
        if (z > top) top = z;
      }
      let sum = 0;
      let ans = 0;
      for (let k = 0; k < m; k++) {
        const e = Math.exp((sc[k] ?? 0) - top);
        sc[k] = e;
        sum += e;
        if (Y[base + k]) ans += e;
      }
      mp.fill(0);
      mq.fill(0);
      for (let k = 0; k < m; k++) {
        const p = (sc[k] ?? 0) / sum;
        const q = Y[base + k] ? (sc[k] ?? 0) / ans : 0;
        const w = p - q;
        const off = (base + k) * d;
        for (let i = 0; i < d; i++) {
          const xi = X[off + i] ?? 0;
          if (xi === 0) continue;
          mp[i] = (mp[i] ?? 0) + p * xi;
          mq[i] = (mq[i] ?? 0) + q * xi;
          if (w === 0) continue;
          const wx = (w * xi) / n;
          for (let j = 0; j <= i; j++) hess[i * d + j] = (hess[i * d + j] ?? 0) + wx * (X[off + j] ?? 0);
        }
      }
      for (let i = 0; i < d; i++) {
        grad[i] = (grad[i] ?? 0) + ((mp[i] ?? 0) - (mq[i] ?? 0)) / n;
        for (let j = 0; j <= i; j++)
          hess[i * d + j] =
            (hess[i * d + j] ?? 0) + (-(mp[i] ?? 0) * (mp[j] ?? 0) + (mq[i] ?? 0) * (mq[j] ?? 0)) / n;
      }
      base += m;
    }
    const rows = Array.from({ length: d }, (_, i) =>
      Array.from({ length: d }, (__, j) => (j <= i ? (hess[i * d + j] ?? 0) : (hess[j * d + i] ?? 0))),
    );
    const step = solve(rows, [...grad]);
    for (let i = 0; i < d; i++) theta[i] = (theta[i] ?? 0) - (step[i] ?? 0);
    if (Math.max(...step.map(Math.abs)) < o.converged) break;
  }
  return [...theta];
}

/** Solves a x = b by Gaussian elimination with partial pivoting (a small, positive definite system). */
export function solve(a: readonly (readonly number[])[], b: readonly number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i] ?? 0]);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]?.[c] ?? 0) > Math.abs(m[pivot]?.[c] ?? 0)) pivot = r;
    [m[c], m[pivot]] = [m[pivot] ?? [], m[c] ?? []];
    const row = m[c] ?? [];
    const d = row[c] ?? 1;
    if (Math.abs(d) < 1e-12) continue;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const other = m[r] ?? [];
      const f = (other[c] ?? 0) / d;
      if (f !== 0) for (let k = c; k <= n; k++) other[k] = (other[k] ?? 0) - f * (row[k] ?? 0);
    }
  }
  return m.map((row, i) => (row[n] ?? 0) / (row[i] || 1));
}

/** The median of some numbers (0 for none). */
function median(xs: readonly number[]): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

/**
 * The factor that puts the margins of ranking `to` on the scale of ranking `from`: the median, over
 * lists of two candidates or more, of the first candidate's score less the second's (θ·x) under
 * `from`, over the same under `to`. Scaling `to` by it keeps its order and gives its first sentence
 * the lead over the second the hand-set ranking gave, so the confidence and bold models, which read
 * that lead (margin, gap, share, softmax), read it on the scale they were fitted on. 1 when either
 * median is 0 or there is no such list.
 */
export function marginScale(
  lists: readonly Pick<RankList, 'xs'>[],
  from: readonly number[],
  to: readonly number[],
): number {
  const margins = (theta: readonly number[]) =>
    lists
      .filter(({ xs }) => xs.length >= 2)
      .map(({ xs }) => {
        const [a = 0, b = 0] = xs
          .map((x) => x.reduce((sum, v, i) => sum + v * (theta[i] ?? 0), 0))
          .sort((p, q) => q - p);
        return a - b;
      });
  const m = median(margins(to));
  const f = median(margins(from));
  return m > 0 && f > 0 ? f / m : 1;
}

/**
 * The lowest score at which a tier holds, reading items from the highest score down: `count` sees each
 * item in turn (to keep its tallies) and `holds` says, for the `n` items read so far, whether a tier
 * from that score up holds. With `ties`, a score is judged only after the last item of that score.
 * 1 when no score holds.
 */
function lowestHolding<T extends { score: number }>(
  items: readonly T[],
  count: (item: T) => void,
  holds: (n: number) => boolean,
  ties = true,
): number {
  const ranked = [...items].sort((a, b) => b.score - a.score);
  let threshold = 1;
  ranked.forEach((r, i) => {
    count(r);
    if (ties && ranked[i + 1]?.score === r.score) return;
    if (holds(i + 1)) threshold = r.score;
  });
  return threshold;
}

/**
 * The lowest score from which the items scored at least that high are right at least `precision`
 * of the time (reading them from the highest score down, from the tenth on): the threshold of a
 * tier that should be right that often. 1 when no such run exists.
 */
export function thresholdAt(
  items: ReadonlyArray<{ score: number; right: boolean }>,
  precision = 0.92,
  least = 10,
): number {
  let right = 0;
  return lowestHolding(
    items,
    (r) => {
      if (r.right) right++;
    },
    (n) => right / n >= precision && n >= least,
    false,
  );
}

/** One-sided normal quantiles for Wilson's lower bound: 90% and 95%. */
export const WILSON_Z90 = 1.2816;
export const WILSON_Z95 = 1.6449;

/** Wilson's lower confidence bound on a share `right` of `n` (z the one-sided normal quantile); 0 for n 0. */
export function wilsonLower(right: number, n: number, z = WILSON_Z90): number {
  if (n <= 0) return 0;
  const p = right / n;
  const z2 = z * z;
  return (p + z2 / (2 * n) - z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n);
}

/**
 * The lowest score from which the items scored that high (pooled) are right at least `precision` of
 * the time by Wilson's lower confidence bound (`z`): unlike `thresholdAt`'s plain share, the bound
 * asks more of few items and holds a margin for a key the fit never saw (bold-25). Ties are judged
 * together. 1 when no score qualifies.
 */
export function thresholdWilson(
  items: ReadonlyArray<{ score: number; right: boolean }>,
  precision = 0.9,
  z = WILSON_Z90,
): number {
  let right = 0;
  return lowestHolding(
    items,
    (r) => {
      if (r.right) right++;
    },
    (n) => wilsonLower(right, n, z) >= precision,
  );
}

/**
 * How far keys' own precisions spread beyond the binomial (bold-26): the method-of-moments estimate
 * of the variance between folds of their true wrong rates, from each fold's items `n` and wrong
 * `wrong` (DerSimonian-Laird on proportions, weighted by items; 0 when the folds spread no more than
 * chance would). Returns the pooled wrong rate and that variance.
 */
export function betweenFoldSpread(folds: ReadonlyArray<{ n: number; wrong: number }>): {
  rate: number;
  variance: number;
} {
  const used = folds.filter((f) => f.n > 0);
  const total = used.reduce((s, f) => s + f.n, 0);
  if (!total || used.length < 2)
    return { rate: total ? used.reduce((s, f) => s + f.wrong, 0) / total : 0, variance: 0 };
  const rate = used.reduce((s, f) => s + f.wrong, 0) / total;
  const q = used.reduce((s, f) => s + f.n * (f.wrong / f.n - rate) ** 2, 0);
  const expected = (used.length - 1) * rate * (1 - rate);
  const denominator = total - used.reduce((s, f) => s + f.n * f.n, 0) / total;
  return { rate, variance: denominator > 0 ? Math.max(0, (q - expected) / denominator) : 0 };
}

/**
 * The lowest score from which a fresh key's own precision (its true rate, not a sample of it) is at
 * least `precision` with the one-sided confidence of `z`, reading the keys' spread beyond the binomial
 * (`betweenFoldSpread`) on the folds' items scored that high: pooled wrong rate + z x the spread's
 * standard deviation <= 1 - precision (bold-26). Unlike `thresholdWilson`, whose margin shrinks with
 * the pooled count, this one holds a margin for keys that differ; unlike `thresholdEveryFold`, it
 * does not hinge on the worst fold seen. Only points with at least `least` items pooled are judged;
 * ties together. 1 when no score qualifies.
 */
export function thresholdFreshKey(
  items: ReadonlyArray<{ score: number; right: boolean; fold: string }>,
  precision = 0.9,
  z = WILSON_Z90,
  least = 100,
): number {
  const shown = new Map<string, { n: number; wrong: number }>();
  return lowestHolding(
    items,
    (r) => {
      const f = shown.get(r.fold) ?? { n: 0, wrong: 0 };
      f.n++;
      if (!r.right) f.wrong++;
      shown.set(r.fold, f);
    },
    (n) => {
      if (n < least) return false;
      const { rate, variance } = betweenFoldSpread([...shown.values()]);
      return rate + z * Math.sqrt(variance) <= 1 - precision;
    },
  );
}

/**
 * The lowest score from which, in every fold with at least `least` items scored that high, those
 * items are right at least `precision` of the time (folds with fewer are not judged): the threshold
 * of a tier that should be right that often on each key by itself, not only pooled. Ties are judged
 * together. 1 when no score qualifies.
 */
export function thresholdEveryFold(
  items: ReadonlyArray<{ score: number; right: boolean; fold: string }>,
  precision = 0.9,
  least = 20,
): number {
  const shown = new Map<string, number>();
  const right = new Map<string, number>();
  return lowestHolding(
    items,
    (r) => {
      shown.set(r.fold, (shown.get(r.fold) ?? 0) + 1);
      if (r.right) right.set(r.fold, (right.get(r.fold) ?? 0) + 1);
    },
    () => [...shown].every(([f, n]) => n < least || (right.get(f) ?? 0) / n >= precision),
  );
}

/** One question's traced candidates for a within-article pairwise fit (`withinArticlePairs`). */
export interface ArticleList {
  /** Each candidate's base score (the shipped ranking's θ·x). */
  base: readonly number[];
  /** Each candidate's features of the correction being fitted. */
  xs: readonly (readonly number[])[];
  ys: readonly boolean[];
  /** Each candidate's article. */
  articles: readonly string[];
}

/** A pair of candidates of one article: the right one's base score and features less the wrong one's. */
export interface ArticlePair {
  d0: number;
  dx: number[];
  /** Each question's pairs weigh 1 in all. */
  weight: number;
}

/**
 * The pairs of a within-article fit (issue 21, within-25): in each list, every candidate holding the
 * answer against every candidate of the SAME article that does not; a question's pairs share a weight
 * of 1. Whatever is one article's (its coverage, its BM25 score) cancels in such a pair, so a fit on
 * them learns only which sentence of the article answers. With `margin`, only the wrong candidates
 * scored above the right one's base score less `margin` are paired: its rivals for the first place,
 * not the article's sentences far below it.
 */
export function withinArticlePairs(
  lists: readonly ArticleList[],
  margin = Number.POSITIVE_INFINITY,
): ArticlePair[] {
  const out: ArticlePair[] = [];
  for (const { base, xs, ys, articles } of lists) {
    const mine: Array<[number, number]> = [];
    ys.forEach((right, i) => {
      if (!right) return;
      ys.forEach((other, j) => {
        if (!other && articles[j] === articles[i] && (base[j] ?? 0) > (base[i] ?? 0) - margin)
          mine.push([i, j]);
      });
    });
    for (const [i, j] of mine)
      out.push({
        d0: (base[i] ?? 0) - (base[j] ?? 0),
        dx: (xs[i] ?? []).map((v, k) => v - (xs[j]?.[k] ?? 0)),
        weight: 1 / mine.length,
      });
  }
  return out;
}

/**
 * The correction w (one weight per feature of the pairs) minimising the weighted mean of
 * log(1 + exp(−(d0 + w·dx))) over the pairs, plus λ/2·|w|² (held toward 0: no correction), by Newton
 * steps: the base ranking's order within the article, bent only as far as the pairs ask.
 */
export function fitPairwise(pairs: readonly ArticlePair[], dims: number, lambda = 0.1, steps = 30): number[] {
  const w = new Array<number>(dims).fill(0);
  const total = pairs.reduce((s, p) => s + p.weight, 0) || 1;
  for (let it = 0; it < steps; it++) {
    const grad = w.map((v) => lambda * v);
    const hess = w.map((_, i) => w.map((__, j) => (i === j ? lambda : 0)));
    for (const p of pairs) {
      const z = p.d0 + p.dx.reduce((s, v, i) => s + v * (w[i] ?? 0), 0);
      const sig = 1 / (1 + Math.exp(z));
      const c = p.weight / total;
      const h = sig * (1 - sig) * c;
      p.dx.forEach((a, i) => {
        grad[i] = (grad[i] ?? 0) - c * sig * a;
        const row = hess[i] ?? [];
        p.dx.forEach((b, j) => {
          row[j] = (row[j] ?? 0) + h * a * b;
        });
      });
    }
    const step = solve(hess, grad);
    step.forEach((s, i) => {
      w[i] = (w[i] ?? 0) - s;
    });
    if (Math.max(0, ...step.map(Math.abs)) < 1e-6) break;
  }
  return w;
}
