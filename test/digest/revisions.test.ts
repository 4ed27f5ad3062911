/** Issue 20 (digest2-14): a figure another article says was an earlier estimate, since revised, is shown as one. */
import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/build.js';
import { digestToText } from '../../src/digest/format.js';
import { revisionIn, revisions, supersededBy } from '../../src/digest/revisions.js';
import { indexOf } from '../helpers/index.js';

const at = { now: new Date('2026-11-24T08:00:00Z') };

const story = {
  a: "Ruritania growth slows\n\nRuritania's economy grew by just 0.4% in the three months to June, the statistics office said. Exports fell 2.5% in May.\n",
  b: 'Ruritania in slump\n\nThe Ruritanian economy shrank in the last quarter. A previous estimate of 0.4% growth between April and June was downgraded to a 0.2% decline. Exports fell 0.4% in March.\n',
};

describe('revised estimates', () => {
  it('reads the earlier and the later value of a revision, and its period', () => {
    const r = revisionIn(
      'A previous estimate of 0.4% growth between April and June was downgraded to a 0.2% decline.',
    );
    expect(r?.earlier).toBe('0.4%');
    expect(r?.later).toBe('0.2% decline');
    expect([...(r?.period ?? [])].sort()).toEqual(['april', 'june']);
    expect(revisionIn('Exports were revised in June after a strike.')).toBeUndefined();
  });

  it('supersedes only the same value, for a period the revision names, of another article', () => {
    const all = revisions(indexOf(story));
    expect(all).toHaveLength(1);
    const line = (figure: string, context: string, id = 'a') => ({
      figure,
      context,
      source: { id, title: '' },
    });
    expect(supersededBy(line('0.4%', 'grew by just 0.4% in the three months to June'), all)?.later).toBe(
      '0.2% decline',
    );
    expect(supersededBy(line('0.4%', 'Exports fell 0.4% in March.'), all)).toBeUndefined();
    expect(supersededBy(line('0.5%', 'grew by just 0.5% in the three months to June'), all)).toBeUndefined();
    expect(supersededBy(line('0.4%', 'growth of 0.4% between April and June', 'b'), all)).toBeUndefined();
  });

  it('marks the superseded line in the digest, citing the revision', () => {
    const text = digestToText(buildDigest(indexOf(story), at));
    expect(text).toMatch(
      /0\.4% \(an earlier estimate, revised to 0\.2% decline \[b\]\): “Ruritania's economy grew/,
    );
    expect(text).not.toMatch(/0\.4% \(an earlier estimate[^\n]*March/);
  });

  it('does not show the revision again as a plain fact: the mark says it', () => {
    const d = buildDigest(indexOf(story), at);
    expect(d.facts.map((l) => l.context)).not.toContainEqual(expect.stringMatching(/previous estimate/));
  });
});
