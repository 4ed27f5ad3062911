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
        'Zedco is cutting bus tickets by half as part of a plan to win back riders.',
        'zedco cutting fares',
      ),
    ).toContain('as part of a plan to win back riders');
    expect(reasons('Zedco has a part of the market in Spain.', 'zedco market')).toEqual([]);
  });

  it('reads the cause named before "is to blame" or "were driving"', () => {
    expect(
      reasons('Ann Grey says a cream from her physio is to blame for the result.', 'grey test positive')[0],
    ).toMatch(/^a cream from her physio is to blame/);
    expect(
      reasons('The rising rents were driving small shops out of town.', 'shops leaving town')[0],
    ).toMatch(/^The rising rents were driving/);
  });

  it('reads who is missing: "with X out"', () => {
    expect(reasons('Rovers want a striker with Tom Ward out until next season.', 'rovers striker')).toContain(
      'with Tom Ward out until next season',
    );
    expect(reasons('Rovers went out with a whimper.', 'rovers')).toEqual([]);
  });
});

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
