import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { converseLater } from '../conversation.js';
import type { ListenerDeps, StoryRouter } from '../deps.js';

/**
 * `@bot <question>`: answered in the thread of the mention (a new thread under a channel message).
 * In a thread, a question that leaves its subject out is answered about the thread's story; a bare
 * mention answers the thread's first message. Each message is answered once, however often and
 * however (`app_mention`, `message`) Slack delivers it.
 */
export function createAppMention(deps: ListenerDeps, router?: StoryRouter) {
  return async ({
    event,
    client,
    logger,
    context,
  }: SlackEventMiddlewareArgs<'app_mention'> & AllMiddlewareArgs) => {
    if (event.bot_id || (context.botUserId && event.user === context.botUserId)) return;
    // Off the ack path: the answer waits its turn in the queue; past its limit, a busy reply.
    converseLater({
      client,
      logger,
      deps,
      ...(router ? { router } : {}),
      bot: { botUserId: context.botUserId, botId: context.botId },
      channel: event.channel,
      message: event,
      addressed: 'mention',
      retry: (context.retryNum ?? 0) > 0,
    });
  };
}
