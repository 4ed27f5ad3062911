import { describe, expect, it } from 'vitest';
import { occurrences, partedNames, subjectOf } from '../../src/claims/subject.js';
import { tagWords } from '../../src/facts/nlp.js';
import { parseQuantities } from '../../src/facts/quantities.js';

describe('occurrences', () => {
  it('finds a name written with a possessive inside it wherever it stands, past a first word that opens no match', () => {
    // The tagger's name drops the possessive ("Widget Co Series B"): found by its pattern, which is
    // tried where its first word stands: not at "Widget Coast", then at both names, left to right.
    const text =
      "Widget Coast rivals said Widget Co's Series B, and later Widget Co’s Series B too, raised $5m.";
    const found = occurrences(text, 'Widget Co Series B');
    expect(found.map((e) => [e.name, text.slice(e.at, e.at + e.name.length)])).toEqual([
      ["Widget Co's Series B", "Widget Co's Series B"],
      ['Widget Co’s Series B', 'Widget Co’s Series B'],
    ]);
    expect(found.map((e) => e.at)).toEqual([text.indexOf("Widget Co's"), text.indexOf('Widget Co’s')]);
  });
  it('finds nothing where the first word stands only inside longer words', () => {
    expect(occurrences('Widgets and Widgetry rose 5%.', 'Widget Co')).toEqual([]);
  });
});

describe('subjectOf: a name after a comma that its verb follows', () => {
  it('opens a clause of its own, not a list with the object before the comma', () => {
    const text = 'Since the attacks in the United States, Zedco has cut 13,000 jobs.';
    const [q] = parseQuantities(text);
    if (!q) throw new Error('no figure');
    const words = tagWords(text);
    expect(subjectOf(text, ['United States', 'Zedco'], q, () => words)).toEqual(['Zedco']);
  });
});

describe('partedNames', () => {
  it('parts a run the tagger read as one name where the sentence writes a comma or a dash', () => {
    const text = 'Since the attacks in the United States, Zedco Air has cut jobs - Jo Bloggs said.';
    expect(partedNames(text, ['United States Zedco Air', 'Jo Bloggs'])).toEqual([
      'United States',
      'Zedco Air',
      'Jo Bloggs',
    ]);
  });
  it('keeps a name written as it is, and one with its short form in brackets', () => {
    const text = 'Zedco Holdings (ZH) kept its forecast.';
    expect(partedNames(text, ['Zedco Holdings ZH'])).toEqual(['Zedco Holdings ZH']);
  });
});

describe('subjectOf: names that only describe', () => {
  const figureOf = (text: string, figure: string) => {
    const q = parseQuantities(text).find((x) => x.text === figure);
    if (!q) throw new Error(`no ${figure} in ${text}`);
    return q;
  };

  it('leaves a name in an aside set off by dashes, hyphenated words inside it, to the aside', () => {
    const text =
      'Comedy Zed Albert - co-written by Jo Bloggs - entered the chart in second place, taking $12.7m.';
    expect(subjectOf(text, ['Zed Albert', 'Jo Bloggs'], figureOf(text, '$12.7m'))).toEqual(['Zed Albert']);
  });

  it('does not take a name after a prefix and a hyphen for whose the figure is', () => {
    const text =
      'The Zedco Film took $300m outside Ruritania, while Lumo Pictures had non-Ruritania takings of $19.35m.';
    expect(subjectOf(text, ['Zedco Film', 'Ruritania', 'Lumo Pictures'], figureOf(text, '$19.35m'))).toEqual([
      'Lumo Pictures',
    ]);
  });
});
