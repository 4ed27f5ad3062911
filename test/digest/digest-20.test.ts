/**
 * Issue 20 (digest-20): the reporting source is not whose a figure is. "The ONS said manufacturing
 * output dropped 0.1%" is manufacturing output's figure, which the ONS only reports; "Zedco said
 * annual profits rose" stays Zedco's. A race ("the 100m") is no figure.
 */
import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/build.js';
import { onlySpeaks, raceDistance } from '../../src/digest/figures.js';
import { parseQuantities } from '../../src/facts/quantities.js';
import { indexOf } from '../helpers/index.js';

const isMeasureWord = (word: string) => ['profits', 'sales', 'prices', 'output'].includes(word);
const speaks = (text: string, figure: string, subject: string[]) =>
  onlySpeaks(text, { start: text.indexOf(figure) }, subject, isMeasureWord);

describe('a source reporting what a qualified noun did', () => {
  it('only speaks of a figure of reported words opening with a noun and the word qualifying it', () => {
    expect(speaks('The ONS said factory output slipped 0.3% in October.', '0.3%', ['ONS'])).toBe(true);
    expect(speaks('Halifax said house prices had risen by 0.8% in January.', '0.8%', ['Halifax'])).toBe(true);
  });
  it("keeps a speaker's own figure, a lone measure noun and words that open with a pronoun", () => {
    expect(speaks('Zedco said annual profits rose 5% to $20m.', '5%', ['Zedco'])).toBe(false);
    expect(speaks('Zedco said profits rose 5% to $20m.', '5%', ['Zedco'])).toBe(false);
    expect(speaks('Zedco claimed it had moved $34m into three accounts.', '$34m', ['Zedco'])).toBe(false);
  });
  it('keeps a possessive speaker: the noun is theirs', () => {
    expect(
      speaks("Ruritania's work agency said the number out of work hit 4.6 million.", '4.6', ['Ruritania']),
    ).toBe(false);
  });
});

describe('the digest of a reported figure', () => {
  it('titles no figure by the source that reports it', () => {
    const d = buildDigest(
      indexOf({
        a: 'Factories slow\n\nZedstat said factory output slipped 0.5% in November, a third fall in a row.\n',
        b: 'Factories slow again\n\nZedstat said factory output slipped 0.3% in December, a fourth fall in a row.\n',
      }),
      { now: new Date('2026-11-24T08:00:00Z') },
    );
    expect(d.figures.map((g) => g.subject).join()).not.toMatch(/Zedstat/);
  });
});

describe('a race is no figure', () => {
  const first = (text: string) => {
    const q = parseQuantities(text)[0];
    if (!q) throw new Error(`no quantity in "${text}"`);
    return q;
  };
  it('reads a number with "m" joined to it as a race, alone or before one thing', () => {
    expect(raceDistance(first('Thanou won silver in the 100m.'))).toBe(true);
    expect(raceDistance(first('The USA stumbled at the 300m stage.'))).toBe(true);
  });
  it('keeps millions of things and distances spelled out', () => {
    expect(raceDistance(first('The book sold 50m copies.'))).toBe(false);
    expect(raceDistance(first('More than 1.6m people voted.'))).toBe(false);
  });
  it('lists no race in the digest', () => {
    const d = buildDigest(
      indexOf({
        a: 'Sprint\n\nZed Bolt won the 100m at the Zedland Games in a time that beat the field easily.\n',
        b: 'Sprint again\n\nZed Bolt will run the 100m again at the Zedland indoor meeting next month in the capital.\n',
      }),
      { now: new Date('2026-11-24T08:00:00Z') },
    );
    expect(JSON.stringify(d)).not.toContain('"figure":"100m"');
  });
});

describe('a value an earlier article gave is no change', () => {
  const articles = {
    a: 'Prices down\n\nZedland house prices slipped 0.6% in December, figures from the Zedland statistics office show.\n',
    b: 'Prices up\n\nZedland house prices increased by 1.3% in December, the first rise in a month since August, Zedbank has said.\n',
  };
  const changes = (c: string) =>
    buildDigest(indexOf({ ...articles, c }), {
      now: new Date('2026-01-08T08:00:00Z'),
      previousArticleIds: ['a', 'b'],
    })
      .newArticles.flatMap((n) => n.adds ?? [])
      .filter((x) => x.was !== undefined);

  it('does not say the new article changes a figure to a value an earlier article gave', () => {
    expect(
      changes(
        'Prices up again\n\nZedbank said last week that Zedland house prices increased by 1.3% in December, the first rise in a month since August.\n',
      ),
    ).toEqual([]);
  });
  it('still says a new value changes the earlier one', () => {
    expect(
      changes(
        'Prices up again\n\nZedbank said last week that Zedland house prices increased by 1.6% in December, the first rise in a month since August.\n',
      ).map((x) => x.figure),
    ).toEqual(['1.6%']);
  });
});
