/**
 * Titles an editor forwards (issue 20, digest-15): a figure is titled only by a measure its own words
 * say (not a word two measures share, not a measure its noun contradicts), a figure in words a
 * speaker reports about others is not the speaker's, and at a tie of articles the claim the articles
 * open with leads the digest before a background figure.
 */
import { describe, expect, it } from 'vitest';
import { buildDigest, type Digest } from '../../src/digest/build.js';
import {
  namedOtherwise,
  nounAfter,
  onlySpeaks,
  ownersGuessedApart,
  saysMeasure,
  sharedMeasureWords,
  unplacedInTime,
} from '../../src/digest/figures.js';
import { defaultVocabulary } from '../../src/index/vocabulary.js';
import { indexOf } from '../helpers/index.js';

const at = { now: new Date('2026-11-24T08:00:00Z') };
const concept = (name: string) => {
  const c = defaultVocabulary().concepts.find((x) => x.name === name);
  if (!c) throw new Error(`no concept ${name}`);
  return c;
};
const measures = (d: Digest) => d.figures.map((g) => g.measure);
const isMeasureWord = (word: string) => ['profits', 'sales'].includes(word);

describe('a speaker is not the owner of figures about others', () => {
  const speaks = (text: string, figure: string, subject: string[]) =>
    onlySpeaks(text, { start: text.indexOf(figure) }, subject, isMeasureWord);

  it('leaves the figure of reported words that open with their own subject', () => {
    expect(
      speaks('Home Secretary Jo Marsh vowed the nine men would stay in prison.', 'nine', ['Jo Marsh']),
    ).toBe(true);
    expect(
      speaks(
        'Sam Lee QC, acting for three of them, said the men had been held for nearly four years.',
        'nearly',
        ['Sam Lee QC'],
      ),
    ).toBe(true);
  });

  it("keeps the speaker's own measure, a possessive speaker and a reference back", () => {
    expect(speaks('Zedco said profits rose 5% to $20m.', '$20m', ['Zedco'])).toBe(false);
    expect(
      speaks("Ruritania's work agency said the number out of work hit 4.6 million.", '4.6', ['Ruritania']),
    ).toBe(false);
    expect(speaks('Zedco said its staff numbers rose to 200.', '200', ['Zedco'])).toBe(false);
  });
});

describe('a title only from the figure’s own words', () => {
  it('reads the noun right after a figure, past a conversion', () => {
    const text = 'Zedco took a $5.25bn (£2.8bn) buyout from Lee Corp, after a $13bn fraud.';
    expect(nounAfter(text, { end: text.indexOf('$5.25bn') + 7 })).toEqual(['buyout']);
    expect(nounAfter(text, { end: text.indexOf('$13bn') + 5 })).toEqual(['fraud']);
    expect(nounAfter('for about $16bn.', { end: 15 })).toEqual([]);
  });

  it('gives no measure a noun after the figure contradicts, but counts time in its unit', () => {
    const fraud = 'Mr Hill faces trial, charged with running a $13bn fraud.';
    const q = { end: fraud.indexOf('$13bn') + 5, kind: 'money' as const };
    expect(namedOtherwise(fraud, q, concept('lawsuit'))).toBe(true);
    const bill = 'It faces a $27.5bn back tax bill.';
    expect(namedOtherwise(bill, { end: bill.indexOf('$27.5bn') + 7, kind: 'money' }, concept('tax'))).toBe(
      false,
    );
    const jail = 'He faces up to two years in jail.';
    expect(
      namedOtherwise(
        jail,
        { end: jail.indexOf('two') + 3, kind: 'count', unit: 'years' },
        concept('sentence'),
      ),
    ).toBe(false);
  });

  it('takes no word two measures share as saying the one it does not name', () => {
    const shared = sharedMeasureWords(defaultVocabulary().concepts);
    const text = 'Zedco had to pay the Trade and Pricing Board $50m to settle the claims.';
    expect(saysMeasure(text, concept('investment'), shared)).toBe(false);
    expect(saysMeasure(text, concept('payment'), shared)).toBe(true);
    expect(saysMeasure('Zedco will invest $50m in the plant.', concept('investment'), shared)).toBe(true);
  });

  it('shows a settlement paid, a fraud and a speaker’s figure with no wrong title', () => {
    const d = buildDigest(
      indexOf({
        a: 'Zedco trial\n\nFormer Zedco boss Sam Hill faces trial, charged with running a $13bn fraud at the firm. Zedco had to pay the Trade and Pricing Board $310m in May to end claims that it inflated its sales.\n',
        b: 'Zedco settles\n\nZedco had to pay the Trade and Pricing Board $310m in May to end claims over its accounts. Mr Hill faces trial, charged with running a $13bn fraud at Zedco.\n',
        c: 'Zedco boss\n\nHome Secretary Jo Marsh promised the eight men would stay in jail while the Zedco law was under review.\n',
      }),
      at,
    );
    expect(measures(d)).not.toContain('investment');
    expect(measures(d)).not.toContain('lawsuit');
    expect(measures(d)).not.toContain('sentence');
  });
});

describe('the top line at a tie of articles', () => {
  it('leads with the claim the articles open with, before a background date they all give', () => {
    const d = buildDigest(
      indexOf({
        a: 'Judges reject detention\n\nHolding suspects without trial breaks the constitution, the Ruritanian supreme court has ruled. The judges were divided. The law was passed after the 4 March bombings in the capital.\n',
        b: 'Minister answers judges\n\nThe supreme court ruled that holding suspects without trial breaks the constitution, and the minister must now answer. Critics spoke out. The law was brought in after the 4 March bombings.\n',
        c: 'Detainees still held\n\nThe men stay in jail despite the supreme court ruling that holding suspects without trial breaks the constitution. The law followed the 4 March bombings.\n',
      }),
      at,
    );
    expect(d.topLine[0]?.text).toMatch(/without trial breaks the constitution/);
  });
});

describe('a change an editor can place in time', () => {
  it('needs a moment, or a date for a moment counted from the day of writing', () => {
    expect(unplacedInTime(undefined)).toBe(true);
    expect(unplacedInTime({ key: 'year-1' })).toBe(true);
    expect(unplacedInTime({ key: 'year-1', anchored: 'in 2004' })).toBe(false);
    expect(unplacedInTime({ key: 'q3' })).toBe(false);
    expect(unplacedInTime(undefined, '2005-02-16')).toBe(false);
  });

  it('shows no share move of undated articles that name no day, not even as a plain fact', () => {
    const d = buildDigest(
      indexOf({
        a: 'Zedco bid\n\nShares in Zedco, which took its name from Ablex on leaving bankruptcy, were up 2.7% at $23.40.\n',
        b: 'Zedco talks\n\nShares of Zedco rose more than 4% in late electronic dealing once New York markets had shut.\n',
        c: 'Zedco results\n\nZedco shares jumped 3% in March after Lee Corp made its first approach to the Zedco board.\n',
      }),
      at,
    );
    const shown = [...d.figures.flatMap((g) => g.moments.flatMap((m) => m.lines)), ...d.facts].map(
      (l) => l.figure,
    );
    expect(shown.join(' ')).not.toMatch(/2\.7%|4%/);
    expect(shown).toContain('3%');
  });
});

describe('one sentence in two articles', () => {
  it('is no one’s figure where each article’s focus gave it another owner', () => {
    const text = 'Investors lost about $70bn when the company failed, while 15,000 staff were laid off.';
    const m = (subjectKey: string, subjectFrom: 'named' | 'resolved' = 'resolved') => ({
      fact: { text },
      quantity: { start: text.indexOf('15,000') },
      subjectKey,
      subjectFrom,
      placed: true,
    });
    expect(ownersGuessedApart([m('zedco'), m('ablex')]).map((x) => x.placed)).toEqual([false, false]);
    expect(ownersGuessedApart([m('zedco'), m('zedco')]).map((x) => x.placed)).toEqual([true, true]);
    expect(ownersGuessedApart([m('zedco', 'named'), m('ablex')]).map((x) => x.placed)).toEqual([true, false]);
  });
});
