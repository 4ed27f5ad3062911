import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { ListenerDeps } from '../deps.js';
import { describeFailure } from '../errors.js';
import { answerLater, BUSY_TEXT } from '../queue.js';
import { plainText, replyTo, SORRY } from '../reply.js';

/**
 * `@bot <question>`: answered in the thread of the mention (a new thread under a channel message).
 * A bare mention in a thread answers the thread's first message. Each event is answered once,
 * however often Slack delivers it.
 */
export function createAppMention(deps: ListenerDeps) {
  return async ({
    event,
    body,
    client,
    logger,
    context,
  }: SlackEventMiddlewareArgs<'app_mention'> & AllMiddlewareArgs) => {
    if (!(await deps.deduper.firstTime(`event:${body.event_id}`))) {
      logger.debug(`Event ${body.event_id} was already answered; ignoring Slack's retry.`);
      return;
    }
    if (event.bot_id || (context.botUserId && event.user === context.botUserId)) return;
    const thread = event.thread_ts ?? event.ts;
    answerLater(
      deps,
      async () => {
        try {
          let question = plainText(event.text ?? '');
          if (!question && event.thread_ts) {
            const replies = await client.conversations.replies({
              channel: event.channel,
              ts: event.thread_ts,
              limit: 1,
            });
            question = plainText(replies.messages?.[0]?.text ?? '');
          }
          let message = SORRY;
          try {
            message = await replyTo(question, deps);
          } catch (error) {
            logger.error(
              `Could not answer a mention ${JSON.stringify(question)}: ${(error as Error).stack ?? error}`,
            );
          }
          await client.chat.postMessage({
            channel: event.channel,
            thread_ts: thread,
            unfurl_links: false,
            ...message,
          });
        } catch (error) {
          logger.error(describeFailure(`Answering a mention in channel ${event.channel}`, error));
        }
      },
      async () => {
        try {
          await client.chat.postEphemeral({
            channel: event.channel,
            user: event.user ?? '',
            thread_ts: thread,
            text: BUSY_TEXT,
          });
        } catch (error) {
          logger.error(describeFailure(`Saying busy to a mention in channel ${event.channel}`, error));
        }
      },
    );
  };
}
