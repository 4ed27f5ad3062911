/**
 * The confidence's logistic fit (bench/fit-answers.ts). Pure: rows of features in, weights out.
 */
import { sigmoid } from '../src/answer/weights.js';
import { solve } from './rank-fit.js';

/** One row of the fit: the short answer's features, whether it is right (1) or not (0), and its weight. */
export interface LogisticRow {
  x: readonly number[];
  y: number;
  /** How much the row counts. Default 1. */
  w?: number;
}

/** Options of `fitLogistic`. */
export interface LogisticOptions {
  /** The L2 penalty. Default 0.001. */
  lambda: number;
  /**
   * Where the L2 penalty pulls the weights (and then the bias is held too). Default: undefined, toward
   * 0 with the bias (the first feature) free.
   */
  center?: readonly number[];
  /** The most Newton steps. Default 50. */
  steps: number;
  /** The steps stop when no weight moves by more than this. Default 1e-5. */
  converged: number;
}

export const defaultLogisticOptions: LogisticOptions = { lambda: 0.001, steps: 50, converged: 1e-5 };

/**
 * Weighted logistic regression of "the short answer is right" by Newton steps: the mean log loss
 * over the rows, each weighing `w`, plus the L2 pull toward `center`. With every weight 1 it is the
 * plain mean loss. Throws if no row weighs anything (give it rows, or a weight above 0).
 */
export function fitLogistic(
  rows: readonly LogisticRow[],
  dims: number,
  options: Partial<LogisticOptions> = {},
): number[] {
  const { lambda, center: held, steps, converged } = { ...defaultLogisticOptions, ...options };
  const total = rows.reduce((s, r) => s + (r.w ?? 1), 0);
  if (!(total > 0)) throw new Error('fitLogistic: no row weighs anything; pass rows with a weight above 0');
  const center = held ?? new Array<number>(dims).fill(0);
  const pen = center.map((_, i) => (held || i > 0 ? lambda : 0));
  const beta = [...center];
  for (let it = 0; it < steps; it++) {
    const grad = beta.map((b, i) => (pen[i] ?? 0) * (b - (center[i] ?? 0)));
    const hess = beta.map((_, i) => beta.map((__, j) => (i === j ? (pen[i] ?? 0) + 1e-9 : 0)));
    for (const { x, y, w = 1 } of rows) {
      if (w === 0) continue;
      const p = sigmoid(x.reduce((s, v, i) => s + v * (beta[i] ?? 0), 0));
      x.forEach((v, i) => {
        grad[i] = (grad[i] ?? 0) + (w * (p - y) * v) / total;
        const row = hess[i] ?? [];
        x.forEach((u, j) => {
          row[j] = (row[j] ?? 0) + (w * p * (1 - p) * v * u) / total;
        });
      });
    }
    const step = solve(hess, grad);
    beta.forEach((_, i) => {
      beta[i] = (beta[i] ?? 0) - (step[i] ?? 0);
    });
    if (Math.max(...step.map(Math.abs)) < converged) break;
  }
  return beta;
}

/** A question's short answer as the confidence fit sees it. */
export interface ShortRow {
  x: readonly number[];
  /** The question has no answer in the coverage. */
  empty: boolean;
  /** The short answer is the expected one (always false for an unanswerable question). */
  right: boolean;
}

/**
 * The rows of the confidence fit: each answerable question's short answer (right or wrong, weight 1)
 * and each unanswerable question's short answer as a wrong one weighing `unanswerable` (default 1,
 * as the fit was before the option; 0 leaves them out).
 */
export function confidenceRows(shorts: readonly ShortRow[], unanswerable = 1): LogisticRow[] {
  return shorts.flatMap(({ x, empty, right }) =>
    empty ? (unanswerable > 0 ? [{ x, y: 0, w: unanswerable }] : []) : [{ x, y: right ? 1 : 0 }],
  );
}
