import { describe, expect, it } from 'vitest';
import { answerQuery } from '../../src/answer/answer.js';
import { indexOf } from '../helpers/index.js';

/**
 * A headline typed whole: its words stand in the article's headline, not all in one sentence. The
 * headline is the context of each of its article's sentences (AnswerOptions.headlineCovers).
 */
describe('a query only a headline covers', () => {
  const index = indexOf({
    'b/1':
      'Payroll scandal in Zedland\n\nZedland reports that fraud costs its treasury 2m crowns monthly.\n\nSome 300 clerks stand accused of paying ghost staff.\n',
    'b/2': 'Bank scandal widens\n\nA second bank admitted a scandal over fees on Monday.\n',
    'b/3': 'Payroll software sales rise\n\nPayroll software makers sold more licences this year.\n',
  });
  const ids = (q: string, headlineCovers?: boolean) =>
    answerQuery(index, q, headlineCovers === undefined ? {} : { headlineCovers }).facts.flatMap((f) =>
      f.citations.map((c) => c.id),
    );

  it('answers from the article whose headline holds the words no sentence holds together', () => {
    expect(ids('Payroll scandal in Zedland')[0]).toBe('b/1');
  });

  it('is silent as before with the option off', () => {
    expect(ids('Payroll scandal in Zedland', false)).toEqual([]);
  });

  it('still says nothing for a word neither a sentence nor a headline holds', () => {
    expect(ids('Payroll scandal in Quorland')).toEqual([]);
  });
});
