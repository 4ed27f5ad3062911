import { stemsOf } from '../facts/terms.js';
import type { Fact } from '../facts/types.js';
import type { FactIndex } from '../index/fact-index.js';
import type { Vocabulary } from '../index/vocabulary.js';

/**
 * Stems that say when, not what: months, days, periods and small ordinals ("in the three months to
 * September", "on Monday", "the first time"). A lead's claim is not another article's for sharing them.
 */
const TIME_STEM =
  /^(?:januari|februari|march|april|may|june|juli|august|septemb|octob|novemb|decemb|monday|tuesday|wednesday|thursday|friday|saturday|sunday|year|month|week|day|quarter|today|yesterday|time|earlier|later|one|two|three|four|five|six|first|second|last|next)$/;

/** A lead claim: an article's opening sentence and the other articles whose one sentence states most of it. */
export interface LeadClaim {
  fact: Fact;
  /** Distinct articles (originals) with a sentence stating it, its own first. */
  articles: string[];
  /** How much of its words the coverage states: the mean, over the distinct articles, of the share of them one sentence holds. */
  coverage: number;
  /** The stems its claim is read by. */
  stems: ReadonlySet<string>;
}

export interface LeadOptions {
  /** The share of a lead's words one sentence of another article must hold to state it. Default 0.5. */
  share?: number;
  /** The fewest of a lead's words that sentence must hold. Default 2. */
  leastWords?: number;
  /** The fewest words a lead's claim is read by: fewer say too little to compare. Default 4. */
  leastStems?: number;
  /** The share of the distinct articles a name must be used by to be one of the story's names. Default 0.5. */
  mainNameShare?: number;
}

const defaultOptions: Required<LeadOptions> = {
  share: 0.5,
  leastWords: 2,
  leastStems: 4,
  mainNameShare: 0.5,
};

/**
 * What an article's opening sentence (its lead) claims, read by its words: the stems of its content
 * words, leaving out function and question words (the vocabulary's), numbers, words of time
 * (`TIME_STEM`) and the words of the story's main names (those most articles use: every article
 * names them, so sharing them says nothing of the claim). Pure.
 */
export function claimStems(
  terms: readonly string[],
  vocabulary: Vocabulary,
  names: ReadonlySet<string>,
): Set<string> {
  return new Set(
    terms.filter(
      (t) =>
        t.length > 2 &&
        !/^\d/.test(t) &&
        !vocabulary.unindexed.has(t) &&
        !vocabulary.ignore.has(t) &&
        !names.has(t) &&
        !TIME_STEM.test(t),
    ),
  );
}

/**
 * The claims the articles lead with, each counted over the distinct articles (copies once) one of
 * whose sentences holds at least `share` of its words (and `leastWords`): "The Tories are to back
 * controversial government plans to introduce ID cards" is stated by "Michael Howard has denied
 * ... its decision to back controversial Labour plans to introduce ID cards". Most articles first,
 * then the most covered. `accept` says which leads may stand in a digest (`standsAlone`, no figure
 * the claims do not place). Pure.
 */
export function leadClaims(
  index: FactIndex,
  names: ReadonlyArray<{ name: string; articles: number }>,
  vocabulary: Vocabulary,
  accept: (fact: Fact) => boolean,
  options: LeadOptions = {},
): LeadClaim[] {
  const o = { ...defaultOptions, ...options };
  const originals = [...new Set(index.articles().map((a) => index.original(a.id)))];
  const least = originals.length * o.mainNameShare;
  const nameStems = new Set(names.filter((n) => n.articles >= least).flatMap((n) => stemsOf(n.name)));
  const namesKey = [...nameStems].sort().join(' ');
  const stemsOf_ = (f: Fact) => {
    const known = remembered.get(f);
    if (known?.names === namesKey && known.vocabulary === vocabulary) return known.stems;
    const stems = claimStems(f.terms, vocabulary, nameStems);
    remembered.set(f, { names: namesKey, vocabulary, stems });
    return stems;
  };
  const sentences = new Map(
    originals.map((id) => [
      id,
      index
        .factsOf(id)
        .filter((f) => f.kind !== 'row' && f.kind !== 'line')
        .map(stemsOf_),
    ]),
  );
  const out: LeadClaim[] = [];
  for (const id of originals) {
    const lead = index.factsOf(id).find((f) => f.kind !== 'row' && f.kind !== 'line');
    if (!lead || !accept(lead)) continue;
    const stems = stemsOf_(lead);
    if (stems.size < o.leastStems) continue;
    const articles = [id];
    let covered = 1;
    for (const other of originals) {
      if (other === id) continue;
      const best = Math.max(0, ...(sentences.get(other) ?? []).map((s) => shared(stems, s)));
      covered += best / stems.size;
      if (best >= o.leastWords && best / stems.size >= o.share) articles.push(other);
    }
    out.push({ fact: lead, articles, coverage: covered / originals.length, stems });
  }
  return out.sort((a, b) => b.articles.length - a.articles.length || b.coverage - a.coverage);
}

/** A sentence's claim stems, remembered per fact for the main names and vocabulary they were read with. */
const remembered = new WeakMap<Fact, { names: string; vocabulary: Vocabulary; stems: Set<string> }>();

/** How many of a claim's stems a sentence's stems hold. */
const shared = (claim: ReadonlySet<string>, sentence: ReadonlySet<string>) => {
  let n = 0;
  for (const s of claim) if (sentence.has(s)) n++;
  return n;
};

/** True when a sentence's stems hold at least `share` of a lead claim's: it states that claim again. Pure. */
export const restates = (
  claim: ReadonlySet<string>,
  sentence: ReadonlySet<string>,
  share = defaultOptions.share,
) => claim.size > 0 && shared(claim, sentence) / claim.size >= share;
