import { describe, expect, it } from 'vitest';
import { neighbours, vectorSpace, type WordEmbeddings } from '../../src/answer/vectors.js';

/** Toy embeddings in two dimensions: each vector, then its length, then its place. */
function toy(words: Record<string, [number, number]>): WordEmbeddings {
  const vectors: Record<string, number[]> = {};
  Object.entries(words).forEach(([w, [x, y]], i) => {
    vectors[w] = [x, y, Math.hypot(x, y), i];
  });
  return { l2NormIndex: 2, dimensions: 2, words: Object.keys(words), vectors };
}

describe('neighbours', () => {
  const space = vectorSpace(
    toy({ cut: [1, 0], slash: [0.9, 0.1], axe: [2, 0.5], grow: [0, 1], Paris: [1, 0], '2004': [1, 0] }),
  );

  it('returns the words above the threshold, nearest first, never the word itself', () => {
    expect(neighbours(space, 'cut', { threshold: 0.9 })).toEqual(['slash', 'axe']);
  });

  it('leaves out words below the threshold and keeps at most max', () => {
    expect(neighbours(space, 'cut', { threshold: 0.99 })).toEqual(['slash']);
    expect(neighbours(space, 'cut', { threshold: 0.5, max: 1 })).toEqual(['slash']);
  });

  it('searches only lower-case words, so names and numbers are never offered', () => {
    expect(space.words).toEqual(['cut', 'slash', 'axe', 'grow']);
  });

  it('offers nothing for a word it has no vector for', () => {
    expect(neighbours(space, 'unheard', { threshold: 0 })).toEqual([]);
  });
});
