import { describe, expect, it } from 'vitest';
import {
  type CheckResult,
  type Claim,
  checkDraft,
  clauseOf,
  momentsClash,
  ownMoment,
  supports,
  yearCompared,
} from '../../src/check/check.js';
import { parseQuantities } from '../../src/facts/quantities.js';
import { indexOf } from '../helpers/index.js';

/** The claim for a figure, as the draft writes it. */
function claim(result: CheckResult, figure: string): Claim {
  const found = result.claims.find((c) => c.figure === figure);
  if (!found) throw new Error(`no claim ${figure} in ${result.claims.map((c) => c.figure).join(', ')}`);
  return found;
}

const q = (text: string) => {
  const [first] = parseQuantities(text);
  if (!first) throw new Error(text);
  return first;
};

describe('bounds of one side', () => {
  it('two ceilings ("up to", "as much as") state one figure only at one value', () => {
    expect(supports(q('up to £350m'), q('as much as £350m'))).toBe(true);
    expect(supports(q('up to £350m'), q('as much as £400m'))).toBe(false);
    expect(supports(q('up to £400m'), q('up to £350m'))).toBe(false);
  });

  it('two ceilings half a step apart ("as much as 2%", "as much as 2.5%") are two figures (check-32)', () => {
    expect(supports(q('as much as 2%'), q('as much as 2.5%'))).toBe(false);
    expect(supports(q('up to $2bn'), q('up to $1.5bn'))).toBe(false);
    expect(supports(q('as much as 2%'), q('up to 2%'))).toBe(true);
    expect(supports(q('as much as 2.5%'), q('up to 2.50%'))).toBe(true);
  });

  const index = indexOf({
    unit: 'Acme to sell Widgetco\n\nAnalysts say Acme could sell its Widgetco unit for up to £350m.\n',
    carers:
      'Shortage of carers\n\nThe Carers Network warns of a national shortage of over 6,000 foster carers.\n',
  });

  it('a ceiling the coverage does not give is a changed ceiling, shown with the coverage’s', () => {
    const c = claim(
      checkDraft(index, 'Acme could sell its Widgetco unit for as much as £400m.'),
      'as much as £400m',
    );
    expect(c.verdict).toBe('contradicted');
    expect(c.note).toMatch(/up to £350m/);
    const same = checkDraft(index, 'Acme could sell its Widgetco unit for up to £350m.');
    expect(claim(same, 'up to £350m').verdict).toBe('supported');
  });

  it('a floor beyond the coverage’s ("more than 9,000" for "over 6,000") is changed', () => {
    const c = claim(
      checkDraft(index, 'The Carers Network says there is a shortage of more than 9,000 foster carers.'),
      'more than 9,000 foster carers',
    );
    expect(c.verdict).toBe('contradicted');
    expect(c.note).toMatch(/over 6,000/);
  });

  it('a floor short of the coverage’s ("more than 4,000" for "over 6,000") is changed too', () => {
    const c = claim(
      checkDraft(index, 'The Carers Network says there is a shortage of more than 4,000 foster carers.'),
      'more than 4,000 foster carers',
    );
    expect(c.verdict).toBe('contradicted');
    expect(c.note).toMatch(/over 6,000/);
    const same = checkDraft(
      index,
      'The Carers Network says there is a shortage of more than 6,000 foster carers.',
    );
    expect(claim(same, 'more than 6,000 foster carers').verdict).toBe('supported');
  });
});

describe('moments', () => {
  it('a relative moment ("last year") never clashes with a dated one ("2004"); two of a sort do', () => {
    expect(momentsClash('year-1', '2004')).toBe(false);
    expect(momentsClash('2003', '2004')).toBe(true);
    expect(momentsClash('year-1', 'year')).toBe(true);
  });

  const index = indexOf({
    airline:
      'Airline back in profit\n\nSkyco posted net profits of 310m euros, compared with a loss of 726m euros in 2003.\n',
  });

  it('an undated draft’s "the year before" is not another moment than "2003"', () => {
    const result = checkDraft(
      index,
      'Skyco posted profits of 310m euros against a loss of 726m euros the year before.',
    );
    expect(claim(result, '726m euros').verdict).toBe('supported');
  });
});

describe('whose figure a draft gives', () => {
  it('reads the clause of a figure up to a comma before "while"', () => {
    const text = 'Underlying sales grew 4%, while its Plan B scheme saved £100m.';
    const [four] = parseQuantities(text);
    if (!four) throw new Error('no figure');
    expect(clauseOf(text, four)).toBe('Underlying sales grew 4%');
  });

  const index = indexOf({
    results:
      'Acme results\n\nAcme Holdings said pre-tax profits rose 3% to £612m in 2004. Acme Holdings said its underlying sales rose by 6% in 2004. Its Plan Forward scheme saved £75m in 2004.\n',
    other:
      'Rivalco results\n\nRivalco said underlying sales grew 9% in 2004, while Plan Forward, its rival scheme, saved £30m.\n',
  });

  it('a name only in another clause ("..., while its Plan Forward scheme") is not whose the figure is', () => {
    const result = checkDraft(
      index,
      'Acme Holdings said pre-tax profits rose 3% to £612m in 2004. Underlying sales grew 6%, while its Plan Forward scheme saved £75m during the year.',
    );
    expect(claim(result, '6%').subject).toBe('Acme Holdings');
  });

  const profits = indexOf({
    oil: 'Oilco profits\n\nOil major Oilco has posted a 31% jump in annual profits to $14.8bn thanks to record crude prices. Last week, rival Shellco posted an annual profit of $19.3bn.\n',
  });

  it('the draft’s value given as another named subject’s is confused with it, and the subject’s own is shown', () => {
    const c = claim(checkDraft(profits, 'Oilco posted an annual profit of $19.3bn.'), '$19.3bn');
    expect(c.verdict).toBe('contradicted');
    expect(c.note).toMatch(/\$14\.8bn/);
  });

  it('a sentence-opening word the coverage writes in lower case is not a name', () => {
    const words = indexOf({
      media:
        'Mediaco profits\n\nQuarterly profits at Mediaco jumped 76% to $1.13bn. Its quarterly sales rose 2%. The Quarterly Review said quarterly results at Rivalco and quarterly sales at Otherco fell.\n',
    });
    const c = claim(checkDraft(words, 'Quarterly profits at Mediaco jumped 76% to $1.13bn.'), '76%');
    expect(c.subject).toBe('Mediaco');
  });
});

describe('units', () => {
  const index = indexOf({
    fostering:
      'Foster pay\n\nThe charity advises a weekly payment of £112.36 for caring for an infant. Some carers get just £50 a week.\n',
  });

  it('"a weekly payment of £112.36" is £112.36 a week', () => {
    const result = checkDraft(index, 'The charity advises £112.36 a week for caring for an infant.');
    expect(claim(result, '£112.36').verdict).toBe('supported');
  });
});

describe('a subject the draft names elsewhere', () => {
  const index = indexOf({
    survey:
      'Music players\n\nA survey found that 17 million adult Americans own Zune players. Of the 17 million Americans who own Zune players, 63% are men.\n',
  });

  it('is the same subject when the coverage’s sentence names the draft’s and the draft names the coverage’s', () => {
    const result = checkDraft(
      index,
      'About 17 million adult Americans now own a Zune player. Men account for 63% of owners.',
    );
    expect(claim(result, '63%').verdict).toBe('supported');
  });
});

describe('one country by its other names', () => {
  const index = indexOf({
    trade:
      'Trade gap narrows\n\nThe gap between the UK’s exports and imports was £3.4bn in March, the statistics office said.\n',
    france:
      'French trade\n\nFrance said its trade deficit widened to €4.1bn in March as exports to Asia fell.\n',
    germany:
      'German surplus\n\nGermany said its trade surplus grew to €15.2bn in March, helped by exports of cars.\n',
    oil: 'Oil exports\n\nNorway said its trade surplus was boosted by oil exports worth $6.3bn in March.\n',
  });

  it('"Britain" in a draft is "the UK" in the coverage: its figure is found there', () => {
    const c = claim(checkDraft(index, "Britain's trade deficit narrowed to £3.4bn in March."), '£3.4bn');
    expect(c.verdict).toBe('supported');
    const changed = claim(
      checkDraft(index, "Britain's trade deficit narrowed to £3.7bn in March."),
      '£3.7bn',
    );
    expect(changed.verdict).toBe('contradicted');
  });

  const texts = indexOf({
    texts:
      'Texting record\n\nUK mobile owners sent 26 billion text messages in 2004. Every day 78 million text messages are sent.\n',
    other: 'Phones\n\nMobile owners in Freedonia sent 11 billion text messages in 2004.\n',
  });

  it('"Britons" in a draft are "the UK" in the coverage: their figures are found there', () => {
    const text =
      'Britons sent a record 26 billion text messages in 2004. They now send 87 million text messages every day.';
    const result = checkDraft(texts, text);
    expect(claim(result, '26 billion text messages').verdict).toBe('supported');
    expect(claim(result, '87 million text messages').verdict).toBe('contradicted');
  });
});

describe('the note of a contradicted figure', () => {
  const index = indexOf({
    leeds:
      'Acme shuts plant\n\nAcme will shut its Leeds plant next month, cutting 400 jobs, the firm said.\n',
    wider: 'Acme cuts\n\nAcme has cut 900 jobs at its Leeds plant and others next month.\n',
    later: 'Acme results\n\nAcme will cut 900 jobs at its Leeds plant and others next month.\n',
  });

  it('lists first the coverage value whose words match the draft’s best, not the one most articles give', () => {
    const c = claim(
      checkDraft(index, 'Acme will shut its Leeds plant next month, cutting 450 jobs.'),
      '450 jobs',
    );
    expect(c.verdict).toBe('contradicted');
    expect(c.note).toMatch(/^coverage: 400 jobs \[leeds\]; 900 jobs/);
  });
});

describe('a value the coverage gives only as the one compared with ("down from", "less than the", "since")', () => {
  const index = indexOf({
    earnings:
      'Boltco results\n\nFor the whole of 2004, Boltco earned $2.9bn, down from $3.4bn in 2003, the firm said.\n',
    sales:
      'Festive sales\n\nOverall, Yuletide sales at Ruritania stores are forecast to rise by 4.2% to $90bn - less than the 6.3% increase seen a year earlier.\n',
    record:
      'Widget sales\n\nRuritania widget sales grew 6% for the year, the strongest showing since a 9.1% rise in 1994, the ministry added.\n',
  });

  it('is the draft’s figure confused with it: Contradicted, showing the current value', () => {
    const earned = claim(checkDraft(index, 'Over the whole of 2004 Boltco earned $3.4bn.'), '$3.4bn');
    expect(earned.verdict).toBe('contradicted');
    expect(earned.note).toMatch(/\$2\.9bn/);
    const forecast = claim(
      checkDraft(index, 'Overall Yuletide sales at Ruritania stores are forecast to grow 6.3% to $90bn.'),
      '6.3%',
    );
    expect(forecast.verdict).toBe('contradicted');
    expect(forecast.note).toMatch(/4\.2%/);
    const since = claim(
      checkDraft(
        index,
        'For the year as a whole Ruritania widget sales grew 9.1%, the strongest showing in years.',
      ),
      '9.1%',
    );
    expect(since.verdict).toBe('contradicted');
    expect(since.note).toMatch(/\b6%/);
  });

  it('"rose from £340m to £400m": the value it became, after it, is the current one (check-32)', () => {
    const rich = indexOf({
      list: 'Rich list\n\nTheatre owner Jo Bramley saw her fortune rise from £340m to £400m, the list said.\n',
      other:
        'Pay deal\n\nNurses at Northtown hospital will see their pay rise by 3% this year, the union said.\n',
    });
    const c = claim(checkDraft(rich, 'Theatre owner Jo Bramley’s fortune has risen to £340m.'), '£340m');
    expect(c.verdict).toBe('contradicted');
    expect(c.note).toMatch(/£400m/);
    const right = checkDraft(rich, 'Theatre owner Jo Bramley’s fortune has risen to £400m.');
    expect(claim(right, '£400m').verdict).toBe('supported');
  });

  it('stands when the draft too gives it as the one compared with', () => {
    const from = checkDraft(index, 'Boltco earned $2.9bn in 2004, down from $3.4bn in 2003.');
    expect(claim(from, '$3.4bn').verdict).toBe('supported');
    expect(claim(from, '$2.9bn').verdict).toBe('supported');
  });
});

describe('"up to" that ends a verb of reaching ("added up to", "pushed claims up to")', () => {
  const index = indexOf({
    trade:
      'Ruritania trade\n\nIn 2004, Ruritania’s imports from and exports to Freedonia added up to 9,876bn yen, the ministry said.\n',
    storms:
      'Storm claims\n\nThe damages claimed in 2004 topped earlier years, including 1998 when the big floods pushed claims up to $37bn.\n',
    fines: 'Bank fines\n\nRegulators said Bankco could face fines of up to $37bn.\n',
  });

  it('states the value reached: it supports the draft’s figure', () => {
    const trade = checkDraft(
      index,
      'Two-way trade between Ruritania and Freedonia reached 9,876bn yen in 2004.',
    );
    expect(claim(trade, '9,876bn yen').verdict).toBe('supported');
    const storms = checkDraft(index, 'In 1998 the big floods pushed claims to $37bn.');
    expect(claim(storms, '$37bn').verdict).toBe('supported');
  });

  it('"fines of up to" stays a ceiling', () => {
    const fines = checkDraft(index, 'Bankco could face fines of $37bn, regulators said.');
    expect(claim(fines, '$37bn').verdict).not.toBe('supported');
  });
});

describe('the moment of a value the draft gives as the one compared with', () => {
  const at = (text: string, figure: string) => {
    const found = parseQuantities(text).find((x) => x.text === figure);
    if (!found) throw new Error(figure);
    return found;
  };

  it('is not the moment of the value it is compared with ("2.9% next year, down from 3.9%")', () => {
    const text = "Ruritania's deficit is forecast to ease to 2.9% of GDP next year, down from 3.9%.";
    expect(ownMoment(text, at(text, '2.9%'))).toBe('year+1');
    expect(ownMoment(text, at(text, '3.9%'))).toBe('');
  });

  it('is the moment named right after it ("down from $3.4bn in 2003")', () => {
    const text = 'Boltco earned $2.9bn in 2004, down from $3.4bn in 2003.';
    expect(ownMoment(text, at(text, '$3.4bn'))).toBe('2003');
  });
});

describe('a year after "on" is the year a change is measured against', () => {
  const at = (text: string, figure: string) => {
    const found = parseQuantities(text).find((x) => x.text === figure);
    if (!found) throw new Error(figure);
    return found;
  };
  const moment = (text: string, words: string, key: string) => ({ start: text.indexOf(words), key });

  it('"a gain of 4.5% on 2003" gives the draft figure no moment; "a gain of 4.5% in 2003" gives 2003', () => {
    const on = 'Local films took a gain of 4.5% on 2003, the ministry said.';
    const inYear = 'Local films took a gain of 4.5% in 2003, the ministry said.';
    expect(ownMoment(on, at(on, '4.5%'))).toBe('');
    expect(ownMoment(inYear, at(inYear, '4.5%'))).toBe('2003');
  });

  it('reads "on last year" and "on the year before", not "on Tuesday" nor a year before the figure', () => {
    const last = 'Sales were up 3% on last year.';
    expect(yearCompared(last, at(last, '3%'), moment(last, 'last year', 'year-1'))).toBe(true);
    const before = 'Sales were up 3% on the year before.';
    expect(yearCompared(before, at(before, '3%'), moment(before, 'year before', 'year-1'))).toBe(true);
    const day = 'Shares were up 3% on Tuesday.';
    expect(yearCompared(day, at(day, '3%'), moment(day, 'Tuesday', 'tuesday'))).toBe(false);
    const ahead = 'On 2003 figures, sales were up 3%.';
    expect(yearCompared(ahead, at(ahead, '3%'), moment(ahead, '2003', '2003'))).toBe(false);
  });

  const index = indexOf({
    films:
      'Local films gain ground\n\nRuritanian films made up 33.5% of the Ruritanian box office takings last year, with imported films taking the remainder.\n\nThis was a 3.5% gain in the share of home-grown films in 2004, compared to 2003.\n',
  });

  it('a change "on 2003" is stated by the coverage\'s change "in 2004 compared to 2003", not ruled out by another value', () => {
    const draft = 'The share of Ruritanian films at the box office rose last year, a gain of 3.5% on 2003.';
    const found = claim(checkDraft(index, draft), '3.5%');
    expect(found.verdict).toBe('supported');
  });
});

describe('a span of time is no change', () => {
  const index = indexOf({
    league:
      'Singer recalled\n\nHis former press officer said he arranged for the singer to play four days of indoor football in Dunmore that spring.\n',
  });

  it('"set up three days of football" is compared with "four days of football" and contradicted', () => {
    const draft = 'His press officer set up three days of indoor football for the singer in Dunmore.';
    const found = claim(checkDraft(index, draft), 'three days');
    expect(found.verdict).toBe('contradicted');
    expect(found.note).toMatch(/four days/);
  });
});
