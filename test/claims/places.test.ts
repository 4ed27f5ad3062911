import { describe, expect, it } from 'vitest';
import { isCountry, isRegion, placeWord, sameWords } from '../../src/claims/places.js';

describe('placeWord and sameWords', () => {
  it('read a country\'s people as the country: "Britons" is the UK, "Americans" the US', () => {
    expect(placeWord('britons')).toBe(placeWord('uk'));
    expect(placeWord('briton')).toBe(placeWord('britain'));
    expect(placeWord('americans')).toBe(placeWord('us'));
    expect(sameWords('britons')).toContain('uk');
  });
  it('leave an adjective and any other word as it is', () => {
    expect(placeWord('british')).toBe('british');
    expect(placeWord('airways')).toBe('airways');
    expect(sameWords('acme')).toEqual(['acme']);
  });
});

describe('isRegion', () => {
  it('knows countries by their short and long names, "the" left off', () => {
    expect(isRegion('US')).toBe(true);
    expect(isRegion('the UK')).toBe(true);
    expect(isRegion('Japan')).toBe(true);
    expect(isRegion('Acme')).toBe(false);
  });
});

describe('isCountry', () => {
  it('knows countries the runtime names in more than one word, and the place after a compass word', () => {
    expect(isCountry('South Korea')).toBe(true);
    expect(isCountry('Saudi Arabia')).toBe(true);
    expect(isCountry('the New Zealand')).toBe(true);
    expect(isCountry('Macedonia')).toBe(true);
    expect(isCountry('Europe')).toBe(true);
    expect(isRegion('South Korea')).toBe(false);
  });
  it('is false for an organisation or a word of one', () => {
    expect(isCountry('Zorvex')).toBe(false);
    expect(isCountry('South')).toBe(false);
    expect(isCountry('Bank of England')).toBe(false);
  });
});
