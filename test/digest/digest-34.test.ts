/**
 * Issue 20 §4 (digest-34): lines an editor would forward. A count of the story's measure whose
 * sentence names no owner changes the main name's earlier count; a new level is said as a change of
 * the earlier one before the move that reached it is listed; a movement's line is not titled with
 * the moment of its first value; a count shows the plural noun right past its number, an ordinal
 * its suffix; a contest's standing ("a 3-1 lead") is no result of the match its sentence names.
 */
import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/build.js';
import type { FigureLine } from '../../src/digest/figures.js';
import { figureWords, writesMoment } from '../../src/digest/format.js';
import { standing } from '../../src/digest/results.js';
import { indexOf } from '../helpers/index.js';

const at = { now: new Date('2026-12-07T08:00:00Z') };

describe('a count whose sentence names no owner', () => {
  const a = `Zedmotor deal 'may cost 2,000 jobs'\n\nSome 2,000 jobs at Zedmotor may be cut if an Orvan carmaker invests in the firm, a newspaper says. Zedmotor called the talk of cuts guesswork when asked by reporters. Its managers hope to sign the investment deal in March.\n`;
  const b = `Zedmotor tie-up held up\n\nRegulators have held up the planned tie-up of Zedmotor with the Orvan carmaker, a newspaper says. Officials were annoyed that Zedmotor spoke in public about the talks in October. According to the Sentinel, 3,000 jobs - from a staff of 6,500 - could go once the deal is done. Neither firm would comment.\n`;

  it("changes the story's main name's earlier count of the measure", () => {
    const d = buildDigest(indexOf({ a, b }), { ...at, previousArticleIds: ['a'] });
    const change = d.changes.find((c) => c.now.figure.includes('3,000'));
    expect(change?.before.figure).toContain('2,000');
    expect(change?.subject).toBe('Zedmotor');
  });

  it("does not change a count of another named owner's", () => {
    const other = a.replace(
      'Some 2,000 jobs at Zedmotor may be cut',
      'Some 2,000 jobs at the Orvan carmaker Halvero may be cut',
    );
    const d = buildDigest(indexOf({ a: other, b }), { ...at, previousArticleIds: ['a'] });
    expect(d.changes.some((c) => c.now.figure.includes('3,000'))).toBe(false);
  });
});

describe('a level and the move that reached it, in one sentence of the new article', () => {
  const a = `Zed crude eases\n\nThe price of Zed crude fell more than $2 to $38.40 a barrel in Ostrava trading on Monday as worries over supply faded. Dealers said the frost in the hills had hurt demand less than they feared. The price had climbed fast the week before.\n`;
  const b = `Zed crude back above $40\n\nThe price of Zed crude rose $1.70 to $40.10 a barrel in Ostrava trading on Tuesday as the frost came back to the hills. Dealers said stocks of fuel for heating were thinner than thought. The price had dropped fast on Monday.\n`;

  it('is said as the change of the earlier level, not as the move added', () => {
    const d = buildDigest(indexOf({ a, b }), { ...at, previousArticleIds: ['a'] });
    const change = d.changes.find((c) => c.now.figure === '$40.10');
    expect(change?.before.figure).toBe('$38.40');
    const adds = d.newArticles.find((n) => n.id === 'b')?.adds ?? [];
    expect(adds.some((x) => x.figure === '$1.70' && !x.was)).toBe(false);
  });
});

describe("a movement's line", () => {
  const line = (figure: string): FigureLine => ({
    figure,
    context: `The average price fell ${figure}.`,
    cutBefore: false,
    cutAfter: false,
    source: { id: 'a', title: 'Prices fall' },
    also: [],
    factId: 'a#1',
  });

  it('is not titled with the moment its words give the first value', () => {
    const moved = line('from £150,200 in May to £149,100');
    expect(writesMoment(moved.figure, 'in May')).toBe(true);
    expect(figureWords(moved, { moment: 'in May', key: 'month:5', lines: [] })).toMatch(/^from £150,200/);
  });

  it('keeps the title of a moment its words do not write, and for a figure that is no movement', () => {
    const moved = line('from £150,200 in May to £149,100');
    expect(figureWords(moved, { moment: 'in 2004', key: 'year:2004', lines: [] })).toMatch(/^in 2004: from/);
    const level = line('£149,100 in May');
    expect(writesMoment(level.figure, 'in May')).toBe(false);
    expect(figureWords(level, { moment: 'in May', key: 'month:5', lines: [] })).toMatch(/^in May: /);
    expect(writesMoment('from 4% in Mayfield to 5%', 'in May')).toBe(false);
  });
});

describe('a count as the digest shows it', () => {
  const a = `Zedcore tops speed chart\n\nThe Zedcore machine built by Orvotek now heads the list of the fastest computers on earth. Tests at the national laboratory put the speed of the Zedcore machine at 71.5 teraflops. The laboratory has now set its 12th record of this kind since the list began.\n`;
  const b = `Orvotek plans faster machine\n\nOrvotek will build a faster Zedcore machine for the national laboratory next year, its makers said. The final Zedcore machine is expected to reach 360 teraflops when it is completed. Its engineers said the final machine would use far less power than its rivals.\n`;

  it("shows the plural noun right past its number, and an ordinal's suffix", () => {
    const figures = buildDigest(indexOf({ a, b }), at).facts.map((f) => f.figure);
    expect(figures).toContain('71.5 teraflops');
    expect(figures).toContain('360 teraflops');
    expect(figures).toContain('12th');
    expect(figures).not.toContain('71.5');
    expect(figures).not.toContain('12');
  });

  it('keeps to the number where the noun runs on into a longer name of the thing counted', () => {
    const more = b.replace(
      'than its rivals.',
      'than its rivals. Orvotek also sold the laboratory 4,000 sports utility vehicles for its staff.',
    );
    const figures = buildDigest(indexOf({ a, b: more }), at).facts.map((f) => f.figure);
    expect(figures).toContain('4,000');
    expect(figures).not.toContain('4,000 sports');
  });
});

describe("a contest's standing", () => {
  const span = (text: string, score: string) => ({
    text,
    start: text.indexOf(score),
    end: text.indexOf(score) + score.length,
  });

  it('is read from a lead, an "up" or a margin, not from a result', () => {
    const lead = 'Ivo Brandt beat Jan Orvo 6-2 7-6 6-4, handing the home side a 3-1 lead.';
    expect(standing(span(lead, '3-1'))).toBe(true);
    expect(standing(span(lead, '6-2 7-6 6-4'))).toBe(false);
    expect(standing(span('Ostrava go 2-0 up in the tie.', '2-0'))).toBe(true);
    const margin = 'Jan Orvo beat Ivo Brandt 6-3 6-2 to cut the winning margin to 3-2.';
    expect(standing(span(margin, '3-2'))).toBe(true);
    expect(standing(span(margin, '6-3 6-2'))).toBe(false);
  });

  it('is not listed as the result of the match its sentence names', () => {
    const a = `Brandt seals cup for Ostrava\n\nOstrava took the cup for a second time when Ivo Brandt beat Jan Orvo in the fourth rubber. Brandt won 6-3 7-5 6-4, handing the home side a 3-1 lead that could not be caught. In the last rubber, which no longer counted, Hans Zed beat Tom Vessa 6-4 6-3 to cut the winning margin to 3-2.\n`;
    const b = `Brandt thrilled by cup win\n\nIvo Brandt called the cup win the best moment of his career after he beat Jan Orvo in the final. Brandt, who missed the last final with an injury, beat Orvo 6-3 7-5 6-4 to hand the home side a 3-1 lead. Orvo said the home side had simply played better.\n`;
    const d = buildDigest(indexOf({ a, b }), at);
    const values = d.results.flatMap((m) => m.results.map((r) => r.figure));
    expect(values).toContain('6-3 7-5 6-4');
    expect(values).toContain('6-4 6-3');
    expect(values).not.toContain('3-1');
    expect(values).not.toContain('3-2');
  });
});
