import { describe, expect, it } from 'vitest';
import {
  formsIn,
  MAX_EXPANSIONS,
  namesIn,
  ShortForms,
  shortFormsOf,
  spellsInitials,
  strictKeys,
  writtenOtherwise,
} from '../../src/index/short-forms.js';
import { article, indexOf } from '../helpers/index.js';

describe('spellsInitials', () => {
  it('reads a capitalised word by its first letter, a word in capitals by all of them, a small word either way', () => {
    expect(spellsInitials('HRU', ['Harbour', 'Rowing', 'Union'])).toBe(true);
    expect(spellsInitials('FOE', ['Friends', 'of', 'Easton'])).toBe(true);
    expect(spellsInitials('FE', ['Friends', 'of', 'Easton'])).toBe(true);
    expect(spellsInitials('UKRA', ['UK', 'Rowing', 'Authority'])).toBe(true);
    expect(spellsInitials('URA', ['UK', 'Rowing', 'Authority'])).toBe(true);
    expect(spellsInitials('HRA', ['Harbour', 'Rowing', 'Union'])).toBe(false);
    // A small word neither opens nor ends a name; one word is no name of initials.
    expect(spellsInitials('OE', ['of', 'Easton'])).toBe(false);
    expect(spellsInitials('H', ['Harbour'])).toBe(false);
  });

  it('looks a short form up by the strict initials it may stand for', () => {
    expect(strictKeys('FOE').sort()).toEqual(['FE', 'FO', 'FOE']);
  });
});

describe('formsIn and namesIn', () => {
  it('reads names, cut at punctuation and after a possessive, with small words inside', () => {
    const names = namesIn("The Friends of Easton Park met. Ann Grey's Harbour Rowing Union, said HRU.").map(
      (n) => n.join(' '),
    );
    expect(names).toContain('Friends of Easton Park');
    expect(names).toContain('Friends of Easton');
    expect(names).toContain('Harbour Rowing Union');
    expect(names).not.toContain('Park Ann');
    expect(names).not.toContain('Grey Harbour');
  });

  it('reads the short forms written and those defined in brackets, in lower case too', () => {
    const forms = formsIn('Most harbour pilot services (HPSs) joined the Easton Rowing Club (ERC) in May.');
    expect(forms.defined).toEqual([
      ['HPS', 'harbour pilot services'],
      ['ERC', 'Easton Rowing Club'],
    ]);
    expect(forms.written).toEqual(expect.arrayContaining(['HPS', 'ERC']));
  });
});

describe('ShortForms', () => {
  const table = new ShortForms([
    formsIn('The Harbour Rowing Union fined the club. The Harbour Rowing Union met.'),
    formsIn('The Hill Runners Unit trained. Easton Rowing Club won.'),
    formsIn('The HRU said it would appeal. The Easton Rowing Club (ERC) won again. ERC fans cheered.'),
    formsIn('Greg Brown and Gail Black met the Easton Board (EB).'),
  ]);

  it('gives a short form no definition gives the names its letters spell, most written first', () => {
    expect(table.expansions('HRU')).toEqual(['Harbour Rowing Union', 'Hill Runners Unit']);
    expect(table.expansions('HRU').length).toBeLessThanOrEqual(MAX_EXPANSIONS);
  });

  it('gives a defined short form its definition only', () => {
    expect(table.expansions('ERC')).toEqual(['Easton Rowing Club']);
  });

  it('reads two letters as initials only where a definition says so', () => {
    expect(table.expansions('GB')).toEqual([]);
    expect(table.expansions('EB')).toEqual(['Easton Board']);
  });

  it('gives a name the short forms the coverage writes for it', () => {
    expect(table.shortFormsOf('Harbour Rowing Union')).toEqual(['HRU']);
    expect(table.shortFormsOf('Easton Rowing Club')).toEqual(['ERC']);
    expect(table.shortFormsOf('Greg Brown')).toEqual([]);
    expect(writtenOtherwise(table, 'HRU Cup')).toBe(true);
    expect(writtenOtherwise(table, 'Harbour Rowing Union')).toBe(true);
    expect(writtenOtherwise(table, 'Greg Brown')).toBe(false);
  });
});

describe('shortFormsOf an index', () => {
  it('reads the coverage once per version of the index, and sees a new article', () => {
    const index = indexOf({ a: 'Union fines club\n\nThe Harbour Rowing Union fined the club on Monday.\n' });
    const first = shortFormsOf(index);
    expect(shortFormsOf(index)).toBe(first);
    expect(first.writes('HRU')).toBe(false);
    index.upsert(article('b', 'Union to appeal\n\nThe HRU said it would appeal.\n'));
    const second = shortFormsOf(index);
    expect(second).not.toBe(first);
    expect(second.writes('HRU')).toBe(true);
    expect(second.shortFormsOf('Harbour Rowing Union')).toEqual(['HRU']);
    index.remove('b');
    expect(shortFormsOf(index).writes('HRU')).toBe(false);
  });
});
