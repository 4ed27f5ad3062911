import { describe, expect, it } from 'vitest';
import { answerSpans, type QuestionWords } from '../../src/answer/spans.js';
import { tagWords } from '../../src/facts/nlp.js';
import { stem } from '../../src/facts/terms.js';

const words = (question: string): QuestionWords => ({
  stems: new Set(question.split(' ').map(stem)),
  numbers: new Set(),
});
const reasons = (text: string, question: string) =>
  answerSpans(
    { text, quantities: [], names: () => [], tags: () => tagWords(text) },
    'reason',
    words(question),
  ).map((s) => s.text);

describe('why: causes told without a connective (answers-33, issue 21 §3)', () => {
  it('reads a purpose named as part of a plan', () => {
    expect(
      reasons(
        'Zedco is cutting fares by half as part of a plan to ensure its survival.',
        'zedco cutting fares',
      ),
    ).toContain('as part of a plan to ensure its survival');
    expect(reasons('Zedco has a part of the market in Spain.', 'zedco market')).toEqual([]);
  });

  it('reads the cause named before "is to blame" or "were driving"', () => {
    expect(
      reasons(
        'Ann Grey says an injection given by a doctor is to blame for the traces.',
        'grey test positive',
      )[0],
    ).toMatch(/^an injection given by a doctor is to blame/);
    expect(
      reasons(
        'The financial incentives were driving criminal use of technology.',
        'virus writers criminal',
      )[0],
    ).toMatch(/^The financial incentives were driving/);
  });

  it('reads who is missing: "with X out"', () => {
    expect(reasons('Rovers want a striker with Tom Ward out until next season.', 'rovers striker')).toContain(
      'with Tom Ward out until next season',
    );
    expect(reasons('Rovers went out with a whimper.', 'rovers')).toEqual([]);
  });
});
