import { beforeAll, describe, expect, it } from 'vitest';
import { type CheckResult, type Claim, checkDraft, cutAt, supports } from '../../src/check/check.js';
import { parseQuantities } from '../../src/facts/quantities.js';
import { buildIndex } from '../../src/index/build.js';
import type { FactIndex } from '../../src/index/fact-index.js';
import { article, indexOf } from '../helpers/index.js';

const quiet = { warn: () => {} };

/** The claim for a figure, as the draft writes it. */
function claim(result: CheckResult, figure: string): Claim {
  const found = result.claims.find((c) => c.figure === figure);
  if (!found) throw new Error(`no claim ${figure} in ${result.claims.map((c) => c.figure).join(', ')}`);
  return found;
}

const verdicts = (result: CheckResult) => Object.fromEntries(result.claims.map((c) => [c.figure, c.verdict]));
const cited = (c: Claim) => [...new Set(c.evidence.flatMap((e) => e.citations.map((x) => x.id)))].sort();

describe('checkDraft on the seeds', () => {
  let index: FactIndex;
  beforeAll(async () => {
    index = await buildIndex('seeds', quiet);
  });

  it('gives $20 billion Contradicted ($15 billion), 49% and $28 billion Supported, citing 002', () => {
    const result = checkDraft(
      index,
      'Meta will pay $20 billion for a 49% stake, valuing Scale AI at $28 billion.',
    );
    expect(result.status).toBe('checked');
    expect(result.claims.map((c) => c.figure)).toEqual(['$20 billion', '49%', '$28 billion']);

    const pay = claim(result, '$20 billion');
    expect(pay.verdict).toBe('contradicted');
    expect(pay.measure).toBe('investment');
    expect(pay.note).toMatch(/^coverage: .*\$15 billion \[[^\]]*(002|000)_/);
    const fifteen = pay.coverage.find((v) => v.relation === 'differs' && v.quantity.value === 15e9);
    expect(fifteen?.articleIds.some((id) => /^00[02]_/.test(id))).toBe(true);
    expect(pay.evidence.some((e) => e.text.includes('$15 billion'))).toBe(true);

    const stake = claim(result, '49%');
    expect(stake).toMatchObject({ verdict: 'supported', measure: 'stake' });
    expect(cited(stake)).toEqual(['002_85cfbc7a48a6de22']);

    const value = claim(result, '$28 billion');
    expect(value).toMatchObject({ verdict: 'supported', measure: 'valuation' });
    expect(cited(value)).toEqual(['002_85cfbc7a48a6de22']);
    expect(value.evidence[0]?.text).toContain('around $28 billion');
    // The $14 billion valuation is before the deal: a history, not sources that differ.
    expect(value.note).not.toMatch(/sources differ/);
  });

  it('reads a year no measure claims as a date, not a figure; a count no article states is Not found, saying what was looked for', () => {
    const result = checkDraft(index, 'The plan came together in 2025 after 12 meetings.');
    // The year is checked as a date (src/check/dates.ts), never as an amount.
    expect(result.claims.map((c) => [c.figure, c.verdict, c.measure])).toEqual([
      ['2025', 'not found', 'date'],
      ['12 meetings', 'not found', undefined],
    ]);
    expect(result.claims[1]?.note).toMatch(/^looked for a number/);
    expect(result.claims[1]?.evidence).toEqual([]);
  });

  it('says which words it looked for when the coverage gives no such measure for the subject', () => {
    const c = claim(checkDraft(index, 'Scale AI has 1,300 staff.'), '1,300 staff');
    expect(c).toMatchObject({ verdict: 'not found', measure: 'jobs' });
    expect(c.note).toMatch(/looked for jobs of Scale .*“staff”/);
  });
});

describe('work a check keeps for the next (the same verdicts whatever was checked before)', () => {
  it('gives a draft the same claims checked alone, after other drafts, and again', async () => {
    const index = await buildIndex('seeds', quiet);
    const drafts = [
      'Meta will pay $20 billion for a 49% stake, valuing Scale AI at $28 billion.',
      'Scale AI was founded in 2016. It has 1,500 staff and its revenue rose 40% to $870m last year.',
      'Meta said it would invest $14.3 billion. Alexandr Wang, 28, will join Meta.',
    ];
    const alone = drafts.map((d) => JSON.stringify(checkDraft(index, d)));
    const after = [...drafts].reverse().map((d) => JSON.stringify(checkDraft(index, d)));
    expect(after.reverse()).toEqual(alone);
    expect(JSON.stringify(checkDraft(index, drafts[0] ?? ''))).toBe(alone[0]);
  });

  it('reads a word opening a sentence as a name once the coverage capitalises it, not before', () => {
    const index = indexOf({
      a: 'Widgets sold\n\nThe widgets sold well. Sales of widgets rose 3% in the year.\n',
    });
    const draft = 'Widgets rose 3% in the year.';
    expect(claim(checkDraft(index, draft), '3%').subject).toBeUndefined();
    expect(claim(checkDraft(index, draft), '3%').subject).toBeUndefined();
    index.upsert(
      article(
        'b',
        'Widgets Inc\n\nShares in Widgets rose. Analysts said Widgets had done well. Investors in Widgets cheered.\n',
      ),
    );
    expect(claim(checkDraft(index, draft), '3%').subject).toBe('Widgets');
  });
});

describe('qualifiers, in the draft and in the articles', () => {
  const index = indexOf({
    deal: 'Acme buys Widgetco\n\nOn Monday Acme agreed to pay about $15 billion for Widgetco. Analysts say Widgetco has nearly 4,000 staff. Under the deal Acme will own up to 30% of the shares of Rivalco.\n',
    value:
      'Widgetco valued\n\nBankers said the deal values Widgetco at more than $20 billion, including debt.\n',
  });
  const check = (draft: string) => verdicts(checkDraft(index, draft));

  it('"about $15 billion" in an article supports "$15bn" and "about $15bn", and contradicts $20bn', () => {
    expect(check('Acme will pay $15bn for Widgetco.')).toEqual({ $15bn: 'supported' });
    expect(check('Acme will pay about $15bn for Widgetco.')).toEqual({ 'about $15bn': 'supported' });
    expect(check('Acme will pay $15.0 billion for Widgetco.')).toEqual({ '$15.0 billion': 'supported' });
    expect(check('Acme will pay $20bn for Widgetco.')).toEqual({ $20bn: 'contradicted' });
  });

  it('a bound ("more than $20 billion") never supports a precise figure, but rules out one below it', () => {
    const within = claim(checkDraft(index, 'The deal values Widgetco at $25bn.'), '$25bn');
    expect(within.verdict).toBe('not found');
    expect(within.note).toMatch(/only bounds it: more than \$20 billion/);
    expect(check('The deal values Widgetco at $18bn.')).toEqual({ $18bn: 'contradicted' });
    expect(check('The deal values Widgetco at more than $20bn.')).toEqual({ 'more than $20bn': 'supported' });
    // A bound on the same side at another value is the bound changed, though the one implies the other.
    expect(check('The deal values Widgetco at over $15bn.')).toEqual({ 'over $15bn': 'contradicted' });
  });

  it('"more than" in the draft is supported by a value beyond it, not by one below it', () => {
    expect(check('Acme will pay more than $10bn for Widgetco.')).toEqual({ 'more than $10bn': 'supported' });
    expect(check('Acme will pay more than $18bn for Widgetco.')).toEqual({
      'more than $18bn': 'contradicted',
    });
  });

  it('"up to" and "nearly" are read on both sides', () => {
    expect(check('Acme will own up to 30% of Rivalco.')).toEqual({ 'up to 30%': 'supported' });
    expect(check('Acme will own 30% of Rivalco.')).toEqual({ '30%': 'not found' });
    expect(check('Acme will own 45% of Rivalco.')).toEqual({ '45%': 'contradicted' });
    expect(check('Widgetco has nearly 4,000 staff.')).toEqual({ 'nearly 4,000 staff': 'supported' });
    expect(check('Widgetco has 4,000 staff.')).toEqual({ '4,000 staff': 'supported' });
    expect(check('Widgetco has 4,500 staff.')).toEqual({ '4,500 staff': 'contradicted' });
  });

  it('supports() reads each qualifier as bounds() does', () => {
    const q = (text: string) => {
      const [first] = parseQuantities(text);
      if (!first) throw new Error(text);
      return first;
    };
    expect(supports(q('about $15 billion'), q('$15bn'))).toBe(true);
    expect(supports(q('$15bn'), q('about $15 billion'))).toBe(true);
    expect(supports(q('about $15 billion'), q('$14bn'))).toBe(false);
    expect(supports(q('more than $10 billion'), q('$15bn'))).toBe(false);
    expect(supports(q('$15bn'), q('more than $10 billion'))).toBe(true);
    expect(supports(q('up to $10bn'), q('more than $5bn'))).toBe(false);
  });

  it('supports() bears out a bound by a bound on its side only at its very value', () => {
    const q = (text: string) => {
      const [first] = parseQuantities(text);
      if (!first) throw new Error(text);
      return first;
    };
    expect(supports(q('at least £75,000'), q('at least £50,000'))).toBe(false);
    expect(supports(q('fewer than 1%'), q('fewer than 2%'))).toBe(false);
    expect(supports(q('more than £75,000'), q('at least £75,000'))).toBe(true);
    expect(supports(q('fewer than 2%'), q('under 2%'))).toBe(true);
    expect(supports(q('under 2%'), q('more than 2%'))).toBe(false);
    // A value beyond a bound still bears it out.
    expect(supports(q('£80,000'), q('at least £75,000'))).toBe(true);
  });

  it('supports() bears out a ceiling ("as much as", "up to") only by a value that reaches it', () => {
    const q = (text: string) => {
      const [first] = parseQuantities(text);
      if (!first) throw new Error(text);
      return first;
    };
    expect(q('as much as £3bn').qualifier).toBe('up-to');
    expect(supports(q('£136m'), q('as much as £3bn'))).toBe(false);
    expect(supports(q('£3bn'), q('as much as £3bn'))).toBe(true);
    expect(supports(q('2,450 jobs'), q('up to 2,500 jobs'))).toBe(true);
  });
});

describe('a value of another size', () => {
  const index = indexOf({
    club: 'Crush at the Quay Ground\n\nIn all, 9 fans were injured in a crush at the Quay Ground on Saturday.\n',
  });

  it('is not the draft’s figure changed: "900 fans" against "9 fans" neither states nor rules it out', () => {
    const far = claim(checkDraft(index, '900 fans were injured in a crush at the Quay Ground.'), '900 fans');
    expect(far.verdict).toBe('not found');
    const near = claim(checkDraft(index, '12 fans were injured in a crush at the Quay Ground.'), '12 fans');
    expect(near.verdict).toBe('contradicted');
    expect(near.note).toMatch(/\b9 fans/);
  });
});

describe('currencies and scales', () => {
  const index = indexOf({
    bid: 'Bid for Exchangeco\n\nAnalysts said Boerseco has offered £1.3bn for Exchangeco, whose shares rose.\n',
  });

  it('$1.3bn is not £1.3bn: never supported by it, and not contradicted by a figure in another currency', () => {
    const c = claim(checkDraft(index, 'Boerseco has offered $1.3bn for Exchangeco.'), '$1.3bn');
    expect(c.verdict).toBe('not found');
    expect(c.note).toMatch(/in other units only: £1\.3bn/);
    expect(verdicts(checkDraft(index, 'Boerseco has offered 1.3bn euros for Exchangeco.'))).toEqual({
      '1.3bn euros': 'not found',
    });
  });

  it('£1,300m is £1.3bn and so is £1.3 billion; £13bn is not', () => {
    expect(verdicts(checkDraft(index, 'Boerseco has offered £1,300m for Exchangeco.'))).toEqual({
      '£1,300m': 'supported',
    });
    expect(verdicts(checkDraft(index, 'Boerseco offered £1.3 billion for Exchangeco.'))).toEqual({
      '£1.3 billion': 'supported',
    });
    expect(verdicts(checkDraft(index, 'Boerseco offered £13bn for Exchangeco.'))).toEqual({
      '£13bn': 'contradicted',
    });
  });
});

describe('prices per share', () => {
  const index = indexOf({
    offer:
      'Exchangeco rejects offer\n\nIn December Boerseco put an offer of 530 pence per Exchangeco share on the table. Boerseco said the offer valued Exchangeco at £1.3bn.\n',
  });
  const check = (draft: string) => verdicts(checkDraft(index, draft));

  it('a price per share matches a price per share, in pence or pounds', () => {
    expect(check('Boerseco offered 530p a share for Exchangeco.')).toEqual({ '530p': 'supported' });
    expect(check('Boerseco offered £5.30 per share for Exchangeco.')).toEqual({ '£5.30': 'supported' });
    expect(check('Boerseco offered 560p a share for Exchangeco.')).toEqual({ '560p': 'contradicted' });
  });

  it('a total is never compared with a price per share', () => {
    const c = claim(checkDraft(index, 'Boerseco offered £530m for Exchangeco.'), '£530m');
    // Ruled out by the offer's total (£1.3bn), never by the 530 pence a share.
    expect(c.verdict).toBe('contradicted');
    expect(c.note).toMatch(/£1\.3bn/);
    expect(c.coverage.filter((v) => v.text.includes('530') && v.relation !== 'other unit')).toEqual([]);
  });
});

describe('a figure of another subject in the same article is not evidence', () => {
  const index = indexOf({
    holders:
      'Investors split on bid\n\nThe bid is opposed by Standard Fund, which owns a 1% stake in Boerseco. Meanwhile Hedgeco holds about 5% of Boerseco, its filing says.\n',
  });

  it("Hedgeco's figure is checked against Hedgeco's, not Standard Fund's", () => {
    const wrong = claim(checkDraft(index, 'Hedgeco owns 1% of Boerseco.'), '1%');
    expect(wrong.verdict).toBe('contradicted');
    expect(wrong.evidence.map((e) => e.text)).toEqual([
      'Meanwhile Hedgeco holds about 5% of Boerseco, its filing says.',
    ]);
    expect(verdicts(checkDraft(index, 'Standard Fund owns a 1% stake in Boerseco.'))).toEqual({
      '1%': 'supported',
    });
    expect(verdicts(checkDraft(index, 'Hedgeco owns 5% of Boerseco.'))).toEqual({ '5%': 'supported' });
  });

  it('nor is one of another subject in the same sentence', () => {
    const both = indexOf({
      vote: 'Shareholders vote\n\nThe bid is opposed by Standard Fund, which owns a 1% stake in Boerseco, and by Hedgeco, which holds 5%.\n',
    });
    const c = claim(checkDraft(both, 'Hedgeco owns 1% of Boerseco.'), '1%');
    expect(c.verdict).toBe('contradicted');
    expect(c.note).toBe('coverage: 5% [vote]');
  });

  it('a subject the coverage never gives the measure for is Not found, whatever others hold', () => {
    expect(verdicts(checkDraft(index, 'Otherco owns a 5% stake in Boerseco.'))).toEqual({
      '5%': 'not found',
    });
  });
});

describe('bad input', () => {
  const index = indexOf({
    deal: 'Acme buys Widgetco\n\nOn Monday Acme agreed to pay about $15 billion for Widgetco, Widgetco said.\n',
  });

  it('an empty text is empty, with no claims', () => {
    for (const text of ['', '   \n\t ']) {
      const result = checkDraft(index, text);
      expect(result.status).toBe('empty');
      expect(result.claims).toEqual([]);
    }
  });

  it('a text without figures says so', () => {
    const result = checkDraft(index, 'Acme will buy Widgetco, both said.');
    expect(result).toMatchObject({ status: 'no figures', claims: [] });
  });

  it('a text over 4,000 characters is checked up to the limit and says where it stopped', () => {
    const sentence = 'Acme will pay $15bn for Widgetco. ';
    const head = sentence.repeat(Math.ceil(4000 / sentence.length));
    const draft = `${head}Acme will pay $99bn for Widgetco.`;
    const result = checkDraft(index, draft);
    expect(result.length).toBe(draft.length);
    expect(result.stoppedAt).toBeLessThanOrEqual(4000);
    expect(result.stoppedAt).toBeGreaterThan(3900);
    expect(result.text).toBe(draft.slice(0, result.stoppedAt));
    expect(result.text.endsWith('Widgetco.')).toBe(true);
    expect(result.claims.every((c) => c.end <= (result.stoppedAt ?? 0))).toBe(true);
    expect(result.claims.map((c) => c.figure)).not.toContain('$99bn');
    expect(new Set(result.claims.map((c) => c.verdict))).toEqual(new Set(['supported']));
    expect(checkDraft(index, 'Acme will pay $15bn for Widgetco.').stoppedAt).toBeUndefined();
  });

  it('cuts a text without sentence ends at a space', () => {
    const words = 'word '.repeat(1000);
    expect(cutAt(words, 4000)).toBeLessThanOrEqual(4000);
    expect(words[cutAt(words, 4000)]).toBe(' ');
  });
});

describe("reading the names a draft's figures need", () => {
  it('reads them for all the figures at once, not in trips of its own for each figure', () => {
    const index = indexOf({
      a: 'Acme Profit\n\nAcme Holdings made a profit of $30m in 2004, the firm said.\n',
      b: 'Bolt Sales\n\nBolt Motors sold 4,000 vans in 2004, the company said.\n',
      c: 'Crane Staff\n\nCrane Group employs 1,200 people at its plants, it said.\n',
      d: 'Dart Shares\n\nDart Airlines shares rose 12% on Monday after the results.\n',
    });
    const read = index.readEntities.bind(index);
    const seen = new Set<string>();
    let trips = 0;
    index.readEntities = (facts) => {
      const list = [...facts];
      if (list.some((f) => !seen.has(f.id))) trips++;
      for (const f of list) seen.add(f.id);
      read(list);
    };
    const result = checkDraft(
      index,
      'Acme Holdings made a profit of $30m. Bolt Motors sold 4,000 vans. Crane Group employs 1,200 people. Dart Airlines shares rose 12%.',
    );
    expect(result.claims.map((c) => c.verdict)).toEqual(['supported', 'supported', 'supported', 'supported']);
    // At most two trips a reading (the candidates' names, then the leads they need).
    expect(trips).toBeLessThanOrEqual(2);
  });
});
