import { describe, expect, it } from 'vitest';
import { claimsOfMany } from '../../src/claims/read.js';
import type { FactIndex } from '../../src/index/fact-index.js';
import { indexOf } from '../helpers/index.js';

const claimOf = (index: FactIndex, figure: string) => {
  const found = claimsOfMany(index, index.facts()).find((c) => c.quantity.text === figure);
  if (!found) throw new Error(`no claim ${figure}`);
  return found;
};

describe('whose a figure is when no name owns it: the noun phrase it belongs to', () => {
  const index = indexOf({
    trade:
      'Zarnco warns on garden trade\n\nZarnco, the garden tools maker, said trading had been hard. Zarnco makes spades and rakes.\n\n' +
      'However, garden furniture sales declined by 2.5% to $4.1bn last year. ' +
      'Pre-tax profits rose 20% to $5m. ' +
      'The survey found that 64% of rural households will buy a new lawnmower this year. ' +
      'It has 10% of the market. ' +
      'A poll found that 70% of people will vote early.\n',
  });

  it('reads the subject of a measuring verb, what it measures taken off: "garden furniture sales declined by 2.5%"', () => {
    const fall = claimOf(index, '2.5%');
    expect(fall.subject).toEqual(['garden furniture']);
    expect(fall.subjectFrom).toBe('phrase');
    // The level the movement reaches is the same phrase's.
    expect(claimOf(index, '$4.1bn').subject).toEqual(['garden furniture']);
  });

  it('reads the "of" phrase of a share that opens its clause: "64% of rural households will buy"', () => {
    const share = claimOf(index, '64%');
    expect(share.subject).toEqual(['rural households']);
    expect(share.subjectFrom).toBe('phrase');
  });

  it('leaves a phrase of measure words alone, and a pronoun to the focus', () => {
    // "Pre-tax profits" says what is measured, not whose: the article's focus stays.
    expect(claimOf(index, '20%').subjectFrom).not.toBe('phrase');
    // "It has 10% of the market": the market is what the share is of, not whose it is.
    expect(claimOf(index, '10%').subjectFrom).not.toBe('phrase');
    // "70% of people": anybody's, nobody the sentence tells.
    expect(claimOf(index, '70%').subjectFrom).not.toBe('phrase');
  });
});

describe('a share of a group takes no measure', () => {
  const index = indexOf({
    radio:
      'Radio grows\n\nSatellite radio is predicted to grow to 37% of households by 2009. ' +
      'It has 10% of the market.\n',
  });

  it('"grow to 37% of households" is a proportion of households, not a growth', () => {
    expect(claimOf(index, '37%').measure).toBeUndefined();
  });

  it('a share of a market is still a market share', () => {
    expect(claimOf(index, '10%').measure?.name).toBe('market share');
  });
});

describe('the common-noun subject of a figure’s clause, when no name owns it', () => {
  const index = indexOf({
    air:
      'Zedco Air profits fall\n\nZedco Air, the Ruritanian carrier, said profits fell. Zedco Air flies to 40 cities. Zedco Air has 12 planes.\n\n' +
      'The airline made a pre-tax profit of £75m in the quarter. ' +
      'Gamers spent more than £1.3bn in 2004. ' +
      'In September the council introduced grants worth up to £4m per school. ' +
      'Spam messages are thought to make up at least 70% of all e-mails sent. ' +
      'Analysts have valued the six shops at £40m. ' +
      'The singer said the show made £2m.\n',
  });

  it('reads the subject of the clause’s verb: "Gamers spent more than £1.3bn"', () => {
    const spent = claimOf(index, 'more than £1.3bn');
    expect(spent.subject).toEqual(['Gamers']);
    expect(spent.subjectFrom).toBe('phrase');
  });

  it('passes over a phrase fronted by a preposition: "In September the council introduced ... £4m"', () => {
    expect(claimOf(index, 'up to £4m').subject).toEqual(['council']);
  });

  it('reads the clause’s subject, not the "of" phrase of a share that does not open its clause', () => {
    expect(claimOf(index, 'at least 70%').subject).toEqual(['Spam messages']);
  });

  it('"the airline" names the article’s organisation again: its focus, resolved, not a phrase', () => {
    const profit = claimOf(index, '£75m');
    expect(profit.subject).toEqual(['Zedco Air']);
    expect(profit.subjectFrom).toBe('resolved');
  });

  it('gives no phrase owner for those who only report a figure, nor for a person’s role', () => {
    expect(claimOf(index, '£40m').subjectFrom).not.toBe('phrase');
    expect(claimOf(index, '£2m').subject).not.toEqual(['singer']);
  });
});

describe('a period is when, never whose (digest-14)', () => {
  const index = indexOf({
    econ:
      'Freedonia slows\n\nFreedonia saw its economy slow sharply last year, officials said.\n\n' +
      'The first quarter saw annual growth of 5.8%, with the second seeing 1.4%. ' +
      'An earlier figure of 0.5% expansion between July and September has been revised to a 0.3% fall. ' +
      'Garden furniture sales declined by 2.5% in the same period.\n',
  });

  it('gives no phrase owner to "the first quarter" or "July and September"', () => {
    expect(claimOf(index, '5.8%').subject).not.toContain('first quarter');
    expect(claimOf(index, '0.3%').subject).not.toContain('September');
    expect(claimOf(index, '0.3%').subject).not.toContain('July and September');
  });

  it('still reads a phrase that names a thing: "Garden furniture sales declined by 2.5%"', () => {
    expect(claimOf(index, '2.5%').subject).toEqual(['Garden furniture']);
  });
});
