import type { App, BlockButtonAction } from '@slack/bolt';
import { SHARE_ACTION } from '../../blocks/answer.js';
import type { ListenerDeps } from '../deps.js';
import { createShareAnswer } from './share-answer.js';

export function registerActions(app: App, deps: ListenerDeps): void {
  app.action<BlockButtonAction>(SHARE_ACTION, createShareAnswer(deps));
}
