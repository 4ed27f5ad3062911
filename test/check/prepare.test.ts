import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/check/check.js';
import { orderedRead } from '../../src/check/orders.js';
import { checkPrepared, checkWarmStep, prepareCheck } from '../../src/check/prepare.js';
import { warmClaims } from '../../src/claims/warm.js';
import type { FactIndex } from '../../src/index/fact-index.js';
import { byHand } from '../helpers/by-hand.js';
import { indexOf } from '../helpers/index.js';

const ARTICLES: Record<string, string> = {
  final:
    'Harbour win the cup\n\nHarbour beat Rovers 3-1 in the final on Saturday. The club last won the cup in 1998, when it was seeded third. About 40,000 fans watched at the stadium.\n',
  steel:
    'Steelworks cuts jobs\n\nNorthmill Steel will cut 1,200 jobs at its plant in Sheffield. The company said profits fell 12% to £340m in 2004.\n',
  phones:
    'Phone sales rise\n\nSales of mobile phones rose 25% in the first quarter, according to Telcom Research. About 180 million handsets were sold.\n',
};

const figures = (index: FactIndex) => [...index.facts()].filter((f) => f.quantities.length > 0);

describe('prepareCheck', () => {
  it("does a check's first-time work: each figure's context and its article's figures of order", () => {
    const index = indexOf(ARTICLES);
    const facts = figures(index);
    expect(facts.length).toBeGreaterThan(3);
    expect(facts.some((f) => checkPrepared(index, f))).toBe(false);
    const steel = facts.filter((f) => f.articleId === 'steel');
    prepareCheck(index, steel);
    expect(steel.every((f) => checkPrepared(index, f))).toBe(true);
    expect(orderedRead(index, 'steel')).toBe(true);
    expect(orderedRead(index, 'final')).toBe(false);
    expect(facts.filter((f) => f.articleId !== 'steel').some((f) => checkPrepared(index, f))).toBe(false);
  });

  it('changes no check: a draft checked after the work is done gets the same result as without it', () => {
    const draft =
      'Harbour beat Rovers 3-2 in the final. They last won the cup in 1998. Northmill Steel will cut 1,500 jobs in Sheffield. Phone sales rose 25% in the first quarter.';
    const cold = checkDraft(indexOf(ARTICLES), draft);
    const prepared = indexOf(ARTICLES);
    prepareCheck(prepared, figures(prepared));
    expect(checkDraft(prepared, draft)).toEqual(cold);
  });
});

describe('checkWarmStep', () => {
  it("has the background warm do the check's first-time work on every figure, and a second warm finds none left", async () => {
    const index = indexOf(ARTICLES);
    const report = await warmClaims(index, { step: checkWarmStep(index) }).done;
    expect(report.stopped).toBe(false);
    expect(figures(index).filter((f) => !checkPrepared(index, f))).toEqual([]);
    for (const id of ['final', 'steel', 'phones']) expect(orderedRead(index, id)).toBe(true);
    expect((await warmClaims(index, { step: checkWarmStep(index) }).done).read).toBe(0);
  });

  it('does no more of it once stopped', async () => {
    const index = indexOf(ARTICLES);
    const hand = byHand();
    const warm = warmClaims(index, {
      batch: 1,
      budgetMs: 0,
      schedule: hand.schedule,
      step: checkWarmStep(index),
    });
    hand.step();
    warm.stop();
    while (hand.step());
    expect((await warm.done).stopped).toBe(true);
    expect(figures(index).filter((f) => checkPrepared(index, f))).toHaveLength(1);
  });
});
