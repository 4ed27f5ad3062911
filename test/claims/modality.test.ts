/**
 * Issue 20 (digest-20): an outcome set against what was expected ("faster than expected, hitting
 * 1.6%") is reported, not expected; a figure that is the amount of an expectation ("expectations of a
 * 0.3% rise") is expected.
 */
import { describe, expect, it } from 'vitest';
import { modalityOf } from '../../src/claims/modality.js';
import { parseQuantities } from '../../src/facts/quantities.js';

const modality = (text: string, figure: string) => {
  const q = parseQuantities(text).find((x) => x.text === figure);
  if (!q) throw new Error(`no figure ${figure} in ${text}`);
  return modalityOf(text, q.start, q.end);
};

describe('modalityOf and expectations', () => {
  it('reads an outcome compared with what was expected as reported', () => {
    expect(
      modality(
        'Prices have been climbing faster than expected, reaching an annual rate of 2.3% in October.',
        '2.3%',
      ),
    ).toBe('reported');
    expect(modality('Rates were held at 4.75% on Thursday, as expected by analysts.', '4.75%')).toBe(
      'reported',
    );
  });
  it('still reads a forecast as expected', () => {
    expect(modality('Growth is expected to reach 2.5% next year.', '2.5%')).toBe('expected');
  });
  it('keeps the expected value of a comparison expected when the figure stands inside it', () => {
    expect(modality('Credit rose by £1.5bn, more than the £1.4bn expected.', '£1.4bn')).toBe('expected');
  });
  it('reads the amount of an expectation as expected', () => {
    expect(
      modality("Output slipped 0.2% in August, confounding analysts' expectations of a 0.4% rise.", '0.4%'),
    ).toBe('expected');
    expect(modality('Output slipped 0.2% in August, confounding expectations.', '0.2%')).toBe('reported');
  });
});
