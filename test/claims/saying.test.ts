/**
 * Issue 21: one list of verbs of saying, shared by who speaks a quotation (speaker.ts), whose a
 * figure is (subject.ts) and what the digest reads as only said (digest/figures.ts).
 */
import { describe, expect, it } from 'vitest';
import { QUOTING_VERBS, SAYING_VERBS } from '../../src/claims/saying.js';

const saying = new RegExp(`^(?:${SAYING_VERBS})$`);
const quoting = new RegExp(`^(?:${QUOTING_VERBS})$`);

describe('SAYING_VERBS', () => {
  it('holds the third person and the past of verbs that report words', () => {
    for (const word of ['said', 'says', 'told', 'warned', 'admits', 'explained', 'announced', 'stated'])
      expect(saying.test(word), word).toBe(true);
  });

  it('holds no verb that takes a thing as often as words, nor other forms', () => {
    for (const word of ['agreed', 'asked', 'continued', 'rose', 'say', 'saying', 'sa'])
      expect(saying.test(word), word).toBe(false);
  });
});

describe('QUOTING_VERBS', () => {
  it('adds the verbs that attribute only a quotation', () => {
    for (const word of ['said', 'asked', 'continued', 'agreed']) expect(quoting.test(word), word).toBe(true);
    expect(quoting.test('rose')).toBe(false);
  });
});
