import { describe, expect, it } from 'vitest';
import { digestMessage } from '../../src/blocks/digest.js';
import { blockProblems } from '../../src/blocks/limits.js';
import { buildDigest, dayIn, storyName } from '../../src/digest/build.js';
import { digestToText } from '../../src/digest/format.js';
import { indexOf } from '../helpers/index.js';

const at = { now: new Date('2026-11-24T08:00:00Z') };

/** Every value line of a digest: the figure, its group, its moment, its words and source. */
function valuesOf(d: ReturnType<typeof buildDigest>) {
  return d.figures.flatMap((g) =>
    g.moments.flatMap((m) =>
      m.lines.map((l) => ({
        subject: g.subject,
        measure: g.measure,
        moment: m.moment,
        differ: m.differ,
        ...l,
      })),
    ),
  );
}

describe('buildDigest: each figure with whose it is', () => {
  const index = indexOf({
    'wire/a':
      'Acme agrees Widget deal\n\nAcme Corp will invest $2bn in Widget Co, a maker of sprockets based in Leeds, and take a 40% stake in the company.\nIt said the business was worth $5bn.\n',
  });
  const d = buildDigest(index, at);

  it('carries the subject with the figure, in the sentence of the article', () => {
    const stake = valuesOf(d).find((v) => v.figure === '40%');
    expect(stake).toMatchObject({ subject: 'Acme Corp', measure: 'stake', source: { id: 'wire/a' } });
    expect(stake?.context).toBe(
      'Acme Corp will invest $2bn in Widget Co, a maker of sprockets based in Leeds, and take a 40% stake in the company.',
    );
    expect(valuesOf(d).find((v) => v.figure === '$2bn')?.subject).toBe('Acme Corp');
  });

  it('leaves out a figure whose subject a reader could not tell', () => {
    expect(valuesOf(d).some((v) => v.figure === '$5bn')).toBe(false);
    expect(digestToText(d)).not.toContain('$5bn');
  });
});

describe('buildDigest: like with like', () => {
  it('never compares the same measure of two subjects', () => {
    const d = buildDigest(
      indexOf({
        'wire/a':
          'Results\n\nAcme Corp reported annual revenue of $3bn, its chief executive said on Monday.\n',
        'wire/b':
          'More results\n\nWidget Co reported annual revenue of $1bn, according to figures seen by reporters.\n',
      }),
      at,
    );
    const revenue = d.figures.filter((g) => g.measure === 'revenue');
    expect(revenue.map((g) => g.subject).sort()).toEqual(['Acme Corp', 'Widget Co']);
    expect(revenue.flatMap((g) => g.moments).some((m) => m.differ)).toBe(false);
    expect(digestToText(d)).not.toMatch(/sources differ|agree|different moments/i);
  });

  it('shows two moments as a change, not a disagreement, the earlier first', () => {
    const d = buildDigest(
      indexOf({
        'wire/a':
          'Widget Co round\n\nInvestors in Widget Co’s Series B funding round valued the company at $4bn, filings show.\n',
        'wire/b':
          'Widget Co sold\n\nThe deal values Widget Co at $9bn, people familiar with the matter said.\n',
      }),
      at,
    );
    const valuation = d.figures.find((g) => g.measure === 'valuation');
    expect(valuation?.subject).toBe('Widget Co');
    expect(valuation?.moments.map((m) => [m.moment, m.lines.map((l) => l.figure), m.differ])).toEqual([
      ['Series B funding round', ['$4bn'], undefined],
      ['The deal', ['$9bn'], undefined],
    ]);
    const text = digestToText(d);
    expect(text).toMatch(/at different moments/);
    expect(text).not.toMatch(/sources differ|agree/i);
  });

  it('names a real disagreement with which article says which', () => {
    const d = buildDigest(
      indexOf({
        'wire/a': 'Widget Co sold\n\nThe deal values Widget Co at $9bn, the firm said in a press release.\n',
        'wire/b':
          'Widget Co deal\n\nThe deal values Widget Co at $12bn, people familiar with the matter said.\n',
      }),
      at,
    );
    const valuation = d.figures.find((g) => g.measure === 'valuation');
    expect(valuation?.moments).toHaveLength(1);
    expect(valuation?.moments[0]?.differ).toBe(true);
    const text = digestToText(d);
    expect(text).toMatch(/Widget Co · valuation \(Sources differ\)/);
    expect(text).toMatch(/wire\/a says The deal: \$9bn: “The deal values Widget Co at \$9bn/);
    expect(text).toMatch(/wire\/b says The deal: \$12bn: “The deal values Widget Co at \$12bn/);
    const blocks = JSON.stringify(digestMessage(d).blocks);
    expect(blocks).toContain('Sources differ');
    expect(blocks).toContain('wire/a says');
  });

  it('merges one figure several articles give, citing each', () => {
    const d = buildDigest(
      indexOf({
        'wire/a': 'Acme deal\n\nAcme Corp will invest $2bn in Widget Co, the companies said on Monday.\n',
        'wire/b':
          'Acme and Widget\n\nAcme Corp is to invest about $2bn in Widget Co, sources told reporters.\n',
        'wire/c': 'Widget Co jobs\n\nUnions at Widget Co said about 300 jobs could go after the deal.\n',
      }),
      at,
    );
    const lines = valuesOf(d).filter((v) => v.measure === 'investment');
    expect(lines).toHaveLength(1);
    expect([lines[0]?.source.id, ...(lines[0]?.also ?? []).map((c) => c.id)].sort()).toEqual([
      'wire/a',
      'wire/b',
    ]);
    expect(d.topLine[0]?.text).toMatch(/Acme Corp .*invest .*\$2bn in Widget Co/);
    // What the two articles share is the figure: the rest of the sentence is one article's.
    expect(d.topLine[0]?.figure).toMatch(/\$2bn/);
    expect(digestToText(d)).toMatch(
      /At a glance\n {2}• (about )?\$2bn: “Acme Corp .*\[wire\/[ab]; same figure: wire\/[ab]\]/,
    );
    expect([d.topLine[0]?.source.id, ...(d.topLine[0]?.also ?? []).map((c) => c.id)].sort()).toEqual([
      'wire/a',
      'wire/b',
    ]);
  });
});

describe('buildDigest: what is new since the last digest', () => {
  const story = {
    'wire/a':
      'Acme agrees Widget deal\n\nAcme Corp will invest $2bn in Widget Co, the companies said on Monday.\n',
    'wire/b':
      'Widget Co sold\n\nWidget Co makes sprockets at its factory in Leeds, where it employs hundreds of people.\n',
    'wire/c':
      'Widget Co revenue climbs\n\nAcme Corp will invest $2bn in Widget Co, the companies said on Monday.\nWidget Co reported revenue of $700m for last year, its annual report shows.\nWidget Co makes sprockets at its factory in Leeds, where it employs hundreds of people.\nThe Leeds factory will gain a new paint shop next spring, managers told Widget Co staff.\n',
  };

  it('lists for each new article only what no earlier article stated', () => {
    const d = buildDigest(indexOf(story), { ...at, previousArticleIds: ['wire/a', 'wire/b'] });
    expect(d.newArticles.map((a) => [a.id, a.title])).toEqual([['wire/c', 'Widget Co revenue climbs']]);
    const adds = d.newArticles[0]?.adds ?? [];
    expect(adds.map((a) => a.figure)).toEqual(['$700m', undefined]);
    expect(adds[0]?.text).toBe('Widget Co reported revenue of $700m for last year, its annual report shows.');
    expect(adds[1]?.text).toMatch(/paint shop/);
    expect(JSON.stringify(adds)).not.toMatch(/\$2bn|sprockets/);
    const text = digestToText(d);
    expect(text).toMatch(
      /New since the last digest\n {2}• Widget Co revenue climbs \[wire\/c\]\n {6}adds \$700m: “Widget Co reported/,
    );
  });

  it('works out what the newest articles add, and only counts the rest', () => {
    const d = buildDigest(indexOf(story), { ...at, previousArticleIds: [], maxNewDetailed: 1 });
    expect(d.newArticles.map((a) => [a.id, a.adds?.length])).toEqual([
      ['wire/a', 1],
      ['wire/b', undefined],
      ['wire/c', undefined],
    ]);
  });

  it('lists the same new articles in Slack as in text, those worked out, and counts the rest', () => {
    const many = Object.fromEntries(
      Array.from({ length: 30 }, (_, i) => [
        `wire/n${String(i).padStart(2, '0')}`,
        `Widget Co update ${i}\n\nWidget Co said its sprocket sales rose ${i + 1}% in region ${i}.\n`,
      ]),
    );
    const d = buildDigest(indexOf({ ...story, ...many }), { ...at, previousArticleIds: [] });
    const listed = d.newArticles.filter((a) => a.adds !== undefined).map((a) => a.id);
    expect(listed.length).toBeGreaterThan(12);
    expect(listed.length).toBeLessThan(d.newArticles.length);
    const text = digestToText(d).split('New since the last digest')[1] ?? '';
    const { text: fallback, blocks } = digestMessage(d);
    expect(blockProblems(blocks, fallback)).toEqual([]);
    const slack = JSON.stringify(blocks).split('New since the last digest')[1] ?? '';
    for (const id of d.newArticles.map((a) => a.id)) {
      const inText = text.includes(`[${id}`);
      expect(slack.includes(`\`${id}\``), id).toBe(inText);
      expect(inText, id).toBe(listed.includes(id));
    }
    const more = `…and ${d.newArticles.length - listed.length} more`;
    expect(text).toContain(more);
    expect(slack).toContain(more);
  });

  it('says in one line when nothing arrived', () => {
    const d = buildDigest(indexOf(story), { ...at, previousArticleIds: ['wire/a', 'wire/b', 'wire/c'] });
    expect(d.newArticles).toEqual([]);
    expect(digestToText(d)).toMatch(/\nNothing new since the last digest\.$/);
  });

  it('lists the figures that changed', () => {
    const d = buildDigest(
      indexOf({
        'wire/a': 'Widget Co sold\n\nThe deal values Widget Co at $9bn, the firm said in a press release.\n',
        'wire/b':
          'Widget Co deal\n\nThe deal values Widget Co at $12bn, people familiar with the matter said.\n',
      }),
      { ...at, previousArticleIds: ['wire/a'] },
    );
    expect(d.changes.map((c) => [c.subject, c.measure, c.now.figure, c.before.figure])).toEqual([
      ['Widget Co', 'valuation', '$12bn', '$9bn'],
    ]);
    expect(d.newArticles[0]?.adds?.[0]?.figure).toBe('$12bn');
  });
});

describe('buildDigest: dates', () => {
  const dated = (date: string, title: string, body: string) =>
    `---\ndate: ${date}\n---\n${title}\n\n${body}\n`;
  const index = indexOf({
    'wire/a': dated(
      '2025-01-10',
      'Widget Co valued',
      'The deal values Widget Co at $9bn, the firm said in a press release.',
    ),
    'wire/c': dated(
      '2025-03-02',
      'Widget Co revalued',
      'The deal values Widget Co at $12bn, people familiar with the matter said.',
    ),
    'wire/b': dated(
      '2025-02-14',
      'Widget Co hires',
      'Widget Co will hire 200 engineers at its Leeds plant, managers told the union.',
    ),
  });

  it('lists new articles newest first, with their dates', () => {
    const d = buildDigest(index, { ...at, previousArticleIds: [] });
    expect(d.newArticles.map((a) => [a.id, a.published])).toEqual([
      ['wire/c', '2025-03-02'],
      ['wire/b', '2025-02-14'],
      ['wire/a', '2025-01-10'],
    ]);
    expect(d.asOf).toBe('2025-03-02');
    expect(digestToText(d)).toMatch(/as of 2025-03-02/);
  });

  it('takes the later of two dated values as the current one, not as a disagreement', () => {
    const d = buildDigest(index, at);
    const [moment] = d.figures.find((g) => g.measure === 'valuation')?.moments ?? [];
    expect(moment?.differ).toBeUndefined();
    expect(moment?.asOf).toBe('2025-03-02');
    expect(moment?.lines.map((l) => [l.figure, l.source.published])).toEqual([
      ['$12bn', '2025-03-02'],
      ['$9bn', '2025-01-10'],
    ]);
    const text = digestToText(d);
    expect(text).toMatch(/Widget Co · valuation \(changed; current as of 2025-03-02\)/);
    expect(text).toMatch(/\$12bn: “The deal values Widget Co at \$12bn.*” \[wire\/c · as of 2025-03-02\]/);
  });
});

describe('buildDigest: the message', () => {
  it('escapes what articles say and keeps Block Kit’s limits', () => {
    const d = buildDigest(
      indexOf({
        'wire/a':
          'Acme <!channel> deal\n\nAcme Corp & Partners will invest $2bn in Widget Co <!channel>, the companies said.\n',
        'wire/b':
          'More\n\nAcme Corp & Partners is to invest $2bn in Widget Co, sources told reporters on Monday.\n',
      }),
      { ...at, previousArticleIds: ['wire/a'] },
    );
    const message = digestMessage(d);
    expect(blockProblems(message.blocks, message.text)).toEqual([]);
    const json = JSON.stringify(message);
    expect(json).not.toContain('<!channel>');
    expect(json).toContain('&lt;!channel&gt;');
  });

  it('counts articles, names the story and dates the digest in the schedule’s time zone', () => {
    const index = indexOf({
      'wire/a': 'Acme deal\n\nAcme Corp will invest $2bn in Widget Co, the companies said on Monday.\n',
      'wire/b': 'Widget\n\nWidget Co, founded in 2011, makes sprockets in Leeds for Acme Corp.\n',
    });
    const d = buildDigest(index, at);
    expect(d).toMatchObject({ articleCount: 2, hadPrevious: false, date: '2026-11-24' });
    expect(storyName(index)).toMatch(/Widget Co/);
    expect(storyName(index)).toMatch(/Acme Corp/);
    expect(dayIn(new Date('2026-11-24T23:30:00Z'), 'Asia/Tokyo')).toBe('2026-11-25');
    expect(dayIn(new Date('2026-11-24T23:30:00Z'), 'UTC')).toBe('2026-11-24');
  });
});
