import { describe, expect, it } from 'vitest';
import { AGE_UNIT, bounds, compatible, parseQuantities, type Quantity } from '../../src/facts/quantities.js';

const one = (text: string): Quantity => {
  const [q] = parseQuantities(text);
  if (!q) throw new Error(`no quantity in ${text}`);
  return q;
};

describe('parseQuantities', () => {
  it('reads a sentence without a digit when it holds a number word or a part word, in any case', () => {
    expect(one('Twelve firms bid.')).toMatchObject({ kind: 'count', value: 12, unit: 'firms' });
    expect(one('The deal took a DECADE.')).toMatchObject({ kind: 'count', value: 10, unit: 'years' });
    expect(one('Nearly half those surveyed agreed.')).toMatchObject({ kind: 'percent', value: 50 });
    // Inside a longer word ("often", "halfway"), neither is read.
    expect(parseQuantities('He often went halfway.')).toEqual([]);
  });

  it('reads the bare numbers a pattern with a narrow gate finds, and not the near misses', () => {
    const values = (text: string) => parseQuantities(text).map((q) => q.value);
    expect(values('Shares rose from 40 to 1796 on Monday.')).toEqual([40, 1796]);
    expect(values('The index went to 40.')).toEqual([40]);
    expect(values('The index went onto 40.')).toEqual([]);
    expect(values('Bernard Ebbers, 63, is due in court.')).toEqual([63]);
    expect(values('They won 18 in all.')).toEqual([18]);
    expect(values('Some 12,500 came.')).toEqual([12500]);
    expect(parseQuantities('She ran 2:17:18 in Boston.')[0]).toMatchObject({
      kind: 'count',
      unit: 'seconds',
    });
  });

  it('reads money with currency and scale, symbol before or word after', () => {
    expect(one('It raised $15 billion.')).toMatchObject({ kind: 'money', value: 15e9, currency: 'USD' });
    expect(one('Profits hit $2.48bn last year.')).toMatchObject({
      value: 2.48e9,
      currency: 'USD',
      text: '$2.48bn',
    });
    expect(one('A bid of £1.35bn was made.')).toMatchObject({ value: 1.35e9, currency: 'GBP' });
    expect(one('Sales reached 120.7m euros.')).toMatchObject({ value: 120.7e6, currency: 'EUR' });
    expect(one('The offer was 300p a share.')).toMatchObject({ value: 3, currency: 'GBP', per: 'share' });
    expect(one('It will pay $76 for each Acme share.')).toMatchObject({ value: 76, per: 'share' });
    expect(one('It paid $1bn for a stake in the firm.').per).toBeUndefined();
    expect(one('It paid €1,250,000 in fees.')).toMatchObject({ value: 1_250_000, currency: 'EUR' });
  });

  it('reads what an amount is per past a conversion in brackets, and from inside one', () => {
    const [dollars, pounds] = parseQuantities('It will cut costs by $5bn (£2.7bn) a year.');
    expect(dollars).toMatchObject({ value: 5e9, currency: 'USD', per: 'year' });
    expect(pounds).toMatchObject({ value: 2.7e9, currency: 'GBP', per: 'year' });
    const [, , euros] = parseQuantities('A tariff of £20 ($38; €29) a month.');
    expect(euros).toMatchObject({ currency: 'EUR', per: 'month' });
    // Words in brackets that are no conversion of the amount end it: "a year" is not its rate here.
    expect(one('They raised $5m (the most ever) a year after the launch.').per).toBeUndefined();
  });

  it('reads percentages, years and counts', () => {
    const qs = parseQuantities('Founded in 2016, it holds 49% and 3.5 per cent, with 9,000 locales.');
    expect(qs.map((q) => [q.kind, q.value])).toEqual([
      ['year', 2016],
      ['percent', 49],
      ['percent', 3.5],
      ['count', 9000],
    ]);
    expect(qs[3]?.unit).toBe('locales');
  });

  it('reads the qualifier in front of a figure', () => {
    expect(one('worth approximately $15 billion').qualifier).toBe('about');
    expect(one('valued at nearly $14 billion').qualifier).toBe('nearly');
    expect(one('potentially exceeding $10 billion').qualifier).toBe('over');
    expect(one('a deal of $10B+').qualifier).toBe('over');
    expect(one('at least 75% of shares').qualifier).toBe('at-least');
    expect(one('up to £2bn').qualifier).toBe('up-to');
    expect(one('less than 5% of it').qualifier).toBe('under');
    expect(one('It made $5m.').qualifier).toBe('exact');
  });

  it('keeps the qualifier in the stated text and tells changes from levels', () => {
    expect(one('values it at around $28 billion').text).toBe('around $28 billion');
    expect(one('Shares closed up 4.75% on Monday.').change).toBe(true);
    expect(one('It owns 4.75% of the club.').change).toBeUndefined();
  });

  it('reads a number in words and what it counts joined by a hyphen as a count ("a seven-storey block")', () => {
    expect(one('They built a seven-storey block.')).toMatchObject({
      kind: 'count',
      value: 7,
      unit: 'storey',
    });
    expect(one('He won a five-set match.')).toMatchObject({ kind: 'count', value: 5, unit: 'set' });
    expect(one('Two-thirds of voters agreed.')).toMatchObject({ kind: 'percent' });
    expect(parseQuantities('He signed a one-season deal in a two-way race.')).toEqual([]);
  });

  it('reads "up" after a verb it only completes ("make up", "take up", "rack up") as a level, not a rise', () => {
    expect(one('Fast surfers now make up more than 50% of the audience.').change).toBeUndefined();
    expect(one('Rent takes up 30% of the budget.').change).toBeUndefined();
    expect(one('The side racked up 20 wins.').change).toBeUndefined();
    expect(one('Shares were up 5% by noon.').change).toBe(true);
    expect(one('Sales picked up 3% in March.').change).toBe(true);
  });

  it('reads "by" after a verb of seeing, attending or backing as the agent, not a change', () => {
    expect(one('The final was watched by 12.3 million people.').change).toBeUndefined();
    expect(one('The troops will be accompanied by two helicopters.').change).toBeUndefined();
    expect(one('Sales increased by 5% last year.').change).toBe(true);
    expect(one('Profits were cut by $3m.').change).toBe(true);
    expect(one('They led by three points.').change).toBe(true);
  });

  it('does not take a version number or a decimal for a quantity of its own', () => {
    expect(parseQuantities('after the launch of Llama 4 model')).toEqual([]);
    expect(parseQuantities('It rose 2.5% to $3.2bn').map((q) => q.text)).toEqual(['2.5%', '$3.2bn']);
  });

  it('does not take a function word after a number for what it counts: "from 264 the previous year"', () => {
    const count = parseQuantities('Titles rose to 295 in 2004 from 264 the previous year.').find(
      (q) => q.kind === 'count' && q.value === 264,
    );
    expect(count?.text).toBe('264');
    expect(count?.unit).toBeUndefined();
    expect(parseQuantities('They hired 40 engineers.')[0]?.unit).toBe('engineers');
  });
});

describe('compatible', () => {
  const q = (text: string) => one(text);
  it('reads qualifiers: more than $10bn and $15bn can both be right', () => {
    expect(compatible(q('more than $10 billion'), q('$15 billion'))).toBe(true);
    expect(compatible(q('nearly $14 billion'), q('$13.8 billion'))).toBe(true);
    expect(compatible(q('about $15 billion'), q('$15 billion'))).toBe(true);
    expect(compatible(q('29%'), q('28.9%'))).toBe(true); // rounding, not a disagreement
  });
  it('finds different values that cannot both be right', () => {
    expect(compatible(q('£1.3bn'), q('£1.5bn'))).toBe(false);
    expect(compatible(q('28.1%'), q('28.9%'))).toBe(false);
    expect(compatible(q('$15 billion'), q('$14 billion'))).toBe(false);
    expect(compatible(q('around $28 billion'), q('nearly $14 billion'))).toBe(false);
    expect(compatible(q('more than $10 billion'), q('$8 billion'))).toBe(false);
  });
  it('gives open bounds for one-sided qualifiers', () => {
    expect(bounds({ value: 10, step: 1, qualifier: 'over' })).toEqual([10, Number.POSITIVE_INFINITY]);
    expect(bounds({ value: 10, step: 1, qualifier: 'up-to' })).toEqual([0, 10]);
    expect(bounds({ value: 29, step: 1, qualifier: 'exact' })).toEqual([28.5, 29.5]);
  });
});

describe('parseQuantities: figures written without the usual digits (issue 20)', () => {
  const read = (text: string) =>
    parseQuantities(text).map((q) => [q.text, q.kind, q.value, q.unit ?? q.currency ?? ''] as const);

  it('reads numbers in words as the figures they state', () => {
    expect(read('Twenty firms signed up to the package.')).toEqual([['Twenty firms', 'count', 20, 'firms']]);
    expect(read('Eighteen investment firms agreed.')).toEqual([
      ['Eighteen investment firms', 'count', 18, 'firms'],
    ]);
    expect(read('Twenty of her paintings are on show.')).toEqual([
      ['Twenty of her paintings', 'count', 20, 'paintings'],
    ]);
    expect(read('Forty three per cent thought he had done a good job.')).toEqual([
      ['Forty three per cent', 'percent', 43, ''],
    ]);
    expect(read('The BBC collected three awards.')).toEqual([['three awards', 'count', 3, 'awards']]);
    expect(read('It sold three million copies and two hundred and fifty people came.')).toEqual([
      ['three million copies', 'count', 3e6, 'copies'],
      ['two hundred and fifty people', 'count', 250, 'people'],
    ]);
  });

  it('does not read a number in words that is a name, a pronoun or a small count of nothing', () => {
    expect(
      parseQuantities(
        'Channel Four said one of the Formula One teams, Racing Point Twenty, would go it alone.',
      ),
    ).toEqual([]);
    expect(parseQuantities('The one-off payment came as the two-way talks ended.')).toEqual([]);
    // A capitalised number word inside a name is not read; "twenty times" is a multiple (claims-30).
    expect(
      parseQuantities('The Group of Twenty nations said prices were twenty times higher.').map((q) => q.text),
    ).toEqual(['twenty times']);
  });

  it('reads durations, ages and race times in their units', () => {
    expect(read('She had not competed indoors for three years, and leave goes to nine months.')).toEqual([
      ['three years', 'count', 3, 'years'],
      ['nine months', 'count', 9, 'months'],
    ]);
    expect(read('The 24-year-old and Mr Smith, aged 57, signed an 18-month deal.')).toEqual([
      ['24-year-old', 'count', 24, AGE_UNIT],
      ['aged 57', 'count', 57, AGE_UNIT],
      ['18-month', 'count', 18, 'months'],
    ]);
    expect(read('Its chief executive Bernard Ebbers, 63, is due to stand trial.')).toEqual([
      ['63', 'count', 63, AGE_UNIT],
    ]);
    // Ending the sentence, not a decimal.
    expect(read('He was on holiday with Eileen Lark, 24.')).toEqual([['24', 'count', 24, AGE_UNIT]]);
    expect(
      read('The Northtown plant, 24.5 miles away, shut.').some(([, , , unit]) => unit === AGE_UNIT),
    ).toBe(false);
    expect(
      read('He ran 3:49.78, she won in 2:17:18 and he clocked 10.04secs, but lunch was at 2:05pm.'),
    ).toEqual([
      ['3:49.78', 'count', 229.78, 'seconds'],
      ['2:17:18', 'count', 8238, 'seconds'],
      ['10.04secs', 'count', 10.04, 'seconds'],
    ]);
    // A count and its unit as one word with a hyphen: what the number counts, in the plural.
    expect(read("A 25-yard strike, a 21-man squad and the 27-nation bloc's 10-point lead.")).toEqual([
      ['25-yard', 'count', 25, 'yards'],
      ['21-man', 'count', 21, 'men'],
      ['27-nation', 'count', 27, 'nations'],
      ['10-point', 'count', 10, 'points'],
    ]);
    // Not an age, not a score in words, not a range of years.
    expect(read('The 3-year-old colt won 3-nil in 2007-08.').map(([text, , , unit]) => [text, unit])).toEqual(
      [
        ['3-year-old', AGE_UNIT],
        ['2007', ''],
      ],
    );
    // Units of dose and speed written right after the number.
    expect(read('Cutting the limit from 80mg to 50mg, at speeds of 2Mbps.')).toEqual([
      ['80mg', 'count', 80, 'mg'],
      ['50mg', 'count', 50, 'mg'],
      ['2Mbps', 'count', 2, 'mbps'],
    ]);
    expect(read('a new season best of one minute, 52.31 seconds')).toEqual([
      ['one minute, 52.31 seconds', 'count', 112.31, 'seconds'],
    ]);
  });

  it('reads decades as years, so that "a decade" and "10 years" compare', () => {
    expect(read('not this high in a decade, nearly two decades after the crash')).toEqual([
      ['a decade', 'count', 10, 'years'],
      ['nearly two decades', 'count', 20, 'years'],
    ]);
  });

  it('reads "m" as metres in a sentence about athletics, and as millions elsewhere', () => {
    expect(read('She won the long jump with a lifetime best of 6.52m.')).toEqual([
      ['6.52m', 'count', 6.52, 'metres'],
    ]);
    expect(read('It sold 2.3m, and 4.5m workers went on strike.')).toEqual([
      ['2.3m', 'count', 2.3e6, ''],
      ['4.5m workers', 'count', 4.5e6, 'workers'],
    ]);
  });

  it('reads a scale with nothing counted after it as the whole number, not a count of "million"s', () => {
    expect(read('It has 23.5 million in Europe.')).toEqual([['23.5 million', 'count', 23.5e6, '']]);
  });

  it('reads bare counts that a movement reaches or that "in all" closes, and "-plus"', () => {
    expect(read('The number fell to 708, from 40 last year; 18 in all.')).toEqual([
      ['708', 'count', 708, ''],
      ['40', 'count', 40, ''],
      ['18', 'count', 18, ''],
    ]);
    expect(parseQuantities('It was due on 1 January and moved to 5 May.')).toEqual([]);
    expect(one('kept going by the 300-plus lenders')).toMatchObject({
      value: 300,
      unit: 'lenders',
      qualifier: 'over',
    });
  });

  it('reads cents as money', () => {
    expect(one('Shares rose 25 cents.')).toMatchObject({
      kind: 'money',
      value: 0.25,
      currency: 'USD',
      change: true,
    });
  });

  it('reads fractions as percentages, and ordinals as no figure', () => {
    expect(read('Three quarters said so; nearly half those surveyed and one in four agreed.')).toEqual([
      ['Three quarters', 'percent', 75, ''],
      ['nearly half', 'percent', 50, ''],
      ['one in four', 'percent', 25, ''],
    ]);
    expect(one('More than a third of all new laptops').qualifier).toBe('over');
    expect(one('Profits rose by a third.')).toMatchObject({ value: 33.3, change: true });
    expect(parseQuantities('Rates rose for a fifth time in the first half and the third quarter.')).toEqual(
      [],
    );
  });
});

describe('parseQuantities: figures in plain English (check-18)', () => {
  const read = (s: string) => parseQuantities(s).map((q) => [q.text, q.kind, q.value, q.unit ?? '']);

  it('reads a span of time or a scaled number after a name, and keeps a number that is part of a name unread', () => {
    expect(read('He joined the Commission 4 years later.')).toEqual([['4 years', 'count', 4, 'years']]);
    expect(read('A poem by Hendrix two weeks after Monterey.')).toEqual([['two weeks', 'count', 2, 'weeks']]);
    expect(read('On Christmas Day 92 million texts were sent.')).toEqual([
      ['92 million texts', 'count', 92e6, 'texts'],
    ]);
    expect(parseQuantities('Windows 7 users and Formula One teams.')).toEqual([]);
  });

  it('reads a number in words that is a part of a whole given in digits', () => {
    expect(read('Only four of the 12 were Muslim.')).toEqual([
      ['four', 'count', 4, ''],
      ['12', 'count', 12, ''],
    ]);
    expect(read('Nine of our 11 businesses grew.')[0]).toEqual(['Nine', 'count', 9, '']);
  });

  it('reads "up to" after a verb of movement as the level reached, not a ceiling', () => {
    expect(parseQuantities('The rate will go up to £4.35 from £4.01.')[0]).toMatchObject({
      value: 4.35,
      qualifier: 'exact',
      text: '£4.35',
    });
    expect(parseQuantities('It could cut up to 45,000 jobs.')[0]?.qualifier).toBe('up-to');
  });

  it('reads rates written with digits, and no rate in a year', () => {
    expect(read('1 in 5 European workers travel.')).toEqual([['1 in 5', 'percent', 20, '']]);
    expect(read('It cost $6.25 in 2004, up from 13 in 2003.').map((q) => q[1])).toEqual([
      'money',
      'year',
      'count',
      'year',
    ]);
  });

  it('reads the plural noun a count counts past a word that describes it', () => {
    expect(read('1.5 million working families paid 60%.')[0]).toEqual([
      '1.5 million working families',
      'count',
      1.5e6,
      'families',
    ]);
    expect(read('There were 10 proposed changes.')).toEqual([
      ['10 proposed changes', 'count', 10, 'changes'],
    ]);
    expect(read('It drew 20 million after ABC took it.')).toEqual([['20 million', 'count', 20e6, '']]);
  });

  it('reads "over" a race\'s distance as across it, and "over" an amount as more than it', () => {
    expect(parseQuantities('He ran over 10,500m in the race.')[0]).toMatchObject({
      value: 10500,
      unit: 'metres',
      qualifier: 'exact',
      text: '10,500m',
    });
    expect(parseQuantities('It made over 400m last year.')[0]?.qualifier).toBe('over');
  });

  it('reads the low end of a range in the unit and scale of its high end, and no end of an unsure range', () => {
    expect(read('It will take two to four weeks.')).toEqual([
      ['two', 'count', 2, 'weeks'],
      ['four weeks', 'count', 4, 'weeks'],
    ]);
    expect(read('It will take 2 to 4 weeks.')).toEqual([
      ['2', 'count', 2, 'weeks'],
      ['4 weeks', 'count', 4, 'weeks'],
    ]);
    expect(read('Prices rose 3-4% last year.').map((q) => q.slice(1, 3))).toEqual([
      ['percent', 3],
      ['percent', 4],
    ]);
    expect(read('between two and three million people')[0]).toEqual(['two', 'count', 2e6, 'people']);
    expect(read('It went from two to three.')).toEqual([]);
  });

  it('reads a year after "mid-", "early-" or "late-", and no count in it', () => {
    expect(read('By mid-2005 most phones will.')).toEqual([['2005', 'year', 2005, '']]);
  });
});

describe('a percentage moved by a verb or compared after it (a change)', () => {
  const first = (text: string) => {
    const q = parseQuantities(text)[0];
    if (!q) throw new Error(`no figure in ${text}`);
    return q;
  };
  it('reads a percentage right after a verb of moving as a change, money after it as a level', () => {
    expect(first("Zedland's defence budget has been raised 5.4% to 610bn crowns.").change).toBe(true);
    expect(first('Sales surged 22% over the winter season.').change).toBe(true);
    expect(first('Its shares tumbled 15% in early trading.').change).toBe(true);
    expect(first('The charity match raised £5.9m for the victims.').change).toBeUndefined();
    // A rate of growth is read as a level on both sides ("growth was 4.3%", "grew 4.3%").
    expect(first('The economy grew 4.3% in 2004.').change).toBeUndefined();
  });
  it('reads a percentage followed by a word of comparison as a change', () => {
    expect(first('Shoppers spent 25% more online.').change).toBe(true);
    expect(first('The crown was 0.5% stronger on the day.').change).toBe(true);
    expect(first('Turnout was 25% of the electorate.').change).toBeUndefined();
    expect(first('Grain stocks are 7% above their level of a year ago.').change).toBe(true);
    expect(first('Heating fuel stocks remain 6% below last winter.').change).toBe(true);
  });
  it('reads a percentage before "down to" or "up to" as the level moved from', () => {
    const [from, to] = parseQuantities('It sees the main rate going from 6.25% down to 4.5% by 2009.');
    expect(from?.change).toBeUndefined();
    expect(to?.change).toBeUndefined();
    expect(first('Its share went 3% up on the day.').change).toBe(true);
  });
  it('reads an amount followed by a comparison as a change, and one alone as a level', () => {
    expect(first('Zedland crude settled $1.70 higher at $48.20 on Monday.').change).toBe(true);
    expect(first('A season ticket costs £12 more than last year.').change).toBe(true);
    expect(first('Zedland crude settled at $48.20 on Monday.').change).toBeUndefined();
  });
  it('reads a bound of place after a verb of moving as the level reached, a bound of amount as a change', () => {
    const fell = first('Prices fell below $42 a barrel for the first time.');
    expect(fell.qualifier).toBe('under');
    expect(fell.change).toBeUndefined();
    expect(first('The index rose above 6% in May.').change).toBeUndefined();
    expect(first('Shares rose more than 8% on the news.').change).toBe(true);
    expect(first('Output fell by over 3% last year.').change).toBe(true);
  });
});
