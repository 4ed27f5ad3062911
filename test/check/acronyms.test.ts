/**
 * An acronym names the holder whose capitalised words it abbreviates: the draft's "FRIC" is the
 * article's "Federal Research Institute of Commerce (FRIC)", so that sentence's figure is not another
 * subject's. Made-up articles and names; each verdict is worked out from their words.
 */
import { describe, expect, it } from 'vitest';
import { acronymsIn, sameByAcronym } from '../../src/check/acronyms.js';
import { type CheckResult, type Claim, checkDraft } from '../../src/check/check.js';
import { indexOf } from '../helpers/index.js';

function claim(result: CheckResult, figure: string): Claim {
  const found = result.claims.find((c) => c.figure === figure);
  if (!found) throw new Error(`no claim ${figure} in ${result.claims.map((c) => c.figure).join(', ')}`);
  return found;
}

describe('acronyms read from the text', () => {
  it('finds acronyms in capitals, a plural or possessive ending aside', () => {
    expect([...acronymsIn("The FRIC's report and the MPs (NTO) said so. A Big Name.")].sort()).toEqual([
      'FRIC',
      'MP',
      'NTO',
    ]);
  });

  it('reads the spelled-out name as the index reads names, its small words giving an initial or none', () => {
    const long = 'The Freedom of Information Office (FOIO) said so.';
    const holder = ['freedom', 'information'];
    expect(sameByAcronym(['foio'], 'FOIO said so.', holder, long)).toBe(true);
    expect(sameByAcronym(['fio'], 'FIO said so.', holder, long)).toBe(true);
    expect(sameByAcronym(['fia'], 'FIA said so.', holder, long)).toBe(false);
  });

  it('holds two holders one when one is the acronym of the other’s name, either way round', () => {
    const long = 'The Federal Research Institute of Commerce (FRIC) claims that taxes must rise by £12bn.';
    expect(
      sameByAcronym(['fric'], 'FRIC reckons taxes must rise by £12bn.', ['federal', 'research'], long),
    ).toBe(true);
    expect(
      sameByAcronym(
        ['federal', 'research'],
        'The Federal Research Institute of Commerce reckons taxes must rise by £12bn.',
        ['fric'],
        'FRIC said taxes must rise by £12bn.',
      ),
    ).toBe(true);
  });

  it('holds two holders apart when the initials differ or the word is not written in capitals', () => {
    const long = 'The Federal Research Institute of Commerce (FRIC) claims that taxes must rise by £12bn.';
    expect(
      sameByAcronym(['ftc'], 'FTC reckons taxes must rise by £12bn.', ['federal', 'research'], long),
    ).toBe(false);
    expect(
      sameByAcronym(['fric'], 'Fric reckons taxes must rise by £12bn.', ['federal', 'research'], long),
    ).toBe(false);
  });
});

describe('a draft naming a holder by its acronym', () => {
  const index = indexOf({
    report:
      'Taxes must rise, says report\n\nThe Federal Research Institute of Commerce (FRIC) says that taxes will need to rise by about £14bn if public finances, strained by a decade of overspending on roads and pensions, are to be repaired. The Treasury insisted it was meeting its targets.\n',
    other:
      'Budget row\n\nThe Treasury said its spending plans were fully funded until 2009, and dismissed the claims.\n',
  });

  it('finds the figure the article gives the spelled-out name', () => {
    const result = checkDraft(index, 'The FRIC says taxes must rise by about £14bn.');
    expect(claim(result, 'about £14bn').verdict).toBe('supported');
  });

  it('still holds a holder with other initials another subject', () => {
    const result = checkDraft(index, 'The FTC says taxes must rise by about £14bn.');
    expect(claim(result, 'about £14bn').verdict).not.toBe('supported');
  });
});
