import { describe, expect, it } from 'vitest';
import { type AnswerTrace, answerQuery } from '../../src/answer/answer.js';
import { answerSpans, type QuestionWords } from '../../src/answer/spans.js';
import { tagWords } from '../../src/facts/nlp.js';
import { stem } from '../../src/facts/terms.js';
import { indexOf } from '../helpers/index.js';

const text = 'Ann Grey beat Tom Ward in the semi-final and plays Lee Hart in the final.';
const names = () => ['Ann Grey', 'Tom Ward', 'Lee Hart'];
const spansOf = (question: QuestionWords) =>
  answerSpans({ text, quantities: [], names, tags: () => tagWords(text) }, 'name', question).map(
    (s) => s.text,
  );
const stems = (words: string) => new Set(words.split(' ').map(stem));

describe('who: a name the question types in lower case is one it gives (who-35, issue 21 §2)', () => {
  it('leaves out a name whose capitalized word is a lower-case word of the question (`lowerNamed`)', () => {
    const question: QuestionWords = {
      stems: stems('who did ward lose to'),
      numbers: new Set(),
      names: new Set(),
    };
    expect(spansOf(question)).toContain('Tom Ward');
    const named = spansOf({ ...question, lowerNamed: stems('ward lose') });
    expect(named).not.toContain('Tom Ward');
    expect(named).toContain('Ann Grey');
  });

  it('answers a lower-case "who" question with a name it does not already give, and not with the option off', () => {
    const index = indexOf({
      a: 'Ward out in Easton\n\nTom Ward lost to Lee Hart in the Easton semi-final on Friday.\nHart plays Grey in the final.\n',
    });
    const short = (options = {}) => {
      let trace: AnswerTrace | undefined;
      answerQuery(index, 'who did ward lose to in easton', { ...options, trace: (t) => (trace = t) });
      return trace?.short?.text;
    };
    expect(short()).toBe('Lee Hart');
    expect(short({ whoLowerNamed: false })).toBe('Tom Ward');
  });

  it('keeps a question typed with capitals as written: its lower-case words name nothing', () => {
    const index = indexOf({
      a: 'Union pays for audit\n\nThe Cycling Union is funding the injury audit in cycling at Ashby.\nThe audit ends in June.\n',
    });
    const short = (question: string) => {
      let trace: AnswerTrace | undefined;
      answerQuery(index, question, { trace: (t) => (trace = t) });
      return trace?.short?.text;
    };
    expect(short('Who is funding the injury audit in cycling at Ashby?')).toBe('Cycling Union');
    expect(short('who is funding the injury audit in cycling at ashby')).not.toBe('Cycling Union');
  });
});
