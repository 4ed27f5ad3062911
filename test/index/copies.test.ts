import { describe, expect, it } from 'vitest';
import { findCopies, likeness, wordRuns } from '../../src/index/copies.js';

const BODY = [
  'The gadget maker said on Monday that its new handheld console would go on sale in the spring.',
  'The company expects to ship two million units in the first three months and to double that by the end of the year.',
  'Analysts said the price would decide whether the console could win buyers from its older rival.',
  'Shops in the capital reported long queues of buyers on the first day of the launch.',
  'The console will cost less than the one it replaces, and will play the games sold for the older model.',
  'Its makers hope that a larger screen and a longer battery life will bring back players who left for mobile phones.',
  'A spokesman said that more than forty games would be ready for the launch, most of them made by other studios.',
  'The firm lost money on its last console in its first year on sale but made a profit on the games sold for it.',
].join(' ');

describe('findCopies', () => {
  it('counts a text filed again with a word or two changed as a copy of the first', () => {
    const edited = BODY.replace('its new handheld', 'its new portable handheld').replace(
      'on Monday',
      'on Tuesday',
    );
    const copies = findCopies([
      { id: 'a/1', text: `Console to go on sale\n${BODY}` },
      { id: 'a/2', text: `Console to go on-sale\n${edited}` },
    ]);
    expect(copies.get('a/2')).toBe('a/1');
    expect(copies.has('a/1')).toBe(false);
  });

  it('keeps an update that repeats some sentences but adds its own as an article of its own', () => {
    const update = [
      BODY.split('. ').slice(0, 2).join('. '),
      'On Thursday the firm cut its forecast, saying it now expected to ship one million units because of a shortage of screens.',
      'Its shares fell sharply in early trading after the warning, and two other suppliers also lowered their targets for the year.',
    ].join('. ');
    const copies = findCopies([
      { id: 'a/1', text: BODY },
      { id: 'a/2', text: update },
    ]);
    expect(copies.size).toBe(0);
  });

  it('maps a copy of a copy to the first text', () => {
    const second = BODY.replace('long queues', 'long lines');
    const third = second.replace('the spring', 'the early spring');
    const copies = findCopies([
      { id: 'a/1', text: BODY },
      { id: 'a/2', text: second },
      { id: 'a/3', text: third },
    ]);
    expect(copies.get('a/2')).toBe('a/1');
    expect(copies.get('a/3')).toBe('a/1');
  });

  it('reads likeness as the share of runs of three words both texts hold', () => {
    expect(likeness(wordRuns('one two three four'), wordRuns('One, two three four!'))).toBe(1);
    expect(likeness(wordRuns('one two three four'), wordRuns('one two three five'))).toBeCloseTo(1 / 3);
    expect(likeness(wordRuns('one two'), wordRuns('one two'))).toBe(0);
  });
});
