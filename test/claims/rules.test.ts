import { describe, expect, it } from 'vitest';
import { namedBySurname } from '../../src/claims/focus.js';
import { modalityOf } from '../../src/claims/modality.js';
import { momentOf, momentsIn } from '../../src/claims/moments.js';
import { claimsOfMany } from '../../src/claims/read.js';
import { subjectOf } from '../../src/claims/subject.js';
import { parseQuantities } from '../../src/facts/quantities.js';
import type { FactIndex } from '../../src/index/fact-index.js';
import { indexOf } from '../helpers/index.js';

/** The figure of a sentence written as `figure`. */
const figureOf = (text: string, figure: string) => {
  const q = parseQuantities(text).find((x) => x.text === figure);
  if (!q) throw new Error(`no figure ${figure} in ${text}`);
  return q;
};

const claimOf = (index: FactIndex, figure: string) => {
  const found = claimsOfMany(index, index.facts()).find((c) => c.quantity.text === figure);
  if (!found) throw new Error(`no claim ${figure}`);
  return found;
};

describe('whose a figure is, from the sentence', () => {
  it('skips the names of an aside: "X, whose firm Y won ..., gave £5m" is X\'s', () => {
    const text = 'Jo Bloggs, whose company Widgetco won a large contract, gave £500,000 to the party.';
    expect(subjectOf(text, ['Jo Bloggs', 'Widgetco'], figureOf(text, '£500,000'))).toEqual(['Jo Bloggs']);
  });

  it('reads an aside holding a figure with a thousands comma as one aside: its names own nothing after it', () => {
    const text = 'Quillbank, which employs 1,943 Ruritanian staff in Zedland, lost £5m last year.';
    expect(subjectOf(text, ['Quillbank', 'Ruritanian', 'Zedland'], figureOf(text, '£5m'))).toEqual([
      'Quillbank',
    ]);
  });

  it("reads the names after a relative pronoun's verb as its objects: the figure is the antecedent's", () => {
    const text =
      "Singer Jo Bloggs - who heads the field for this year's Zed Awards with 8 nominations - began in Hull.";
    expect(subjectOf(text, ['Jo Bloggs', 'Zed Awards', 'Hull'], figureOf(text, '8 nominations'))).toEqual([
      'Jo Bloggs',
    ]);
    const common = 'Ann Smith, who replaced Tom Brown only three games into the term, was fired.';
    expect(subjectOf(common, ['Ann Smith', 'Tom Brown'], figureOf(common, 'three games'))).toEqual([
      'Ann Smith',
    ]);
  });

  it('keeps a name in a relative clause that opens a clause of its own, or the subject of an object relative', () => {
    const said = 'Quillbank criticised the Zed Committee, which said the Bank had held rates at 5% too long.';
    expect(subjectOf(said, ['Quillbank', 'Zed Committee', 'Bank'], figureOf(said, '5%'))).toEqual(['Bank']);
    const object = 'Five agencies would be axed under plans which the Greens say would save £3.6bn.';
    expect(subjectOf(object, ['Greens'], figureOf(object, '£3.6bn'))).toEqual(['Greens']);
  });

  it('reads a possessive right before the figure as its owner, even after a preposition', () => {
    const text = 'Zedco spent £2m on the campaign, second only to the Greens’ £3m.';
    expect(subjectOf(text, ['Zedco', 'Greens'], figureOf(text, '£3m'))).toEqual(['Greens']);
  });

  it('gives a figure in a relative clause to the possessor of the noun it tells of', () => {
    const text = 'Boltco was an investor in Zedco’s Series B round, which raised $50m.';
    expect(subjectOf(text, ['Boltco', 'Zedco'], figureOf(text, '$50m'))).toEqual(['Zedco']);
  });

  it('reads "shares in X" as X\'s shares', () => {
    const text = 'Shares in Zedco were up 2% at 115 pence in early trade.';
    expect(subjectOf(text, ['Zedco'], figureOf(text, '2%'))).toEqual(['Zedco']);
  });

  it('does not give a figure to a name the subject owns: "Acme released its new Zed console and raised ..."', () => {
    const text = 'Acme released its new Zed console in May and has raised shipment targets by 40%.';
    expect(subjectOf(text, ['Acme', 'Zed'], figureOf(text, '40%'))).toEqual(['Acme']);
  });

  it('reads the speaker at the end as whose the figure is, not a name after "after"', () => {
    const text = 'Sales will dip by $30m after the Gobi floods hit its shops, Zedco said.';
    expect(subjectOf(text, ['Gobi', 'Zedco'], figureOf(text, '$30m'))).toEqual(['Zedco']);
  });

  it("does not give a figure to a name that only reports it, nor to the one a poll's people spoke of", () => {
    const a = 'A Widget Audit Office study of the 15 largest schemes says costs rose by £2.3bn.';
    expect(subjectOf(a, ['Widget Audit Office'], figureOf(a, '£2.3bn'))).toBeUndefined();
    const b = 'Meantime, 32% said Mr Bloggs was a good leader.';
    expect(subjectOf(b, ['Mr Bloggs'], figureOf(b, '32%'))).toBeUndefined();
  });

  it('reads "profits at X" as X\'s, not an object, and the party "on 19%" as the owner of its share', () => {
    const a = 'Quarterly profits at toy maker Zedco jumped 76% to $1.1bn.';
    expect(subjectOf(a, ['Quarterly', 'Zedco'], figureOf(a, '76%'))).toEqual(['Zedco']);
    const b = 'The Reds lead the Blues by 39% to 34% with the Greens on 19%.';
    expect(subjectOf(b, ['Reds', 'Blues', 'Greens'], figureOf(b, '19%'))).toEqual(['Greens']);
  });

  it('does not take a name after lower-case words after a preposition for an object: "the founder of investment bank X gave"', () => {
    const text = 'The first founder of investment bank Brightwater gave £418,250.';
    expect(subjectOf(text, ['Brightwater'], figureOf(text, '£418,250'))).toEqual(['Brightwater']);
  });

  it('reads "The firm" opening a sentence as the organisation the article is about', () => {
    const index = indexOf({
      a: 'Zedco results\n\nZedco, the toy maker, reported results on Monday, a week after rival Bolton bought shares in Zedco. The firm, which will get a payment from Bolton of £31m, said it would invest.\n',
    });
    const claim = claimOf(index, '£31m');
    expect(claim.subject).toEqual(['Zedco']);
    expect(claim.subjectFrom).toBe('resolved');
  });

  it('reads "his" as the person the sentence before names, not the article\'s person', () => {
    const index = indexOf({
      a: 'Mr Varley takes new jobs\n\nFormer leader Tom Varley has taken five new jobs, Mr Varley said on Monday. Mr Varley writes a column. Mr Varley also speaks.\n\nJon Pryce, the Labour MP, has also been busy, Mr Pryce said. His listed interests include £14,000 from magazine columns.\n',
    });
    const claim = claimOf(index, '£14,000');
    expect(claim.subject).toEqual(['Jon Pryce']);
    expect(claim.subjectFrom).toBe('resolved');
  });

  it('keeps "he" as the article\'s person when no sentence near it names another (at most two back)', () => {
    const index = indexOf({
      a: 'Mr Varley takes new jobs\n\nFormer leader Tom Varley has taken five new jobs, Mr Varley said on Monday. Mr Varley writes a column.\n\nMr Pryce spoke first. The talks went on all week. The hall was full. He said he had earned £9,000 from speeches.\n',
    });
    const subject = claimOf(index, '£9,000').subject.join(' ');
    expect(subject).toContain('Varley');
    expect(subject).not.toContain('Pryce');
  });

  it('reads "she" as what the article is about when it names no person by a title or the surname', () => {
    const index = indexOf({
      a: 'Zelena returns\n\nPop star Zelena had three hit singles last year, and Zelena toured Europe. Zelena sang in Paris.\n\nShe released four albums with the label Quillsong Records, including Moonrise.\n',
    });
    const claim = claimOf(index, 'four albums');
    expect(claim.subject).toEqual(['Zelena']);
    expect(claim.subjectFrom).toBe('resolved');
  });

  it("reads a figure of quoted speech in the first person as the speaker's, in its sentence or the run before it", () => {
    const index = indexOf({
      a: 'Quillbank wins again\n\nQuillbank won the Zed Open on Sunday, beating Tom Smith in the final. Quillbank has won three titles.\n\n"It\'s brilliant," said Tom Smith. "I began getting ready for this final seven months ago.\n\n"I feel 100% fit again," Tom Smith told reporters.\n',
    });
    expect(claimOf(index, 'seven months').subject).toEqual(['Tom Smith']);
    expect(claimOf(index, '100%').subject).toEqual(['Tom Smith']);
  });

  it('reads "It" opening a sentence as the organisation a run of sentences before it opens with, not the article\'s', () => {
    const index = indexOf({
      a: "Zedco Holdings sales slip\n\nZedco Holdings, the toy maker, said sales slipped in May. Zedco Holdings said shops were quiet. Zedco Holdings makes dolls.\n\nThe Quill Bank, for its part, said last week that lending rose. The nation's largest lender said deposits were flat. It is forecasting a 3% rise in loans next year. It is estimated that £9m was spent in May.\n",
    });
    const claim = claimOf(index, '3%');
    expect(claim.subject).toEqual(['Quill Bank']);
    expect(claim.subjectFrom).toBe('resolved');
    // An "it" that stands for no one ("It is estimated that ...") is left to the article's organisation.
    expect(claimOf(index, '£9m').subject).toEqual(['Zedco Holdings']);
  });

  it('reads "They" opening a sentence as the organisation the sentence before it opens with, not the article\'s person', () => {
    const index = indexOf({
      a: "Parties' plans for rates\n\nSome, such as 79 year old Jo Bloggs, said they would sooner go to prison. Jo Bloggs marched.\n\nThe Greens have promised a cut in bills for pensioners. They say they could save £6bn on waste.\n",
    });
    const claim = claimOf(index, '£6bn');
    expect(claim.subject).toEqual(['Greens']);
    expect(claim.subjectFrom).toBe('resolved');
  });

  it('reads "But they" as the side the sentence before opens with, a country too, past a place after the figure', () => {
    const index = indexOf({
      a: 'Wales look to France\n\nWales are favourites for the Zed Cup after beating Italy. Wales play France next.\n\nScotland stood at the top 18 months ago as world champions. But they have lost eight of their 13 matches since that night in Perth.\n',
    });
    const claim = claimOf(index, '13 matches');
    expect(claim.subject).toEqual(['Scotland']);
    expect(claim.subjectFrom).toBe('resolved');
  });

  it('a share placed in a country right after it is that country\'s: "growth of 1.7% in Germany and 2.4% in France"', () => {
    const text = 'Economists expect growth of 1.7% in Germany next year and 2.4% in France.';
    expect(subjectOf(text, ['Germany', 'France'], figureOf(text, '1.7%'))).toEqual(['Germany']);
    expect(subjectOf(text, ['Germany', 'France'], figureOf(text, '2.4%'))).toEqual(['France']);
  });
});

describe('what a figure measures, from the sentence', () => {
  const index = indexOf({
    a: 'Zedco results\n\nNet profit over the six months ending 30 June climbed 19% to $372m. Zedco shares fell 35 cents to $21.40 on Monday. Its film Moon Run took $27.3m in its opening weekend. Zedco employs 8,000 people in five countries. Zedco said 4,350 positions would go. Its new console is selling in Ruritania for $180.\n',
  });
  const measure = (figure: string) => claimOf(index, figure).measure?.name;

  it('reads the noun phrase a change verb governs: "profit climbed 19% to $372m" is profit, twice', () => {
    expect(measure('19%')).toBe('profit');
    expect(measure('$372m')).toBe('profit');
  });

  it('reads moving shares as the share price, the change and the level', () => {
    expect(measure('35 cents')).toBe('share price');
    expect(measure('$21.40')).toBe('share price');
  });

  it('reads the level moving shares reach "at" or "to" as the share price, after an aside or a time', () => {
    const shares = indexOf({
      s: 'Zedco shares\n\nZedco shares were up 6 pence, or 1.1%, at 548 pence by midday on Monday. Boltco shares on the Ruritania bourse rose 3.5% by 1000 GMT to 7.4 euros. The shares ended down 213p, or 16%, at 1125 pence. Zedco sold the unit at £40m.\n',
    });
    const of = (figure: string) => claimOf(shares, figure).measure?.name;
    expect(of('548 pence')).toBe('share price');
    expect(of('7.4 euros')).toBe('share price');
    expect(of('1125 pence')).toBe('share price');
    expect(of('£40m')).not.toBe('share price');
  });

  it('reads a count of people who own, use or are hooked up to a service as its users', () => {
    const users = indexOf({
      u: 'Zedco users\n\nJust over 47 million people are now hooked up to the web through broadband in Ruritania. About 44 million people own a mobile phone in Freedonia. More than 6 million browse the web by broadband. About 400 people work at the plant.\n',
    });
    const of = (figure: string) => claimOf(users, figure).measure?.name;
    expect(of('over 47 million people')).toBe('customers');
    expect(of('About 44 million people')).toBe('customers');
    expect(of('More than 6 million browse')).toBe('customers');
    expect(of('About 400 people')).not.toBe('customers');
  });

  it('reads watchers as an audience, people who signed up as users, people in work as jobs, "has taken $48m" as takings', () => {
    const index = indexOf({
      w: 'Zed Nights ratings\n\nMore than 3.2 million people watched the opening episode of Zed Nights. About 27 million people in Canada have seen the film. Some 4 million Ruritanians had signed up for fast web access by June. The number of people in work rose by 140,000 to 8.7 million. The number of Freedonians online rose to 35 million. The film has taken $48m so far. About 500 people walked to the town hall.\n',
    });
    const of = (figure: string) =>
      claimsOfMany(index, index.facts()).find((c) => c.quantity.text.includes(figure))?.measure?.name;
    expect(of('3.2 million')).toBe('customers');
    expect(of('27 million')).toBe('customers');
    expect(of('4 million')).toBe('customers');
    expect(of('140,000')).toBe('jobs');
    expect(of('8.7 million')).toBe('jobs');
    expect(of('35 million')).toBe('customers');
    expect(of('$48m')).toBe('revenue');
    expect(of('About 500')).not.toBe('customers');
  });

  it('never gives a stretch of time a count of people as its measure: "the visitors scored after three minutes"', () => {
    const index = indexOf({
      t: 'Zedco visitors\n\nThe visitors scored the first try after only three minutes. Staff at the plant worked for 12 hours. The firm has 300 staff.\n',
    });
    const of = (figure: string) =>
      claimsOfMany(index, index.facts()).find((c) => c.quantity.text.includes(figure))?.measure?.name;
    expect(of('three minutes')).not.toBe('customers');
    expect(of('12 hours')).not.toBe('jobs');
    expect(of('300 staff')).toBe('jobs');
  });

  it('reads "took $27.3m" as takings, and staff counts as jobs', () => {
    expect(measure('$27.3m')).toBe('revenue');
    expect(measure('8,000 people')).toBe('jobs');
    expect(measure('4,350 positions')).toBe('jobs');
  });

  it('reads "is selling ... for $180" as a price', () => {
    expect(measure('$180')).toBe('price');
  });

  it('reads money a unit of a good as its price: "$3,100 a tonne", not a sum "a month"', () => {
    const goods = indexOf({
      m: 'Metal slides\n\nCopper fell $12 to $3,100 a tonne on Tuesday. Savers who put £40 a month into the plan will get £9,000.\n',
    });
    expect(claimOf(goods, '$3,100').measure?.name).toBe('price');
    expect(claimOf(goods, '£40').measure?.name).not.toBe('price');
  });
});

describe("what a figure measures: gifts, lists, movements, markets, the article's topic", () => {
  const index = indexOf({
    a: "Zedco signs supply pact\n\nZedco said 1,500 jobs will go from sales, 2,900 from operations and 2,200 from marketing. Jo Bloggs gave the party a sum of £600,000. The Reds' campaign cost £1.9m, the Blues' £1.35m and the Greens' £512,000. Its fortune is now £700m - up £55m on last year. Costs were 17% higher than planned. Zedco wants 12% of the market. Broadband over cable makes up 9.6 million connections.\n",
    b: "Party donations hit record\n\nThe Reds received £5m in donations, the Blues took donations of £4m and the Greens' donations were £1m. A donation from Jo Bloggs was the largest. The first founder of Widgetco put in £418,250 in the quarter.\n",
  });
  const measure = (figure: string) => claimOf(index, figure).measure?.name;

  it('reads "gave the party a sum of £600,000" as a donation', () => {
    expect(measure('£600,000')).toBe('donations');
  });

  it('gives figures listed after a measured one the same measure', () => {
    expect(measure('2,900')).toBe('jobs');
    expect(measure('2,200')).toBe('jobs');
    expect(measure('£512,000')).toBe(measure('£1.9m'));
  });

  it('reads "up £55m" and "17% higher" as movements, not "makes up"', () => {
    expect(measure('£55m')).toBe('growth');
    expect(measure('17%')).toBe('growth');
    expect(measure('9.6 million connections')).toBe('customers');
  });

  it('reads "12% of the market" as a market share', () => {
    expect(measure('12%')).toBe('market share');
  });

  it('reads "The UK-Dutch group" and a sentence whose only name reports it as the article\'s organisation', () => {
    const index = indexOf({
      c: 'Zedco wins gas contract\n\nZedco has signed a deal with Ruritania to supply gas. Zedco said the deal was its largest. The UK-Dutch group will hold 35% of the venture. The Widget Audit Office annual report showed Zedco costs would reach £50bn.\n',
    });
    expect(claimOf(index, '35%').subject).toEqual(['Zedco']);
  });

  it('reads "would see the army\'s budget rise by $23bn" as the budget, "shares down 1.7%" as the share price', () => {
    const index = indexOf({
      d: "Zedco budget\n\nThe plans would see the army's budget rise by $23bn to $387.6bn. The news pushed Zedco shares down 1.7% on Tuesday, after Monday's 3% gain.\n",
    });
    expect(claimOf(index, '$23bn').measure?.name).toBe('budget');
    expect(claimOf(index, '1.7%').measure?.name).toBe('share price');
    expect(claimOf(index, '3%').measure?.name).not.toBe('share price');
  });

  it('reads the noun a figure is the amount of, the payer not the one paid, and no list across another noun', () => {
    const index = indexOf({
      f: 'Zedco deal\n\nZedco had rejected a deal worth $9bn. Shares in Boltco fell. Boltco had to pay the Widget Exchange Commission $310m in May. Last year Zedco, which employs over 7,000 people, built only 95,000 cars.\n',
    });
    expect(claimOf(index, '$9bn').measure?.name).toBe('deal');
    expect(claimOf(index, '$310m').subject).toEqual(['Boltco']);
    expect(claimOf(index, '95,000 cars').measure?.name).not.toBe('jobs');
  });

  it('reads "the business" after a person as the article\'s organisation, not the person', () => {
    const index = indexOf({
      e: 'Zedco names new boss\n\nThe board of Zedco has named a new boss. Shares in Zedco rose. Mr Bloggs becomes the third chief of the business - a firm forecast to post a 650m euro loss in 2004 - within three years.\n',
    });
    expect(claimOf(index, '650m euro').subject).toEqual(['Zedco']);
  });

  it('gives a money figure no measure word claims the money measure the headline and article name', () => {
    expect(measure('£418,250')).toBe('donations');
  });
});

describe('when a figure holds, from the sentence', () => {
  const key = (text: string, figure: string, year = 0) => momentOf(text, figureOf(text, figure), year)?.key;

  it('reads "the six months ending 30 June" as the first half', () => {
    expect(key('Net profit over the six months ending 30 June rose to $372m.', '$372m')).toBe('h1');
  });

  it('gives no moment to a span of years or to "since May"', () => {
    expect(key('There were almost £68m in donations in 2001, 2002 and 2003.', 'almost £68m')).toBeUndefined();
    expect(key('It would have barred £47m in gifts between 1999 and 2001.', '£47m')).toBeUndefined();
    expect(key('Its share has dropped 5% since May.', '5%')).toBeUndefined();
  });

  it('does not take the base of a comparison after the figure as its moment', () => {
    expect(key('Takings were 13% greater than last year.', '13%')).toBeUndefined();
    expect(key('This was less than last year’s £3.1bn total.', '£3.1bn')).toBe('year-1');
  });

  it('anchors "the previous year" to the year the sentence names', () => {
    expect(key('The number of films rose to 3,100 in 2004 from 2,870 the previous year.', '2,870')).toBe(
      '2003',
    );
  });

  it('reads "since 1997" and "since March of last year" as where a change counts from, not a moment', () => {
    expect(key('The firm has cut 8,000 jobs since 1997.', '8,000 jobs')).toBeUndefined();
    expect(key('Since 1997, take home pay has risen by 12% in real terms.', '12%')).toBeUndefined();
    expect(key('I have been 100% fit since March of last year.', '100%')).toBeUndefined();
    // A year with no "since" still holds.
    expect(key('Take home pay rose by 12% in 1997.', '12%')).toBe('1997');
  });

  it('reads "new" before a figure as a revision only of a deal\'s figure, "first" before one as no moment', () => {
    expect(key('The party would bring in a new 40% tax band on high earners.', '40%')).toBeUndefined();
    expect(key('Zedco tabled a new £5bn offer for the firm.', '£5bn')).toBe('later');
    expect(key('The club scored in its first 12 games in the league.', '12 games')).toBeUndefined();
    expect(key('Zedco raised its initial £3bn offer.', '£3bn')).toBe('earlier');
  });

  it('does not read "quarterly" as a quarter: "the second quarterly fall"', () => {
    expect(key('Output dipped 0.3%, a second quarterly fall in a row.', '0.3%')).toBeUndefined();
  });

  it('reads neither a year inside a name nor one inside an aside', () => {
    expect(momentsIn('Shirt sales were lifted by the Euro 2004 finals.')).toEqual([]);
    expect(key('The 31 year old, who won silver in 2000, was paid $5m.', '$5m')).toBeUndefined();
  });
});

describe('how sure a sentence is of a figure', () => {
  const of = (text: string, figure: string) => {
    const q = figureOf(text, figure);
    return modalityOf(text, q.start, q.end);
  };

  it('does not read the month "May" as the verb', () => {
    expect(of('Its share of the market has slipped 4% since May.', '4%')).toBe('reported');
  });

  it('reads a figure after "an estimated" one as reported, not forecast', () => {
    expect(
      of('The leading films took an estimated $98.4m, compared with $132.6m a year ago.', '$132.6m'),
    ).toBe('reported');
  });

  it('reads a promise, a call, a commitment or a plan named as a noun as a proposal, not a forecast', () => {
    expect(of('The party has promised to cut taxes by £6bn.', '£6bn')).toBe('proposed');
    expect(of('The union is calling for a 2p rise in fuel duty.', '2p')).toBe('proposed');
    expect(of('The party has pledged £2bn for schools.', '£2bn')).toBe('proposed');
    expect(of('Widget makers have committed to building 12 plants.', '12 plants')).toBe('proposed');
    expect(of("He set out his party's plan to impose a 45% rate on top earners.", '45%')).toBe('proposed');
    expect(of('It opens a planned series of 6 books.', '6 books')).toBe('proposed');
    expect(of('The group is recommending a 3% rise in the levy.', '3%')).toBe('proposed');
  });

  it('reads "plans to" as a proposal: what one means to do, not a forecast of what will be', () => {
    expect(of('Zedco plans to cut 500 jobs at the plant.', '500 jobs')).toBe('proposed');
    expect(of('Ruritania is planning to raise 20bn crowns from sell-offs.', '20bn crowns')).toBe('proposed');
  });

  it('reads a figure in a relative clause by that clause\'s own words: ", where its 42,000 staff work"', () => {
    expect(
      of(
        'Zedco said it would not shed jobs at home, where the bulk of its 42,000 staff work.',
        '42,000 staff',
      ),
    ).toBe('reported');
    expect(of('Zedco will build a plant, which will employ 500 people.', '500 people')).toBe('expected');
  });

  it('reads an estimate made at a past time as reported: "the 6.3% estimated in October"', () => {
    expect(of('The agency revised growth down from the 6.3% estimated in October.', '6.3%')).toBe('reported');
  });

  it('reads the starting point of a comparison or change as reported, though the sentence forecasts', () => {
    const a = 'The review forecasts growth of 5% in 2006, compared with 7.4% in 2005.';
    expect(of(a, '5%')).toBe('expected');
    expect(of(a, '7.4%')).toBe('reported');
    const b = 'Analysts predict 3.8 million sets by 2009, up from an estimated 40,000 sets.';
    expect(of(b, 'an estimated 40,000 sets')).toBe('reported');
    expect(of('Sales will rise to 9%, up from 3%.', '3%')).toBe('reported');
    // Not a starting point: a figure a forecast rises to.
    expect(of('Sales are expected to rise from today to 9%.', '9%')).toBe('expected');
  });

  it('reads an offer or bid already made, in the perfect, as reported; an offer still open as proposed', () => {
    expect(of('Thirty five firms have bid for 8 licences.', '8 licences')).toBe('reported');
    expect(of('A £75,000 bounty has been offered for any tip-offs.', '£75,000')).toBe('reported');
    expect(of('Zedco has offered £5bn for the group.', '£5bn')).toBe('proposed');
    expect(of('Zedco is bidding £5bn for the group.', '£5bn')).toBe('proposed');
  });

  it('does not read the word "outlook" as a forecast of the figure beside it', () => {
    expect(of('Asked about their outlook, most people in 11 nations were upbeat.', '11 nations')).toBe(
      'reported',
    );
  });

  it('leaves the words of an aside out: "X, which lost a bid last year, took in £6m"', () => {
    expect(of('The party, which lost a bid for office last year, took in £63,081.', '£63,081')).toBe(
      'reported',
    );
  });
});

describe('whose a figure is: speakers, descriptions, places and comparisons', () => {
  it('does not give a figure to a person who only says it: "Minister Jo Bloggs said 9,000 jobs had gone"', () => {
    const a = 'Minister Jo Bloggs said 9,000 jobs had gone since March.';
    expect(subjectOf(a, ['Minister Jo Bloggs'], figureOf(a, '9,000 jobs'))).toBeUndefined();
    const b = 'Mr Bloggs said £2bn of savings had already been found.';
    expect(subjectOf(b, ['Mr Bloggs'], figureOf(b, '£2bn'))).toBeUndefined();
    // An organisation that says its own figure still owns it.
    const c = 'Zedco said sales rose 5% in the year.';
    expect(subjectOf(c, ['Zedco'], figureOf(c, '5%'))).toEqual(['Zedco']);
  });

  it('does not give a figure to a newspaper or news agency that reports it', () => {
    const a = 'The Northtown Times reported that 400 jobs would go at the plant.';
    expect(subjectOf(a, ['Northtown Times'], figureOf(a, '400 jobs'))).toBeUndefined();
    const b = 'Zedco will cut 400 jobs, Reuters reported.';
    expect(subjectOf(b, ['Zedco', 'Reuters'], figureOf(b, '400 jobs'))).toEqual(['Zedco']);
  });

  it('reads "Its" opening a sentence as a possessive: the name it owns is no owner', () => {
    const a = 'Its Northmoor field, believed to hold 250 million barrels, is its largest discovery.';
    expect(subjectOf(a, ['Northmoor'], figureOf(a, '250 million barrels'))).toBeUndefined();
  });

  it('reads the one a thing "cost" as the payer, not the owner: "Film Q cost Zedco $9m"', () => {
    const a = 'Thriller Nightfall cost Zedco $9m to make but brought in $80m.';
    expect(subjectOf(a, ['Nightfall', 'Zedco'], figureOf(a, '$9m'))).toEqual(['Nightfall']);
    expect(subjectOf(a, ['Nightfall', 'Zedco'], figureOf(a, '$80m'))).toEqual(['Nightfall']);
  });

  it('leaves out the names of an appositive aside: "Shares in X, a Ruritanian gas firm, fell 14%"', () => {
    const a = 'Shares in Zedco, a Ruritania gas firm, have ended down 14% following a warning.';
    expect(subjectOf(a, ['Zedco', 'Ruritania'], figureOf(a, '14%'))).toEqual(['Zedco']);
  });

  it('gives each figure of a comparison "compared with 12% in X, 10% in Y" to its place', () => {
    const a = 'Ruritania’s jobless rate rose to 4.7%, compared with 12.1% in Freedonia and 9.7% in Sylvania.';
    const names = ['Ruritania', 'Freedonia', 'Sylvania'];
    expect(subjectOf(a, names, figureOf(a, '4.7%'))).toEqual(['Ruritania']);
    expect(subjectOf(a, names, figureOf(a, '12.1%'))).toEqual(['Freedonia']);
    expect(subjectOf(a, names, figureOf(a, '9.7%'))).toEqual(['Sylvania']);
  });

  it('gives each figure of "This compares with 47 litres in X, 15 litres in Y" to its place', () => {
    const a = 'This compares with 47 litres in Freedonia, 15 litres in Sylvania and two litres in Ruritania.';
    const names = ['Freedonia', 'Sylvania', 'Ruritania'];
    expect(subjectOf(a, names, figureOf(a, '47 litres'))).toEqual(['Freedonia']);
    expect(subjectOf(a, names, figureOf(a, '15 litres'))).toEqual(['Sylvania']);
    expect(subjectOf(a, names, figureOf(a, 'two litres'))).toEqual(['Ruritania']);
  });

  it('reads a name opening the sentence after "At" or "In" as the clause\'s owner when no other is named', () => {
    const a = 'At the Department for Widgets, 3,000 jobs are to go.';
    expect(subjectOf(a, ['Department for Widgets'], figureOf(a, '3,000 jobs'))).toEqual([
      'Department for Widgets',
    ]);
    const b = 'In Freedonia, 47% of adults backed the plan.';
    expect(subjectOf(b, ['Freedonia'], figureOf(b, '47%'))).toEqual(['Freedonia']);
  });

  it('reads "X% of Y\'s customers" as Y\'s figure, even after "of"', () => {
    const a = 'The change will affect an estimated 4% of Zedco’s policyholders.';
    expect(subjectOf(a, ['Zedco'], figureOf(a, 'an estimated 4%'))).toEqual(['Zedco']);
  });

  it('reads a figure of a place named after "in" as the place\'s when the sentence names no owner', () => {
    const a = 'About 20% of all mobiles in the UK can reach the net.';
    expect(subjectOf(a, ['UK'], figureOf(a, 'About 20%'))).toEqual(['UK']);
    const b = 'The count of web users in Europe has topped 120 million.';
    expect(subjectOf(b, ['Europe'], figureOf(b, '120 million'))).toEqual(['Europe']);
    // Not an investment's target, which is no place.
    const c = 'Investors put $15bn in Zedco last year.';
    expect(subjectOf(c, ['Zedco'], figureOf(c, '$15bn'))).toBeUndefined();
  });

  it('reads "The Northtown star" and "the 27-year-old winger" as the article\'s person, not the town', () => {
    const index = indexOf({
      g: 'Jo Bloggs breaks record\n\nJo Bloggs won the race in Northtown on Sunday. Ms Bloggs said she was delighted. The Northtown star lowered her record of 2:17:18 by 53 seconds. The 27-year-old winger spent five months at the club. Mr Bloggs is 31.\n',
    });
    expect(claimOf(index, '53 seconds').subject).toEqual(['Jo Bloggs']);
    expect(claimOf(index, '27-year-old').subject).toEqual(['Jo Bloggs']);
    expect(claimOf(index, 'five months').subject).toEqual(['Jo Bloggs']);
  });

  it('reads "The Northtown star" as the person an article names with no title, named again by the surname alone (claims-29)', () => {
    const index = indexOf({
      g: 'Kit Moss breaks record\n\nKit Moss won the race in Northtown on Sunday. Moss said she was delighted with her run. The Northtown star lowered her record of 2:17:18 by 53 seconds.\n',
    });
    expect(claimOf(index, '53 seconds').subject).toEqual(['Kit Moss']);
  });

  it('reads a name before a person\'s role past an age and an adjective ("The 71-year-old former Northtown chairman") as describing the person', () => {
    const index = indexOf({
      g: 'Jo Bloggs buys club\n\nJo Bloggs has bought Southville Rovers. Mr Bloggs said he was pleased. The 71-year-old former Northtown chairman completed the deal on Friday and has acquired a 45% stake in the team.\n',
    });
    expect(claimOf(index, '71-year-old').subject).toEqual(['Jo Bloggs']);
    expect(claimOf(index, '45%').subject).toEqual(['Jo Bloggs']);
  });

  it('still gives an age to the person named after it ("the 28-year-old midfielder Kit Moss"), and a figure to a team that acts', () => {
    const index = indexOf({
      g: 'Jo Bloggs joins\n\nJo Bloggs has joined Southville. Mr Bloggs said he was pleased. The 28-year-old midfielder Kit Moss also signed. Northtown won 12 games last season.\n',
    });
    expect(claimOf(index, '28-year-old').subject).toEqual(['Kit Moss']);
    expect(claimOf(index, '12 games').subject).toEqual(['Northtown']);
  });

  it('gives an age no moment: "the 22-year-old will race again in January"', () => {
    const index = indexOf({
      a: 'Jo Bloggs returns\n\nJo Bloggs has been ill. Ms Bloggs said she was fit. The 22-year-old will race again in January. The 14 year old boy was hurt in February.\n',
    });
    expect(claimOf(index, '22-year-old').moment).toBeUndefined();
    expect(claimOf(index, '14 year old').moment).toBeUndefined();
  });

  it("finds the article's person with no title: named again by the surname alone, never by the first name", () => {
    const index = indexOf({
      p: 'Northtown Games end\n\nThe Northtown Games ended with a win for Pat Quill in the mile. The Northtown Games drew big crowds. The 31-year-old clocked four minutes and said she was happy. Quill now races in Southville.\n',
    });
    expect(claimOf(index, '31-year-old').subject).toEqual(['Pat Quill']);
    // An organisation is named again by its first word: not a person.
    const org = 'Zedco Holdings bought a rival. Its boss said he was pleased. Zedco paid £3m. Holdings rose.';
    expect(namedBySurname('Zedco Holdings', org)).toBe(false);
    expect(namedBySurname('Pat Quill', 'Pat Quill won. Quill said she was happy.')).toBe(true);
  });

  it('never reads as a person a name whose last word is always written after another capitalised word', () => {
    const text = 'She lost in the French Open. She won the Zed Open and the US Open. The Open is hard.';
    expect(namedBySurname('French Open', text)).toBe(false);
    expect(namedBySurname('Pat Quill', 'Pat Quill won the Zed Cup. Quill said she was happy.')).toBe(true);
  });

  it('passes over a name that describes a person\'s role when it looks for whom "the 36-year-old" is', () => {
    const index = indexOf({
      d: 'Bloggs backs Blues\n\nJo Bloggs says Zedford will win. The Blues lost in Spain in 2000, Bloggs said.\n\nFormer Zedford captain Bloggs, who now plays in Qatar, says the side has changed. "They are stronger," the 36-year-old said.\n',
    });
    expect(claimOf(index, '36-year-old').subject).toEqual(['Jo Bloggs']);
  });

  it("gives an age to the name it stands in apposition to, not to the article's person", () => {
    const index = indexOf({
      h: 'Young stars rich list\n\nMs Roe said the list had grown. Sam Roe topped it again this year. Kit Moss, the 17-year-old singer from Northtown, was a new entry.\n',
    });
    expect(claimOf(index, '17-year-old').subject).toEqual(['Kit Moss']);
  });

  it('gives an age set off by commas to the name right before it ("Kit Moss, 17,"), not to the article\'s person', () => {
    const index = indexOf({
      h: 'Young stars rich list\n\nMs Roe said the list had grown. Sam Roe topped it again this year. The newcomers include Kit Moss, 17, a singer from Northtown.\n',
    });
    expect(claimOf(index, '17').subject).toEqual(['Kit Moss']);
  });

  it('gives an age to a name after it only across a noun phrase, not across a verb ("the 19-year-old beat Jo Bloggs")', () => {
    const index = indexOf({
      m: 'Quill wins in Northtown\n\nPat Quill won the Northtown Open. Before a home crowd, the 19-year-old fought past Jo Bloggs in three sets. Quill said she was happy, and Bloggs said she was tired.\n',
    });
    expect(claimOf(index, '19-year-old').subject).toEqual(['Pat Quill']);
    const named = indexOf({
      n: 'Northtown sign winger\n\nNorthtown have signed the 28-year-old winger Jo Bloggs from Southville. Bloggs said he was happy.\n',
    });
    expect(claimOf(named, '28-year-old').subject).toEqual(['Jo Bloggs']);
  });
});

describe('whose a figure is, across the sentence (session 24)', () => {
  it('reads a capitalised name that owns something inside a sentence as a name, though the tagger missed it', () => {
    const index = indexOf({
      f: "Zedco results\n\nZedco made less money. Though van loans saved the day, Zedco's car unit made a loss of $470m in the quarter, on Monday's figures.\n",
    });
    // The tagger misses such names now and then ("Ford's" in the archive): here it finds none.
    index.entitiesOf = () => [];
    expect(claimOf(index, '$470m').subject).toEqual(['Zedco']);
  });

  it('reads "the US-based company" as the article\'s organisation, not the place', () => {
    const index = indexOf({
      g: 'Zedco floats\n\nSearch firm Zedco has floated its shares. Zedco said demand was high. In the largest float of the year, the US-based company sold 21.4 million shares at $72 each.\n',
    });
    expect(claimOf(index, '$72').subject).toEqual(['Zedco']);
  });

  it('reads "it" acting in a later clause as the organisation the sentence before opens with, not the article\'s', () => {
    const index = indexOf({
      q: 'Optimism over Zed housing\n\nThe Zed property market remains robust, according to lenders Bolt Bank and Acme Homes. The Zed market has cooled this year, and Zed prices rose slowly in Zed cities.\n\nBolt Bank said the buy-to-let market would grow. The remarks came as it posted a 7% rise in profits.\n',
    });
    expect(claimOf(index, '7%').subject).toEqual(['Bolt Bank']);
  });
});

describe('whose a figure is: names that only count or report it (claims-31)', () => {
  it("reads a country's word in an amount's currency as no holder: the figure is the article's organisation", () => {
    const index = indexOf({
      r: 'Zedco sales slip\n\nZedco, the food group, has reported lower sales. Zedco said the summer was wet. Turnover slid 1.4% to 52.3bn Ruritanian francs last year.\n',
    });
    index.entitiesOf = (fact) =>
      fact.text.includes('Ruritanian') ? ['Ruritanian'] : fact.text.includes('Zedco') ? ['Zedco'] : [];
    expect(claimOf(index, '1.4%').subject).toEqual(['Zedco']);
  });

  it("keeps a currency's word that is no amount's: the currency's own figure", () => {
    const text = 'The Ruritanian franc rose 2% against the euro.';
    const index = indexOf({ s: `Franc up\n\nMarkets were calm. ${text}\n` });
    index.entitiesOf = (fact) => (fact.text.includes('Ruritanian') ? ['Ruritanian'] : []);
    expect(claimOf(index, '2%').subject).toEqual(['Ruritanian']);
  });

  it('reads a statistics office or a department that says a figure as its reporter, its last word cut or not', () => {
    const cut = 'The Zed Statistics Office said output in the year grew by 1.6%.';
    expect(subjectOf(cut, ['Zed Statistics'], figureOf(cut, '1.6%'))).toBeUndefined();
    const department = 'The Trade Department said the deficit was 24.4% above the record.';
    expect(subjectOf(department, ['Trade Department'], figureOf(department, '24.4%'))).toBeUndefined();
    // A department that acts owns its figure.
    const acts = 'The Trade Department will spend $5bn on ports.';
    expect(subjectOf(acts, ['Trade Department'], figureOf(acts, '$5bn'))).toEqual(['Trade Department']);
  });

  it('reads "X-based figures" as a report by X, not X\'s figure', () => {
    const text = 'Zedco-based figures show that 14,000 extra posts came in March.';
    expect(subjectOf(text, ['Zedco'], figureOf(text, '14,000 extra posts'))).toBeUndefined();
  });
});

describe("whose a figure is: a person's title (claims-31)", () => {
  it("reads a figure in a title before a name as the titled person's, not the name the title opens with", () => {
    const text = 'Double Zed Games 10,000m champion Jo Bloggs will run in the Northtown race next year.';
    expect(
      subjectOf(text, ['Double Zed Games', 'Jo Bloggs', 'Northtown'], figureOf(text, '10,000m')),
    ).toEqual(['Jo Bloggs']);
    const holder = 'But Zed Indoor 800m record holder Bloggs said the race was hard.';
    expect(subjectOf(holder, ['Zed Indoor', 'Bloggs'], figureOf(holder, '800m'))).toEqual(['Bloggs']);
  });

  it("reads a figure in an apposition's title as the person's the apposition follows", () => {
    const text =
      'Grey, the 2000 Zedland junior 100m bronze medallist, and Bloggs both left the squad on Monday.';
    expect(subjectOf(text, ['Grey', 'Zedland', 'Bloggs'], figureOf(text, '100m'))).toEqual(['Grey']);
  });

  it("reads a rank right before a name as the name's, not the sentence's subject's", () => {
    const text = 'Bloggs then beat world number seven Jan Grey 6-4 6-1 in the last round.';
    const rank = parseQuantities(text).find((x) => x.text.startsWith('seven'));
    if (!rank) throw new Error('no rank');
    expect(subjectOf(text, ['Bloggs', 'Jan Grey'], rank)).toEqual(['Jan Grey']);
  });

  it('leaves a figure no title holds to the rules before: the name before it', () => {
    const text = 'Zedco paid $5m for the stadium, chairman Jo Bloggs said.';
    expect(subjectOf(text, ['Zedco', 'Jo Bloggs'], figureOf(text, '$5m'))).toEqual(['Zedco']);
  });
});
