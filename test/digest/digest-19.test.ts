/**
 * Issue 20 (digest-19): a figure whose measure the claims layer reads, though its sentence does not
 * write the measure's word ("left rates on hold at 4.75%" read as a stake), is shown untitled but
 * still ranks as a measured claim for the top line: two articles stating it are enough.
 */
import { describe, expect, it } from 'vitest';
import { buildDigest, measuredClaim } from '../../src/digest/build.js';
import type { FigureMention } from '../../src/digest/figures.js';
import { indexOf } from '../helpers/index.js';

const at = { now: new Date('2026-11-24T08:00:00Z') };

describe('measuredClaim', () => {
  const mention = (m: Partial<FigureMention>) => m as FigureMention;
  it('counts a measure read but not written as a measured claim', () => {
    expect(measuredClaim({ mentions: [mention({}), mention({ measureRead: true })] })).toBe(true);
  });
  it('does not count a figure no measure was read for', () => {
    expect(measuredClaim({ mentions: [mention({}), mention({})] })).toBe(false);
  });
});

describe('the top line of a figure whose measure is read but not written', () => {
  it('leads with it when two articles state it', () => {
    const index = indexOf({
      a: 'Rates held\n\nThe Bank of Zedland left its key lending rate on hold at 4.75% on Thursday, as analysts had expected.\n',
      b: 'Bank waits\n\nThe Bank of Zedland has kept its key lending rate on hold at 4.75% for the sixth month in a row, citing a slowing housing market.\n',
      c: 'Shops slow\n\nHigh street sales in Zedland grew more slowly in the run-up to Christmas, a survey of retailers in the country said.\n',
    });
    const d = buildDigest(index, at);
    const top = d.topLine[0];
    expect(top?.figure).toMatch(/4\.75%/);
    expect([top?.source.id, ...(top?.also ?? []).map((c) => c.id)].sort()).toEqual(['a', 'b']);
    // Its line stays untitled: no key figure group is titled by the measure read.
    expect(JSON.stringify(d).includes('stake')).toBe(false);
  });
});
