/**
 * Issue 20, check-26: a draft sentence paraphrasing a coverage sentence with one figure changed
 * (`changedInParaphrase`): the sentence that states the draft sentence's other figure gives the
 * changed one's coverage value beside it. Made-up sentences; every value is read from their words.
 */
import { describe, expect, it } from 'vitest';
import { changedInParaphrase } from '../../src/check/check.js';
import { parseQuantities, type Quantity } from '../../src/facts/quantities.js';
import type { Fact } from '../../src/facts/types.js';
import { defaultVocabulary } from '../../src/index/vocabulary.js';
import { indexOf } from '../helpers/index.js';

const vocabulary = defaultVocabulary();
/** Every word equally rare: the alignment is the share of the draft's words the other holds. */
const rarity = () => 1;

/** The sentence of an article that holds `words`. */
function factWith(text: string, words: string): Fact {
  const index = indexOf({ a: `A headline\n\n${text}\n` });
  const fact = index.factsOf('a').find((f) => f.text.includes(words));
  if (!fact) throw new Error(`no sentence with ${words}`);
  return fact;
}

function figure(text: string, written: string): { text: string; quantity: Quantity } {
  const quantity = parseQuantities(text).find((q) => q.text.includes(written));
  if (!quantity) throw new Error(`no figure ${written} in ${text}`);
  return { text, quantity };
}

const draftValues = (text: string) => parseQuantities(text);

describe('changedInParaphrase', () => {
  const boxes = factWith(
    'Zedbox recorders are sold as two types - a 40GB version for £129 and a 250GB version for £449.',
    '£449',
  );
  const draft = 'Zedbox comes as a 40GB model for £129 or a larger version for £379.';

  it('gives the one value beside the stated figure that rules the changed one out', () => {
    const found = changedInParaphrase(figure(draft, '£379'), [boxes], draftValues(draft), vocabulary, rarity);
    expect(found.map((v) => v.quantity.text)).toEqual(['£449']);
    expect(found[0]?.fact).toBe(boxes);
  });

  it('never gives a value the draft states itself (it is that figure’s)', () => {
    const same = 'Zedbox comes as a 40GB model for £129 or a larger version for £449.';
    expect(changedInParaphrase(figure(same, '£449'), [boxes], draftValues(same), vocabulary, rarity)).toEqual(
      [],
    );
    // The first figure changed is ruled out by the coverage's £129, unless the draft states £129 itself.
    const cheap = 'Zedbox comes as a 40GB model for £150 or a larger version for £449.';
    const values = (text: string) =>
      changedInParaphrase(figure(cheap, '£150'), [boxes], draftValues(text), vocabulary, rarity).map(
        (v) => v.quantity.text,
      );
    expect(values(cheap)).toEqual(['£129']);
    expect(values(`${cheap} Rivals charge £129.`)).not.toContain('£129');
  });

  it('is silent where the sentence gives two candidate values', () => {
    const three = factWith(
      'Zedbox recorders are sold as three types - a 40GB version for £129, a 120GB version for £329 and a 250GB version for £449.',
      '£449',
    );
    expect(
      changedInParaphrase(figure(draft, '£379'), [three], draftValues(draft), vocabulary, rarity),
    ).toEqual([]);
  });

  it('is silent for a value in another unit, more than tenfold away or in words that do not align', () => {
    const share = factWith('Zedbox recorders are sold as two types, and 20% of buyers pay £129.', '20%');
    expect(
      changedInParaphrase(figure(draft, '£379'), [share], draftValues(draft), vocabulary, rarity),
    ).toEqual([]);
    const far = factWith(
      'A 40GB Zedbox box costs £129, and the firm spent £50,000 on its launch.',
      '£50,000',
    );
    expect(changedInParaphrase(figure(draft, '£379'), [far], draftValues(draft), vocabulary, rarity)).toEqual(
      [],
    );
    const other = factWith(
      'A 40GB Zedbox box costs £129; separately, rival Boltco paid £250 in fines.',
      '£250',
    );
    const found = changedInParaphrase(figure(draft, '£379'), [other], draftValues(draft), vocabulary, rarity);
    expect(found).toEqual([]);
  });

  it('a draft value of another kind (a date read as its month) states no count', () => {
    const series = factWith('Zedland ends its 10-match tour against Boltonia on 12 October.', '10-match');
    const text = 'Zedland ends a 12-match tour against Boltonia on 12 October.';
    const counts = draftValues(text).filter((q) => q.kind === 'count');
    // The orders read "12 October" as a date whose value is its month (10): no count of 10.
    const month = {
      ...(counts[0] as Quantity),
      kind: 'year',
      value: 10,
      step: 1,
      text: '12 October',
    } as Quantity;
    const found = changedInParaphrase(
      figure(text, '12-match'),
      [series],
      [...counts, month],
      vocabulary,
      rarity,
    );
    expect(found.map((v) => v.quantity.text)).toEqual(['10-match']);
    // A count of 10 the draft states is that figure's.
    const ten = { ...month, kind: 'count' } as Quantity;
    expect(
      changedInParaphrase(figure(text, '12-match'), [series], [...counts, ten], vocabulary, rarity),
    ).toEqual([]);
  });

  it('a stricter bar leaves out a value whose words align less', () => {
    const text = 'Zedland ends a 12-match tour against Boltonia on 12 October.';
    const loose = factWith('Rugby fans saw a 10-match tour in Rome.', '10-match');
    const at = (bar: number) =>
      changedInParaphrase(figure(text, '12-match'), [loose], draftValues(text), vocabulary, rarity, bar)
        .length;
    expect(at(0.1)).toBe(1);
    expect(at(0.9)).toBe(0);
  });

  it('takes a value writing the figure’s digits in another order at the least alignment (check-30)', () => {
    const text = 'The metal slid to $431.50 an ounce on Monday.';
    // Few of the draft's words: below the story's bar for any other value.
    const gold = factWith('Across Zedland, gold dropped to $413.50 an ounce before a rebound.', '$413.50');
    const at = (sentence: Fact, bar: number) =>
      changedInParaphrase(
        figure(text, '$431.50'),
        [sentence],
        draftValues(text),
        vocabulary,
        rarity,
        bar,
      ).map((v) => v.quantity.text);
    expect(at(gold, 0.4)).toEqual(['$413.50']);
    // The same words with a value of other digits: not the figure changed at that bar.
    const other = factWith('Across Zedland, gold dropped to $418.50 an ounce before a rebound.', '$418.50');
    expect(at(other, 0.4)).toEqual([]);
    // Two digits are enough ("$56m" for "$65m"); no word of the draft's at all is not.
    const film = 'The sequel took $65m on its first weekend.';
    const took = factWith('Zedfilm reached $56m in its first week, the studio said.', '$56m');
    expect(
      changedInParaphrase(figure(film, '$65m'), [took], draftValues(film), vocabulary, rarity, 0.4).map(
        (v) => v.quantity.text,
      ),
    ).toEqual(['$56m']);
    const unrelated = factWith('Zedco paid $56m to Boltco.', '$56m');
    expect(
      changedInParaphrase(figure(film, '$65m'), [unrelated], draftValues(film), vocabulary, rarity, 0.4),
    ).toEqual([]);
  });

  it('prefers the value with the figure’s digits reordered over another that also rules it out', () => {
    const text = 'Its 2,370 staff work at the plant.';
    const both = factWith('The plant has 2,730 staff, and 2,100 staff work at the other plant.', '2,730');
    expect(
      changedInParaphrase(figure(text, '2,370'), [both], draftValues(text), vocabulary, rarity, 0.1).map(
        (v) => v.quantity.text,
      ),
    ).toEqual(['2,730 staff']);
  });
});
