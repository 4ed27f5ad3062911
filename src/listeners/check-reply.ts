import type { Message } from '../blocks/answer.js';
import { CHECK_KEYWORD, checkMessage } from '../blocks/check.js';
import { checkDraft } from '../check/check.js';
import type { ListenerDeps } from './deps.js';

/** `check <text>` (any case, the text on the same line or after it), or undefined for any other text. */
const CHECK = new RegExp(`^\\s*${CHECK_KEYWORD}(?:\\s+([\\s\\S]*))?$`, 'i');

/** The draft of a `check <text>` command; undefined when the text is not a check. */
export function draftOf(text: string): string | undefined {
  const match = CHECK.exec(text);
  return match ? (match[1] ?? '') : undefined;
}

/** The bot's reply to a draft to check: each figure with its verdict and sources. */
export function checkReply(
  draft: string,
  deps: ListenerDeps,
  options: { shareable?: boolean } = {},
): Message {
  return checkMessage(checkDraft(deps.index, draft), { command: deps.command, shareable: options.shareable });
}
