/** Helpful / Not helpful buttons on an answer, and what their value carries. */
import type { Button } from '@slack/types';
import { LIMITS } from './limits.js';
import { truncate } from './mrkdwn.js';
import type { ShownAnswer } from './shown.js';

/** The two votes a reader can give an answer. */
export type VoteKind = 'helpful' | 'not_helpful';

/** The action ids of the two buttons. */
export const FEEDBACK_ACTIONS: Record<VoteKind, string> = {
  helpful: 'feedback_helpful',
  not_helpful: 'feedback_not_helpful',
};

/** The vote an action id stands for. */
export function voteOfAction(actionId: string): VoteKind | undefined {
  return (Object.keys(FEEDBACK_ACTIONS) as VoteKind[]).find((k) => FEEDBACK_ACTIONS[k] === actionId);
}

/** What a button carries: the id of the answer shown, and its question in case that record is gone. */
export interface FeedbackValue {
  answerId: string;
  question: string;
}

/**
 * A button value within Slack's 2,000 characters: `{"a": id, "q": question}`, the question cut
 * (never the id) until the JSON fits.
 */
export function feedbackValue(shown: Pick<ShownAnswer, 'id' | 'question'>): string {
  let room: number = LIMITS.buttonValue;
  for (;;) {
    const value = JSON.stringify({ a: shown.id, q: truncate(shown.question, room) });
    if (value.length <= LIMITS.buttonValue) return value;
    room = Math.max(1, room - Math.ceil((value.length - LIMITS.buttonValue) / 2));
  }
}

/** Reads a button value; undefined when it is not one of ours. */
export function parseFeedbackValue(value: string | undefined): FeedbackValue | undefined {
  try {
    const v = JSON.parse(value ?? '') as { a?: unknown; q?: unknown };
    if (typeof v.a !== 'string' || !/^[0-9a-f]{16}$/.test(v.a) || typeof v.q !== 'string') return undefined;
    return { answerId: v.a, question: v.q };
  } catch {
    return undefined;
  }
}

/** The two buttons for an answer shown. */
export function feedbackButtons(shown: ShownAnswer): Button[] {
  const value = feedbackValue(shown);
  return [
    {
      type: 'button',
      action_id: FEEDBACK_ACTIONS.helpful,
      text: { type: 'plain_text', text: 'Helpful' },
      value,
    },
    {
      type: 'button',
      action_id: FEEDBACK_ACTIONS.not_helpful,
      text: { type: 'plain_text', text: 'Not helpful' },
      value,
    },
  ];
}

/** What the voter sees, only them. */
export const THANKS = 'Thanks, noted.';
export const THANKS_AGAIN = 'Thanks, noted. It replaces your earlier vote on this answer.';
export const VOTE_FAILED =
  'Sorry, your vote could not be saved just now. The error is logged; please try again in a moment.';
export const VOTE_UNREADABLE = 'Sorry, that button is out of date. Ask again and vote on the new answer.';
