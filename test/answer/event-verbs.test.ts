import { describe, expect, it } from 'vitest';
import { type AnswerTrace, answerQuery } from '../../src/answer/answer.js';
import { matchAsked } from '../../src/answer/question.js';
import {
  A_STATE,
  answerSpans,
  eventVerbWeight,
  NOT_AN_EVENT,
  type QuestionWords,
} from '../../src/answer/spans.js';
import { tagWords } from '../../src/facts/nlp.js';
import { stem } from '../../src/facts/terms.js';
import { indexOf } from '../helpers/index.js';

const words = (subject: string, eventVerbs = true): QuestionWords => ({
  stems: new Set(subject.split(' ').map(stem)),
  numbers: new Set(),
  subject: new Set(subject.split(' ').map(stem)),
  eventVerbs,
});
const spans = (text: string, q: QuestionWords) =>
  answerSpans({ text, quantities: [], names: () => [], tags: () => tagWords(text) }, 'event', q);

/** eventVerbWeight of the clause opened by the first word after `subject` in `text`. */
const weightAfter = (text: string, subject: string) => {
  const tags = tagWords(text);
  const end = text.indexOf(subject) + subject.length;
  return eventVerbWeight(
    tags,
    tags.findIndex((w) => w.start >= end),
  );
};

describe('eventVerbWeight (answers-33, issue 21 §3)', () => {
  it('reads a verb of change in the past, the perfect, a passive or under way as an event', () => {
    expect(weightAfter('Ann Grey resigned on Monday.', 'Ann Grey')).toBe(1);
    expect(weightAfter('Ann Grey has been sacked by Zedco.', 'Ann Grey')).toBe(1);
    expect(weightAfter('Ann Grey was jailed for two years.', 'Ann Grey')).toBe(1);
    expect(weightAfter('Ann Grey had a knee operation in July.', 'Ann Grey')).toBe(1);
    expect(weightAfter('Zedco is to merge its two boards.', 'Zedco')).toBe(1);
    expect(weightAfter('Zedco is facing a fine from regulators.', 'Zedco')).toBe(1);
  });

  it('reads a modal or a verb in the present as no event, and a copula before no participle as a state', () => {
    expect(weightAfter('Zedco will do nothing to reassure investors.', 'Zedco')).toBe(NOT_AN_EVENT);
    expect(weightAfter('Zedco expects profits to fall this year.', 'Zedco')).toBe(NOT_AN_EVENT);
    expect(weightAfter('Ann Grey was among the tallest riders on the team.', 'Ann Grey')).toBe(A_STATE);
    expect(A_STATE).toBeGreaterThan(NOT_AN_EVENT);
    expect(NOT_AN_EVENT).toBeLessThan(1);
  });
});

describe('"what happened to X?" spans weigh the event above the rest', () => {
  it('gives a modal clause less than an event, only with the option', () => {
    const modal = spans('Zedco will do nothing to reassure its investors.', words('Zedco'))[0];
    const event = spans('Zedco was closed down by regulators on Friday.', words('Zedco'))[0];
    expect(modal?.weight).toBeLessThan(event?.weight ?? 0);
    expect(spans('Zedco will do nothing to reassure its investors.', words('Zedco', false))[0]?.weight).toBe(
      1,
    );
  });
});

describe('matchAsked: "X v Y" asks what happened between its sides', () => {
  it('reads a match by its sides, with a place or "- result" after it', () => {
    expect(matchAsked('rovers v city in the cup')).toEqual({ wants: 'event', subject: 'rovers v city' });
    expect(matchAsked('Ann Grey vs Jo Ward - result')).toEqual({
      wants: 'event',
      subject: 'Ann Grey v Jo Ward',
    });
  });

  it('reads nothing where more is asked or a question word leads', () => {
    expect(matchAsked('rovers v city - venue')).toBeUndefined();
    expect(matchAsked('rovers v city crowd figures, cup story')).toBeUndefined();
    expect(matchAsked('who scored in rovers v city')).toBeUndefined();
  });

  it('answers an untyped "X v Y" with the event, and not with the option off', () => {
    const index = indexOf({
      a: 'Rovers v City: Rovers through\n\nRovers beat City 3-1 to reach the cup final on Saturday.\nCity have lost four games in a row.\n',
    });
    const read = (options = {}) => {
      let trace: AnswerTrace | undefined;
      const a = answerQuery(index, 'rovers v city', { ...options, trace: (t) => (trace = t) });
      return { wants: trace?.wants, a };
    };
    expect(read().wants).toBe('event');
    expect(read({ matchEvent: false }).wants).not.toBe('event');
  });
});
