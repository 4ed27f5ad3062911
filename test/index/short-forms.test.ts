import { describe, expect, it } from 'vitest';
import {
  formsIn,
  keepForms,
  keptForms,
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

  /**
   * The rule namesIn reads by, written plainly (every word cut out, a run a list of words): the
   * fast scan (a search past stretches with no capital, words kept as bounds) must read the same.
   */
  const plainNames = (text: string): string[][] => {
    const joiners = new Set(['of', 'for', 'and', 'the', '&']);
    const names: string[][] = [];
    let run: string[] = [];
    const flush = () => {
      while (run.length > 0 && joiners.has(run.at(-1) ?? '')) run.pop();
      for (let i = 0; i < run.length; i++) {
        if (joiners.has(run[i] ?? '')) continue;
        let capitals = 1;
        for (let j = i + 1; j < run.length && capitals < 6; j++) {
          if (joiners.has(run[j] ?? '')) continue;
          capitals++;
          names.push(run.slice(i, j + 1));
        }
      }
      run = [];
    };
    let lastEnd = -1;
    for (const m of text.matchAll(/(?:[A-Za-z0-9&'’-]|[^\p{ASCII}](?<=[\p{L}\p{N}]))+/gu)) {
      if (m.index !== lastEnd + 1 || text[lastEnd] !== ' ') flush();
      lastEnd = m.index + m[0].length;
      const possessive = /['’]s$/.test(m[0]);
      const word = possessive ? m[0].slice(0, -2) : m[0];
      if (/^\p{Lu}/u.test(m[0]) && !/['’]/.test(word)) run.push(word);
      else if (run.length > 0 && m[0].length <= 3 && joiners.has(word)) run.push(word);
      else flush();
      if (possessive) flush();
    }
    flush();
    return names;
  };

  it('reads the names a plain reading of its rule reads, past words with capitals inside and letters beyond ASCII', () => {
    const texts = [
      "eBay's Meg Whitman met O'Neill’s Harbour Rowing Union team in the UK.",
      'Ünal Çelik of the Café René Board spoke; the Bank of England’s Monetary Policy Committee did not.',
      '“The Big Apple” said Tom Grey, and the Friends of the Easton Park and Lido of Sea Town agreed.',
      'iPod maker Apple Computer and De La Rue’s Chief Executive Officer Ian Bell — with Ann Lee-Smith.',
      'Red Blue Green Yellow Orange Purple Pink Brown Grey (RBGYO) won.',
    ];
    for (const text of texts) expect(namesIn(text)).toEqual(plainNames(text));
    expect(namesIn(texts[1] ?? '').map((n) => n.join(' '))).toContain('Bank of England');
    expect(formsIn(texts[2] ?? '').names).toEqual([
      ...new Set(plainNames(texts[2] ?? '').map((n) => n.join(' '))),
    ]);
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

describe('forms kept by the index cache', () => {
  const text = 'Union fines club\n\nThe Harbour Rowing Union fined the club on Monday.\n';

  it('gives back the forms the table read, for the content hash it read them for only', () => {
    const index = indexOf({ a: text });
    const hash = index.article('a')?.hash ?? '';
    expect(keptForms(index, 'a', hash)).toBeUndefined();
    shortFormsOf(index);
    const kept = keptForms(index, 'a', hash);
    expect(kept?.names).toContain('Harbour Rowing Union');
    expect(keptForms(index, 'a', `${hash}x`)).toBeUndefined();
    expect(keptForms(index, 'a', '')).toBeUndefined();
  });

  it('builds the table from forms given for an article rather than reading its text again', () => {
    const index = indexOf({ a: text });
    const hash = index.article('a')?.hash ?? '';
    // Forms its text does not hold: the table shows they were taken as given.
    keepForms(index, 'a', hash, { names: ['Harbour Rowing Union'], written: ['HRU'], defined: [] });
    expect(shortFormsOf(index).writes('HRU')).toBe(true);
    expect(shortFormsOf(index).shortFormsOf('Harbour Rowing Union')).toEqual(['HRU']);
  });

  it('reads an article again when the forms given were for another content or no hash', () => {
    for (const hash of ['another', '']) {
      const index = indexOf({ a: text });
      keepForms(index, 'a', hash, { names: [], written: ['HRU'], defined: [] });
      expect(shortFormsOf(index).writes('HRU')).toBe(false);
    }
  });
});
