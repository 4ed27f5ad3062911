import type { App } from '@slack/bolt';
import type { ListenerDeps } from '../deps.js';
import { createAskCommand } from './ask-command.js';

export function registerCommands(app: App, deps: ListenerDeps): void {
  app.command(deps.command, createAskCommand(deps));
}
