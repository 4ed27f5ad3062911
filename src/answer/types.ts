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

/** A fact of the answer: the words of its sources, and every article that states it. */
export interface AnsweredFact {
  text: string;
  citations: Citation[];
  quantities: Quantity[];
}

/** Articles that give values for one measure which cannot all be right. */
export interface Disagreement {
  measure: string;
  values: Array<{ text: string; citations: Citation[] }>;
}

export interface Answer {
  query: string;
  /** Best first; empty when the coverage is silent on the query. */
  facts: AnsweredFact[];
  disagreements: Disagreement[];
  /** Why there are no facts, and what the coverage does cover. */
  note?: string;
  /** Topics the coverage covers, offered when the answer is empty. */
  suggestions: string[];
  /** How many articles were searched. */
  articlesConsulted: number;
}
