import { describe, expect, it } from 'vitest';
import { answerQuery } from '../../src/answer/answer.js';
import { defaultWeights, type Weights } from '../../src/answer/weights.js';
import { insideNamedPlace } from '../../src/answer/where-place.js';
import { stem } from '../../src/facts/terms.js';
import { indexOf } from '../helpers/index.js';

const showAll = (): Weights => ({ ...defaultWeights(), show: 0, none: 0 });
const names = (...words: string[]) => new Set(words.map(stem));
const inside = (text: string, name: string, named: ReadonlySet<string>) =>
  insideNamedPlace(text, name, text.indexOf(name) + name.length, named);

describe('insideNamedPlace: a place written inside the place the question names (forms-35)', () => {
  it('after "in", or after a comma a country, the question naming it', () => {
    expect(
      inside(
        'The tracks at Ashby Vale in Easton, Weston and Oxford will close.',
        'Ashby Vale',
        names('Easton'),
      ),
    ).toBe(true);
    expect(inside('A show is on display in Weston, Germany.', 'Weston', names('Germany'))).toBe(true);
    expect(inside('A show is on display in Weston, Germany.', 'Weston', names('France'))).toBe(false);
  });

  it('not a list of names, a name going on to its own noun or verb, nor the named place itself', () => {
    expect(inside('Ruritania, Germany, France and Spain are level.', 'Ruritania', names('Germany'))).toBe(
      false,
    );
    expect(inside('"We will sue," said Tom Ward, MPAA chief.', 'Tom Ward', names('MPAA'))).toBe(false);
    expect(inside('After the draw in Weston, Ireland face Spain.', 'Weston', names('Ireland'))).toBe(false);
    // After a comma, only a country or a region is a larger place.
    expect(inside('Weston, Eastshire.', 'Weston', names('Eastshire'))).toBe(false);
    expect(inside('Germany, in Europe.', 'Germany', names('Germany'))).toBe(false);
  });
});

describe('"where" answered by the place inside the one asked, and by a venue after "at"', () => {
  it('gives the place written in the place the question names, not the first place in sight', () => {
    const index = indexOf({
      'a/1':
        'Show of old posters\n\nFans in France held a party, and a show of old posters is on display in Weston, Germany.\n',
    });
    const a = answerQuery(index, 'where is the poster show in Germany?', { weights: showAll() });
    expect(a.answer?.text).toBe('Weston');
  });

  it('reads a venue after "at" as a place, not an organisation', () => {
    const index = indexOf({
      'a/1':
        "Ann Grey to run festival\n\nSinger Ann Grey will run this year's Zedfest, to be held at Easton's Harbour Centre in June.\n",
    });
    const a = answerQuery(index, 'where will Zedfest be held?', { weights: showAll() });
    expect(a.answer?.text).toMatch(/Harbour Centre/);
  });
});
