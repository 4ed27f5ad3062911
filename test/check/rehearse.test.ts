import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/check/check.js';
import { checkWarmStep } from '../../src/check/prepare.js';
import { rehearsalSentences, rehearseCheck } from '../../src/check/rehearse.js';
import { warmClaims } from '../../src/claims/warm.js';
import { byHand } from '../helpers/by-hand.js';
import { indexOf } from '../helpers/index.js';

const ARTICLES: Record<string, string> = {
  final:
    'Harbour win the cup\n\nHarbour beat Rovers 3-1 in the final on Saturday. The club last won the cup in 1998, when it was seeded third. About 40,000 fans watched the final at the stadium.\n',
  steel:
    'Steelworks cuts jobs\n\nNorthmill Steel will cut 1,200 jobs at its plant in Sheffield. The company said profits fell 12% to £340m in 2004. The company said the plant would stay open.\n',
  phones:
    'Phone sales rise\n\nSales of mobile phones rose 25% in the first quarter, the company said. About 180 million handsets were sold in the quarter.\n',
};

const DRAFT =
  'Harbour beat Rovers 3-2 in the final. They last won the cup in 1998. Northmill Steel will cut 1,500 jobs in Sheffield. The company said profits fell 12%. Phone sales rose 25% in the first quarter.';

describe('rehearseCheck', () => {
  it('searches the commonest stems first, as a check searches a word, and the index remembers the results', () => {
    const index = indexOf(ARTICLES);
    const [common] = index.commonestStems(1);
    expect(common).toBeDefined();
    const searched = [...rehearseCheck(index, { words: 1, checks: 0 })];
    expect(searched).toEqual([index.countMatching(common as string)]);
    const remembered = index.match([[common as string]]);
    // The same result, not searched again.
    expect(index.match([[common as string]])).toBe(remembered);
  });

  it('searches no word that would take the ids searched past maxIds', () => {
    const index = indexOf(ARTICLES);
    const stems = index.commonestStems(50);
    const most = index.countMatching(stems[0] as string);
    expect(most).toBeGreaterThan(1);
    const searched = [...rehearseCheck(index, { words: 50, maxIds: most - 1, checks: 0 })];
    expect(searched.length).toBeGreaterThan(0);
    expect(Math.max(...searched)).toBeLessThanOrEqual(most - 1);
    const all = [...rehearseCheck(indexOf(ARTICLES), { words: 50, maxIds: 1e9, checks: 0 })];
    expect(all.length).toBe(stems.length);
  });

  it("checks the corpus's own sentences that state a figure, one an article, spread over the articles", () => {
    const index = indexOf(ARTICLES);
    const sentences = rehearsalSentences(index, 2);
    expect(sentences).toHaveLength(2);
    const texts = [...index.facts()].filter((f) => f.quantities.length > 0).map((f) => f.text);
    for (const s of sentences) expect(texts).toContain(s);
    expect(new Set(sentences.map((s) => [...index.facts()].find((f) => f.text === s)?.articleId)).size).toBe(
      2,
    );
    // One piece a search and a check.
    const pieces = [...rehearseCheck(index, { words: 0, checks: 2 })];
    expect(pieces).toEqual([0, 0]);
  });

  it('changes no check: a draft checked after the warm and the rehearsal gets the result of a fresh index', async () => {
    const cold = checkDraft(indexOf(ARTICLES), DRAFT);
    const warmed = indexOf(ARTICLES);
    const report = await warmClaims(warmed, {
      step: checkWarmStep(warmed),
      afterwards: () => rehearseCheck(warmed),
    }).done;
    expect(report.pieces).toBeGreaterThan(3);
    expect(checkDraft(warmed, DRAFT)).toEqual(cold);
  });

  it('yields between its pieces and runs none once the warm is stopped', async () => {
    const index = indexOf(ARTICLES);
    const hand = byHand();
    const warm = warmClaims(index, {
      batch: 100,
      budgetMs: 0,
      schedule: hand.schedule,
      step: checkWarmStep(index),
      afterwards: () => rehearseCheck(index),
    });
    hand.step(); // every figure
    hand.step(); // one search
    warm.stop();
    while (hand.step());
    const report = await warm.done;
    expect(report).toMatchObject({ stopped: true, pieces: 1 });
  });
});
