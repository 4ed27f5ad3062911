import { describe, expect, it } from 'vitest';
import { focusOf, isPersonName, timesAsWord, timesPlaced } from '../../src/claims/focus.js';
import { indexOf } from '../helpers/index.js';

/** What the pattern counts: the word with no letter on either side, non-overlapping. */
const byPattern = (text: string, word: string) =>
  (
    text.match(new RegExp(`(?<![\\p{L}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'gu')) ??
    []
  ).length;

describe('timesAsWord', () => {
  it('counts a word only where no letter stands on either side', () => {
    expect(timesAsWord('Acme, Acmes and Acme. (Acme) NotAcme Acme', 'Acme')).toBe(4);
    expect(timesAsWord('Acme-Corp and Acme3', 'Acme')).toBe(2);
  });

  it('counts as the pattern does, letters beyond the Latin alphabet and repeats included', () => {
    const texts = [
      'Société Générale and Générale, Générales, éGénérale.',
      'aa aaa a aa',
      'Zürich,Zürich Zürichs 𝐀Zürich Zürich𝐀 Zürich',
      'P&O and P&O Cruises; P&Os',
      'Bush-Bush Bush',
    ];
    const words = ['Générale', 'aa', 'a', 'Zürich', 'P&O', 'Bush', 'Bush-Bush'];
    for (const text of texts)
      for (const word of words) expect(timesAsWord(text, word)).toBe(byPattern(text, word));
  });
});

describe('timesPlaced', () => {
  const pattern = (text: string, name: string) =>
    text.match(
      new RegExp(
        `\\b(?:in|at|from|to)\\s+(?:the\\s+)?${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`,
        'g',
      ),
    )?.length ?? 0;
  it('counts a name written after in, at, from or to, whole, as the pattern written out does', () => {
    const text = 'Acme, based in Acme Park, moved to the Acme site from Acme. Acmes in Acmeville; at  Acme.';
    expect(timesPlaced(text, 'Acme')).toBe(4); // in Acme (Park), to the Acme, from Acme, at  Acme
    expect(timesPlaced(text, 'Acme')).toBe(pattern(text, 'Acme'));
    expect(timesPlaced('win Acme, within Acme', 'Acme')).toBe(0);
  });
  it('counts as the pattern does where the name may end as the words before it', () => {
    for (const [text, name] of [
      ['at Check-in Check-in now', 'Check-in'],
      ['go in Log in Log in', 'Log in'],
      ['in the the Acme', 'the Acme'],
    ] as const)
      expect(timesPlaced(text, name)).toBe(pattern(text, name));
  });
});

describe('isPersonName', () => {
  const text =
    'Hewitt wins in Leeds. Outgoing Leeds chairman Jo Krasner said Leeds had lost. Lleyton Hewitt beat Ivo Minar, and Minar said Hewitt played well. Mr Krasner left.';
  it('takes a full name named again by the surname, or a surname after a title, for a person', () => {
    expect(isPersonName('Lleyton Hewitt', text)).toBe(true);
    expect(isPersonName('Krasner', text)).toBe(true);
  });
  it('takes a surname alone for a person when the article writes the full name inside a sentence', () => {
    expect(isPersonName('Minar', text)).toBe(true);
  });
  it('takes no place for a person, though a capital opens a sentence before it ("Outgoing Leeds")', () => {
    expect(isPersonName('Leeds', text)).toBe(false);
  });
  it("takes a surname alone for a person when it ends a known person's name", () => {
    expect(isPersonName('Bloggs', 'Bloggs won.')).toBe(false);
    expect(isPersonName('Bloggs', 'Bloggs won.', ['Jo Bloggs'])).toBe(true);
  });
});

describe('focusOf', () => {
  it('takes a name the lead opens with when the headline writes it inside its words', () => {
    const index = indexOf({
      a: 'Strong quarterly growth for Zorvex\n\nZorvex has reported its best quarter, helped by demand for its Brellan boots.\n\nThe sports giant said it made a profit of $26m.\n\nBrellan sales rose.\n',
    });
    expect(focusOf(index, 'a').thing).toBe('Zorvex');
    // Without the headline's "for Zorvex", the lead's opening word is no name the article writes inside a sentence.
    const plain = indexOf({
      b: 'Strong quarter\n\nZorvex has reported its best quarter, helped by demand for its Brellan boots.\n\nThe sports giant said it made a profit of $26m.\n\nBrellan sales rose.\n',
    });
    expect(focusOf(plain, 'b').thing).not.toBe('Zorvex');
  });

  it('passes over a word that only opens a sentence and is written in lower case elsewhere', () => {
    const read = (opening: string) => {
      const index = indexOf({
        a: `Votes of the young\n\n${opening} can decide the fate of some seats, Liberal Unionist leader Jo Brack said.\n\nThe party believes students could hand it 23 seats.\n\nThe sums assume every student votes.\n`,
      });
      // The names as a tagger reading the opening word as a name gives them.
      const lead = index.factsOf('a')[0];
      const tagged = index.entitiesOf.bind(index);
      index.entitiesOf = (fact) => (fact === lead ? [opening, 'Liberal Unionist', 'Jo Brack'] : tagged(fact));
      return focusOf(index, 'a').thing;
    };
    expect(read('Students')).toBe('Liberal Unionist');
    // A word the article never writes in lower case stays a name where it opens a sentence.
    expect(read('Brackites')).toBe('Brackites');
  });
});

describe('focusOf, places and nationalities (session 24)', () => {
  it('takes no place named again by its last word ("Great Britain ... Britain") for the untitled person', () => {
    const index = indexOf({
      s: "Quill quits Great Britain team\n\nPat Quill has quit Great Britain's Zed Cup team. The 30-year-old said he had loved playing for Great Britain. Quill said Britain would do well, and Britain plays next in March. Britain will miss him, said Britain's captain.\n",
    });
    expect(focusOf(index, 's').untitled).toBe('Pat Quill');
  });
  it('takes no word of nationality the pattern of endings misses ("Angolan") for the organisation', () => {
    const index = indexOf({
      t: 'Singer finds sister\n\nAngolan singer Ana Roe has found her sister. Angolan television showed the meeting. The Angolan star said she was happy.\n',
    });
    expect(focusOf(index, 't').thing).not.toBe('Angolan');
  });
});

describe('focusOf organisation (subject-33)', () => {
  it('names the organisation besides a region the article names most, and none that is a country', () => {
    const index = indexOf({
      a: 'Europe drug sales slow\n\nEurope saw drug sales slow last year, according to Zorvex. Europe remains the biggest market for Zorvex, ahead of South Korea and South Korea.\n\nSales in Europe rose.\n',
    });
    const focus = focusOf(index, 'a');
    expect(focus.thing).toBe('Europe');
    expect(focus.organisation).toBe('Zorvex');
  });
});
