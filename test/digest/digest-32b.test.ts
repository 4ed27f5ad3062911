/**
 * Issue 20 §4 (digest-32b): a figure an earlier article gave as a plan (proposed, expected) is
 * changed by what a later article reports came of it; a report is never changed by a plan.
 */
import { describe, expect, it } from 'vitest';
import { buildDigest, modalityFollows } from '../../src/digest/build.js';
import { indexOf } from '../helpers/index.js';

const at = { now: new Date('2026-11-24T08:00:00Z') };

describe('a plan is changed by what came of it', () => {
  it('reads a proposal, an expectation and a report as following one another, not the reverse', () => {
    expect(modalityFollows('proposed', 'reported')).toBe(true);
    expect(modalityFollows('expected', 'proposed')).toBe(true);
    expect(modalityFollows('reported', 'reported')).toBe(true);
    expect(modalityFollows('reported', 'expected')).toBe(false);
    expect(modalityFollows('proposed', 'denied')).toBe(false);
  });

  const a = `Velmar seeks lifeline\n\nThe government of Ostrava plans to give $2bn in aid to the carmaker Velmar, ministers said on Monday. Velmar has struggled with falling sales in its home market for three years. Unions said they would study the plan before the vote.\n`;
  const b = `Velmar rescue agreed\n\nOstrava agreed $2.6bn in aid for the carmaker Velmar after talks with its lenders. The carmaker will keep its two plants open under the terms, its chairman said. Workers cheered outside the main factory.\n`;

  it('says the agreed package against the package an earlier article said was proposed', () => {
    const d = buildDigest(indexOf({ a, b }), { ...at, previousArticleIds: ['a'] });
    const change = d.changes.find((c) => c.now.figure === '$2.6bn');
    expect(change?.before.figure).toBe('$2bn');
  });

  it('says no change where the proposal comes after the package agreed', () => {
    const d = buildDigest(indexOf({ a: b, b: a }), { ...at, previousArticleIds: ['a'] });
    expect(d.changes).toEqual([]);
  });

  it('says no change where the package agreed is the amount proposed', () => {
    const same = b.replace('$2.6bn', '$2bn');
    const d = buildDigest(indexOf({ a, b: same }), { ...at, previousArticleIds: ['a'] });
    expect(d.changes).toEqual([]);
  });
});

describe('a sum added to a total is not the total', () => {
  const a = `Velmar gets lifeline\n\nThe government of Ostrava agreed $2bn in aid for the carmaker Velmar, ministers said on Monday. Velmar has struggled with falling sales in its home market for three years. Unions said they would study the terms before the vote.\n`;
  const b = `Velmar rescue grows\n\nOstrava added $600m to its aid for the carmaker Velmar after talks with its lenders. The carmaker will keep its two plants open under the terms, its chairman said. Workers cheered outside the main factory.\n`;

  it('says no change from the total to the sum a later article says was added to it', () => {
    const d = buildDigest(indexOf({ a, b }), { ...at, previousArticleIds: ['a'] });
    expect(d.changes).toEqual([]);
    expect(d.newArticles[0]?.adds?.some((x) => x.figure === '$600m')).toBe(true);
  });

  it('still says the new total where the later article gives one', () => {
    const total = b.replace('added $600m to its aid for', 'agreed $2.6bn in aid for');
    const d = buildDigest(indexOf({ a, b: total }), { ...at, previousArticleIds: ['a'] });
    expect(d.changes.find((c) => c.now.figure === '$2.6bn')?.before.figure).toBe('$2bn');
  });
});
