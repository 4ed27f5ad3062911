import { describe, expect, it } from 'vitest';
import { parseQuantities } from '../../src/facts/quantities.js';
import { attribute, compareMentions, holderOf, mentionsIn } from '../../src/index/measures.js';
import { buildVocabulary, defaultVocabulary } from '../../src/index/vocabulary.js';
import { indexOf } from '../helpers/index.js';

const vocabulary = defaultVocabulary();

describe('attribute', () => {
  it('gives each figure to the nearest measure word of its kind', () => {
    const [fact] = indexOf({
      a: 'Deal\n\nThe investment values the startup at around $28 billion, and the firm will invest $15 billion for a 49% stake.\n',
    }).facts();
    if (!fact) throw new Error('no fact');
    expect(attribute(fact, vocabulary).map(([q, c]) => [q.text, c.name])).toEqual([
      ['around $28 billion', 'valuation'],
      ['$15 billion', 'investment'],
      ['49%', 'stake'],
    ]);
  });

  it('reads an indexed fact once a vocabulary, and a fact of another vocabulary or made afresh anew', () => {
    const [fact] = indexOf({ a: 'Deal\n\nThe firm will invest $15 billion for a 49% stake.\n' }).facts();
    if (!fact) throw new Error('no fact');
    const first = attribute(fact, vocabulary);
    expect(attribute(fact, vocabulary)).toBe(first);
    const other = buildVocabulary({
      ignore: [],
      unindexed: [],
      concepts: [{ name: 'holding', kind: 'percent', words: ['stake'] }],
    });
    expect(attribute(fact, other).map(([q, c]) => [q.text, c.name])).toEqual([['49%', 'holding']]);
    expect(attribute(fact, vocabulary)).toBe(first);
    // A fact that is no indexed one (its text may be another's next time) is read each time.
    const plain = { ...fact, quantities: parseQuantities(fact.text) };
    const read = attribute(plain, vocabulary);
    expect(read).toEqual(first);
    expect(attribute(plain, vocabulary)).not.toBe(read);
  });
});

describe('attribute: phrases tried by their first stem', () => {
  const fact = (text: string) => {
    const [found] = indexOf({ a: `Title\n\n${text}\n` }).facts();
    if (!found) throw new Error('no fact');
    return found;
  };
  const measured = (words: Record<string, string[]>) =>
    buildVocabulary({
      ignore: [],
      unindexed: [],
      concepts: Object.entries(words).map(([name, w]) => ({ name, kind: 'percent', words: w })),
    });

  it("breaks a tie of distance by the vocabulary's order, not the sentence's", () => {
    // "profit" 12 characters before the figure, "margin" 8 after (x 1.5): the same distance.
    const f = fact('Its profit rose 5% of the margin.');
    const names = (v: ReturnType<typeof measured>) => attribute(f, v).map(([, c]) => c.name);
    expect(names(measured({ margin: ['margin'], profit: ['profit'] }))).toEqual(['margin']);
    expect(names(measured({ profit: ['profit'], margin: ['margin'] }))).toEqual(['profit']);
  });

  it('places a phrase only where the fact holds all its stems, at its first word', () => {
    const v = measured({ gross: ['gross margin'], net: ['net profit'] });
    expect(attribute(fact('The gross margin was 5% and profit grew.'), v).map(([, c]) => c.name)).toEqual([
      'gross',
    ]);
    expect(attribute(fact('The margin was 5%, a net gain.'), v)).toEqual([]);
  });
});

describe('holderOf', () => {
  const holder = (text: string, entities: string[]) => {
    const [q] = parseQuantities(text);
    if (!q) throw new Error('no quantity');
    return holderOf(text, entities, q);
  };
  it('takes the nearest name before the figure, with the names joined to it', () => {
    expect(
      holder('Pat Devlin and Sean Rourke, who own a 31% stake in Northtown United', [
        'Pat Devlin',
        'Sean Rourke',
        'Northtown United',
      ]),
    ).toEqual(['Pat Devlin', 'Sean Rourke']);
    expect(
      holder('Malcolm Glazer said John Magnier, who owns 28.9%, objected', [
        'Malcolm Glazer',
        'John Magnier',
      ]),
    ).toEqual(['John Magnier']);
    expect(holder('They own 29% of United', ['United'])).toEqual([]);
  });
});

describe('compareMentions', () => {
  const reports = (articles: Record<string, string>) => {
    const index = indexOf(articles);
    return compareMentions(mentionsIn(index.facts(), vocabulary, (f) => index.entitiesOf(f)));
  };

  it('finds two articles giving one holder different stakes', () => {
    const [report] = reports({
      a: 'One\n\nAcme Holdings owns a 29% stake in the club.\n',
      b: 'Two\n\nAcme Holdings has a stake of 25% in the club.\n',
    });
    expect(report).toMatchObject({ measure: 'stake', agree: false });
    expect(report?.values.map((v) => v.text).sort()).toEqual(['25%', '29%']);
  });

  it('does not set one holder against another', () => {
    const all = reports({
      a: 'One\n\nAcme Holdings owns a 29% stake in the club.\n',
      b: 'Two\n\nBrightside Capital holds a stake of 25% in the club.\n',
    });
    expect(all.every((r) => r.agree)).toBe(true);
  });

  it('merges equal values across articles and does not compare a figure whose holder is a pronoun', () => {
    const all = reports({
      a: 'One\n\nAcme Holdings owns a 29% stake in the club.\n',
      b: 'Two\n\nAcme Holdings has a 29% stake in the club.\n',
      c: 'Three\n\nThey own a 12% stake in the club, the paper said.\n',
    });
    const acme = all.find((r) => r.values.some((v) => v.text === '29%'));
    expect(acme?.values).toHaveLength(1);
    expect(acme?.values[0]?.articleIds.sort()).toEqual(['a', 'b']);
    expect(all.every((r) => r.agree)).toBe(true);
  });

  it('reads a sentence with two values of a measure as a change, not a disagreement', () => {
    const all = reports({
      a: 'One\n\nAcme Holdings may raise its offer to £1.5bn from £1.3bn.\n',
      b: 'Two\n\nAcme Holdings made an offer of £1.3bn for the club.\n',
    });
    expect(all.every((r) => r.agree)).toBe(true);
  });
});
