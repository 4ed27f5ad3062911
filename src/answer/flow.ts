/**
 * Which way a sum of money goes: taken in (sales, takings, profit), paid out (a price, a cost, a
 * budget, an investment, an offer) or held (a fortune). A question asking one is not
 * answered by a figure of another: "what was the budget for X's film?" is not told by what the film
 * took at the box office, nor "how much did X's tour take?" by what it cost. Pure; English only: the
 * measures are the vocabulary's concepts (`src/index/vocabulary.json`), read by name.
 */

import type { Concept } from '../index/vocabulary.js';

/** Which way a sum goes: `earned` taken in, `paid` paid out or spent, `held` owned. */
export type Flow = 'earned' | 'paid' | 'held';

/**
 * The money measures whose way is plain in English, whoever the question is about: a firm's or a
 * film's own takings and results are taken in; a cost, a price or a budget is what is spent. Left
 * out: sums that go out of one party's hands into another's, whose way depends on whom the question
 * asks about (the price of a purchase is paid by the buyer and taken in by the seller; so an
 * acquisition, an offer, a deal, an investment, whose words hold both "pay" and "raise"; a salary is
 * paid by a club and earned by a player; likewise a dividend, a donation, aid, a tax, a fine,
 * damages, a payment), a value or a worth (what a buyer would pay) and a debt (borrowed and owed).
 */
const FLOWS: Readonly<Record<string, Flow>> = {
  revenue: 'earned',
  profit: 'earned',
  loss: 'earned',
  'box office': 'earned',
  price: 'paid',
  budget: 'paid',
  wealth: 'held',
};

/** Which way the sum a measure names goes; undefined for a measure of no plain way, or no money. */
export function flowOf(measure: Pick<Concept, 'name' | 'kind'> | undefined): Flow | undefined {
  return measure?.kind === 'money' ? FLOWS[measure.name] : undefined;
}

/** The notes' words for a sum going the given way: "only money taken in". */
export const FLOW_WORDS: Readonly<Record<Flow, string>> = {
  earned: 'money taken in',
  paid: 'money paid or spent',
  held: 'wealth held',
};

/**
 * The way of the sum a figure gives (its claim's measure, `given`) when the question asks a sum going
 * another way: every money measure the question names (`asked`) has a way, they agree, and the
 * figure's differs ("budget" asked, "revenue" given). Undefined when the figure may answer it: the
 * question names no such measure or several ways, or the figure's measure is unknown or of no plain
 * way. Pure.
 */
export function otherFlow(
  asked: ReadonlyArray<Pick<Concept, 'name' | 'kind'>>,
  given: Pick<Concept, 'name' | 'kind'> | undefined,
): Flow | undefined {
  const money = asked.filter((c) => c.kind === 'money');
  const ways = new Set(money.map(flowOf));
  if (money.length === 0 || ways.size !== 1 || ways.has(undefined)) return undefined;
  const way = flowOf(given);
  return way && !ways.has(way) ? way : undefined;
}
