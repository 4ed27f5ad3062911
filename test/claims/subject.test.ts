import { describe, expect, it } from 'vitest';
import { occurrences, subjectOf } from '../../src/claims/subject.js';

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

describe('subjectOf, its sentences remembered', () => {
  it('reads a sentence the same when asked again after others, and with other names anew', () => {
    const text = 'Acme paid $5m for Widget Co, and Widget Co paid 3% of it to Zedco.';
    const names = ['Acme', 'Widget Co', 'Zedco'];
    const first = text.indexOf('$5m');
    const second = text.indexOf('3%');
    const at = (start: number, end: number) => ({ start, end, kind: 'money' as const });
    const before = [
      subjectOf(text, names, at(first, first + 3)),
      subjectOf(text, names, at(second, second + 2)),
    ];
    for (let i = 0; i < 50; i++)
      subjectOf(`Firm${i} Holdings paid $${i}m to Other${i}.`, [`Firm${i} Holdings`], at(20, 23));
    expect([
      subjectOf(text, names, at(first, first + 3)),
      subjectOf(text, names, at(second, second + 2)),
    ]).toEqual(before);
    // The same sentence with fewer names is read afresh, not from what was kept for it.
    expect(subjectOf(text, ['Zedco'], at(first, first + 3))).not.toEqual(before[0]);
  });
});
