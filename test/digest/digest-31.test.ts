/**
 * Issue 20 §4 (digest-31): an update that repeats an earlier article whole adds only what it adds; a
 * movement ("from 412,000 to 389,000") is one line saying what changed, and changes the earlier
 * article's figure it starts from; a bare year is one claim only for one event; two insurers' counts are
 * no change.
 */
import { describe, expect, it } from 'vitest';
import type { DateClaim } from '../../src/claims/dates.js';
import { buildDigest } from '../../src/digest/build.js';
import { lineOf } from '../../src/digest/figures.js';
import { oneEvent } from '../../src/digest/results.js';
import { indexOf } from '../helpers/index.js';

const now = new Date('2026-12-07T08:00:00Z');

describe('an update holding an earlier article whole', () => {
  const first =
    'Orvo Party unveils cuts plan\n\nPlans to close 214 public bodies have been unveiled by the Orvo Party as part of its effort to cut red tape.\n\nNine state agencies would also be merged under proposals which the party says would save more than £3.1bn. Party spokesman Dan Ferrow said Zedland needed a smaller state and lower taxes.\n';
  const update = `${first.trim()} But Finance Minister Ula Brandt attacked the plans. "The Orvo Party would cut our spending plans by a massive £27 billion," she said.\n`;
  const d = buildDigest(indexOf({ 'pol/1': first, 'pol/2': update }), { now, previousArticleIds: ['pol/1'] });
  const adds = d.newArticles.find((a) => a.id === 'pol/2')?.adds?.map((a) => a.text) ?? [];

  it('is one article with it, as before', () => {
    expect(d.articleCount).toBe(1);
  });

  it('adds what it says besides', () => {
    expect(adds.join(' ')).toMatch(/£27 billion|attacked the plans/);
  });

  it('does not add the sentences it repeats', () => {
    expect(adds.join(' ')).not.toMatch(/214 public bodies|£3\.1bn/);
  });
});

describe('a movement from one value to another', () => {
  const earlier =
    'Zedland hiring slows\n\nZedland made fewer hires than forecast in March, the Labour Office reported.\n\nEmployers created 412,000 jobs last month, the Labour Office said. Joblessness held at 6.1% in March.\n';
  const later =
    'Zedland hiring picks up\n\nHiring in Zedland beat forecasts in April, figures showed.\n\nEmployers created 455,000 jobs in April, the Labour Office said. The Labour Office said on Friday it had revised the job gains in March 2025, from 412,000 to 389,000.\n';
  const index = indexOf({ 'biz/1': earlier, 'biz/2': later });
  const d = buildDigest(index, { now, previousArticleIds: ['biz/1'] });

  it('is one line saying what changed, not two bare values', () => {
    const lines = d.figures.flatMap((g) => g.moments.flatMap((m) => m.lines));
    const moved = lines.filter((l) => /revised the job gains/.test(l.context));
    expect(moved.map((l) => l.figure)).toEqual(['from 412,000 to 389,000']);
  });

  it('changes the figure an earlier article gave for the value it moved from', () => {
    const change = d.changes.find((c) => /389,000/.test(c.now.figure));
    expect(change?.before.figure).toMatch(/412,000/);
    expect(change?.before.source.id).toBe('biz/1');
    expect(change?.now.figure).not.toMatch(/from/);
  });

  it('is not added as new besides the change', () => {
    const fresh = d.newArticles.find((a) => a.id === 'biz/2');
    const adds = (fresh?.adds ?? []).filter((a) => a.was === undefined).map((a) => a.text);
    expect(adds.join(' ')).not.toMatch(/revised the job gains/);
  });

  it('changes nothing where no earlier article gave the value it moved from', () => {
    const alone = buildDigest(
      indexOf({
        'biz/1': earlier.replace('412,000', '398,000'),
        'biz/2': later,
      }),
      { now, previousArticleIds: ['biz/1'] },
    );
    expect(alone.changes.filter((c) => /389,000/.test(c.now.figure))).toEqual([]);
  });

  it('is read for either of its values', () => {
    const fact = [...index.facts()].find((f) => /revised the job gains/.test(f.text));
    expect(fact).toBeDefined();
    if (!fact) return;
    const lines = fact.quantities.map((q) =>
      lineOf({
        fact,
        quantity: q,
        article: { id: fact.articleId, path: '', title: '' },
        context: { text: fact.text, cutBefore: false, cutAfter: false },
        subject: [],
        subjectKey: '',
        placed: true,
        modality: 'reported',
      } as unknown as Parameters<typeof lineOf>[0]),
    );
    expect(lines.map((l) => l.figure).filter((f) => /412,000/.test(f))).toEqual([
      'from 412,000 to 389,000',
      'from 412,000 to 389,000',
    ]);
  });
});

describe('a bare year stated by two articles', () => {
  const claim = (articleId: string, text: string, value: string): DateClaim =>
    ({
      articleId,
      text,
      measure: 'date',
      kind: 'deadline',
      figure: `by ${value}`,
      value,
      start: 0,
      end: 0,
    }) as DateClaim;

  it('is two claims for two events', () => {
    const groups = oneEvent([
      claim('a', 'The firm wants yearly Orvonian deliveries of 90,000 by 2009.', '2009'),
      claim('b', 'A Zedco van might reach showrooms by 2009, Mr Ferrow said.', '2009'),
    ]);
    expect(groups.length).toBe(2);
  });

  it('is one claim for one event told in other words', () => {
    const groups = oneEvent([
      claim('a', 'Once finished in 2009, the Orvo span will carry twice the old traffic.', '2009'),
      claim('b', 'The Orvo span is half built and is set to be finished, engineers say, in 2009.', '2009'),
    ]);
    expect(groups.length).toBe(1);
  });

  it('a day is one claim whatever the words', () => {
    const groups = oneEvent([
      claim('a', 'The vote is expected on 5 May.', '05-05'),
      claim('b', 'Mr Ferrow will not name the day, though most bet on 5 May.', '05-05'),
    ]);
    expect(groups.length).toBe(1);
  });

  it('does not lead the digest citing an article of another event', () => {
    const d = buildDigest(
      indexOf({
        'biz/1':
          'Zedco posts best year in Orvonia\n\nZedco expects its Orvonian sales to climb at least 12% this year after a best-ever 2024.\n\nZedco delivered close to 61,000 cars to Orvonian buyers in 2024. The firm wants yearly Orvonian deliveries of 90,000 by 2009.\n',
        'biz/2':
          'Zedco to build vans\n\nZedco will make family vans, chief Dan Ferrow told reporters in Ashby.\n\nHow Zedco will do so is to be settled within six months. A Zedco van might reach showrooms by 2009, Mr Ferrow said.\n',
      }),
      { now },
    );
    expect(d.topLine.filter((t) => t.figure === 'by 2009' && t.also.length > 0)).toEqual([]);
  });
});

describe("two insurers' counts", () => {
  it('are no change of one into the other', () => {
    const d = buildDigest(
      indexOf({
        'biz/1':
          'Orvo Mutual trims bonuses\n\nOrvo Mutual, the biggest mutual insurer of Zedland, has trimmed what it pays savers.\n\nIts yearly bonus falls from 3% to 2.5%. Orvo Mutual has some 1.8 million with-profits savers.\n',
        'biz/2':
          'Zedco Life trims payouts\n\nInsurer Zedco Life is paying smaller yearly bonuses to as many as 40,000 with-profits savers.\n\nZedco Life blamed weak shares for the cut, which applies for 2024.\n',
      }),
      { now, previousArticleIds: ['biz/1'] },
    );
    expect(d.changes.filter((c) => /40,000/.test(c.now.figure))).toEqual([]);
  });
});
