/**
 * The check's rules that tell whether a value of the coverage is the draft figure's: an age beside
 * a name, an amount's conversion in brackets, a value the draft gives to another of its figures.
 * Made-up articles; each verdict is worked out from the articles' words, not echoed.
 */
import { describe, expect, it } from 'vitest';
import {
  ageAfterName,
  type CheckResult,
  type Claim,
  checkDraft,
  givenElsewhere,
} from '../../src/check/check.js';
import { parseQuantities } from '../../src/facts/quantities.js';
import type { Fact } from '../../src/facts/types.js';
import { indexOf } from '../helpers/index.js';

function claim(result: CheckResult, figure: string): Claim {
  const found = result.claims.find((c) => c.figure === figure);
  if (!found) throw new Error(`no claim ${figure} in ${result.claims.map((c) => c.figure).join(', ')}`);
  return found;
}

describe('ages', () => {
  it('an age set off right after a name is that person’s', () => {
    const text = 'The protesters are Pat Quill, 37, a farmer, and Mr Roe, 54, a vet.';
    const fact = { text } as Fact;
    const [first, second] = parseQuantities(text);
    if (!first || !second) throw new Error('ages not read');
    expect(ageAfterName({ fact, quantity: first }, { names: ['Pat Quill'] })).toBe(true);
    expect(ageAfterName({ fact, quantity: second }, { names: ['Pat Quill'] })).toBe(false);
    // "Pat" stands before 37 too, but not set off right before it.
    expect(ageAfterName({ fact, quantity: first }, { names: ['Pat'] })).toBe(false);
    expect(ageAfterName({ fact, quantity: second }, { names: ['Sam Roe'] })).toBe(true);
    expect(ageAfterName({ fact, quantity: second }, { names: ['Sam Roe'], carried: true })).toBe(false);
  });

  const honours = indexOf({
    honours:
      'Honours list\n\nSir Alan Gray, the head of the Northtown agency, is knighted. The outgoing head of the Southtown office, Tom Brook, is made a Commander. Mr Brook, 61, is to retire in May. Less contentious will be the knighthood for Derek Whitby, who wrote a review of schools. Former bank chief Mr Whitby, 61, has produced not one but two big reports on the school system.\n',
  });

  it('an age another figure of the draft takes is still evidence beside its own person’s name', () => {
    const result = checkDraft(
      honours,
      'Tom Brook, 61, the outgoing head of the Southtown office, is made a Commander. Less controversial is a knighthood for Derek Whitby, 58, author of two school reports.',
    );
    expect(claim(result, '61').verdict).toBe('supported');
    const c = claim(result, '58');
    expect(c.verdict).toBe('contradicted');
    expect(c.note).toMatch(/\b61\b/);
  });

  it('an age beside the person’s own name outweighs the same age given of someone else', () => {
    const index = indexOf({
      victims:
        'Scots victim named\n\nNorthtown architect Dominic Stone was named as the first Scot to die. The 27 year old was on holiday on the island with Eileen Lark, 24.\n',
    });
    const wrong = checkDraft(
      index,
      'Northtown architect Dominic Stone was the first Scot to die; he was on holiday on the island with Eileen Lark, 27, who is still missing.',
    );
    const c = claim(wrong, '27');
    expect(c.verdict).toBe('contradicted');
    expect(c.note).toMatch(/\b24\b/);
    const right = checkDraft(
      index,
      'Northtown architect Dominic Stone was the first Scot to die; he was on holiday on the island with Eileen Lark, 24, who is still missing.',
    );
    expect(claim(right, '24').verdict).toBe('supported');
  });

  it('a draft’s age is the person’s it is set off after, as the claims read an article’s', () => {
    const index = indexOf({
      victims:
        'Scots victim named\n\nNorthtown architect Dominic Stone was named as the first Scot to die. He was on holiday on the island with Eileen Lark, 24, who is still missing.\n',
    });
    const result = checkDraft(
      index,
      'Northtown architect Dominic Stone was the first Scot to die; he was on holiday on the island with Eileen Lark, 27, who is still missing.',
    );
    expect(claim(result, '27').subject).toBe('Eileen Lark');
  });
});

describe('a conversion in brackets', () => {
  const index = indexOf({
    fraud:
      'Fraud trial opens\n\nRichard Scrush, 49, is accused of directing a $3.4bn (£1.8bn) accounting fraud at the firm he set up.\n',
  });

  it('is the amount it converts: the stating sentence’s own conversion rules it out', () => {
    const result = checkDraft(
      index,
      'The former head of Healthco, Richard Scrush, has gone on trial accused of directing a $3.4 billion (£2.1 billion) accounting fraud.',
    );
    expect(claim(result, '$3.4 billion').verdict).toBe('supported');
    const c = claim(result, '£2.1 billion');
    expect(c.verdict).toBe('contradicted');
    expect(c.note).toMatch(/£1\.8bn/);
  });

  it('is borne out by the stating sentence’s own conversion', () => {
    const result = checkDraft(
      index,
      'The former head of Healthco, Richard Scrush, has gone on trial accused of directing a $3.4 billion (£1.8 billion) accounting fraud.',
    );
    expect(claim(result, '£1.8 billion').verdict).toBe('supported');
  });
});

describe('a conversion stated for another line of a list', () => {
  const index = indexOf({
    budget:
      'Budget spends on schools\n\nIn his budget the minister raised spending on schools to 64.2bn rupees ($1.4bn) and spending on hospitals to 93.7bn rupees ($2.15bn).\n',
  });

  it('is confused: the coverage converts the draft’s amount to another value, which is shown', () => {
    const result = checkDraft(
      index,
      'The minister raised spending on schools to 64.2bn rupees ($2.15bn) in his budget.',
    );
    expect(claim(result, '64.2bn rupees').verdict).toBe('supported');
    const c = claim(result, '$2.15bn');
    expect(c.verdict).toBe('contradicted');
    expect(c.note).toMatch(/\$1\.4bn/);
  });

  it('stands where the coverage converts the draft’s amount to it', () => {
    const result = checkDraft(
      index,
      'The minister raised spending on hospitals to 93.7bn rupees ($2.15bn) in his budget.',
    );
    expect(claim(result, '$2.15bn').verdict).toBe('supported');
  });
});

describe('a value the draft gives to another of its figures', () => {
  const index = indexOf({
    funding:
      'Party funding\n\nThere were almost £74m in declared donations to the parties in 1999, 2000 and 2001, with nearly £15m of it in individual gifts of more than £1m.\n',
  });

  it('is that figure’s: it does not stop the sentence’s other value ruling this one out', () => {
    const result = checkDraft(
      index,
      'Parties reported almost £74 million in donations in 1999, 2000 and 2001, nearly £51 million of it in individual gifts of more than £1 million.',
    );
    expect(claim(result, 'more than £1 million').verdict).toBe('supported');
    const c = claim(result, 'nearly £51 million');
    expect(c.verdict).toBe('contradicted');
    expect(c.note).toMatch(/nearly £15m/);
  });

  it('is told by the values the draft’s sentence states', () => {
    const [total, part, floor] = parseQuantities(
      'almost £74m in donations, nearly £51m of it in gifts of more than £1m',
    );
    const [stated] = parseQuantities('more than £1m');
    if (!total || !part || !floor || !stated) throw new Error('figures not read');
    const sentence = { quantities: [total, part, floor] };
    expect(givenElsewhere(sentence, part, stated)).toBe(true);
    expect(givenElsewhere(sentence, floor, stated)).toBe(false);
  });
});
