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
      'Reinsurer counts the cost\n\nZurco said it had counted about 300 natural and man-made disasters in 2004. Some 95% of insurance claims were for natural catastrophes.\n',
  });

  it('"some 85%" where the coverage says "some 95%" is a changed figure, shown with the coverage’s', () => {
    const c = claim(
      checkDraft(index, 'Zurco said some 85% of insurance claims were for natural catastrophes.'),
      'some 85%',
    );
    expect(c.verdict).toBe('contradicted');
    expect(c.note).toMatch(/95%/);
    const same = checkDraft(index, 'Zurco said some 95% of insurance claims were for natural catastrophes.');
    expect(claim(same, 'some 95%').verdict).toBe('supported');
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
      'Trade gap narrows\n\nThe difference between what Ruritania exported and imported was £3.1bn, down from October’s £3.6bn.\n',
  });

  it('stands when the coverage gives no other value at the draft’s moment', () => {
    const result = checkDraft(
      index,
      'The difference between what Ruritania exported and imported was £3.1bn in November, down from £3.6bn.',
    );
    expect(claim(result, '£3.1bn').verdict).toBe('supported');
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
      'Cement deal\n\nSwiss firm Cemco has agreed a £1.8bn takeover of Quarryco. The Markfield-based company runs 142 quarries in the UK and the US.\n',
  });

  it('words that align surely find the figure whoever its sentence names', () => {
    const result = checkDraft(
      named,
      'Cemco has agreed a £1.8bn takeover of Quarryco. Quarryco runs 124 quarries in the UK and the US.',
    );
    const c = claim(result, '124 quarries');
    expect(c.verdict).toBe('contradicted');
    expect(c.note).toMatch(/142/);
  });

  const alias = indexOf({
    gap: 'US trade gap\n\nThe trade deficit hit a record $60.3bn in November, US figures show. Exports fell 2.3% to $95.6bn, while imports grew 1.3% to $155.8bn.\n',
    other:
      'America and its allies\n\nAmerica said its aid budget would rise to $19bn, and America’s allies pledged $4bn more.\n',
  });

  it('an article naming the draft’s subject otherwise ("America", "the US") is still searched', () => {
    const result = checkDraft(
      alias,
      'America’s trade deficit hit a record $60.3bn in November. Exports fell 2.3% to $95.6bn, while imports grew to $158.5bn.',
    );
    expect(claim(result, '$60.3bn').verdict).toBe('supported');
    const c = claim(result, '$158.5bn');
    expect(c.verdict).toBe('contradicted');
    expect(c.note).toMatch(/\$155\.8bn/);
  });
});

describe('a subject the coverage never names', () => {
  const index = indexOf({
    jobs: 'Jobs market picks up\n\nFreedonia’s economy added 157,000 jobs in January. That was enough to push the unemployment rate down to 5.2%, its lowest level since 2001.\n',
  });

  it('an article of the story that never names the figure’s own subject does not rule it out', () => {
    const result = checkDraft(
      index,
      'Freedonia’s economy added 157,000 jobs in January. Lakonia’s jobless rate, by comparison, is 8.1%.',
    );
    expect(claim(result, '157,000 jobs').verdict).toBe('supported');
    expect(claim(result, '8.1%').verdict).toBe('not found');
    // The same words with no subject of their own are the story's: there 5.2% rules the figure out.
    const carried = checkDraft(
      index,
      'Freedonia’s economy added 157,000 jobs in January. The jobless rate, by comparison, is 8.1%.',
    );
    expect(claim(carried, '8.1%').verdict).toBe('contradicted');
  });
});

describe('a figure stated only outside the story', () => {
  const index = indexOf({
    acme: 'Easton Fuels offers creditors a deal\n\nEaston Fuels, the troubled fuel supplier, has offered creditors $190m of the $480m it lost on oil futures. The firm said it hoped to pay $90m now and another $100m over seven years. Easton Fuels shares fell 5% on Monday.\n',
    loans: 'Farm loans\n\nFarmers will repay their creditors the rest over ten years, the lender said.\n',
    bankco:
      'Bankco loans\n\nBankco said farmers who lost money will pay creditors the rest over ten years.\n',
  });

  it('is read again within the story: the story’s value rules it out and is shown', () => {
    const result = checkDraft(
      index,
      'Easton Fuels, the troubled fuel supplier, has offered creditors $190m of the $480m it lost on oil futures, part of it now and the rest over ten years.',
    );
    expect(claim(result, '$190m').verdict).toBe('supported');
    const c = claim(result, 'over ten years');
    expect(c.verdict).toBe('contradicted');
    expect(c.note).toMatch(/over seven years/);
  });

  it('stands where the story’s articles cannot rule it out (another subject’s figure)', () => {
    const result = checkDraft(
      index,
      'Easton Fuels, the troubled fuel supplier, has offered creditors $190m of the $480m it lost on oil futures. Separately, Bankco said farmers who lost money will pay creditors the rest over ten years.',
    );
    const c = claim(result, 'over ten years');
    expect(c.verdict).toBe('supported');
    expect(c.note).toMatch(/bankco/);
  });
});
