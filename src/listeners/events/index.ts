import type { App } from '@slack/bolt';
import type { ListenerDeps } from '../deps.js';
import { createAppMention } from './app-mention.js';
import { createMessage } from './message.js';

export function registerEvents(app: App, deps: ListenerDeps): void {
  app.event('app_mention', createAppMention(deps));
  app.event('message', createMessage(deps));
}
