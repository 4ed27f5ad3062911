import type { App } from '@slack/bolt';
import type { ListenerDeps, StoryRouter } from '../deps.js';
import { createAppMention } from './app-mention.js';
import { createMessage } from './message.js';

/** Mentions and messages; with a router (several stories), each answered by its story. */
export function registerEvents(app: App, deps: ListenerDeps, router?: StoryRouter): void {
  app.event('app_mention', createAppMention(deps, router));
  app.event('message', createMessage(deps, router));
}
