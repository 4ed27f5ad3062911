import { describe, expect, it } from 'vitest';
import { answerSpans, causeSubjects, joinedPeriods, type QuestionWords } from '../../src/answer/spans.js';
import { tagWords } from '../../src/facts/nlp.js';
import { stemsOf } from '../../src/facts/terms.js';

const source = (text: string) => ({ text, quantities: [], names: () => [], tags: () => tagWords(text) });

/** The length spans of a sentence for a "how long" question, best first, with their weights. */
const lengths = (text: string, question: string, lengthForms = true) =>
  answerSpans(source(text), 'duration', {
    stems: new Set(stemsOf(question)),
    numbers: new Set(),
    ...(lengthForms ? { lengthForms: true } : {}),
  }).map((s) => [s.text, s.weight] as const);

describe('how long: lengths told without a number, and told from the moment asked (forms-37, issue 21 §3)', () => {
  it('reads part of a unit as a length', () => {
    const text = 'The plans were printed in a local paper half an hour before the mayor spoke.';
    expect(lengths(text, 'how long before the mayor spoke were the plans printed')[0]).toEqual([
      'half an hour',
      1,
    ]);
    expect(lengths(text, 'how long before the mayor spoke were the plans printed', false)[0]?.[0]).toBe(
      'an hour',
    );
  });

  it('keeps a length told from another moment low unless the question asks by that word', () => {
    const text = 'Tom Ward joined the board two years after the merger.';
    expect(lengths(text, 'how long after the merger did Ward join')[0]).toEqual(['two years', 1]);
    expect(lengths(text, 'how long has Ward been on the board')[0]).toEqual(['two years', 0.3]);
  });

  it('reads a few, several and a couple of units as a length, below one told by its number', () => {
    expect(lengths('The shares were sold in a few minutes on Monday.', 'how long did the sale take')).toEqual(
      [['a few minutes', 0.7]],
    );
    expect(
      lengths('The shares were sold in a few minutes on Monday.', 'how long did the sale take', false),
    ).toEqual([]);
    const both = 'After several weeks of talks, the deal took 10 days to sign.';
    expect(lengths(both, 'how long did the signing take').map(([t]) => t)).toEqual([
      '10 days',
      'several weeks',
    ]);
  });

  it('reads a length with "and a half" after its unit whole', () => {
    expect(lengths('The hearing lasted an hour and a half.', 'how long did the hearing last')[0]?.[0]).toBe(
      'an hour and a half',
    );
  });

  it('joins the parts of a time across a comma, not a length told from another moment', () => {
    const text = 'Her best stands at eight minutes, 4.69 seconds.';
    const spans = (commas: boolean) =>
      joinedPeriods(
        text,
        [
          { text: 'eight minutes', start: 19, end: 32, weight: 1 },
          { text: '4.69 seconds', start: 34, end: 46, weight: 1 },
        ],
        commas,
      ).map((s) => s.text);
    expect(spans(true)).toEqual(['eight minutes, 4.69 seconds']);
    expect(spans(false)).toEqual(['eight minutes', '4.69 seconds']);
    const after = 'He served 14 years, one day after the ruling.';
    expect(
      joinedPeriods(
        after,
        [
          { text: '14 years', start: 10, end: 18, weight: 1 },
          { text: 'one day', start: 20, end: 27, weight: 1 },
        ],
        true,
      ).map((s) => s.text),
    ).toEqual(['14 years', 'one day']);
  });
});

describe('why: a cause named as the subject of a verb of cause (forms-37, issue 21 §3)', () => {
  const claim = (...words: string[]) => words.map((w) => new Set(stemsOf(w)));

  it('reads the noun phrase before "forced" after an opening time', () => {
    const text = "Last year, Zedland's severe power shortage forced President Grey to halt coal exports.";
    expect(causeSubjects(text, () => tagWords(text), claim('halt', 'coal', 'exports'))).toEqual([
      { text: "Zedland's severe power shortage", start: 11, end: 42, weight: 0.6 },
    ]);
  });

  it('reads the subject of a modal verb of cause', () => {
    const text = 'Loose drafting of the rules could leave walkers in the dock, the panel said.';
    const spans = causeSubjects(text, () => tagWords(text), claim('walkers', 'dock'));
    expect(spans.map((s) => s.text)).toEqual(['Loose drafting of the rules']);
  });

  it('reads no cause from a pronoun, or where the verb tells another event', () => {
    const pronoun = 'It forced the firm to shut two plants.';
    expect(causeSubjects(pronoun, () => tagWords(pronoun), claim('shut', 'plants'))).toEqual([]);
    const other = 'A strike at the docks forced the firm to cancel its dividend.';
    expect(causeSubjects(other, () => tagWords(other), claim('shut', 'plants'))).toEqual([]);
    expect(causeSubjects(other, () => tagWords(other), claim('cancel', 'dividend'))[0]?.text).toBe(
      'A strike at the docks',
    );
  });

  it('reads no cause from a clause or from a name the question gives', () => {
    const clause = 'Losses rose in 2003, including 2001 when the floods caused heavy claims.';
    expect(causeSubjects(clause, () => tagWords(clause), claim('heavy', 'claims'))).toEqual([]);
    const named = 'Ashby Trust sparked protests by saying it would turn away patients.';
    const asked = new Set(stemsOf('Ashby'));
    expect(causeSubjects(named, () => tagWords(named), claim('turn', 'patients'), asked)).toEqual([]);
    expect(causeSubjects(named, () => tagWords(named), claim('turn', 'patients'))[0]?.text).toBe(
      'Ashby Trust',
    );
  });

  it('gives the cause as a reason span for "why" only when asked to', () => {
    const text = "Last year, Zedland's severe power shortage forced President Grey to halt coal exports.";
    const words = (causeSubject: boolean): QuestionWords => ({
      stems: new Set(stemsOf('why did Grey halt coal exports')),
      numbers: new Set(),
      claim: claim('halt', 'coal', 'exports'),
      ...(causeSubject ? { causeSubject: true } : {}),
    });
    expect(answerSpans(source(text), 'reason', words(true))[0]?.text).toBe("Zedland's severe power shortage");
    expect(answerSpans(source(text), 'reason', words(false))).toEqual([]);
  });
});
