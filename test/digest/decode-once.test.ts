/** digestToText decodes an article's entities once (review debt, session 23): as the blocks do. */
import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/build.js';
import { digestToText, figureWords, quoted } from '../../src/digest/format.js';
import { indexOf } from '../helpers/index.js';

const at = { now: new Date('2026-11-24T08:00:00Z') };

describe('digestToText decodes entities once', () => {
  // An article that writes an entity's name as text ("&amp;lt;" is the five characters "&lt;").
  const d = buildDigest(
    indexOf({
      'wire/a':
        'Brandt &amp; Oskel deal\n\nBrandt &amp; Oskel will pay $3bn for the Ostra refinery, its filing tagged &amp;lt;deal&amp;gt; said on Monday.\n',
      'wire/b':
        'Brandt &amp; Oskel buys refinery\n\nBrandt &amp; Oskel agreed to pay $3bn for the Ostra refinery, tagged &amp;lt;deal&amp;gt; by its chairman.\n',
    }),
    at,
  );
  const text = digestToText(d);

  it('writes the quoted words as the blocks write them: one decoding, never two', () => {
    expect(text).not.toContain('&amp;');
    expect(text).toContain('Brandt & Oskel');
    const lines = [...d.figures.flatMap((g) => g.moments.flatMap((m) => m.lines)), ...d.facts];
    expect(lines.length + d.topLine.length).toBeGreaterThan(0);
    for (const line of lines) expect(text).toContain(figureWords(line).replace(/^.*?: “/, '“'));
    expect(text).toContain('&lt;deal&gt;');
    expect(text).not.toContain('<deal>');
  });

  it('quoted decodes by default and leaves the words as written when asked', () => {
    expect(quoted('a &amp;lt; b')).toBe('“a &lt; b”');
    expect(quoted('a &amp;lt; b', false, true, (t) => t)).toBe('“a &amp;lt; b…”');
  });
});
