import { describe, expect, it } from 'vitest';
import { type KindSpan, kindMisfit, placeOfEvent } from '../../src/answer/kinds.js';

/** The span of `text` in `sentence`, with the kind its context was read as naming, if any. */
const at = (sentence: string, text: string, kind?: KindSpan['kind']): KindSpan => ({
  text,
  start: sentence.indexOf(text),
  end: sentence.indexOf(text) + text.length,
  ...(kind ? { kind } : {}),
});

describe('kindMisfit: a short answer of another kind than the one asked', () => {
  it('"where" is not answered by a person the words round the name say is one', () => {
    const s = 'Mr Grey will succeed Tom Ward as president of Easton Mobile, the third operator, in April.';
    const q = 'where is Easton Mobile headquartered';
    expect(kindMisfit({ wants: 'place' }, q, s, at(s, 'Mr Grey', 'person'))).toBe('person');
    const t = 'Tom Ward, who was also president, left the company.';
    expect(kindMisfit({ wants: 'place' }, q, t, at(t, 'Tom Ward', 'person'))).toBe('person');
    const u = 'Northland striker Tom Ward hopes to return next season.';
    expect(kindMisfit({ wants: 'place' }, q, u, at(u, 'Tom Ward', 'person'))).toBe('person');
  });

  it('a name of two words read as a person only by its length may still be a place', () => {
    const s = 'The rival forum is being held in Porto Fino this year.';
    expect(
      kindMisfit({ wants: 'place' }, 'where is the forum', s, at(s, 'Porto Fino', 'person')),
    ).toBeUndefined();
    const t = 'He will go to South Africa as high commissioner.';
    expect(
      kindMisfit({ wants: 'place' }, 'where is he going', t, at(t, 'South Africa', 'person')),
    ).toBeUndefined();
  });

  it('"where" is not answered by an organisation, a country is a place', () => {
    const s = 'The appeal is backed by the UN and by Spain.';
    const q = 'which countries back the appeal';
    expect(kindMisfit({ wants: 'place' }, q, s, at(s, 'UN', 'organisation'))).toBe('organisation');
    expect(kindMisfit({ wants: 'place' }, q, s, at(s, 'Spain'))).toBeUndefined();
  });

  it('a person or an organisation asked is not answered by a country or a nationality', () => {
    const s = 'The coach thinks little of the Easton friendly, a game in a region of Spain.';
    expect(kindMisfit({ wants: 'person', head: 'player' }, 'which player', s, at(s, 'Spain'))).toBe('region');
    const t = 'The Belgian had tested positive.';
    expect(kindMisfit({ wants: 'organisation' }, 'which club', t, at(t, 'Belgian'))).toBe('nationality');
    expect(kindMisfit({ wants: 'person' }, 'who', s, at(s, 'Easton'))).toBeUndefined();
  });

  it('a "who" question is not answered by a country, unless it names the kind of thing asked', () => {
    const s = 'Shares in Easton Rovers, Germany’s only listed club, fell.';
    expect(kindMisfit({ wants: 'name' }, 'who took over as chief executive', s, at(s, 'Germany'))).toBe(
      'region',
    );
    expect(
      kindMisfit({ wants: 'name', head: 'album' }, 'which album won', s, at(s, 'Germany')),
    ).toBeUndefined();
  });

  it('an age asked is answered by an age, not a length of another thing', () => {
    const s = 'Jo Bloggs, 25, is appealing the eight year ban she was handed.';
    const q = 'Jo Bloggs age, ban story';
    expect(kindMisfit({ wants: 'duration' }, q, s, at(s, 'eight year'))).toBe('no age');
    expect(kindMisfit({ wants: 'count' }, q, s, at(s, '25'))).toBeUndefined();
    expect(kindMisfit({ wants: 'duration' }, 'how long is the ban', s, at(s, 'eight year'))).toBeUndefined();
  });

  it('"what year" is answered by a year, not a day of no year', () => {
    const s = 'The band will play at the Easton Academy on 19 February.';
    expect(kindMisfit({ wants: 'date' }, 'what year did the band win', s, at(s, '19 February'))).toBe(
      'no year',
    );
    expect(kindMisfit({ wants: 'date' }, 'debut album release year?', s, at(s, '19 February'))).toBe(
      'no year',
    );
    const t = 'The band won in 1995.';
    expect(kindMisfit({ wants: 'date' }, 'what year did the band win', t, at(t, '1995'))).toBeUndefined();
    // "this year" says when, it asks no year.
    expect(
      kindMisfit({ wants: 'date' }, 'when is the run this year', s, at(s, '19 February')),
    ).toBeUndefined();
    expect(kindMisfit({ wants: 'date' }, 'when did the band play', s, at(s, '19 February'))).toBeUndefined();
  });
});

describe('kindMisfit: "when" asks the date of an event, not any date', () => {
  it('a sentence that tells not the founding, the birth, the opening gives another date', () => {
    const s = 'Easton Wines made $69m in sales over the twelve months to 31 December 2003.';
    expect(kindMisfit({ wants: 'date' }, 'when was Easton Wines founded', s, at(s, '31 December 2003'))).toBe(
      'another event',
    );
    const t = 'Easton Wines was set up in 1972 by two brothers.';
    expect(
      kindMisfit({ wants: 'date' }, 'when was Easton Wines founded', t, at(t, 'in 1972')),
    ).toBeUndefined();
    const u = 'Bloggs had heart surgery in 2004.';
    expect(kindMisfit({ wants: 'date' }, 'when was Jo Bloggs born', u, at(u, 'in 2004'))).toBe(
      'another event',
    );
    const v = "Easton's festival screens the film on 18 March.";
    expect(
      kindMisfit({ wants: 'date' }, 'when does the film premiere', v, at(v, 'on 18 March')),
    ).toBeUndefined();
  });

  it('a question of no such event, or one inside another word, asks any date of it', () => {
    const s = 'He was last at the top of the charts in June 2002.';
    expect(
      kindMisfit(
        { wants: 'date' },
        'when was he last number one before the re-release',
        s,
        at(s, 'June 2002'),
      ),
    ).toBeUndefined();
    expect(
      kindMisfit({ wants: 'date' }, 'when did he top the charts', s, at(s, 'June 2002')),
    ).toBeUndefined();
  });
});

describe('kindMisfit: a date opened by "from" tells a start', () => {
  it('answers when something started or opens, not when it was founded', () => {
    const s = 'Bloggs worked with the band from 1977 until 1981.';
    expect(
      kindMisfit({ wants: 'date' }, 'when did Jo Bloggs start at the label', s, at(s, 'from 1977')),
    ).toBeUndefined();
    expect(kindMisfit({ wants: 'date' }, 'when did Jo Bloggs start at the label', s, at(s, '1981'))).toBe(
      'another event',
    );
    const t = 'Savings of $2bn from 2008 drove the merger.';
    expect(kindMisfit({ wants: 'date' }, 'when was Easton Wines set up', t, at(t, 'from 2008'))).toBe(
      'another event',
    );
  });

  it('a "where" of an event reads a place told by that event, in its clause (event-35)', () => {
    const died =
      'Jo Bloggs, who led the Easton council for twenty years and fought the new bypass, has died.';
    const home = 'He was 84 and died at his home in Weston.';
    const q = 'where did Jo Bloggs die';
    expect(placeOfEvent(q, died, at(died, 'Easton'), 40)).toBe(false);
    expect(placeOfEvent(q, home, at(home, 'Weston'), 40)).toBe(true);
    // The same clause: a death told after a semicolon, or far off, is another clause's.
    const far = 'The show opened in Weston last spring; its star died in March.';
    expect(placeOfEvent(q, far, at(far, 'Weston'), 40)).toBe(false);
    // 0: anywhere in the sentence.
    expect(placeOfEvent(q, far, at(far, 'Weston'), 0)).toBe(true);
    expect(placeOfEvent(q, died, at(died, 'Easton'), 0)).toBe(true);
  });

  it('a "where" of no event, or of a capitalized name, asks of no event', () => {
    const s = 'The Easton Open is played at Ashby Park.';
    expect(placeOfEvent('where is Jo Bloggs based', s, at(s, 'Ashby Park'), 40)).toBeUndefined();
    expect(placeOfEvent('where did Bloggs win the Easton Open', s, at(s, 'Ashby Park'), 40)).toBeUndefined();
    // A paraphrase of the event asked tells it: "unveiled" by "announced".
    const u = 'The prize will be announced at the Weston Book Fair.';
    expect(placeOfEvent('where will the prize be unveiled', u, at(u, 'Weston Book Fair'), 40)).toBe(true);
    const v = 'The prize, sponsored by Weston Books, is worth £5,000.';
    expect(placeOfEvent('where will the prize be unveiled', v, at(v, 'Weston Books'), 40)).toBe(false);
  });
});
