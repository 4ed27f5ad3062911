/**
 * Issue 20 (digest-20): a change shows its direction. "prices fell 0.7%" is shown "-0.7%", never as
 * an unsigned "0.7%" an editor reads as a rise; a level a change went to is no fall.
 */
import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/build.js';
import { asFall, fallen } from '../../src/digest/direction.js';
import { parseQuantities } from '../../src/facts/quantities.js';
import { indexOf } from '../helpers/index.js';

/** The first quantity of a sentence whose text is `figure`. */
function at(text: string, figure: string) {
  const q = parseQuantities(text).find((x) => x.text.endsWith(figure));
  if (!q) throw new Error(`no quantity "${figure}" in "${text}"`);
  return q;
}
const falls = (text: string, figure: string) => fallen(text, at(text, figure));

describe('fallen', () => {
  it('reads a fall from the verb before the figure', () => {
    expect(falls('UK house prices slipped 0.6% in October, data showed.', '0.6%')).toBe(true);
    expect(falls('Sales of new homes had fallen 12% in November.', '12%')).toBe(true);
    expect(falls('The party would cut spending by £35bn over five years.', '£35bn')).toBe(true);
  });
  it('reads a rise as no fall', () => {
    expect(falls('UK house prices rose 1.1% in December, figures showed.', '1.1%')).toBe(false);
    expect(falls('The firm raised its spending by £35bn.', '£35bn')).toBe(false);
  });
  it('reads the word after the figure when none stands before it', () => {
    expect(falls('The economy grew 3% in 2006, after a 27% decline in 2005.', '27%')).toBe(true);
    expect(falls('Economists had forecast a 0.3% rise in output.', '0.3%')).toBe(false);
  });
  it('takes a level a change went to or from as no fall', () => {
    expect(falls('The price of silver fell to $7.35 an ounce in Europe.', '$7.35')).toBe(false);
    expect(falls('The shortfall could shrink to just over $150bn by 2011.', '$150bn')).toBe(false);
    expect(falls('Output growth slowed, down from 23% in February.', '23%')).toBe(false);
  });
  it('does not carry a fall into another clause', () => {
    expect(falls('Output slipped 0.2% in August, confounding expectations of a 0.4% rise.', '0.4%')).toBe(
      false,
    );
  });
});

describe('asFall', () => {
  it('signs a figure that opens with its number or currency, and words one that does not', () => {
    expect(asFall('0.7%')).toBe('-0.7%');
    expect(asFall('$45bn')).toBe('-$45bn');
    expect(asFall('about 3%')).toBe('fall of about 3%');
  });
});

describe('a digest line of a fall', () => {
  it('shows the fall signed, and a rise of the same measure unsigned', () => {
    const index = indexOf({
      a: 'Prices slip\n\nHouse prices in Zedland fell 0.7% in December, the statistics office said.\n',
      b: 'Prices up\n\nHouse prices in Zedland rose 1.1% in January, the statistics office said.\n',
    });
    const d = buildDigest(index, { now: new Date('2026-11-24T08:00:00Z') });
    const figures = JSON.stringify(d);
    expect(figures).toContain('"figure":"-0.7%"');
    expect(figures).toContain('"figure":"1.1%"');
    expect(figures).not.toContain('"figure":"-1.1%"');
  });
});
