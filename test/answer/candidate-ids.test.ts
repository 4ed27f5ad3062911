import { describe, expect, it } from 'vitest';
import { coveredBy, eachId } from '../../src/answer/candidate-ids.js';

const ids = (maps: ReadonlyArray<ReadonlyMap<string, number>>) => {
  const out: string[] = [];
  eachId(maps, (id) => out.push(id));
  return out;
};

describe('eachId', () => {
  it('gives each id once, in the order a set filled map by map keeps', () => {
    const a = new Map([
      ['x#2', 1],
      ['y#0', 2],
      ['x#1', 3],
    ]);
    const b = new Map([
      ['z#4', 1],
      ['y#0', 5],
      ['w#1', 1],
    ]);
    const asSet = (maps: ReadonlyArray<ReadonlyMap<string, number>>) => [
      ...new Set(maps.flatMap((m) => [...m.keys()])),
    ];
    expect(ids([a, b])).toEqual(['x#2', 'y#0', 'x#1', 'z#4', 'w#1']);
    expect(ids([a, b])).toEqual(asSet([a, b]));
    expect(ids([b, a])).toEqual(asSet([b, a]));
    expect(ids([a])).toEqual(['x#2', 'y#0', 'x#1']);
    expect(ids([])).toEqual([]);
  });
});

describe('coveredBy', () => {
  it('sums the weights of the maps scoring the id above 0, to the bit of the list form', () => {
    const maps = [
      new Map([['f#1', 0.3]]),
      new Map([['f#1', 0]]),
      new Map([['g#2', 1.7]]),
      new Map([['f#1', 2.1]]),
    ];
    const weights = [0.1, 0.7, 0.2, 1 / 3];
    const plain = (id: string) =>
      maps.map((m) => m.get(id) ?? 0).reduce((sum, score, i) => sum + (score > 0 ? (weights[i] ?? 0) : 0), 0);
    expect(coveredBy(maps, weights, 'f#1')).toBe(0.1 + 1 / 3);
    for (const id of ['f#1', 'g#2', 'h#0'])
      expect(Object.is(coveredBy(maps, weights, id), plain(id))).toBe(true);
    expect(coveredBy(maps, weights, 'h#0')).toBe(0);
  });
});
