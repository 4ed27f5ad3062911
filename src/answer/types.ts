import type { ArticleMeta } from '../corpus/types.js';
import type { Quantity } from '../facts/quantities.js';

/** An article a fact is cited from. */
export interface Citation {
  id: string;
  title: string;
  outlet?: string;
  url?: string;
}

/** How an article is cited. */
export function citationOf(article: ArticleMeta): Citation {
  return {
    id: article.id,
    title: article.title,
    ...(article.outlet ? { outlet: article.outlet } : {}),
    ...(article.url ? { url: article.url } : {}),
  };
}

/** The citations of some articles, each once, in order; articles no longer indexed are left out. */
export function citationsOf(
  index: { article(id: string): ArticleMeta | undefined },
  articleIds: Iterable<string>,
): Citation[] {
  const citations: Citation[] = [];
  for (const id of new Set(articleIds)) {
    const article = index.article(id);
    if (article) citations.push(citationOf(article));
  }
  return citations;
}

/** A fact of the answer: the words of its sources, and every article that states it. */
export interface AnsweredFact {
  text: string;
  citations: Citation[];
  quantities: Quantity[];
}

/** The span of one fact that answers a question, as written in the fact. */
export interface ShortAnswer {
  text: string;
  /** Index into `Answer.facts`. */
  fact: number;
  /**
   * True when the answer's confidence reaches the calibrated `sure` threshold (weights.json, fitted
   * so that such answers are right at least 92% of the time on questions outside the fit): only a
   * sure answer is shown in bold. Otherwise it is shown as a hedged "Likely" line, to be checked
   * against the fact below it.
   */
  sure?: boolean;
}

/** Articles that give values for one measure which cannot all be right. */
export interface Disagreement {
  measure: string;
  values: Array<{ text: string; citations: Citation[] }>;
}

/** One subject's measure at different moments, oldest first: a history, not a disagreement. */
export interface Timeline {
  measure: string;
  subject?: string;
  values: Array<{ text: string; moment?: string; citations: Citation[] }>;
}

export interface Answer {
  query: string;
  /** Best first; empty when the coverage is silent on the query. */
  facts: AnsweredFact[];
  /**
   * The short answer to a question: the span of `facts[fact]` that answers it, verbatim (a figure,
   * a name, a date). Absent for topic queries, and for questions no fact answers.
   */
  answer?: ShortAnswer;
  /**
   * For a question: how surely its short answer is right (0 to 1), read by a model fitted on
   * training questions. The short answer is given only when this reaches the fitted threshold.
   */
  confidence?: number;
  /** Values of one subject's measure at one moment that cannot all be right. */
  disagreements: Disagreement[];
  /** Values of one subject's measure at different moments, in order of their moments. */
  timelines?: Timeline[];
  /** Why there are no facts, and what the coverage does cover; or, above at most two related facts, that none gives what was asked. */
  note?: string;
  /** Topics the coverage covers, offered when the answer is empty. */
  suggestions: string[];
  /** How many articles were searched. */
  articlesConsulted: number;
}
