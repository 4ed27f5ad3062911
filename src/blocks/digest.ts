import type { KnownBlock } from '@slack/types';
import type { Digest } from '../digest/build.js';
import { coverageLine, digestToText } from '../digest/format.js';
import { citationMrkdwn, citationsLine, fallbackText, type Message } from './answer.js';
import { LIMITS } from './limits.js';
import { escapeMrkdwn, safeText, truncate } from './mrkdwn.js';

const section = (text: string): KnownBlock => ({ type: 'section', text: { type: 'mrkdwn', text } });

/** Lines joined into one section's text, as many as fit, with a count of the rest. */
function packLines(head: string, lines: readonly string[]): string {
  let text = head;
  for (const [i, line] of lines.entries()) {
    const more = `\n…and ${lines.length - i} more`;
    if (text.length + line.length + 1 + more.length > LIMITS.sectionText) return text + more;
    text += `\n${line}`;
  }
  return text;
}

/** The most new articles listed by title. */
const MAX_NEW = 20;

/** A digest as a Slack message, within Block Kit limits for any corpus. */
export function digestMessage(d: Digest): Message {
  const blocks: KnownBlock[] = [
    {
      type: 'header',
      text: { type: 'plain_text', text: truncate(`Digest: ${d.story} · ${d.date}`, LIMITS.headerText) },
    },
    { type: 'context', elements: [{ type: 'mrkdwn', text: escapeMrkdwn(coverageLine(d)) }] },
  ];
  if (d.figures.length > 0) {
    blocks.push(section('*Key figures*'));
    for (const f of d.figures) {
      const verdict =
        f.agree === undefined ? '' : f.agree ? ' · sources agree' : ' · :warning: sources differ';
      const lines = f.values.map((v) => `• *${safeText(v.text, 200)}*: ${citationsLine(v.citations, 600)}`);
      blocks.push(section(packLines(`*${escapeMrkdwn(f.measure)}*${verdict}`, lines)));
    }
  }
  if (d.threads.length > 0) {
    blocks.push(section('*Main threads*'));
    for (const t of d.threads)
      blocks.push(section(`• ${safeText(t.text, 2000)}\n${citationsLine(t.citations, 900)}`));
  }
  if (d.hadPrevious) {
    const lines = d.newArticles
      .slice(0, MAX_NEW)
      .map(
        (a) => `• ${citationMrkdwn(a)}${a.published ? `, ${escapeMrkdwn(a.published.slice(0, 10))}` : ''}`,
      );
    if (d.newArticles.length > MAX_NEW) lines.push(`…and ${d.newArticles.length - MAX_NEW} more`);
    blocks.push(
      section(
        lines.length > 0
          ? packLines('*New since the last digest*', lines)
          : 'Nothing new since the last digest.',
      ),
    );
  }
  return { text: fallbackText(digestToText(d)), blocks: blocks.slice(0, LIMITS.blocks) };
}
