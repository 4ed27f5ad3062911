import { describe, expect, it } from 'vitest';
import { holdsPhrase } from '../../src/index/fact-index.js';
import { article, indexOf } from '../helpers/index.js';

describe('FactIndex', () => {
  it('keeps an article’s short figure lines apart: not searched, not facts, given by linesOf', () => {
    const index = indexOf({
      a: 'Rovers win\n\nRovers beat Albion with a late goal from Smith.\n\nSmith 75.\n\n20,170.\n',
    });
    expect(index.factsOf('a').map((f) => f.text)).toEqual([
      'Rovers beat Albion with a late goal from Smith.',
    ]);
    expect(index.linesOf('a').map((f) => f.text)).toEqual(['Smith 75.', '20,170.']);
    expect(index.factCount).toBe(1);
    expect([...index.facts()].length).toBe(1);
    expect([...index.match([['smith']]).keys()]).toEqual(['a#0']);
    expect(index.linesOf('missing')).toEqual([]);
  });

  it('finds facts by stem, whatever the inflection', () => {
    const index = indexOf({ a: 'Headline One\n\nThe firm was valued at $3bn by its investors.\n' });
    expect([...index.match([['valu']]).keys()]).toEqual(['a#0']);
    expect(index.match([['nothing']]).size).toBe(0);
  });

  it('gives the facts of a match result in its order, by run of article, read once per result', () => {
    const index = indexOf({
      a: 'Headline One\n\nThe firm was valued at $3bn. Rivals were valued at less.\n',
      b: 'Headline Two\n\nIts value was put at $2bn.\n',
    });
    const result = index.match([['valu']]);
    const matched = index.factsOfMatch(result);
    expect(matched.facts.map((f) => f.id)).toEqual([...result.keys()]);
    expect(matched.facts.length).toBe(3);
    expect(matched.runs).toEqual(['a', 'b']);
    expect(matched.starts).toEqual([0, 2, 3]);
    expect(index.factsOfMatch(result)).toBe(matched);
  });

  it('numbers each fact of match results once, the same in every result, below factNumberBound', () => {
    const index = indexOf({
      a: 'Headline One\n\nThe firm was valued at $3bn. Rivals were valued at less.\n',
      b: 'Headline Two\n\nThe firm put its value at $2bn.\n',
    });
    const numberOf = new Map<string, number>();
    for (const stem of ['valu', 'firm', 'rival']) {
      const { facts, numbers } = index.factsOfMatch(index.match([[stem]]));
      expect(numbers.length).toBe(facts.length);
      facts.forEach((fact, i) => {
        const n = numbers[i] ?? -1;
        expect(numberOf.get(fact.id) ?? n).toBe(n);
        numberOf.set(fact.id, n);
      });
    }
    const all = [...numberOf.values()];
    expect(new Set(all).size).toBe(numberOf.size);
    expect(Math.max(...all)).toBeLessThan(index.factNumberBound);
    expect(Math.min(...all)).toBeGreaterThanOrEqual(0);
  });

  it('remembers the results of more words than a draft check looks up (a common word is not searched again)', () => {
    const index = indexOf({ a: 'Headline One\n\nThe firm was valued at $3bn by its investors.\n' });
    const first = index.match([['valu']]);
    for (let i = 0; i < 1000; i++) index.match([[`word${i}`]]);
    expect(index.match([['valu']])).toBe(first);
  });

  it('counts the facts holding a stem as match() finds them, function words, replaced and removed articles too', () => {
    const index = indexOf({
      a: 'Headline One\n\nThe firm was valued at $3bn. The rival was valued at less.\n',
      b: 'Headline Two\n\nThe value was put at $2bn by the firm.\n',
    });
    index.upsert(article('a', 'Headline One\n\nThe firm now employs 500 engineers.\n'));
    index.remove('b');
    for (const stem of ['firm', 'valu', 'the', 'engin', 'nothing'])
      expect(index.countMatching(stem)).toBe(index.match([[stem]]).size);
    expect(index.countMatching('firm')).toBe(1);
  });

  it('replaces a changed article and forgets a removed one', () => {
    const index = indexOf({ a: 'Headline One\n\nThe firm was valued at $3bn by its investors.\n' });
    index.upsert(article('a', 'Headline One\n\nThe firm now employs 500 engineers in Berlin.\n'));
    expect(index.match([['valu']]).size).toBe(0);
    expect(index.match([['engin']]).size).toBe(1);
    expect(index.factCount).toBe(1);
    expect(index.remove('a')).toBe(true);
    expect(index.match([['engin']]).size).toBe(0);
    expect(index.articleCount).toBe(0);
    expect(index.remove('a')).toBe(false);
  });

  it('finds a fact by id before and after articles change, whether it was looked up yet or not', () => {
    for (const lookFirst of [false, true]) {
      const index = indexOf({
        a: 'Headline One\n\nThe firm was valued at $3bn by its investors.\nIt has 200 staff.\n',
        b: 'Headline Two\n\nWidget Co sold 40,000 sprockets last year.\n',
      });
      if (lookFirst) expect(index.fact('a#1')?.text).toBe('It has 200 staff.');
      index.upsert(article('a', 'Headline One\n\nThe firm now employs 500 engineers in Berlin.\n'));
      index.upsert(article('c', 'Headline Three\n\nGadget Ltd hired 30 new sales staff this month.\n'));
      expect(index.fact('a#0')?.text).toBe('The firm now employs 500 engineers in Berlin.');
      expect(index.fact('a#1')).toBeUndefined();
      expect(index.fact('c#0')?.articleId).toBe('c');
      expect(index.remove('b')).toBe(true);
      expect(index.fact('b#0')).toBeUndefined();
      expect(index.factCount).toBe(2);
      expect([...index.facts()].map((f) => f.id)).toEqual(['a#0', 'c#0']);
    }
  });

  it('counts a synonym once: a fact matching several words of one concept scores as one match', () => {
    const index = indexOf({
      a: 'Headline One\n\nThe investment and the funding and the investor were all new here.\n',
      b: 'Headline Two\n\nThe investment was new here and quite large indeed.\n',
    });
    const one = index.match([['invest']]);
    const many = index.match([['invest'], ['fund'], ['investor']]);
    expect(many.get('a#0')).toBeLessThan(2 * (one.get('a#0') ?? 0));
  });

  it('reads the names of a fact when asked, and forgets them with the article', () => {
    const index = indexOf({ a: 'Headline One\n\nAcme Corp bought a stake in Widget Holdings today.\n' });
    const [fact] = index.facts();
    if (!fact) throw new Error('no fact');
    expect(index.entitiesOf(fact)).toEqual(['Acme Corp', 'Widget Holdings']);
    index.upsert(
      article('a', 'Headline One\n\nBrightside Capital bought a stake in Widget Holdings today.\n'),
    );
    const [changed] = index.facts();
    if (!changed) throw new Error('no fact');
    expect(index.entitiesOf(changed)).toEqual(['Brightside Capital', 'Widget Holdings']);
  });

  it('scores one word as it scores one phrase of several: the same facts, order and scores', () => {
    const index = indexOf({
      a: 'Headline One\n\nThe firm was valued at $3bn. Its value rose and its value fell.\n',
      b: 'Headline Two\n\nRivals were valued at much less than the firm was valued by its own investors.\n',
      c: 'Headline Three\n\nThe value of the deal was not given.\n',
    });
    // The second phrase matches nothing: the scores are those of the first alone, read by the
    // general path; one word alone takes the short one.
    const alone = [...index.match([['valu']])];
    const general = [...index.match([['valu'], ['nowhereword']])];
    expect(alone.length).toBe(4);
    expect(new Set(alone.map(([, score]) => score)).size).toBeGreaterThan(1);
    expect(alone).toEqual(general);
  });

  it('keeps, of a phrase of several words, only the facts that hold it, in the order the search finds them', () => {
    const index = indexOf({
      a: 'Headline One\n\nThe bank raised its interest rate again today.\n',
      b: 'Headline Two\n\nThe rate of growth drew interest from buyers.\n',
      c: 'Headline Three\n\nAn interest rate rise was expected by many.\n',
    });
    const phrase = index.match([['interest', 'rate']]);
    expect([...phrase.keys()]).toEqual(['a#0', 'c#0']);
    // With a word of its own as a second phrase: the phrase's facts first, then those of the word.
    const both = index.match([['interest', 'rate'], ['growth']]);
    expect([...both.keys()]).toEqual(['a#0', 'c#0', 'b#0']);
    expect([...index.match([['rate']]).keys()].sort()).toEqual(['a#0', 'b#0', 'c#0']);
  });

  it('does not index function words, but still finds the words around them', () => {
    const index = indexOf({ a: 'Headline One\n\nThe firm was valued at $3bn by its investors.\n' });
    expect(index.match([['the']]).size).toBe(0);
    expect(index.match([['valu', 'at']]).size).toBe(1);
  });
});

describe('holdsPhrase', () => {
  const words = (text: string) => text.split(' ');
  it('needs the words in order and close together', () => {
    expect(holdsPhrase(words('share in manchest unit were up over 5'), ['share', 'up'])).toBe(true);
    expect(
      holdsPhrase(words('set to invest approxim 15 billion in scale ai a data label start up'), [
        'set',
        'up',
      ]),
    ).toBe(false);
    expect(holdsPhrase(words('up the share'), ['share', 'up'])).toBe(false);
  });
});
