import { describe, expect, it } from 'vitest';
import { type AnswerTrace, answerQuery } from '../../src/answer/answer.js';
import {
  bridgeScore,
  bridgeTable,
  bridgeWords,
  defaultBridge,
  sentenceBridgeWords,
} from '../../src/answer/bridge.js';
import { defaultWeights } from '../../src/answer/weights.js';
import { stem } from '../../src/facts/terms.js';
import { indexOf } from '../helpers/index.js';

describe('bridgeWords (bridge-26)', () => {
  it('keeps the stems of lower-case common words, not names, figures or function words', () => {
    const words = bridgeWords('Northfield Rovers dismissed their manager after 3 defeats, the club said.');
    expect(words).toContain(stem('dismissed'));
    expect(words).toContain(stem('manager'));
    expect(words).toContain(stem('defeats'));
    expect(words).not.toContain(stem('Northfield'));
    expect(words).not.toContain(stem('Rovers'));
    expect(words).not.toContain('3');
    expect(words).not.toContain(stem('their'));
    expect(words).not.toContain(stem('said'));
  });
});

describe('bridgeScore', () => {
  const table = bridgeTable({
    [stem('sacked')]: { [stem('dismissed')]: 1.5, [stem('manager')]: 0.6 },
    [stem('boss')]: { [stem('chief')]: 1.2 },
  });
  const asked = bridgeWords('Why was the boss sacked?');

  it("sums each missing question word's best association with a sentence word", () => {
    const words = bridgeWords('The chief executive was dismissed by the manager on Monday.');
    expect(bridgeScore(table, asked, words)).toBeCloseTo(1.5 + 1.2);
  });

  it('gives nothing for a question word the sentence holds itself', () => {
    const words = bridgeWords('The boss was sacked and dismissed.');
    expect(bridgeScore(table, asked, words)).toBe(0);
  });

  it('does not bridge to a word the question writes itself', () => {
    const words = bridgeWords('He was dismissed.');
    const askedToo = bridgeWords('Was the boss sacked and dismissed?');
    expect(bridgeScore(table, asked, words)).toBeCloseTo(1.5);
    expect(bridgeScore(table, askedToo, words)).toBe(0);
  });

  it('is 0 where nothing is associated', () => {
    expect(bridgeScore(table, asked, bridgeWords('The weather was fine.'))).toBe(0);
    expect(bridgeScore(bridgeTable({}), asked, bridgeWords('He was dismissed.'))).toBe(0);
  });
});

describe('the shipped table', () => {
  it('holds lower-case common words only: no names, figures or ids', () => {
    expect(defaultBridge().size).toBeGreaterThan(0);
    for (const [w, to] of defaultBridge()) {
      expect(w).toMatch(/^[a-z'’-]+$/);
      for (const [v, a] of to) {
        expect(v).toMatch(/^[a-z'’-]+$/);
        expect(a).toBeGreaterThan(0);
      }
    }
  });
});

describe('the bridge ranking feature', () => {
  const story = `Rovers part with manager

Northfield Rovers have dismissed manager Tom Reed after a run of defeats.
Rovers sold 4,000 season tickets for the stadium this year.
Reed joined Rovers from Southgate in 2019.
`;
  const index = indexOf({ 'news/a': story });
  const table = bridgeTable({ [stem('sacked')]: { [stem('dismissed')]: 2 } });
  const traced = (weight: number) => {
    let trace: AnswerTrace | undefined;
    const base = defaultWeights();
    answerQuery(index, 'When was the Rovers manager sacked?', {
      weights: { ...base, show: 0, none: 0, rank: { ...base.rank, bridge: weight } },
      bridge: table,
      trace: (t) => (trace = t),
    });
    return trace?.candidates ?? [];
  };

  it('is traced for the sentence that words the relation otherwise, 0 for the rest', () => {
    const candidates = traced(0);
    const dismissed = candidates.find((c) => /dismissed/.test(c.text));
    expect(dismissed?.features.bridge).toBeCloseTo(2);
    for (const c of candidates.filter((d) => !/dismissed/.test(d.text))) expect(c.features.bridge).toBe(0);
  });

  it('weighed, puts that sentence first where unweighed a sentence with a date beat it', () => {
    const at = (weight: number) => traced(weight).findIndex((c) => /dismissed/.test(c.text));
    expect(at(0)).toBeGreaterThan(0);
    expect(at(5)).toBe(0);
  });
});

describe('sentenceBridgeWords: a sentence read once (speed-30)', () => {
  it('gives what bridgeWords gives, the same set again for the same sentence', () => {
    const text = 'The chief executive was dismissed after the board met on Friday.';
    const first = sentenceBridgeWords(text);
    expect([...first]).toEqual([...bridgeWords(text)]);
    expect(sentenceBridgeWords(text)).toBe(first);
    expect([...sentenceBridgeWords('Shares of the lender rose sharply.')]).toEqual([
      ...bridgeWords('Shares of the lender rose sharply.'),
    ]);
  });
});
