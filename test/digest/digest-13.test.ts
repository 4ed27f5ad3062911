/**
 * Issue 20, an editor's review of digests: a copy filed again with a word changed counts once; a
 * figure stated by two articles naming its subject by different words of one name is one claim
 * at a glance; a relative moment is shown as the date it stands for.
 */
import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/build.js';
import { clusterFigures, type FigureMention } from '../../src/digest/figures.js';
import { parseQuantities } from '../../src/facts/quantities.js';
import { defaultVocabulary } from '../../src/index/vocabulary.js';
import { indexOf } from '../helpers/index.js';

const at = { now: new Date('2026-11-24T08:00:00Z') };

const BODY = [
  'Zedco has cut 2,500 jobs at its plants in the north, the firm said on Monday.',
  'The cuts follow a fall in orders from carmakers, which buy most of the steel it makes at its three mills.',
  'Unions said they would fight the plan and called a meeting of members for later this week.',
  'The firm said it expected orders to pick up again by the end of next year as new models came out.',
  'Its shares rose 4% in early trading after the news, which analysts said had been widely expected.',
  'The company employs about 9,000 people across the country, making it one of the biggest employers in the region.',
].join(' ');

describe('copies filed again with a word changed', () => {
  it('counts an article whose text differs from another by a word as the same article', () => {
    const d = buildDigest(
      indexOf({
        a: `Zedco cuts jobs\n\n${BODY}\n`,
        b: `Zedco cuts jobs\n\n${BODY.replace('on Monday', 'on Tuesday')}\n`,
        c: 'Zedco union meets\n\nUnion leaders met Zedco managers on Friday to discuss the 2,500 job cuts at the steel firm, which it blames on weak orders.\n',
      }),
      at,
    );
    expect(d.articleCount).toBe(2);
    for (const top of d.topLine) {
      const ids = [top.source.id, ...top.also.map((c) => c.id)];
      const distinct = new Set(ids.map((id) => (id === 'b' ? 'a' : id)));
      // One article: never cited twice, so never a claim stated by most articles on a and b alone.
      expect(distinct.size).toBe(ids.length);
      // A claim of one article leads only as the story's event, its lead (digest-32), never as a figure.
      if (distinct.size < 2) expect(top.figure).toBeUndefined();
    }
  });
});

describe('a claim whose subject two articles name by different words of one name', () => {
  /** A mention of an amount as `figureMentions` gives it: whose, keyed, and measured or not. */
  const mention = (
    id: string,
    text: string,
    subject: string,
    key: string,
    measured: boolean,
  ): FigureMention => {
    const [quantity, ...also] = parseQuantities(text);
    if (!quantity) throw new Error(`no figure in ${text}`);
    const fact = {
      id: `${id}#0`,
      articleId: id,
      position: 0,
      kind: 'paragraph',
      text,
      terms: [],
      quantities: [],
    };
    const price = defaultVocabulary().concepts.find((c) => c.name === 'price');
    return {
      fact: fact as unknown as FigureMention['fact'],
      quantity,
      also,
      ...(measured && price ? { concept: price } : {}),
      subjectFrom: 'named',
      modality: 'fact' as FigureMention['modality'],
      subject: [subject],
      subjectKey: key,
      context: { text, cutBefore: false, cutAfter: false },
      article: { id, title: id, hash: id } as unknown as FigureMention['article'],
      placed: true,
    };
  };

  it('is one claim: a short name meets a word of the long name as written, whatever each is keyed by', () => {
    const clusters = clusterFigures([
      mention(
        'a',
        'The Zedco Vortex Console (ZVC) will cost about 24,500 yen when it hits the shelves.',
        'Zedco Vortex Console ZVC',
        'zedco',
        true,
      ),
      mention(
        'b',
        'The ZVC sells in Japan for 24,500 yen while its older rival sells for less.',
        'ZVC',
        'zvc',
        false,
      ),
    ]);
    expect(clusters.map((c) => c.articles)).toEqual([2]);
  });

  it('keeps the amount of a subject no word of whose name meets apart', () => {
    const clusters = clusterFigures([
      mention(
        'a',
        'The Zedco Vortex Console (ZVC) will cost about 24,500 yen when it hits the shelves.',
        'Zedco Vortex Console ZVC',
        'zedco',
        true,
      ),
      mention(
        'b',
        'The Lumo Box sells in Japan for 24,500 yen while its older rival sells for less.',
        'Lumo Box',
        'lumo',
        false,
      ),
    ]);
    expect(clusters.map((c) => c.articles)).toEqual([1, 1]);
  });
});

describe('a relative moment in the figures', () => {
  it('is shown as the month it stands for, anchored to the month the sentence names', () => {
    const d = buildDigest(
      indexOf({
        a: 'Deficit narrows\n\nThe Trade Ministry said America’s deficit with China stood at $14.2bn in November, down from $14.8bn the month before, in data published on Friday.\n',
        b: 'Trade figures\n\nAmerica’s deficit with China stood at $14.2bn in November, the Trade Ministry said, as aircraft exports rose.\n',
      }),
      at,
    );
    const moments = d.figures.flatMap((g) => g.moments.map((m) => m.moment));
    expect(moments).toContain('in October');
    expect(moments).not.toContain('the month before');
  });
});

describe('a copy is no second source', () => {
  it('cites an article or its copy, never both, beside the other articles stating the same figure', () => {
    const index = indexOf({
      a: `Zedco cuts jobs\n\n${BODY}\n`,
      b: `Zedco cuts jobs\n\n${BODY}\n`,
      c: 'Zedco union meets\n\nZedco has cut 2,500 jobs at its plants in the north, union leaders said on Friday after meeting managers.\n',
    });
    const d = buildDigest(index, at);
    const cited = [
      ...d.topLine.map((t) => [t.source.id, ...t.also.map((c) => c.id)]),
      ...d.figures.flatMap((g) =>
        g.moments.flatMap((m) => m.lines.map((l) => [l.source.id, ...l.also.map((c) => c.id)])),
      ),
      ...d.facts.map((l) => [l.source.id, ...l.also.map((c) => c.id)]),
    ];
    const jobs = cited.filter((ids) => ids.includes('c'));
    expect(jobs.length).toBeGreaterThan(0);
    for (const ids of cited) expect(ids.includes('a') && ids.includes('b')).toBe(false);
  });
});
