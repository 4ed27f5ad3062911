import { describe, expect, it } from 'vitest';
import { type AnswerTrace, answerQuery } from '../../src/answer/answer.js';
import { rareNameCase } from '../../src/answer/casing.js';
import { wordsAsked } from '../../src/answer/question.js';
import { indexOf } from '../helpers/index.js';

describe('wordsAsked (answers-32, issue 21 §3)', () => {
  it('reads "X on Y" as X asked about Y', () => {
    expect(wordsAsked('ann grey on the harbour deal')).toEqual({
      subject: 'ann grey',
      name: 'ann grey',
      about: 'the harbour deal',
    });
  });

  it("reads X's line, definition or reaction as X's words", () => {
    expect(wordsAsked("zedco's line on the pay dispute")).toEqual({
      subject: 'zedco',
      name: 'zedco',
      about: 'the pay dispute',
    });
    expect(wordsAsked('Tom Ward reaction to the verdict')?.about).toBe('the verdict');
  });

  it('reads the name after a role ("Zedco boss Ann Grey")', () => {
    expect(wordsAsked('zedco boss ann grey on the merger')?.name).toBe('ann grey');
  });

  it('reads no words in a question word, an idiom of "on" or a people', () => {
    expect(wordsAsked('what did Ann Grey say on the deal')).toBeUndefined();
    expect(wordsAsked('Rovers on course for the title')).toBeUndefined();
    expect(wordsAsked('Zedco TV on demand investment')).toBeUndefined();
    expect(wordsAsked('Europeans on broadband')).toBeUndefined();
  });
});

describe('an untyped "X on Y" asks X\'s words when the coverage writes X as a name', () => {
  const index = indexOf({
    a: `Harbour deal signed\n\nThe harbour deal was signed on Monday after months of talks.\n"It is the best deal the town has had in years," said Ann Grey, who chairs the harbour board.\nAnn Grey has chaired the board since 2001, and Ann Grey will stay on.\nA ban on fishing in the harbour comes into force next year.\n`,
  });
  const wants = (query: string, options = {}) => {
    let trace: AnswerTrace | undefined;
    const a = answerQuery(index, query, {
      ...options,
      trace: (t) => {
        trace = t;
      },
    });
    return { wants: trace?.wants, answer: a.answer?.text };
  };

  it("gives Ann Grey's words", () => {
    const got = wants('ann grey on the harbour deal');
    expect(got.wants).toBe('statement');
    expect(got.answer).toBe('It is the best deal the town has had in years');
  });

  it('reads nothing with the option off, nor where the words before "on" are no name', () => {
    expect(wants('ann grey on the harbour deal', { wordsOnTopic: false }).wants).not.toBe('statement');
    expect(wants('ban on fishing in the harbour').wants).not.toBe('statement');
  });
});

describe('a name the coverage writes too rarely to case (answers-33)', () => {
  const index = indexOf({
    a: `Awards night\n\nFootball chief Sepp Zorblat hopes Tom Ward will be named player of the year.\nZorblat said: "Ward, for me, is the finest player of his age."\nThe award is given every December.\n`,
  });
  const wants = (query: string) => {
    let trace: AnswerTrace | undefined;
    const a = answerQuery(index, query, {
      trace: (t) => {
        trace = t;
      },
    });
    return { wants: trace?.wants, answer: a.answer?.text };
  };

  it('reads a word every use of which has a capital as a name, even once', () => {
    expect(rareNameCase(index, 'zorblat')).toBe('Zorblat');
    expect(rareNameCase(index, 'award')).toBeUndefined();
  });

  it("gives Zorblat's words on Ward", () => {
    expect(wants('zorblat on tom ward').wants).toBe('statement');
  });

  it('reads no words of a word the coverage writes in lower case', () => {
    expect(wants('award on tom ward').wants).not.toBe('statement');
  });
});
