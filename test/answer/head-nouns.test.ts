import { afterEach, describe, expect, it } from 'vitest';
import { headKind, headPhrase, namedHead } from '../../src/answer/head-nouns.js';
import { readQuestion, useHeadNouns } from '../../src/answer/question.js';

const kindOfWord = (w: string) =>
  w === 'bill' ? ('money' as const) : w === 'crowd' ? ('count' as const) : undefined;

describe('headKind (nouns-34)', () => {
  it('reads a head noun of two words no single word of which names the kind', () => {
    expect(headKind(['federer', 'dubai', 'prize', 'money'], 3, kindOfWord)).toBe('money');
    expect(headKind(['ebbers', 'pay', 'package'], 2, kindOfWord)).toBe('money');
    expect(headKind(['festival', 'ticket', 'prices'], 2, kindOfWord)).toBe('money');
    expect(headKind(['quake', 'death', 'toll'], 2, kindOfWord)).toBe('count');
    expect(headKind(['grey', 'contract', 'length'], 2, kindOfWord)).toBe('duration');
    expect(headPhrase(['grey', 'pay', 'package'], 2)).toBe(true);
    expect(headPhrase(['grey', 'package'], 1)).toBe(false);
  });

  it('defers a qualifier to the noun before it, and names nothing for other words', () => {
    expect(headKind(['storm', 'insurance', 'bill', 'estimate'], 3, kindOfWord)).toBe('money');
    expect(headKind(['rovers', 'crowd', 'figure'], 2, kindOfWord)).toBe('count');
    expect(headKind(['rovers', 'stadium', 'estimate'], 2, kindOfWord)).toBeUndefined();
    expect(headKind(['money'], 0, kindOfWord)).toBeUndefined();
    expect(headKind(['easton', 'festival'], 1, kindOfWord)).toBeUndefined();
  });
});

describe('namedHead (nouns-34)', () => {
  it('reads a place, a count, a person or an organisation from the noun, and a title of two words', () => {
    expect(namedHead(['rovers', 'trial', 'city'], 2)).toEqual({ kind: 'place', head: 'city', from: 2 });
    expect(namedHead(['grey', 'peak', 'audience'], 2)?.kind).toBe('count');
    expect(namedHead(['grey', 'next', 'opponent'], 2)?.kind).toBe('person');
    expect(namedHead(['grey', 'current', 'club'], 2)?.kind).toBe('organisation');
    expect(namedHead(['brickworks', 'chief', 'executive', 'name'], 3)).toEqual({
      kind: 'person',
      head: 'executive',
      from: 1,
    });
    expect(namedHead(['brickworks', 'name'], 1)).toBeUndefined();
    expect(namedHead(['easton', 'festival'], 1)).toBeUndefined();
  });
});

describe('telegraphic queries typed by their head noun (nouns-34)', () => {
  afterEach(() => useHeadNouns(true));

  it('asks for money where the head noun is of two words or qualified, and not with the reading off', () => {
    expect(readQuestion('grey easton open prize money')).toEqual({ wants: 'money', named: 'prize money' });
    expect(readQuestion("ann grey's pay package at brickworks")).toEqual({
      wants: 'money',
      named: 'pay package',
    });
    expect(readQuestion('easton festival ticket prices')).toEqual({ wants: 'money', named: 'ticket prices' });
    expect(readQuestion('storm easton insurance bill estimate')).toEqual({ wants: 'money' });
    useHeadNouns(false);
    expect(readQuestion('grey easton open prize money')).toEqual({});
    expect(readQuestion("ann grey's pay package at brickworks")).toEqual({});
  });

  it('keeps the head noun alone a topic: the word of its phrase names no subject', () => {
    expect(readQuestion('prize money')).toEqual({});
    expect(readQuestion('ticket prices')).toEqual({});
  });

  it('types a query by a head noun of a kind of name, place or count, past a comma naming the story', () => {
    expect(readQuestion('rovers vod trial city')).toEqual({ wants: 'place' });
    expect(readQuestion('brickworks chief executive name, profits fall story')).toEqual({
      wants: 'person',
      head: 'executive',
    });
    expect(readQuestion("grey's current club, rovers chase")).toEqual({
      wants: 'organisation',
      head: 'club',
    });
    expect(readQuestion('Two Ronnies peak audience')).toEqual({ wants: 'count' });
    useHeadNouns(false);
    expect(readQuestion('rovers vod trial city')).toEqual({});
  });

  it('leaves a head noun after a preposition, after a question word or beside no name a topic', () => {
    expect(readQuestion('Ann Grey in talks over new coach')).toEqual({});
    expect(readQuestion('new coach')).toEqual({});
    expect(readQuestion('rovers v city')).not.toEqual({ wants: 'place' });
    expect(readQuestion("brickworks - what's it a market leader in")).not.toEqual({
      wants: 'person',
      head: 'leader',
    });
  });
});
