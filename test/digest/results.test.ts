/**
 * Results and dated events in the digest: a match's result, counted over the articles giving it
 * (a headline counting for its article), may lead the top line; scores are grouped by match.
 */
import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/build.js';
import { digestToText } from '../../src/digest/format.js';
import { indexOf } from '../helpers/index.js';

const at = { now: new Date('2026-11-24T08:00:00Z') };

const matchStory = () =>
  indexOf({
    a: "Northtown hold on\n\nNorthtown claimed their first away win in five years with a five-try display in the capital. Sam Hill's 11-9 win over Eastfield last week was sealed by a late penalty.\n",
    b: 'Southport 10-41 Northtown\n\nNorthtown claimed their first away win in five years with a five-try display in the capital. Early tries handed the visitors a 21-5 half-time lead.\n',
    c: 'Northtown changes\n\nCoach Jo Bloggs has made two changes from the side that beat Southport 41-10 for the trip to Westbury.\n',
  });

describe('results in the digest', () => {
  it('leads the top line with the result most articles give, a headline counting for its article', () => {
    const d = buildDigest(matchStory(), at);
    expect(d.topLine[0]?.figure).toBe('41-10');
    expect([d.topLine[0]?.source.id, ...(d.topLine[0]?.also ?? []).map((c) => c.id)].sort()).toEqual([
      'b',
      'c',
    ]);
  });

  it('groups scores by match: the sides of one match meet, another match stands apart', () => {
    const d = buildDigest(matchStory(), at);
    expect(d.results.map((m) => [m.sides.join(' v '), m.results.map((r) => r.value)])).toEqual([
      ['Northtown v Southport', ['41-10']],
      ['Sam Hill v Eastfield', ['11-9']],
    ]);
    expect(digestToText(d)).toContain('Northtown v Southport');
  });

  it('leads with a date of one event most articles give', () => {
    const d = buildDigest(
      indexOf({
        a: 'Goal missed\n\nLeaders of the bloc set the target of becoming the most competitive economy in the world by 2010.\n',
        b: 'Reform slow\n\nIn a summit in the capital, ministers pledged the economy would outstrip its rivals by 2010.\n',
        c: 'Target dropped\n\nMany expect the plan to lead the world economy by 2010 to be quietly dropped, officials said.\n',
        d: 'Ministers meet\n\nMinisters will meet on Tuesday to discuss the reform of the bloc.\n',
      }),
      at,
    );
    expect(d.topLine[0]?.figure).toBe('by 2010');
  });

  it('cites a copy of an article already cited never as a second source of a result', () => {
    const first =
      'Southport 10-41 Northtown\n\nNorthtown claimed their first away win in five years with a five-try display in the capital. Early tries handed the visitors a 21-5 half-time lead.\n';
    const d = buildDigest(
      indexOf({
        a: first,
        b: first,
        c: 'Northtown changes\n\nCoach Jo Bloggs has made two changes from the side that beat Southport 41-10 for the trip to Westbury.\n',
      }),
      at,
    );
    const line = d.results.flatMap((m) => m.results).find((r) => r.value === '41-10');
    const cited = [line?.source.id, ...(line?.also ?? []).map((c) => c.id)];
    expect(cited).toHaveLength(2);
    expect(cited).toContain('c');
    expect(line?.articles).toBe(2);
  });
});
