import type { App, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { SHARE_ACTION } from '../../blocks/answer.js';
import { FEEDBACK_ACTIONS } from '../../blocks/feedback.js';
import type { ListenerDeps, StoryRouter } from '../deps.js';
import { createFeedbackVote } from './feedback-vote.js';
import { createShareAnswer } from './share-answer.js';

/** The share and vote buttons; with a router (several stories), each click goes to the story its button names. */
export function registerActions(app: App, deps: ListenerDeps, router?: StoryRouter): void {
  if (!router) {
    app.action<BlockButtonAction>(SHARE_ACTION, createShareAnswer(deps));
    const vote = createFeedbackVote(deps);
    for (const actionId of Object.values(FEEDBACK_ACTIONS)) app.action<BlockButtonAction>(actionId, vote);
    return;
  }
  const of = (args: SlackActionMiddlewareArgs<BlockButtonAction>) =>
    router.forBlock(args.action.block_id, args.body.channel?.id);
  app.action<BlockButtonAction>(SHARE_ACTION, (args) => createShareAnswer(of(args))(args));
  for (const actionId of Object.values(FEEDBACK_ACTIONS))
    app.action<BlockButtonAction>(actionId, (args) => createFeedbackVote(of(args))(args));
}
