import type { App, MessageShortcut } from '@slack/bolt';
import type { ListenerDeps } from '../deps.js';
import { CHECK_SHORTCUT, createCheckMessage } from './check-message.js';

export function registerShortcuts(app: App, deps: ListenerDeps): void {
  app.shortcut<MessageShortcut>(
    { type: 'message_action', callback_id: CHECK_SHORTCUT },
    createCheckMessage(deps),
  );
}
