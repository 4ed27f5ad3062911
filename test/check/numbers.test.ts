import { describe, expect, it } from 'vitest';
import { type CheckResult, type Claim, checkDraft } from '../../src/check/check.js';
import { readMultiples, readNumbers } from '../../src/check/numbers.js';
import { indexOf } from '../helpers/index.js';

/** The claim whose span holds a figure of the draft. */
function claimAt(result: CheckResult, draft: string, figure: string): Claim | undefined {
  const at = draft.indexOf(figure);
  return result.claims.find((c) => c.start < at + figure.length && c.end > at);
}

describe('readNumbers and readMultiples', () => {
  it('reads bare numbers by their form, not years, amounts with a scale or numbers glued to a unit', () => {
    const read = readNumbers(
      'Ola Berg won the 400m in 46.54 at 23, in 2004, with £24m, 1.5 million fans, 8% and 18-year-old',
    );
    expect(read.map((n) => [n.text, n.keys[0], n.value])).toEqual([
      ['46.54', 'decimal', '46.54'],
      ['23', 'whole', '23'],
    ]);
  });

  it('reads no bare number in an age set off by commas after a name', () => {
    expect(readNumbers('Ruth Ashby, 45, has led the council for 12 years.').map((n) => n.text)).toEqual([
      '12',
    ]);
  });

  it('reads multiples: a verb of doubling, a count of times, an "-time" compound', () => {
    const read = readMultiples('Sales tripled, and the four-time champion has won it 5 times.');
    expect(read.map((n) => [n.text, n.keys[0], n.value])).toEqual([
      ['tripled', 'fold', '3'],
      ['four-time', 'times', '4'],
      ['5 times', 'times', '5'],
    ]);
  });

  it('reads a multiple written in one word ("tenfold") as one written apart ("ten-fold")', () => {
    const read = readMultiples('Downloads rose tenfold, a threefold rise on the ten-fold one.');
    expect(read.map((n) => [n.text, n.keys[0], n.value])).toEqual([
      ['tenfold', 'fold', '10'],
      ['threefold', 'fold', '3'],
      ['ten-fold', 'fold', '10'],
    ]);
  });
});

const COVERAGE = {
  'sport/101':
    'Berg wins indoor title\n\nOla Berg won the indoor title in Tarnow.\n\nOla Berg won the 400m in 46.45, ahead of Piet Lund. Hana Vos set a national 60m hurdles record of 7.96. Four-time champion Kurt Amsel, who first won the title at 24, came second. Ticket sales at the arena have doubled since last winter. A crowd of 4,100 watched.',
};

describe('checkDraft: bare numbers and multiples', () => {
  const index = indexOf(COVERAGE);

  it('contradicts a changed bare number with the coverage’s own and supports one it states', () => {
    const draft =
      'Ola Berg won the 400m in 46.54 in Tarnow. Hana Vos set a national 60m hurdles record of 7.96.';
    const result = checkDraft(index, draft);
    expect(claimAt(result, draft, '46.54')?.verdict).toBe('contradicted');
    expect(claimAt(result, draft, '46.54')?.note).toMatch(/46\.45/);
    expect(claimAt(result, draft, '7.96')?.verdict).toBe('supported');
  });

  it('checks an age given as a bare number and a changed count of titles', () => {
    const draft = 'Five-time champion Kurt Amsel first won the title at 26.';
    const result = checkDraft(index, draft);
    expect(claimAt(result, draft, 'Five-time')?.verdict).toBe('contradicted');
    expect(claimAt(result, draft, 'Five-time')?.note).toMatch(/Four-time/i);
    expect(claimAt(result, draft, '26')?.verdict).toBe('contradicted');
    expect(claimAt(result, draft, '26')?.note).toMatch(/\b24\b/);
  });

  it('supports a multiple the coverage states', () => {
    const draft = 'Ticket sales at the arena have doubled since last winter.';
    expect(claimAt(checkDraft(index, draft), draft, 'doubled')?.verdict).toBe('supported');
  });

  it('does not rule out a bare number by one of another size or of another event', () => {
    const draft = 'Ola Berg won the 400m in 4.5 in Tarnow.';
    expect(claimAt(checkDraft(index, draft), draft, '4.5')?.verdict).toBe('not found');
    const other = 'Ola Berg ate 46.54 in Tarnow.';
    expect(claimAt(checkDraft(index, other), other, '46.54')?.verdict).toBe('not found');
  });
});

describe('checkDraft: an age', () => {
  const index = indexOf({
    'politics/001':
      'Ashby keeps her seat\n\nRuth Ashby held Dunmore North.\n\nRuth Ashby has sat on Dunmore council for nearly 22 years, the longest of any member.',
  });
  it('is neither stated nor ruled out by a span of years or a bare number', () => {
    const draft = 'Ruth Ashby, 45, has sat on Dunmore council for nearly 20 years.';
    expect(claimAt(checkDraft(index, draft), draft, '45')?.verdict).toBe('not found');
  });
});

describe('"twice" and "thrice"', () => {
  it('are two and three times', () => {
    const read = readMultiples('Twice as many fans came, thrice the usual crowd.');
    expect(read.map((n) => [n.text, n.keys[0], n.value])).toEqual([
      ['Twice', 'times', '2'],
      ['thrice', 'times', '3'],
    ]);
  });

  const index = indexOf({
    'tech/201':
      'Blank discs boom\n\nA study by the Ruritania Consumer Panel found that more than twice as many blank discs had films copied on to them as films were sold.\n',
  });

  it('contradict a changed multiple with the coverage’s own', () => {
    const draft =
      'More than three times as many blank discs had films copied on to them as films were sold, the Ruritania Consumer Panel found.';
    const c = claimAt(checkDraft(index, draft), draft, 'three times');
    expect(c?.verdict).toBe('contradicted');
    expect(c?.note).toMatch(/twice/);
  });
});

describe('one unit of time written without a number', () => {
  it('reads "for about a year", "in exactly an hour", not a rate, "a year ago" or "an hour or two"', () => {
    const read = readNumbers('Hale played for about a year and won in exactly an hour.');
    expect(read.map((n) => [n.text, n.value, n.keys[1]])).toEqual([
      ['a year', '1', 'whole:year'],
      ['an hour', '1', 'whole:hour'],
    ]);
    expect(readNumbers('It earns £5m a year, twice a week, about a year ago, for an hour or two.')).toEqual(
      [],
    );
  });

  const index = indexOf({
    'sport/010':
      'Hale cruises through\n\nTop seed Mia Hale did enough to romp through the tie at Port Lewin in exactly an hour.\n\nHer rival Dora Vance needed two hours to win her match.',
  });

  it('supports "an hour" the coverage states', () => {
    const draft = 'Mia Hale romped through the tie at Port Lewin in exactly an hour.';
    expect(claimAt(checkDraft(index, draft), draft, 'an hour')?.verdict).toBe('supported');
  });
});

describe('numbers written as words (check-29)', () => {
  it('reads two to twenty written as a word, not a compound, a scale or "one"', () => {
    const read = readNumbers(
      'Only five will go; Fifteen firms, a two-day event, twenty-five, six million, one of them.',
    );
    expect(read.map((n) => [n.text, n.value])).toEqual([
      ['five', '5'],
      ['Fifteen', '15'],
    ]);
  });

  const index = indexOf({
    'tech/101':
      'Quaymart opens late\n\nThe Quaymart store in Tarnow opened its doors after shoppers queued for two hours in the rain. Quaymart sold six British brands of tea on the first day.\n',
    other:
      'Market report\n\nShares in Boatco rose on Wednesday as the average price of steel fell, the firm said on hopes of a deal.\n',
  });

  it('contradicts a changed number with the one the coverage writes in words, and supports the same', () => {
    const draft =
      'Shoppers queued for three hours in the rain before the Quaymart store in Tarnow opened its doors.';
    const claim = claimAt(checkDraft(index, draft), draft, 'three hours');
    expect(claim?.verdict).toBe('contradicted');
    expect(claim?.note).toMatch(/two hours/);
    const same = 'Quaymart sold six British brands of tea on its first day.';
    expect(claimAt(checkDraft(index, same), same, 'six')?.verdict).toBe('supported');
  });

  const counted = indexOf({
    'tech/102':
      'Quaymart queue\n\nThe Quaymart store in Tarnow opened late. Quaymart staff counted nine at the door by dawn.\n',
    other:
      'Market report\n\nShares in Boatco rose on Wednesday as the average price of steel fell, the firm said on hopes of a deal.\n',
  });

  it('rules a number in digits out by one in words only near its size: "12" by "nine", not "20"', () => {
    const near = 'Quaymart staff counted 12 at the door by dawn.';
    const changed = claimAt(checkDraft(counted, near), near, '12');
    expect(changed?.verdict).toBe('contradicted');
    expect(changed?.note).toMatch(/nine/);
    const far = 'Quaymart staff counted 20 at the door by dawn.';
    expect(claimAt(checkDraft(counted, far), far, '20')?.verdict).toBe('not found');
  });
});
