/**
 * The check's rules for a draft that tells one story: values of the coverage that one figure of the
 * draft takes, values read at other moments or named as others', round figures, and subjects named
 * otherwise. Made-up articles; each verdict is worked out from the articles' words, not echoed.
 */
import { describe, expect, it } from 'vitest';
import { type CheckResult, type Claim, checkDraft, momentsClash } from '../../src/check/check.js';
import { indexOf } from '../helpers/index.js';

function claim(result: CheckResult, figure: string): Claim {
  const found = result.claims.find((c) => c.figure === figure);
  if (!found) throw new Error(`no claim ${figure} in ${result.claims.map((c) => c.figure).join(', ')}`);
  return found;
}

describe('round figures', () => {
  const index = indexOf({
    claims:
      'Reinsurer counts the cost\n\nZurco said it had logged about 250 disasters, natural and man-made, in 2004. Some 92% of insured losses were from natural catastrophes.\n',
  });

  it('"some 82%" where the coverage says "some 92%" is a changed figure, shown with the coverage’s', () => {
    const c = claim(
      checkDraft(index, 'Zurco said some 82% of insured losses were from natural catastrophes.'),
      'some 82%',
    );
    expect(c.verdict).toBe('contradicted');
    expect(c.note).toMatch(/92%/);
    const same = checkDraft(index, 'Zurco said some 92% of insured losses were from natural catastrophes.');
    expect(claim(same, 'some 92%').verdict).toBe('supported');
  });
});

describe('moments in two years', () => {
  it('a quarter of one year and another year clash; a quarter and its own year do not', () => {
    expect(momentsClash('q42004', '2005')).toBe(true);
    expect(momentsClash('q42004', '2004')).toBe(false);
    expect(momentsClash('2004 december', 'h12005')).toBe(true);
  });
});

describe('a value read at another moment', () => {
  const index = indexOf({
    trade:
      'Trade gap narrows\n\nThe gap between Ruritania’s exports and imports was £2.6bn, down from October’s £2.9bn.\n',
  });

  it('stands when the coverage gives no other value at the draft’s moment', () => {
    const result = checkDraft(
      index,
      'The gap between Ruritania’s exports and imports was £2.6bn in November, down from £2.9bn.',
    );
    expect(claim(result, '£2.6bn').verdict).toBe('supported');
  });
});

describe('one story', () => {
  const index = indexOf({
    exports:
      'Exports rise\n\nRuritania’s exports outside the trade bloc shot up 7.5% in November, with growth seen across cars and chemicals.\n',
  });

  it('a value that states one figure of the draft does not rule out another', () => {
    const result = checkDraft(
      index,
      'Ruritania’s exports outside the trade bloc jumped 7.5% in November. Car exports rose 12% in the month.',
    );
    expect(claim(result, '7.5%').verdict).toBe('supported');
    expect(claim(result, '12%').verdict).toBe('not found');
  });

  const named = indexOf({
    cement:
      'Cement deal\n\nSwiss firm Cemco has agreed a £2.2bn takeover of Quarryco. The Markfield-based group runs 153 quarries in the UK and the US.\n',
  });

  it('words that align surely find the figure whoever its sentence names', () => {
    const result = checkDraft(
      named,
      'Cemco has agreed a £2.2bn takeover of Quarryco. Quarryco runs 135 quarries in the UK and the US.',
    );
    const c = claim(result, '135 quarries');
    expect(c.verdict).toBe('contradicted');
    expect(c.note).toMatch(/153/);
  });

  const alias = indexOf({
    gap: 'US trade gap\n\nThe trade deficit reached a record $58.7bn in November, US figures show. Exports slipped 1.9% to $91.2bn, while imports rose 1.1% to $149.6bn.\n',
    other:
      'America and its allies\n\nAmerica said its aid budget would rise to $19bn, and America’s allies pledged $4bn more.\n',
  });

  it('an article naming the draft’s subject otherwise ("America", "the US") is still searched', () => {
    const result = checkDraft(
      alias,
      'America’s trade deficit reached a record $58.7bn in November. Exports slipped 1.9% to $91.2bn, while imports rose to $146.9bn.',
    );
    expect(claim(result, '$58.7bn').verdict).toBe('supported');
    const c = claim(result, '$146.9bn');
    expect(c.verdict).toBe('contradicted');
    expect(c.note).toMatch(/\$149\.6bn/);
  });
});

describe('a subject the coverage never names', () => {
  const index = indexOf({
    jobs: 'Jobs market picks up\n\nFreedonia’s economy added 163,000 jobs in January. That was enough to push the unemployment rate down to 5.4%, the lowest since 2001.\n',
  });

  it('an article of the story that never names the figure’s own subject does not rule it out', () => {
    const result = checkDraft(
      index,
      'Freedonia’s economy added 163,000 jobs in January. Lakonia’s jobless rate, by comparison, is 8.1%.',
    );
    expect(claim(result, '163,000 jobs').verdict).toBe('supported');
    expect(claim(result, '8.1%').verdict).toBe('not found');
    // The same words with no subject of their own are the story's: there 5.4% rules the figure out.
    const carried = checkDraft(
      index,
      'Freedonia’s economy added 163,000 jobs in January. The jobless rate, by comparison, is 8.1%.',
    );
    expect(claim(carried, '8.1%').verdict).toBe('contradicted');
  });
});

describe('a figure stated only outside the story', () => {
  const index = indexOf({
    acme: 'Easton Fuels offers creditors a deal\n\nEaston Fuels, the troubled fuel supplier, has offered creditors $230m of the $560m it lost on fuel hedges. It plans to pay $110m now and another $120m over seven years. Easton Fuels shares fell 5% on Monday.\n',
    loans: 'Farm loans\n\nFarmers will repay their creditors the rest over ten years, the lender said.\n',
    bankco:
      'Bankco loans\n\nBankco said farmers who lost money will pay creditors the rest over ten years.\n',
  });

  it('is read again within the story: the story’s value rules it out and is shown', () => {
    const result = checkDraft(
      index,
      'Easton Fuels, the troubled fuel supplier, has offered creditors $230m of the $560m it lost on fuel hedges, part of it now and the rest over ten years.',
    );
    expect(claim(result, '$230m').verdict).toBe('supported');
    const c = claim(result, 'over ten years');
    expect(c.verdict).toBe('contradicted');
    expect(c.note).toMatch(/over seven years/);
  });

  it('stands where the story’s articles cannot rule it out (another subject’s figure)', () => {
    const result = checkDraft(
      index,
      'Easton Fuels, the troubled fuel supplier, has offered creditors $230m of the $560m it lost on fuel hedges. Separately, Bankco said farmers who lost money will pay creditors the rest over ten years.',
    );
    const c = claim(result, 'over ten years');
    expect(c.verdict).toBe('supported');
    expect(c.note).toMatch(/bankco/);
  });
});

describe('a figure with no subject stated only outside the story (check-31)', () => {
  const index = indexOf({
    show: 'Singer hurt before opening\n\nPop singer Ann Vale has hurt her knee in Chicago, her agent said. The 33-year-old had hoped to recover in time for the show’s New York opening on 21 April. The show has sold 40,000 tickets and employs 120 dancers.\n',
    banker:
      'Banker leaves\n\nThe 35-year-old had hoped to recover in time for the bank’s opening before he left on Friday.\n',
  });

  it('is read again within the story: the story’s value rules it out', () => {
    const result = checkDraft(
      index,
      'The show has sold 40,000 tickets and employs 120 dancers. The 35-year-old had hoped to recover in time for the New York opening on 21 April.',
    );
    expect(claim(result, '40,000 tickets').verdict).toBe('supported');
    expect(claim(result, '120 dancers').verdict).toBe('supported');
    const c = claim(result, '35-year-old');
    expect(c.subject).toBeUndefined();
    expect(c.verdict).toBe('contradicted');
    expect(c.note).toMatch(/33-year-old/);
  });
});

describe('a figure with no subject whose words fill the first search with other stories (check-32)', () => {
  const index = indexOf({
    // (Found first, its words the draft's own.)
    banker:
      'Banker leaves\n\nThe 35-year-old had hoped to be fit for the New York opening on 21 April, the bank said.\n',
    show: 'Singer hurt before opening\n\nPop singer Ann Vale has hurt her knee in Chicago, her agent said. The 33-year-old had hoped to be fit for the show’s New York opening on 21 April. The show has sold 40,000 tickets and employs 120 dancers.\n',
  });

  it('is searched again within the story, where the story’s value rules it out', () => {
    // One fact a search: the first, by the figure's words alone, finds another story's age.
    const result = checkDraft(
      index,
      'The show has sold 40,000 tickets and employs 120 dancers. The 35-year-old had hoped to be fit for the New York opening on 21 April.',
      { maxCandidates: 1 },
    );
    expect(claim(result, '40,000 tickets').verdict).toBe('supported');
    const c = claim(result, '35-year-old');
    expect(c.subject).toBeUndefined();
    expect(c.verdict).toBe('contradicted');
    expect(c.note).toMatch(/33-year-old \[show\]/);
  });
});

describe('a value of the story stating the figure, its sentence naming another holder too (check-31)', () => {
  const index = indexOf({
    ring: 'Scam ring broken\n\nOperation Nightjar, run by the Zedland Revenue Guard, spanned seven nations. Officials in Zedland, who have charged 19 people in Norbury, Westshire, reckon the scam cost victims losses of more than $4m.\n',
    other:
      'Bank results\n\nThe bank said losses in its card arm came to $9m last year, and it has charged fees to 40,000 people.\n',
  });

  it('states it where its words, weighed by the story, align surely', () => {
    const result = checkDraft(
      index,
      'The operation, run by the Zedland Revenue Guard, spanned seven nations, and Zedland officials have charged 19 people, reckoning the scam cost losses of over $4m.',
    );
    expect(claim(result, '19 people').verdict).toBe('supported');
    const c = claim(result, 'over $4m');
    expect(c.verdict).toBe('supported');
    expect(c.note).toMatch(/\[ring\]/);
  });
});

describe('a figure ruled out only outside the story’s core (check-31)', () => {
  const index = indexOf({
    show: 'Singer hurt before opening\n\nPop singer Ann Vale has hurt her knee in Chicago, her agent said. The show has sold 40,000 tickets and employs 120 dancers.\n',
    hall: 'Old hall reopens\n\nThe Northgate Hall, which has 900 seats, reopened on Friday. At the bar, staff said, takings reached £3,000 that evening.\n',
  });

  it('is read again within the core: where the core gives nothing of it, it is not found', () => {
    const result = checkDraft(
      index,
      'The show has sold 40,000 tickets and employs 120 dancers. Its theatre has 900 seats, and its bar took £5,000 on the opening night.',
    );
    expect(claim(result, '40,000 tickets').verdict).toBe('supported');
    expect(claim(result, '£5,000').verdict).toBe('not found');
  });
});
