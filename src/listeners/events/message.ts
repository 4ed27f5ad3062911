import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { converseLater, type SlackMessage } from '../conversation.js';
import type { ListenerDeps, StoryRouter } from '../deps.js';

/** Subtypes that are still a person writing: a reply also sent to the channel. */
const WRITTEN = new Set([undefined, 'thread_broadcast']);

/**
 * Messages in channels the bot is in and in its direct messages. In a channel: a reply in a thread
 * the bot has answered in, asking something ("how many jobs will it create?"), is answered without
 * a mention (unless THREAD_FOLLOWUPS=false); a message mentioning the bot is answered as the
 * mention is (once, whichever event comes first). In a direct message: each message opens a
 * conversation of its own, answered in its thread, where follow-ups are answered by the same rule.
 * Edits, deletions, joins and bots' messages (the bot's own included) are left alone.
 */
export function createMessage(deps: ListenerDeps, router?: StoryRouter) {
  return async ({
    event,
    client,
    logger,
    context,
  }: SlackEventMiddlewareArgs<'message'> & AllMiddlewareArgs) => {
    const message = event as SlackMessage & { channel: string; channel_type?: string };
    if (!WRITTEN.has(message.subtype) || message.bot_id || !message.user || !message.text) return;
    if (context.botUserId && message.user === context.botUserId) return;
    const direct = message.channel_type === 'im';
    if (!direct && deps.threadFollowUps === false) return;
    const inThread = Boolean(message.thread_ts && message.thread_ts !== message.ts);
    const mentioned = Boolean(context.botUserId && message.text.includes(`<@${context.botUserId}`));
    if (!direct && !inThread && !mentioned) return;
    // Off the ack path, as mentions are; a reply that asks nothing is dropped inside, at no cost.
    // Busy: only a message addressed to the bot is told so; a reply may have asked nothing.
    converseLater(
      {
        client,
        logger,
        deps,
        ...(router ? { router } : {}),
        bot: { botUserId: context.botUserId, botId: context.botId },
        channel: message.channel,
        message,
        addressed: mentioned ? 'mention' : direct && !inThread ? 'direct' : 'reply',
        retry: (context.retryNum ?? 0) > 0,
      },
      mentioned || direct,
    );
  };
}
