/**
 * Issue 20 §4 (digest-37): "New since the last digest" says which earlier figures a new article
 * changes, in time's order. A level told of a whole year ("gained 5% during the year to close at
 * ...", "ended the year at ...") is of another moment than a day's level an earlier article gave:
 * it changes nothing (a new article written at the year's end, older than the others, said the
 * year's close "changed" a later day's close). A day's new level still changes the day's old one.
 */
import { describe, expect, it } from 'vitest';
import { buildDigest, toldOfWholeYear } from '../../src/digest/build.js';
import { indexOf } from '../helpers/index.js';

const at = { now: new Date('2026-12-07T08:00:00Z') };

const dayClose = `Orvan shares reach a five-month high\n\nShares in Orvania climbed on Thursday after factory output in the country rose faster than forecast. The Orvex share gauge finished Thursday 0.9% up at 8,240.50 points. Dealers said the rise in output had lifted hopes for a recovery.\n`;
const yearClose = `Orvan shares finish the year higher\n\nOrvan stocks closed out the year at a six-month peak on hopes of a recovery. The Orvex share gauge rose 6.1% during the year to finish at 8,015.20 points. Dealers said the new year would test those hopes.\n`;
const nextDay = `Orvan shares slip back\n\nShares in Orvania slipped on Friday as dealers took profits after the rise in factory output. The Orvex share gauge finished Friday 0.4% down at 8,207.90 points. Dealers said the fall was a pause.\n`;

describe("a whole year's level against a day's", () => {
  it("is no change of the day's level", () => {
    const d = buildDigest(indexOf({ a: dayClose, b: yearClose }), { ...at, previousArticleIds: ['a'] });
    expect(d.changes.some((c) => c.now.figure.includes('8,015.20'))).toBe(false);
  });

  it("leaves a day's new level a change of the day's old one", () => {
    const d = buildDigest(indexOf({ a: dayClose, b: nextDay }), { ...at, previousArticleIds: ['a'] });
    const change = d.changes.find((c) => c.now.figure.includes('8,207.90'));
    expect(change?.before.figure).toContain('8,240.50');
  });
});

describe('toldOfWholeYear', () => {
  it('reads a figure told of the whole year', () => {
    expect(toldOfWholeYear('The gauge rose 6.1% during the year to finish at 8,015 points.')).toBe(true);
    expect(toldOfWholeYear('The gauge ended the year at a new peak.')).toBe(true);
    expect(toldOfWholeYear('Sales over the year reached $2bn.')).toBe(true);
    expect(toldOfWholeYear('The year-end close was 8,015 points.')).toBe(true);
  });

  it('reads no whole year in a day, a month or the year before', () => {
    expect(toldOfWholeYear('The index ended the day up 0.9% at 8,240 points.')).toBe(false);
    expect(toldOfWholeYear('Sales rose 3% over the year before.')).toBe(false);
    expect(toldOfWholeYear('Output rose 2% in the month.')).toBe(false);
  });
});

// Three previews of a made-up console: each gives its launch year past its opening; one leads with
// a date for details, the others with what the chip does.
const previewA =
  'Details of Orvex chip due on Monday\n\nDetails of the chip made to run the Zedbox Pro console will be given out in Lisbon on Monday. The chip was built by three firms working together. Engineers spent four years on the design. The Zedbox Pro is expected in 2027 but makers of games will get early kits before its launch. Rival firms are watching the launch closely. The chip runs at high speed. Its makers say it uses little power. Shops say demand for consoles is strong.\n';
const previewB =
  'First look at the Orvex chip\n\nThe chip inside the Zedbox Pro can do many sums at once, its makers have said. It splits each job into small parts handled side by side. Makers of games say the design will take time to learn. The launch of the Zedbox Pro console is expected in 2027, a spokesman for its makers said. The chip could also go into servers. Its makers hope to sell it to other firms. The design took four years.\n';
const previewC =
  'Orvex chip sold hard\n\nThe makers of the Orvex chip are selling it hard to the firms that make games. They say the chip will change how games look. Some makers of games are not so sure. Studios have been told the Zedbox Pro launch is expected in 2027 at the earliest. The chip may also power televisions. Its makers plan a second chip. Analysts expect strong sales.\n';

describe('the top line of a dated event every article gives past its opening', () => {
  it('leads where the event is still to come and every article of three states it', () => {
    const d = buildDigest(indexOf({ a: previewA, b: previewB, c: previewC }), at);
    expect(d.topLine.some((t) => /\b2027\b/.test(`${t.figure ?? ''} ${t.text}`))).toBe(true);
  });

  it('does not lead where the dated event is past', () => {
    const past = (text: string, sentence: string) =>
      text.replace(/[^.]*expected in 2027[^.]*\./, ` ${sentence}`);
    const d = buildDigest(
      indexOf({
        a: past(previewA, 'The first Zedbox was launched in 2019 after a long delay.'),
        b: past(previewB, 'The first Zedbox console was launched in 2019, a spokesman for its makers said.'),
        c: past(previewC, 'Studios recall the first Zedbox launch in 2019 with some pain.'),
      }),
      at,
    );
    expect(d.topLine.length).toBeGreaterThan(0);
    expect(d.topLine.some((t) => /\b2019\b/.test(`${t.figure ?? ''} ${t.text}`))).toBe(false);
  });

  it('does not lead where only two articles give it', () => {
    const d = buildDigest(indexOf({ a: previewA, b: previewB }), at);
    expect(d.topLine.some((t) => /\b2027\b/.test(`${t.figure ?? ''} ${t.text}`))).toBe(false);
  });
});
