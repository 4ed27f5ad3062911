import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NumberedFact, statesKind } from '../../src/facts/numbered.js';
import {
  mayStateKind,
  parseQuantities,
  type QuantityKind,
  surelyStatesKind,
} from '../../src/facts/quantities.js';
import type { Fact } from '../../src/facts/types.js';

const KINDS: QuantityKind[] = ['money', 'percent', 'year', 'count'];

/** Sentences that state each kind in each way the parser reads it, and some that state none. */
const WRITTEN = [
  'The firm paid $5bn for it.',
  'It cost US$ 3.2 million.',
  'Shares were sold at 300p each.',
  'The club spent 40 million pounds.',
  'He was fined 500 euros.',
  'The loan was five million dollars.',
  'It raised £1.5bn (€2.1bn) a year.',
  'The yen fell 2.5% against the dollar.',
  'Sales rose five per cent in March.',
  'Profits were up 12 percent.',
  'The rate rose 0.25 percentage points.',
  'About a third of voters agreed.',
  'Two-thirds of the staff left.',
  'Nearly half those surveyed agreed.',
  'One in four adults smokes.',
  '9 out of 10 cats prefer it.',
  'Growth of 3-4% is expected.',
  'It was founded in 1998.',
  'Output will peak by mid-2005.',
  'Twelve firms bid for the contract.',
  'He ran 2:17:18 in Boston.',
  'The firm shed 300 jobs.',
  'The minister said nothing new.',
  'Per capita spending is low.',
  'Paper sales dropped sharply.',
  // A nationality's dollars and cents (claims-33): money with no sign and no word WORD_MONEY reads.
  'The shares rose 65 Canadian cents.',
  'It paid Australian dollars 648m for the stake.',
];

/** The seeds' lines, and each line cut at its full stops: real sentences of every kind. */
function seedSentences(): string[] {
  const dir = join(import.meta.dirname, '../../seeds');
  return readdirSync(dir).flatMap((file) =>
    readFileSync(join(dir, file), 'utf8')
      .split('\n')
      .flatMap((line) => [line, ...line.split(/(?<=\.)\s+/)])
      .filter((s) => s.trim().length > 0),
  );
}

describe('mayStateKind', () => {
  it('is true for every kind parseQuantities reads in a sentence', () => {
    const sentences = [...WRITTEN, ...seedSentences()];
    let found = 0;
    for (const text of sentences)
      for (const q of parseQuantities(text)) {
        found++;
        expect(mayStateKind(text, q.kind), `${q.kind} in ${text}`).toBe(true);
      }
    expect(found).toBeGreaterThan(50);
  });

  it('is false where a sentence holds no mark of the kind, so that it is not parsed', () => {
    expect(mayStateKind('The minister said nothing new.', 'money')).toBe(false);
    expect(mayStateKind('The firm shed 300 jobs in 2004.', 'money')).toBe(false);
    expect(mayStateKind('The firm shed 300 jobs in 2004.', 'percent')).toBe(false);
    expect(mayStateKind('The firm shed 300 jobs.', 'year')).toBe(false);
    // A count has too many ways to be written: always tried.
    expect(mayStateKind('The minister said nothing new.', 'count')).toBe(true);
  });
});

describe('surelyStatesKind', () => {
  /** Texts of money and percentages mixed every way: where a money match could take a percentage's place. */
  function mixed(): string[] {
    const bits = [
      '$5',
      '5%',
      '£3bn',
      ' 40 pounds',
      ' per cent',
      ' 3.5',
      ' percent',
      '$5%',
      ' 5 p',
      '10%-12%',
    ];
    const more = ['€', '1,000', ' ', 'US$ 2', ' 20 cents', '7', ' half', ' one in four', ' 2004', ' million'];
    const all = [...bits, ...more];
    const out: string[] = [];
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let i = 0; i < 5000; i++) {
      let text = '';
      for (let n = 1 + Math.floor(next() * 6); n > 0; n--) text += all[Math.floor(next() * all.length)];
      out.push(text);
    }
    return out;
  }

  it('is true only where parseQuantities reads the kind', () => {
    let sure = 0;
    for (const text of [...WRITTEN, ...seedSentences(), ...mixed()])
      for (const kind of KINDS)
        if (surelyStatesKind(text, kind)) {
          sure++;
          expect(
            parseQuantities(text).some((q) => q.kind === kind),
            `${kind} in ${text}`,
          ).toBe(true);
        }
    expect(sure).toBeGreaterThan(500);
  });

  it('tells money and a percentage its first patterns read, and no other kind', () => {
    expect(surelyStatesKind('The firm paid $5bn for it.', 'money')).toBe(true);
    expect(surelyStatesKind('The club spent 40 million pounds.', 'money')).toBe(true);
    expect(surelyStatesKind('Sales rose five per cent in March.', 'percent')).toBe(false);
    expect(surelyStatesKind('Profits were up 12 percent.', 'percent')).toBe(true);
    // Where money may be read first, a percentage is left to the parse.
    expect(surelyStatesKind('Profits were up 12% at $3bn.', 'percent')).toBe(false);
    expect(surelyStatesKind('It was founded in 1998.', 'year')).toBe(false);
    expect(surelyStatesKind('The firm shed 300 jobs.', 'count')).toBe(false);
  });
});

describe('NumberedFact.states and statesKind', () => {
  it('answer as quantities.some does, before and after the quantities are parsed', () => {
    for (const text of WRITTEN)
      for (const kind of KINDS) {
        const expected = parseQuantities(text).some((q) => q.kind === kind);
        const fresh = new NumberedFact('a', 0, 'text', text, []);
        expect(fresh.states(kind), `${kind} in ${text}`).toBe(expected);
        expect(statesKind(new NumberedFact('a', 0, 'text', text, []), kind), text).toBe(expected);
        const parsed = new NumberedFact('a', 0, 'text', text, []);
        void parsed.quantities;
        expect(parsed.states(kind)).toBe(expected);
      }
  });

  it('reads a fact of another make by its quantities', () => {
    const plain: Fact = {
      id: 'b#0',
      articleId: 'b',
      position: 0,
      kind: 'text',
      text: 'Nothing here.',
      terms: [],
      quantities: parseQuantities('It cost $5m.'),
    };
    expect(statesKind(plain, 'money')).toBe(true);
    expect(statesKind(plain, 'percent')).toBe(false);
  });
});
