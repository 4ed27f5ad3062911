/**
 * Issue 20: one reader of words of nationality, shared by the answers and the draft check. Made-up names; each verdict is worked out from the runtime's list of places and English
 * endings, not echoed.
 */
import { describe, expect, it } from 'vitest';
import { isDemonym } from '../../src/claims/demonyms.js';

describe('isDemonym', () => {
  it('reads a place’s name with an adjective’s ending', () => {
    for (const word of [
      'Swedish',
      'Chinese',
      'European',
      'Italian',
      'German',
      'Iraqi',
      'Japanese',
      'Lebanese',
      'Ukrainian',
    ])
      expect(isDemonym(word), word).toBe(true);
  });

  it('reads the irregular ones', () => {
    for (const word of ['Dutch', 'French', 'American', 'Thai', 'Norwegian', 'Scots'])
      expect(isDemonym(word), word).toBe(true);
  });

  it('leaves people’s names, places, peoples and faiths alone', () => {
    for (const word of [
      'Morgan',
      'Roman',
      'Jordan',
      'Duncan',
      'Brian',
      'Dean',
      'Christian',
      'Republican',
      'Sweden',
      'Americans',
      'Britons',
      'Telvox',
      'swedish',
    ])
      expect(isDemonym(word), word).toBe(false);
  });
});
