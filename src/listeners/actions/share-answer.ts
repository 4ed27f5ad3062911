import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { ListenerDeps } from '../deps.js';
import { describeFailure, ephemeralSender } from '../errors.js';
import { answerLater, BUSY_TEXT } from '../queue.js';
import { replyTo } from '../reply.js';
import { labelled } from '../story-label.js';

/** "Share in channel": posts the same answer to the channel, saying who shared it. */
export function createShareAnswer(deps: ListenerDeps) {
  return async ({
    ack,
    action,
    body,
    respond,
    logger,
  }: SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs) => {
    await ack();
    const query = action.value ?? '';
    answerLater(
      deps,
      async () => {
        try {
          const message = labelled(await replyTo(query, deps), deps);
          const user = /^[UW][A-Z0-9]+$/.test(body.user.id) ? `<@${body.user.id}>` : 'someone';
          await respond({
            response_type: 'in_channel',
            replace_original: false,
            text: message.text,
            blocks: [
              ...message.blocks,
              { type: 'context', elements: [{ type: 'mrkdwn', text: `Shared by ${user}` }] },
            ],
          });
        } catch (error) {
          logger.error(describeFailure('Sharing an answer in the channel', error));
        }
      },
      () =>
        ephemeralSender(respond, logger, 'Saying busy to a share', { replace_original: false })({
          text: BUSY_TEXT,
        }),
    );
  };
}
