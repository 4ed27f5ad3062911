import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/check/check.js';
import { claimsOf, claimsRead } from '../../src/claims/read.js';
import { warmClaims } from '../../src/claims/warm.js';
import type { FactIndex } from '../../src/index/fact-index.js';
import { byHand } from '../helpers/by-hand.js';
import { article, indexOf } from '../helpers/index.js';

const ARTICLES: Record<string, string> = {
  dairy:
    'Dairyco back on the market\n\nShares in Dairyco, the Italian dairy group, went back on the stock market on Thursday. Investors bought Dairyco shares in Milan. The firm failed with debts of about 12bn euros ($16bn; £8bn) in 2002. Its chairman, Mr Rossi, said he would co-operate.\n',
  steel:
    'Steelworks cuts jobs\n\nNorthmill Steel will cut 1,200 jobs at its plant in Sheffield. The company said profits fell 12% to £340m last year. Union leader Jane Hart said the 1,200 job losses were a blow.\n',
  phones:
    'Phone sales rise\n\nSales of mobile phones rose 25% in the first quarter, according to Telcom Research. About 180 million handsets were sold. Nokia kept a share of 30% of the market.\n',
};

/** The facts of an index that state a figure. */
const figures = (index: FactIndex) => [...index.facts()].filter((f) => f.quantities.length > 0);

describe('warmClaims', () => {
  it('stops with the reason, and throws nothing, when reading fails in the background', async () => {
    const index = indexOf(ARTICLES);
    const failing = new Proxy(index, {
      get: (target, key) =>
        key === 'articles'
          ? () => {
              throw new Error('tagger gone');
            }
          : Reflect.get(target, key, target),
    });
    const report = await warmClaims(failing).done;
    expect(report).toMatchObject({ stopped: true, error: 'tagger gone', read: 0 });
  });

  it("reads every figure's claims, and a second warm finds nothing left to read", async () => {
    const index = indexOf(ARTICLES);
    const facts = figures(index);
    expect(facts.length).toBeGreaterThan(4);
    expect(facts.some((f) => claimsRead(f))).toBe(false);
    const report = await warmClaims(index, { batch: 2 }).done;
    expect(facts.filter((f) => !claimsRead(f))).toEqual([]);
    expect(report.read).toBe(facts.length);
    expect(report.stopped).toBe(false);
    expect((await warmClaims(index).done).read).toBe(0);
  });

  it('yields between chunks: a request made after it starts is served before it ends', async () => {
    const index = indexOf(ARTICLES);
    const warm = warmClaims(index, { batch: 1, budgetMs: 0 });
    let unreadWhenServed = -1;
    const served = new Promise<void>((resolve) =>
      setImmediate(() => {
        unreadWhenServed = figures(index).filter((f) => !claimsRead(f)).length;
        resolve();
      }),
    );
    await served;
    expect(unreadWhenServed).toBeGreaterThan(0);
    const report = await warm.done;
    expect(report.chunks).toBeGreaterThan(1);
  });

  it('reads no more than a batch a chunk once its budget is spent, and the claims are the same as read on demand', () => {
    const warmed = indexOf(ARTICLES);
    const hand = byHand();
    warmClaims(warmed, { batch: 2, budgetMs: 0, schedule: hand.schedule });
    hand.step();
    expect(figures(warmed).filter((f) => claimsRead(f))).toHaveLength(2);
    while (hand.step());
    const cold = indexOf(ARTICLES);
    const strip = (index: FactIndex) =>
      figures(index).map((f) =>
        claimsOf(index, f).map((c) => ({ ...c, fact: c.fact.id, measure: c.measure?.name })),
      );
    expect(strip(warmed)).toEqual(strip(cold));
  });

  it('changes no check: a draft checked after the warm gets the same result as without it', async () => {
    const draft =
      'Northmill Steel will cut 1,500 jobs in Sheffield. Its profits fell 12% to £340m. Phone sales rose 25% in the first quarter.';
    const cold = checkDraft(indexOf(ARTICLES), draft);
    const warmed = indexOf(ARTICLES);
    await warmClaims(warmed).done;
    expect(checkDraft(warmed, draft)).toEqual(cold);
  });

  it('stops after the current chunk when told to', async () => {
    const index = indexOf(ARTICLES);
    const hand = byHand();
    const warm = warmClaims(index, { batch: 1, budgetMs: 0, schedule: hand.schedule });
    hand.step();
    warm.stop();
    while (hand.step());
    const report = await warm.done;
    expect(report.stopped).toBe(true);
    expect(report.read).toBe(1);
    expect(figures(index).filter((f) => !claimsRead(f)).length).toBeGreaterThan(0);
  });

  it('starts over when the index changes under it, reading what changed', async () => {
    const index = indexOf(ARTICLES);
    const hand = byHand();
    const warm = warmClaims(index, { batch: 1, budgetMs: 0, schedule: hand.schedule });
    hand.step();
    index.upsert(
      article(
        'phones',
        'Phone sales fall\n\nSales of mobile phones fell 4% in the second quarter, Telcom Research said. About 150 million handsets were sold.\n',
      ),
    );
    index.upsert(article('bank', 'Bank profits\n\nMidbank made a profit of £2.1bn in 2004, up 8%.\n'));
    while (hand.step());
    const report = await warm.done;
    expect(report.restarts).toBe(1);
    expect(figures(index).filter((f) => !claimsRead(f))).toEqual([]);
    expect(index.factsOf('bank').length).toBeGreaterThan(0);
  });
});

describe('warmClaims with a step', () => {
  it('runs the step on each batch after its claims, and warms a fact whose claims are read until the step is done', async () => {
    const index = indexOf(ARTICLES);
    const facts = figures(index);
    claimsOf(index, facts[0] as (typeof facts)[number]);
    const stepped = new Set<string>();
    const claimsFirst: boolean[] = [];
    const report = await warmClaims(index, {
      batch: 2,
      step: {
        done: (fact) => stepped.has(fact.id),
        run: (some) => {
          for (const fact of some) {
            claimsFirst.push(claimsRead(fact));
            stepped.add(fact.id);
          }
        },
      },
    }).done;
    expect([...stepped].sort()).toEqual(facts.map((f) => f.id).sort());
    expect(claimsFirst.every(Boolean)).toBe(true);
    expect(report.read).toBe(facts.length);
  });
});

describe('warmClaims with afterwards', () => {
  it('runs the pieces of `afterwards` only once every figure is warmed, each counted, within the chunks', async () => {
    const index = indexOf(ARTICLES);
    const unreadAtPiece: number[] = [];
    function* pieces() {
      for (let i = 0; i < 3; i++) {
        unreadAtPiece.push(figures(index).filter((f) => !claimsRead(f)).length);
        yield i;
      }
    }
    const report = await warmClaims(index, { batch: 1, budgetMs: 0, afterwards: pieces }).done;
    expect(unreadAtPiece).toEqual([0, 0, 0]);
    expect(report.pieces).toBe(3);
    expect(report.stopped).toBe(false);
    // One piece a chunk when the budget is spent at once: a request waits at most one piece.
    expect(report.chunks).toBeGreaterThanOrEqual(figures(index).length + 3);
  });

  it('runs no piece after it is stopped', async () => {
    const index = indexOf(ARTICLES);
    const hand = byHand();
    let ran = 0;
    function* pieces() {
      for (;;) {
        ran++;
        yield ran;
      }
    }
    const warm = warmClaims(index, { batch: 100, budgetMs: 0, schedule: hand.schedule, afterwards: pieces });
    hand.step(); // every figure
    hand.step(); // one piece
    expect(ran).toBe(1);
    warm.stop();
    while (hand.step());
    const report = await warm.done;
    expect(report).toMatchObject({ stopped: true, pieces: 1 });
    expect(ran).toBe(1);
  });

  it('starts `afterwards` anew when the index changes under it', async () => {
    const index = indexOf(ARTICLES);
    const hand = byHand();
    let made = 0;
    const warm = warmClaims(index, {
      batch: 100,
      budgetMs: 0,
      schedule: hand.schedule,
      afterwards: function* () {
        made++;
        yield 1;
        yield 2;
      },
    });
    hand.step(); // every figure
    hand.step(); // the first piece
    index.upsert(article('bank', 'Bank profits\n\nMidbank made a profit of £2.1bn in 2004, up 8%.\n'));
    while (hand.step());
    const report = await warm.done;
    expect(made).toBe(2);
    expect(report.restarts).toBe(1);
    expect(figures(index).filter((f) => !claimsRead(f))).toEqual([]);
  });
});
