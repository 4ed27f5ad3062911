import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/build.js';
import { indexOf } from '../helpers/index.js';

const at = { now: new Date('2026-11-24T08:00:00Z') };

describe('a figure no measure word claims cites only articles naming its owner (issue 20, grounding)', () => {
  // No measure word stands by these amounts ("pulled in"): the equal amount is still another film's.
  const index = indexOf({
    'film/a':
      "Zorbo breaks records\n\nThe comedy Zorbo Returns broke a record on New Year's Day, when it pulled in $18m, the studio said.\n",
    'film/b':
      'Quillon opens\n\nThe thriller Quillon Night pulled in $18m on its opening day, its distributor said on Sunday.\n',
  });
  const d = buildDigest(index, at);
  const lines = [...d.figures.flatMap((g) => g.moments.flatMap((m) => m.lines)), ...d.facts, ...d.topLine];

  it('never cites the article whose equal amount its sentence gives another named owner', () => {
    const eighteen = lines.filter((l) => l.figure === '$18m');
    expect(eighteen.length).toBeGreaterThan(0);
    for (const l of eighteen) {
      const ids = [l.source.id, ...l.also.map((a: { id: string }) => a.id)];
      expect(ids).toHaveLength(1);
    }
  });
});
