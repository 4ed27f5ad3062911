import { describe, expect, it } from 'vitest';
import { eventUnwritten } from '../../src/answer/event.js';

describe('eventUnwritten: a one-off event is dated, placed or named by a sentence that tells of it', () => {
  it('a sentence about another event of the subject gives no date of its founding', () => {
    expect(
      eventUnwritten(
        'when was Acme Stores founded?',
        "Following a larger-than-expected loss earlier this month, Acme Stores' slide into bankruptcy was expected.",
      ),
    ).toBe('founding');
    expect(eventUnwritten('what year did Jo Bloggs found his label?', 'Bloggs sold the label in 1999.')).toBe(
      'founding',
    );
  });

  it('a place someone worked is no birthplace; a past crime dates no wedding', () => {
    expect(eventUnwritten('where was Jo Bloggs born', 'Bloggs worked at Acme in Easton for years.')).toBe(
      'birth',
    );
    expect(
      eventUnwritten(
        'when is Jo Bloggs due to marry Ann Smith?',
        'Bloggs, who slashed a man in Easton in 1994, had been out to see his fiancée Ann Smith.',
      ),
    ).toBe('marriage');
    expect(
      eventUnwritten(
        'when did Acme launch its bid for Beta?',
        'Beta executives are set to leave on 28 January.',
      ),
    ).toBe('launch');
  });

  it('the event in its own words, or those news uses for it, answers', () => {
    expect(
      eventUnwritten('when was Acme Stores founded?', 'Acme Stores was set up in 1925.'),
    ).toBeUndefined();
    expect(eventUnwritten('when was Acme Stores founded?', 'Acme, established in 1925, ...')).toBeUndefined();
    expect(eventUnwritten('when did Jo Bloggs found Acme?', 'Bloggs founded Acme in 1982.')).toBeUndefined();
    expect(
      eventUnwritten('where was Jo Bloggs born', 'Bloggs, a native of Easton, said ...'),
    ).toBeUndefined();
    expect(eventUnwritten('where did Jo Bloggs die', 'Bloggs died in Easton on Monday.')).toBeUndefined();
    expect(eventUnwritten('when did Jo Bloggs marry?', 'Their wedding was in June.')).toBeUndefined();
    expect(
      eventUnwritten('when does the Acme store open?', 'The store will start trading in May.'),
    ).toBeUndefined();
    expect(
      eventUnwritten('when did Acme launch its bid?', 'Acme unveiled the bid on Monday.'),
    ).toBeUndefined();
  });

  it('a question of no one-off event, or one whose event is a name, is not read', () => {
    expect(eventUnwritten('when did Acme buy Beta?', 'Beta executives left on 28 January.')).toBeUndefined();
    expect(eventUnwritten('where was the body found?', 'Police searched Easton.')).toBeUndefined();
    expect(eventUnwritten('who won the Easton Open?', 'Jo Bloggs lost in Easton.')).toBeUndefined();
  });
});
