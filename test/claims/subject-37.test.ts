import { describe, expect, it } from 'vitest';
import { claimsOfMany } from '../../src/claims/read.js';
import { passesOn } from '../../src/claims/subject.js';
import type { FactIndex } from '../../src/index/fact-index.js';
import { indexOf } from '../helpers/index.js';

const claimOf = (index: FactIndex, figure: string) => {
  const found = claimsOfMany(index, index.facts()).find(
    (c) => c.quantity.text === figure || c.quantity.text.startsWith(`${figure} `),
  );
  if (!found) throw new Error(`no claim ${figure}`);
  return found;
};

const at = (text: string, name: string) => ({ name, at: text.indexOf(name) });

describe('a speaker who passes a figure on (subject-37)', () => {
  it('reads a clause with a subject of its own after a verb of saying or believing', () => {
    const a = 'Guild officer Jo Bloggs argued the firm broke a 60-day rule.';
    expect(passesOn(a, at(a, 'Jo Bloggs'), a.indexOf('60-day'))).toBe(true);
    const b = 'Kim Quill, a voice for Zedco, said that the first kettles were sold for £900.';
    expect(passesOn(b, at(b, 'Kim Quill'), b.indexOf('£900'))).toBe(true);
    const c = 'Mr Quill had previously said the register could hold 30 shops.';
    expect(passesOn(c, at(c, 'Mr Quill'), c.indexOf('30'))).toBe(true);
  });

  it('not where the clause is the speaker own: "he", a first person, "to", or the figure right after the verb', () => {
    const a = 'Jo Bloggs said he had scored 20 goals.';
    expect(passesOn(a, at(a, 'Jo Bloggs'), a.indexOf('20'))).toBe(false);
    const b = 'Bloggs said: "It is my 50th cap."';
    expect(passesOn(b, at(b, 'Bloggs'), b.indexOf('50th'))).toBe(false);
    const c = 'Mr Bloggs has promised to cut taxes by £5bn.';
    expect(passesOn(c, at(c, 'Mr Bloggs'), c.indexOf('£5bn'))).toBe(false);
    const d = 'Mr Bloggs said 7,300 jobs had gone.';
    expect(passesOn(d, at(d, 'Mr Bloggs'), d.indexOf('7,300'))).toBe(false);
  });

  it("gives the figure a person passes on to what the article is about, an organisation's stays its own", () => {
    const index = indexOf({
      paper:
        'Zedco Group to cut staff\n\nThe Zedco Group is to cut 90 jobs at its papers, Zedco Group said on Monday.\n\n' +
        'Zedco Group has owned the papers since 2004.\n\n' +
        'Guild officer Jo Bloggs argued the company broke its 30 day notice rule.\n\n' +
        'Bloggs added that staff would strike.\n\n' +
        'Zedco Group said the cuts would save 12 million pounds.\n',
    });
    expect(claimOf(index, '30 day').subject).toEqual(['Zedco Group']);
    expect(claimOf(index, '12 million').subject).toEqual(['Zedco Group']);
  });
});
