import { describe, expect, it } from 'vitest';
import { inObject } from '../../src/claims/governed.js';
import { subjectOf } from '../../src/claims/subject.js';
import { tagWords } from '../../src/facts/nlp.js';
import { parseQuantities } from '../../src/facts/quantities.js';

/** The figure of a sentence written as `figure`. */
const figureOf = (text: string, figure: string) => {
  const q = parseQuantities(text).find((x) => x.text === figure);
  if (!q) throw new Error(`no figure ${figure} in ${text}`);
  return q;
};

/** Whose the figure is, the sentence's parts of speech given as the claims layer gives them. */
const whose = (text: string, names: string[], figure: string) =>
  subjectOf(text, names, figureOf(text, figure), () => tagWords(text));

/** True when the tagger's reading puts the name in a verb's object. */
const objectIn = (text: string, name: string) =>
  inObject(text, tagWords(text), text.indexOf(name), name.length);

describe("a name in a verb's object is not whose the figure is", () => {
  it('passes over a name inside the object ("lifted the Northtown trophy three times")', () => {
    const a = 'Zedco has now lifted the Northtown trophy three times in the past seven years.';
    expect(whose(a, ['Zedco', 'Northtown'], 'seven years')).toEqual(['Zedco']);
    const b = 'Jo Bloggs missed Zedco’s best chance after 106 minutes.';
    expect(whose(b, ['Jo Bloggs', 'Zedco'], '106 minutes')).toEqual(['Jo Bloggs']);
  });

  it('passes over a possessive after a linking verb ("remains Ruritania\'s largest ...")', () => {
    const a =
      'Zedco Park remains Ruritania’s largest attraction, drawing some 9.7 million visitors each year.';
    expect(whose(a, ['Zedco Park', 'Ruritania'], 'some 9.7 million visitors')).toEqual(['Zedco Park']);
  });

  it('leaves a name that acts in a clause of its own, or is said, to own its figure', () => {
    expect(objectIn('Analysts expect Zedco to report profits of $5m.', 'Zedco')).toBe(false);
    expect(objectIn('Bosses said Zedco’s sales rose 5%.', 'Zedco')).toBe(false);
    // A name the tagger splits at a capital ("the Scissor Sisters") is no verb's object.
    expect(objectIn('Also there were the Bright Sisters whose album moved three places.', 'Sisters')).toBe(
      false,
    );
    expect(objectIn('Zedco has lifted the Northtown trophy.', 'Northtown')).toBe(true);
  });
});

describe("a figure in a relative clause is the antecedent's", () => {
  it('reads the name before "who" as the subject, even a preposition\'s object', () => {
    const a = 'It was also a good night for Jo Bloggs who clinched two awards.';
    expect(whose(a, ['Jo Bloggs'], 'two awards')).toEqual(['Jo Bloggs']);
  });

  it('leaves "the company, which is worth $13bn" to the firm the article is about', () => {
    const a = 'The Bloggs family controls 41% of the company, which is worth $13bn.';
    expect(whose(a, ['Bloggs'], '$13bn')).toBeUndefined();
    // A name acting in the clause keeps its figure: "which Zedco bought for $5m".
    const b = 'The unit, which Zedco bought for $5m, makes spades.';
    expect(whose(b, ['Zedco'], '$5m')).toEqual(['Zedco']);
  });
});

describe("a figure in a phrase fronted before the subject is the subject's", () => {
  it('reads "Despite making a record $648m profit last year, Zedco has argued ..." as Zedco\'s', () => {
    const a = 'Despite making a record $648m profit last year, Zedco has argued that it needs savings.';
    expect(subjectOf(a, ['Zedco'], figureOf(a, '$648m'))).toEqual(['Zedco']);
    // Not when the phrase is the sentence's own clause ("Sales rose 5%, Zedco said" is the speaker's rule).
    const b = 'Zedco sold 5,000 spades, Boltco said.';
    expect(subjectOf(b, ['Zedco', 'Boltco'], figureOf(b, '5,000 spades'))).toEqual(['Zedco']);
  });
});
