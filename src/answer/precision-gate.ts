/**
 * The short answer's calibrated decision (precision-37, issue 21 §1): a small logistic model of "the
 * hedged short answer is right", over what the answer already computes (the bold model's and the
 * confidence's scores as logits, the confidence features, the first candidate's ranking features and
 * the group of the type asked), fitted on TRAIN keys by `bench/precision-fit.ts` and reported leaving
 * one key out; its threshold is read from the out-of-fold precision. A short answer the confidence
 * shows but the bold model does not call sure keeps its "Likely: ..." line only from that threshold
 * up; the bold line and the facts are never touched (only the short answer line goes). The same
 * probability PROMOTES a hedged short answer to bold from a second, higher threshold (`promote`,
 * precision-37b), chosen so that the bold tier as a whole stays right 90% of the time out of fold.
 */

import { gateGroupOf } from './hedged-gate.js';
import data from './precision.json' with { type: 'json' };
import { sigmoid, weighted } from './weights.js';

/** What the decision reads of a short answer. */
export interface PrecisionRow {
  /** The confidence (the shipped confidence model's probability). */
  conf: number;
  /** The bold model's probability. */
  bold: number;
  /** The type asked (`question.ts` `AnswerType`), if any. */
  wants?: string | undefined;
  /** The confidence features (`CONFIDENCE_FEATURES`). */
  x?: Readonly<Record<string, number>> | undefined;
  /** The first ranked candidate's ranking features. */
  first?: Readonly<Record<string, number>> | undefined;
}

/** A fitted decision: weights by feature name (an absent feature weighs 0) and the threshold. */
export interface PrecisionModel {
  weights: Readonly<Record<string, number>>;
  /** The hedged line is shown from this probability up (0: always). */
  threshold: number;
  /**
   * precision-37b: a hedged short answer is promoted to bold (`sure`) from this probability up.
   * Default (absent) none is promoted.
   */
  promote?: number | undefined;
}

/** A probability's logit, bounded so that 0 and 1 stay finite. Pure. */
export function logit(p: number): number {
  const q = Math.min(1 - 1e-4, Math.max(1e-4, p));
  return Math.log(q / (1 - q));
}

/**
 * The decision's features of a short answer: `bias`, `conf` and `bold` (logits), `x.<name>` for
 * each confidence feature, `first.<name>` for each of the first candidate's ranking features, and
 * `group.<group>` 1 for the group of the type asked (`hedged-gate.ts` `gateGroupOf`). Pure.
 */
export function precisionFeatures(r: PrecisionRow): Record<string, number> {
  const out: Record<string, number> = { bias: 1, conf: logit(r.conf), bold: logit(r.bold) };
  for (const [k, v] of Object.entries(r.x ?? {})) if (k !== 'bias') out[`x.${k}`] = v;
  for (const [k, v] of Object.entries(r.first ?? {})) out[`first.${k}`] = v;
  out[`group.${gateGroupOf(r.wants)}`] = 1;
  return out;
}

/** The model's probability that the short answer is right. Pure. */
export function precisionScore(model: PrecisionModel, r: PrecisionRow): number {
  return sigmoid(weighted(model.weights as Record<string, number>, precisionFeatures(r)));
}

/** Whether the hedged line is kept: the model's probability reaches the threshold. Pure. */
export function precisionKept(model: PrecisionModel, r: PrecisionRow): boolean {
  return model.threshold <= 0 || precisionScore(model, r) >= model.threshold;
}

/**
 * Whether a short answer the bold model does not call sure is shown in bold all the same
 * (precision-37b): the model's probability reaches the file's `promote` threshold. Pure.
 */
export function precisionPromoted(model: PrecisionModel, r: PrecisionRow): boolean {
  return model.promote !== undefined && precisionScore(model, r) >= model.promote;
}

/** A decision that keeps every hedged line (and promotes none). */
export const KEEP_EVERY_LINE: PrecisionModel = { weights: {}, threshold: 0 };

/** The decision shipped in `precision.json`. */
export const shippedPrecisionModel: PrecisionModel = {
  weights: data.weights,
  threshold: data.threshold,
  promote: data.promote,
};
