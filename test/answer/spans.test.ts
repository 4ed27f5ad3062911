import { describe, expect, it } from 'vitest';
import type { AnswerType } from '../../src/answer/question.js';
import {
  answerSpans,
  byNearness,
  EVENT_IN_REASON,
  holdsEvent,
  levelLeft,
  movedBy,
  type QuestionWords,
  qualifiedDate,
  quotationsOf,
} from '../../src/answer/spans.js';
import { tagWords } from '../../src/facts/nlp.js';
import { parseQuantities } from '../../src/facts/quantities.js';
import { stemsOf } from '../../src/facts/terms.js';

const question = (q: string): QuestionWords => ({
  stems: new Set(stemsOf(q)),
  numbers: new Set((q.match(/\d[\d,]*/g) ?? []).map((n) => n.replace(/,/g, ''))),
});

/** The texts of a sentence's spans of a type, best first; names as a tagger would give them. */
function spans(text: string, wants: AnswerType, q = '', names: string[] = [], counted?: string) {
  return answerSpans({ text, quantities: parseQuantities(text), names: () => names }, wants, {
    ...question(q),
    ...(counted ? { counted: new Set(stemsOf(counted)) } : {}),
  }).map((s) => s.text);
}

describe('answerSpans', () => {
  it('reads money, and leaves out a figure the question gives', () => {
    expect(spans('Acme will pay $1.75bn (£930m) for the chain.', 'money')[0]).toBe('$1.75bn');
    expect(
      spans('The laptop will cost under $100, and $20m has been raised.', 'money', 'a laptop under $100'),
    ).toEqual(['$20m']);
  });

  it('reads counts, best when they count what the question counts', () => {
    const text = 'The firm, which employs 12,000 staff, will cut 5,000 jobs.';
    expect(spans(text, 'count', 'how many jobs', [], 'jobs')[0]).toBe('5,000 jobs');
    expect(spans('The judges ruled by eight to one against the plan.', 'count', '', [], 'judges')).toContain(
      'eight to one',
    );
  });

  it('reads percentages', () => {
    expect(spans('She has acquired a 35% stake in the team.', 'percent')).toEqual(['35%']);
  });

  it('reads names not in the question, an organisation or a person as asked', () => {
    const text = 'New owner Brightwater Holding Partners said the Kestrel brand would survive.';
    const names = ['Brightwater Holding Partners', 'Kestrel'];
    expect(spans(text, 'organisation', 'Which company is buying Kestrel?', names)).toEqual([
      'Brightwater Holding Partners',
    ]);
    const people = 'Ms Grey is to be replaced by Petra Lund, who runs the Harbour Group.';
    expect(
      spans(people, 'person', 'Who is replacing Ms Grey?', ['Grey', 'Petra Lund', 'Harbour Group'])[0],
    ).toBe('Petra Lund');
  });

  it('reads dates, most specific first', () => {
    expect(spans('Dealing will start on 9 October, not next week.', 'date')[0]).toBe('9 October');
    expect(spans('A levy would be brought in by the autumn of 2008.', 'date')).toEqual(['autumn of 2008']);
  });

  it('reads the clause that gives a reason, the widest of nested ones', () => {
    expect(spans('She is to retire on the grounds of poor eyesight.', 'reason')).toEqual([
      'on the grounds of poor eyesight',
    ]);
    expect(
      spans('Shares slid as the makers halted shipments of the pill after a recall in Canada.', 'reason')[0],
    ).toBe('as the makers halted shipments of the pill after a recall in Canada');
  });

  it('reads "after" a length of time or a date as no reason, "after" an event as one (answers-32)', () => {
    expect(spans('Jo Dale has resigned as host of the show after six years.', 'reason')).toEqual([]);
    expect(spans('Zedco hopes to grow again after three poor years.', 'reason')).toEqual([]);
    expect(spans('Sales at the chain rose following Christmas.', 'reason')).toEqual([]);
    expect(spans('Zedco dropped the pill after disappointing trial results.', 'reason')).toEqual([
      'after disappointing trial results',
    ]);
    expect(spans('Shares fell after years of losses at the firm.', 'reason')).toEqual([
      'after years of losses at the firm',
    ]);
  });

  it('reads a stated motive as a reason, and "is due to" (a plan) as none', () => {
    expect(spans('She said she was disillusioned with the board\'s "reckless" plans.', 'reason')).toEqual([
      'was disillusioned with the board\'s "reckless" plans',
    ]);
    expect(spans('Mr Grey is due to step aside at the coming vote.', 'reason')).toEqual([]);
  });

  it('reads what a sanction was for, a purpose and an injury as reasons, not a length of time', () => {
    expect(spans('The striker was suspended for kicking a defender in the second half.', 'reason')).toEqual([
      'for kicking a defender in the second half',
    ]);
    expect(spans('The firm is suing its banks in a bid to reclaim fees it paid.', 'reason')).toEqual([
      'in a bid to reclaim fees it paid',
    ]);
    expect(spans('Grey has pulled out of the event with a hamstring injury.', 'reason')).toEqual([
      'with a hamstring injury',
    ]);
    expect(spans('Grey was jailed for two years in March.', 'reason')).toEqual([]);
  });

  it('reads "on fears that", "accusing X of", "for not ..." and a cause that forced something as reasons', () => {
    expect(spans('The pound fell on fears that rates would rise again.', 'reason')).toEqual([
      'on fears that rates would rise again',
    ]);
    expect(spans('The band dropped its singer, accusing him of disloyalty.', 'reason')).toEqual([
      'accusing him of disloyalty',
    ]);
    expect(spans('Grey has criticised the board for not paying the staff.', 'reason')).toEqual([
      'for not paying the staff',
    ]);
    expect(spans('A back injury has forced Tom Grey out of the final.', 'reason')[0]).toMatch(
      /^A back injury/,
    );
  });

  it('reads a verb or noun of cause as a reason (why-32)', () => {
    expect(spans('Profits at the chain were driven by strong sales in Asia.', 'reason')).toEqual([
      'driven by strong sales in Asia',
    ]);
    expect(spans('The biggest drag was from farm goods, the agency said.', 'reason')[0]).toMatch(
      /^The biggest drag was from farm goods/,
    );
    expect(spans('The weaker peso has had a big impact on what the mill owes.', 'reason')[0]).toMatch(
      /^The weaker peso/,
    );
    expect(spans('Eating the stew caused his fever to rise.', 'reason')[0]).toMatch(/^Eating the stew/);
    expect(spans('Sales rose by 5% in the quarter.', 'reason')).toEqual([]);
  });

  it('weighs less a connective clause that holds the event asked rather than its cause (why-32)', () => {
    const claim = [new Set(['run']), new Set(['cash'])];
    const weigh = (text: string) =>
      answerSpans({ text, quantities: [], names: () => [] }, 'reason', { ...question(''), claim })[0]?.weight;
    // The event asked ("run out of cash") is inside the "after" clause: it is not what caused it.
    expect(weigh('Stock in the ferry line sank after its boss said it could run out of cash.')).toBeCloseTo(
      0.6 * EVENT_IN_REASON,
    );
    // The event is outside: the clause gives its cause.
    expect(
      weigh('The ferry line could run out of cash after diesel prices soared in the spring.'),
    ).toBeCloseTo(0.6);
    // A verb of cause names its event and cause together: kept whole.
    expect(weigh('The costly diesel had a big impact on its cash, leaving it unable to run.')).toBeCloseTo(
      0.7,
    );
    expect(holdsEvent('after it ran out of cash', { start: 0, end: 24 }, [new Set(['cash'])])).toBe(false);
  });

  it('reads durations, not ages', () => {
    expect(spans('The 29 year old was banned until the end of the year.', 'duration')).toEqual([
      'until the end of the year',
    ]);
    expect(spans('Jurors recommended he serve nine years in prison.', 'duration')).toEqual(['nine years']);
  });

  it('puts a length stated with a number before a moment told from another, or a length with "a"', () => {
    // "one day after" says when, not how long; "a day of action" is an event.
    expect(
      spans('He was jailed for 14 years, one day after a day of action for his release.', 'duration'),
    ).toEqual(['for 14 years', 'a day', 'one day']);
    expect(
      spans('Nine days before the race he crashed, and wore a cast for three months after it.', 'duration'),
    ).toEqual(['for three months', 'Nine days']);
    expect(spans('It took a year to agree and two years to build.', 'duration')).toEqual([
      'two years',
      'a year',
    ]);
  });

  it('puts a name that only describes one the question gives after other names', () => {
    const named = (text: string, q: string, names: string[]) =>
      answerSpans({ text, quantities: [], names: () => names, tags: () => tagWords(text) }, 'name', {
        ...question(q),
        names: new Set(
          stemsOf(
            q
              .replace(/^\S+/, '')
              .match(/\p{Lu}\S*/gu)
              ?.join(' ') ?? '',
          ),
        ),
      }).map((s) => s.text);
    // "Talent Show supremo Rita Vance": who Vance is, not whom she sold to.
    expect(
      named(
        'Talent Show supremo Rita Vance has sold her business to Omar Quill.',
        'Who has Rita Vance sold her business to?',
        ['Talent Show', 'Rita Vance', 'Omar Quill'],
      )[0],
    ).toBe('Omar Quill');
    // Unless the words between are what the question asks: "boss".
    expect(
      named('Harbour Line boss Ann Grey joined Acme Corp on Monday.', 'Which company is Ann Grey boss of?', [
        'Harbour Line',
        'Ann Grey',
        'Acme Corp',
      ])[0],
    ).toBe('Harbour Line');
  });

  it('finds nothing of a type a sentence does not hold', () => {
    expect(spans('The club said it was delighted.', 'money')).toEqual([]);
    expect(spans('The club said it was delighted.', 'date')).toEqual([]);
  });

  it('weighs a span near the words of what is asked above one far from them', () => {
    const text =
      'Moretti arrived from the Serie Sud side in May, and his old deputy Paulo Ruiz will step in as coach.';
    const found = answerSpans(
      { text, quantities: [], names: () => ['Moretti', 'Serie Sud', 'Paulo Ruiz'] },
      'name',
      question('Who is the new coach now Moretti has gone?'),
    );
    expect(byNearness(text, found, new Set(stemsOf('coach')))[0]?.text).toBe('Paulo Ruiz');
  });
});

describe('the kind of a name span', () => {
  const kinds = (text: string, wants: AnswerType, names: string[]) =>
    answerSpans(
      { text, quantities: [], names: () => names, tags: () => tagWords(text) },
      wants,
      question(''),
    ).map((s) => [s.text, s.kind]);
  it('reads a person, an organisation and a place from the words round a name', () => {
    expect(kinds('The deal was signed by Mr Grey.', 'name', ['Grey'])).toContainEqual(['Grey', 'person']);
    expect(kinds('It was bought by Brickworks Inc last year.', 'name', ['Brickworks Inc'])).toContainEqual([
      'Brickworks Inc',
      'organisation',
    ]);
    expect(kinds('The plant will be built in Easton.', 'place', ['Easton'])).toContainEqual([
      'Easton',
      'place',
    ]);
    expect(kinds('Then Grey spoke.', 'name', ['Grey'])).toContainEqual(['Grey', undefined]);
  });
});

describe('where a span ends', () => {
  const tagged = (text: string, wants: AnswerType, q = '', names: string[] = []) =>
    answerSpans(
      { text, quantities: parseQuantities(text), names: () => names, tags: () => tagWords(text) },
      wants,
      question(q),
    ).map((s) => s.text);

  it('takes a count up to the noun it counts, past a describing word', () => {
    expect(tagged('The council will sell 40 derelict warehouses next spring.', 'count')[0]).toBe(
      '40 derelict warehouses',
    );
    expect(tagged('In all, 600 elected councillors voted against it.', 'count')[0]).toBe(
      '600 elected councillors',
    );
  });

  it('takes a part ("12 of") on to the whole it is part of', () => {
    expect(tagged('Rovers have lost 9 of their 11 games this year.', 'count')[0]).toBe('9 of their 11 games');
    expect(tagged('She wrote 4 of the songs.', 'count')[0]).toBe('4 of the songs');
  });

  it('counts a figure joined to a word by a hyphen ("a three-day trip") after a plain count', () => {
    expect(tagged('He went on a three-day trip with 14 pupils.', 'count', 'how many pupils')[0]).toBe(
      '14 pupils',
    );
    expect(tagged('They signed an 18-month lease and hired 9 cooks.', 'count', 'how many')[0]).toBe(
      '9 cooks',
    );
  });
});

describe('where a name span ends', () => {
  const named = (text: string, wants: AnswerType, names: string[]) =>
    answerSpans(
      { text, quantities: [], names: () => names, tags: () => tagWords(text) },
      wants,
      question(''),
    ).map((s) => s.text);

  it('takes an institution\'s name on through "of" ("the Royal Society of Painters")', () => {
    expect(
      named('The survey was carried out by the Northern Academy of Music last year.', 'organisation', [
        'Northern Academy',
      ])[0],
    ).toBe('Northern Academy of Music');
  });

  it('leaves out the full stop that ends a sentence', () => {
    expect(named('He has rejoined the Easton Rovers.', 'organisation', ['Easton Rovers.'])[0]).toBe(
      'Easton Rovers',
    );
  });
});

describe('how a length begins', () => {
  it('keeps "as long as" and "as many as" with the length they bound', () => {
    expect(spans('The inquiry could last as long as a year.', 'duration')[0]).toBe('as long as a year');
    expect(spans('Repairs may take as many as six weeks.', 'duration')[0]).toBe('as many as six weeks');
  });

  it('keeps the word that bounds a length with it ("within four years", "for a decade", "over the next 10 years")', () => {
    expect(spans('Courts should have the rooms within four years, he said.', 'duration')[0]).toBe(
      'within four years',
    );
    expect(spans('The two hosts shared a show for a decade.', 'duration')[0]).toBe('for a decade');
    expect(spans('Shortages may grow over the next 10 years, the report says.', 'duration')[0]).toBe(
      'over the next 10 years',
    );
    expect(spans('Prices rose in the past two weeks.', 'duration')[0]).toBe('in the past two weeks');
    // "last" the verb is no bound.
    expect(spans('The strike could last two weeks.', 'duration')[0]).toBe('two weeks');
    expect(spans('The deal runs six months.', 'duration')[0]).toBe('six months');
  });

  it('takes the name written just after the noun a "which" question asks for, not the one describing it', () => {
    const asked = (text: string, wants: AnswerType, q: string, names: string[], kindNoun: string) =>
      answerSpans({ text, quantities: [], names: () => names }, wants, {
        ...question(q),
        kindNoun: stemsOf(kindNoun)[0] ?? '',
      }).map((s) => s.text);
    expect(
      asked(
        'Northwind said it had signed a new agreement with Scottish club Ashby.',
        'organisation',
        'which club has Northwind signed a deal with',
        ['Northwind', 'Scottish', 'Ashby'],
        'club',
      )[0],
    ).toBe('Ashby');
    expect(
      asked(
        'The Derby MP makes up to £45,000 a year from the law firm Hollis Marsh, where he is a partner.',
        'organisation',
        'Which law firm is Tom Ward a partner in?',
        ['Derby MP', 'Hollis Marsh'],
        'firm',
      )[0],
    ).toBe('Hollis Marsh');
  });

  it('takes a place named after a place noun ("the Danish capital Norholm"), not the word describing it', () => {
    const place = (text: string, names: string[], q: string) =>
      answerSpans(
        { text, quantities: [], names: () => names, tags: () => tagWords(text) },
        'place',
        question(q),
      ).map((s) => s.text);
    expect(
      place(
        'The singer, who was born in the Danish capital Norholm, quit school at 16.',
        ['Danish', 'Norholm'],
        'Where was Tom Ward born?',
      )[0],
    ).toBe('Norholm');
    expect(
      place(
        'He grew up in the port town of Ashby, near the Kell border.',
        ['Ashby', 'Kell'],
        'Where did Tom Ward grow up?',
      )[0],
    ).toBe('Ashby');
  });

  it('weighs an amount converted in brackets less than the amount written first', () => {
    const text = 'Northwind will buy Ashby for $11bn (£5.7bn), and pay 24bn pesos ($2.1bn; £1.1bn) for Kell.';
    const found = answerSpans(
      { text, quantities: parseQuantities(text), names: () => [] },
      'money',
      question(''),
    );
    const weight = (t: string) => found.find((s) => s.text === t)?.weight ?? 0;
    expect(weight('$11bn')).toBeGreaterThan(weight('£5.7bn'));
    expect(weight('$2.1bn')).toBeGreaterThan(weight('£1.1bn'));
  });

  it('takes no name sure to be a person\'s for a "which" question that asks for a thing', () => {
    const text = 'Actor Tom Ward starred in Northern Lights, which won the prize.';
    const found = answerSpans(
      { text, quantities: [], names: () => ['Tom Ward', 'Northern Lights'] },
      'name',
      {
        ...question('Which film won the prize?'),
        kindNoun: stemsOf('film')[0] ?? '',
      },
    );
    expect(found[0]?.text).toBe('Northern Lights');
  });
});

describe('which name a "which X" question wants', () => {
  const tagged = (text: string, wants: AnswerType, q: string, names: string[], thing?: boolean) =>
    answerSpans({ text, quantities: [], names: () => names, tags: () => tagWords(text) }, wants, {
      ...question(q),
      ...(thing ? { thing } : {}),
    }).map((s) => s.text);

  it('takes the number of a thing\'s name with it ("Blaster 3") where a thing is asked, not a count after it', () => {
    const text = 'Shooter Blaster 3 took the top prize at the Easton awards.';
    expect(tagged(text, 'name', 'which game took the top prize', ['Blaster', 'Easton'], true)[0]).toBe(
      'Blaster 3',
    );
    expect(
      tagged('Blaster sold 3 million copies.', 'name', 'which game sold best', ['Blaster'], true)[0],
    ).toBe('Blaster');
  });

  it('reads a name after a noun of organisation, and a nationality as no name', () => {
    expect(
      tagged(
        'Umbro said it had signed a new deal with Scottish club Harbourside.',
        'organisation',
        'which club has Umbro signed a deal with',
        ['Umbro', 'Scottish'],
      )[0],
    ).toBe('Harbourside');
    expect(
      tagged(
        'The Danish firm said files could be sent more quickly.',
        'organisation',
        'which company sends data',
        ['Danish'],
      ),
    ).toEqual([]);
  });

  it('puts a person after other names when a thing (a film, a book) is asked', () => {
    const text = 'The prize went to actor Tom Grey for his role in Harbour Lights.';
    expect(tagged(text, 'name', 'which film won the prize', ['Tom Grey', 'Harbour Lights'], true)[0]).toBe(
      'Harbour Lights',
    );
    // Where a person is asked, the person still comes first.
    expect(tagged(text, 'name', 'who won the prize', ['Tom Grey', 'Harbour Lights'])[0]).toBe('Tom Grey');
  });
});

describe('which name a "where" question wants', () => {
  const places = (text: string, names: string[]) =>
    answerSpans(
      { text, quantities: [], names: () => names, tags: () => tagWords(text) },
      'place',
      question('where was he born'),
    ).map((s) => s.text);

  it('reads no place in a nationality, and a name before a common noun as less surely one', () => {
    expect(
      places('The actor, who was born in the Polish capital Easton, left school early.', [
        'Polish',
        'Easton',
      ]),
    ).toEqual(['Easton']);
    // After "in the ... town": the town's name is the place.
    expect(places('Film star Ann Grey was born in the seaside town Easton.', ['Ann Grey', 'Easton'])[0]).toBe(
      'Easton',
    );
    // "the Bobby Grey school": a name that describes a noun is less surely the place than one after "in".
    expect(places('The Bobby Grey school is now Easton Hall.', ['Bobby Grey', 'Easton Hall'])[0]).toBe(
      'Easton Hall',
    );
  });

  it('finds a name the tagger joined across a possessive or a comma, as written ("Easton’s Grand Hall")', () => {
    // The tagger gives "Easton Grand Hall" and "Ostrava Freedonia": the text writes "Easton's Grand Hall", "Ostrava, Freedonia".
    expect(places("The prize will be handed out at Easton's Grand Hall.", ['Easton Grand Hall'])[0]).toBe(
      "Easton's Grand Hall",
    );
    // Its parts are found apart, and given as the one place they write (span-25: "Ostrava, Freedonia").
    expect(places('The firm held its meeting in Ostrava, Freedonia.', ['Ostrava Freedonia'])[0]).toBe(
      'Ostrava, Freedonia',
    );
  });
});

describe('answerSpans: a place named with its venue, a quotation running past its sentence', () => {
  const source = (text: string, names: string[]) => ({
    text,
    quantities: [],
    names: () => names,
    tags: () => tagWords(text),
  });

  it('a place runs on through the noun of a venue the tagger leaves out ("Brindle Park")', () => {
    const text = 'The final will be played at Brindle Park in Easton on Sunday.';
    const found = answerSpans(
      source(text, ['Brindle', 'Easton']),
      'place',
      question('where is the final played'),
    );
    expect(found[0]?.text).toBe('Brindle Park');
  });

  it('an institution named after a place keeps its whole name ("the Easton School of Music")', () => {
    const text = 'In a speech at the Easton School of Music, Ann Grey promised reforms.';
    const found = answerSpans(source(text, ['Easton', 'Ann Grey']), 'place', question('where did she speak'));
    expect(found.map((s) => s.text)).toContain('Easton School of Music');
    expect(found.map((s) => s.text)).not.toContain('Easton');
  });

  it("a quotation opened and not closed in the fact (it runs on) is the subject's words", () => {
    const text = 'Ann Grey said: "I was very pleased with the way the young side played.';
    const found = answerSpans(source(text, ['Ann Grey']), 'statement', {
      ...question('what did Ann Grey say about the young side'),
      subject: new Set(stemsOf('Ann Grey')),
      about: new Set(stemsOf('young side')),
    });
    expect(found[0]?.text).toBe('I was very pleased with the way the young side played.');
    // A closed quotation of a word or two is no open one: what follows it is not a quotation.
    const closed = 'Ann Grey warned of "severe" damage to the young side this season.';
    expect(
      answerSpans(source(closed, ['Ann Grey']), 'statement', {
        ...question('what did Ann Grey say about the young side'),
        subject: new Set(stemsOf('Ann Grey')),
      }).map((s) => s.text),
    ).not.toContain(' damage to the young side this season.');
  });
});

describe('quotations pair by which way their marks face', () => {
  const source = (text: string, names: string[]) => ({
    text,
    quantities: [],
    names: () => names,
    tags: () => tagWords(text),
  });
  const said = (text: string) =>
    answerSpans(source(text, ['Ann Grey']), 'statement', {
      ...question('what did Ann Grey say about the merger'),
      subject: new Set(stemsOf('Ann Grey')),
    }).map((s) => s.text);

  it('a short quotation in the name does not pair with the quotation that follows it', () => {
    const text =
      'Ann "AG" Grey, chairman of the Easton Group, said: "No-one is better placed to lead the merger."';
    expect(said(text)[0]).toBe('No-one is better placed to lead the merger.');
    expect(said(text)).not.toContain(' Grey, chairman of the Easton Group, said: ');
  });

  it('a closing mark first ends a quotation begun in an earlier sentence, not one who said it opens', () => {
    const text = 'Staff can and they deserve to be told about the merger," said Ann Grey after the meeting.';
    expect(said(text)[0]).toBe('Staff can and they deserve to be told about the merger');
  });

  it("a short quotation of the asked speaker's opening the sentence is their words (answers-32)", () => {
    const text = '"It is mere tactics," wrote Ann Grey on the group\'s website.';
    const found = answerSpans({ ...source(text, ['Ann Grey']), speakers: () => ['Ann Grey'] }, 'statement', {
      ...question('Ann Grey on the merger'),
      subject: new Set(stemsOf('Ann Grey')),
      speaker: new Set(['grey']),
    }).map((s) => s.text);
    expect(found[0]).toBe('It is mere tactics');
    // Inside the sentence, such a quotation is a word of what was said, not the words.
    const inside = 'Ann Grey wrote that it was "mere tactics by rivals" on the website.';
    expect(
      answerSpans({ ...source(inside, ['Ann Grey']), speakers: () => ['Ann Grey'] }, 'statement', {
        ...question('Ann Grey on the merger'),
        subject: new Set(stemsOf('Ann Grey')),
        speaker: new Set(['grey']),
      }).map((s) => s.text)[0],
    ).not.toBe('mere tactics by rivals');
  });

  it('quotationsOf reads which way each straight mark faces', () => {
    const text = 'He said "no" twice: "We will not sell the firm," he said.';
    expect(quotationsOf(text).map((q) => text.slice(q.start, q.end))).toEqual([
      'no',
      'We will not sell the firm,',
    ]);
    const on = 'Ann Grey said: "I was pleased.';
    expect(quotationsOf(on)).toEqual([{ start: on.indexOf('I'), end: on.length, runsOn: true }]);
  });
});

describe('the level a change leaves, the nouns a count counts, a name given with a title', () => {
  const tagged = (text: string, wants: AnswerType, q: string, names: string[] = [], more = {}) =>
    answerSpans(
      { text, quantities: parseQuantities(text), names: () => names, tags: () => tagWords(text) },
      wants,
      {
        ...question(q),
        ...more,
      },
    ).map((s) => s.text);

  it('answers with the level reached in "from X to Y", not the level left, unless the question asks what it was', () => {
    const text = 'The budget cut the business tax from 30% to 29% and raised duty on fuel.';
    expect(tagged(text, 'percent', 'what is the new business tax rate')[0]).toBe('29%');
    const apart =
      'Its share of the market climbed from 41% at the close of 2001 to more than 47% by December 2002.';
    expect(tagged(apart, 'percent', 'its share of the market at the end of 2002')[0]).toBe('more than 47%');
    expect(tagged(text, 'percent', 'what was the business tax rate before the budget')).toContain('30%');
    expect(tagged(text, 'percent', 'what was the business tax rate before the budget')[0]).toBe('30%');
  });

  it('levelLeft needs "from" before the figure and "to" before the next of its kind', () => {
    const text = 'Sales fell from 5% to 3%, and 4% of staff left.';
    const qs = parseQuantities(text);
    expect(qs.map((q) => levelLeft(text, q, qs))).toEqual([true, false, false]);
    const plain = 'Profits rose 5% to $3bn from a year earlier.';
    const ps = parseQuantities(plain);
    expect(ps.some((q) => levelLeft(plain, q, ps))).toBe(false);
  });

  it('carries a count past a describing word between its nouns ("70 tax free shops")', () => {
    const text = 'The chain, which also operates 70 tax free shops in Spain, plans more.';
    expect(tagged(text, 'count', 'how many shops does it run')[0]).toBe('70 tax free shops');
  });

  it('gives no name the question gives, with a title and written with a hyphen ("Ms Ede-Grey")', () => {
    const text = 'Ms Ede-Grey is to be replaced by Tom Ward, a director of the company.';
    const found = tagged(
      text,
      'name',
      'who is taking over from Ann Ede-Grey as boss',
      ['Ede-Grey', 'Tom Ward'],
      {
        names: new Set(stemsOf('Ann Ede-Grey')),
      },
    );
    expect(found).toEqual(['Tom Ward']);
  });
});

describe('a range is one answer', () => {
  it('takes a length given as a range whole ("two or three weeks", "two to 2.5 hours")', () => {
    expect(spans('She will not be able to train for two or three weeks.', 'duration')[0]).toBe(
      'for two or three weeks',
    );
    expect(spans('The old cells lasted two to 2.5 hours on one charge.', 'duration')[0]).toBe(
      'two to 2.5 hours',
    );
    expect(spans('The strike could last 3-4 days.', 'duration')[0]).toBe('3-4 days');
  });

  it('takes days given as a range whole ("26-28 August", "3 to 5 May")', () => {
    expect(spans('The fair will be held on 26-28 August in the park.', 'date')[0]).toBe('26-28 August');
    expect(spans('Talks run from 3 to 5 May, officials said.', 'date')[0]).toBe('3 to 5 May');
  });
});

describe('a moment told from now', () => {
  it('answers "how long ago" with the period and its "ago"', () => {
    expect(spans('He left the club six weeks ago.', 'duration', 'how long ago did he leave')[0]).toBe(
      'six weeks ago',
    );
  });

  it('still weighs "six weeks ago" less than a length where "ago" is not asked', () => {
    const found = answerSpans(
      {
        text: 'He left six weeks ago and will be out for two months.',
        quantities: [],
        names: () => [],
      },
      'duration',
      question('how long will he be out'),
    );
    expect(found[0]?.text).toBe('for two months');
  });
});

describe('a name told as a person by "who" after it', () => {
  it('counts "Grey, who ..." as a person, however short the name', () => {
    const text = '"It was a joy," said Grey, who came to the party with her friend Tom Ward.';
    const found = answerSpans(
      { text, quantities: [], names: () => ['Grey', 'Tom Ward'] },
      'name',
      question('who sang in the film'),
    );
    expect(found[0]?.text).toBe('Grey');
    expect(found[0]?.kind).toBe('person');
  });
});

describe('a number joined by a slash', () => {
  it('reads no count in "9/11" or "24/7"', () => {
    const text = 'Fahrenheit 9/11 broke records, and the film made $12m in a month.';
    expect(spans(text, 'amount')).toEqual(['$12m']);
    expect(spans('The shop opens 24/7 and employs 30 staff.', 'count')).toEqual(['30 staff']);
  });
});

describe('who a person is, as the words round the name say', () => {
  const described = (text: string, subject: string) =>
    answerSpans({ text, quantities: [], names: () => [], tags: () => tagWords(text) }, 'description', {
      ...question(`who is ${subject}`),
      subject: new Set(stemsOf(subject)),
    }).map((s) => s.text);

  it('reads a role that opens the sentence, capitalized there ("Journalist Ann Grey writes")', () => {
    expect(described('Journalist Ann Grey writes: "We are new to this."', 'Ann Grey')[0]).toBe('Journalist');
  });

  it('reads a title before a name ("County Sheriff Tom Ward")', () => {
    expect(described('"I am not pleased," Easton County Sheriff Tom Ward said.', 'Tom Ward')[0]).toBe(
      'Easton County Sheriff',
    );
  });

  it('reads a description set off by a comma and ended by a verb of saying', () => {
    expect(
      described('Tom Ward, BCF president and longtime campaigner said: "It is wrong."', 'Tom Ward')[0],
    ).toBe('BCF president and longtime campaigner');
  });

  it('reads the description after an age set off after the name ("Ann Grey, 23, an archivist"; answers-31)', () => {
    const aged = described('Ann Grey, 23, an archivist from Easton, gave up riding at 10.', 'Ann Grey');
    expect(aged[0]).toBe('an archivist from Easton');
    expect(aged).not.toContain('23');
  });

  it('reads where a person is from ("Ann Grey from the Drivers\' Union")', () => {
    expect(described("Ann Grey from the Drivers' Union said members were angry.", 'Ann Grey')[0]).toBe(
      "from the Drivers' Union",
    );
  });

  it('reads a role that opens the sentence and is set off by a comma before the name', () => {
    expect(
      described('The chairman of the Pharmacy Board, Tom Ward QC has warned of a grave risk.', 'Tom Ward')[0],
    ).toBe('chairman of the Pharmacy Board');
    expect(described('When it reaches a town, Tom Ward builds a stadium.', 'Tom Ward')).not.toContain('town');
  });
});

describe('a title of a place is one name', () => {
  it('takes "the Bishop of Ashby", "the Mayor of Easton" whole', () => {
    const named = (text: string, names: string[]) =>
      answerSpans(
        { text, quantities: [], names: () => names },
        'name',
        question('who wrote to the parties'),
      ).map((s) => s.text);
    expect(named('Earlier the Bishop of Ashby wrote to the parties.', ['Bishop', 'Ashby'])[0]).toBe(
      'Bishop of Ashby',
    );
    expect(named('The Mayor of Easton wrote to the parties.', ['Mayor', 'Easton'])[0]).toBe(
      'Mayor of Easton',
    );
  });
});

describe('nearness across an aside', () => {
  it('counts a name as near the verb it is the subject of, past an aside set off by commas', () => {
    const text = 'Tom Ward, a 17-year-old singer from Ashby, beat Ann Grey and Bob Lee to win the prize.';
    const found = answerSpans(
      { text, quantities: [], names: () => ['Tom Ward', 'Ashby', 'Ann Grey', 'Bob Lee'] },
      'person',
      question('who won the prize'),
    );
    const near = byNearness(text, found, new Set(stemsOf('beat')));
    expect(near.find((s) => s.text === 'Tom Ward')?.far).toBeUndefined();
    expect(near[0]?.text).toBe('Tom Ward');
  });
});

describe('an age is told with its words', () => {
  it('answers "how old" with "age of 15", "aged 15", and counts an age less for "how many"', () => {
    const text = 'She signed with a label at the age of 15 and had 3 hits by 2004.';
    expect(spans(text, 'count', 'how old was she when she signed')[0]).toBe('age of 15');
    expect(spans('The striker, aged 19, scored 2 goals.', 'count', 'how old is the striker')[0]).toBe(
      'aged 19',
    );
    expect(spans(text, 'count', 'how many hits did she have', [], 'hits')[0]).toBe('3 hits');
  });
});

describe('a cause said to be behind something', () => {
  it('reads "X is thought to be behind Y" as a reason', () => {
    expect(
      spans('A spate of lawsuits is thought to be behind the shutting of the forum.', 'reason')[0],
    ).toMatch(/^A spate of lawsuits/);
  });
});

describe('who a person is, from a possessive before the name', () => {
  it('reads "Northfield\'s Tom Ward" as Tom Ward of Northfield', () => {
    const text = "The first question came from Northfield East's Tom Ward, who asked about schools.";
    const found = answerSpans(
      { text, quantities: [], names: () => [], tags: () => tagWords(text) },
      'description',
      {
        ...question('who is Tom Ward'),
        subject: new Set(stemsOf('Tom Ward')),
      },
    );
    expect(found.map((s) => s.text)).toContain('Northfield East');
  });
});

describe("the organisation named before a person's role", () => {
  it('takes "Ashby" from "Ashby defender Tom Ward" for "which club is Tom Ward with"', () => {
    const text = "Easton's Bob Lee is out injured, so uncapped Ashby defender Tom Ward is drafted in.";
    const found = answerSpans(
      {
        text,
        quantities: [],
        names: () => ["Easton's Bob Lee", 'Ashby', 'Tom Ward'],
        tags: () => tagWords(text),
      },
      'organisation',
      {
        ...question('which club is uncapped call-up Tom Ward with'),
        names: new Set(stemsOf('Tom Ward')),
        kindNoun: 'club',
      },
    );
    expect(found[0]?.text).toBe('Ashby');
  });
});

describe('the short answer inside the right fact (issue 21, forms-13)', () => {
  it('joins a period written in parts into one', () => {
    expect(spans('The top seed needed three hours 25 minutes to win.', 'duration')[0]).toBe(
      'three hours 25 minutes',
    );
    expect(spans('It lasted three years and six months in all.', 'duration')[0]).toBe(
      'three years and six months',
    );
    // A longer unit after a shorter one, or a period told from another moment, is another period.
    expect(spans('He waited 20 minutes and two hours later left.', 'duration')).toContain('20 minutes');
    expect(spans('He was jailed for 14 years and one day after that freed.', 'duration')).toContain(
      'for 14 years',
    );
  });

  it('reads a count of a fraction and a scale written in words whole', () => {
    expect(spans('There are now three and a half million bikes in its towns.', 'count')[0]).toBe(
      'three and a half million bikes',
    );
    // A number joined to another by "and" or "or" counts no "and".
    expect(spans('They won two and lost three of the games.', 'count')).not.toContain('two and');
  });

  it('reads a range written with "between" as one figure', () => {
    expect(spans('Between 12,000 and 18,000 tenants go to tribunals each year.', 'count')[0]).toBe(
      '12,000 and 18,000 tenants',
    );
    // Without "between", two figures joined by "and" stay two.
    expect(spans('Labour withdrew two posters and 4 new designs.', 'count')).not.toContain(
      'two posters and 4',
    );
  });

  it('takes the name set off by a comma after the noun asked, and counts the other names less', () => {
    const asked = (text: string, q: string, names: string[], kindNoun: string) =>
      answerSpans({ text, quantities: [], names: () => names, tags: () => tagWords(text) }, 'person', {
        ...question(q),
        names: new Set(stemsOf('Tom Ward')),
        kindNoun: stemsOf(kindNoun)[0] ?? '',
      });
    const found = asked(
      'Mr Ward held talks with his Kellish counterpart, Bob Lee, and the Ostravan leader, Ann Grey.',
      'Which Ostravan leader did Tom Ward meet?',
      ['Ward', 'Bob Lee', 'Ann Grey'],
      'leader',
    );
    expect(found[0]?.text).toBe('Ann Grey');
    expect(found.find((s) => s.text === 'Bob Lee')?.weight).toBeLessThan(1);
  });

  it("counts less the name the question's verb is done to, in the passive", () => {
    const text = 'Ashby boss Tom Ward was asked by the Kell ministers to carry out a study.';
    const found = answerSpans(
      { text, quantities: [], names: () => ['Ashby', 'Tom Ward', 'Kell'], tags: () => tagWords(text) },
      'name',
      question('Who asked Ashby to carry out a study?'),
    );
    expect(found.find((s) => s.text === 'Tom Ward')?.weight).toBeLessThanOrEqual(0.5);
    const active = answerSpans(
      {
        text: 'Ashby boss Tom Ward asked the ministers to carry out a study.',
        quantities: [],
        names: () => ['Ashby', 'Tom Ward'],
      },
      'name',
      question('Who asked Ashby to carry out a study?'),
    );
    expect(active.find((s) => s.text === 'Tom Ward')?.weight).toBe(1);
  });

  it('counts less a figure whose number the question gives', () => {
    const text = 'Ashby has pulled two adverts and unveiled five new designs.';
    expect(spans(text, 'count', 'how many new designs did Ashby unveil after pulling two')[0]).toBe(
      'five new designs',
    );
    // Without the number in the question, the first of two equally sure counts comes first.
    expect(spans(text, 'count', 'how many designs did Ashby unveil')[0]).toBe('two adverts');
  });
});

describe('a reason "as" opens, or a role or an example (issue 21, forms-15)', () => {
  const reasons = (text: string) =>
    answerSpans(
      { text, quantities: [], names: () => [], tags: () => tagWords(text) },
      'reason',
      question('why'),
    );

  it('keeps "as" after a verb of a post, with no verb of its own, for the ranking but not to give', () => {
    const found = reasons('Ann Grey has been fired as Easton coach only five months after taking charge.');
    expect(found.find((s) => s.text.startsWith('as Easton coach'))?.uncut).toBe(true);
    // The reason inside it is given on its own.
    expect(found.find((s) => s.text.startsWith('after taking charge'))?.uncut).toBeUndefined();
    expect(
      reasons('Tom Ward will serve as a press adviser to the Easton squad on their tour.')[0]?.uncut,
    ).toBe(true);
  });

  it('reads "such as" as an example, not a cause', () => {
    expect(reasons('Broadcasters such as Ashby TV and Easton could offer viewers points.')[0]?.uncut).toBe(
      true,
    );
  });

  it('gives "as" that opens a clause, or "as a ... of"', () => {
    const clause = reasons('Ashby rejected the offer as it does not reflect the value of the firm.');
    expect(clause[0]?.text).toBe('as it does not reflect the value of the firm');
    expect(clause[0]?.uncut).toBeUndefined();
    expect(reasons('Sales dropped as a consequence of poor weather.')[0]?.uncut).toBeUndefined();
    expect(reasons('Shares fell as the dollar weakened against the euro.')[0]?.uncut).toBeUndefined();
  });
});

describe('what X does: a clause set off after a name, or a verb that is not its own (issue 21, forms-15)', () => {
  const described = (text: string, subject: string, does = true) =>
    answerSpans({ text, quantities: [], names: () => [], tags: () => tagWords(text) }, 'description', {
      ...question(`what does ${subject} do`),
      subject: new Set(stemsOf(subject)),
      does,
    }).map((s) => s.text);

  it('reads no clause set off after the name as its description', () => {
    const seller = described(
      'The seller - property firm Ashby Homes - bought the hotel last year.',
      'Ashby Homes',
    );
    expect(seller).not.toContain('bought the hotel last year');
    expect(seller).toContain('property firm');
    const listed = described(
      'The Ashby Society, the Easton Trust and the Office for Skills are running the scheme.',
      'Ashby Society',
      false,
    );
    expect(listed.some((s) => s.includes('Easton Trust'))).toBe(false);
  });

  it('keeps a description opening on a word in -ing ("managing director of ...")', () => {
    expect(
      described('Tom Ward, managing director of Ashby Media, said it was early days.', 'Tom Ward', false),
    ).toContain('managing director of Ashby Media');
  });

  it('reads no verb after a name led by a preposition as what the name does', () => {
    const study = described('The study, for security firm Ashby, shows that users read warnings.', 'Ashby');
    expect(study.some((s) => s.startsWith('shows'))).toBe(false);
    expect(study).toContain('security firm');
    expect(described('Members of Ashby Club receive copies of the software.', 'Ashby Club')).toEqual([]);
    // The verb of which the name is the subject is still read.
    expect(described('Ashby Club runs coaching courses for young players.', 'Ashby Club')[0]).toMatch(
      /^runs/,
    );
  });

  it('reads no role that ends on "of" before the name ("copies of Ashby software")', () => {
    expect(described('Members receive advance copies of Ashby software.', 'Ashby', false)).not.toContain(
      'advance copies of',
    );
  });
});

describe('names as written, and a place not owned (issue 21, span-24)', () => {
  const names = (text: string, wants: AnswerType, q: string, tagger: string[]) =>
    answerSpans(
      { text, quantities: [], names: () => tagger, tags: () => tagWords(text) },
      wants,
      question(q),
    ).map((s) => s.text);

  it('runs a name on through the capitalized words the tagger left out of it', () => {
    const text = 'The film won best feature while Tom Ward won best director for his role.';
    expect(names(text, 'name', 'who won best director', ['Tom'])).toContain('Tom Ward');
    expect(names(text, 'name', 'who won best director', ['Tom'])).not.toContain('Tom');
    const venue = "The premiere at Grey's Royal Theatre followed the parade.";
    expect(names(venue, 'place', 'where was the premiere', ['Grey Royal'])).toContain("Grey's Royal Theatre");
  });

  it('cuts a name where a sentence ends inside it', () => {
    const text = 'The show is based on the console game Rising Moon. Call of Fate casts you as a pilot.';
    const found = names(text, 'name', 'which console game is the show based on', ['Moon. Call', 'Fate']);
    expect(found).toContain('Rising Moon');
    expect(found.some((n) => n.includes('.'))).toBe(false);
  });

  it('keeps a possessive before a name out of it, and a month or a day', () => {
    const text = "Ashby TV's Tom Ward said on Monday he would watch.";
    expect(names(text, 'person', 'which host said he would watch', ['Ashby TV', 'Tom Ward'])).toContain(
      'Tom Ward',
    );
    const day = 'Rovers beat Ashby Monday night.';
    expect(names(day, 'name', 'who beat Rovers', ['Rovers', 'Ashby'])).toContain('Ashby');
  });

  it('counts a place that owns the noun after it less than the place it names', () => {
    const text = "The unions will see the minister at Labour's autumn rally in Easton.";
    expect(names(text, 'place', 'where will the unions meet the minister', ['Labour', 'Easton'])[0]).toBe(
      'Easton',
    );
    const of = "She will be given the prize in Grey's hometown of Ashby.";
    expect(names(of, 'place', 'where will she be given the prize', ['Grey', 'Ashby'])[0]).toBe('Ashby');
  });
});

describe('a range of a count is one span (issue 21, span-24)', () => {
  it('joins "25 to 30 seats", not "from 25 to 30 seats"', () => {
    expect(spans('The party hopes to gain 25 to 30 seats.', 'count', 'how many seats', [], 'seats')[0]).toBe(
      '25 to 30 seats',
    );
    expect(
      spans('Its seats rose from 25 to 30 seats.', 'count', 'how many seats', [], 'seats'),
    ).not.toContain('from 25 to 30 seats');
    expect(
      spans('Its seats rose from 25 to 30 seats.', 'count', 'how many seats', [], 'seats'),
    ).not.toContain('25 to 30 seats');
  });
});

describe('statement spans read whose words a sentence gives from its article (issue 21)', () => {
  const asked = {
    ...question('what did Ann Grey say about the merger'),
    subject: new Set(stemsOf('Ann Grey')),
    speaker: new Set(stemsOf('Grey')),
  };
  const weightOf = (text: string, speakers?: string[]) =>
    answerSpans(
      { text, quantities: [], names: () => [], ...(speakers ? { speakers: () => speakers } : {}) },
      'statement',
      asked,
    )[0]?.weight ?? 0;

  it("counts the asked speaker's words above words the article gives another, whoever they mention", () => {
    const text = '"Ann Grey was given everything she asked for in the merger talks.';
    const theirs = weightOf(text, ['Ann Grey']);
    const another = weightOf(text, ['Tom Ward']);
    expect(theirs).toBeGreaterThan(another);
    // Unknown speaker: as before, by the name the sentence writes.
    expect(weightOf(text)).toBeGreaterThan(another);
  });

  it("reads a sentence inside the asked speaker's quotation that marks nothing as their words", () => {
    expect(weightOf('The merger was the right thing for all of us.', ['Ann Grey'])).toBeGreaterThan(0);
    expect(weightOf('The merger was the right thing for all of us.', ['Tom Ward'])).toBe(0);
  });

  it("takes a short sentence of a quotation running on as the asked speaker's words", () => {
    expect(weightOf('"The money is there.', ['Ann Grey'])).toBeGreaterThan(0);
    expect(weightOf('"The money is there.')).toBe(0);
  });
});

describe('span-25: places in parts, changes asked, words that count nothing', () => {
  const placed = (text: string, names: string[], q = '') =>
    answerSpans(
      { text, quantities: [], names: () => names, tags: () => tagWords(text) },
      'place',
      question(q),
    ).map((s) => s.text);

  it('gives a place written in parts as one: "Ashby, Northshire", "Easton and Weston"', () => {
    expect(
      placed('Tom Ward, from Ashby, Northshire, said he would go.', ['Tom Ward', 'Ashby', 'Northshire'])[0],
    ).toBe('Ashby, Northshire');
    expect(placed('The panel will meet fishermen in Easton and Weston.', ['Easton', 'Weston'])[0]).toBe(
      'Easton and Weston',
    );
    expect(placed('It is based in the island nation of Zorna and Vell.', ['Zorna', 'Vell'])[0]).toBe(
      'Zorna and Vell',
    );
  });

  it('keeps apart a place before a comma and a name with a verb of its own, or a place the question names', () => {
    const text = 'After the draw in Easton, Ashby face Weston on Wednesday.';
    expect(placed(text, ['Easton', 'Ashby', 'Weston'])).not.toContain('Easton, Ashby');
    // "where in Northshire": Ashby answers, not "Ashby, Northshire".
    expect(
      placed(
        'Tom Ward, from Ashby, Northshire, said he would go.',
        ['Tom Ward', 'Ashby', 'Northshire'],
        'Northshire',
      ),
    ).toContain('Ashby');
  });

  it('reads a change, where one is asked, from a verb of movement before it or a noun of one after it', () => {
    const change = (text: string) =>
      answerSpans({ text, quantities: parseQuantities(text), names: () => [] }, 'amount', {
        ...question('how much did shares jump'),
        change: true,
      }).map((s) => s.text);
    expect(change('Net profit surged 55% to 1.87bn rupees in the quarter.')[0]).toBe('55%');
    expect(change('The bank has seen a 14% jump in profits, to $3bn.')[0]).toBe('14%');
    expect(movedBy('Shares soared 12% to 300p.', { start: 14, end: 17 })).toBe(true);
    expect(movedBy('Shares soared 12% to 300p.', { start: 21, end: 25 })).toBe(false);
  });

  it('counts by the noun a "how many" asks, not the verb its head runs on to ("workers could")', () => {
    const text = 'Unions named 14 May for a strike that could involve up to 900,000 workers.';
    expect(spans(text, 'count', 'how many workers could walk out', [], 'workers could')[0]).toBe(
      'up to 900,000 workers',
    );
  });
});

describe('qualifiedDate', () => {
  it('keeps the word that narrows a date with it (made-up sentences)', () => {
    expect(spans('The Zedco pilot will start early in 2011 in two towns.', 'date')[0]).toBe('early in 2011');
    expect(spans('Ann Grey will report back late in the new year.', 'date')[0]).toBe('late in the new year');
    expect(spans('Ann Grey will report back in the new year.', 'date')[0]).toBe('in the new year');
  });

  it('leaves a date that already opens with its qualifier, or has none, as it is', () => {
    const text = 'Sales began in early 2009 and ended in 2010.';
    for (const w of ['early 2009', 'in 2010']) {
      const start = text.indexOf(w);
      const span = { text: w, start, end: start + w.length, weight: 1 };
      expect(qualifiedDate(text, span)).toEqual(span);
    }
  });
});

describe('span-33: an event is no one who did it, a title alone names no one, a level asked', () => {
  it('gives no event as who did it, and no title alone as a name', () => {
    const ranked = spans('Tom Ward beat the Easton Open winner.', 'person', 'who beat', [
      'Tom Ward',
      'Easton Open',
    ]);
    expect(ranked[0]).toBe('Tom Ward');
    const title = spans(
      'Deputy Secretary of the Ashby Board Petra Lund hit back.',
      'person',
      'which minister hit back',
      ['Secretary', 'Petra Lund'],
    );
    expect(title).not.toContain('Secretary');
    expect(title[0]).toMatch(/Petra Lund$/);
  });

  it('gives a level before a change when the question asks no movement', () => {
    const text = 'Easton TV saw its viewing share jump by 20% in March; it now sits at a mean of 28.6%.';
    expect(spans(text, 'percent', 'easton tv viewing share in march')[0]).toBe('28.6%');
    // A movement asked keeps the change first.
    expect(spans(text, 'percent', 'how much did its viewing share jump')[0]).toBe('20%');
  });
});

describe('span-33: a length of time as written', () => {
  it('keeps a qualifier of a length of time ("less than a week")', () => {
    expect(spans('Ann Grey stayed with the Ashby side for less than a week.', 'duration')[0]).toMatch(
      /(?:^|\s)less than a week$/,
    );
  });
});

describe('span-33: a period since a moment', () => {
  it('answers "how long" by "since 1997" below a length told as one', () => {
    expect(spans('He has been in the league since 1997 when he moved to Easton.', 'duration')[0]).toBe(
      'since 1997',
    );
    const both = spans('He has played for two years, in the league since June 2003.', 'duration');
    expect(both[0]).toMatch(/two years$/);
    expect(both).toContain('since June 2003');
  });
});
