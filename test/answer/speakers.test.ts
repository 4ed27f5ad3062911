import { describe, expect, it } from 'vitest';
import { speakerNames } from '../../src/answer/answer.js';
import { namedSpeakers, speakersOf } from '../../src/answer/speakers.js';
import { stem } from '../../src/facts/terms.js';

describe('namedSpeakers: who a sentence says speaks', () => {
  it('reads the speaker after a closing quotation mark and before a verb of saying', () => {
    expect(namedSpeakers('"We will build it," said Ann Grey.')).toEqual(['Ann Grey']);
    expect(namedSpeakers('"We will build it," Grey told the Easton Post.')).toEqual(['Grey']);
    expect(namedSpeakers('Rovers coach Tom Ward said: "We were robbed."')).toEqual(['Rovers coach Tom Ward']);
  });

  it('reads a name set off by commas and a name before "who"', () => {
    expect(namedSpeakers("The club's director, Ann Grey, stressed that the money was there.")).toEqual([
      'Ann Grey',
    ]);
    expect(namedSpeakers('Ann Grey, chair of the Easton Trust, said the plan would go ahead.')).toEqual([
      'Ann Grey',
    ]);
    expect(namedSpeakers('It is a first for Grey, 49, who told reporters she was thrilled.')).toEqual([
      'Grey',
    ]);
  });

  it('reads no speaker from a description, a passive or words inside a quotation', () => {
    expect(namedSpeakers('The star of the film said the culture was "in a bad way".')).toEqual([]);
    expect(namedSpeakers('His team were refused three penalties in the closing minutes.')).toEqual([]);
    expect(namedSpeakers('"Ward said he would stay and he did," she added.')).toEqual(['she']);
  });
});

describe('speakersOf: whose words each sentence of an article gives', () => {
  it('carries a speaker over a quotation of several sentences and paragraphs', () => {
    const texts = [
      'Rovers have been promised money for new players.',
      'Rovers director Ann Grey said: "The money is there.',
      'We will spend it this summer."',
      '"Our finances are very strong.',
      'The board meets every month and we know the figures."',
      'Town manager Tom Ward disagreed.',
    ];
    const speakers = speakersOf(texts);
    expect(speakers[0]).toEqual([]);
    for (const i of [1, 2, 3, 4]) expect(speakers[i]).toEqual(['Rovers director Ann Grey']);
    expect(speakers[5]).toEqual([]);
  });

  it('reads the speaker of a quotation that runs on from the sentence that closes it', () => {
    const speakers = speakersOf(['"The money is there.', 'Do not worry," Grey told the paper.']);
    expect(speakers[0]).toEqual(['Grey']);
    expect(speakers[1]).toEqual(['Grey']);
  });

  it('writes a speaker named once in full as the article first names them', () => {
    const speakers = speakersOf([
      'Singer Ann Grey chased the burglar out of her house.',
      '"I acted on impulse," Grey said.',
    ]);
    expect(speakers[1]?.[0]).toMatch(/\bAnn Grey$/);
  });

  it('reads "he said" as the speaker named just before, and no one when that is far back', () => {
    const near = speakersOf(['Tom Ward said the deal was done.', '"It is a good day," he said.']);
    expect(near[1]).toEqual(['Tom Ward']);
    const far = speakersOf([
      'Tom Ward said the deal was done.',
      'The club was sold in May.',
      'Its new owners are from Easton.',
      'The fans were told in June.',
      '"It is a good day for all of us," she said.',
    ]);
    expect(far[4]).toEqual([]);
  });

  it('ends a quotation left open when a sentence of the article follows that speaks as nobody', () => {
    const speakers = speakersOf([
      'Tom Ward said: "The main worry is my age.',
      'Ward joined Rovers from Town in 2003 and struggled at first.',
    ]);
    expect(speakers[0]).toEqual(['Tom Ward']);
    expect(speakers[1]).toEqual([]);
  });
});

describe('speakerNames: the name of the speaker a what-said question asks about', () => {
  it("takes the last word of the last name not said as another's, past a title", () => {
    expect([...speakerNames("Rovers' Ann Grey")]).toEqual([stem('Grey')]);
    expect([...speakerNames('Mr Ward')]).toEqual([stem('Ward')]);
    expect([...speakerNames('Tom Ward of the Easton Post')]).toEqual([stem('Ward')]);
  });

  it("takes a lower-case subject's words", () => {
    expect(speakerNames('the chancellor').has(stem('chancellor'))).toBe(true);
  });
});
