import { describe, expect, it } from 'vitest';
import { answerQuery } from '../../src/answer/answer.js';
import {
  casedAsCoverage,
  caseWritten,
  uncased,
  uncasedButAcronyms,
  usesIn,
} from '../../src/answer/casing.js';
import { defaultWeights } from '../../src/answer/weights.js';
import { escapeRegExp } from '../../src/facts/terms.js';
import { defaultVocabulary } from '../../src/index/vocabulary.js';
import { indexOf } from '../helpers/index.js';

describe('caseWritten: how the coverage writes a word inside its sentences', () => {
  it('a word nearly always capitalized inside sentences is a name, in its commonest form', () => {
    const texts = [
      'The firm said Harbourline had grown.',
      'Shares in Harbourline rose.',
      'Analysts expect Harbourline to gain, and HARBOURLINE was up.',
      'It named Harbourline again.',
    ];
    expect(caseWritten(texts, 'harbourline')).toBe('Harbourline');
  });

  it('a word written in lower case, or too rarely inside a sentence, is none', () => {
    expect(
      caseWritten(
        ['The harbour was closed.', 'A new harbour opened.', 'Its Harbour office shut.'],
        'harbour',
      ),
    ).toBeUndefined();
    // Capitals at a sentence's start or after a quote are style, and two uses are too few.
    expect(
      caseWritten(['Harbour works began.', '"Harbour fees rose," he said.', 'It hit Harbour.'], 'harbour'),
    ).toBeUndefined();
  });

  it('two words are a name where the coverage writes both with capitals', () => {
    const texts = ['He flew to New Zealand.', 'The team left New Zealand on Monday.', 'It beat New Zealand.'];
    expect(caseWritten(texts, 'new zealand')).toBe('New Zealand');
    expect(
      caseWritten(['a new zealand', 'the New Zealand', 'in new zealand'], 'new zealand'),
    ).toBeUndefined();
  });
});

const articles = {
  'news/a': `Ostravia fined over Kelmark deal

Regulators fined Ostravia £2m on Monday over its deal with the Kelmark group.
The fine was the largest the regulator had set this year, said the chairman of Ostravia.
Shares in Ostravia fell 3% after the fine, while Kelmark shares rose.
The deal made Kelmark the biggest buyer of Ostravia steel.
`,
  'news/b': `Tollvane opens plant

The engineering firm Tollvane opened a plant in the north on Tuesday.
Tollvane said the plant would employ 300 people by next year.
The chief of Tollvane said the plant cost £40m.
Workers at Tollvane welcomed it, and rivals of Tollvane did too.
`,
};

describe('casedAsCoverage: a question written without capitals', () => {
  const index = indexOf(articles);
  const vocabulary = defaultVocabulary();

  it('gives its names the capitals the coverage writes them with', () => {
    expect(casedAsCoverage(index, 'how much was ostravia fined', vocabulary)).toBe(
      'how much was Ostravia fined',
    );
    expect(casedAsCoverage(index, "tollvane's plant cost", vocabulary)).toBe("Tollvane's plant cost");
  });

  it('leaves a question with capitals as written, and common words in lower case', () => {
    expect(uncased('how much was ostravia fined')).toBe(true);
    expect(uncased('How much was Ostravia fined')).toBe(false);
    expect(casedAsCoverage(index, 'how much was ostravia fined, per Tollvane', vocabulary)).toBe(
      'how much was ostravia fined, per Tollvane',
    );
    expect(casedAsCoverage(index, 'what did the plant cost', vocabulary)).toBe('what did the plant cost');
  });

  it("so a name the answer's article never writes keeps the short answer back, as written with capitals", () => {
    const weights = { ...defaultWeights(), show: 0, none: 0 };
    // Kelmark is never named in the plant's article: its cost is not the Kelmark plant's.
    const cased = answerQuery(index, 'how much did the Kelmark plant cost?', { weights });
    expect(cased.answer).toBeUndefined();
    expect(cased.note).toMatch(/no amount for Kelmark/);
    const lower = answerQuery(index, 'how much did the kelmark plant cost?', { weights });
    expect(lower.answer).toBeUndefined();
    expect(lower.note).toMatch(/no amount for Kelmark/);
    // Read as written, the lower-case name is no name: the plant's cost is given.
    const asWritten = answerQuery(index, 'how much did the kelmark plant cost?', {
      weights,
      caseFromCoverage: false,
    });
    expect(asWritten.answer?.text).toBe('£40m');
    expect(answerQuery(index, 'how much did the plant cost?', { weights }).answer?.text).toBe('£40m');
  });
});

describe('casedAsCoverage: acronyms and rare names (answers-31)', () => {
  const index = indexOf({
    ...articles,
    'news/c': `Ostravia names new chief

The board of Ostravia met on Monday.
Its new head is Finance Director Wen Ostravia's deputy, said Ilse Tarrow of the TUC.
"We are pleased," said Ilse Tarrow.
`,
  });
  const vocabulary = defaultVocabulary();
  const how = { acronyms: true, rare: true };

  it('reads a question whose only capitals are acronyms as one without capitals, keeping the acronyms', () => {
    expect(uncasedButAcronyms('how much was ostravia fined by the TUC')).toBe(true);
    expect(uncasedButAcronyms("how much was ostravia fined, per Tollvane's chief")).toBe(false);
    expect(uncasedButAcronyms('how far over plans are the MoD projects')).toBe(false);
    expect(casedAsCoverage(index, 'how much was ostravia fined by the TUC', vocabulary, how)).toBe(
      'how much was Ostravia fined by the TUC',
    );
    // Without the option, read as written.
    expect(casedAsCoverage(index, 'how much was ostravia fined by the TUC', vocabulary)).toBe(
      'how much was ostravia fined by the TUC',
    );
  });

  it('cases a word next to a name where the coverage writes the two with capitals even once or twice', () => {
    // "Tarrow" is written twice inside sentences (too few alone), always after "Ilse", itself too rare
    // alone; the pair is cased only where one of the two is a name the coverage writes often.
    expect(casedAsCoverage(index, 'who is ilse tarrow', vocabulary, how)).toBe('who is ilse tarrow');
    const often = indexOf({
      'news/d': `Tarrow speaks

The union's Tarrow spoke on Monday, and Tarrow spoke again on Tuesday, when Tarrow was cheered.
"We are pleased," said Ilse Tarrow of the union.
`,
    });
    expect(casedAsCoverage(often, 'who is ilse tarrow', vocabulary, how)).toBe('who is Ilse Tarrow');
    // The old reading needs three uses of the pair.
    expect(casedAsCoverage(often, 'who is ilse tarrow', vocabulary)).toBe('who is ilse Tarrow');
  });

  it('keeps silent on two lower-case words next to each other that the coverage never uses', () => {
    const weights = { ...defaultWeights(), show: 0, none: 0 };
    const unknown = answerQuery(index, 'how much did the zorvan quillet plant cost', { weights });
    expect(unknown.facts).toEqual([]);
    expect(unknown.note).toMatch(/zorvan quillet/);
    const dropped = answerQuery(index, 'how much did the zorvan quillet plant cost', {
      weights,
      unusedPairsNamed: false,
      // Each word alone is unknown to English too (silent-32's `unknownWordsNamed`): off, to see the pair's rule.
      unknownWordsNamed: false,
    });
    expect(dropped.facts.length).toBeGreaterThan(0);
  });
});

describe('usesIn: a word alone, as a pattern with lookarounds finds it (speed-30)', () => {
  // The pattern caseWritten used before, compiled per word (~2 ms each): the reference.
  const reference = (text: string, word: string) =>
    [
      ...text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}'’-])${escapeRegExp(word)}(?![\\p{L}\\p{N}-])`, 'giu')),
    ].map((m) => [m.index, m[0]]);
  const fast = (text: string, word: string) =>
    [...usesIn(text, new RegExp(escapeRegExp(word), 'giu'))].map((m) => [m.index, m[0]]);

  it('finds the same uses in the same places', () => {
    const cases: Array<[string, string]> = [
      ['aaa aa aa-aa aa', 'aa'],
      ["O'Neill and o'neill, O’NEILL", "o'neill"],
      ['New Zealand, new zealand-based, NEW ZEALAND', 'new zealand'],
      ['Harbour harbours 3harbour harbour3 -harbour harbour- ’harbour', 'harbour'],
      ['𝐀Acme Acme𝐀 Acme 😀Acme Acme😀', 'acme'],
      ['ſtar star STAR', 'star'],
    ];
    for (const [text, word] of cases) expect(fast(text, word)).toEqual(reference(text, word));
  });

  it('over random texts of case folds, hyphens, apostrophes, digits and surrogates', () => {
    const parts = ['ab', 'AB', 'aB', 'a', 'b', '-', "'", '’', ' ', '1', '𝐀', '😀', 'é', 'É', '.', 'ſ', 's'];
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed;
    };
    for (let n = 0; n < 3000; n++) {
      const text = Array.from({ length: 12 }, () => parts[next() % parts.length]).join('');
      for (const word of ['ab', 'aba', 'bab', 's', 'ab-ab', 'é'])
        expect(fast(text, word)).toEqual(reference(text, word));
    }
  });
});
