/**
 * A draft names what it counts its own way ("nine countries" where the article says "seven
 * nations"): the counted noun's other nouns (align.ts COUNTED_NOUNS) weigh in the alignment and are
 * searched for the figure's candidates. Made-up articles; each outcome is worked out from their words.
 */
import { describe, expect, it } from 'vitest';
import { alignment, contextOf, countedNounsOf, synonymsOf } from '../../src/check/align.js';
import { candidateFacts, nounsSwapped } from '../../src/check/check.js';
import { parseQuantities, type Quantity } from '../../src/facts/quantities.js';
import { stemsOf } from '../../src/facts/terms.js';
import type { FactIndex } from '../../src/index/fact-index.js';
import { idf } from '../../src/index/postings.js';
import { defaultVocabulary } from '../../src/index/vocabulary.js';
import { indexOf } from '../helpers/index.js';

const vocabulary = defaultVocabulary();
const DRAFT = 'The Zorvan operation spanned nine countries.';

const figureOf = (text: string) => {
  const q = parseQuantities(text).find((p) => p.kind === 'count');
  if (!q) throw new Error('no count');
  return q;
};

describe('counted nouns', () => {
  it('gives a counted noun its other nouns, both ways, and nothing to other words', () => {
    const [countries] = stemsOf('countries');
    const [nations] = stemsOf('nations');
    expect(countedNounsOf(countries ?? '')).toContain(nations);
    expect(countedNounsOf(nations ?? '')).toContain(countries);
    expect(synonymsOf(vocabulary)(nations ?? '')).toContain(countries);
    expect(countedNounsOf(stemsOf('spanned')[0] ?? '')).toEqual([]);
  });

  it('aligns "seven nations" with "nine countries" better than an unrelated count', () => {
    const context = (text: string) => contextOf(text, figureOf(text), vocabulary);
    const draft = context(DRAFT);
    const synonyms = synonymsOf(vocabulary);
    const nations = alignment(
      draft,
      context('The Zorvan operation involved seven nations.'),
      () => 1,
      synonyms,
    );
    const without = alignment(draft, context('The Zorvan operation involved seven nations.'), () => 1);
    const officers = alignment(
      draft,
      context('The Zorvan operation involved seven officers.'),
      () => 1,
      synonyms,
    );
    expect(nations).toBeGreaterThan(without);
    expect(nations).toBeGreaterThan(officers);
  });
});

describe('candidates found by a counted noun’s other nouns', () => {
  const nations = 'Seven nations took part, police said.';
  const index = indexOf({
    z: `Police\n\n${nations}\n`,
    c: 'Trade\n\nExports went to 20 countries last year.\n',
  });
  const search = (synonyms?: (stem: string) => readonly string[]) => {
    const figure = figureOf(DRAFT);
    const context = contextOf(DRAFT, figure, vocabulary);
    const rarity = (stem: string) => idf(index.factCount, index.countMatching(stem));
    return candidateFacts(
      index as FactIndex,
      context,
      rarity,
      'count',
      undefined,
      5,
      new Map(),
      new Set(),
      figure,
      new Set(),
      synonyms,
    ).map((f) => f.text);
  };

  it('finds a sentence that names the noun otherwise and shares no other word', () => {
    expect(search()).not.toContain(nations);
    expect(search(countedNounsOf)).toContain(nations);
    expect(search(countedNounsOf)).toContain('Exports went to 20 countries last year.');
  });
});

describe("two counts given each other's nouns (check-36, nounsSwapped)", () => {
  const read = (t: string) => parseQuantities(t);
  const at = (qs: readonly Quantity[], text: string) => {
    const q = qs.find((x) => x.text.includes(text));
    if (!q) throw new Error(`no ${text}`);
    return q;
  };
  const coverage = read(
    'It sold guns to 23 people who were barred from owning them and delivered 36 guns to buyers.',
  );
  const draft = read(
    'It sold guns to 36 people barred from owning them and delivered 23 firearms to buyers.',
  );

  it("finds the coverage's count of the draft's noun, or of the noun the draft gives the rival's value", () => {
    // "36 people" stated by "36 guns": the coverage counts people at 23.
    expect(nounsSwapped(draft, at(draft, '36'), at(coverage, '36'), at(coverage, '23'))).toBe(true);
    // "23 firearms" stated by "23 people", a noun the draft counts at 36, the value of "36 guns".
    expect(nounsSwapped(draft, at(draft, '23'), at(coverage, '23'), at(coverage, '36'))).toBe(true);
  });

  it('finds nothing where the stating value counts the same noun, a name or a currency', () => {
    const same = read('It sold guns to 36 people and 23 guns to dealers.');
    expect(nounsSwapped(draft, at(draft, '36'), at(same, '36'), at(same, '23'))).toBe(false);
    const named = read('There would be 400 Senators, including 250 elected members.');
    const members = read('It would have 400 members, of whom 250 would be elected.');
    expect(nounsSwapped(members, at(members, '400'), at(named, '400'), at(named, '250'))).toBe(false);
    const money = read('Out go five million lira and the 20m note.');
    const bill = read('Out goes the 20m lira bill.');
    expect(nounsSwapped(bill, at(bill, '20m'), at(money, '20m'), at(money, 'five'))).toBe(false);
  });
});
