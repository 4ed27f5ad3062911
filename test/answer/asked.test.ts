import { describe, expect, it } from 'vitest';
import {
  ageUnwritten,
  asksAge,
  moneyForCount,
  onlyExpected,
  onlyIfSo,
  periodUnwritten,
  rateUnwritten,
  roleUnwritten,
  scoreForCount,
  termUnwritten,
} from '../../src/answer/asked.js';

describe('ageUnwritten: "how old" is answered by an age, not any count', () => {
  const question = 'how old is Jo Bloggs, the language researcher?';

  it('a sentence that writes no age leaves the question unanswered', () => {
    expect(
      ageUnwritten(question, 'One weakness, said Mr Bloggs, was that nobody in the games spoke aloud.'),
    ).toBe(true);
    expect(ageUnwritten(question, 'Bloggs has worked on 12 games in three years.')).toBe(true);
  });

  it('an age as news writes one answers it', () => {
    expect(ageUnwritten(question, 'The 74-year-old researcher said so.')).toBe(false);
    expect(ageUnwritten(question, 'Bloggs, 34, said the games helped.')).toBe(false);
    expect(ageUnwritten(question, 'She signed her first deal at the age of 15.')).toBe(false);
    expect(ageUnwritten(question, 'Bloggs, aged fifteen, won.')).toBe(false);
    expect(ageUnwritten(question, 'He is now 40 years old.')).toBe(false);
    expect(ageUnwritten(question, 'Bloggs was born in May 1931.')).toBe(false);
    expect(ageUnwritten(question, 'Bloggs celebrated his 80th birthday on Monday.')).toBe(false);
    expect(ageUnwritten(question, 'Bloggs turned 50 in May.')).toBe(false);
  });

  it('the short answer must be the age, not another count of the sentence', () => {
    const sentence = 'One of the drawbacks, said Bloggs, 34, was noise.';
    const at = (text: string) => ({
      start: sentence.indexOf(text),
      end: sentence.indexOf(text) + text.length,
    });
    expect(ageUnwritten(question, sentence, at('One of the'))).toBe(true);
    expect(ageUnwritten(question, sentence, at('34'))).toBe(false);
    expect(ageUnwritten(question, sentence)).toBe(false);
  });

  it('an age asked as reporters type it: after a dash, or "age" as a headline noun (kind-30)', () => {
    expect(asksAge('Jo Bloggs age, games ban story')).toBe(true);
    expect(asksAge("jo bloggs's age, feud interview")).toBe(true);
    expect(asksAge('Easton film - how old was Bloggs when she signed')).toBe(true);
    expect(asksAge("what is Jo Bloggs's age?")).toBe(true);
    // A count of people of an age, a noun "age" qualifies: no age asked.
    expect(asksAge('how many Northland voters are of voting age')).toBe(false);
    expect(asksAge('what is the retirement age')).toBe(false);
    expect(asksAge('Is the government going to raise the state pension age?')).toBe(false);
    expect(asksAge('age limit for Easton drivers')).toBe(false);
    const sentence = 'Bloggs is appealing the eight year ban she was handed.';
    expect(ageUnwritten('Jo Bloggs age, games ban story', sentence)).toBe(true);
  });

  it('only an age question is held to it', () => {
    expect(ageUnwritten('how many games has Jo Bloggs made?', 'One of the drawbacks was noise.')).toBe(false);
    expect(asksAge('what age was Jo Bloggs when she signed?')).toBe(true);
    expect(asksAge('how many games has Jo Bloggs made?')).toBe(false);
  });
});

describe("termUnwritten: an agreement's length is told by a sentence on the agreement", () => {
  it('a length of another thing does not answer how long a contract runs', () => {
    const question = "How long is Jo Bloggs's contract as Northland manager?";
    expect(termUnwritten(question, 'Bloggs has picked his first squad for a four-day training camp.')).toBe(
      true,
    );
    expect(
      termUnwritten(
        'how long a deal did Jo Bloggs sign at Rovers?',
        'He will be the ninth manager in eight years.',
      ),
    ).toBe(true);
  });

  it('a sentence naming the agreement, or its signing, answers it', () => {
    const question = 'how long a deal did Jo Bloggs sign at Rovers?';
    expect(termUnwritten(question, 'Bloggs agreed a two-year contract on Friday.')).toBe(false);
    expect(termUnwritten(question, 'Bloggs has signed until the end of the 2007 season.')).toBe(false);
    expect(termUnwritten(question, 'The three-year deal was agreed on Monday.')).toBe(false);
    expect(termUnwritten(question, 'Bloggs will remain at Rovers for two more years.')).toBe(false);
  });

  it('a "how long" question on no agreement is not held to it', () => {
    expect(termUnwritten('how long was Jo Bloggs banned for?', 'He was suspended for two years.')).toBe(
      false,
    );
    expect(termUnwritten('how much is the deal worth?', 'It is worth £5m.')).toBe(false);
    // An agreement named after what "how long" asks of is not the thing whose length is asked.
    expect(termUnwritten('how long did it take to close the deal?', 'Talks went on for 18 months.')).toBe(
      false,
    );
    expect(termUnwritten('how long does the exclusive deal run?', 'It is the 15th year of the series.')).toBe(
      true,
    );
  });
});

describe('scoreForCount: a score counts no thing a "how many" question asks', () => {
  it('a score is no count', () => {
    expect(scoreForCount('count', '11-9')).toBe(true);
    expect(scoreForCount('count', '2 – 1')).toBe(true);
  });

  it('a count, or a score asked otherwise, is kept', () => {
    expect(scoreForCount('count', '11 caps')).toBe(false);
    expect(scoreForCount('count', '2004-05')).toBe(false);
    expect(scoreForCount('name', '11-9')).toBe(false);
  });
});

describe('onlyExpected: a figure that is, not one forecast or supposed', () => {
  const at = (sentence: string, text: string) => ({
    start: sentence.indexOf(text),
    end: sentence.indexOf(text) + text.length,
  });

  it('a forecast or a supposition does not answer a question about what is', () => {
    const forecast = 'Profit had been forecast to reach 6.7bn rupees.';
    expect(onlyExpected('Acme full-year profit?', forecast, at(forecast, '6.7bn rupees'))).toBe(true);
    const could = '"We might have filled a million seats," the promoter said.';
    expect(onlyExpected('how many seats has the band filled?', could, at(could, 'a million seats'))).toBe(
      true,
    );
  });

  it('a figure stated, or one a plan or a pending deal sets, answers it', () => {
    const stated = 'Net profit was 6.9bn rupees in the quarter.';
    expect(onlyExpected('Acme full-year profit?', stated, at(stated, '6.9bn rupees'))).toBe(false);
    const planned = 'The firm will pay $40m for the stadium.';
    expect(onlyExpected('how much is the firm paying for the stadium?', planned, at(planned, '$40m'))).toBe(
      false,
    );
    const pending = 'The sale is expected to raise $40m.';
    expect(onlyExpected('how much will the sale raise?', pending, at(pending, '$40m'))).toBe(false);
  });

  it('a question asking what was expected is answered by a forecast', () => {
    const forecast = 'Profit had been forecast to reach 6.7bn rupees.';
    for (const question of ['what profit had Acme been forecast to make?', 'how much could Acme make?'])
      expect(onlyExpected(question, forecast, at(forecast, '6.7bn rupees'))).toBe(false);
  });

  it('a question on a condition or by a year to come asks what is expected (silent-36)', () => {
    const forecast = 'Its share of the market is forecast to reach 47%.';
    for (const question of ['zedray share of the market if Acme signs up', 'zedray market share by end-2008'])
      expect(onlyExpected(question, forecast, at(forecast, '47%'))).toBe(false);
    // Without the reading (the option off), a forecast is no answer to it.
    expect(
      onlyExpected('zedray share of the market if Acme signs up', forecast, at(forecast, '47%'), false),
    ).toBe(true);
    expect(onlyExpected('zedray market share in 2004', forecast, at(forecast, '47%'))).toBe(true);
  });
});

describe('periodUnwritten: a figure of the quarter or half asked, not of another', () => {
  const asked = 'how much did Acme lose in the third quarter of 2004?';

  it('a sentence naming another quarter and not the one asked gives another figure', () => {
    expect(periodUnwritten(asked, 'Acme reported a loss of $387m for the fourth quarter of 2004.')).toBe(
      true,
    );
    expect(periodUnwritten('Acme Q3 loss?', 'Acme lost $20m in the first half.')).toBe(true);
  });

  it('the period asked, in any form, or none named, may answer it', () => {
    expect(periodUnwritten(asked, 'Acme lost $111m in Q3, after $50m in the second quarter.')).toBe(false);
    expect(periodUnwritten(asked, 'Acme lost $111m in the 13 weeks to 30 September.')).toBe(false);
    expect(periodUnwritten('how much did Acme lose in 2004?', 'Acme lost $9m in the fourth quarter.')).toBe(
      false,
    );
  });
});

describe('roleUnwritten: the holder of a role is named by a sentence that gives the role', () => {
  it('gives the role asked, as the question puts it, when the sentence writes no word of it', () => {
    expect(
      roleUnwritten(
        "who's the chief executive of Acme Bank?",
        'President Jo Bloggs said Acme Bank was sound.',
      ),
    ).toBe('the chief executive of Acme Bank');
    expect(roleUnwritten('who chairs the Easton inquiry?', 'Mr Bloggs claimed the inquiry had helped.')).toBe(
      'the chair of the Easton inquiry',
    );
    expect(roleUnwritten("who is Rovers' captain?", 'Jo Bloggs scored twice for Rovers.')).toBe(
      "Rovers' captain",
    );
  });

  it('names the role of a verb alone when the question names no owner', () => {
    expect(roleUnwritten('who runs?', 'Jo Bloggs said so.')).toBe('the head');
  });

  it('takes the role, or a word news uses for it, as written', () => {
    expect(
      roleUnwritten("who's the chief executive of Acme?", 'Acme chief executive Jo Bloggs said ...'),
    ).toBeUndefined();
    expect(
      roleUnwritten("who's the chief executive of Acme?", 'Acme boss Jo Bloggs said ...'),
    ).toBeUndefined();
    expect(
      roleUnwritten('who chairs the inquiry?', 'Jo Bloggs, who chaired the inquiry, said ...'),
    ).toBeUndefined();
    expect(roleUnwritten('who is the Rovers coach?', 'Rovers manager Jo Bloggs said ...')).toBeUndefined();
  });

  it("reads only a role asked of, not one of the question's subject", () => {
    expect(
      roleUnwritten('who did the Rovers manager blame?', 'Jo Bloggs blamed the referee.'),
    ).toBeUndefined();
    expect(roleUnwritten('who won the Easton title?', 'Jo Bloggs won.')).toBeUndefined();
  });
});

describe('onlyIfSo: a figure that was, not one supposed on a condition', () => {
  const at = (sentence: string, text: string) => ({
    start: sentence.indexOf(text),
    end: sentence.indexOf(text) + text.length,
  });
  const faced = 'Bloggs would serve up to 40 years if the jury finds against him.';
  const fine = 'If the panel rules against him, Bloggs might have to pay about £9,000.';

  it('a figure the sentence supposes on a condition does not answer what was', () => {
    expect(onlyIfSo('how long a sentence did Bloggs get?', faced, at(faced, '40 years'))).toBe(true);
    expect(onlyIfSo('how much was Bloggs fined?', fine, at(fine, 'about £9,000'))).toBe(true);
  });

  it('a question asking what may be, or one faced, is answered by it', () => {
    for (const question of [
      'how long could Bloggs be jailed for?',
      'what sentence does Bloggs face?',
      'what is the maximum fine Bloggs risks?',
      'how much would Bloggs be fined if found guilty?',
    ])
      expect(onlyIfSo(question, faced, at(faced, '40 years'))).toBe(false);
  });

  it("a figure stated, or supposed without a condition, is not this rule's", () => {
    const stated = 'Bloggs was jailed for 40 years on Monday.';
    expect(onlyIfSo('how long a sentence did Bloggs get?', stated, at(stated, '40 years'))).toBe(false);
    const forecast = 'The deal could be worth £9,000 to the club.';
    expect(onlyIfSo('how much is the deal worth?', forecast, at(forecast, '£9,000'))).toBe(false);
  });
});

describe('moneyForCount: a sum of money counts no thing a "how many" question asks', () => {
  it('a sum is no count of cars', () => {
    const question = 'how many Zephyr coupes will Acme Motors build a year?';
    expect(moneyForCount('count', question, 'tens of thousands of pounds')).toBe(true);
    expect(moneyForCount('count', question, '£80,000')).toBe(true);
    expect(moneyForCount('count', question, '40p')).toBe(true);
  });

  it('a count, a question counting money, or another type is kept', () => {
    expect(moneyForCount('count', 'how many coupes will Acme build?', '5,000 cars')).toBe(false);
    expect(moneyForCount('count', 'how many pounds does the Zephyr weigh?', '3,000 pounds')).toBe(false);
    expect(moneyForCount('money', 'how much is a Zephyr?', '£80,000')).toBe(false);
  });
});

describe('rateUnwritten: a figure per a unit is told by a sentence giving one per that unit', () => {
  const question = 'northland gas deal - what price per tonne';

  it('a total, or a figure per nothing, gives no figure per the unit asked', () => {
    expect(
      rateUnwritten(question, 'Northland has signed a $9bn deal to buy millions of tonnes of gas.'),
    ).toBe('tonne');
    expect(rateUnwritten('what per-share price is Acme offering?', 'Acme has bid $800m for Zenco.')).toBe(
      'share',
    );
  });

  it('a figure per the unit, in any of its forms, may answer it', () => {
    expect(rateUnwritten(question, 'The gas will cost $120 a tonne.')).toBeUndefined();
    expect(rateUnwritten(question, 'The gas will cost $120 per ton.')).toBeUndefined();
    expect(rateUnwritten('Acme offer per share?', 'Acme offered 300p for each Zenco share.')).toBeUndefined();
    expect(
      rateUnwritten('maternity pay per week?', 'It pledged weekly maternity pay of £170.'),
    ).toBeUndefined();
    expect(rateUnwritten('how much is Acme paying for Zenco?', 'Acme has bid $800m.')).toBeUndefined();
  });
});
