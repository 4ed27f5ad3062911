/** Calendar words shared by every folder: the months, their short forms and the days. */
import { describe, expect, it } from 'vitest';
import { DAY, MONTH, MONTH_OR_SHORT } from '../../src/facts/months.js';

const whole = (alternatives: string) => new RegExp(`^(?:${alternatives})$`);

describe('calendar words', () => {
  it('reads the months, and their short forms only where asked', () => {
    expect(whole(MONTH).test('September')).toBe(true);
    expect(whole(MONTH).test('Sept')).toBe(false);
    for (const word of ['Sept', 'Sep', 'Jan', 'May', 'December'])
      expect(whole(MONTH_OR_SHORT).test(word), word).toBe(true);
    for (const word of ['Ma', 'Mayday', 'january'])
      expect(whole(MONTH_OR_SHORT).test(word), word).toBe(false);
  });

  it('reads the seven days', () => {
    expect(DAY.split('|')).toHaveLength(7);
    expect(whole(DAY).test('Sunday')).toBe(true);
    expect(whole(DAY).test('Sun')).toBe(false);
  });
});
