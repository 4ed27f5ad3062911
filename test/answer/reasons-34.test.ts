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

describe('why: a justification given after the event (answers-34b, issue 21 §3)', () => {
  it('reads the justification given after a comma: "saying", "arguing that"', () => {
    expect(
      reasons(
        'The council refused to back the plan, saying it was too costly for residents.',
        'council plan',
      ),
    ).toContain('saying it was too costly for residents');
    expect(
      reasons('Ann Grey backed the bill, arguing that rents were far too high in the city.', 'grey bill'),
    ).toContain('arguing that rents were far too high in the city');
    // Not after a comma: the saying is the event, not its justification.
    expect(reasons('Ann Grey was saying it all along to her friends.', 'grey saying')).toEqual([]);
  });
});
