import { describe, expect, it } from 'vitest';
import { answerQuery as answerWith, lacksCounted } from '../../src/answer/answer.js';
import { countedHead, crowdUnwritten } from '../../src/answer/counted.js';
import { indexOf } from '../helpers/index.js';

const answerQuery = (index: ReturnType<typeof indexOf>, q: string, o = {}) =>
  answerWith(index, q, { answerableModel: false, ...o });

describe('what "how many" counts, read to its head noun (silent-36)', () => {
  it('countedHead: the last noun before the first verb, past names and adjectives', () => {
    expect(countedHead('how many old harbour songs will be performed at the show')).toBe('songs');
    expect(countedHead('metroways - how many coastville tube lines does it run')).toBe('lines');
    expect(countedHead('How many staff does Maltgate employ?')).toBe('staff');
    expect(countedHead('how many more bags went missing')).toBe('bags');
    expect(countedHead('what did the firm say?')).toBeUndefined();
    // A plural ends the phrase (the tagger may read the verb after it as a noun); a hyphenated word is whole.
    expect(countedHead('how many people work at the studio')).toBe('people');
    expect(countedHead('how many rolls-royces did the maker sell')).toBe('rolls-royces');
  });

  it('lacksCounted: the head noun counts as a word of what is counted', () => {
    const form = { wants: 'count' as const, head: 'coastville tube' };
    const text = 'Metroways, a rail operator with five lines, put forward a pay rise.';
    expect(lacksCounted(form, text)).toBe(true);
    expect(lacksCounted(form, text, [], 'lines')).toBe(false);
    expect(lacksCounted(form, 'Metroways offered 8% more.', [], 'lines')).toBe(true);
  });

  const index = indexOf({
    metro:
      'Strike called off\n\nMetroways, a rail operator with five lines around the capital, has put forward a pay rise.\nThe union had called a strike in Coastville for Monday.\n',
  });
  const question = 'metroways - how many coastville tube lines does it run';
  // The two words after "how many" ("coastville tube") are no word of the answering sentence.

  it('answers where the sentence writes the head noun, withheld without the reading', () => {
    expect(answerQuery(index, question).answer?.text).toMatch(/five lines/);
    const before = answerQuery(index, question, { countedHead: false });
    expect(before.answer).toBeUndefined();
    expect(before.note).toMatch(/^The coverage gives no number of coastville/);
  });

  it('names the head noun in the note where the sentence counts another thing', () => {
    const other = indexOf({
      metro:
        'Strike called off\n\nMetroways, the private firm, runs 300 buses and has offered an 8% pay rise.\nThe union had called a strike on the Coastville tube lines for Monday.\n',
    });
    const answer = answerQuery(other, question);
    expect(answer.answer).toBeUndefined();
    expect(answer.note).toMatch(/^The coverage gives no number of lines for/);
  });
});

describe('a crowd asked, another thing counted (silent-36)', () => {
  it('crowdUnwritten: a crowd asked and no word of one in the sentence', () => {
    expect(crowdUnwritten('rovers v city crowd', 'Rovers scored two goals in the first ten minutes.')).toBe(
      true,
    );
    expect(crowdUnwritten('rovers v city crowd', 'A crowd of 12,000 saw Rovers win.')).toBe(false);
    expect(crowdUnwritten('rovers v city crowd', 'Some 12,000 fans saw Rovers win.')).toBe(false);
    expect(crowdUnwritten('rovers v city goals', 'Rovers scored two goals.')).toBe(false);
  });

  const index = indexOf({
    match:
      'Rovers ease past City\n\nRovers wrapped up their Harbour Cup tie against City with two goals in the first ten minutes.\nCity had the better of the second half of Rovers v City at Harbour Park.\n',
  });
  const question = 'rovers v city harbour cup crowd';

  it('is silent with the note, where without the rule the goals are the answer', () => {
    const answer = answerQuery(index, question);
    expect(answer.answer).toBeUndefined();
    expect(answer.note).toMatch(/^The coverage gives no number/);
    expect(answer.facts.length).toBeLessThanOrEqual(2);
    expect(answerQuery(index, question, { crowdInAnswer: false }).answer?.text).toMatch(/two goals/);
  });
});
