import { describe, expect, it } from 'vitest';
import { occurrences } from '../../src/claims/subject.js';

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
