/**
 * Scores as claims: a result's value normalised (the winner's points first), its sides as the
 * sentence names them (the winner first when a verb or noun says who won), odds left out.
 */
import { describe, expect, it } from 'vitest';
import { normalScore, sameSide, scoreClaimsIn, scoreClaimsOf, sidesOf } from '../../src/claims/scores.js';
import { indexOf } from '../helpers/index.js';

const sides = (text: string, headline = false) => {
  const [claim] = scoreClaimsIn(text, 'a', { headline });
  return claim ? { value: claim.value, ...claim.sides } : undefined;
};

describe('scores as claims', () => {
  it('reads the winner before a verb of winning and the loser after it', () => {
    expect(sides('Northtown beat Southport 38-8 in the rain on Saturday.')).toMatchObject({
      value: '38-8',
      outcome: 'won',
      winner: 'Northtown',
      loser: 'Southport',
      names: ['Northtown', 'Southport'],
    });
    expect(sides("Kim, the third seed, saw off Ruritania's Ana Bolt 6-3 6-2.")).toMatchObject({
      value: '6-3 6-2',
      winner: 'Kim',
      loser: 'Ana Bolt',
    });
  });

  it('reads "lost to" and "a defeat to" with the other side as the winner', () => {
    expect(sides('Southport lost 28-17 to Northtown.')).toMatchObject({
      winner: 'Northtown',
      loser: 'Southport',
      value: '28-17',
    });
    expect(sides('Eastfield suffered a 2-1 defeat to Westbury.')).toMatchObject({
      winner: 'Westbury',
      loser: 'Eastfield',
    });
  });

  it('reads a win named by a noun, a draw, and a lead', () => {
    expect(sides("Northtown's 11-9 Six Nations win over Southport")).toMatchObject({
      winner: 'Northtown',
      loser: 'Southport',
    });
    expect(sides('Eastfield drew 0-0 with Westbury at home.')).toMatchObject({
      outcome: 'drew',
      names: ['Eastfield', 'Westbury'],
    });
    expect(sides("A late penalty extended Northtown's lead to 17-6.")).toMatchObject({
      outcome: 'led',
      winner: 'Northtown',
    });
  });

  it("gives a headline's sides their points and writes the winner's first", () => {
    expect(sides('Southport 8-38 Northtown', true)).toMatchObject({
      value: '38-8',
      winner: 'Northtown',
      loser: 'Southport',
      from: 'headline',
    });
  });

  it('leaves odds out and keeps tie-breaks apart', () => {
    expect(scoreClaimsIn('Kim is the 4-1 favourite with bookmakers.', 'a')).toEqual([]);
    const [claim] = scoreClaimsIn('Kim beat Ana Bolt 6-3 7-6 (10-8).', 'a');
    expect(claim).toMatchObject({ value: '6-3 7-6', detail: '10-8', measure: 'score' });
  });

  it('writes a one-score result winner first whichever way it is written', () => {
    const text = 'Southport lost 17-28 to Northtown.';
    const [span] = scoreClaimsIn(text, 'a');
    expect(span?.value).toBe('28-17');
    expect(normalScore(['1-1'], sidesOf(text, { start: 0, end: 0, sets: ['1-1'] }))).toBe('1-1');
  });

  it('reads the headline of an article as well as its sentences', () => {
    const index = indexOf({
      a: 'Southport 8-38 Northtown\n\nNorthtown ran in six tries in Rome. Coach Jo Bloggs said the 38-8 win was deserved.\n',
    });
    const claims = scoreClaimsOf(index, 'a');
    expect(claims.map((c) => [c.value, c.fact === undefined])).toEqual([
      ['38-8', true],
      ['38-8', false],
    ]);
  });

  it('takes two names for one side when they share a word', () => {
    expect(sameSide('Ana Bolt', 'Bolt')).toBe(true);
    expect(sameSide('Ana Bolt', 'Kim Sato')).toBe(false);
  });
});
