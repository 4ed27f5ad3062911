import type { AddResult } from '../ingest/ingest.js';
import { citationMrkdwn, fallbackText, type Message, section } from './answer.js';
import { escapeMrkdwn } from './mrkdwn.js';

/** The reply to `add <url>`: what was added (title, outlet, facts) or what went wrong and how to fix it. */
export function addedMessage(result: AddResult, command: string): Message {
  const text = result.ok
    ? `Added ${citationMrkdwn({ id: result.file.replace(/\.md$/, ''), title: result.title, outlet: result.outlet, url: result.url })}` +
      (result.facts !== undefined ? `: ${result.facts} fact${result.facts === 1 ? '' : 's'}` : '') +
      `. Ask about it with \`${escapeMrkdwn(command)} <topic>\`.`
    : `Nothing was added: ${escapeMrkdwn(result.message)}.`;
  return { text: fallbackText(text), blocks: [section(text)] };
}

/** The reply when pages cannot be added here. */
export function addUnavailableMessage(): Message {
  const text = 'Adding pages by their link is not available here.';
  return { text, blocks: [section(text)] };
}
