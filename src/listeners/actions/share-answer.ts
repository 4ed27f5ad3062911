import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { ListenerDeps } from '../deps.js';
import { describeFailure, ephemeralSender } from '../errors.js';
import { answerLater, BUSY_TEXT } from '../queue.js';
import { replyTo } from '../reply.js';
import { labelled } from '../story-label.js';

/**
 * "Share in channel": posts the same answer to the channel, saying who shared it, then deletes the
 * private answer with its button (`delete_original`), so that it cannot be shared twice. A second
 * click that reaches the bot before the deletion does is dropped: each private message is shared once.
 */
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
    const shared = body.container?.message_ts;
    answerLater(
      deps,
      async () => {
        try {
          const where = body.channel?.id ?? body.container?.channel_id ?? '';
          if (shared && !(await deps.deduper.firstTime(`share:${where}:${shared}:${body.user.id}`))) {
            logger.debug(`The answer ${shared} was already shared; ignoring this click.`);
            return;
          }
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
          return;
        }
        try {
          await respond({ delete_original: true });
        } catch (error) {
          logger.error(describeFailure('Removing the private answer once shared', error));
        }
      },
      () =>
        ephemeralSender(respond, logger, 'Saying busy to a share', { replace_original: false })({
          text: BUSY_TEXT,
        }),
    );
  };
}
