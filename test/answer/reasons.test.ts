import { describe, expect, it } from 'vitest';
import {
  answerSpans,
  attachedToEvent,
  type QuestionWords,
  REASON_ELSEWHERE,
} from '../../src/answer/spans.js';
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

describe('why: the reason attached to the event asked (why-35, issue 21 §3)', () => {
  // The question's claim: one set of stems a word that is no name.
  const claim = (...ws: string[]) => ws.map((w) => new Set([stem(w)]));
  const at = (text: string, opening: string) => ({ start: text.indexOf(opening) });

  it('finds the event asked in the clause before the reason', () => {
    const text = 'Tom Ward will miss the final because of a knee injury.';
    expect(attachedToEvent(text, at(text, 'because'), claim('miss', 'final'))).toBe(true);
    const other = 'The Rovers wing sat out the last cup game because of a sore wrist.';
    expect(attachedToEvent(other, at(other, 'because'), claim('second', 'opinion'))).toBe(false);
  });

  it('reads the event in a lengthened word or one negated by "un-"', () => {
    const quit = 'His resignation came after a long row with the board.';
    expect(attachedToEvent(quit, at(quit, 'after'), claim('resign'))).toBe(true);
    const ban = 'The curfew is unenforceable because the rules are vague.';
    expect(attachedToEvent(ban, at(ban, 'because'), claim('enforced'))).toBe(true);
  });

  it('reads only the clause back to a semicolon, a colon or a dash', () => {
    const text = 'Ann Grey will miss the final; Tom Ward is out because of flu this week.';
    expect(attachedToEvent(text, at(text, 'because'), claim('miss'))).toBe(false);
    const dash = 'Ann Grey will miss the final - and Tom Ward is out because of flu this week.';
    expect(attachedToEvent(dash, at(dash, 'because'), claim('miss'))).toBe(false);
  });

  it('takes a clause pointing back, or a reason opening the sentence, as attached', () => {
    const back = 'This is because of a fault in the brakes.';
    expect(attachedToEvent(back, at(back, 'because'), claim('recall'))).toBe(true);
    const opening = 'Because of the rain, the match was called off.';
    expect(attachedToEvent(opening, at(opening, 'Because'), claim('recall'))).toBe(true);
  });

  it('weighs a connective reason of another event at REASON_ELSEWHERE, and only with the option', () => {
    const text = 'The Rovers wing sat out the last cup game because of a sore wrist.';
    const question: QuestionWords = {
      stems: new Set(['tindal', 'second', 'opinion'].map(stem)),
      numbers: new Set(),
      claim: claim('second', 'opinion'),
    };
    const source = { text, quantities: [], names: () => [], tags: () => tagWords(text) };
    const weightOf = (q: QuestionWords) => answerSpans(source, 'reason', q)[0]?.weight;
    expect(weightOf(question)).toBe(1);
    expect(weightOf({ ...question, reasonAttached: true })).toBeCloseTo(REASON_ELSEWHERE);
    // A verb of cause names the event with its cause: no connective, no change.
    const blamed = 'The firm blamed high fuel prices for a drop in profits.';
    const blamedSource = { ...source, text: blamed, tags: () => tagWords(blamed) };
    expect(answerSpans(blamedSource, 'reason', { ...question, reasonAttached: true })[0]?.weight).toBeCloseTo(
      0.8,
    );
  });
});
