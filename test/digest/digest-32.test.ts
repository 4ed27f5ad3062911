/**
 * Issue 20 §4 (digest-32): the top line is the story's point. A claim every article states only in
 * its later part is background and never leads; where no claim is stated in front by most articles,
 * the story's event (the lead) does; one company written with and without its final s is one owner.
 */
import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/build.js';
import { convertsPrevious, foldName, movedTo } from '../../src/digest/figures.js';
import { parseQuantities } from '../../src/facts/quantities.js';
import type { Fact } from '../../src/facts/types.js';
import { indexOf } from '../helpers/index.js';

const at = { now: new Date('2026-11-24T08:00:00Z') };

/** Filler sentences of an article's middle, each its own words. */
const middle = (tag: string) =>
  [
    `Analysts at a ${tag} brokerage said the move had been widely expected for several months.`,
    `The board met twice last week to weigh the terms, people close to the talks said.`,
    `Staff were told of the plan at a meeting in the ${tag} office on the morning it was announced.`,
    `Rivals in the sector are expected to respond with plans of their own before the summer.`,
    `Regulators will look at the deal, though few expect them to block it outright.`,
  ].join(' ');

describe('background never leads the top line', () => {
  it('leaves out a rival deal every article gives in its last sentence, though more articles give it', () => {
    const d = buildDigest(
      indexOf({
        a: `Varnel agrees Quodex buyout\n\nQuodex has accepted a $6.75bn buyout from telecoms group Varnel, its board said. ${middle('northern')} Brantel said this month it would take over Ostrom, once its owner, in a deal of about $16bn.\n`,
        b: `Quodex investor sues\n\nAn investor in Quodex has gone to court to halt the $6.75bn buyout by Varnel, hoping for a better price. ${middle('southern')} Brantel said this month it would take over Ostrom, once its owner, in a deal of about $16bn.\n`,
        c: `Quodex shares climb\n\nShares in Quodex rose on talk of a bid from a larger rival, traders said. ${middle('eastern')} Brantel said last week it would take over Ostrom, once its owner, in a deal of about $16bn.\n`,
      }),
      at,
    );
    expect(d.topLine.length).toBeGreaterThan(0);
    expect(d.topLine.some((t) => t.text.includes('$16bn'))).toBe(false);
    expect(d.topLine[0]?.text).toContain('$6.75bn');
  });

  it('leads with the story event where the only claim both articles share is a date told as background', () => {
    const d = buildDigest(
      indexOf({
        a: `Party chiefs rebuked over rift\n\nBackbench members of the Vorn party angrily rebuked its two leaders amid fresh reports of a rift between them. ${middle('party')} A new memoir says the pair dined together in November 2003 and agreed a handover.\n`,
        b: `Vorn leaders stage show of unity\n\nThe Vorn party leadership staged a poster launch to show it is united after the rebuke from its members. ${middle('city')} A new memoir says the pair dined together in November 2003 and agreed a handover.\n`,
      }),
      at,
    );
    expect(d.topLine.some((t) => t.text.includes('November 2003'))).toBe(false);
    expect(d.topLine[0]?.text).toMatch(/^(Backbench members|The Vorn party leadership)/);
  });
});

describe('one company written with and without its final s', () => {
  it('counts a stake two articles give to "Marlows" and "Marlow\'s" as one claim at a glance', () => {
    const d = buildDigest(
      indexOf({
        a: `Marlows buys winemaker stake\n\nBrewer Marlows has bought an 18.8% stake in winemaker Quillon, sparking talk of a takeover. The brewer paid a premium for the shares, dealers said. Quillon's shares were halted at the request of both firms until Monday.\n`,
        b: `Quillon rejects Marlow's offer\n\nWinemaker Quillon has turned down a takeover offer from brewer Marlow's, calling it too low. The firms talked for four days after Marlow's took an 18.8% stake in Quillon in mid-January. Quillon's chairman said the offer did not reflect the value of its brands.\n`,
      }),
      at,
    );
    const stake = d.topLine.find((t) => t.text.includes('18.8%'));
    expect(stake).toBeDefined();
    expect(new Set([stake?.source.id, ...(stake?.also ?? []).map((c) => c.id)])).toEqual(new Set(['a', 'b']));
  });

  it('folds a final s only off a long enough word that does not end in ss', () => {
    expect(foldName('marlows')).toBe('marlow');
    expect(foldName('news')).toBe('news');
    expect(foldName('express')).toBe('express');
  });
});

describe('a newer share price changes the earlier one', () => {
  const a = `Marlows buys winemaker stake\n\nBrewer Marlows has bought an 18.8% stake in winemaker Quillon, sparking talk of a takeover. The brewer paid a premium for the shares, dealers said. Quillon's shares were halted at A$4.25 until Monday.\n`;
  const b = `Quillon rejects Marlow's offer\n\nWinemaker Quillon has turned down a takeover offer from brewer Marlows, calling it too low. Quillon's chairman said the offer did not reflect the value of its brands. Quillon's shares climbed 12% to A$4.76 once the bid was made public, while Marlows' shares slid 3.7% to A$5.44.\n`;

  it('says the price a new article gives against the price an earlier article gave for one owner', () => {
    const d = buildDigest(indexOf({ a, b }), { ...at, previousArticleIds: ['a'] });
    const change = d.changes.find((c) => c.measure === 'share price');
    expect(change?.before.figure).toBe('A$4.25');
    expect(change?.now.figure).toBe('A$4.76');
    expect(change?.subject).toContain('Quillon');
    // Another owner's price in the same sentence is no change of Quillon's.
    expect(d.changes.some((c) => c.now.figure === 'A$5.44')).toBe(false);
  });

  it('says no change where the new article gives the price the earlier one gave', () => {
    const same = b.replace('climbed 12% to A$4.76', 'stood at A$4.25');
    const d = buildDigest(indexOf({ a, b: same }), { ...at, previousArticleIds: ['a'] });
    expect(d.changes.some((c) => c.measure === 'share price')).toBe(false);
  });
});

describe('a sum given in two more currencies in one pair of brackets', () => {
  it('shows the sentence once, not once per currency', () => {
    const d = buildDigest(
      indexOf({
        a: `Winemaker Quillon rebuffs bid\n\nWinemaker Quillon turned down a bid valued at 3.1bn Ruritanian crowns ($2.3bn; £1.8bn) by brewer Marlows. Quillon's board said the offer was too low for a firm of its size. Marlows said it would think again about its next step.\n`,
        b: `Quillon board meets\n\nThe board of Quillon met on Monday to weigh the approach from Marlows, which it called opportunistic. Analysts expect a higher offer within weeks.\n`,
      }),
      at,
    );
    const lines = d.figures.flatMap((g) => g.moments.flatMap((m) => m.lines));
    expect(lines.filter((l) => l.context.includes('£1.8bn')).length).toBe(1);
  });

  it('reads a second sum in brackets as a conversion only in another currency, after a semicolon', () => {
    const converts = (text: string) => {
      const fact = { text, quantities: parseQuantities(text) } as unknown as Fact;
      const [p, q] = fact.quantities.filter((x) => x.kind === 'money');
      return p !== undefined && q !== undefined && convertsPrevious(fact, q, { fact, quantity: p });
    };
    expect(converts('an offer worth 3.1bn crowns ($2.3bn; £1.8bn) from Marlows')).toBe(true);
    expect(converts('two offers ($2.3bn; $1.8bn) from Marlows')).toBe(false);
    expect(converts('an offer of $2.3bn and later £1.8bn from Marlows')).toBe(false);
  });
});

describe('a movement past the moment of its first value', () => {
  const reached = (text: string) => {
    const all = parseQuantities(text);
    const first = all[0];
    return first ? movedTo(text, first, all)?.text : undefined;
  };

  it('reads "from X in May to Y" as one movement', () => {
    expect(reached('The average price fell from £150,400 in May to £149,800, a survey found.')).toBe(
      '£149,800',
    );
  });

  it('reads "from X in May to Y in June" as two values of two moments', () => {
    expect(
      reached('The average price fell from £150,400 in May to £149,800 in June, a survey found.'),
    ).toBeUndefined();
  });
});

describe('a vague amount is no figure to forward', () => {
  it('lists no "Thousands" or "millions" as a figure, though the claims layer reads them as at least their scale', () => {
    const d = buildDigest(
      indexOf({
        a: `Varland cuts more civil service jobs\n\nThousands of Varland office posts were axed or shifted away from Varton in the savings plan. Finance minister Hal Dunmore said 9,400 jobs had gone while 6,100 were being moved out of the capital. A further 300 jobs at the Varland Office of Farming have been earmarked to be cut.\n`,
        b: `Varland unions warn over jobs\n\nUnion official Pat Greer said: "Millions of state staff will see their retirement pay squeezed." Hal Dunmore said the 9,400 jobs already cut would not hit services. The Varland unions will meet next week to decide on action.\n`,
      }),
      at,
    );
    const figures = [...JSON.stringify([d.figures, d.facts]).matchAll(/"figure":"([^"]*)"/g)].map(
      (m) => m[1] ?? '',
    );
    expect(figures.some((f) => f.startsWith('9,400'))).toBe(true);
    expect(figures.filter((f) => /^(?:thousands|millions)\b/i.test(f))).toEqual([]);
  });
});
