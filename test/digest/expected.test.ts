/** Issue 20 (digest2-14): a figure its sentence gives as expected (a forecast, a plan) is shown as expected. */
import { describe, expect, it } from 'vitest';
import { namesByArticles } from '../../src/digest/build.js';
import { figureMentions, lineOf } from '../../src/digest/figures.js';
import { figureWords } from '../../src/digest/format.js';
import { defaultVocabulary } from '../../src/index/vocabulary.js';
import { indexOf } from '../helpers/index.js';

const story = {
  a: "Ruritania grows\n\nRuritania's economy grew 2.6% in 2024 - driven by strong exports early in the year - and is forecast to grow by 1.9% in 2025.\n",
  b: 'Zedco deal\n\nZedco values Acme Holdings at around $28 billion and aims to double its sales in Ruritania.\n',
  c: 'Ruritania revises\n\nA previous estimate of 0.4% growth between April and June was downgraded to a 0.2% decline, the Ruritanian statistics office said.\n',
  d: 'Fees\n\nThe Home Office says the public will pay £93 for a passport and card together.\n',
};

const lines = () => {
  const index = indexOf(story);
  return new Map(
    figureMentions(index, defaultVocabulary(), namesByArticles(index)).map((m) => [
      m.quantity.text,
      lineOf(m),
    ]),
  );
};

describe('expected figures', () => {
  it('marks a figure its clause gives as a forecast or what someone will do', () => {
    const l = lines();
    expect(l.get('1.9%')?.expected).toBe(true);
    expect(l.get('£93')?.expected).toBe(true);
    const forecast = l.get('1.9%');
    expect(forecast && figureWords(forecast)).toMatch(/^1\.9% \(expected\): “/);
  });

  it('does not mark an outcome, a past estimate, or a figure only the words after it concern', () => {
    const l = lines();
    expect(l.get('2.6%')?.expected).toBeUndefined();
    expect(l.get('0.4%')?.expected).toBeUndefined();
    expect(l.get('around $28 billion')?.expected).toBeUndefined();
  });
});
