import { describe, expect, it } from 'vitest';
import { endsNames, namesInQuestion, writtenAsName } from '../../src/answer/names.js';

describe('endsNames', () => {
  it('holds a surname written alone a name of its own, not a first name nor a name before a number', () => {
    const texts = [
      'Striker Lars Varga scored twice.',
      'Varga said the win mattered.',
      "Varga's goal came late.",
      'Mia Holt and Mia Dunn both ran.',
      'The Zeta 200 sold well, and the Zeta 300 too.',
    ];
    expect(endsNames(texts, 'Varga')).toBe(true);
    expect(endsNames(texts, 'Mia')).toBe(false);
    expect(endsNames(texts, 'Zeta')).toBe(false);
    expect(endsNames(['Varga scored.'], 'Varga')).toBe(false);
  });
});

describe('writtenAsName', () => {
  it('holds a word capitalised inside sentences a name, not one capitalised only after another name', () => {
    const texts = [
      'He played for Norland twice.',
      'They beat Norland, and Norland lost again.',
      'Life Begins aired.',
    ];
    expect(writtenAsName(texts, 'Norland')).toBe(true);
    expect(writtenAsName(texts, 'Begins')).toBe(false);
  });
});

describe('namesInQuestion', () => {
  it('lets a number end a name but not a year, which dates it', () => {
    expect(namesInQuestion('did the Zeta Club 2004 profit rise?')).toEqual(['Zeta Club']);
    expect(namesInQuestion('who ran Channel 4 in 1999?')).toEqual(['Channel 4']);
    expect(namesInQuestion('what did Norland Rail 1850 mean?')).toEqual(['Norland Rail']);
  });

  it('lets the first word open a name only when told (a lower-case question the coverage cased)', () => {
    expect(namesInQuestion('Zorbox 360 launch price')).toEqual([]);
    expect(namesInQuestion('Zorbox 360 launch price', true)).toEqual(['Zorbox 360']);
  });
});
