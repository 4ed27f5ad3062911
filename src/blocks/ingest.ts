import type { AddResult } from '../ingest/ingest.js';
import { citationMrkdwn, fallbackText, type Message, section } from './answer.js';
import { escapeCode, escapeMrkdwn } from './mrkdwn.js';

/**
 * The reply to `add <url>`: what was added (title, outlet, facts) or what went wrong and how to fix
 * it. The notification text is written plain and escaped once (the blocks' mrkdwn is not escaped
 * again).
 */
export function addedMessage(result: AddResult, command: string): Message {
  const facts =
    result.ok && result.facts !== undefined ? `: ${result.facts} fact${result.facts === 1 ? '' : 's'}` : '';
  const text = result.ok
    ? `Added ${citationMrkdwn({ id: result.file.replace(/\.md$/, ''), title: result.title, outlet: result.outlet, url: result.url })}` +
      `${facts}. Ask about it with \`${escapeCode(command)} &lt;topic&gt;\`.`
    : `Nothing was added: ${escapeMrkdwn(result.message)}.`;
  const plain = result.ok
    ? `Added “${result.title}”${result.outlet ? ` (${result.outlet})` : ''}${facts}. Ask about it with ${command} <topic>.`
    : `Nothing was added: ${result.message}.`;
  return { text: fallbackText(plain), blocks: [section(text)] };
}

/** The reply when pages cannot be added here. */
export function addUnavailableMessage(): Message {
  const text = 'Adding pages by their link is not available here.';
  return { text, blocks: [section(text)] };
}
