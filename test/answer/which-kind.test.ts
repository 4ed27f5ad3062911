import { describe, expect, it } from 'vitest';
import { answerQuery } from '../../src/answer/answer.js';
import { defaultWeights, type Weights } from '../../src/answer/weights.js';
import { namedAsKind } from '../../src/answer/which-kind.js';
import { indexOf } from '../helpers/index.js';

const showAll = (): Weights => ({ ...defaultWeights(), show: 0, none: 0 });
const at = (text: string, name: string, noun: string | undefined) =>
  namedAsKind(text, text.indexOf(name), name, noun);

describe('namedAsKind: the sentence names a name as of the kind "which N" asks (forms-35)', () => {
  it('the noun asked just before the name, a comma between or not', () => {
    expect(at('The band released the single Zed Rising in May.', 'Zed Rising', 'singl')).toBe(true);
    expect(at('It beat the epic, Long Harbour Nights, to the prize.', 'Long Harbour Nights', 'epic')).toBe(
      true,
    );
    expect(at('The band released the single Zed Rising in May.', 'Zed Rising', 'album')).toBe(false);
  });

  it('the noun asked just after the name, unless it goes on to another name it describes', () => {
    expect(at('Ashco owns the Easton Deep mine in Northland.', 'Easton Deep', 'mine')).toBe(true);
    // "Easton club Harbourside": the name describes the club named after it.
    expect(at('He joined the Easton club Harbourside in May.', 'Easton', 'club')).toBe(false);
  });

  it("the noun asked as the name's last word, in a name of two words or more", () => {
    expect(
      at(
        'A concert by the Ashby Symphony Orchestra closed the day.',
        'Ashby Symphony Orchestra',
        'orchestra',
      ),
    ).toBe(true);
    expect(at('Orchestra played on.', 'Orchestra', 'orchestra')).toBe(false);
    expect(at('A concert by Tom Ward closed the day.', 'Tom Ward', 'orchestra')).toBe(false);
    expect(at('A concert by Tom Ward closed the day.', 'Tom Ward', undefined)).toBe(false);
  });
});

describe('a loose "which N" shows the name its sentence names as an N (forms-35)', () => {
  const index = indexOf({
    'a/1':
      "Ashco mine deal\n\nAshco owns the Easton Deep mine in Northland, the firm said on Monday.\nAshco also sold its stake in Tom Ward's business last year.\n",
    'a/2': 'Ashco results\n\nAshco made a profit of £2m, Tom Ward said.\n',
  });

  it('answers "which mine" by the name the sentence calls a mine', () => {
    const a = answerQuery(index, 'which mine does Ashco own?', { weights: showAll() });
    expect(a.facts[0]?.text).toMatch(/Easton Deep mine/);
    expect(a.answer?.text).toBe('Easton Deep');
  });

  it('cuts none where the option is off, as before', () => {
    const a = answerQuery(index, 'which mine does Ashco own?', { weights: showAll(), looseNamedKind: false });
    expect(a.facts[0]?.text).toMatch(/Easton Deep mine/);
    expect(a.answer).toBeUndefined();
  });
});
