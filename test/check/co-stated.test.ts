/**
 * A sentence of the story giving a figure's value and another figure's of the draft's sentence, in
 * the draft's order, is the sentence the draft paraphrases (`coStated`, check-33): it states the
 * figure however few words the two share. Made-up sentences; every value is read from their words.
 */
import { describe, expect, it } from 'vitest';
import {
  type CheckResult,
  type Claim,
  type CoStatedFigure,
  checkDraft,
  coStated,
} from '../../src/check/check.js';
import { parseQuantities } from '../../src/facts/quantities.js';
import type { Fact } from '../../src/facts/types.js';
import { indexOf } from '../helpers/index.js';

/** The sentences of an article. */
function factsOf(text: string): Fact[] {
  return [...indexOf({ a: `A headline\n\n${text}\n` }).factsOf('a')];
}

/** The figures of a draft sentence, keyed by how they are written, all of one sentence. */
function figuresOf(text: string): Map<string, CoStatedFigure> {
  const sentence = { fact: { text } };
  return new Map(parseQuantities(text).map((quantity) => [quantity.text, { sentence, quantity }]));
}

function claim(result: CheckResult, figure: string): Claim {
  const found = result.claims.find((c) => c.figure === figure);
  if (!found) throw new Error(`no claim ${figure} in ${result.claims.map((c) => c.figure).join(', ')}`);
  return found;
}

const texts = (facts: readonly Fact[]) => facts.map((f) => f.text);

describe('coStated', () => {
  const output = factsOf(
    'Zedland production over the quarter edged up 0.1%, or 0.3% when annualised. Sales of cars rose 0.1% in May.',
  );
  const draft = 'Zedland barely moved, growing a thin 0.1%, which comes to a yearly pace of 0.3%.';
  const figures = figuresOf(draft);
  const of = (written: string) => figures.get(written) as CoStatedFigure;

  it('gives the sentence stating the figure and another of its sentence, in order', () => {
    expect(texts(coStated(of('0.1%'), figures, output))).toEqual([
      'Zedland production over the quarter edged up 0.1%, or 0.3% when annualised.',
    ]);
    expect(texts(coStated(of('0.3%'), figures, output))).toHaveLength(1);
  });

  it('needs the other figure there: the value alone ("rose 0.1% in May") is not the paraphrase', () => {
    const alone = figuresOf('Zedland barely moved, growing a thin 0.1%.');
    expect(coStated(alone.get('0.1%') as CoStatedFigure, alone, output)).toEqual([]);
  });

  it('is none where the two values stand in the other order (a swap)', () => {
    const swapped = factsOf('Zedland output grew at an annual rate of 0.1%, or 0.3% in the quarter.');
    const pace = figuresOf('Zedland expanded by 0.3% in the quarter, an annualised pace of 0.1%.');
    expect(coStated(pace.get('0.3%') as CoStatedFigure, pace, swapped)).toEqual([]);
  });

  it('is none where the clauses name other years (another moment)', () => {
    const years = factsOf('Zedland expects output up 4.3% in 2005 and 4.2% in 2006.');
    const draftYears = figuresOf('Zedland will grow 4.3% this year, and inflation slowed to 4.2% in 2004.');
    expect(coStated(draftYears.get('4.2%') as CoStatedFigure, draftYears, years)).toEqual([]);
  });

  it('is none in another unit ("six kilometres" for "six miles")', () => {
    const km = factsOf('Households on the 1,000 lines need to be within 6 kilometres of a hub.');
    const miles = figuresOf('Households on the 1,000 lines need to be within 6 miles of a hub.');
    expect(coStated(miles.get('6 miles') as CoStatedFigure, miles, km)).toEqual([]);
  });
});

describe('a figure the story states beside another of its sentence', () => {
  const index = indexOf({
    zed: 'Zedland jobs\n\nZedland shed 12,500 posts over twelve months, its statistics bureau reported. Production over the quarter edged up 0.1%, or 0.3% when annualised.\n',
    other: 'Yland economy\n\nYland exports fell 2% in the year.\n',
  });
  it('is supported from that sentence, in the story the draft’s other figure finds', () => {
    const result = checkDraft(
      index,
      'Zedland shed 12,500 posts over twelve months, its statistics bureau reported. The economy barely moved, growing a thin 0.1%, which comes to a yearly pace of 0.3%.',
    );
    expect(claim(result, '12,500 posts').verdict).toBe('supported');
    for (const figure of ['0.1%', '0.3%']) {
      const c = claim(result, figure);
      expect(c.verdict).toBe('supported');
      expect(c.evidence[0]?.citations.map((x) => x.id)).toEqual(['zed']);
    }
  });
});
