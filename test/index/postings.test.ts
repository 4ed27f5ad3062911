import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { bm25, idf, Postings } from '../../src/index/postings.js';

const docs = [
  'meta invest in scale ai',
  'meta take a 49 stake in scale',
  'scale valu at 29 billion after the invest',
  'the invest the invest the invest',
  'wang join meta',
];
const unindexed = new Set(['the', 'a', 'in', 'at']);

/** MiniSearch indexing the same words, as the engine used it before: the reference for scores. */
function reference(texts: readonly string[]): MiniSearch<{ id: number; terms: string }> {
  const search = new MiniSearch<{ id: number; terms: string }>({
    fields: ['terms'],
    tokenize: (text) => text.split(' '),
    processTerm: (term) => (term && !unindexed.has(term) ? term : null),
    searchOptions: { tokenize: (text) => text.split(' '), processTerm: (term) => term || null },
  });
  search.addAll(texts.map((terms, id) => ({ id, terms })));
  return search;
}

function postings(texts: readonly string[]): Postings<number> {
  const index = new Postings<number>((term) => term !== '' && !unindexed.has(term));
  texts.forEach((text, id) => {
    index.add(id, text.split(' '));
  });
  return index;
}

const scores = (found: ReadonlyMap<number, number>) =>
  [...found].sort((a, b) => a[0] - b[0]).map(([id, score]) => [id, Number(score.toFixed(9))]);

const miniScores = (search: MiniSearch, terms: string[]) =>
  scores(
    new Map(
      search
        .search(terms.length === 1 ? (terms[0] ?? '') : { combineWith: 'AND', queries: terms })
        .map((r) => [r.id as number, r.score]),
    ),
  );

describe('Postings', () => {
  it('scores one term and an AND of terms as MiniSearch does', () => {
    const ours = postings(docs);
    const theirs = reference(docs);
    for (const terms of [['invest'], ['meta'], ['meta', 'scale'], ['scale', 'invest'], ['meta', 'wang']])
      expect(scores(ours.searchAll(terms)), terms.join(' ')).toEqual(miniScores(theirs, terms));
  });

  it('finds nothing for an unknown or unindexed word, or for no words', () => {
    const index = postings(docs);
    expect(index.searchAll(['zebra']).size).toBe(0);
    expect(index.searchAll(['meta', 'zebra']).size).toBe(0);
    expect(index.searchAll(['the']).size).toBe(0);
    expect(index.searchAll([]).size).toBe(0);
  });

  it('after removals and replacements scores as a fresh index of what is left', () => {
    const index = postings(docs);
    expect(index.remove(1)).toBe(true);
    expect(index.remove(1)).toBe(false);
    index.add(4, 'wang leav meta for scale'.split(' '));
    const left = [docs[0], undefined, docs[2], docs[3], 'wang leav meta for scale'];
    const fresh = reference([]);
    left.forEach((terms, id) => {
      if (terms) fresh.add({ id, terms });
    });
    expect(index.size).toBe(4);
    for (const terms of [['meta'], ['scale'], ['wang', 'scale'], ['stake']])
      expect(scores(index.searchAll(terms)), terms.join(' ')).toEqual(miniScores(fresh, terms));
    expect(index.frequency('stake')).toBe(0);
    expect(index.frequency('meta')).toBe(2);
  });

  it('takes words as term numbers alike, and refuses a number it never gave', () => {
    const byWords = postings(docs);
    const byNumbers = new Postings<number>((term) => term !== '' && !unindexed.has(term));
    docs.forEach((text, id) => {
      byNumbers.addTerms(
        id,
        text.split(' ').map((w) => byNumbers.termOf(w)),
      );
    });
    expect(scores(byNumbers.searchAll(['scale', 'invest']))).toEqual(
      scores(byWords.searchAll(['scale', 'invest'])),
    );
    expect(() => byNumbers.addTerms(9, [12345])).toThrow(/termOf/);
  });

  it('indexes in bulk as one by one, and then takes more, replaces and removes alike', () => {
    const one = postings(docs);
    const bulk = new Postings<number>((term) => term !== '' && !unindexed.has(term));
    const table = [...new Set(docs.flatMap((d) => d.split(' ')))];
    const numbering = table.map((w) => bulk.termOf(w));
    bulk.addAll(
      docs.map((_, id) => id),
      docs.map((d) => d.split(' ').map((w) => table.indexOf(w))),
      numbering,
    );
    const queries = [['invest'], ['meta', 'scale'], ['scale', 'invest'], ['stake'], ['wang', 'meta']];
    for (const terms of queries)
      expect(scores(bulk.searchAll(terms)), terms.join(' ')).toEqual(scores(one.searchAll(terms)));
    for (const index of [one, bulk]) {
      index.add(5, 'meta stake in scale rise'.split(' '));
      index.add(2, 'scale valu fell'.split(' '));
      index.remove(0);
    }
    for (const terms of [...queries, ['rise'], ['fell', 'scale']])
      expect(scores(bulk.searchAll(terms)), terms.join(' ')).toEqual(scores(one.searchAll(terms)));
    expect(bulk.frequency('meta')).toBe(one.frequency('meta'));
    expect(bulk.size).toBe(one.size);
  });

  it('keeps its answers when dead documents are swept out, from the base segment too', () => {
    const index = new Postings<string>();
    const words = (i: number) => ['common', i % 2 ? 'odd' : 'even', `w${i}`];
    index.addAll(
      Array.from({ length: 1500 }, (_, i) => `d${i}`),
      Array.from({ length: 1500 }, (_, i) => words(i).map((w) => index.termOf(w))),
    );
    for (let i = 1500; i < 3000; i++) index.add(`d${i}`, words(i));
    for (let i = 0; i < 2500; i++) index.remove(`d${i}`);
    expect(index.size).toBe(500);
    expect(index.searchAll(['common']).size).toBe(500);
    expect(index.searchAll(['odd', 'common']).size).toBe(250);
    expect([...index.searchAll(['w2999'])].map(([id]) => id)).toEqual(['d2999']);
    expect(index.searchAll(['w10']).size).toBe(0);
  });
});

describe('bm25', () => {
  it('rewards more occurrences less and less, and rarer terms more', () => {
    const once = bm25(1, 10, 1000, 10, 10);
    const twice = bm25(2, 10, 1000, 10, 10);
    const thrice = bm25(3, 10, 1000, 10, 10);
    expect(twice).toBeGreaterThan(once);
    expect(thrice - twice).toBeLessThan(twice - once);
    expect(bm25(1, 500, 1000, 10, 10)).toBeLessThan(once);
    expect(bm25(1, 10, 1000, 40, 10)).toBeLessThan(once);
    expect(idf(1000, 1)).toBeGreaterThan(idf(1000, 999));
  });
});

describe('Postings.commonest', () => {
  it('lists the indexed words most documents hold, most held first, leaving out unindexed and removed ones', () => {
    const p = new Postings<string>((w) => w !== 'the');
    p.add('a', ['the', 'cat', 'sat', 'mat']);
    p.add('b', ['the', 'cat', 'ran']);
    p.add('c', ['the', 'dog', 'sat', 'cat']);
    p.add('d', ['the', 'dog', 'sat']);
    expect(p.commonest(2)).toEqual(['cat', 'sat']);
    expect(p.commonest(10)).toEqual(['cat', 'sat', 'dog', 'mat', 'ran']);
    p.remove('a');
    p.remove('b');
    // dog and sat in two documents (sat seen first), cat in one; mat and ran in none.
    expect(p.commonest(5)).toEqual(['sat', 'dog', 'cat']);
    expect(p.commonest(0)).toEqual([]);
  });
});
