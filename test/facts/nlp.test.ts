import { describe, expect, it } from 'vitest';
import {
  sentencesOf,
  startWinkThread,
  tagAhead,
  tagInProcess,
  tagManyAhead,
  tagWords,
  tagWordsOfMany,
} from '../../src/facts/nlp.js';

/** A text's words and parts of speech as the tagger in-process reads them (punctuation left out). */
const inProcessWords = (text: string) => {
  const raw = tagInProcess(text);
  const out: string[][] = [];
  for (let i = 0; i + 3 <= raw.length; i += 3)
    if ((raw[i + 1] === 'word' || raw[i + 1] === 'number') && /^[\p{L}\p{N}]/u.test(raw[i] ?? ''))
      out.push([raw[i] ?? '', raw[i + 2] ?? '']);
  return out;
};

describe('sentencesOf', () => {
  it('does not split at decimals such as $2.48bn', () => {
    const s = sentencesOf('Profits rose to $2.48bn in 2004. Sales were flat.');
    expect(s).toEqual(['Profits rose to $2.48bn in 2004.', 'Sales were flat.']);
  });

  it('does not split at abbreviations', () => {
    const s = sentencesOf('Mr. Smith met U.S. officials at 3 p.m. on Monday. They agreed.');
    expect(s).toHaveLength(2);
    expect(s[0]).toContain('U.S. officials at 3 p.m. on Monday.');
  });
});

describe('sentencesOf after figures', () => {
  it('splits after a sentence that ends in a figure with a scale, such as £250m.', () => {
    expect(sentencesOf('Costs will reach an extra £250m. Sales in the period were up 3.6%.')).toEqual([
      'Costs will reach an extra £250m.',
      'Sales in the period were up 3.6%.',
    ]);
  });
});

describe('sentencesOf inside tokens', () => {
  it('does not split where no space follows, as in markup or code an article quotes', () => {
    const s = sentencesOf(
      'Hackers wrote <script>window.__pwned = 1</script> and <!channel> on the forum. Then they left!',
    );
    expect(s).toEqual([
      'Hackers wrote <script>window.__pwned = 1</script> and <!channel> on the forum.',
      'Then they left!',
    ]);
  });
});

describe('tagWords', () => {
  it('tags words with their part of speech and offset, leaving punctuation out', () => {
    const words = tagWords('Meta buys Scale AI, fast.');
    expect(words.map((w) => w.text)).toEqual(['Meta', 'buys', 'Scale', 'AI', 'fast']);
    expect(words[0]).toMatchObject({ pos: 'PROPN', start: 0 });
    expect(words[4]?.start).toBe(20);
  });

  it('tags many texts as it tags each, on the thread, in batches', () => {
    startWinkThread();
    // More than one batch (400), and texts of every kind: empty, one word, sentences.
    const texts = Array.from({ length: 450 }, (_, i) =>
      i % 3 === 0 ? '' : i % 3 === 1 ? `Acme${i}` : `Shares in Acme ${i} rose ${i}% on Monday.`,
    );
    expect(tagWordsOfMany(texts)).toEqual(texts.map((t) => tagWords(t)));
  });

  it('gives a text tagged lately its words again without a new trip, in the order asked', () => {
    const first = tagWords('Harbourline bought Kelmark for £2m on Friday.');
    // The same words, not a copy: the text was not tagged again.
    expect(tagWords('Harbourline bought Kelmark for £2m on Friday.')).toBe(first);
    // Texts tagged lately and new ones mixed: each in its place, as tagging each alone gives it.
    const mixed = [
      'Kelmark shares fell 3% in Ashby.',
      'Harbourline bought Kelmark for £2m on Friday.',
      'The mayor of Ashby said it was a fair price.',
      'Kelmark shares fell 3% in Ashby.',
    ];
    const many = tagWordsOfMany(mixed);
    expect(many[1]).toBe(first);
    expect(many.map((words) => words.map((w) => w.text).join(' '))).toEqual([
      'Kelmark shares fell 3 in Ashby',
      'Harbourline bought Kelmark for 2 m on Friday',
      'The mayor of Ashby said it was a fair price',
      'Kelmark shares fell 3 in Ashby',
    ]);
    expect(many).toEqual(mixed.map((t) => tagWords(t)));
  });

  it('gives a text sent ahead the words tagging it then gives, other texts tagged meanwhile', () => {
    startWinkThread();
    const asked = 'Which Ashby firm did Harbourline buy for £3m in March?';
    const other = 'Harbourline chief Jo Lane spoke in Ashby.';
    // One sent ahead and never asked for: forgotten when the next is sent.
    tagAhead('A text sent ahead and never asked for.');
    tagAhead(asked);
    const meanwhile = tagWords(other);
    const words = tagWords(asked);
    expect(words.map((w) => [w.text, w.pos])).toEqual(inProcessWords(asked));
    expect(words.map((w) => w.text)).toContain('Harbourline');
    expect(meanwhile.map((w) => [w.text, w.pos])).toEqual(inProcessWords(other));
    // Kept as lately tagged: asked again, the same words.
    expect(tagWords(asked)).toBe(words);
  });
});

describe('tagManyAhead', () => {
  it('gives texts sent ahead together the words tagWords and tagWordsOfMany give, sent once', () => {
    startWinkThread();
    const sent = [
      'Lakonia Air carried 2.1m passengers in 2004, up 8%.',
      'Its chief, Jo Lane, said fares fell.',
      'Brindle Rail lost £3m.',
    ];
    // Sent ahead and forgotten when the next is sent; then the three (one twice).
    tagManyAhead(['A sentence never asked for, sent ahead.']);
    tagManyAhead([...sent, sent[0] ?? '']);
    const meanwhile = tagWords('Harbourline spoke in Ashby.');
    expect(meanwhile.map((w) => [w.text, w.pos])).toEqual(inProcessWords('Harbourline spoke in Ashby.'));
    // One asked by tagWordsOfMany, with a text never sent: every one as the tagger reads it.
    const many = tagWordsOfMany([sent[1] ?? '', 'Widget rose 5% on Friday.']);
    expect(many.map((ws) => ws.map((w) => [w.text, w.pos]))).toEqual([
      inProcessWords(sent[1] ?? ''),
      inProcessWords('Widget rose 5% on Friday.'),
    ]);
    // The others came in the same reply: kept as lately tagged, asked one by one.
    const first = tagWords(sent[0] ?? '');
    expect(first.map((w) => [w.text, w.pos])).toEqual(inProcessWords(sent[0] ?? ''));
    expect(first.map((w) => w.start)).toEqual(
      first.map((w, i) => (sent[0] ?? '').indexOf(w.text, i === 0 ? 0 : (first[i - 1]?.start ?? 0) + 1)),
    );
    expect(tagWords(sent[2] ?? '').map((w) => [w.text, w.pos])).toEqual(inProcessWords(sent[2] ?? ''));
  });
});
