import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { isAddRequest } from '../add.js';
import type { ListenerDeps } from '../deps.js';
import { describeFailure } from '../errors.js';
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
      if (isAddRequest(question) && event.user) {
        // What was added, or why not, is for the one who asked.
        await client.chat.postEphemeral({
          channel: event.channel,
          user: event.user,
          thread_ts: thread,
          ...message,
        });
        return;
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
  };
}
