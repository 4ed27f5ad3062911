import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HELD_KEYS, questionsOf, TRAIN_KEYS } from '../../bench/keys.js';

describe('questionsOf (bench/keys)', () => {
  it('reads the own keys as TRAIN, A by its split, a TRAIN key in full', () => {
    const own = questionsOf(['own']);
    expect(own.length).toBeGreaterThan(100);
    expect(new Set(own.map((q) => q.split))).toEqual(new Set(['train']));
    expect(new Set(questionsOf(['A']).map((q) => q.split))).toEqual(new Set(['train', 'held']));
    const trained = TRAIN_KEYS[TRAIN_KEYS.length - 1] as string;
    expect(new Set(questionsOf([trained]).map((q) => q.split))).toEqual(new Set(['train']));
  });

  it('reads a key named in HELD_KEYS as held in full (a stand-in file: the real one stays unread)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'keys-'));
    mkdirSync(join(dir, 'keys'));
    const held = HELD_KEYS[0] as string;
    const query = { query: 'who runs Zedco?', expect: [{ match: 'Ann', source: ['business/001'] }] };
    writeFileSync(join(dir, 'keys', `questions-${held}.json`), JSON.stringify({ queries: [query, query] }));
    const read = questionsOf([held], dir);
    expect(read.map((q) => [q.key, q.split])).toEqual([
      [held, 'held'],
      [held, 'held'],
    ]);
  });
});
