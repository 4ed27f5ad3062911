import { afterEach, describe, expect, it } from 'vitest';
import { readQuestionByRules, useFormReadings } from '../../src/answer/question.js';
import { answerSpans, eventVerbWeight, NOT_AN_EVENT, type QuestionWords } from '../../src/answer/spans.js';
import { tagWords } from '../../src/facts/nlp.js';
import { stemsOf } from '../../src/facts/terms.js';

/** The description spans of a sentence for "what is X?" (or "what does X do?"), best first. */
const described = (text: string, subject: string, cues = true, does = false) => {
  const question: QuestionWords = {
    stems: new Set(stemsOf(`what is ${subject}`)),
    numbers: new Set(),
    subject: new Set(stemsOf(subject)),
    ...(does ? { does: true } : {}),
    ...(cues ? { descriptionCues: true } : {}),
  };
  return answerSpans(
    { text, quantities: [], names: () => [], tags: () => tagWords(text) },
    'description',
    question,
  ).map((s) => s.text);
};

describe('what X is: the role before its name across "the" (answers-34, issue 21 §3)', () => {
  it('reads "polling company the Ashby Group" as the group\'s role', () => {
    const text = 'A poll by polling company the Ashby Group found that half of all riders walked.';
    expect(described(text, 'Ashby Group')[0]).toBe('polling company');
    expect(described(text, 'Ashby Group', false)).not.toContain('polling company');
  });

  it('keeps to the lower-case words before "the": no other name joined by "and"', () => {
    const text = 'A poll by safety firm Zedmail and polling company the Ashby Group found little.';
    expect(described(text, 'Ashby Group')[0]).toBe('polling company');
  });

  it('reads no role across "the" after a preposition or a verb', () => {
    expect(described('Members of the Ashby Group met on Monday.', 'Ashby Group')).toEqual([]);
    expect(described('The report was published by the Ashby Group on Monday.', 'Ashby Group')).toEqual([]);
  });
});

describe('the forms read from a phrase set off before the question (answers-34, issue 21 §3)', () => {
  afterEach(() => useFormReadings(true));

  it('reads the speaker of "X on Y - what did he say" and what about', () => {
    expect(readQuestionByRules('Ann Grey on the Ashby merger - what did she say')).toEqual({
      wants: 'statement',
      subject: 'Ann Grey',
      about: 'the Ashby merger',
    });
    expect(readQuestionByRules('ann grey on the ashby merger - what did she say').subject).toBe('ann grey');
    useFormReadings(false);
    // Before: a capitalized name set off was the speaker, but what about was not read; a lower-case one was not.
    expect(readQuestionByRules('Ann Grey on the Ashby merger - what did she say').about).toBeUndefined();
    expect(readQuestionByRules('ann grey on the ashby merger - what did she say').subject).toBe('she');
  });

  it('reads "X gripe about Y - what\'d he say" as X\'s words on Y', () => {
    expect(readQuestionByRules("grey gripe about modern tv shows - what'd he say")).toEqual({
      wants: 'statement',
      subject: 'grey',
      about: 'modern tv shows',
    });
    useFormReadings(false);
    expect(readQuestionByRules("grey gripe about modern tv shows - what'd he say").wants).toBeUndefined();
  });

  it('keeps a speaker the question names after the dash', () => {
    expect(readQuestionByRules('Ward on voip - what did the IETF chair say').subject).toBe('the IETF chair');
  });

  it('reads "X - what kind of firm, aside" as X\'s description', () => {
    expect(readQuestionByRules('Ashby - what kind of company, Grey feud')).toEqual({
      wants: 'description',
      subject: 'Ashby',
    });
    useFormReadings(false);
    expect(readQuestionByRules('Ashby - what kind of company, Grey feud')).not.toEqual({
      wants: 'description',
      subject: 'Ashby',
    });
  });

  it('reads "X - what\'s its line of business" as what X does', () => {
    expect(readQuestionByRules("Ashby plc - what's its line of business")).toEqual({
      wants: 'description',
      subject: 'Ashby plc',
      does: true,
    });
    expect(readQuestionByRules("what's Ashby's line of business")).toEqual({
      wants: 'description',
      subject: 'Ashby',
      does: true,
    });
  });

  it('reads "how did X do at Y" as what befell X, not "how does X do its sums"', () => {
    expect(readQuestionByRules('how did Ann Grey do at the Easton awards')).toEqual({
      wants: 'event',
      subject: 'Ann Grey',
    });
    expect(readQuestionByRules('how did the Rovers v Town tie end')).toEqual({
      wants: 'event',
      subject: 'the Rovers v Town tie',
    });
    expect(readQuestionByRules('how does Ashby do its sums').wants).not.toBe('event');
    expect(readQuestionByRules('how did it go').wants).toBeUndefined();
    useFormReadings(false);
    expect(readQuestionByRules('how did Ann Grey do at the Easton awards').wants).toBeUndefined();
  });

  it('reads "what happens next to X" with X as the subject', () => {
    expect(readQuestionByRules("what happens next to Easton's halted projects")).toEqual({
      wants: 'event',
      subject: "Easton's halted projects",
    });
  });
});

describe('what happened to X: what is thought of X is no event (answers-34, issue 21 §3)', () => {
  const weightAfter = (text: string, subject: string, opinions = true) => {
    const tags = tagWords(text);
    const end = text.indexOf(subject) + subject.length;
    return eventVerbWeight(
      tags,
      tags.findIndex((w) => w.start >= end),
      opinions,
    );
  };

  it('reads "is seen as", "was expected to", "is tipped to" as no event, only with the option', () => {
    expect(weightAfter('Ann Grey is seen as a key ally of the chancellor.', 'Ann Grey')).toBe(NOT_AN_EVENT);
    expect(weightAfter('Ann Grey was expected to win the seat.', 'Ann Grey')).toBe(NOT_AN_EVENT);
    expect(weightAfter('Ann Grey is tipped to replace the coach.', 'Ann Grey')).toBe(NOT_AN_EVENT);
    expect(weightAfter('Ann Grey is seen as a key ally of the chancellor.', 'Ann Grey', false)).toBe(1);
  });

  it('still reads a passive of change as an event', () => {
    expect(weightAfter('Ann Grey was sacked on Monday.', 'Ann Grey')).toBe(1);
    expect(weightAfter('Ann Grey has been promoted to the cabinet.', 'Ann Grey')).toBe(1);
  });
});

describe("X's words: a verb of saying under way, and whom they are told to (answers-34, issue 21 §3)", () => {
  const said = (text: string, subject: string, underWay = true) =>
    answerSpans({ text, quantities: [], names: () => [], tags: () => tagWords(text) }, 'statement', {
      stems: new Set(stemsOf(`what did ${subject} say`)),
      numbers: new Set(),
      subject: new Set(stemsOf(subject)),
      ...(underWay ? { saidUnderWay: true } : {}),
    }).map((s) => s.text);

  it('reads the words after "are warning councillors that", only with the option', () => {
    const text = 'Botanists are warning councillors that Easton may have to accept more masts.';
    expect(said(text, 'Botanists')[0]).toBe('Easton may have to accept more masts');
    expect(said(text, 'Botanists', false)).toEqual([]);
  });

  it('leaves out whom the words are told to before "that"', () => {
    const text = 'Ann Grey told the committee that the plan would cost too much.';
    expect(said(text, 'Ann Grey')[0]).toBe('the plan would cost too much');
    expect(said(text, 'Ann Grey', false)[0]).toBe('the committee that the plan would cost too much');
  });

  it('keeps "said the firm that ...": a relative clause, not whom it was said to', () => {
    const text = 'Ann Grey said the firm that bought the site would build homes.';
    expect(said(text, 'Ann Grey')[0]).toBe('the firm that bought the site would build homes');
  });
});
