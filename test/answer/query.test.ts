import { describe, expect, it } from 'vitest';
import { answerQuery } from '../../src/answer/answer.js';
import { parseQuery } from '../../src/answer/query.js';
import { stemsOf } from '../../src/facts/terms.js';
import { formsIn, ShortForms } from '../../src/index/short-forms.js';
import { buildVocabulary, defaultVocabulary } from '../../src/index/vocabulary.js';
import { indexOf } from '../helpers/index.js';

const vocabulary = defaultVocabulary();
const labels = (q: string) => parseQuery(q, vocabulary).map((s) => [s.label, s.concept?.name ?? null, s.key]);

describe('parseQuery', () => {
  it('reads a question into the concepts it names and its topic words', () => {
    expect(labels('What stake is Meta taking?')).toEqual([
      ['stake', 'stake', true],
      ['Meta', null, true],
    ]);
  });

  it('prefers the longest phrase of the vocabulary', () => {
    expect(labels('share price')).toEqual([['share price', 'share price', true]]);
  });

  it('keeps short words that are topics, such as a series letter', () => {
    expect(labels('series f').map((l) => l[0])).toEqual(['series', 'f']);
  });

  it('reads a phrase as the first concept of the vocabulary that has it, three words long at most', () => {
    const shared = buildVocabulary({
      ignore: ['what'],
      unindexed: [],
      concepts: [
        { name: 'first', words: ['rival bid'] },
        { name: 'second', words: ['rival bid', 'hostile rival bid', 'a b c d'] },
      ],
    });
    const read = (q: string) => parseQuery(q, shared).map((s) => [s.label, s.concept?.name ?? null]);
    expect(read('what rival bid')).toEqual([['rival bid', 'first']]);
    expect(read('hostile rival bid')).toEqual([['hostile rival bid', 'second']]);
    expect(read('a b c d').map(([, name]) => name)).toEqual([null, null, null, null]);
  });

  it('reads every phrase of the shipped vocabulary as the first concept that has it', () => {
    let phrases = 0;
    for (const concept of vocabulary.concepts)
      for (const words of concept.words ?? []) {
        const stems = stemsOf(words).join(' ');
        const n = stemsOf(words).length;
        if (n < 2 || n > 3) continue;
        const first = vocabulary.concepts.find((c) => c.phrases.some((p) => p.join(' ') === stems));
        expect(parseQuery(words, vocabulary)[0]?.concept?.name, words).toBe(first?.name);
        phrases++;
      }
    expect(phrases).toBeGreaterThan(20);
  });

  it('gives no slot for a question made only of question words', () => {
    expect(parseQuery('what is it?', vocabulary)).toEqual([]);
  });
});

describe("parseQuery with the coverage's short forms (issue 21)", () => {
  const forms = new ShortForms([
    formsIn('The Harbour Rowing Union fined the club.'),
    formsIn('The ERC said the Easton Rowing Club would appeal.'),
  ]);

  it('searches a short form no article writes in the full names its letters spell', () => {
    const slots = parseQuery(
      'How much did the HRU fine the club?',
      defaultVocabulary(),
      undefined,
      () => forms,
    );
    const hru = slots.find((s) => s.label === 'HRU');
    expect(hru?.alternatives).toContainEqual(['harbour', 'row', 'union']);
  });

  it('searches the words of a full name in the short form the coverage writes for it', () => {
    const slots = parseQuery(
      'Who coaches the Easton Rowing Club?',
      defaultVocabulary(),
      undefined,
      () => forms,
    );
    for (const label of ['Easton', 'Rowing', 'Club'])
      expect(slots.find((s) => s.label === label)?.alternatives).toContainEqual(['erc']);
  });

  it('asks for the table only when a question holds a short form or a long name', () => {
    let asked = 0;
    parseQuery('How much did Ann Grey pay?', defaultVocabulary(), undefined, () => {
      asked++;
      return forms;
    });
    expect(asked).toBe(0);
  });
});

describe('answering a short form by its full name, and a full name by its short form (issue 21)', () => {
  const index = indexOf({
    'news/1':
      'Union fines Rovers\n\nThe Harbour Rowing Union fined Easton Rovers £5,000 on Monday for fielding an ineligible crew.\n\nRovers said they would not appeal.',
    'news/2':
      'Board quits at ERC\n\nFour members of the ERC board resigned on Friday after a row over debts.\n\nThe club said a new board would be named soon.',
    'news/3': 'Rovers boathouse plans\n\nEaston Rovers will open a new boathouse in May.',
  });

  it('answers a question naming a short form that no article writes', () => {
    const answer = answerQuery(index, 'How much did the HRU fine Easton Rovers?');
    expect(answer.answer?.text).toMatch(/£5,000/);
  });

  it('answers a question naming the full name of a short form an article writes', () => {
    const answer = answerQuery(index, 'How many members of the Easton Rowing Club board resigned?');
    expect(answer.facts[0]?.text).toMatch(/Four members of the ERC board resigned/);
  });
});
