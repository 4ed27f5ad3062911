import { describe, expect, it } from 'vitest';
import { scoreFact } from '../../src/answer/answer.js';
import type { Slot } from '../../src/answer/query.js';
import { NumberedFact } from '../../src/facts/numbered.js';
import type { Fact } from '../../src/facts/types.js';

/** A fact of this text whose quantities are parsed from it when asked, counting how often they are. */
function counted(text: string, position = 3): { fact: Fact; parses: () => number } {
  const numbered = new NumberedFact('a/1', position, 'text', text, []);
  let parses = 0;
  const fact = {
    id: numbered.id,
    articleId: numbered.articleId,
    position,
    kind: 'text' as const,
    text,
    terms: [],
    get quantities() {
      parses++;
      return numbered.quantities;
    },
  };
  return { fact, parses: () => parses };
}

const topic: Slot = { label: 'ceremony', phrases: [['ceremoni']], key: true };
const profit: Slot = {
  label: 'profit',
  phrases: [['profit']],
  concept: { name: 'profit', kind: 'money', phrases: [['profit']] },
  key: true,
};

describe('scoreFact (speed-32: quantities read only where a boost can apply)', () => {
  it('with no boost, scores the slots alone and never reads the quantities', () => {
    const { fact, parses } = counted('Acme made a profit of £3m, up 5%, in 2004.');
    expect(scoreFact(fact, [1.5, 0.5], [topic, profit], 0)).toBe(2);
    expect(scoreFact(fact, [1.5], [topic], 0)).toBe(1.5);
    expect(parses()).toBe(0);
  });

  it('with a boost, a figure of the kind asked raises the score, another kind does not', () => {
    const money = counted('Acme made a profit of £3m in 2004.');
    const share = counted('Acme made a profit, up 5% on the year.');
    expect(scoreFact(money.fact, [1], [profit], 0.4)).toBeCloseTo(1.2);
    expect(scoreFact(share.fact, [1], [profit], 0.4)).toBe(1);
  });

  it('with a boost and no measure asked, any figure raises the score and none does not', () => {
    expect(scoreFact(counted('Three hosts presented it.').fact, [1], [topic], 0.4)).toBeCloseTo(1.1);
    expect(scoreFact(counted('The hosts presented it.').fact, [1], [topic], 0.4)).toBe(1);
  });
});
