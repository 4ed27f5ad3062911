import { describe, expect, it } from 'vitest';
import { buildDigest, namesByArticles } from '../../src/digest/build.js';
import { clusterFigures, figureMentions, statesClaim } from '../../src/digest/figures.js';
import { defaultVocabulary } from '../../src/index/vocabulary.js';
import { indexOf } from '../helpers/index.js';

const at = { now: new Date('2026-11-24T08:00:00Z') };

// The R fault (issue 20, grounding): "Film A ... when it took $21m" cited "same figure" to another
// article's "the movie took more than the expected $21m", whose film is another one. Neither sentence
// names the owner with a measure word; the second's owner is read from "the movie" (its article's
// focus), which the digest does not trust.
const articles = {
  'film/a':
    'Zorbo Returns breaks records\n\nThe comedy Zorbo Returns also set a new record for Boxing Day, when it took $21m, the studio said.\n',
  'film/c':
    'Zorbo Returns tops chart\n\nThe comedy Zorbo Returns topped the box office for a third week, studio estimates showed on Sunday.\n',
  'film/b':
    'Quillon Night opens\n\nThe thriller Quillon Night, starring Dana Pirelli, opened on Friday across the country. Despite cool reviews, the movie took more than the expected $21m.\n',
};

describe('an amount no measure word claims cites only an article whose sentence states it for the same owner', () => {
  const index = indexOf(articles);

  it('never cites "the movie took $21m" of another article\'s film as the same figure', () => {
    const d = buildDigest(index, at);
    const lines = [...d.figures.flatMap((g) => g.moments.flatMap((m) => m.lines)), ...d.facts, ...d.topLine];
    const eighteen = lines.filter((l) => l.figure?.endsWith('$21m'));
    expect(eighteen.length).toBeGreaterThan(0);
    for (const l of eighteen) {
      const other = l.source.id === 'film/a' ? 'film/b' : 'film/a';
      expect(l.also.map((a: { id: string }) => a.id)).not.toContain(other);
    }
  });

  it('still cites a sentence whose owner is read from "it" where it is the line\'s own', () => {
    const mentions = figureMentions(index, defaultVocabulary(), namesByArticles(index));
    const a = mentions.find((m) => m.article.id === 'film/a' && m.quantity.text.endsWith('$21m'));
    const b = mentions.find((m) => m.article.id === 'film/b' && m.quantity.text.endsWith('$21m'));
    expect(a).toBeDefined();
    expect(b).toBeDefined();
    if (!a || !b) return;
    // The other film's sentence is no citation of this one, whatever cluster holds both.
    expect(statesClaim(a, b)).toBe(false);
    // The same sentence in another article (a copy of the line's own words) still is.
    expect(statesClaim(a, { ...a, article: { ...a.article, id: 'film/z' } })).toBe(true);
    expect(clusterFigures(mentions).length).toBeGreaterThan(0);
  });
});
