import type { Quantity } from '../facts/quantities.js';

/** An article a fact is cited from. */
export interface Citation {
  id: string;
  title: string;
  outlet?: string;
  url?: string;
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
