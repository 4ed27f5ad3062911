import type { Button, KnownBlock } from '@slack/types';
import { answerToText } from '../answer/format.js';
import type { Answer, Citation } from '../answer/types.js';
import { feedbackButtons } from './feedback.js';
import { LIMITS } from './limits.js';
import { escapeCode, escapeMrkdwn, link, safeText, truncate } from './mrkdwn.js';
import { factsShown, MAX_MORE_FACTS, type ShownAnswer, shortAnswerOf, shownAnswer } from './shown.js';

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
  /** Adds Helpful / Not helpful buttons (when votes can be kept). Default false. */
  feedback?: boolean;
  /** What the answer shows, when the caller has it already (see shownAnswer). Default: worked out here. */
  shown?: ShownAnswer;
}

/** The most disagreements an answer shows. */
const MAX_DISAGREEMENTS = 5;
/** Room for a fact's own words in its section; the rest is for its citations. */
const FACT_ROOM = 2200;

/** A citation in mrkdwn: the linked title, the outlet and the article id an editor can find. */
export function citationMrkdwn(c: Citation): string {
  const outlet = c.outlet ? ` (${escapeMrkdwn(c.outlet)})` : '';
  return `_${link(c.url, truncate(c.title, 150))}_${outlet} \`${escapeCode(c.id)}\``;
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

/** A section of mrkdwn text. */
export const section = (text: string): KnownBlock => ({ type: 'section', text: { type: 'mrkdwn', text } });

/** The "Share in channel" button, whose value says what to post again (the query). */
export const shareButton = (value: string): Button => ({
  type: 'button',
  action_id: SHARE_ACTION,
  text: { type: 'plain_text', text: 'Share in channel' },
  value,
});

/** Plain text for notifications: escaped, since Slack reads it as mrkdwn too. */
export function fallbackText(text: string): string {
  return safeText(text, 3000) || ' ';
}

/** Suggestions as commands a reader can type. */
export function suggestionLine(command: string, suggestions: readonly string[]): string {
  return suggestions.map((s) => `\`${escapeCode(`${command} ${s}`)}\``).join(' · ');
}

/** Room for the short answer: a span of one sentence, bold. */
const SHORT_ROOM = 500;

/** The short answer in bold: escaped; `*` (which would end the bold) shown as `∗`. */
export function shortAnswerMrkdwn(span: string): string {
  return `*${safeText(span.replace(/\*/g, '∗'), SHORT_ROOM)}*`;
}

/**
 * A short answer the engine is not sure of: never bold, said to be likely and to be checked against
 * the fact below it (a wrong answer in bold is worse than none: a reporter copies it).
 */
export function likelyAnswerMrkdwn(span: string): string {
  return `Likely: ${safeText(span, SHORT_ROOM)} _(not certain: check the fact below)_`;
}

/**
 * An answer as a Slack message. A question with a short answer opens with it (in bold when it is
 * sure, as a hedged "Likely" line when not), then the
 * fact it comes from with its sources, then at most two more facts; a topic gets a header and
 * its facts as bullets. Then where sources differ, and how many articles were searched. Keeps
 * Block Kit's limits for any answer.
 */
export function answerMessage(answer: Answer, options: AnswerMessageOptions): Message {
  const topic = answer.query.replace(/\s+/g, ' ').trim();
  const short = shortAnswerOf(answer);
  const blocks: KnownBlock[] = short
    ? [section(answer.answer?.sure ? shortAnswerMrkdwn(short.text) : likelyAnswerMrkdwn(short.text))]
    : [{ type: 'header', text: { type: 'plain_text', text: truncate(topic, LIMITS.headerText) } }];

  if (answer.facts.length === 0) {
    blocks.push(section(safeText(answer.note ?? `Nothing in the coverage on “${topic}”.`, 2000)));
    if (answer.suggestions.length > 0)
      blocks.push(section(`Try: ${suggestionLine(options.command, answer.suggestions)}`));
  }
  // A question no fact answers: the line saying so, above the related facts.
  else if (!short && answer.note) blocks.push(section(safeText(answer.note, 2000)));
  const shown = factsShown(answer);
  for (const fact of shown) {
    const text = `• ${safeText(fact.text, FACT_ROOM)}`;
    blocks.push(section(`${text}\n${citationsLine(fact.citations, LIMITS.sectionText - text.length - 1)}`));
  }
  for (const t of (answer.timelines ?? []).slice(0, short ? MAX_MORE_FACTS : MAX_DISAGREEMENTS)) {
    const whose = t.subject ? `${escapeMrkdwn(t.subject)}'s ` : '';
    const head = `:calendar: *${whose}${escapeMrkdwn(t.measure)} over time*`;
    const lines = t.values.map(
      (v) =>
        `• ${v.moment ? `${safeText(v.moment, 100)}: ` : ''}*${safeText(v.text, 200)}*: ${citationsLine(v.citations, 600)}`,
    );
    let body = head;
    for (const line of lines) {
      if (body.length + line.length + 1 > LIMITS.sectionText) break;
      body += `\n${line}`;
    }
    blocks.push(section(body));
  }
  for (const d of answer.disagreements.slice(0, short ? MAX_MORE_FACTS : MAX_DISAGREEMENTS)) {
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
        text: `${short ? `“${safeText(topic, 200)}” · ` : ''}Searched ${answer.articlesConsulted} article${answer.articlesConsulted === 1 ? '' : 's'} · \`${escapeCode(options.command)} sources\` lists them`,
      },
    ],
  });
  const buttons: Button[] = [];
  if (options.shareable && answer.facts.length > 0 && answer.query.length <= LIMITS.buttonValue)
    buttons.push(shareButton(answer.query));
  if (options.feedback) buttons.push(...feedbackButtons(options.shown ?? shownAnswer(answer)));
  if (buttons.length > 0) blocks.push({ type: 'actions', elements: buttons });
  // The fallback says what the blocks say: the short answer first, then the facts shown.
  const text = short
    ? `${answer.answer?.sure ? short.text : `Likely: ${short.text}`}\n${answerToText({ ...answer, answer: undefined, facts: shown })}`
    : answerToText({ ...answer, answer: undefined });
  return { text: fallbackText(text), blocks };
}
