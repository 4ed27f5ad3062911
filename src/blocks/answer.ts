import type { KnownBlock } from '@slack/types';
import { answerToText } from '../answer/format.js';
import type { Answer, Citation } from '../answer/types.js';
import { LIMITS } from './limits.js';
import { escapeMrkdwn, link, safeText, truncate } from './mrkdwn.js';

/** A Slack message: Block Kit, and the plain text shown in notifications and by old clients. */
export interface Message {
  text: string;
  blocks: KnownBlock[];
}

/** The action of the "Share in channel" button; its value is the query. */
export const SHARE_ACTION = 'share_answer';

export interface AnswerMessageOptions {
  /** The slash command, for hints: `/scaledeal`. */
  command: string;
  /** Adds a "Share in channel" button (ephemeral answers). Default false. */
  shareable?: boolean;
}

/** The most disagreements an answer shows. */
const MAX_DISAGREEMENTS = 5;
/** The most facts an answer shows, whatever it holds: with the rest, well within 50 blocks. */
const MAX_FACTS = 30;
/** Room for a fact's own words in its section; the rest is for its citations. */
const FACT_ROOM = 2200;

/** A citation in mrkdwn: the linked title, the outlet and the article id an editor can find. */
export function citationMrkdwn(c: Citation): string {
  const outlet = c.outlet ? ` (${escapeMrkdwn(c.outlet)})` : '';
  return `_${link(c.url, truncate(c.title, 150))}_${outlet} \`${escapeMrkdwn(c.id)}\``;
}

/** Citations joined, cut to fit `max` characters with a count of those left out. */
export function citationsLine(citations: readonly Citation[], max: number): string {
  const parts: string[] = [];
  for (const [i, c] of citations.entries()) {
    const next = citationMrkdwn(c);
    const more = ` · and ${citations.length - i} more`;
    if ([...parts, next].join(' · ').length + more.length > max) return `${parts.join(' · ')}${more}`;
    parts.push(next);
  }
  return parts.join(' · ');
}

const section = (text: string): KnownBlock => ({ type: 'section', text: { type: 'mrkdwn', text } });

/** Plain text for notifications: escaped, since Slack reads it as mrkdwn too. */
export function fallbackText(text: string): string {
  return safeText(text, 3000) || ' ';
}

/** Suggestions as commands a reader can type. */
export function suggestionLine(command: string, suggestions: readonly string[]): string {
  return suggestions.map((s) => `\`${escapeMrkdwn(`${command} ${s}`)}\``).join(' · ');
}

/**
 * An answer as a Slack message: the topic, the facts as bullets with their sources, where sources
 * differ, and how many articles were searched. Keeps Block Kit's limits for any answer.
 */
export function answerMessage(answer: Answer, options: AnswerMessageOptions): Message {
  const topic = answer.query.replace(/\s+/g, ' ').trim();
  const blocks: KnownBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: truncate(topic, LIMITS.headerText) } },
  ];

  if (answer.facts.length === 0) {
    blocks.push(section(safeText(answer.note ?? `Nothing in the coverage on “${topic}”.`, 2000)));
    if (answer.suggestions.length > 0)
      blocks.push(section(`Try: ${suggestionLine(options.command, answer.suggestions)}`));
  }
  for (const fact of answer.facts.slice(0, MAX_FACTS)) {
    const text = `• ${safeText(fact.text, FACT_ROOM)}`;
    blocks.push(section(`${text}\n${citationsLine(fact.citations, LIMITS.sectionText - text.length - 1)}`));
  }
  for (const d of answer.disagreements.slice(0, MAX_DISAGREEMENTS)) {
    const head = `:warning: *Sources differ on ${escapeMrkdwn(d.measure)}*`;
    const lines = d.values.map((v) => `• *${safeText(v.text, 200)}*: ${citationsLine(v.citations, 600)}`);
    let body = head;
    for (const line of lines) {
      if (body.length + line.length + 1 > LIMITS.sectionText) break;
      body += `\n${line}`;
    }
    blocks.push(section(body));
  }
  blocks.push({
    type: 'context',
    elements: [
      {
        type: 'mrkdwn',
        text: `Searched ${answer.articlesConsulted} article${answer.articlesConsulted === 1 ? '' : 's'} · \`${escapeMrkdwn(options.command)} sources\` lists them`,
      },
    ],
  });
  if (options.shareable && answer.facts.length > 0 && answer.query.length <= LIMITS.buttonValue)
    blocks.push({
      type: 'actions',
      elements: [
        {
          type: 'button',
          action_id: SHARE_ACTION,
          text: { type: 'plain_text', text: 'Share in channel' },
          value: answer.query,
        },
      ],
    });
  return { text: fallbackText(answerToText(answer)), blocks };
}
