import { describe, expect, it } from 'vitest';
import { findCopies, heldShare, likeness, wordRuns } from '../../src/index/copies.js';

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

  it('counts a text held whole in a later, longer one as a copy of the longer', () => {
    const later = `${BODY} On Friday the firm said early sales had beaten its hopes, and that it would open a second factory to meet demand from buyers abroad.`;
    const copies = findCopies([
      { id: 'a/1', text: `Console to go on sale\n${BODY}` },
      { id: 'a/2', text: `Console to go on sale\n${later}` },
    ]);
    expect(copies.get('a/1')).toBe('a/2');
    expect(copies.has('a/2')).toBe(false);
  });

  it('counts a text held whole in an earlier, longer one as a copy of the longer', () => {
    const shorter = BODY.split('. ').slice(0, 6).join('. ');
    const copies = findCopies([
      { id: 'a/1', text: BODY },
      { id: 'a/2', text: shorter },
    ]);
    expect(copies.get('a/2')).toBe('a/1');
    expect(copies.size).toBe(1);
  });

  it('maps the copies of a text held in a longer one to the longer', () => {
    const shorter = BODY.split('. ').slice(0, 6).join('. ');
    const edited = shorter.replace('long queues', 'long lines');
    const copies = findCopies([
      { id: 'a/1', text: shorter },
      { id: 'a/2', text: edited },
      { id: 'a/3', text: BODY },
    ]);
    expect(copies.get('a/1')).toBe('a/3');
    expect(copies.get('a/2')).toBe('a/3');
    expect(copies.has('a/3')).toBe(false);
  });

  it('keeps a text of which a longer one holds less than `held` as an article of its own', () => {
    const own = `${BODY.split('. ').slice(0, 6).join('. ')}. The chief executive, who joined the firm last year from a rival, said he would step down once the launch was over.`;
    const longer = `${BODY} On Friday the firm said early sales had beaten its hopes.`;
    expect(
      findCopies([
        { id: 'a/1', text: own },
        { id: 'a/2', text: longer },
      ]).size,
    ).toBe(0);
    const share = heldShare(wordRuns(own), wordRuns(longer));
    expect(
      findCopies(
        [
          { id: 'a/1', text: own },
          { id: 'a/2', text: longer },
        ],
        { held: share },
      ).get('a/1'),
    ).toBe('a/2');
  });

  it('reads likeness as the share of runs of three words both texts hold', () => {
    expect(likeness(wordRuns('one two three four'), wordRuns('One, two three four!'))).toBe(1);
    expect(likeness(wordRuns('one two three four'), wordRuns('one two three five'))).toBeCloseTo(1 / 3);
    expect(likeness(wordRuns('one two'), wordRuns('one two'))).toBe(0);
    expect(heldShare(wordRuns('one two three four'), wordRuns('zero one two three four five'))).toBe(1);
    expect(heldShare(wordRuns('one two three four'), wordRuns('one two three five'))).toBe(0.5);
  });
});
