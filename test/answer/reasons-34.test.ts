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

describe('why: a justification, a participle of cause, a cause as subject (answers-34b, issue 21 §3)', () => {
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

  it('reads a perfect participle of cause: ", having damaged ..."', () => {
    expect(
      reasons('The striker has been out since May, having broken his ankle in training.', 'striker out'),
    ).toContain('having broken his ankle in training');
    expect(reasons('Having a striker out since May hurts Rovers.', 'striker out')).toEqual([]);
  });

  it('reads a cause as the subject of "meant that" or "made it more likely"', () => {
    expect(
      reasons('Zedco said a new aid package meant that the loan was no longer needed.', 'zedco loan')[0],
    ).toMatch(/^a new aid package/);
    expect(
      reasons(
        'Zedco warned the new rules made it more likely that small firms would close.',
        'firms close',
      )[0],
    ).toMatch(/^the new rules/);
    expect(reasons('Zedco said it meant business this year.', 'zedco business')).toEqual([]);
  });

  it('reads a motive for not doing it: "had been unwilling to"', () => {
    expect(
      reasons('Zedco had been unwilling to raise the price of the single for its buyers.', 'zedco single'),
    ).toContain('had been unwilling to raise the price of the single for its buyers');
    expect(reasons('Zedco was willing to raise the price.', 'zedco price')).toEqual([]);
  });
});
