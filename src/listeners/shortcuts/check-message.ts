import type { AllMiddlewareArgs, MessageShortcut, SlackShortcutMiddlewareArgs } from '@slack/bolt';
import { checkReply } from '../check-reply.js';
import type { ListenerDeps } from '../deps.js';
import { ephemeralSender } from '../errors.js';
import { answerLater, BUSY_TEXT, WAIT_TEXT } from '../queue.js';
import { plainText, SORRY } from '../reply.js';
import { labelled } from '../story-label.js';

/** The callback id of the message shortcut "Check against the coverage", as manifest.yml declares it. */
export const CHECK_SHORTCUT = 'check_against_coverage';

/**
 * "Check against the coverage" on a message: acknowledged at once, then each figure of the
 * message's text is checked and the result shown to the user who asked (ephemeral, through the
 * response URL), with a button that shares it in the channel.
 */
export function createCheckMessage(deps: ListenerDeps) {
  return async ({
    shortcut,
    ack,
    respond,
    logger,
  }: SlackShortcutMiddlewareArgs<MessageShortcut> & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const send = ephemeralSender(
      respond,
      logger,
      `Replying to the check of a message in ${shortcut.channel.id}`,
      { replace_original: false },
    );
    // Off the ack path, as answers are; past the queue's limit, the busy reply.
    answerLater(
      deps,
      async () => {
        let message = SORRY;
        try {
          message = checkReply(plainText(shortcut.message.text ?? ''), deps, { shareable: true });
        } catch (error) {
          logger.error(`Could not check message ${shortcut.message.ts}: ${(error as Error).stack ?? error}`);
        }
        await send(labelled(message, deps));
      },
      () => send({ text: BUSY_TEXT }),
      () => send({ text: WAIT_TEXT }),
    );
  };
}
