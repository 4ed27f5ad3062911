/**
 * Whose figure it is, right or silent: the one who speaks of a figure in reported words ("X told the
 * paper that a $4bn package ...") is not its owner unless the words refer back to them ("its").
 */
import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/build.js';
import { indexOf } from '../helpers/index.js';

const at = { now: new Date('2026-11-24T08:00:00Z') };
const titled = (d: ReturnType<typeof buildDigest>) =>
  d.figures.flatMap((g) => g.moments.flatMap((m) => m.lines.map((l) => `${g.subject}: ${l.figure}`)));

describe('speakers are not owners', () => {
  it('gives no title to a figure in words reported by the one the sentence names', () => {
    const d = buildDigest(
      indexOf({
        a: 'Zedco says no\n\nZedco minister Sam Hill told the Daily Planet newspaper that a $4bn donors aid package meant the loan was unnecessary.\n',
        b: 'Zedco aid\n\nThe Zedco Finance Minister said the money - $3.4bn in grants and $700m in soft loans - would rebuild the north.\n',
      }),
      at,
    );
    expect(titled(d)).toEqual([]);
  });

  it('keeps the title where the reported words refer back to the speaker', () => {
    const d = buildDigest(
      indexOf({
        a: 'Zedco results\n\nZedco Corp said on Monday that its sales had risen to $4bn in the year to March, beating forecasts.\n',
      }),
      at,
    );
    expect(titled(d)).toEqual(['Zedco Corp: $4bn']);
  });
});
