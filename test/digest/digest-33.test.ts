/**
 * Issue 20 §4 (digest-33): what a new article changes and adds. The level a price move reached is
 * changed by the level a later move reached; an amount an earlier article gave is no addition,
 * however the reader took its owner; a new article's lead telling of another act than the earlier
 * lead in the same words is its news; a quotation's cut-off end stands in no digest; a range opened
 * by "between" keeps the word; a place written only as its adjective is titled by its name.
 */
import { describe, expect, it } from 'vitest';
import { buildDigest, quoteTail, reachedLevel } from '../../src/digest/build.js';
import { parseQuantities } from '../../src/facts/quantities.js';
import { indexOf } from '../helpers/index.js';

const at = { now: new Date('2026-12-07T08:00:00Z') };

describe('the level a price move reached', () => {
  const a = `Kelvane crude slides\n\nKelvane crude futures fell $2.10 to $51.20 a barrel in Rotterdam trading as traders shrugged off the storm. Dealers expect stocks to keep rising through the month. The exchange said volumes were thin before the holiday.\n`;
  const b = `Kelvane crude steadies\n\nWith the weather still mild, a barrel of Kelvane crude closed down $1.05 to $50.15 in Rotterdam trading. Dealers said buyers were waiting for the stock figures. The exchange will close early on the holiday.\n`;

  it('reads the sum past a change and "to" as a level, not the change nor a lone sum', () => {
    const text = 'Kelvane crude futures fell $2.10 to $51.20 a barrel in Rotterdam trading.';
    const quantities = parseQuantities(text);
    const mention = (value: number) => {
      const quantity = quantities.find((q) => q.value === value);
      if (!quantity) throw new Error(`no ${value}`);
      return { subjectKey: 'kelvane crude', quantity, fact: { text, quantities } } as unknown as Parameters<
        typeof reachedLevel
      >[0];
    };
    expect(reachedLevel(mention(51.2))).toBe(true);
    expect(reachedLevel(mention(2.1))).toBe(false);
    const lone = 'Kelvane crude futures sold for $51.20 a barrel in Rotterdam trading.';
    const loneQuantities = parseQuantities(lone);
    const sum = loneQuantities.find((q) => q.value === 51.2);
    expect(
      reachedLevel({
        subjectKey: 'kelvane crude',
        quantity: sum,
        fact: { text: lone, quantities: loneQuantities },
      } as unknown as Parameters<typeof reachedLevel>[0]),
    ).toBe(false);
  });

  it('says the new level against the level an earlier article gave', () => {
    const d = buildDigest(indexOf({ a, b }), { ...at, previousArticleIds: ['a'] });
    const change = d.changes.find((c) => c.now.figure === '$50.15');
    expect(change?.before.figure).toBe('$51.20');
  });

  it('says no change between levels of two things', () => {
    const other = b.replace('a barrel of Kelvane crude', 'a tonne of Orvo copper');
    const d = buildDigest(indexOf({ a, b: other }), { ...at, previousArticleIds: ['a'] });
    expect(d.changes.find((c) => c.now.figure === '$50.15')).toBeUndefined();
  });
});

describe('an amount an earlier article gave is no addition', () => {
  const a = `Zedbox due in March\n\nBuyers in Ostrava can get the Zedbox handheld from 12 March, with no word yet of a launch elsewhere. The handheld will go on sale for $199 (£110) and early buyers get a racing game free. Halvero has sold more than 500,000 units at home.\n`;
  const b = `Zedbox goes on sale\n\nThe Zedbox handheld goes on sale in Ostrava on Friday. Crowds have been lining up outside stores across Ostrava to get hold of the device, which costs $199 (about £110). Halvero hopes to sell two million units by the summer.\n`;

  it('lists no figure the earlier article gave, whoever the reader took to own it', () => {
    const d = buildDigest(indexOf({ a, b }), { ...at, previousArticleIds: ['a'] });
    const adds = d.newArticles[0]?.adds ?? [];
    expect(adds.some((x) => x.figure === '$199')).toBe(false);
  });

  it('still lists a new amount', () => {
    const d = buildDigest(indexOf({ a, b: b.replace('$199 (about £110)', '$249 (about £140)') }), {
      ...at,
      previousArticleIds: ['a'],
    });
    const adds = d.newArticles[0]?.adds ?? [];
    expect(adds.some((x) => x.figure === '$249')).toBe(true);
  });
});

describe("a new article's lead", () => {
  const a = `Quell hit by ban\n\nThe Ostravan cycling board has banned rider Mara Quell from racing for the rest of the season. She skipped a team camp in the hills last month. Her agent said she had a race abroad.\n`;
  const b = `Ban on Quell lifted\n\nThe Ostravan cycling board has lifted its ban on rider Mara Quell after she said sorry in writing. Coaches will now decide whether she joins the squad for the championships. Quell said she was ready to ride for her country.\n`;

  it('is news where it tells of another act in the same words', () => {
    const d = buildDigest(indexOf({ a, b }), { ...at, previousArticleIds: ['a'] });
    const adds = d.newArticles[0]?.adds ?? [];
    expect(adds.some((x) => x.text.startsWith('The Ostravan cycling board has lifted'))).toBe(true);
  });

  it('is no news where it tells of the same act', () => {
    const again = b.replace(
      'has lifted its ban on rider Mara Quell after she said sorry in writing',
      'is set to ban rider Mara Quell from racing for the rest of the season',
    );
    const d = buildDigest(indexOf({ a, b: again }), { ...at, previousArticleIds: ['a'] });
    const adds = d.newArticles[0]?.adds ?? [];
    expect(adds.some((x) => x.text.startsWith('The Ostravan cycling board'))).toBe(false);
  });
});

describe("a quotation's cut-off end", () => {
  it('is told from a sentence holding its own quotation', () => {
    expect(quoteTail('Quell has said sorry in writing," said Ivo Marr of the board.')).toBe(true);
    expect(quoteTail('"Quell has said sorry in writing," said Ivo Marr of the board.')).toBe(false);
    expect(quoteTail('The chief said "we accept it" and closed the case.')).toBe(false);
    expect(quoteTail('The chief closed the case on Friday.')).toBe(false);
  });
});

describe('a place written only as its adjective', () => {
  const a = `Spanish jobless total climbs\n\nUnemployment in Spain rose for a fifth month in March, the labour ministry in Madrid said. The Spanish jobless rate reached 11.2% in March, its highest in six years. Builders laid off workers in the cold weather.\n`;

  it('titles the group by the place', () => {
    const d = buildDigest(indexOf({ a }), at);
    const group = d.figures.find((g) => g.moments.some((m) => m.lines.some((l) => l.figure === '11.2%')));
    expect(group?.subject).toBe('Spain');
  });
});
