import type { KnownBlock } from '@slack/types';
import type { Citation } from '../answer/types.js';
import { citationMrkdwn, fallbackText, type Message, suggestionLine } from './answer.js';
import { LIMITS } from './limits.js';
import { codeSpan } from './mrkdwn.js';

/** What follows the command in each use help lists (and manifest.yml's `usage_hint`). */
export const HELP_USAGES = [
  '<topic or question>',
  'sources',
  'check <text>',
  'digest',
  'add <link>',
  'help',
] as const;

/** How to use the bot, with example topics taken from the coverage. */
export function helpMessage(command: string, suggestions: readonly string[], articleCount: number): Message {
  const c = (rest: string) => codeSpan(`${command} ${rest}`);
  const lines = [
    `*Ask what the coverage says* (${articleCount} article${articleCount === 1 ? '' : 's'} indexed):`,
    `• ${c(HELP_USAGES[0])}: short facts, each with its sources, and where sources differ`,
    `• ${c(HELP_USAGES[1])}: the articles indexed`,
    `• ${c(HELP_USAGES[2])}, or “Check against the coverage” in a message's menu: each figure of a draft Supported, Contradicted or Not found, with its sources`,
    `• ${c(HELP_USAGES[3])}: today's digest of the coverage`,
    `• ${c(HELP_USAGES[4])}: fetch a web article and add it to the coverage`,
    `• ${c(HELP_USAGES[5])}: this list`,
    '• Mention me with a question in a channel or thread, and I answer in the thread.',
  ];
  if (suggestions.length > 0) lines.push(`Try: ${suggestionLine(command, suggestions)}`);
  const text = lines.join('\n');
  // The notification: plain words escaped once, not the blocks' mrkdwn escaped again.
  const plain = `Ask what the coverage says: ${command} <topic or question>; ${command} sources; ${command} check <text>; ${command} digest; ${command} add <link>.`;
  return { text: fallbackText(plain), blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }] };
}

/** The articles indexed, as many as Block Kit allows, with a count of the rest. */
export function sourcesMessage(articles: readonly Citation[]): Message {
  const blocks: KnownBlock[] = [
    {
      type: 'header',
      text: {
        type: 'plain_text',
        text: `Sources: ${articles.length} article${articles.length === 1 ? '' : 's'}`,
      },
    },
  ];
  let body = '';
  let shown = 0;
  const room = LIMITS.blocks - 2; // the header, and the context line for the rest
  for (const article of articles) {
    const line = `• ${citationMrkdwn(article)}`;
    if (body.length + line.length + 1 > LIMITS.sectionText) {
      if (blocks.length >= room) break;
      blocks.push({ type: 'section', text: { type: 'mrkdwn', text: body } });
      body = '';
    }
    body += `${body ? '\n' : ''}${line}`;
    shown++;
  }
  if (body) blocks.push({ type: 'section', text: { type: 'mrkdwn', text: body } });
  if (articles.length === 0)
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: 'No articles are indexed yet.' } });
  if (shown < articles.length)
    blocks.push({
      type: 'context',
      elements: [{ type: 'mrkdwn', text: `…and ${articles.length - shown} more.` }],
    });
  const text = articles.map((a) => `${a.title} [${a.id}]`).join('\n');
  return { text: fallbackText(`${articles.length} articles:\n${text}`), blocks };
}
