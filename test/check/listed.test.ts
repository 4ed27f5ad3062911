/**
 * A count the draft spells out by the names it lists right after it (`listed.ts`, check-35): the
 * coverage naming every listed name states it, however it counts them. Made-up names and sentences.
 */
import { describe, expect, it } from 'vitest';
import { type CheckResult, type Claim, checkDraft } from '../../src/check/check.js';
import { countOf, listedNames, names } from '../../src/check/listed.js';
import { indexOf } from '../helpers/index.js';

function claim(result: CheckResult, figure: string): Claim {
  const found = result.claims.find((c) => c.figure.startsWith(figure));
  if (!found) throw new Error(`no claim ${figure} in ${result.claims.map((c) => c.figure).join(', ')}`);
  return found;
}

describe('countOf', () => {
  it('reads two to ten, in words or digits', () => {
    expect(countOf('Four technology firms')).toBe(4);
    expect(countOf('two big rivals')).toBe(2);
    expect(countOf('3 banks')).toBe(3);
    expect(countOf('three-nation')).toBe(3);
  });
  it('is none for one, eleven and more, or no count', () => {
    expect(countOf('one person')).toBeUndefined();
    expect(countOf('12 banks')).toBeUndefined();
    expect(countOf('£4bn')).toBeUndefined();
  });
});

describe('listedNames', () => {
  it('gives the names listed after the noun counted, as many as the count', () => {
    expect(
      listedNames('Four technology firms, Northco, Westco, Eastco and Southco, are working on it.', 4),
    ).toEqual(['Northco', 'Westco', 'Eastco', 'Southco']);
    expect(listedNames('two big rivals, Alpha Systems and the Bank of Beta.', 2)).toEqual([
      'Alpha Systems',
      'Bank of Beta',
    ]);
    expect(listedNames('Two war-torn lands, Ostland and Westmark, will talk.', 2)).toEqual([
      'Ostland',
      'Westmark',
    ]);
  });
  it('is none where the list is longer or shorter than the count', () => {
    expect(
      listedNames('Three firms, Northco, Westco, Eastco and Southco, are working on it.', 3),
    ).toBeUndefined();
    expect(listedNames('five clubs, Northtown and Southport.', 5)).toBeUndefined();
  });
  it('is none where no list follows the noun (a clause, lower-case words)', () => {
    expect(listedNames('three roles: speaker, judge and minister.', 3)).toBeUndefined();
    expect(
      listedNames('four firms said on Monday that Northco, Westco and Eastco would merge.', 3),
    ).toBeUndefined();
  });
});

describe('names', () => {
  it('finds a name as whole words only', () => {
    expect(names('Northco and Westco agreed.', 'Westco')).toBe(true);
    expect(names('Westcoast agreed.', 'Westco')).toBe(false);
  });
});

describe('a count the draft spells out by its list', () => {
  const index = indexOf({
    a: 'Gadget makers join forces\n\nNorthco, Westco, Eastco and Southco will agree a common standard for players, costing 40m euros. The move lets the four firms set their own rules.\n',
    b: 'Other news\n\nFour banks in Yland reported higher profits of 12%.\n',
  });
  it('is Supported where the story names every listed name', () => {
    const result = checkDraft(
      index,
      'Four gadget giants, Northco, Westco, Eastco and Southco, will agree a common standard costing 40m euros.',
    );
    expect(claim(result, '40m euros').verdict).toBe('supported');
    const c = claim(result, 'Four');
    expect(c.verdict).toBe('supported');
    expect(c.evidence[0]?.citations.map((x) => x.id)).toEqual(['a']);
  });
  it('is not Supported by the list where the story never names one of them', () => {
    const result = checkDraft(
      index,
      'Four gadget giants, Northco, Westco, Eastco and Farco, will agree a common standard costing 40m euros.',
    );
    expect(claim(result, 'Four').verdict).not.toBe('supported');
  });
});
