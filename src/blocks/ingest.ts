import type { AddResult } from '../ingest/ingest.js';
import { citationMrkdwn, fallbackText, type Message, section } from './answer.js';
import { codeSpan, escapeMrkdwn, withCodeSpans } from './mrkdwn.js';

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
      (result.facts !== undefined ? `: ${result.facts} fact${result.facts === 1 ? '' : 's'}` : '') +
      `. Ask about it with ${codeSpan(`${command} <topic>`)}.`
    : `Nothing was added: ${withCodeSpans(result.message)}.`;
  const plain = result.ok
    ? `Added “${result.title}”${result.outlet ? ` (${result.outlet})` : ''}${facts}. Ask about it with ${command} <topic>.`
    : `Nothing was added: ${result.message}.`;
  return { text: fallbackText(plain), blocks: [section(text)] };
}

/** An example of `add`: what a link looks like. */
export const ADD_EXAMPLE = 'https://example.com/news/story';

/**
 * The reply to `add` without a link, or with text that is not one (`given`): how to use it. Nothing
 * is searched or fetched.
 */
export function addUsageMessage(command: string, given?: string): Message {
  const text =
    `${given ? `“${escapeMrkdwn(given)}” is not a link. ` : ''}` +
    `To add a web article to the coverage, give its link: ${codeSpan(`${command} add ${ADD_EXAMPLE}`)} ` +
    '(a full http:// or https:// address, or a host and path such as example.com/news/story).';
  return { text: fallbackText(text), blocks: [section(text)] };
}

/** The reply when pages cannot be added here. */
export function addUnavailableMessage(): Message {
  const text = 'Adding pages by their link is not available here.';
  return { text, blocks: [section(text)] };
}
