/**
 * Right or silent: a figure whose measure is not read is shown as a plain fact, in its sentence,
 * under no "subject · measure" title; never in a titled group.
 */
import { describe, expect, it } from 'vitest';
import { buildDigest, quotedByNobody } from '../../src/digest/build.js';
import { subjectIsMeasure } from '../../src/digest/figures.js';
import { digestToText } from '../../src/digest/format.js';
import { stemsOf } from '../../src/facts/terms.js';
import { indexOf } from '../helpers/index.js';

const at = { now: new Date('2026-11-24T08:00:00Z') };

const story = {
  a: 'Lee album out\n\nSinger Ann Lee released her tenth album in London on Tuesday, to warm reviews from the critics. Zedco Music had grown into a $160bn media giant before it signed Ann Lee in 2002, critics say.\n',
  b: 'Lee on tour\n\nSinger Ann Lee told fans in London on Wednesday that she would tour Britain next year with her band. Zedco Music paid its lawyers $12m last year, filings show.\n',
};

describe('plain facts', () => {
  it('shows a figure no measure word claims, in its sentence, without a title', () => {
    const d = buildDigest(indexOf(story), at);
    const plain = d.facts.find((l) => l.figure === '$160bn');
    expect(plain?.context).toMatch(/media giant/);
    expect(plain?.source.id).toBe('a');
    expect(d.figures.some((g) => g.moments.some((m) => m.lines.some((l) => l.figure === '$160bn')))).toBe(
      false,
    );
    const text = digestToText(d);
    expect(text).toMatch(/Other figures\n {4}• \$160bn: “Zedco Music had grown/);
  });

  it('shows at most maxFacts of them', () => {
    const d = buildDigest(indexOf(story), { ...at, maxFacts: 0 });
    expect(d.facts).toEqual([]);
    expect(digestToText(d)).not.toMatch(/Other figures/);
  });

  it('shows a figure whose subject is not read as a plain fact, when its sentence names someone and says enough', () => {
    // ("The price of gold fell to $427.80 an ounce" is read since claims-8: gold · price (an ounce).)
    const d = buildDigest(
      indexOf({
        a: 'Gold price falls\n\nBullion changed hands at $427.80 in Asian trading on Monday after the Zed Group plan was announced. Dealers in Tokyo said trading was thin.\n',
        b: 'Zed Group plan\n\nThe Zed Group said on Sunday it would study the sale of gold held by the Fund to help the poorest states.\n',
      }),
      at,
    );
    expect(d.facts.map((l) => l.figure)).toContain('$427.80');
    expect(d.figures.some((g) => g.moments.some((m) => m.lines.some((l) => l.figure === '$427.80')))).toBe(
      false,
    );
  });

  it('gives no title whose measure the sentence does not say: the figure is a plain fact', () => {
    const d = buildDigest(
      indexOf({
        a: 'Pell pushes loan plan\n\nZed Group finance ministers met in Lisbon to discuss cancelling the debt of the poorest states. Earlier, Mr Pell told the Daily Post the Zeds had stepped up support for Africa over the last three years from $1.3bn per year to $3.9bn per year.\n',
        b: 'Pell in Lisbon\n\nMr Pell told reporters in Lisbon on Friday that the Zed Group would cancel the debt of the poorest states this year.\n',
      }),
      at,
    );
    const titled = d.figures.flatMap((g) =>
      g.moments.flatMap((m) => m.lines.map((l) => `${g.measure} ${l.figure}`)),
    );
    expect(titled.filter((t) => /\$1\.3bn|\$3\.9bn/.test(t))).toEqual([]);
    expect(d.facts.map((l) => l.figure)).toContain('$1.3bn');
  });
});

describe('a subject that is the measure word itself', () => {
  const investment = { phrases: [stemsOf('investment')] };
  it('is no one\'s figure ("Investment · investment")', () => {
    expect(subjectIsMeasure(['Investment'], investment)).toBe(true);
  });
  it('keeps a real name, even one holding the word', () => {
    expect(subjectIsMeasure(['Zedco'], investment)).toBe(false);
    expect(subjectIsMeasure(['Zed Investment Authority'], investment)).toBe(false);
    expect(subjectIsMeasure([], investment)).toBe(false);
  });
});

describe('plain facts an editor can use', () => {
  const quoted = {
    a: 'Mill jobs\n\nBorrow Steel is a niche steel maker in Kelton, some 40 miles from Dunmore, with a long history. "In our trade the market is global, we would need not 520 people but maybe only 180 or 230," he says. Mill manager Tom Rudd says that he now hopes to raise output "by nearly 40%" next spring.\n',
    b: 'Mill sales\n\nBorrow Steel exported steel worth $85m to Asian buyers last year, the Kelton company said in its annual report.\n',
  };

  it('shows no figure quoted from a speaker the sentence does not name, nor one hoped for', () => {
    const d = buildDigest(indexOf(quoted), at);
    const figures = d.facts.map((l) => l.figure);
    expect(figures.some((f) => /520|40%/.test(f))).toBe(false);
  });

  it('shows no distance from a place: it says where something is, not what happened', () => {
    const d = buildDigest(indexOf(quoted), at);
    expect(d.facts.some((l) => /miles/.test(l.context) && /40/.test(l.figure))).toBe(false);
  });

  it('keeps a quotation its sentence attributes by name; drops one said by "he" or carried on from before', () => {
    const at = (text: string, figure: string) => quotedByNobody(text, text.indexOf(figure));
    expect(at('"We would need not 460 people," he says.', '460')).toBe(true);
    expect(at('"We would need not 460 people," says Tom Rudd.', '460')).toBe(false);
    expect(at('If we cut costs we could hire 460 people," he added.', '460')).toBe(true);
    expect(at('Tom Rudd says output rose 40% after the "difficult" winter.', '40%')).toBe(false);
  });
});
