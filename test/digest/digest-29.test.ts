import { describe, expect, it } from 'vitest';
import { buildDigest, storyName } from '../../src/digest/build.js';
import { momentShown, opensWithMeasure } from '../../src/digest/figures.js';
import { digestToText } from '../../src/digest/format.js';
import { defaultVocabulary } from '../../src/index/vocabulary.js';
import { indexOf } from '../helpers/index.js';

const at = { now: new Date('2026-11-24T08:00:00Z') };

/** Every figure a digest shows (key figures and other figures) with its sentence. */
const shown = (d: ReturnType<typeof buildDigest>) => [
  ...d.figures.flatMap((g) =>
    g.moments.flatMap((m) => m.lines.map((l) => ({ title: `${g.subject} · ${g.measure}`, ...l }))),
  ),
  ...d.facts.map((l) => ({ title: '', ...l })),
];

describe('a figure printed as the sentence writes it (digest-29, issue 20 §4)', () => {
  const index = indexOf({
    'power/a':
      'Quorvia halts building work\n\nQuorvia has halted 25 construction projects across its northern provinces on safety grounds.\nIts regulator said only 30 to 40 large sites would get inspectors in the coming year.\nBuilding the Marbel Dam meant that more than half a million villagers had to leave their homes.\n',
    'power/b':
      'Quorvia sites shut\n\nQuorvia says its inspectors visited 25 construction projects before the order came.\nMarbel Dam work forced more than half a million villagers out since building began.\n',
  });
  const d = buildDigest(index, at);
  const figures = shown(d).map((l) => l.figure);

  it('keeps the noun a count counts past the word before it ("25 construction projects", not "25 construction")', () => {
    expect(figures).toContain('25 construction projects');
    expect(figures).not.toContain('25 construction');
  });

  it('shows a range whole, not its low end alone', () => {
    const range = shown(d).find((l) => l.context.includes('30 to 40'));
    expect(range?.figure).toBe('30 to 40 large sites');
    expect(figures).not.toContain('30 to');
  });

  it('shows "half a million" whole, never "more than half" or "a million"', () => {
    const text = digestToText(d);
    expect(text).not.toMatch(/• (?:more than half|a million):/);
    expect(figures.every((f) => f !== 'a million' && f !== 'more than half')).toBe(true);
  });
});

describe("an article's own results, written with no name (digest-29)", () => {
  const profit = defaultVocabulary().concepts.find((c) => c.name === 'profit');

  it("reads a sentence opening with its measure as the article's", () => {
    expect(profit).toBeDefined();
    if (!profit) return;
    expect(opensWithMeasure('Net profit in the six months rose 28% to $458m.', profit)).toBe(true);
    expect(opensWithMeasure('Full-year profits rose 5% to $2bn.', profit)).toBe(true);
    expect(opensWithMeasure('The other $41m is to come from the insurers.', profit)).toBe(false);
    expect(opensWithMeasure('Analysts expect profit of $3bn.', profit)).toBe(false);
    // Loans a central bank reports are no firm's results.
    const debt = defaultVocabulary().concepts.find((c) => c.name === 'debt');
    expect(debt).toBeDefined();
    if (debt) expect(opensWithMeasure('New loans in the month rose to $83m.', debt)).toBe(false);
  });

  it("titles the firm's profit by the firm the story is about", () => {
    const index = indexOf({
      'air/a':
        'Tasman Air profits soar\n\nTasman Air, the Pacific airline, has reported strong results for the half year.\nNet profit in the six months to December rose 28% to $458m from a year earlier.\nTasman Air said fuel costs had risen sharply.\n',
      'air/b':
        'Tasman Air looks abroad\n\nTasman Air could shift 7,000 jobs to Asia, two papers say.\nTasman Air said nothing was settled yet about those posts.\n',
    });
    const d = buildDigest(index, at);
    const line = shown(d).find((l) => l.figure === '$458m');
    expect(line?.title).toBe('Tasman Air · profit');
  });
});

describe('the top line counts one exact amount over every article (digest-29)', () => {
  // One claim of $90bn: one article titles it damages, two give it with no measure the digest can show.
  const index = indexOf({
    'case/a':
      'Court rejects $90bn claim\n\nThe demand for $90bn, filed by the Ruritanian government in 1999, was rejected in a split decision on Friday.\nThe court found the case could not go ahead under the racketeering law.\n',
    'case/b':
      'Government seeks new $90bn ruling\n\nThe Ruritanian Justice Ministry will appeal against the judges who dismissed its claim for $90bn in damages from cigar makers.\nThe cigar makers said they would fight on.\n',
    'case/c':
      "Cigar makers hail ruling\n\nCigar makers cheered when judges threw out the government's $90bn claim over smoking.\nShares in the makers jumped once the judges had spoken on Friday.\n",
  });
  const d = buildDigest(index, at);

  it('cites every article giving the amount at a glance', () => {
    const top = d.topLine.find((t) => t.figure === '$90bn');
    expect(top).toBeDefined();
    expect([top?.source.id, ...(top?.also.map((a) => a.id) ?? [])].sort()).toEqual([
      'case/a',
      'case/b',
      'case/c',
    ]);
  });
});

describe('a number word inside a name (digest-29)', () => {
  it('names the story as its articles write the name ("Seven Rivers Dam", not "Rivers Dam")', () => {
    const index = indexOf({
      'dam/a':
        'Dam halted\n\nWork on the Seven Rivers Dam was halted on Monday by the Marbelan environment agency.\nThe Seven Rivers Dam has been criticised by Marbelan campaigners.\n',
      'dam/b':
        'Dam firm fined\n\nThe Seven Rivers Dam company faces a fine for ignoring the order.\nCampaigners say the Seven Rivers Dam has forced thousands from their homes.\n',
    });
    expect(storyName(index)).toContain('Seven Rivers Dam');
  });
});

describe('a moment as a title shows it (digest-29)', () => {
  it('drops a joining "of" and a possessive ending, keeps what is anchored', () => {
    expect(momentShown({ text: 'of 2006' })).toBe('2006');
    expect(momentShown({ text: "2003's" })).toBe('2003');
    expect(momentShown({ text: 'the first half' })).toBe('the first half');
    expect(momentShown({ text: 'last year', anchored: 'in 2004' })).toBe('in 2004');
  });
});

describe('a loss is titled as a loss, never "loss (change)" (digest-29)', () => {
  it('gives no "change" unit to a loss read after "loss of"', () => {
    const index = indexOf({
      'club/a':
        'Helmstadt in the red\n\nHelmstadt United posted a record loss of 40m euros for the year to June, its owners said.\nHelmstadt United also sold its stadium to a bank.\n',
      'club/b':
        'Helmstadt rescue\n\nHelmstadt United reported a loss of 40m euros for the year to June on Tuesday.\nHelmstadt United creditors met in Bonn.\n',
    });
    const groups = buildDigest(index, at).figures.filter((g) => g.measure === 'loss');
    expect(groups.length).toBeGreaterThan(0);
    for (const g of groups) expect(g.unit).toBeUndefined();
  });
});
