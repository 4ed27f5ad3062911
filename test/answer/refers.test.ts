/** A sentence that names the question's subject by a pronoun or a description (rank-34, issue 21 §4). */
import { describe, expect, it } from 'vitest';
import { type AnswerTrace, answerQuery } from '../../src/answer/answer.js';
import {
  type AskedName,
  namesSlot,
  referencesIn,
  referredNames,
  referredShare,
} from '../../src/answer/refers.js';
import { defaultWeights, type Weights } from '../../src/answer/weights.js';
import { stemsOf } from '../../src/facts/terms.js';
import { indexOf } from '../helpers/index.js';

const asked = (label: string): AskedName => ({ label, phrases: [stemsOf(label)] });

describe('referencesIn', () => {
  it('reads a person by a pronoun, an age, a ranking or a word of nationality standing alone', () => {
    for (const text of [
      'He said the move was right.',
      'The 27-year-old won in three sets.',
      'The British number two lost in the final.',
      'The American, who is seeded third, withdrew.',
      'The top seed needed five sets.',
    ])
      expect(referencesIn(text).has('person'), text).toBe(true);
    // A word of nationality before a noun describes the noun, not a person.
    expect(referencesIn('The American market fell 3% last week.').has('person')).toBe(false);
  });
  it('reads an organisation or thing by "it" or a definite description', () => {
    expect(referencesIn('The firm made a profit of $3m.').has('thing')).toBe(true);
    expect(referencesIn('Its shares fell 10%.').has('thing')).toBe(true);
    expect(referencesIn('Sales fell 10% in March.').size).toBe(0);
    // "the country" or "the market" stands for no name the article is about.
    expect(referencesIn('The market fell 10% in March.').size).toBe(0);
  });
  it('reads nothing inside a quotation: its "he" and "it" are the speaker’s', () => {
    expect(referencesIn('"It explains why he left," a spokesman said.').size).toBe(0);
    expect(referencesIn('"We were unlucky, and he knows it').size).toBe(0);
    expect(referencesIn('"We were unlucky," he said.').has('person')).toBe(true);
  });
});

describe('namesSlot', () => {
  it('holds a slot whose stems are all in the name', () => {
    expect(namesSlot('Pat Quillon', [stemsOf('Quillon')])).toBe(true);
    expect(namesSlot('Pat Quillon', [stemsOf('Jo Quillon')])).toBe(false);
    expect(namesSlot(undefined, [stemsOf('Quillon')])).toBe(false);
  });
});

describe('referredNames', () => {
  const index = indexOf({
    a: 'Varnet title for Quillon\n\nPat Quillon has won the Varnet Open, beating Dex Marrow in the final.\n\nThe 27-year-old took the title in straight sets.\n\nQuillon had lost to Marrow in the first round last year.\n\nMarrow said the crowd had been loud.\n\nHe added that he would play again next year.\n\nThe prize was $50,000.\n',
    b: 'Strong quarter for Zorvex\n\nZorvex has reported its best quarter, helped by demand for its boots.\n\nThe sports giant said sales rose 12%.\n\nThe firm made a profit of $26m.\n\nAnalysts had expected less.\n',
  });
  const facts = (id: string) => index.factsOf(id);
  const none = () => false;

  it('takes a description of a person for the article’s person, not a pronoun after another name opens', () => {
    const [, age, , marrow, added] = facts('a');
    if (!age || !marrow || !added) throw new Error('fixture');
    // "The 27-year-old" follows the lead, whose subject is Quillon.
    expect(referredNames(index, age, [asked('Quillon'), asked('Marrow')], none)).toEqual([true, false]);
    // "He added" follows "Marrow said ...": it is Marrow, not the article's person.
    expect(referredNames(index, added, [asked('Quillon'), asked('Marrow')], none)).toEqual([false, true]);
    // A sentence that opens with a name of its own refers to no other one.
    expect(referredNames(index, marrow, [asked('Quillon')], none)).toEqual([false]);
  });
  it('takes "the firm" for the organisation the article is about, and never a name the sentence writes', () => {
    const [, giant, firm, analysts] = facts('b');
    if (!giant || !firm || !analysts) throw new Error('fixture');
    expect(referredNames(index, firm, [asked('Zorvex')], none)).toEqual([true]);
    // The name written in the sentence is held, not referred to.
    expect(referredNames(index, firm, [asked('Zorvex')], () => true)).toEqual([false]);
    // A sentence with no pronoun nor description refers to nothing.
    expect(referredNames(index, analysts, [asked('Zorvex')], none)).toEqual([false]);
  });
});

describe('referredShare', () => {
  it('is the share of the weights of the referred names’ slots', () => {
    // Slots 0-2 weigh 1, 2, 1; names stand in slots 0 and 2, the second referred.
    expect(referredShare([false, true], [0, 2], [1, 2, 1])).toBeCloseTo(0.25);
    expect(referredShare([true, true], [0, 2], [1, 2, 1])).toBeCloseTo(0.5);
    expect(referredShare([true], [0], [0, 0])).toBe(0);
  });
});

describe('the ranking feature refers', () => {
  const index = indexOf({
    z: 'Strong quarter for Zorvex\n\nZorvex has reported its best quarter, helped by demand for its boots.\n\nZorvex shares rose 4% to $90 as Zorvex traders cheered.\n\nThe firm made a profit of $26m.\n',
  });
  const question = 'how much did Zorvex make?';
  const weights = (refers: number): Weights => {
    const w = defaultWeights();
    return { ...w, show: 0, none: 0, rank: { ...w.rank, refers } };
  };
  it('is traced: the share of the question a sentence names by "the firm", 0 where it writes the name', () => {
    let trace: AnswerTrace | undefined;
    answerQuery(index, question, { weights: weights(0), trace: (t) => (trace = t) });
    const of = (text: RegExp) => trace?.candidates.find((c) => text.test(c.text ?? ''))?.features?.refers;
    expect(of(/The firm made/)).toBeGreaterThan(0);
    expect(of(/Zorvex shares rose/)).toBe(0);
  });
  it('ranks by its weight: weighed, the sentence that names the subject by "the firm" rises', () => {
    const place = (refers: number) =>
      answerQuery(index, question, { weights: weights(refers) }).facts.findIndex((f) =>
        /The firm made/.test(f.text),
      );
    expect(place(5)).toBe(0);
    expect(place(0)).not.toBe(0);
  });
});
