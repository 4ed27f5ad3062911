/**
 * A rare value is itself evidence: the facts that state a draft figure's value are its candidates
 * however few of its words they share, as a fallback where the words find nothing that counts.
 * Made-up articles; each outcome is worked out from their words and values.
 */
import { describe, expect, it } from 'vitest';
import { contextOf } from '../../src/check/align.js';
import { candidateFacts, checkDraft } from '../../src/check/check.js';
import { parseQuantities } from '../../src/facts/quantities.js';
import type { Fact } from '../../src/facts/types.js';
import type { FactIndex } from '../../src/index/fact-index.js';
import { idf } from '../../src/index/postings.js';
import { defaultVocabulary } from '../../src/index/vocabulary.js';
import { indexOf } from '../helpers/index.js';

const vocabulary = defaultVocabulary();
const DRAFT = "Lakonia's main index eased 0.37% on Friday.";

function search(index: FactIndex, draft: string, maxCandidates: number) {
  const figure = parseQuantities(draft).find((q) => q.kind === 'percent');
  if (!figure) throw new Error('no percentage');
  const context = contextOf(draft, figure, vocabulary);
  const rarity = (stem: string) => idf(index.factCount, index.countMatching(stem));
  const byValue = new Set<Fact>();
  const found = candidateFacts(
    index,
    context,
    rarity,
    'percent',
    undefined,
    maxCandidates,
    new Map(),
    new Set(),
    figure,
    byValue,
  );
  return { found: found.map((f) => f.text), byValue: [...byValue].map((f) => f.text) };
}

describe('candidates found by a rare value', () => {
  const index = indexOf({
    a: "Markets\n\nLakonia's main index rose 2.5% on Friday, its main index best day.\nLakonia's main index fell 1.2% on Friday morning.\n",
    b: 'Late trade\n\nThe benchmark gave up 0.37% in late trade, dealers said.\n',
  });

  it('adds a fact stating the value that the words left out', () => {
    const { found, byValue } = search(index, DRAFT, 1);
    expect(found).toHaveLength(2);
    expect(byValue).toEqual(['The benchmark gave up 0.37% in late trade, dealers said.']);
  });

  it('adds nothing the words found already', () => {
    const near = indexOf({
      a: "Markets\n\nLakonia's main index rose 2.5% on Friday, its main index best day.\n",
      b: 'Late trade\n\nThe main index eased 0.37% in late trade, dealers said.\n',
    });
    const { found, byValue } = search(near, DRAFT, 30);
    expect(found).toContain('The main index eased 0.37% in late trade, dealers said.');
    expect(byValue).toEqual([]);
  });

  it('does not search a value many facts hold', () => {
    const many: Record<string, string> = {};
    for (let i = 0; i < 60; i++)
      many[`n${i}`] = `Item ${i}\n\nSales of widget model ${i} rose 0.37% in the year to March.\n`;
    const crowded = indexOf({
      ...many,
      a: "Markets\n\nLakonia's main index rose 2.5% on Friday, its main index best day.\n",
    });
    expect(search(crowded, DRAFT, 1).byValue).toEqual([]);
  });
});

describe('a value found by itself is a fallback', () => {
  it('leaves the verdict to the facts the words found where one counts', () => {
    const index = indexOf({
      a: "Markets\n\nLakonia's main index rose 2.5% on Friday, its main index best day.\n",
      b: 'Lakonia trade\n\nIn Lakonia the benchmark eased 0.37% on Friday afternoon.\n',
    });
    const claim = checkDraft(index, DRAFT, { maxCandidates: 1, verdictModel: null }).claims[0];
    expect(claim?.verdict).not.toBe('supported');
    expect(claim?.coverage.map((v) => v.text)).not.toContain('0.37%');
  });
});
