/**
 * An article that states a figure the draft gives a subject by name is about that subject, whatever
 * it calls it ("the Tories", "they"): there its values may rule out the subject's other figures, as
 * those of an article naming it may. Made-up articles; each verdict is worked out from their words.
 */
import { describe, expect, it } from 'vitest';
import { type CheckResult, type Claim, checkDraft } from '../../src/check/check.js';
import { indexOf } from '../helpers/index.js';

function claim(result: CheckResult, figure: string): Claim {
  const found = result.claims.find((c) => c.figure === figure);
  if (!found) throw new Error(`no claim ${figure} in ${result.claims.map((c) => c.figure).join(', ')}`);
  return found;
}

describe('a subject the article calls otherwise', () => {
  const index = indexOf({
    plans:
      'Opposition sets out savings\n\nThe opposition party unveiled its spending plans on Monday. They claim they can save £6bn on government waste, of which £1.8bn could go towards cutting pensioners’ bills.\n',
    other:
      'Ruritania budget\n\nThe Ruritanian Unionists say they would spend £2bn on roads and £900m on rail.\n',
  });

  it('a figure of the subject stated there lets its other values rule out a changed one', () => {
    const result = checkDraft(
      index,
      'The Unionists would use £1.8bn of a claimed £7bn in savings on government waste to cut pensioners’ bills.',
    );
    expect(claim(result, '£1.8bn').verdict).toBe('supported');
    const changed = claim(result, '£7bn');
    expect(changed.verdict).toBe('contradicted');
    expect(changed.note).toMatch(/£6bn/);
  });

  it('without a figure of the subject stated there, the article never naming it rules nothing out', () => {
    const result = checkDraft(index, 'The Unionists claimed £7bn in savings on government waste.');
    expect(claim(result, '£7bn').verdict).toBe('not found');
  });
});

describe('a holder the coverage names for a figure of the draft’s subject', () => {
  const index = indexOf({
    plans:
      'Unionists set out savings\n\nThe Unionists unveiled their plans on Monday. The Tories would use £1.3bn of savings on government waste to cut pensioners’ bills. In all, the Tories reckon efficiency savings reach £4bn.\n',
    other:
      'Ruritania budget\n\nThe Ruritanian Unionists say they would spend £2bn on roads and £900m on rail.\n',
  });

  it('is that subject: its other values rule out a changed figure', () => {
    const result = checkDraft(
      index,
      'The Unionists would use £1.3bn of savings on government waste to cut pensioners’ bills. The Unionists claimed £5bn of efficiency savings in total, an ambitious figure.',
    );
    expect(claim(result, '£1.3bn').verdict).toBe('supported');
    const changed = claim(result, '£5bn');
    expect(changed.verdict).toBe('contradicted');
    expect(changed.note).toMatch(/£4bn/);
  });
});
