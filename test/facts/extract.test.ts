import { describe, expect, it } from 'vitest';
import { articleFromBytes } from '../../src/corpus/load.js';
import type { Article } from '../../src/corpus/types.js';
import { Extraction, extractFacts, extractMany } from '../../src/facts/extract.js';
import { startWinkThread } from '../../src/facts/nlp.js';

const article = (text: string): Article => {
  const a = articleFromBytes('test/article', Buffer.from(text));
  if (typeof a === 'string') throw new Error(a);
  return a;
};

describe('extractFacts', () => {
  it('keeps a short line that states a figure as a line, after the facts, and drops other short ones', () => {
    const facts = extractFacts(
      article(
        'Rovers edge it\n\nRovers beat Albion at home on Saturday.\n\nSmith 75.\n\n20,170.\n\nWell done.\n\n8,200\n\nThe win lifts Rovers to third in the table.\n',
      ),
    );
    // "8,200" without a full stop looks like a heading to the parser: a number alone is a figure.
    expect(facts.map((f) => [f.text, f.kind, f.position])).toEqual([
      ['Rovers beat Albion at home on Saturday.', 'text', 0],
      ['The win lifts Rovers to third in the table.', 'text', 1],
      ['Smith 75.', 'line', 2],
      ['20,170.', 'line', 3],
      ['8,200', 'line', 4],
    ]);
  });

  it('keeps headlines out of the facts and never glues them to the next sentence', () => {
    const facts = extractFacts(
      article(
        'Big Deal Announced\n\nBackground on the Company\nThe company, founded in 2016, grew fast. It hired more staff.\n',
      ),
    );
    expect(facts.map((f) => f.text)).toEqual([
      'The company, founded in 2016, grew fast.',
      'It hired more staff.',
    ]);
  });

  it('makes list items without a full stop facts of their own', () => {
    const facts = extractFacts(
      article('Title Here\n\n• The firm employs 300 people in Leeds\n• Its revenue doubled in two years\n'),
    );
    expect(facts.map((f) => [f.kind, f.text])).toEqual([
      ['item', 'The firm employs 300 people in Leeds'],
      ['item', 'Its revenue doubled in two years'],
    ]);
  });

  it('reads each table row as one unit, without the header or the separator', () => {
    const facts = extractFacts(
      article(
        'Title Here\n\nSome text comes first here.\nCompany | Deal | Area |\n---|---|---|\nAcme Corp | Widget Co ($2B) | Widgets |\n',
      ),
    );
    expect(facts.map((f) => f.text)).toEqual([
      'Some text comes first here.',
      'Acme Corp | Widget Co ($2B) | Widgets',
    ]);
  });

  it('gives each fact its quantities, stems and an id of the article', () => {
    const [fact] = extractFacts(
      article('Title Here\n\nAcme Corp agreed to pay about £1.35bn for Widget Holdings.'),
    );
    expect(fact?.id).toBe('test/article#0');
    expect(fact?.quantities.map((q) => q.text)).toEqual(['about £1.35bn']);
    expect(fact?.terms.join(' ')).toBe('acm corp agre to pay about 1.35 bn for widget hold');
  });

  it('drops reference markers from the text', () => {
    const [fact] = extractFacts(article('Title Here\n\nThe deal is worth $10 billion[1][2] to the firm.'));
    expect(fact?.text).toBe('The deal is worth $10 billion to the firm.');
  });
});

describe('extractMany', () => {
  const texts = [
    'Deal Talk\n\nMr. Smith met Dr. J. Jones at 5 p.m. on Monday. They agreed a price of $2.5bn. Shares in it rose 4%.\n',
    'Other Story\n\nThe firm, valued at about £1.3bn, said profits rose. Sales were up.\n• Staff of 300\n',
    'Third\n\nNo break here at all\n\nSt. Helens beat Wigan. e.g. the next game is in May.\n',
  ];

  it('gives the facts extractFacts gives, article by article, splitting doubtful paragraphs on the wink thread', async () => {
    const articles = texts.map((text, i) => ({ ...article(text), id: `a${i}` }));
    startWinkThread();
    const many = await extractMany(articles);
    expect(many).toEqual(articles.map((a) => extractFacts(a)));
    // The doubtful paragraph was split as wink-nlp splits it, not after "Mr." or "Dr.".
    expect(many[0]?.map((f) => f.text)).toEqual([
      'Mr. Smith met Dr. J. Jones at 5 p.m. on Monday.',
      'They agreed a price of $2.5bn.',
      'Shares in it rose 4%.',
    ]);
  });

  it('gives nothing for no articles', async () => {
    expect(await extractMany([])).toEqual([]);
  });
});

describe('Extraction', () => {
  // speed-22: doubtful paragraphs go to the thread in batches as articles are added, not at the end.
  const texts = [
    'Deal Talk\n\nMr. Smith met Dr. J. Jones at 5 p.m. on Monday. They agreed a price of $2.5bn.\n',
    'Other Story\n\nThe firm, valued at about £1.3bn, said profits rose. Sales were up.\n',
    'Third\n\nSt. Helens beat Wigan. e.g. the next game is in May.\n\nNo break here at all\n',
  ];

  it('gives, article by article, what extractFacts gives, over several batches sent to the thread', async () => {
    const articles = Array.from({ length: 100 }, (_, i) => ({
      ...article(`${texts[i % 3]}\nItem ${i}: Ms. Lee said sales rose ${i}%. It was so.\n`),
      id: `b${i}`,
    }));
    startWinkThread();
    const extraction = new Extraction();
    for (const a of articles) extraction.add(a);
    const facts = await extraction.done();
    expect(facts).toEqual(articles.map((a) => extractFacts(a)));
    expect(facts[99]?.map((f) => f.text)).toContain('Item 99: Ms. Lee said sales rose 99%.');
    expect(await extractMany(articles)).toEqual(facts);
  });
});
