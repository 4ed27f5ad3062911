import type { App } from '@slack/bolt';
import { registerActions } from './actions/index.js';
import { registerCommands } from './commands/index.js';
import type { ListenerDeps } from './deps.js';
import { registerEvents } from './events/index.js';
import { registerShortcuts } from './shortcuts/index.js';

export type { ListenerDeps } from './deps.js';

/** Registers every listener of the bot on a Bolt app. */
export function registerListeners(app: App, deps: ListenerDeps): void {
  registerCommands(app, deps);
  registerEvents(app, deps);
  registerActions(app, deps);
  registerShortcuts(app, deps);
}
