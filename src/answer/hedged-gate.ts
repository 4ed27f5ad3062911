/**
 * The hedged tier's own gate (hedged-36, issue 21 §1): a short answer the confidence shows (from
 * `show` up) but the bold model does not call sure is the hedged "Likely: ..." line; this gate keeps
 * that line only where the bold model's score reaches the floor of the group of the type asked
 * (figure, count, time, name, place, reason, clause): `hedgedFloor` (bold-35) read per group. The
 * floors are read by `bench/hedged-study.ts` (`--write`) and stored in `hedged.json`; the bold line
 * and the facts are never touched (the facts stay, as under `hedgedFloor`).
 */
import data from './hedged.json' with { type: 'json' };
import type { AnswerType } from './question.js';

/** The groups of types asked the gate tells apart (each its own intercept). */
export const GATE_GROUPS = ['figure', 'count', 'time', 'name', 'place', 'reason', 'clause'] as const;
export type GateGroup = (typeof GATE_GROUPS)[number] | 'other';

const GROUP_OF: Readonly<Record<AnswerType, GateGroup>> = {
  money: 'figure',
  amount: 'figure',
  percent: 'figure',
  count: 'count',
  date: 'time',
  duration: 'time',
  person: 'name',
  organisation: 'name',
  name: 'name',
  place: 'place',
  reason: 'reason',
  description: 'clause',
  event: 'clause',
  statement: 'clause',
  settle: 'clause',
};

/** The gate's group of a type asked ("other" for none). Pure. */
export function gateGroupOf(wants: string | undefined): GateGroup {
  return (wants !== undefined && (GROUP_OF as Record<string, GateGroup>)[wants]) || 'other';
}

/** What the gate reads of a short answer: the bold model's score and the type asked. */
export interface GateRow {
  bold: number;
  wants?: string | undefined;
}

/** A fitted gate: per group of the type asked, the bold model's score under which no hedged line is shown. */
export interface HedgedModel {
  floors: Readonly<Partial<Record<GateGroup, number>>>;
}

/** The floor of a short answer's group (0: none). Pure. */
export function floorOf(model: HedgedModel, wants: string | undefined): number {
  return model.floors[gateGroupOf(wants)] ?? 0;
}

/** Whether the hedged line is kept: the bold model's score reaches its group's floor. Pure. */
export function hedgedKept(model: HedgedModel, r: GateRow): boolean {
  return r.bold >= floorOf(model, r.wants);
}

/** The gate shipped in `hedged.json`. */
export const shippedHedgedModel: HedgedModel = { floors: data.floors };
