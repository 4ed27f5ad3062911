/** What an answer message shows: the facts it selects, its short answer, and an id votes refer to. */
import { createHash } from 'node:crypto';
import type { Answer, AnsweredFact } from '../answer/types.js';

/** The most facts a topic answer shows, whatever it holds: with the rest, well within 50 blocks. */
export const MAX_FACTS = 30;
/** Facts shown after the one a short answer comes from (support, or where sources differ). */
export const MAX_MORE_FACTS = 2;

/** A fact as shown: its words and the ids of the articles it cites. */
export interface ShownFact {
  text: string;
  citations: string[];
}

/** What one answer message showed, kept so that a vote on it can say what was voted on. */
export interface ShownAnswer {
  /** 16 hex digits of a hash of the rest: the same answer shown twice has the same id. */
  id: string;
  /** The question or topic, whitespace collapsed. */
  question: string;
  /** The short answer shown in bold, when the message opened with one. */
  shortAnswer?: string;
  facts: ShownFact[];
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The short answer of an answer, when it has a usable one: a non-blank span that stands in the
 * fact it names (a span that does not is never shown: every word shown is grounded).
 */
export function shortAnswerOf(
  answer: Answer,
): { text: string; fact: AnsweredFact; index: number } | undefined {
  const short = answer.answer;
  if (!short || !Number.isInteger(short.fact)) return undefined;
  const fact = answer.facts[short.fact];
  const text = collapse(short.text);
  if (!fact || !text || !collapse(fact.text).includes(text)) return undefined;
  return { text, fact, index: short.fact };
}

/**
 * The facts a message shows, in order: with a short answer, the fact it comes from and at most
 * `MAX_MORE_FACTS` others in the engine's order; otherwise the first `MAX_FACTS`.
 */
export function factsShown(answer: Answer): AnsweredFact[] {
  const short = shortAnswerOf(answer);
  if (!short) return answer.facts.slice(0, MAX_FACTS);
  const others = answer.facts.filter((_, i) => i !== short.index).slice(0, MAX_MORE_FACTS);
  return [short.fact, ...others];
}

/** What a message built from this answer shows, with its id. Pure. */
export function shownAnswer(answer: Answer): ShownAnswer {
  const short = shortAnswerOf(answer);
  const content = {
    question: collapse(answer.query),
    ...(short ? { shortAnswer: short.text } : {}),
    facts: factsShown(answer).map((f) => ({ text: f.text, citations: f.citations.map((c) => c.id) })),
  };
  const id = createHash('sha256').update(JSON.stringify(content)).digest('hex').slice(0, 16);
  return { id, ...content };
}
