import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import {
  parseFeedbackValue,
  THANKS,
  THANKS_AGAIN,
  VOTE_FAILED,
  VOTE_UNREADABLE,
  voteOfAction,
} from '../../blocks/feedback.js';
import type { ListenerDeps } from '../deps.js';
import { ephemeralSender } from '../errors.js';

/**
 * Helpful / Not helpful on an answer: the vote is kept with the question, the facts the answer
 * showed, the user and the time (once per user and answer: a later vote replaces theirs), and the
 * voter alone is thanked.
 */
export function createFeedbackVote(deps: ListenerDeps) {
  return async ({
    ack,
    action,
    body,
    respond,
    logger,
  }: SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs) => {
    await ack();
    const kind = voteOfAction(action.action_id);
    const value = parseFeedbackValue(action.value);
    let reply = VOTE_UNREADABLE;
    if (!kind || !value || !deps.feedback)
      logger.warn(
        `A feedback click could not be read (action ${action.action_id}${deps.feedback ? '' : ', no feedback store'}): the button predates this version of the bot.`,
      );
    else
      try {
        const shown = await deps.feedback.recall(value.answerId).catch(() => undefined);
        const result = await deps.feedback.vote({
          answerId: value.answerId,
          vote: kind,
          question: shown?.question ?? value.question,
          ...(shown?.shortAnswer ? { shortAnswer: shown.shortAnswer } : {}),
          ...(shown ? { facts: shown.facts } : {}),
          user: body.user.id,
          ...(body.channel?.id ? { channel: body.channel.id } : {}),
          at: new Date().toISOString(),
        });
        reply = result === 'replaced' ? THANKS_AGAIN : THANKS;
      } catch (error) {
        reply = VOTE_FAILED;
        logger.error(
          `Keeping a vote in ${deps.feedback.describe()} failed: ${(error as Error).message}; check that DATA_DIR is writable, or that Redis is reachable.`,
        );
      }
    await ephemeralSender(respond, logger, 'Thanking a voter', { replace_original: false })({ text: reply });
  };
}
