import { describe, expect, it } from 'vitest';
import { claimsOfMany } from '../../src/claims/read.js';
import { describesPerson, namesNoOne, partedNames } from '../../src/claims/subject.js';
import type { FactIndex } from '../../src/index/fact-index.js';
import { indexOf } from '../helpers/index.js';

const claimOf = (index: FactIndex, figure: string) => {
  const found = claimsOfMany(index, index.facts()).find(
    (c) => c.quantity.text === figure || c.quantity.text.startsWith(`${figure} `),
  );
  if (!found) throw new Error(`no claim ${figure}`);
  return found;
};

describe('names that name no one (subject-36)', () => {
  it('leaves out a common noun written in capitals ("GDP", "TV", "LCD TV"), not a name holding one', () => {
    const text = 'Zedland GDP rose 2%, as LCD TV sales and Zed TV viewers grew.';
    expect(partedNames(text, ['Zedland', 'GDP', 'LCD TV', 'Zed TV'])).toEqual(['Zedland', 'Zed TV']);
  });

  it('leaves out a word of origin that describes a person: "The Ruritanian, seeded sixth", "the Zedlandman kicked"', () => {
    expect(namesNoOne('The Russian, seeded sixth here, won.', 'Russian')).toBe(true);
    expect(namesNoOne('The Zedlandman kicked a late goal.', 'Zedlandman')).toBe(true);
    expect(namesNoOne("It was the 24-year-old Brazilian's third goal.", 'Brazilian')).toBe(true);
    expect(namesNoOne('the Briton, made a dame for taking gold, won.', 'Briton')).toBe(true);
  });

  it('keeps a word of origin before a noun or a name, one a people shares, and a role in "-man"', () => {
    expect(namesNoOne('The Russian oil firm paid $2bn.', 'Russian')).toBe(false);
    expect(namesNoOne('The American Express card grew 8%.', 'American')).toBe(false);
    expect(namesNoOne('The Irish won by three points.', 'Irish')).toBe(false);
    expect(namesNoOne('The Chairman said profits rose.', 'Chairman')).toBe(false);
    expect(namesNoOne('Russian police held two men.', 'Russian')).toBe(false);
  });

  it('tells a definite description of a person in the words before a figure', () => {
    expect(describesPerson('Bloggs hopes to start the Dutchman, out injured for ')).toBe(true);
    expect(describesPerson('The Dutch champions won ')).toBe(false);
  });
});

describe('claims: whose a figure is when the tagger names a common noun or a person by origin (subject-36)', () => {
  it('gives a figure of "GDP" the country the article is about, not "GDP"', () => {
    const index = indexOf({
      econ:
        'Ruritania grows\n\nRuritania saw its economy grow faster than expected, officials in Ruritania said.\n\n' +
        'GDP grew 0.8% in the three months to June.\n',
    });
    expect(claimOf(index, '0.8%').subject).toEqual(['Ruritania']);
  });

  it('gives a figure of "The Ruritanian" to the person the article is about', () => {
    const index = indexOf({
      tennis:
        'Bloggs beats Quill\n\nJo Bloggs beat Kim Quill in straight sets in Zedville on Friday.\n\n' +
        'The Russian, seeded sixth here, has won 12 matches this year.\n',
    });
    const won = claimOf(index, '12');
    expect(won.subject).not.toContain('Russian');
    expect(won.subject).toEqual(['Jo Bloggs']);
  });
});
