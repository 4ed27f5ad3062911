import { describe, expect, it } from 'vitest';
import { answerQuery, monthOfShortForm } from '../../src/answer/answer.js';
import { indexOf } from '../helpers/index.js';

describe('monthOfShortForm', () => {
  it('reads a short form in lower case or with a capital as its month', () => {
    expect(monthOfShortForm('Feb')).toBe('February');
    expect(monthOfShortForm('nov')).toBe('November');
    expect(monthOfShortForm('Sept.')).toBe('September');
    expect(monthOfShortForm('Jun')).toBe('June');
  });

  it('reads no initialism in capitals, no other word and no whole month', () => {
    expect(monthOfShortForm('DEC')).toBeUndefined();
    expect(monthOfShortForm('Fab')).toBeUndefined();
    expect(monthOfShortForm('February')).toBeUndefined();
  });
});

describe('a month written short that the coverage writes whole (silent-33)', () => {
  const index = indexOf({
    'm/1':
      'Zedland retail sales rise\n\nZedland retail sales rose 2.4% in November, the statistics office said.\n\nShops blamed the weather for a weak October.\n',
  });

  it('answers "Nov" from the November sentence; silent with the option off', () => {
    const on = answerQuery(index, 'Zedland retail sales Nov - rise per statistics office');
    expect(on.facts[0]?.text).toContain('November');
    const off = answerQuery(index, 'Zedland retail sales Nov - rise per statistics office', {
      shortMonths: false,
    });
    expect(off.facts).toEqual([]);
    expect(off.note).toContain('Nov');
  });
});
