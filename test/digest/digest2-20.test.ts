/**
 * Issue 20 (digest2-20): an article and its copy (the same text filed again, differing only in a
 * hyphen or a comma) are one article in "New since". digest2-20 had a copy of the newest article
 * filed before it still list its sentences as new; since digest-31b (issue 20 §4, the lead's call: "a
 * copy is not news") it says in one line that it repeats that article and lists none of them.
 */
import { describe, expect, it } from 'vitest';
import { buildDigest, OPENS_WITH_PRONOUN, roundedAlike } from '../../src/digest/build.js';
import { restatesSentence, sharesClaimWords } from '../../src/digest/leads.js';
import { parseQuantities } from '../../src/facts/quantities.js';
import { indexOf } from '../helpers/index.js';

const EARLIER =
  'Zedland mill sold\n\nThe Zedland government sold the Orvo steel mill to a group of local investors on Monday. Officials said the sale had followed every rule of the privatisation law. Opposition politicians called for an inquiry into how the buyers were chosen.\n';
const report = (dash: string) =>
  `Zedland reviews mill sale\n\nThe new president of Zedland has ordered a review of the sale of the Orvo steel mill${dash} the country's largest. Prosecutors will examine whether foreign bidders were unfairly excluded from the auction held last year. The review is expected to report to parliament before the summer recess, aides said. Foreign investors have welcomed the move as a sign of cleaner government in the region.\n`;

const now = new Date('2026-11-24T08:00:00Z');

describe('a copy of the newest article filed before it', () => {
  const index = indexOf({ a: EARLIER, b: report(' -'), c: report(',') });

  it('is a copy of it', () => {
    expect(index.original('c')).toBe(index.original('b'));
  });

  // The behaviour changed on purpose (digest-31b): the copy was listed as adding "ordered a review of
  // the sale", which the last digest had already shown from b; an editor read that old fact as news.
  it('says the new article repeats it and lists none of its sentences as new', () => {
    const d = buildDigest(index, { now, previousArticleIds: ['a', 'b'] });
    const fresh = d.newArticles.find((n) => n.id === 'c');
    expect(fresh?.repeats?.id).toBe('b');
    expect(fresh?.adds).toEqual([]);
    // Still counted and listed: nothing posted is lost.
    expect(d.newArticles.map((n) => n.id)).toEqual(['c']);
  });

  it('still leaves out what an earlier, different article said', () => {
    const d = buildDigest(
      indexOf({
        a: EARLIER,
        b: report(' -'),
        c: `${report(',').trim()} Officials said the sale had followed every rule of the privatisation law.\n`,
      }),
      { now, previousArticleIds: ['a', 'b'] },
    );
    const adds = d.newArticles.find((n) => n.id === 'c')?.adds?.map((x) => x.text) ?? [];
    expect(adds.join(' ')).not.toMatch(/every rule of the privatisation law/);
  });
});

describe('a figure another article gives rounded', () => {
  const q = (text: string) => {
    const found = parseQuantities(text)[0];
    if (!found) throw new Error(`no figure in ${text}`);
    return found;
  };

  it('is one figure when the coarser keeps two digits at least', () => {
    expect(roundedAlike(q('28.9%'), q('29%'))).toBe(true);
    expect(roundedAlike(q('£1.35bn'), q('£1.3bn'))).toBe(true);
    expect(roundedAlike(q('$28.3bn'), q('$28bn'))).toBe(true);
  });

  it('is not when the coarser has one digit, the values are equal, or the rounding is wrong', () => {
    expect(roundedAlike(q('4.75%'), q('5%'))).toBe(false);
    expect(roundedAlike(q('1.4%'), q('1%'))).toBe(false);
    expect(roundedAlike(q('29%'), q('29%'))).toBe(false);
    expect(roundedAlike(q('28.4%'), q('29%'))).toBe(false);
    expect(roundedAlike(q('28.9%'), q('$29m'))).toBe(false);
  });

  it('counts the articles of both in the top line', () => {
    const d = buildDigest(
      indexOf({
        a: "Zedco gains\n\nZedco's market share rose to 28.9% in 2004, the Orvo trade body said on Monday.\n",
        b: "Zedco ahead\n\nZedco's market share rose to 29% in 2004, according to data from the trade body.\n",
        c: "Zedco results\n\nZedco's market share reached 29% in 2004, its chief executive said in London.\n",
        d: 'Zedco profits\n\nZedco made a profit of $5m in 2004, the firm said in a statement on Tuesday.\n',
        e: 'Zedco profit\n\nZedco made a profit of $5m in 2004, helped by a weak currency, analysts said.\n',
      }),
      { now },
    );
    const top = d.topLine[0];
    expect(top?.text).toMatch(/market share/);
    const cited = [top?.source, ...(top?.also ?? []), ...(top?.consistent ?? []).map((x) => x.citation)];
    expect(new Set(cited.map((x) => x?.id))).toEqual(new Set(['a', 'b', 'c']));
  });

  it('is not one figure where one sentence gives both (a move)', () => {
    const d = buildDigest(
      indexOf({
        a: "Zedco gains\n\nZedco's market share rose to 29% from 28.9% in 2004, the Orvo trade body said.\n",
        b: "Zedco ahead\n\nZedco's market share rose to 29% in 2004, according to data from the trade body.\n",
      }),
      { now },
    );
    for (const top of d.topLine) expect(top.consistent ?? []).toEqual([]);
  });
});

describe('a sentence an earlier article said in other words', () => {
  const set = (words: string) => new Set(words.split(' '));

  it('restates when the two share enough claim words and the earlier holds its first verb', () => {
    const fresh = set('stand against pro war oona king general elect');
    const earlier = set('former labour found anti war parti respect stand against sit oona king vote major');
    expect(sharesClaimWords(fresh, earlier)).toBe(true);
    expect(restatesSentence(fresh, 'stand', earlier)).toBe(true);
  });

  it('does not when the first verb is another act, or none, or too few words are shared', () => {
    const fresh = set('hand over entir stake hold compani group menatep control');
    const earlier = set('group menatep gibraltar base hold compani control illeg');
    expect(restatesSentence(fresh, 'hand', earlier)).toBe(false);
    expect(restatesSentence(fresh, undefined, earlier)).toBe(false);
    expect(restatesSentence(set('oper pari amsterdam brussel'), 'oper', set('oper pari amsterdam'))).toBe(
      false,
    );
  });

  it('is left out of what a new article adds; a new act in the same words is not', () => {
    // Five articles, so that the places the two sentences name are no main names of the story.
    const earlier = {
      a: 'Zed bourse talks\n\nThe Orvo exchange is in talks with its rival Zedbourse, which operates the Brussels, Paris, Amsterdam and Lisbon exchanges, plus a futures market.\n',
      c: 'Orvo results\n\nThe Orvo exchange reported higher trading volumes in the final quarter of the year.\n',
      d: 'Orvo chief\n\nThe Orvo exchange named a new chief executive after a long search by its board.\n',
      e: 'Orvo shares\n\nShares in the Orvo exchange rose sharply after news of the bid interest spread.\n',
    };
    const adds = (sentence: string) =>
      (
        buildDigest(
          indexOf({
            ...earlier,
            b: `Orvo bid fears\n\nShareholders of the Orvo exchange said on Monday they feared the bid would fail. ${sentence}\n`,
          }),
          { now, previousArticleIds: ['a', 'c', 'd', 'e'] },
        ).newArticles.find((n) => n.id === 'b')?.adds ?? []
      ).map((x) => x.text);
    const told = ', its chief executive told shareholders in a letter.';
    const restated = `Zedbourse operates the Lisbon, Paris, Brussels and Amsterdam bourses${told}`;
    expect(adds(restated)).not.toContain(restated);
    const news = `Zedbourse bought the Lisbon, Paris, Brussels and Amsterdam bourses${told}`;
    expect(adds(news)).toContain(news);
  });
});

describe('a fragment that says whose only with the sentence before it', () => {
  it('opens with a pronoun, a possessive or a demonstrative, quoted or not', () => {
    expect(OPENS_WITH_PRONOUN.test('His broadside came as the minister said he hoped for a deal.')).toBe(
      true,
    );
    expect(OPENS_WITH_PRONOUN.test("\"That's what he said and that's what I say.")).toBe(true);
    expect(OPENS_WITH_PRONOUN.test('Those figures were revised on Monday.')).toBe(true);
    expect(OPENS_WITH_PRONOUN.test('Thames Water said its bills would rise.')).toBe(false);
    expect(OPENS_WITH_PRONOUN.test('In London, prices rose.')).toBe(false);
  });

  it('is no line of what a new article adds, unless quoted words name their speaker', () => {
    const earlier =
      'Orvo vote\n\nThe Orvo council voted on Monday to close the old harbour to heavy shipping from next year.\n';
    const adds = (sentence: string) =>
      (
        buildDigest(
          indexOf({
            a: earlier,
            b: `Orvo harbour row\n\nDock workers in Orvo staged a walkout at the harbour on Tuesday over the council's plan. ${sentence}\n`,
          }),
          { now, previousArticleIds: ['a'] },
        ).newArticles.find((n) => n.id === 'b')?.adds ?? []
      ).map((x) => x.text);
    const fragment =
      'His protest came as Mayor Alma Ruiz said the decision would stand for at least five years.';
    expect(adds(fragment)).not.toContain(fragment);
    const quoted =
      '"We will fight this closure in every court in the land," said union leader Piet Varga on Tuesday.';
    expect(adds(quoted)).toContain(quoted);
  });
});
