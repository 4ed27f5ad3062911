import type { App, MessageShortcut } from '@slack/bolt';
import type { ListenerDeps, StoryRouter } from '../deps.js';
import { CHECK_SHORTCUT, createCheckMessage } from './check-message.js';

/** The message shortcut; with a router (several stories), checked against the channel's story. */
export function registerShortcuts(app: App, deps: ListenerDeps, router?: StoryRouter): void {
  app.shortcut<MessageShortcut>(
    { type: 'message_action', callback_id: CHECK_SHORTCUT },
    router
      ? (args) => createCheckMessage(router.forChannel(args.shortcut.channel.id))(args)
      : createCheckMessage(deps),
  );
}
