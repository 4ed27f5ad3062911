import { describe, expect, it } from 'vitest';
import { kindsOfMeasures, measuredWhereAsked } from '../../src/answer/measured-asked.js';
import { answerSpans, type QuestionWords } from '../../src/answer/spans.js';
import { NumberedFact, statesKind } from '../../src/facts/numbered.js';
import { parseQuantities, type QuantityKind } from '../../src/facts/quantities.js';
import { stemNumbersOf } from '../../src/facts/stem-numbers.js';
import { stemsOf } from '../../src/facts/terms.js';
import { attribute } from '../../src/index/measures.js';
import { defaultVocabulary, type Vocabulary } from '../../src/index/vocabulary.js';

const TEXTS = [
  'The firm paid $5bn for the stake, valuing it at £9bn.',
  'Sales rose 5% to 3.2 million units, while profits fell 12 percent.',
  'The club shed 300 jobs in 2004 and its revenue was 40 million pounds.',
  'About a third of voters backed the 1998 deal.',
  'Twelve firms bid for the contract, worth 500 euros a share.',
  'The minister said nothing new about the takeover.',
  'Its market share grew to 20% as 4,000 staff joined.',
];

let position = 0;
const factOf = (text: string) => new NumberedFact('t/1', position++, 'text', text, stemNumbersOf(text));

describe('measuredWhereAsked', () => {
  const vocabulary = defaultVocabulary();
  const measured = vocabulary.concepts.filter((c) => c.kind);

  it('names an asked measure exactly where attribute does, for every measure asked', () => {
    expect(measured.length).toBeGreaterThan(5);
    let named = 0;
    for (const text of TEXTS)
      for (const concept of measured) {
        const asked = new Set([concept.name]);
        const fact = factOf(text);
        const got = measuredWhereAsked(fact, kindsOfMeasures(vocabulary, asked), () =>
          attribute(fact, vocabulary),
        );
        const all = attribute(factOf(text), vocabulary).map(([, c]) => c.name);
        expect(
          got.some((n) => asked.has(n)),
          `${concept.name}: ${text}`,
        ).toBe(all.some((n) => asked.has(n)));
        if (got.some((n) => asked.has(n))) named++;
      }
    // The sentences name some of the measures: the comparison is not only of empty lists.
    expect(named).toBeGreaterThan(3);
  });

  it('reads no measures of a fact that states no quantity of the kinds asked', () => {
    const fact = factOf('The minister said nothing new about the takeover.');
    let read = 0;
    const names = measuredWhereAsked(fact, ['money', 'percent'], () => {
      read++;
      return attribute(fact, vocabulary);
    });
    expect(names).toEqual([]);
    expect(read).toBe(0);
  });

  it("gives the names of the fact's measures where it states a kind asked", () => {
    const fact = factOf('The firm paid $5bn for the stake.');
    const names = measuredWhereAsked(fact, ['money'], () => attribute(fact, vocabulary));
    expect(names).toEqual(attribute(fact, vocabulary).map(([, c]) => c.name));
    expect(measuredWhereAsked(fact, ['percent'], () => attribute(fact, vocabulary))).toEqual([]);
  });
});

describe('kindsOfMeasures', () => {
  it('gives the kind of every concept of an asked name, and none of a concept without a kind', () => {
    const vocabulary = {
      concepts: [
        { name: 'price', kind: 'money', phrases: [['price']] },
        { name: 'price', kind: 'percent', phrases: [['price', 'rise']] },
        { name: 'staff', kind: 'count', phrases: [['staff']] },
        { name: 'deal', phrases: [['deal']] },
      ],
    } as unknown as Vocabulary;
    expect(kindsOfMeasures(vocabulary, new Set(['price'])).sort()).toEqual(['money', 'percent']);
    expect(kindsOfMeasures(vocabulary, new Set(['deal', 'staff']))).toEqual(['count']);
    expect(kindsOfMeasures(vocabulary, new Set())).toEqual([]);
  });
});

describe('figure spans with the kinds a fact states told ahead', () => {
  const question = (q: string): QuestionWords => ({ stems: new Set(stemsOf(q)), numbers: new Set() });
  const FIGURES = ['money', 'count', 'percent', 'amount'] as const;

  it('gives the same spans as reading every quantity', () => {
    for (const text of TEXTS)
      for (const wants of FIGURES) {
        const fact = factOf(text);
        const told = answerSpans(
          {
            text,
            get quantities() {
              return fact.quantities;
            },
            states: (kind: QuantityKind) => statesKind(fact, kind),
            names: () => [],
          },
          wants,
          question('how much'),
        );
        const read = answerSpans(
          { text, quantities: parseQuantities(text), names: () => [] },
          wants,
          question('how much'),
        );
        expect(told, `${wants}: ${text}`).toEqual(read);
      }
  });

  it('reads no quantity of a fact that states none of the kinds asked', () => {
    const source = {
      text: 'It rose 5% in 2004.',
      get quantities(): never {
        throw new Error('read');
      },
      states: (kind: QuantityKind) => kind === 'percent' || kind === 'year',
      names: () => [],
    };
    expect(answerSpans(source, 'money', question('how much'))).toEqual([]);
    expect(() => answerSpans(source, 'percent', question('how much'))).toThrow('read');
  });
});
