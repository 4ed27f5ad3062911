import { describe, expect, it } from 'vitest';
import { answerQuery } from '../../src/answer/answer.js';
import {
  abbreviatedIn,
  coverageWords,
  englishWord,
  lexiconFormsOf,
  unknownName,
} from '../../src/answer/unknown-words.js';
import { indexOf } from '../helpers/index.js';

/** A lexicon of a few words, standing in for wink's. */
const LEXICON = new Set(['dear', 'denomination', 'sign', 'bakery', 'hotelier', 'plan']);
const knows = (words: readonly string[]) => words.map((w) => LEXICON.has(w));

describe('englishWord', () => {
  it('knows a word by its base, after a prefix or before a particle', () => {
    expect(lexiconFormsOf('dearer')[0]).toContain('dear');
    for (const word of ['hotelier', 'dearer', 'bakeries', 'redenomination', 'signups', 'planned'])
      expect(englishWord(word, knows), word).toBe(true);
  });

  it('does not know a name, nor a word only a name ends like', () => {
    for (const word of ['zorblat', 'quibster', 'plannix']) expect(englishWord(word, knows), word).toBe(false);
  });
});

describe('abbreviatedIn', () => {
  const coverage = coverageWords([
    'The government said the committee met.',
    'The World Food Programme sent aid.',
  ]);
  it("finds a word's letters in order in one word, or as initials", () => {
    expect(abbreviatedIn(coverage, 'govt')).toBe(true);
    expect(abbreviatedIn(coverage, 'cttee')).toBe(true);
    expect(abbreviatedIn(coverage, 'wfp')).toBe(true);
  });

  it('not in a word far longer, nor across words for a long one', () => {
    expect(abbreviatedIn(coverageWords(['A documentary-maker spoke.']), 'dearer')).toBe(false);
    expect(abbreviatedIn(coverage, 'netflix')).toBe(false);
  });
});

describe('a lower-case name the coverage never uses silences the question', () => {
  const index = indexOf({
    'c/1':
      'Streaming firms grow\n\nStreaming firm Vidora said its subscriber count rose to 4 million in March.\n\nThe government said the committee would look at streaming.\n',
  });

  it('reads an unknown word as a name, but not a word of English or an abbreviation', () => {
    expect(unknownName(index, 'zorbflix', knows)).toBe(true);
    expect(unknownName(index, "zorbflix's", knows)).toBe(true);
    expect(unknownName(index, 'hotelier', knows)).toBe(false);
    expect(unknownName(index, 'govt', knows)).toBe(false);
  });

  it('is silent on a name the coverage never gives; answers with the option off', () => {
    const on = answerQuery(index, 'zorbflix streaming subscriber count');
    expect(on.facts).toEqual([]);
    expect(on.note).toContain('zorbflix');
    const off = answerQuery(index, 'zorbflix streaming subscriber count', { unknownWordsNamed: false });
    expect(off.facts.length).toBeGreaterThan(0);
  });

  it('still drops a common noun the coverage never uses', () => {
    expect(answerQuery(index, 'govt streaming subscriber count').facts.length).toBeGreaterThan(0);
  });
});

describe('a name read as no topic word (a verb) the coverage never uses silences the question', () => {
  const index = indexOf({
    'e/1':
      'Streaming grows\n\nStreaming firm Vidora has a 40% share of streaming in the UK, a survey found.\n\nVidora will launch a music service on 4 May.\n',
  });

  it('is silent on "zorbify", read as a verb; answers with the option off', () => {
    const on = answerQuery(index, 'zorbify share of uk music streaming');
    expect(on.facts).toEqual([]);
    expect(on.note).toContain('zorbify');
    const off = answerQuery(index, 'zorbify share of uk music streaming', { unknownAsidesNamed: false });
    expect(off.facts.length).toBeGreaterThan(0);
  });

  it('answers a name the coverage writes', () => {
    expect(answerQuery(index, 'vidora share of streaming').facts.length).toBeGreaterThan(0);
  });

  it('is silent on an English word of no topic the coverage never uses, beside one topic word at most', () => {
    // "flutter" is English and read as a verb: only the lone topic word "launch" is left.
    const on = answerQuery(index, 'when did flutter launch');
    expect(on.facts).toEqual([]);
    expect(on.note).toContain('flutter');
    expect(
      answerQuery(index, 'when did flutter launch', { unusedAsideAlone: false }).facts.length,
    ).toBeGreaterThan(0);
    // With two topic words besides it, the unused word only ranks: "Vidora" and "music" answer.
    expect(answerQuery(index, 'when did flutter vidora launch music').facts.length).toBeGreaterThan(0);
  });
});

describe('a lower-case question opening with a name the coverage never writes whole', () => {
  const index = indexOf({
    'd/1':
      'Consoles sell well\n\nThe Zorbox 2 sold 50,000 in its first week, Zorbox makers said.\n\nShops said the Zorbox was scarce, and a new Zorbox would follow.\n',
  });

  it('is silent on "zorbox 7" when the coverage cases "Zorbox"; answers with the option off', () => {
    const on = answerQuery(index, 'zorbox 7 first week sales');
    expect(on.facts).toEqual([]);
    expect(
      answerQuery(index, 'zorbox 7 first week sales', { firstWordNamed: false }).facts.length,
    ).toBeGreaterThan(0);
  });

  it('answers a name the coverage does write', () => {
    expect(answerQuery(index, 'zorbox 2 first week sales').facts.length).toBeGreaterThan(0);
  });
});
