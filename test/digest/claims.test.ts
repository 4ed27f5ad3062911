/**
 * The digest reads figures as claims: one amount in several currencies and from several articles
 * is one line; a history is not sources differing; the top line is the claim most articles give;
 * a new article's changes are said under it; a figure whose subject is only guessed is left out;
 * and every line it prints the check finds Supported.
 */
import { describe, expect, it } from 'vitest';
import { digestMessage } from '../../src/blocks/digest.js';
import { checkDraft } from '../../src/check/check.js';
import { buildDigest, type Digest } from '../../src/digest/build.js';
import { describes } from '../../src/digest/figures.js';
import { digestToText } from '../../src/digest/format.js';
import { buildIndex } from '../../src/index/build.js';
import type { FactIndex } from '../../src/index/fact-index.js';
import { indexOf } from '../helpers/index.js';
import { copyStory, LSE_BIDS, YUKOS } from '../helpers/stories.js';

const at = { now: new Date('2026-11-24T08:00:00Z') };

const lines = (d: Digest) =>
  d.figures.flatMap((g) => g.moments.flatMap((m) => m.lines.map((l) => ({ g, m, l }))));

describe('the digest reads figures as claims', () => {
  it('shows one amount given in two currencies, and by several articles, as one line citing each', () => {
    const d = buildDigest(
      indexOf({
        a: 'Acme Corp pays\n\nAcme Corp will pay Widget Co 1.55bn euros ($2bn) to end their partnership, the companies said.\n',
        b: 'Acme Corp deal\n\nAcme Corp will pay Widget Co $2bn to end the partnership, according to people close to the talks.\n',
        c: 'Partnership ends\n\nAcme Corp is to pay 1.55bn euros to Widget Co to end the partnership, the carmakers said.\n',
      }),
      at,
    );
    const paid = lines(d).filter(({ l }) => /1\.55bn euros|\$2bn/.test(l.figure));
    expect(paid).toHaveLength(1);
    const [{ l } = { l: undefined }] = paid;
    expect([l?.source.id, ...(l?.also ?? []).map((c) => c.id)].sort()).toEqual(['a', 'b', 'c']);
  });

  it('never calls a history "Sources differ": undated articles naming no moment', () => {
    const d = buildDigest(
      indexOf({
        a: 'Acme Corp and Widget Co\n\nAcme Corp owns a 20% stake in Widget Co, the Italian carmaker said on Monday.\n',
        b: 'Widget Co shares\n\nAcme Corp holds a 10% stake in Widget Co after a rights issue, analysts told reporters.\n',
      }),
      at,
    );
    const stake = d.figures.find((g) => g.measure === 'stake');
    expect(stake?.moments.flatMap((m) => m.lines.map((l) => l.figure)).sort()).toEqual(['10%', '20%']);
    expect(stake?.moments.some((m) => m.differ)).toBe(false);
    expect(digestToText(d)).not.toMatch(/sources differ/i);
  });

  it('leads the top line with the claim the most articles give, in any currency', () => {
    const d = buildDigest(
      indexOf({
        a: 'Acme Corp pays\n\nAcme Corp will pay Widget Co 1.55bn euros ($2bn) to end their deal. Acme Corp holds a 10% stake in Widget Co, the firms said.\n',
        b: 'Acme Corp deal\n\nAcme Corp will pay Widget Co $2bn to end the deal, sources said. Acme Corp holds a 10% stake in Widget Co, filings show.\n',
        c: 'Deal ends\n\nAcme Corp will pay Widget Co $2bn to end their deal, the firms said. Acme Corp holds a 10% stake in Widget Co, analysts said.\n',
        d: 'Widget Co paid\n\nAcme Corp is to pay Widget Co 1.55bn euros to end the deal, said people close to the talks on Sunday.\n',
      }),
      at,
    );
    expect(d.topLine[0]?.figure).toMatch(/\$2bn|1\.55bn euros/);
    const top = d.topLine[0];
    expect([top?.source.id, ...(top?.also ?? []).map((c) => c.id)].sort()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('counts a range and the exact amount of one measure as one claim in the top line, a moment named or not', () => {
    const d = buildDigest(
      indexOf({
        a: 'Zedco tax\n\nZedco was handed a bill of more than $31bn in back taxes and penalties last year, officials said. Zedco has said it will claim $18bn in damages from the unit’s buyer.\n',
        b: 'Zedco fights\n\nThe row came to a head last year when Zedco was handed a bill of more than $31bn in back taxes. The firm says it will claim $18bn in damages from the buyer once the sale goes through.\n',
        c: 'Zedco unit sold\n\nThe Zedco unit was sold to settle a $31.5bn back tax bill, the court heard on Monday. Zedco will claim $18bn in damages from the unit’s buyer, its lawyers said.\n',
        d: 'Zedco appeal\n\nZedco lost its main unit, sold at auction to settle a $31.5bn back tax bill.\n',
        e: 'Zedco sale\n\nThe unit was auctioned to cover a $31.5bn back tax bill that Zedco says it cannot pay. Zedco wants $18bn in damages from its former unit’s buyer.\n',
      }),
      at,
    );
    // Five articles give the tax bill (two as "more than $31bn", three as "$31.5bn"), four the damages.
    const top = d.topLine[0];
    expect(top?.figure).toMatch(/\$31/);
    const cited = [top?.source.id, ...(top?.also ?? []), ...(top?.consistent ?? []).map((c) => c.citation)];
    expect(new Set(cited.map((c) => (typeof c === 'string' ? c : c?.id))).size).toBe(5);
  });

  it('shows no trivial figures: places other acts moved in a chart, a clock time', () => {
    const d = buildDigest(
      indexOf({
        a: "Zedco tops chart\n\nZedco's new single entered the singles chart at number one on Sunday. Rounding off the top 10 are Broken Roads by Boltco, down two places to number eight, and Out of Time by Kitco, also down two places to nine. Staff were surprised when Minister Jo Bloggs walked into the Northtown shop at 0900 GMT, flanked by aides and police officers.\n",
        b: "Zedco number one\n\nZedco's single is number one. Zedco's album sales reached £2m in the first week of release, the band's record label said on Monday.\n",
      }),
      at,
    );
    const shown = [...lines(d).map(({ l }) => l.figure), ...d.topLine.map((t) => t.figure)];
    expect(shown.filter((f) => /places|GMT/.test(f ?? ''))).toEqual([]);
    expect(d.story).not.toMatch(/GMT/);
  });

  it('says under a new article which earlier figure it changes', () => {
    const d = buildDigest(
      indexOf({
        a: 'Acme Corp debts\n\nAcme Corp has debts of 14bn euros, its administrator told the court on Monday.\n',
        b: 'Acme Corp recovers\n\nAcme Corp has debts of close to 12bn euros now, its administrator told lawmakers.\n',
      }),
      { ...at, previousArticleIds: ['a'] },
    );
    const [first] = d.newArticles[0]?.adds ?? [];
    expect(first?.figure).toBe('close to 12bn euros');
    expect(first?.was).toMatchObject({ measure: 'debt', figure: '14bn euros', source: { id: 'a' } });
    const blocks = JSON.stringify(digestMessage(d).blocks);
    expect(blocks).toContain('changes Acme Corp · debt: 14bn euros');
    expect(blocks).not.toContain('Figures that changed');
    expect(digestToText(d)).not.toContain('Figures that changed');
    expect(digestToText(d)).toMatch(
      /changes Acme Corp · debt: 14bn euros \[a\] → close to 12bn euros: “Acme Corp has/,
    );
  });

  it('does not say a figure at a named year changes one of an undated month', () => {
    const index = indexOf({
      a: 'Acme Corp debts\n\nAcme Corp had debts of 14bn euros in January, its administrator told the court.\n',
      b: "Acme Corp outlook\n\nAcme Corp debts should stay near 2004's level of 12bn euros, its administrator said.\n",
    });
    const d = buildDigest(index, { ...at, previousArticleIds: ['a'] });
    expect(d.newArticles[0]?.adds?.some((a) => a.was)).toBe(false);
    // Dated, the two moments are ordered: a history shown in order, still no change (digest-22: a
    // change only where the new article gives the same moment another value).
    const dated = buildDigest(
      indexOf({
        a: 'Acme Corp debts\n\nAcme Corp had debts of 14bn euros in January 2004, its administrator told the court.\n',
        b: "Acme Corp outlook\n\nAcme Corp debts should stay near 2005's level of 12bn euros, its administrator said.\n",
      }),
      { ...at, previousArticleIds: ['a'] },
    );
    expect(dated.newArticles[0]?.adds?.some((a) => a.was)).toBe(false);
  });

  it('files "will pay $2bn" and "a $2bn settlement" as one payment (a settlement), and a national office\'s figure as its country\'s', () => {
    const d = buildDigest(
      indexOf({
        a: 'Acme Corp pays Widget Co\n\nAcme Corp will pay Widget Co $2bn under the terms of the settlement.\n',
        b: 'Acme Corp settles\n\nWidget Co reached a $2bn settlement with Acme Corp about the partnership.\n',
        c: 'Ruritania jobless\n\nThe Ruritanian Labour Agency said the number out of work had hit 4.862 million in March.\n',
      }),
      at,
    );
    const of = (figure: string) => lines(d).filter(({ l }) => l.figure === figure);
    // One group, titled by the word both sentences write for the payment (digest-21).
    expect(new Set(of('$2bn').map(({ g }) => g.measure))).toEqual(new Set(['settlement']));
    expect(of('4.862 million').map(({ g }) => g.subject)).toEqual(['Ruritanian']);
  });

  it('leaves out a figure whose sentence names nobody and refers to nobody', () => {
    const d = buildDigest(
      indexOf({
        a: 'Acme Corp settles\n\nAcme Corp agreed to pay $54m to settle the lawsuit brought by its investors. The other $36m is to come from insurers of past directors.\n',
        b: 'Acme Corp lawsuit\n\nAcme Corp agreed to pay $54m to settle the lawsuit, its lawyers told the court in New York.\n',
      }),
      at,
    );
    const text = digestToText(d);
    expect(text).toContain('$54m');
    expect(text).not.toContain('$36m');
  });
});

describe('describes', () => {
  it('reads a word describing the noun after it as no subject', () => {
    expect(describes('the Danish group could lift its offer to £1.8bn', 'Danish')).toBe(true);
    expect(describes('main owner of Ruritanian gas firm Zedco has sued', 'Ruritanian')).toBe(true);
    expect(describes('The Paris-based exchange is ready to raise £1.4bn', 'Paris')).toBe(true);
    expect(describes('Quill agreed to pay $640m to settle', 'Quill')).toBe(false);
    expect(describes('Dairyco, the Italian dairy group, said', 'Dairyco')).toBe(false);
  });
});

/** Every figure the digest prints, top line and figures, checked in its own words. */
function unsupported(index: FactIndex, d: Digest): string[] {
  const printed = [
    ...lines(d).map(({ l }) => ({ figure: l.figure, context: l.context, source: l.source.id })),
    ...d.topLine.flatMap((t) =>
      t.figure ? [{ figure: t.figure, context: t.text, source: t.source.id }] : [],
    ),
  ];
  const problems: string[] = [];
  for (const p of printed) {
    const claim = checkDraft(index, p.context).claims.find(
      (c) => c.figure.includes(p.figure) || p.figure.includes(c.figure),
    );
    const cited = claim?.evidence.flatMap((e) => e.citations.map((c) => c.id)) ?? [];
    if (claim?.verdict !== 'supported' || !cited.includes(p.source))
      problems.push(`${claim?.verdict ?? 'not read'}: ${p.figure} in “${p.context}” [${p.source}]`);
  }
  return problems;
}

describe.each([
  ['the Yukos affair', YUKOS],
  ['the bids for the LSE', LSE_BIDS],
])('the check agrees with the digest of %s', (_name, ids) => {
  it('finds every figure the digest prints Supported by the article it cites', async () => {
    const index = await buildIndex(copyStory(ids, 'agree-'), { warn: () => {} });
    const d = buildDigest(index, at);
    expect(lines(d).length + d.topLine.length).toBeGreaterThan(2);
    expect(unsupported(index, d)).toEqual([]);
  }, 30_000);
});

describe('a moment left out after a figure', () => {
  it('does not put "2.6% next" at "this year": the moment read is the figure before it', () => {
    const d = buildDigest(
      indexOf({
        a: 'Bloc outlook\n\nThe Union of Estria growth rate is forecast to be 2% this year and 2.6% next, the commission said.\n',
      }),
      at,
    );
    const atThisYear = lines(d).filter(({ m }) => /this year/.test(m.moment ?? ''));
    expect(atThisYear.map(({ l }) => l.figure)).not.toContain('2.6%');
  });
});

describe('a part of a firm', () => {
  it('does not give a plant’s staff to the whole firm ("Kelco · jobs")', () => {
    const d = buildDigest(
      indexOf({
        a: 'Phone plant\n\nThe Kelco plant at Brimford builds cordless phones and has 1,800 staff. Staff there now put in an extra three hours a week for no more pay.\n',
        b: 'Kelco results\n\nKelco reported higher sales of cordless phones in Europe last year, the firm said on Tuesday.\n',
      }),
      at,
    );
    expect(d.figures.filter((g) => /Kelco/.test(g.subject)).map((g) => g.measure)).not.toContain('jobs');
  });
});
