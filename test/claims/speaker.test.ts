import { describe, expect, it } from 'vitest';
import { attributionOf, firstPersonQuote } from '../../src/claims/speaker.js';

/** The words of a sentence before a figure written in it. */
const wordsBefore = (text: string, figure: string) => text.slice(0, text.indexOf(figure));

describe('firstPersonQuote', () => {
  it('reads a figure after "I" or "my" in quoted speech as spoken in the first person', () => {
    const a = '"I have felt 100% since January," said Bloggs.';
    expect(firstPersonQuote(a, wordsBefore(a, '100%'))).toBe(true);
    const b = '"But then I hurt my wrist three days before the final.';
    expect(firstPersonQuote(b, wordsBefore(b, 'three days'))).toBe(true);
  });

  it('does not when no quotation mark is written, nor when another person or thing stands after the "I"', () => {
    const plain = 'I am 100% sure, the report says.';
    expect(firstPersonQuote(plain, wordsBefore(plain, '100%'))).toBe(false);
    const he = '"I think he can score 20 goals," said Bloggs.';
    expect(firstPersonQuote(he, wordsBefore(he, '20'))).toBe(false);
    const firm = '"I think the firm can make £5m," said Bloggs.';
    expect(firstPersonQuote(firm, wordsBefore(firm, '£5m'))).toBe(false);
    const after = '"It took 20 minutes for me," said Bloggs.';
    expect(firstPersonQuote(after, wordsBefore(after, '20'))).toBe(false);
  });
});

describe('attributionOf', () => {
  it('reads the name a verb of saying follows or precedes', () => {
    expect(attributionOf('"I feel fine," said Bloggs.', ['Bloggs'])).toEqual({ name: 'Bloggs' });
    expect(attributionOf('"I do not know," Jo Bloggs told Radio Zed.', ['Jo Bloggs', 'Radio Zed'])).toEqual({
      name: 'Jo Bloggs',
    });
    expect(attributionOf('In an interview Mr Bloggs said: "I believe it.', ['Mr Bloggs'])).toEqual({
      name: 'Mr Bloggs',
    });
  });

  it("passes over a name that only describes the speaker's role, and reads a person reference that speaks", () => {
    expect(
      attributionOf('"I am delighted," said Northtown boss Jo Bloggs.', ['Northtown', 'Jo Bloggs']),
    ).toEqual({
      name: 'Jo Bloggs',
    });
    expect(attributionOf('"I have a few weeks," she said.', [])).toEqual({ reference: true });
    expect(attributionOf('"I hit a low point," said the 24-year-old.', [])).toEqual({ reference: true });
  });

  it('gives nothing for a sentence that attributes no speech', () => {
    expect(attributionOf('"I am 100% fit."', [])).toBeUndefined();
    expect(attributionOf('Bloggs scored twice in Zedville.', ['Bloggs', 'Zedville'])).toBeUndefined();
  });
});
