/**
 * Issue 20 (grounded digest, digest-17): an article is cited as stating a lead only when one of its
 * sentences tells of the lead's event (a verb the lead asserts, or its headline core) and gives the
 * lead's days, months, years and numbers; sharing the story's topic words ("the main production unit
 * ... at auction") is not enough.
 */
import { describe, expect, it } from 'vitest';
import { eventStems, givesPoint, holdsEvent, leadClaims, pointOf } from '../../src/digest/leads.js';
import { tagWords } from '../../src/facts/nlp.js';
import { defaultVocabulary } from '../../src/index/vocabulary.js';
import { indexOf } from '../helpers/index.js';

describe("a lead's point: its days, months, years and numbers", () => {
  it('reads weekdays, months, years and numbers in digits', () => {
    expect(pointOf('Talks on Monday ended after 90 minutes, the first since May 2004.')).toEqual([
      'Monday',
      'May',
      '2004',
      '90',
    ]);
    expect(pointOf('The firm has quit the market.')).toEqual([]);
  });

  it('is given only by a sentence holding each of them as a word of its own', () => {
    expect(givesPoint(['Monday', '90'], 'After 90 minutes on Monday the talks ended.')).toBe(true);
    expect(givesPoint(['Monday'], 'The talks ended on Friday.')).toBe(false);
    expect(givesPoint(['8'], 'a score of 38 points')).toBe(false);
    expect(givesPoint(['2.5'], 'up 2.55 points')).toBe(false);
    expect(givesPoint(['1500'], 'won the 1500m')).toBe(true);
    expect(givesPoint([], 'anything')).toBe(true);
  });
});

describe("a lead's event", () => {
  it('is the verbs it asserts, not those of saying or being, and the word an infinitive opens', () => {
    const event = eventStems(tagWords('The Tories are to support disputed plans, the party has said.'));
    expect(event.has('support')).toBe(true);
    expect(event.has('said')).toBe(false);
    expect(event.has('sai')).toBe(false);
  });

  it('is held by a sentence giving the verb in another form of its family', () => {
    expect(holdsEvent(new Set(['suspend']), new Set(['given', 'suspens']))).toBe(true);
    expect(holdsEvent(new Set(['bought']), new Set(['su', 'auction']))).toBe(false);
  });
});

const yukos = {
  a: 'Unit sold at auction\n\nA little-known Ruritanian firm has bought the main drilling arm of oil firm Acme at auction in Zenda. The price was not disclosed.\n',
  b: 'Acme sues over auction\n\nRuritanian oil firm Acme has sued three companies over their part in the forced auction of its main drilling arm. The case opens next month.\n',
  c: 'Auction winner named\n\nA little-known company bought the main drilling arm of Acme at the auction in Zenda. Its owners are not known.\n',
  d: 'Acme in court\n\nAcme lawyers said the auction of its main drilling arm was illegal. The firm will appeal.\n',
};

const talks = {
  a: 'Strike talks this weekend\n\nTalks meant to head off nationwide strikes over pension changes will take place on Saturday. Unions want guarantees.\n',
  b: 'Pension talks end\n\nTalks meant to head off nationwide strikes over pension changes have broken up without a deal. Both sides blamed the other.\n',
  c: 'Unions meet ministers\n\nTalks meant to head off nationwide strikes over pension changes will take place on Saturday, unions said. Ministers hope for a deal.\n',
};

describe('the articles that state a lead', () => {
  const v = defaultVocabulary();

  it('leave out an article that shares the topic words but tells of another event', () => {
    const leads = leadClaims(indexOf(yukos), [], v, () => true);
    const bought = leads.find((l) => l.fact.articleId === 'a');
    expect(bought?.articles.sort()).toEqual(['a', 'c']);
    const loose = leadClaims(indexOf(yukos), [], v, () => true, { eventNeeded: false });
    expect(loose.find((l) => l.fact.articleId === 'a')?.articles).toContain('b');
  });

  it("leave out an article that does not give the lead's day", () => {
    const leads = leadClaims(indexOf(talks), [], v, () => true);
    expect(leads.find((l) => l.fact.articleId === 'a')?.articles.sort()).toEqual(['a', 'c']);
    const loose = leadClaims(indexOf(talks), [], v, () => true, { eventNeeded: false });
    expect(loose.find((l) => l.fact.articleId === 'a')?.articles).toContain('b');
  });
});

const slump = {
  a: 'Ruritania slides into recession\n\nThe Ruritanian economy slid into recession in the spring, figures show. Exports fell.\n',
  b: 'Ruritania in recession\n\nThe Ruritanian economy has slid into a deep recession. Shops are quiet.\n',
  c: 'Exporters worried\n\nFears of recession hit the economy of the region. Orders are down.\n',
  d: 'Ruritanian shops\n\nShoppers stayed at home over the holiday. Sales were flat.\n',
  e: 'Ruritanian banks\n\nBanks kept their lending rates unchanged. Borrowing was flat.\n',
  f: 'Ruritanian farms\n\nFarmers brought in a large harvest. Prices fell.\n',
  g: 'Ruritanian mines\n\nMiners went back to work after a strike. Output rose.\n',
};

describe('an article stating a lead by its headline core', () => {
  const v = defaultVocabulary();

  it('tells of one of the verbs the lead asserts, not only its core word and one more', () => {
    const leads = leadClaims(indexOf(slump), [], v, () => true);
    expect(leads.find((l) => l.fact.articleId === 'a')?.articles.sort()).toEqual(['a', 'b']);
    const loose = leadClaims(indexOf(slump), [], v, () => true, { eventNeeded: false });
    expect(loose.find((l) => l.fact.articleId === 'a')?.articles).toContain('c');
  });
});
