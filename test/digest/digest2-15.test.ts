/**
 * "New since the last digest" says only what is new (issue 20, digest2-15): a sentence of a new
 * article holding most of the words of the claim an earlier article leads with says that claim again
 * in its own words, though the two share too few words to be one sentence.
 */
import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/build.js';
import { indexOf } from '../helpers/index.js';

const at = { now: new Date('2026-11-24T08:00:00Z') };

const earlier =
  'Zedco launches kettle app\n\nAppliance maker Zedco has built a phone app that remotely switches kettles on before owners arrive home from work.\nThe app is free for customers in northern towns.\n';
const later = (restating: string) =>
  `Zedco kettle app withdrawn\n\nZedco has withdrawn its kettle app after complaints from power companies.\n${restating}\nSeveral power companies asked their customers to delete the Zedco app in protest.\n`;
const addsOf = (restating: string) =>
  buildDigest(indexOf({ 'wire/a': earlier, 'wire/b': later(restating) }), {
    ...at,
    previousArticleIds: ['wire/a'],
  }).newArticles[0]?.adds?.map((a) => a.text) ?? [];

describe('an addition that restates an earlier lead in its own words', () => {
  it('is not listed as new', () => {
    const restating =
      'Through the Zedco website, owners could install an app that would remotely switch their kettles on before they came home.';
    const adds = addsOf(restating);
    expect(adds).not.toContain(restating);
    expect(adds.some((a) => a.includes('delete the Zedco app in protest'))).toBe(true);
  });

  it('is listed when it shares only a few of the lead’s words', () => {
    const unlike = 'Owners told Zedco the kettles were noisy and wasted electricity at night.';
    expect(addsOf(unlike)).toContain(unlike);
  });
});
