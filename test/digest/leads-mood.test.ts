/**
 * Issue 20 (grounded digest, digest2-17): a plan is not a report. An article is cited as stating a
 * lead only when its sentence tells of the lead's event in the same mood: done, planned or expected,
 * or denied ("will unveil" is no "unveiled"; "not apologise" is no "urged to apologise").
 */
import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/build.js';
import { leadClaims, moodOf, sameMood, tellsAlike } from '../../src/digest/leads.js';
import { defaultVocabulary } from '../../src/index/vocabulary.js';
import { indexOf } from '../helpers/index.js';

describe('the mood of a verb', () => {
  it('reads a plan or expectation from the words before the verb', () => {
    expect(moodOf('The firm will unveil its new chip on Monday.', 'unveil')).toBe('planned');
    expect(moodOf('The Tories are to back the plans.', 'back')).toBe('planned');
    expect(moodOf('Streaming figures will now be included in the rankings.', 'includ')).toBe('planned');
    expect(moodOf('Stars are expected to attend the ceremony.', 'attend')).toBe('planned');
    expect(moodOf('The embargo is likely to be lifted.', 'lift')).toBe('planned');
  });

  it('reads a thing done, a denial and an infinitive another verb governs', () => {
    expect(moodOf('The firm unveiled its new chip on Monday.', 'unveil')).toBe('done');
    expect(moodOf('Stars are attending the ceremony.', 'attend')).toBe('done');
    expect(moodOf('He should stick to his guns and not apologise for it.', 'apologis')).toBe('negated');
    expect(moodOf('He said he would not apologise.', 'apologis')).toBe('negated');
    expect(moodOf('Blair urged the mayor to apologise.', 'apologis')).toBe('open');
    expect(moodOf('Its decision to back the plans.', 'back')).toBe('open');
  });

  it("reads a text's first clause when the verb is not in it", () => {
    expect(moodOf('Five unions will hold talks with the minister.', 'met')).toBe('planned');
    expect(moodOf('The prizes are being broadcast on Channel Two.', undefined)).toBe('done');
    expect(moodOf('Critics, who will vote, favour the film.', 'win')).toBe('unknown');
  });
});

describe('two tellings of one event', () => {
  it('agree when both are done, both planned, or one is an infinitive or unknown', () => {
    expect(sameMood('done', 'done')).toBe(true);
    expect(sameMood('planned', 'planned')).toBe(true);
    expect(sameMood('planned', 'open')).toBe(true);
    expect(sameMood('done', 'unknown')).toBe(true);
    expect(sameMood('negated', 'negated')).toBe(true);
  });

  it('disagree when a plan meets a thing done, or a denial an assertion', () => {
    expect(sameMood('planned', 'done')).toBe(false);
    expect(sameMood('done', 'planned')).toBe(false);
    expect(sameMood('negated', 'open')).toBe(false);
    expect(sameMood('done', 'negated')).toBe(false);
  });

  it('are compared at the first of the lead verbs the sentence uses', () => {
    const lead = 'Quill promised Marsh he would step aside before the vote.';
    expect(
      tellsAlike(lead, 'The PM told Marsh he would step aside before the vote.', ['promis', 'step']),
    ).toBe(true);
    expect(tellsAlike(lead, 'The PM did not step aside before the vote.', ['promis', 'step'])).toBe(false);
  });

  it('reads every verb the two share, not only the first: a side clause alike says nothing of the main verb', () => {
    const lead =
      'Acme, Bolt and Zedco, who have been developing the chip for three years, unveiled it on Monday.';
    const verbs = ['develop', 'unveil'];
    const preview =
      'Acme, Bolt and Zedco, who have been developing the chip for three years, will unveil it soon.';
    const report =
      'Acme, Bolt and Zedco, who have been developing the chip for years, unveiled it to reporters.';
    expect(tellsAlike(lead, preview, verbs)).toBe(false);
    expect(tellsAlike(lead, report, verbs)).toBe(true);
  });
});

const chip = {
  a: 'Chip unveiled\n\nAcme Corp unveiled its fastest graphics chip at a trade show in Taipei. Analysts were impressed.\n',
  b: 'Chip preview\n\nAcme Corp will unveil its fastest graphics chip at a trade show in Taipei. The firm declined to comment.\n',
  c: 'Chip on show\n\nAcme Corp has unveiled its fastest graphics chip at a trade show in Taipei, the firm said. Shares rose.\n',
};

describe('the articles that state a lead', () => {
  const v = defaultVocabulary();

  it('leave out a preview that states the reported event as planned, and the other way round', () => {
    const leads = leadClaims(indexOf(chip), [], v, () => true);
    expect(leads.find((l) => l.fact.articleId === 'a')?.articles.sort()).toEqual(['a', 'c']);
    expect(leads.find((l) => l.fact.articleId === 'b')?.articles).toEqual(['b']);
    const loose = leadClaims(indexOf(chip), [], v, () => true, { moodNeeded: false });
    expect(loose.find((l) => l.fact.articleId === 'a')?.articles).toContain('b');
    expect(loose.find((l) => l.fact.articleId === 'b')?.articles).toContain('a');
  });
});

const talks = {
  a: 'Unions meet Hill\n\nFive Zedland rail unions met transport minister Sam Hill at the spring conference in Leeds. The talks were friendly.\n',
  b: 'Unions to meet Hill\n\nFive Zedland rail unions will meet transport minister Sam Hill at the spring conference in Leeds. They want a pay rise.\n',
  c: 'Hill speaks\n\nTransport minister Sam Hill told the spring conference in Leeds that rail fares would rise. Zedland rail unions were angry.\n',
};

describe('the top line', () => {
  it('cites no preview for the report of the same meeting, nor the report for the preview', () => {
    const d = buildDigest(indexOf(talks), { now: new Date('2026-11-24T08:00:00Z') });
    for (const line of d.topLine) {
      const ids = [line.source.id, ...line.also.map((c) => c.id)];
      expect(ids.includes('a') && ids.includes('b')).toBe(false);
    }
  });
});
