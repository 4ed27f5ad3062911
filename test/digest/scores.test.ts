/**
 * A sports score ("21-5", "41-10") is one result, never a figure of its own: right or silent.
 */
import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/build.js';
import { indexOf } from '../helpers/index.js';

const at = { now: new Date('2026-11-24T08:00:00Z') };

describe('scores in the digest', () => {
  it('shows no half of a score as a figure', () => {
    const d = buildDigest(
      indexOf({
        a: 'Rovers win\n\nZedco Rovers full-back Sam Hill handed the visitors a 21-5 half-time lead at Ashton Park on Saturday.\n',
        b: 'Rovers hold on\n\nHill scored twice as Zedco Rovers beat Ashton 41-10 in front of their own fans, coach Lee Ford said.\n',
      }),
      at,
    );
    const figures = d.figures.flatMap((g) => g.moments.flatMap((m) => m.lines.map((l) => l.figure)));
    expect(figures.filter((f) => /\d/.test(f))).toEqual([]);
  });
});
