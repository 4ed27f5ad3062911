import { describe, expect, it } from 'vitest';
import { type CheckResult, type Claim, checkDraft } from '../../src/check/check.js';
import { readDates } from '../../src/check/dates.js';
import { agrees, anchorOf, bestScored, comparable, overlap, readOrdered } from '../../src/check/orders.js';
import { readRanks } from '../../src/check/ranks.js';
import { readOdds, readScores } from '../../src/check/scores.js';
import { stem } from '../../src/facts/terms.js';
import { indexOf } from '../helpers/index.js';

/** The claim whose span holds a figure of the draft. */
function claimAt(result: CheckResult, draft: string, figure: string): Claim | undefined {
  const at = draft.indexOf(figure);
  return result.claims.find((c) => c.start < at + figure.length && c.end > at);
}

describe('readDates', () => {
  it('reads a year, a month and year, and a month after a word of time', () => {
    const read = readDates('The plant opened in 1998, closed in June 2006 and is to reopen in May.');
    expect(read.map((d) => [d.text, d.keys[0], d.value])).toEqual([
      ['1998', 'year', '1998'],
      ['June 2006', 'month-year', '2006-06'],
      ['June 2006', 'year-of-month', '2006'],
      ['May', 'month', '05'],
    ]);
  });

  it('reads a month after a capitalised word of time and the year of a part of a year', () => {
    const read = readDates('In May the board met; debts will climb by mid-2006.');
    expect(read.map((d) => [d.text, d.keys[0], d.value])).toEqual([
      ['May', 'month', '05'],
      ['2006', 'year', '2006'],
    ]);
  });

  it('leaves spans of days and a modal "May" alone', () => {
    const read = readDates('May I ask? The season runs from 6 to 9 January and 9 and 10 July.');
    expect(read).toEqual([]);
  });

  it('reads a span of years, one of two years and a decade each as its own sort, not as a year', () => {
    const read = readDates(
      'The 2004-05 season and the 1997/98 one; between 2001 and 2003 it grew, from 1988 to 1990 it fell; a vote in 2011 or 2012; since the early 1990s, not the 1980s.',
    );
    expect(read.map((d) => [d.text, d.keys, d.value])).toEqual([
      ['2004-05', ['years'], '2004-2005'],
      ['1997/98', ['years'], '1997-1998'],
      ['between 2001 and 2003', ['years'], '2001-2003'],
      ['from 1988 to 1990', ['years'], '1988-1990'],
      ['2011 or 2012', ['year-or'], '2011/2012'],
      ['early 1990s', ['decade-early'], '1990s'],
      ['1980s', ['decade'], '1980s'],
    ]);
  });

  it('reads no span where the second year comes first, is far off, or two years are named apart', () => {
    expect(readDates('The 2008-2003 figures and the 1950-2010 series.')).toEqual([]);
    // Two years named apart are each a year (check-29), never a span.
    expect(readDates('The slumps of 2001 and 2002 hurt.').map((d) => [d.text, d.keys[0]])).toEqual([
      ['2001', 'year'],
      ['2002', 'year'],
    ]);
    expect(
      readDates('It is paid in tranches in 2010, 2011 and 2013.').map((d) => [d.text, d.keys[0]]),
    ).toEqual([
      ['2010', 'year'],
      ['2011', 'year'],
      ['2013', 'year'],
    ]);
    // A decade's part is its key: the early 1990s is never compared with the 1990s or the late 1990s.
    const [early] = readDates('in the early 1990s');
    const [whole] = readDates('in the 1990s');
    const [late] = readDates('in the late 1990s');
    if (!early || !whole || !late) throw new Error('no decade');
    expect(comparable(early, whole)).toBe(false);
    expect(comparable(early, late)).toBe(false);
  });

  it('reads a day of the month, one of two days, and the year of a dated day', () => {
    const read = readDates(
      'The vote is on 5 May 2005; the Queen is asked on 4 or 5 April, the 23rd March at the latest.',
    );
    expect(read.map((d) => [d.text, d.keys[0], d.value])).toEqual([
      ['5 May 2005', 'day', '05-05'],
      ['5 May 2005', 'year-of-month', '2005'],
      ['4 or 5 April', 'day', '04-04/05'],
      ['23rd March', 'day', '03-23'],
    ]);
  });

  it('reads a day written month first, one of two days written "8/9", and no day in a month before another number', () => {
    const read = readDates(
      'Ana Voss is back on February 15, races on March 3rd, 2005 and rests the weekend of 8/9 January. In May 5% left; in April 20 people came.',
    );
    expect(read.map((d) => [d.text, d.keys[0], d.value])).toEqual([
      ['February 15', 'day', '02-15'],
      ['March 3rd, 2005', 'day', '03-03'],
      ['March 3rd, 2005', 'year-of-month', '2005'],
      ['8/9 January', 'day', '01-08/09'],
    ]);
  });

  it('reads a span of years and one of two years at the end of a sentence, not a span inside a decimal', () => {
    expect(readDates('He lived there from 1961 to 1966.').map((d) => [d.text, d.keys[0], d.value])).toEqual([
      ['from 1961 to 1966', 'years', '1961-1966'],
    ]);
    expect(readDates('It was clearer than in 1972 or 1977.').map((d) => [d.keys[0], d.value])).toEqual([
      ['year-or', '1972/1977'],
    ]);
    expect(readDates('The 2001-2003.5 series.').filter((d) => d.keys[0] === 'years')).toEqual([]);
  });
});

describe('readRanks', () => {
  it('reads what an ordinal ranks: a seed, a title past a name, a place, a superlative', () => {
    const read = readRanks(
      'The seventh-seeded Smith, world number one, won his third WTA title and is the fourth-biggest earner after she fell to fifth.',
    );
    expect(read.map((r) => [r.text, r.keys, r.value])).toEqual([
      ['seventh-seeded', ['seed'], '7'],
      ['world number one', ['number'], '1'],
      ['third WTA title', ['wta', 'titl'], '3'],
      ['fourth-biggest', ['biggest'], '4'],
      ['to fifth', ['place', 'position'], '5'],
    ]);
  });

  it('reads an ordinal in digits that names no noun as a place, not "the 3rd of May"', () => {
    const read = (t: string) => readRanks(t).map((r) => [r.text, r.keys, r.value]);
    expect(read('Winn-Dixie was 3rd with $10m, and Gervais came in 5th.')).toEqual([
      ['3rd', ['place', 'position'], '3'],
      ['came in 5th', ['place', 'position'], '5'],
    ]);
    expect(read('The pair rose to 5th from 14th.')).toEqual([
      ['to 5th', ['place', 'position'], '5'],
      ['14th', ['place', 'position'], '14'],
    ]);
    expect(read('She won on the 3rd of May.')).toEqual([]);
  });

  it('reads an ordinal in words that names no noun as a place from "second", not "first" (check-34b)', () => {
    const read = (t: string) => readRanks(t).map((r) => [r.text, r.keys, r.value]);
    expect(read('The run put him fifth on the all-time list, and Lee was second with 20 points.')).toEqual([
      ['fifth', ['place', 'position'], '5'],
      ['second', ['place', 'position'], '2'],
    ]);
    expect(read('She was the first to finish.')).toEqual([]);
  });

  it('reads "the 2nd time" as a count of times, compared only with other counts of times', () => {
    const [time] = readRanks('She won for the 2nd time.');
    const [again] = readRanks('She won the title for the second time.');
    const [title] = readRanks('She won her second title.');
    if (!time || !again || !title) throw new Error('no rank');
    expect([time.text, time.value]).toEqual(['2nd time', '2']);
    expect(comparable(time, again)).toBe(true);
    expect(comparable(time, title)).toBe(false);
  });

  it('reads "number two" and "No 7" as a place in a list, "world number one" as a world ranking only', () => {
    const [chart, world] = readRanks('Kay came in at number two; Vos is world number one.');
    const [place] = readRanks('Kay finished 2nd.');
    if (!chart || !world || !place) throw new Error('no rank');
    expect(comparable(place, chart)).toBe(true);
    expect(comparable(place, world)).toBe(false);
  });

  it('reads no rank in a fraction or "the first times"', () => {
    expect(readRanks('She won a third of the votes, as at the first times she stood.')).toEqual([]);
  });
});

describe('readScores', () => {
  it('reads sets in order, tie-breaks apart, and odds', () => {
    const read = readScores('Jones won 3-6 6-4 7-6 (7/5) and was 5-2 favourite.');
    expect(read.map((s) => [s.text, s.value, s.detail])).toEqual([
      ['3-6 6-4 7-6 (7/5)', '3-6 6-4 7-6', '7-5'],
      ['5-2', '5-2', undefined],
    ]);
  });

  it('reads no score in a range, an age or a compound', () => {
    expect(
      readScores('Prices rose 10-15% for the 18-year-old, a 6-point lead in 2004-05, aged 25-30.'),
    ).toEqual([]);
  });

  it('lets a score without its tie-break agree with one that gives it', () => {
    const [full] = readScores('won 6-4 7-6 (8/6)');
    const [short] = readScores('won 6-4 7-6');
    const [other] = readScores('won 6-4 7-5');
    if (!full || !short || !other) throw new Error('scores not read');
    expect(agrees(short, full)).toBe(true);
    expect(agrees(other, full)).toBe(false);
  });
});

describe('comparable', () => {
  it('compares a seed with a seed, a year with the year of a month, not a seed with a title', () => {
    const [seed, title] = readOrdered('The third seed won her second title.');
    const [otherSeed] = readOrdered('She was the fifth seed.');
    const [year] = readOrdered('It opened in 2003.');
    const monthYear = readOrdered('It opened in December 2003.');
    if (!seed || !title || !otherSeed || !year) throw new Error('figures not read');
    expect(comparable(seed, otherSeed)).toBe(true);
    expect(comparable(seed, title)).toBe(false);
    expect(monthYear.some((m) => comparable(year, m) && agrees(year, m))).toBe(true);
  });
});

describe('comparable: runs', () => {
  it('compares two ranks of a run however each words it, not a run with a rank of another kind', () => {
    const first = (t: string) => {
      const [r] = readRanks(t);
      if (!r) throw new Error(`no rank in ${t}`);
      return r;
    };
    const streak = first('Dunmore won their fifth game in a row.');
    expect(comparable(streak, first('It was the sixth straight victory for Dunmore.'))).toBe(true);
    expect(
      comparable(
        first('Output grew for a 21st straight month.'),
        first('It was the 17th consecutive expansion.'),
      ),
    ).toBe(true);
    expect(
      comparable(
        first('She was voted best actress for the 12th year running.'),
        first('She took her tenth successive crown.'),
      ),
    ).toBe(true);
    expect(comparable(streak, first('Dunmore won their fifth title.'))).toBe(false);
  });
});

const COVERAGE = {
  'sport/001':
    'Keller reaches Harbour Open final\n\nMarta Keller reached the Harbour Open final.\n\nFourth seed Marta Keller beat Anna Dorn 6-3 7-5 in the semi-final at Port Lewin. Keller, who won her second WTA title in Osaka last month, will face top seed Ines Varga. Varga beat eighth seed Lena Holt 6-1 6-4. Keller first played at Port Lewin in 2001 and reached the final in March 2003. The Harbour Open final is on 12 June.',
  'sport/003':
    'Harbour 19-33 Rovers\n\nRovers won away at Harbour on Saturday.\n\nRovers scored three tries after the break at the Quay Ground.',
  'politics/002':
    'Council names new chief\n\nThe council of Dunmore named a new chief executive on Thursday.\n\nThe post was created on 2 May 1997 and has been held by four people since. Bookmakers made Ruth Ashby the 3-1 favourite.',
};

describe('readDates: days of the week and feasts', () => {
  it('reads a weekday as a date of its own key, a feast as its day of the month', () => {
    const read = readDates(
      "On Friday the mayor spoke; Sunday's final and the vote on Tuesday night, opening on Christmas Day.",
    );
    expect(read.map((d) => [d.text, d.keys[0], d.value])).toEqual([
      ['Friday', 'weekday', '5'],
      ['Sunday', 'weekday', '7'],
      ['Tuesday', 'weekday', '2'],
      ['Christmas Day', 'day', '12-25'],
    ]);
  });

  it('reads no weekday in a plural, a newspaper or a title', () => {
    expect(
      readDates(
        'Happy Mondays played; the Sunday Times and the Mail on Sunday said so, as did Friday Night Lights.',
      ),
    ).toEqual([]);
  });

  it('compares a weekday with weekdays only, a feast with days of the month', () => {
    const [friday] = readDates('on Friday');
    const [thursday] = readDates('on Thursday');
    const [year] = readDates('in 2005');
    const [christmas] = readDates('on Christmas Day');
    const [dated] = readDates('on 25 December');
    if (!friday || !thursday || !year || !christmas || !dated) throw new Error('not read');
    expect(comparable(friday, thursday)).toBe(true);
    expect(comparable(friday, year)).toBe(false);
    expect(agrees(christmas, dated)).toBe(true);
  });
});

describe('checkDraft: dates, ranks and scores', () => {
  const index = indexOf(COVERAGE);

  it('supports the score, seed and year the coverage gives for the same match and player', () => {
    const draft =
      'Fourth seed Marta Keller beat Anna Dorn 6-3 7-5 at Port Lewin. Keller first played there in 2001.';
    const result = checkDraft(index, draft);
    for (const figure of ['Fourth seed', '6-3 7-5', '2001'])
      expect(claimAt(result, draft, figure)?.verdict, figure).toBe('supported');
    expect(claimAt(result, draft, '6-3 7-5')?.evidence[0]?.citations.map((c) => c.id)).toEqual(['sport/001']);
  });

  it('contradicts a changed score, seed, title count, date and odds with the coverage’s own', () => {
    const draft =
      'Fifth seed Marta Keller beat Anna Dorn 6-3 7-6 at Port Lewin. Keller, who won her third WTA title in Osaka last month, reached the final in March 2002. Bookmakers made Ruth Ashby the 4-1 favourite for the council post.';
    const result = checkDraft(index, draft);
    const expected: Record<string, RegExp> = {
      'Fifth seed': /Fourth seed/i,
      '6-3 7-6': /6-3 7-5/,
      'third WTA title': /second WTA title/,
      'March 2002': /March 2003/,
      '4-1': /3-1/,
    };
    for (const [figure, coverage] of Object.entries(expected)) {
      const claim = claimAt(result, draft, figure);
      expect(claim?.verdict, figure).toBe('contradicted');
      expect(claim?.note, figure).toMatch(coverage);
    }
  });

  it('supports the day of the month the coverage gives and contradicts a changed one', () => {
    const changed = 'The Harbour Open final is on 14 June.';
    const claim = claimAt(checkDraft(index, changed), changed, '14 June');
    expect(claim?.verdict).toBe('contradicted');
    expect(claim?.note).toMatch(/12 June/);
    const dated = 'The council post was created on 2 May 1997.';
    expect(claimAt(checkDraft(index, dated), dated, '2 May')?.verdict).toBe('supported');
  });

  it('reads whose a date is from its clause: two dates of one sentence each checked against its own', () => {
    const draft = 'Keller first played at Port Lewin in 2001 and reached the final in March 2003.';
    const result = checkDraft(index, draft);
    expect(claimAt(result, draft, '2001')?.verdict).toBe('supported');
    expect(claimAt(result, draft, 'March 2003')?.verdict).toBe('supported');
  });

  it('supports a score read from the other side, from the headline where only it gives the score', () => {
    const draft = 'Rovers won 33-19 away at Harbour.';
    const claim = claimAt(checkDraft(index, draft), draft, '33-19');
    expect(claim?.verdict).toBe('supported');
    expect(claim?.evidence[0]?.text).toBe('Harbour 19-33 Rovers');
  });

  it('supports the weekday the coverage gives for the event and contradicts a changed one', () => {
    const said = 'The Dunmore council named its chief on Thursday.';
    expect(claimAt(checkDraft(index, said), said, 'Thursday')?.verdict).toBe('supported');
    const changed = 'The Dunmore council named its chief on Monday.';
    const claim = claimAt(checkDraft(index, changed), changed, 'Monday');
    expect(claim?.verdict).toBe('contradicted');
    expect(claim?.note).toMatch(/Thursday/);
  });

  it('finds nothing for a rank or date the coverage never states', () => {
    const draft = 'Marta Keller, the world number 12, turned professional in 1995.';
    const result = checkDraft(index, draft);
    expect(claimAt(result, draft, 'number 12')?.verdict).toBe('not found');
    expect(claimAt(result, draft, '1995')?.verdict).toBe('not found');
  });
});

describe('odds written as fractions', () => {
  it('reads "4/9" and "11/4" as odds, not "9/11", "24/7", a tie-break or a date', () => {
    const read = readOdds('Priced at 4/9 and 11/4 after 9/11, open 24/7, won 7-6 (7/5) on 8/9 January.');
    expect(read.map((o) => o.value)).toEqual(['4/9', '11/4']);
  });

  it('checks each year of a span the draft writes in full: the one the coverage gives stated, the changed one ruled out', () => {
    const index = indexOf({
      'entertainment/101':
        'Singer home to be moved\n\nThe old house of the singer is to be moved.\n\nThe foundation moved the wooden house, in which Tom Hendry lived between 1961 and 1964, to a new plot in Renton.',
    });
    const draft = 'Tom Hendry lived in the wooden house from 1961 to 1966.';
    const result = checkDraft(index, draft);
    expect(claimAt(result, draft, '1961')?.verdict).toBe('supported');
    const changed = claimAt(result, draft, '1966');
    expect(changed?.verdict).toBe('contradicted');
    expect(changed?.note).toMatch(/1964/);
    const stated = 'Tom Hendry lived in the wooden house between 1961 and 1964.';
    const both = checkDraft(index, stated);
    expect(['1961', '1964'].map((y) => claimAt(both, stated, y)?.verdict)).toEqual([
      'supported',
      'supported',
    ]);
  });

  it('supports a year the story states in a sentence worded otherwise, the nearest of its years', () => {
    const index = indexOf({
      'entertainment/101':
        'Author wins again\n\nThe children’s prize went to Ana Colley.\n\nColley, who went into teaching after a spell in publishing, won the category before in 1983 with River Songs and in 1991 with Salt Road.',
    });
    const draft =
      'Ana Colley took the children’s prize in 1983 and 1991, and her new book is shortlisted again.';
    const result = checkDraft(index, draft);
    expect(claimAt(result, draft, '1991')?.verdict).toBe('supported');
    const other =
      'Ana Colley took the children’s prize in 1983 and 1994, and her new book is shortlisted again.';
    expect(claimAt(checkDraft(index, other), other, '1994')?.verdict).not.toBe('supported');
  });

  it('supports a rank of a named thing the story gives one value only, however its sentence is worded', () => {
    const story = (extra: string) =>
      indexOf({
        'politics/101': `Aldermen removed\n\nMinisters removed most aldermen from the Harbour council.\n\nMinisters removed all but nine aldermen from the Harbour council in 1999. It was sold as the first stage of renewal.${extra}`,
      });
    const draft =
      'Ministers cut the Harbour aldermen to nine in 1999, a move presented as the first stage of change.';
    expect(claimAt(checkDraft(story(''), draft), draft, 'first stage')?.verdict).toBe('supported');
    const both = story(' A second stage is due next year.');
    expect(claimAt(checkDraft(both, draft), draft, 'first stage')?.verdict).not.toBe('supported');
  });

  it('supports a day of the month the story states in a sentence worded otherwise, the nearest of its days', () => {
    const index = indexOf({
      'sport/101':
        'Manager quits Harbour\n\nThe Harbour manager has left the club.\n\nRedmond, 57, left his post at Quayside Park on 24 November and said he would rest. The club play Rovers on 3 December.',
    });
    const draft = 'Redmond walked out on Harbour on 24 November, promising not to join their rivals.';
    expect(claimAt(checkDraft(index, draft), draft, '24 November')?.verdict).toBe('supported');
    const other = 'Redmond walked out on Harbour on 25 November, promising not to join their rivals.';
    expect(claimAt(checkDraft(index, other), other, '25 November')?.verdict).not.toBe('supported');
  });

  it('supports a span of years, one of two years and a decade the coverage gives and contradicts a changed span', () => {
    const index = indexOf({
      'politics/101':
        'Aid goal brought forward\n\nMinisters set a date for the aid goal.\n\nThe aid goal of Dunmore could be met by 2008-09 if the bond fund is adopted. Parliament may vote in 2011 or 2012 on the levy. The bombing campaign in Dunmore ran into the early 1990s.',
    });
    const draft =
      'The aid goal of Dunmore could be met by 2008-09 if the bond fund is adopted. Parliament may vote in 2011 or 2012 on the levy. The bombing campaign in Dunmore ran into the early 1990s.';
    const result = checkDraft(index, draft);
    for (const figure of ['2008-09', '2011 or 2012', 'early 1990s'])
      expect(claimAt(result, draft, figure)?.verdict, figure).toBe('supported');
    const changed = 'The aid goal of Dunmore could be met by 2010-11 if the bond fund is adopted.';
    const claim = claimAt(checkDraft(index, changed), changed, '2010-11');
    expect(claim?.verdict).toBe('contradicted');
    expect(claim?.note).toMatch(/2008-09/);
  });

  it('contradicts changed odds with the coverage’s own and supports the odds it gives', () => {
    const index = indexOf({
      'entertainment/101':
        'Drama tipped for prize\n\nBookmakers favour The Lantern for the Harbour Prize.\n\nThe Lantern is 8/13 favourite with Ladbrokes to win the Harbour Prize, while Hill Country is 6/1.',
    });
    const draft =
      'The Lantern is 8/11 favourite with Ladbrokes to win the Harbour Prize, while Hill Country is 6/1.';
    const result = checkDraft(index, draft);
    expect(claimAt(result, draft, '8/11')?.verdict).toBe('contradicted');
    expect(claimAt(result, draft, '8/11')?.note).toMatch(/8\/13/);
    expect(claimAt(result, draft, '6/1')?.verdict).toBe('supported');
  });
});

describe('ranks after a verb', () => {
  it('reads "seeded seventh" as a seed, "finished third" as a place, "ranked 106" and "ranked 88th" as a world number', () => {
    const read = (t: string) => readRanks(t).map((r) => [r.keys[0], r.value]);
    expect(read('Kurt Amsel is seeded seventh.')).toEqual([['seed', '7']]);
    expect(read('Hana Vos finished third in 7.41.')).toEqual([['place', '3']]);
    expect(read('Amsel, ranked 106 in the world, won.')).toEqual([['number', '106']]);
    expect(read('Amsel, ranked 88th in the world, won.')).toEqual([['number', '88']]);
  });

  it('contradicts a changed seed and supports a world ranking the coverage gives as a number', () => {
    const index = indexOf({
      'sport/102':
        'Amsel through in Tarnow\n\nKurt Amsel reached the second round in Tarnow.\n\nEighth seed Kurt Amsel beat Piet Lund, ranked 106 in the world, in straight sets.',
    });
    const draft = 'Kurt Amsel, seeded seventh, beat Piet Lund, ranked 106th in the world.';
    const result = checkDraft(index, draft);
    expect(claimAt(result, draft, 'seventh')?.verdict).toBe('contradicted');
    expect(claimAt(result, draft, 'seventh')?.note).toMatch(/Eighth seed/);
    expect(claimAt(result, draft, '106th')?.verdict).toBe('supported');
  });
});

describe('a score of sets told otherwise', () => {
  const index = indexOf({
    'sport/010':
      'Keller battles through\n\nMarta Keller came from a set down to beat Anna Dorn at the Harbour Open in Port Lewin.\n\nThe former champion won 5-7 6-0 6-2 to reach the second round. Lena Holt beat Ines Varga 6-3 6-4.',
  });
  it('is supported by the story giving it, set for set, in a sentence that names no one', () => {
    const draft =
      "Marta Keller, a former champion, recovered from dropping the opening set to beat Spain's Anna Dorn 5-7 6-0 6-2 at the Harbour Open in Port Lewin.";
    const claim = claimAt(checkDraft(index, draft), draft, '5-7 6-0 6-2');
    expect(claim?.verdict).toBe('supported');
    expect(claim?.evidence[0]?.text).toMatch(/^The former champion won/);
  });
  it('is not supported when the story gives another score', () => {
    const draft =
      "Marta Keller, a former champion, recovered from dropping the opening set to beat Spain's Anna Dorn 7-5 6-0 6-2 at the Harbour Open in Port Lewin.";
    expect(claimAt(checkDraft(index, draft), draft, '7-5 6-0 6-2')?.verdict).not.toBe('supported');
  });
});

describe('a place in a list however it is written', () => {
  const index = indexOf({
    'entertainment/500':
      'Comics list topped by duo\n\nThe duo kept Ravi Kapoor at number two and Jo Fenn in third place. Newcomer Ana Ruiz fell to number 16 after a quiet year.',
  });
  it('supports "came 2nd" by "at number two" and a bare "3rd" by "in third place"', () => {
    const draft = 'Ravi Kapoor came 2nd and Jo Fenn 3rd.';
    const result = checkDraft(index, draft);
    expect(claimAt(result, draft, '2nd')?.verdict).toBe('supported');
    expect(claimAt(result, draft, '3rd')?.verdict).toBe('supported');
  });
  it("contradicts a changed place with the list's number", () => {
    const draft = 'Newcomer Ana Ruiz dropped to 15th after a quiet year.';
    const claim = claimAt(checkDraft(index, draft), draft, '15th');
    expect(claim?.verdict).toBe('contradicted');
    expect(claim?.note).toMatch(/number 16/);
  });
});

describe('superlatives of size', () => {
  it('reads "third-biggest" and "third largest" as one rank of one thing', () => {
    const [biggest] = readRanks("Ruritania's wine industry, the world's third-biggest, is struggling.");
    const [largest] = readRanks(
      'The Ruritanian wine business - the third-largest in the world - is struggling.',
    );
    if (!biggest || !largest) throw new Error('no rank');
    expect(comparable(biggest, largest)).toBe(true);
  });

  const index = indexOf({
    wine: 'Ruritania wine slump\n\nThe Ruritanian wine business - the third-largest in the world - is struggling, its growers say.\n',
  });

  it('supports the rank the coverage gives in other words and contradicts a changed one', () => {
    const same = "Ruritania's wine business, the world's third-biggest, is struggling, its growers say.";
    expect(claimAt(checkDraft(index, same), same, 'third')?.verdict).toBe('supported');
    const changed = "Ruritania's wine business, the world's fourth-biggest, is struggling, its growers say.";
    expect(claimAt(checkDraft(index, changed), changed, 'fourth')?.verdict).toBe('contradicted');
  });
});

describe('anchorOf and overlap: how near each word stands to a figure of order', () => {
  const one = () => 1;
  const figureOf = (sentence: string, text: string) => {
    const f = readOrdered(sentence).find((o) => o.text === text);
    if (!f) throw new Error(`figure not read: ${text}`);
    return f;
  };
  it('weighs a word fully within three words, 0.6 within eight, 0.3 beyond, on either side', () => {
    const sentence =
      'Alpha beta gamma delta epsilon zeta eta theta iota kappa rose in 1998 lambda mu nu xi omicron.';
    const anchor = anchorOf(sentence, figureOf(sentence, '1998'), one);
    const at = (word: string) => anchor.get(stem(word));
    // Words between each and the figure: kappa 2, iota 3, theta 4, delta 8, gamma 9, alpha 11.
    expect([at('kappa'), at('iota'), at('theta'), at('delta'), at('gamma'), at('alpha')]).toEqual([
      1, 1, 0.6, 0.6, 0.3, 0.3,
    ]);
    // After it: lambda 0, xi 3, omicron 4, in the same way.
    expect([at('lambda'), at('xi'), at('omicron')]).toEqual([1, 1, 0.6]);
  });
  it("gives a word in another figure's clause a fifth of its nearness, and reads overlap the same way", () => {
    const sentence = 'Acme was founded in 1998 and Zedco in 2001 in Leeds.';
    const first = figureOf(sentence, '1998');
    const anchor = anchorOf(sentence, first, one);
    expect(anchor.get(stem('founded'))).toBe(1);
    // Zedco: one word away (and), in 2001's clause; Leeds five away (0.6), there too.
    expect(anchor.get(stem('Zedco'))).toBeCloseTo(0.2);
    expect(anchor.get(stem('Leeds'))).toBeCloseTo(0.12);
    const zedco = new Map([[stem('Zedco'), 1]]);
    expect(overlap(zedco, sentence, figureOf(sentence, '2001'))).toBe(1);
    expect(overlap(zedco, sentence, first)).toBeCloseTo(0.2);
  });
});

describe('bestScored', () => {
  it('gives the head of a stable sort by score, ties in the order given', () => {
    // Scores from a small set, so that ties are many; a fixed sequence, not a random one.
    let seed = 7;
    const next = () => {
      seed = (seed * 48271) % 2147483647;
      return seed;
    };
    for (let round = 0; round < 200; round++) {
      const scores = new Map<string, number>();
      const size = next() % 12;
      for (let i = 0; i < size; i++) scores.set(`a${i}`, (next() % 5) * 0.5);
      for (const most of [0, 1, 3, 20]) {
        const sorted = [...scores.entries()].sort((a, b) => b[1] - a[1]).slice(0, most);
        expect(bestScored(scores, most)).toEqual(sorted);
      }
    }
  });
});

describe('a value the draft gives to another of its figures', () => {
  const index = indexOf({
    'politics/301':
      'Council chief to retire\n\nThe council chief Sir Alan Marsh is to retire.\n\nSir Alan was named permanent secretary in June 2003 following a long Civil Service career stretching back to 1979. He will go back to the law. He said he would go back to teaching. He is to move back to Leeds.',
  });

  it('is not taken as the coverage ruling out the figure the sentence gives beside it', () => {
    // "back" and "to" are common in the coverage: "Civil Service career", nearer June 2003 there, weighs most.
    const draft =
      'He became permanent secretary in June 2003, after a Civil Service career going back to 1979.';
    const result = checkDraft(index, draft);
    expect(claimAt(result, draft, '1979')?.verdict).toBe('supported');
    expect(claimAt(result, draft, 'June 2003')?.verdict).toBe('supported');
  });
});

describe('checkDraft: a stating sentence less aligned than another value (check-30)', () => {
  const index = indexOf({
    'business/001':
      'Storm bill hits insurers\n\nStorm damage claims eclipsed all records in 2004, insurers said.\n\nThe previous record came in 2001, after the attacks on Zedcity.\n',
    'business/002':
      'Zedcity rebuilds\n\nZedcity began rebuilding its harbour this spring.\n\nIts old harbour opened in 2001.\n',
  });

  it('is supported by the sentence giving its value at half the best overlap, not ruled out by the other', () => {
    const draft = 'Storm claims eclipsed the record of 2001, after attacks on Zedcity.';
    const claim = claimAt(checkDraft(index, draft), draft, '2001');
    expect(claim?.verdict).toBe('supported');
    expect(claim?.evidence[0]?.text).toMatch(/previous record came in 2001/);
  });

  it('is still ruled out where the sentence giving its value is of another event, holding few of its words', () => {
    const draft = 'Storm damage claims eclipsed all records in 2001, insurers said.';
    const claim = claimAt(checkDraft(index, draft), draft, '2001');
    expect(claim?.verdict).toBe('contradicted');
    expect(claim?.note).toMatch(/2004/);
  });
});

describe('checkDraft: a figure of order changed in a paraphrased sentence (check-30)', () => {
  const index = indexOf({
    'business/001':
      'Boltco keeps its forecast\n\nBoltco said it would still deliver earnings of $6.50 a share, and it will publish full results on 19 January.\n\nIts shares rose 2%.\n',
    'business/002': 'Zedco results\n\nZedco will report results on 3 March, its finance chief said.\n',
  });

  it('is contradicted by the one comparable value of the sentence stating its sentence’s other figure', () => {
    const draft =
      'The carmaker, which reports on 20 January, said Boltco would still deliver earnings of $6.50 a share.';
    const result = checkDraft(index, draft);
    expect(claimAt(result, draft, '$6.50')?.verdict).toBe('supported');
    const claim = claimAt(result, draft, '20 January');
    expect(claim?.verdict).toBe('contradicted');
    expect(claim?.note).toMatch(/19 January \[business\/001\]/);
  });

  it('finds nothing where no coverage sentence states the sentence’s other figure', () => {
    const draft =
      'The carmaker, which reports on 20 January, said Boltco would still deliver earnings of $7.90 a share.';
    const claim = claimAt(checkDraft(index, draft), draft, '20 January');
    expect(claim?.verdict).toBe('not found');
  });
});

describe('a date of one event worded otherwise (check-34b)', () => {
  const index = indexOf({
    'business/500':
      'Broadcaster gains viewers\n\nSouthgate Media said its channels gained viewers after the collapse of Westlink Digital in 1999. Its chairman Ian Marsh retires in 2006.',
  });
  it("contradicts a year whose sentence shares only names with the story's, when their words are that close", () => {
    const draft = 'Westlink Digital folded in 1998.';
    const claim = claimAt(checkDraft(index, draft), draft, '1998');
    expect(claim?.verdict).toBe('contradicted');
    expect(claim?.note).toMatch(/1999/);
  });
  it('still leaves a year of a sentence sharing one name only alone', () => {
    const draft = 'Ian Marsh first joined Southgate Media in 1990.';
    expect(claimAt(checkDraft(index, draft), draft, '1990')?.verdict).toBe('not found');
  });
});

describe('an ordinal in words that names no noun (check-34b)', () => {
  const index = indexOf({
    'sport/500':
      'Runner sets best\n\nJo Fenn, whose time of 1:46.68 in Ostend lifted him to sixth place on the national all-time list, now looks to the indoor season.',
  });
  it("contradicts a changed place with the story's", () => {
    const draft = 'His run of 1:46.68 in Ostend put Jo Fenn fifth on the national all-time list.';
    const claim = claimAt(checkDraft(index, draft), draft, 'fifth');
    expect(claim?.verdict).toBe('contradicted');
    expect(claim?.note).toMatch(/sixth place/);
  });
});

describe('a rank the story words with another noun (check-35b)', () => {
  const story = (extra = '') =>
    indexOf({
      'business/101': `Harbour gauge falls\n\nThe Harbour business gauge fell in March.\n\nThe Harbour institute said its business gauge slid to 91.2 in March from 93.0 in February, its first decline in five months.${extra}`,
    });
  const draft =
    'The Harbour institute’s business gauge dropped to 91.2 in March, its first fall in five months.';

  it('supports an ordinal whose noun the story never ranks where its nearest rank, of another noun, gives the value', () => {
    expect(claimAt(checkDraft(story(), draft), draft, 'first fall')?.verdict).toBe('supported');
  });

  it('does not support it where the nearest rank gives another value, or where none is near its words', () => {
    const changed =
      'The Harbour institute’s business gauge dropped to 91.2 in March, its second fall in five months.';
    expect(claimAt(checkDraft(story(), changed), changed, 'second fall')?.verdict).not.toBe('supported');
    const far = indexOf({
      'business/101':
        'Harbour gauge falls\n\nThe Harbour business gauge fell in March.\n\nThe Harbour institute said its business gauge slid to 91.2 in March from 93.0 in February. Rovers won their first game of the season.',
    });
    expect(claimAt(checkDraft(far, draft), draft, 'first fall')?.verdict).not.toBe('supported');
  });
});

describe('"second" as a unit of time', () => {
  it('reads no rank in "a tenth of a second", "a split second" or "per second"', () => {
    expect(readRanks('He was a tenth of a second inside the record.')).toEqual([]);
    expect(readRanks('It took a split second and 40 frames per second.')).toEqual([]);
    expect(readRanks('He won a second title.').map((r) => r.value)).toEqual(['2']);
  });
});

describe('an ordinal joined to its noun by a hyphen (check-35b)', () => {
  const read = (t: string) => readRanks(t).map((r) => [r.text, r.keys[0], r.value]);

  it('reads "third-round" as a rank of rounds and "Fourth-placed" as a place', () => {
    expect(read('Rovers face Town in the third-round tie.')).toEqual([['third-round', 'round', '3']]);
    expect(read('Fourth-placed Rovers won again.')).toEqual([['Fourth-placed', 'place', '4']]);
  });

  it('compares "second-round" with "second round" and a place with a place', () => {
    const [joined] = readRanks('She lost in the second-round match.');
    const [apart] = readRanks('She lost in the second round.');
    const [placed] = readRanks('Third-placed Rovers lost.');
    const [place] = readRanks('Rovers finished third.');
    if (!joined || !apart || !placed || !place) throw new Error('no rank');
    expect(comparable(joined, apart)).toBe(true);
    expect(comparable(placed, place)).toBe(true);
  });

  it('still reads no rank in "first-half" or "second-half"', () => {
    expect(readRanks('A first-half goal and a second-half try.')).toEqual([]);
  });
});

describe('a date an article outside the story states (check-36)', () => {
  // The story's three articles tell the ban; the act's year is given only by a fourth, which the
  // draft's rare words do not rank among them.
  const story = {
    'politics/501':
      'Chase ban begins\n\nThe chase ban began on Friday across England and Wales as riders gathered at dawn. Campaigners from the Meadow League vowed to fight the ban in the courts while riders gathered at meets. Riders of the Beaufort, Quorn and Belvoir foxhounds met near Badminton, Melton Mowbray and Grantham with terriers, whippers-in and followers.',
    'politics/502':
      'Riders defy ban\n\nRiders gathered at dawn on Friday as the chase ban began. The Meadow League vowed to fight on in the courts. Riders of the Beaufort, Quorn and Belvoir foxhounds met near Badminton, Melton Mowbray and Grantham with terriers, whippers-in and followers.',
    'politics/503':
      'League vows fight\n\nThe Meadow League vowed to fight the chase ban in the courts as riders gathered at dawn on Friday. Riders of the Beaufort, Quorn and Belvoir foxhounds met near Badminton, Melton Mowbray and Grantham with terriers, whippers-in and followers.',
  };
  const draft =
    'The chase ban began on Friday as riders gathered at dawn. Riders of the Beaufort, Quorn and Belvoir foxhounds met near Badminton, Melton Mowbray and Grantham with terriers, whippers-in and followers. The Meadow League vowed to fight the ban in the courts. It came under the Chase Act 2004, forced through with the Assembly Act.';

  it("supports a year whose sentence elsewhere holds the draft's words around it", () => {
    const index = indexOf({
      ...story,
      'politics/504':
        'Lawyers question act\n\nThe Chase Act 2004 was forced through by MPs with the Assembly Act after peers blocked it.',
    });
    const claim = claimAt(checkDraft(index, draft), draft, '2004');
    expect(claim?.verdict).toBe('supported');
    expect(claim?.note).toMatch(/politics\/504/);
  });

  it('leaves it not found where that sentence shares too few of its words, and never rules it out from there', () => {
    const index = indexOf({
      ...story,
      'politics/504': 'Lawyers question act\n\nPeers blocked a bill on the Chase of hares in 2004.',
      'politics/505': 'Act challenged\n\nThe Chase Act 2003 was forced through by MPs with the Assembly Act.',
    });
    const claim = claimAt(checkDraft(index, draft), draft, '2004');
    expect(claim?.verdict).toBe('not found');
  });
});
