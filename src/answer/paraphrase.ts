/**
 * Paraphrases: the words news coverage uses for one another ("lay off" / "cut", "take effect" /
 * "come into force", "buy" / "acquire"), from the curated groups of `paraphrases.json`. A question's
 * word is searched as written first; its paraphrases count for less (see AnswerOptions).
 */
import { stemsOf } from '../facts/terms.js';
import data from './paraphrases.json' with { type: 'json' };

/** Stemmed paraphrase groups: each phrase's stems, and the other phrases of its groups. */
export interface Paraphrases {
  /** Phrase key (stems joined by a space) -> the other phrases of its groups, as stems. */
  byPhrase: Map<string, string[][]>;
  /** The longest phrase, in words. */
  longest: number;
}

/** Builds paraphrases from groups of words and phrases. */
export function buildParaphrases(groups: readonly (readonly string[])[]): Paraphrases {
  const byPhrase = new Map<string, string[][]>();
  let longest = 1;
  for (const group of groups) {
    const phrases = group.map(stemsOf).filter((p) => p.length > 0);
    for (const phrase of phrases) {
      const key = phrase.join(' ');
      longest = Math.max(longest, phrase.length);
      const others = byPhrase.get(key) ?? [];
      for (const other of phrases)
        if (other.join(' ') !== key && !others.some((o) => o.join(' ') === other.join(' ')))
          others.push(other);
      byPhrase.set(key, others);
    }
  }
  return { byPhrase, longest };
}

let standard: Paraphrases | undefined;

/** The paraphrases shipped in `paraphrases.json`, stemmed on first use. */
export function defaultParaphrases(): Paraphrases {
  standard ??= buildParaphrases(data.groups);
  return standard;
}
