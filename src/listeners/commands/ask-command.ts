import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { isAddRequest } from '../add.js';
import type { ListenerDeps } from '../deps.js';
import { ephemeralSender } from '../errors.js';
import { answerLater, BUSY_TEXT, WAIT_TEXT } from '../queue.js';
import { plainText, replyTo, SORRY } from '../reply.js';
import { labelled } from '../story-label.js';

/**
 * `/scaledeal <topic>`: acknowledged at once, then answered off the ack path (the listeners' queue)
 * ephemerally through the response URL, with a button that shares the answer in the channel.
 */
export function createAskCommand(deps: ListenerDeps) {
  return async ({
    command,
    ack,
    respond,
    logger,
  }: SlackCommandMiddlewareArgs & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const send = ephemeralSender(respond, logger, `Replying to ${deps.command} in ${command.channel_id}`);
    const text = plainText(command.text ?? '');
    answerLater(
      deps,
      async () => {
        let message = SORRY;
        try {
          message = await replyTo(text, deps, { shareable: true });
        } catch (error) {
          logger.error(
            `Could not answer ${deps.command} ${JSON.stringify(command.text)}: ${(error as Error).stack ?? error}`,
          );
        }
        await send(labelled(message, deps));
      },
      () => send({ text: BUSY_TEXT }),
      () => send({ text: WAIT_TEXT }),
      { page: isAddRequest(text) },
    );
  };
}
