import { describe, expect, it } from 'vitest';
import { answerQuery } from '../../src/answer/answer.js';
import data from '../../src/answer/hedged.json' with { type: 'json' };
import {
  floorOf,
  gateGroupOf,
  type HedgedModel,
  hedgedKept,
  shippedHedgedModel,
} from '../../src/answer/hedged-gate.js';
import { defaultWeights } from '../../src/answer/weights.js';
import { indexOf } from '../helpers/index.js';

const KEEP_ALL: HedgedModel = { floors: {} };

describe('gateGroupOf', () => {
  it('groups the types asked', () => {
    expect(gateGroupOf('money')).toBe('figure');
    expect(gateGroupOf('percent')).toBe('figure');
    expect(gateGroupOf('count')).toBe('count');
    expect(gateGroupOf('duration')).toBe('time');
    expect(gateGroupOf('organisation')).toBe('name');
    expect(gateGroupOf('event')).toBe('clause');
    expect(gateGroupOf('settle')).toBe('clause');
    expect(gateGroupOf(undefined)).toBe('other');
    expect(gateGroupOf('nonsense')).toBe('other');
  });
});

describe('hedgedKept: the floor of the group of the type asked', () => {
  const model: HedgedModel = { floors: { clause: 0.5, figure: 0.2 } };

  it('keeps a hedged line whose bold score reaches its group floor, hides one under it', () => {
    expect(floorOf(model, 'event')).toBe(0.5);
    expect(hedgedKept(model, { bold: 0.55, wants: 'event' })).toBe(true);
    expect(hedgedKept(model, { bold: 0.45, wants: 'statement' })).toBe(false);
    expect(hedgedKept(model, { bold: 0.45, wants: 'money' })).toBe(true);
    expect(hedgedKept(model, { bold: 0.15, wants: 'percent' })).toBe(false);
  });

  it('a group with no floor keeps every line', () => {
    expect(floorOf(model, 'person')).toBe(0);
    expect(hedgedKept(model, { bold: 0.01, wants: 'person' })).toBe(true);
    expect(hedgedKept(KEEP_ALL, { bold: 0.01, wants: 'event' })).toBe(true);
  });

  it('the shipped floors are the file, each under the bold threshold', () => {
    expect(shippedHedgedModel.floors).toEqual(data.floors);
    for (const f of Object.values(shippedHedgedModel.floors)) {
      expect(f).toBeGreaterThanOrEqual(0);
      expect(f).toBeLessThan(defaultWeights().sure);
    }
  });
});

// Hedged-36: a short answer shown but not sure keeps its "Likely" line only where the gate keeps it.
describe('answerQuery: the hedged gate', () => {
  const index = indexOf({
    match:
      'Farewell for Jones\n\nJones will play his final match for Easton in June.\nThe testimonial will be at Northfield Park on 4 June.\nHe has played 200 games for the club.\nJones joined Easton from Westbury in 2015.\n',
  });
  const question = "What date is Jones's final match?";
  const shown = { ...defaultWeights(), show: 0, none: 0, sure: 1.01, hedgedFloor: 0 };

  it('keeps the hedged line where the gate keeps all', () => {
    const answer = answerQuery(index, question, {
      weights: shown,
      answerableModel: false,
      hedgedGate: KEEP_ALL,
    });
    expect(answer.answer?.text).toMatch(/June/);
    expect(answer.answer?.sure).toBeUndefined();
  });

  it("withholds it, keeping the facts, where the bold score is under its group's floor", () => {
    const hideTime: HedgedModel = { floors: { time: 1.01 } };
    const answer = answerQuery(index, question, {
      weights: shown,
      answerableModel: false,
      hedgedGate: hideTime,
    });
    expect(answer.answer).toBeUndefined();
    expect(answer.facts.some((f) => /June/.test(f.text))).toBe(true);
  });

  it('never withholds a bold answer', () => {
    const hideAll: HedgedModel = { floors: { time: 1.01, figure: 1.01, name: 1.01, other: 1.01 } };
    const answer = answerQuery(index, question, {
      weights: { ...shown, sure: 0 },
      answerableModel: false,
      hedgedGate: hideAll,
    });
    expect(answer.answer?.text).toMatch(/June/);
    expect(answer.answer?.sure).toBe(true);
  });
});
