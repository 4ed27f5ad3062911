/**
 * Issue 20 (digest2-20): an article and its copy (the same text filed again, differing only in a
 * hyphen or a comma) are one article in "New since": a copy of the newest article filed before it is
 * not an earlier article, so the new article still says what it adds.
 */
import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/build.js';
import { indexOf } from '../helpers/index.js';

const EARLIER =
  'Zedland mill sold\n\nThe Zedland government sold the Orvo steel mill to a group of local investors on Monday. Officials said the sale had followed every rule of the privatisation law. Opposition politicians called for an inquiry into how the buyers were chosen.\n';
const report = (dash: string) =>
  `Zedland reviews mill sale\n\nThe new president of Zedland has ordered a review of the sale of the Orvo steel mill${dash} the country's largest. Prosecutors will examine whether foreign bidders were unfairly excluded from the auction held last year. The review is expected to report to parliament before the summer recess, aides said. Foreign investors have welcomed the move as a sign of cleaner government in the region.\n`;

const now = new Date('2026-11-24T08:00:00Z');

describe('a copy of the newest article filed before it', () => {
  const index = indexOf({ a: EARLIER, b: report(' -'), c: report(',') });

  it('is a copy of it', () => {
    expect(index.original('c')).toBe(index.original('b'));
  });

  it('does not make the new article add nothing', () => {
    const d = buildDigest(index, { now, previousArticleIds: ['a', 'b'] });
    const fresh = d.newArticles.find((n) => n.id === 'c');
    expect(fresh?.adds?.length ?? 0).toBeGreaterThan(0);
    expect(fresh?.adds?.map((x) => x.text).join(' ')).toMatch(/ordered a review of the sale/);
  });

  it('still leaves out what an earlier, different article said', () => {
    const d = buildDigest(
      indexOf({
        a: EARLIER,
        b: report(' -'),
        c: `${report(',').trim()} Officials said the sale had followed every rule of the privatisation law.\n`,
      }),
      { now, previousArticleIds: ['a', 'b'] },
    );
    const adds = d.newArticles.find((n) => n.id === 'c')?.adds?.map((x) => x.text) ?? [];
    expect(adds.join(' ')).not.toMatch(/every rule of the privatisation law/);
  });
});
