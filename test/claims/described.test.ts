import { describe, expect, it } from 'vitest';
import { describedName, namesOfKind, writtenAsKind } from '../../src/claims/described.js';
import { claimsOfMany } from '../../src/claims/read.js';
import { indexOf } from '../helpers/index.js';

// Made-up article text throughout.
const ARTICLE = [
  'Stone Gate tops the charts',
  'Stone Gate, the studio comedy, topped the charts again. Stone Gate took $30m.',
  'Actor Jo Bloggs also opened his film Quiet River on Friday.',
  'In Quiet River, Bloggs plays a baker whose son runs away.',
  'Despite poor reviews from critics, the film took more than the expected $9m.',
].join('.\n');

describe('namesOfKind and writtenAsKind', () => {
  it('reads a title of small words written after its noun', () => {
    expect(namesOfKind(ARTICLE, 'film')).toEqual(['Quiet River on Friday', 'Quiet River']);
    expect(namesOfKind('The firm Acme Holdings and the Bank of England met.', 'firm')).toContain(
      'Acme Holdings',
    );
  });

  it('takes a name in apposition with its noun, and not a name before a noun it only describes', () => {
    expect(writtenAsKind('Acme, the UK bank, said so.', 'Acme', 'bank')).toBe(true);
    expect(writtenAsKind('It entered the US film charts at six.', 'US', 'film')).toBe(false);
  });
});

describe('describedName', () => {
  const previous = { text: 'In Quiet River, Bloggs plays a baker whose son runs away.', names: ['Bloggs'] };
  const before = 'Despite poor reviews from critics, the film took more than the expected ';

  it('reads "the film" as the film the sentence before names', () => {
    expect(describedName(before, [], previous, ARTICLE)).toBe('Quiet River');
  });

  it('prefers a name of its kind in its own sentence, before the description', () => {
    const own = 'Like Stone Gate, the comedy took ';
    expect(describedName(own, ['Stone Gate'], previous, ARTICLE)).toBe('Stone Gate');
  });

  it('gives nothing when no name near is written as of its kind', () => {
    expect(describedName('Despite poor reviews, the firm made ', [], previous, ARTICLE)).toBeUndefined();
    expect(describedName(before, [], undefined, ARTICLE)).toBeUndefined();
  });
});

describe('claims: whose "the film" figure is', () => {
  it('is the film the sentence before names, not the film the article names most', () => {
    const index = indexOf({ a: `${ARTICLE.split('.\n').join('\n\n')}\n` });
    const claim = claimsOfMany(index, index.facts()).find((c) => c.quantity.text === '$9m');
    expect(claim?.subject).toEqual(['Quiet River']);
  });
});
