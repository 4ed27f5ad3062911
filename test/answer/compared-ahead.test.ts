import { describe, expect, it } from 'vitest';
import { comparedFacts } from '../../src/answer/compared-ahead.js';
import { comparable } from '../../src/claims/compare.js';
import { claimFigures, claimsOfMany } from '../../src/claims/read.js';
import { recentlyTagged, startWinkThread } from '../../src/facts/nlp.js';
import { defaultVocabulary } from '../../src/index/vocabulary.js';
import { indexOf } from '../helpers/index.js';

describe('comparedFacts', () => {
  const story = (n: number) =>
    `Acme Results ${n}\n\nAcme Holdings makes bricks in Leeds.\n\nAcme made a profit of $${n}m in 2004, the firm said.\n\nIts bricks are sold across the north.\n\nAcme Holdings employs ${n},000 people in Leeds, who share in its profit.\n`;
  const vocabulary = defaultVocabulary();
  const profit = vocabulary.concepts.find((c) => c.name === 'profit' && c.kind);

  it('gives the facts comparable gives, chosen ahead or again when the order changed', () => {
    startWinkThread();
    const index = indexOf({ a: story(3), b: story(5), c: story(7) });
    expect(profit).toBeDefined();
    const measured = profit ? [profit] : [];
    const facts = [...index.facts()];
    const expected = (of: typeof facts) =>
      comparable(of, (f) =>
        claimFigures(index, f, vocabulary).filter(
          (c) => c.measure !== undefined && measured.includes(c.measure),
        ),
      );
    const compared = comparedFacts(index, vocabulary, measured);
    compared.ahead(facts);
    const same = compared.of([...facts]);
    expect(same).toEqual(expected(facts));
    expect(same.length).toBe(3);
    expect(same.every((f) => f.text.includes('a profit of'))).toBe(true);
    // Sent ahead, not yet read: their names are read when the claims are, the same claims.
    expect(same.some((f) => index.entitiesRead(f))).toBe(false);
    const claims = claimsOfMany(index, same, vocabulary);
    expect(same.every((f) => recentlyTagged(f.text) !== undefined)).toBe(true);
    const fresh = indexOf({ a: story(3), b: story(5), c: story(7) });
    expect(claims.map((c) => [c.fact.text, c.subject, c.quantity.text])).toEqual(
      claimsOfMany(
        fresh,
        [...fresh.facts()].filter((f) => f.text.includes('a profit of')),
        vocabulary,
      ).map((c) => [c.fact.text, c.subject, c.quantity.text]),
    );
    // Another order than the one chosen ahead: chosen again, in that order.
    const reversed = [...facts].reverse();
    expect(compared.of(reversed)).toEqual(expected(reversed));
    expect(compared.of(reversed)[0]?.articleId).toBe(same.at(-1)?.articleId);
  });

  it('chooses nothing ahead for a question naming no measure', () => {
    const index = indexOf({ a: story(3), b: story(5) });
    const compared = comparedFacts(index, vocabulary, []);
    compared.ahead([...index.facts()]);
    expect(compared.of([...index.facts()])).toEqual([]);
  });
});
