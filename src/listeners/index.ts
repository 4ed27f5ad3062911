import type { App } from '@slack/bolt';
import { registerActions } from './actions/index.js';
import { registerCommands } from './commands/index.js';
import type { ListenerDeps, StoryRouter } from './deps.js';
import { registerEvents } from './events/index.js';
import { registerShortcuts } from './shortcuts/index.js';

export type { ListenerDeps, StoryRouter } from './deps.js';

/** Registers every listener of the bot on a Bolt app. */
export function registerListeners(app: App, deps: ListenerDeps): void {
  registerCommands(app, deps);
  registerEvents(app, deps);
  registerActions(app, deps);
  registerShortcuts(app, deps);
}

/**
 * Registers the listeners of a bot serving several stories, but for the slash commands (one a
 * story, each registered with its story's deps by registerCommands): mentions, messages, buttons
 * and the message shortcut, each answered by the story the router picks.
 */
export function registerRouted(app: App, router: StoryRouter): void {
  const [first] = router.all;
  if (!first) throw new Error('registerRouted: no story');
  registerEvents(app, first, router);
  registerActions(app, first, router);
  registerShortcuts(app, first, router);
}
