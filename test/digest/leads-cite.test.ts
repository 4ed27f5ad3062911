/**
 * Issue 20 (grounded digest, cite-35): never cite an article that does not say it. A sentence that
 * shares a lead's story words (the firm, the product, the event's verb) but tells of another thing
 * done, or of another one doing it, does not state the lead; a paraphrase of the same act by the same
 * one still does. Invented stories.
 */
import { describe, expect, it } from 'vitest';
import { leadClaims } from '../../src/digest/leads.js';
import { defaultVocabulary } from '../../src/index/vocabulary.js';
import { indexOf } from '../helpers/index.js';

const v = defaultVocabulary();
const citedFor = (files: Record<string, string>, id: string) =>
  leadClaims(indexOf(files), [], v, () => true)
    .find((l) => l.fact.articleId === id)
    ?.articles.slice(1)
    .sort();

describe('the articles cited as stating a lead', () => {
  it('leave out one releasing another thing, though it shares the firm, the act and the product', () => {
    const story = {
      a: "Vexa's Orb to play more\n\nVexa is selling an adapter for its Orb pocket player so it can play songs and films. The adapter will cost little.\n",
      b: 'Pocket wars begin\n\nThe pocket gaming trade will grow this year with several new machines. Top seller Vexa, though, is selling a pocket player that it says will change how people play.\n',
      c: "Orb on sale in May\n\nVexa's new pocket player, the Orb, reaches Freedonia in May, the firm says. It can play songs too.\n",
    };
    expect(citedFor(story, 'a')).not.toContain('b');
  });

  it('leave out one telling of another player ruled out of the same match', () => {
    const story = {
      d: 'Pell out of Shires match\n\nTom Pell has been ruled out of the Zedland side for the Four Shires match with Norland in Brackton.\n',
      e: 'Zedland captain out\n\nZedland captain Ivo Marr has been ruled out of the Four Shires match with Norland.\n',
      f: 'Norland unchanged\n\nNorland keep the same side for the Four Shires match with Zedland. Tom Pell misses it.\n',
    };
    expect(citedFor(story, 'd')).not.toContain('e');
  });

  it('keep one saying the same act in other words, whoever reports it', () => {
    const story = {
      g: 'Greens back road tolls\n\nThe Greens are to back the disputed council plan for road tolls in Brackton.\n',
      h: 'Greens deny split\n\nJo Ward has denied her group was split over its choice to back the disputed council plan for road tolls in Brackton.\n',
      i: 'Road tolls vote\n\nThe council votes on the road tolls next month. The Greens hold four seats.\n',
    };
    expect(citedFor(story, 'g')).toContain('h');
  });
});
