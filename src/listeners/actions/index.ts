import type { App, BlockButtonAction } from '@slack/bolt';
import { SHARE_ACTION } from '../../blocks/answer.js';
import { FEEDBACK_ACTIONS } from '../../blocks/feedback.js';
import type { ListenerDeps } from '../deps.js';
import { createFeedbackVote } from './feedback-vote.js';
import { createShareAnswer } from './share-answer.js';

export function registerActions(app: App, deps: ListenerDeps): void {
  app.action<BlockButtonAction>(SHARE_ACTION, createShareAnswer(deps));
  const vote = createFeedbackVote(deps);
  for (const actionId of Object.values(FEEDBACK_ACTIONS)) app.action<BlockButtonAction>(actionId, vote);
}
