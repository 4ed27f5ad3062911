/**
 * measure-36 (issue 20 §1): people counted by what they do though a place or a modal stands between
 * (users, an audience), an audience's own noun ("a crowd of"), a price by its verb of sale ("sold
 * for", "offers X for"); a figure its own past moment dates is reported.
 */
import { describe, expect, it } from 'vitest';
import { modality, structure } from '../helpers/figures.js';

describe('people counted by what they do', () => {
  it('reads users and an audience past a place and a modal', () => {
    expect(
      structure(
        'Some 31 million people in Zedland, Ruritania and Utopia now only use a tablet.',
        'Some 31 million',
      ),
    ).toBe('customers');
    expect(
      structure('Over 6.2 million consumers in Zedland and Utopia can now use Zedpay.', 'Over 6.2 million'),
    ).toBe('customers');
    expect(
      structure('Roughly 84,000 Zedlanders are expected to attend the spring fair.', 'Roughly 84,000'),
    ).toBe('customers');
    expect(
      structure('Over 12 million Zedlanders around Utopia have seen the Zedtown play.', 'Over 12 million'),
    ).toBe('customers');
  });
  it('reads an audience by its own noun', () => {
    expect(structure('A later gig drew a crowd of 310,000.', '310,000')).toBe('customers');
  });
  it('leaves people who do something else, and players, alone', () => {
    expect(
      structure('Some 31 million people in Zedland now only eat bread.', 'Some 31 million'),
    ).toBeUndefined();
    expect(structure('The coach invited 37 players to attend a camp.', '37 players')).toBeUndefined();
  });
});

describe('a price by its verb of sale', () => {
  it('reads sold for and offered for as a price', () => {
    expect(structure('The painting was sold at auction for £6.1m in 2001.', '£6.1m')).toBe('price');
    expect(structure('Zednet offers a music service for £3.49 per month.', '£3.49')).toBe('price');
    expect(structure('The lamp is priced £2,150.', '£2,150')).toBe('price');
  });
  it('leaves an offer of its own amount an offer', () => {
    expect(structure('Zedco offered $4bn for Rivalco last week.', '$4bn')).not.toBe('price');
    expect(structure('Zedco offered Rivalco shareholders for 310p a share.', '310p')).not.toBe('price');
  });
});

describe('how sure: a figure dated in the past', () => {
  it('reads a figure its own past moment dates as reported beside a forecast', () => {
    expect(modality('Output is set to grow about 6% this year after 7% growth last year.', '7%')).toBe(
      'reported',
    );
    expect(modality('Analysts predict a profit of £90m, against £112m last year.', '£112m')).toBe('reported');
    expect(modality('Analysts predict a profit of £90m, against £112m last year.', '£90m')).toBe('expected');
  });
  it('still reads a forecast with no past moment as expected', () => {
    expect(modality('Output is set to grow about 6% this year.', '6%')).toBe('expected');
  });
});
