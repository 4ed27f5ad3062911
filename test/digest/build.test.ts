import { describe, expect, it } from 'vitest';
import { digestMessage } from '../../src/blocks/digest.js';
import { blockProblems } from '../../src/blocks/limits.js';
import { buildDigest, dayIn, storyName } from '../../src/digest/build.js';
import { digestToText } from '../../src/digest/format.js';
import { buildIndex } from '../../src/index/build.js';
import { indexOf } from '../helpers/index.js';

const story = {
  'wire/a':
    'Acme agrees Widget deal\n\nAcme Corp will invest $2bn in Widget Co, valuing it at $9bn.\nWidget Co, founded in 2011, makes sprockets in Leeds.\n',
  'wire/b':
    'Widget Co sold\n\nAcme Corp is to invest $2bn in Widget Co.\nThe deal values Widget Co at $12bn, people familiar said.\n',
  'wire/c':
    'Unions fear cuts\n\nUnions at Widget Co said about 300 jobs could go after the Acme Corp deal.\n',
};

describe('buildDigest', () => {
  const index = indexOf(story);
  const digest = buildDigest(index, { now: new Date('2026-11-24T08:00:00Z') });

  it('discovers the measures the coverage quantifies, with values, sources and agreement', () => {
    const investment = digest.figures.find((f) => f.measure === 'investment');
    expect(investment?.agree).toBe(true);
    expect(investment?.values.map((v) => [v.text, v.citations.map((c) => c.id).sort()])).toEqual([
      ['$2bn', ['wire/a', 'wire/b']],
    ]);
    const valuation = digest.figures.find((f) => f.measure === 'valuation');
    expect(valuation?.agree).toBe(false);
    expect(valuation?.values.map((v) => v.text).sort()).toEqual(['$12bn', '$9bn']);
  });

  it('tells the recurring threads in sentences of the coverage, with their sources', () => {
    expect(digest.threads.length).toBeGreaterThan(0);
    const all = Object.values(story).join('\n');
    for (const t of digest.threads) {
      expect(all).toContain(t.text);
      for (const c of t.citations) expect(story[c.id as keyof typeof story]).toContain(t.text);
    }
  });

  it('counts articles and says what is new since the previous digest', () => {
    expect(digest).toMatchObject({ articleCount: 3, hadPrevious: false, date: '2026-11-24' });
    const next = buildDigest(index, { previousArticleIds: ['wire/a', 'wire/b'] });
    expect(next.newArticles.map((a) => a.id)).toEqual(['wire/c']);
    expect(digestToText(next)).toMatch(/1 new since the last digest/);
  });

  it('names the story after the names most articles use', () => {
    expect(storyName(index)).toMatch(/Widget Co/);
    expect(storyName(index)).toMatch(/Acme Corp/);
  });

  it('dates the digest in the schedule’s time zone', () => {
    expect(dayIn(new Date('2026-11-24T23:30:00Z'), 'Asia/Tokyo')).toBe('2026-11-25');
    expect(dayIn(new Date('2026-11-24T23:30:00Z'), 'UTC')).toBe('2026-11-24');
  });

  it('carries the seed story’s key figures with their citations, within Block Kit limits', async () => {
    const seeds = await buildIndex('seeds', { warn: () => {} });
    const d = buildDigest(seeds);
    const values = d.figures.flatMap((f) => f.values.map((v) => ({ measure: f.measure, ...v })));
    const find = (re: RegExp) => values.find((v) => re.test(v.text));
    expect(find(/\$15 billion/)?.citations.map((c) => c.id)).toEqual(
      expect.arrayContaining(['002_85cfbc7a48a6de22']),
    );
    expect(find(/49%/)?.measure).toBe('stake');
    expect(find(/\$28 billion/)?.measure).toBe('valuation');
    const message = digestMessage(d);
    expect(blockProblems(message.blocks, message.text)).toEqual([]);
    expect(JSON.stringify(message.blocks)).not.toMatch(/Sriram|Trump|Hollywood/);
  });
});
