import { describe, expect, it } from 'vitest';
import { acronymMention, answerSpans, type QuestionWords, quotedClause } from '../../src/answer/spans.js';
import { tagWords } from '../../src/facts/nlp.js';
import { stemsOf } from '../../src/facts/terms.js';

const source = (text: string) => ({ text, quantities: [], names: () => [], tags: () => tagWords(text) });

/** The description spans of a sentence for "who is X?" / "what does X do?", best first. */
const described = (text: string, subject: string, forms = true, does = false) => {
  const question: QuestionWords = {
    stems: new Set(stemsOf(`what is ${subject}`)),
    numbers: new Set(),
    subject: new Set(stemsOf(subject)),
    descriptionCues: true,
    ...(does ? { does: true } : {}),
    ...(forms ? { descriptionForms: true } : {}),
  };
  return answerSpans(source(text), 'description', question).map((s) => s.text);
};

describe('who or what X is: acronyms, hyphened roles, an adjective heading a role (forms-36, issue 21 §3)', () => {
  it('reads the long form of an acronym in brackets as what it is', () => {
    const text = 'But Ashby Rowing Union (ARU) chairman Tom Ward has called for a new course.';
    expect(described(text, 'ARU')).toEqual(['Ashby Rowing Union']);
    expect(described(text, 'ARU', false)).toEqual([]);
  });

  it('reads the appositive after a bracketed acronym, and the role before its long form', () => {
    const lender = "Zedland Commercial Bank (ZCB), the country's biggest lender, has seen profits jump.";
    expect(described(lender, 'ZCB')[0]).toBe("the country's biggest lender");
    expect(described(lender, 'ZCB', false)).toEqual([]);
    const advisers =
      'When business advisers Penhale Partners (PP) conducted the survey, few bosses were gloomy.';
    expect(described(advisers, 'PP', true, true)[0]).toBe('business advisers');
    expect(described(advisers, 'PP', false, true)).toEqual([]);
  });

  it('reads the appositive after a name followed by its acronym', () => {
    const text = "Zedland Commercial Bank (ZCB), the country's biggest lender, has seen profits jump.";
    expect(described(text, 'Zedland Commercial Bank')[0]).toBe("the country's biggest lender");
  });

  it('finds no long form where the bracket follows no proper noun', () => {
    const m = { text: 'ZCB', start: 18, end: 21 };
    expect(
      acronymMention('profits at banks (ZCB) rose', m, tagWords('profits at banks (ZCB) rose')),
    ).toBeUndefined();
  });

  it('keeps a role word joined by a hyphen whole', () => {
    const text = 'Former Zedland fly-half Tom Ward has said the squad is ready for the final.';
    expect(described(text, 'Tom Ward')[0]).toBe('Former Zedland fly-half');
    expect(described(text, 'Tom Ward', false)[0]).toBe('half');
  });

  it('joins no capitalized part of the name itself to its role', () => {
    const text = 'Zedtown centre Jean-Paul Grenard was banned for eight weeks.';
    expect(described(text, 'Jean-Paul Grenard')).toEqual(['Zedtown centre']);
  });

  it('weighs the long form less for what an acronym does than for what it is', () => {
    const text = 'But Ashby Rowing Union (ARU) chairman Tom Ward has called for a new course.';
    const weight = (does: boolean) =>
      answerSpans(source(text), 'description', {
        stems: new Set(stemsOf('what is ARU')),
        numbers: new Set(),
        subject: new Set(stemsOf('ARU')),
        descriptionForms: true,
        ...(does ? { does: true } : {}),
      })[0]?.weight ?? 0;
    expect(weight(true)).toBeLessThan(weight(false));
  });

  it('reads a role headed by a lower-case adjective before the name, of two words or more', () => {
    const text = 'Former Scotland international Tom Ward fears civil war at the union.';
    expect(described(text, 'Tom Ward')).toEqual(['Former Scotland international']);
    expect(described(text, 'Tom Ward', false)).toEqual([]);
  });
});

describe('what X said: a few words quoted inside a clause (forms-36, issue 21 §3)', () => {
  const said = (text: string, subject: string, on = true) =>
    answerSpans(source(text), 'statement', {
      stems: new Set(stemsOf(`what did ${subject} say`)),
      numbers: new Set(),
      subject: new Set(stemsOf(subject)),
      ...(on ? { quotedClause: true } : {}),
    }).map((s) => s.text);

  it("gives the clause after the subject's own verb that holds the quoted words", () => {
    const text =
      'The Rail Board found the whole ticketing scheme was "deeply unfair" and the parties have said the scheme has to go.';
    expect(said(text, 'Audit Board')[0]).toContain('"deeply unfair"');
    expect(said(text, 'Audit Board', false)[0]).toBe('the scheme has to go');
  });

  it('gives the clause after a verb of saying that holds a short quotation before a long one', () => {
    const text =
      'Mr Ward will say that a "fair deal" for riders would mean "lower fares on every line in the county by next year".';
    expect(said(text, 'Ward')[0]).toMatch(/^a "fair deal" for riders would mean/);
    expect(said(text, 'Ward', false)[0]).toBe('lower fares on every line in the county by next year');
  });

  it('ends the clause at a comma after the quotation, and reads none where no few words are quoted', () => {
    const text = 'He said the plan was "flawed", adding: "We will fight it all the way to the courts."';
    expect(quotedClause(source(text), new Set(stemsOf('Ward')))?.text).toBe('the plan was "flawed"');
    expect(
      quotedClause(source('Mr Ward said the plan was flawed.'), new Set(stemsOf('Ward'))),
    ).toBeUndefined();
  });
});
