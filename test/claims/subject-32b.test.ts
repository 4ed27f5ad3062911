import { describe, expect, it } from 'vitest';
import { subjectOf } from '../../src/claims/subject.js';
import { tagWords } from '../../src/facts/nlp.js';
import { parseQuantities } from '../../src/facts/quantities.js';

const figureOf = (text: string, written: string) => {
  const q = parseQuantities(text).find((x) => x.text === written);
  if (!q) throw new Error(`no figure ${written}`);
  return q;
};
const subject = (text: string, names: string[], written: string) =>
  subjectOf(text, names, figureOf(text, written), () => tagWords(text));

describe('a possessive owns the figure across the noun it owns and what that tells of (claimsb-32, issue 20 §1)', () => {
  it('reads "Zedparty\'s plan to spend £40bn" as the possessor\'s, past a pronoun that acts', () => {
    expect(
      subject('She will set Zedparty’s plan to spend £40bn against a rival plan.', ['Zedparty'], '£40bn'),
    ).toEqual(['Zedparty']);
    expect(
      subject("He praised Ruritania's long recovery from the 90 days of floods.", ['Ruritania'], '90 days'),
    ).toEqual(['Ruritania']);
  });

  it('still reads two words between, and not a word of time past them', () => {
    expect(subject("Rivals fear Acme's new £2m plant.", ['Acme'], '£2m')).toEqual(['Acme']);
    expect(
      subject(
        "Jo Bloggs missed Northtown's best chance after 40 minutes.",
        ['Jo Bloggs', 'Northtown'],
        '40 minutes',
      ),
    ).toEqual(['Jo Bloggs']);
  });
});
