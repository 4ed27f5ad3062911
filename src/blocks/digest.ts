import type { KnownBlock } from '@slack/types';
import type { Digest, DigestCitation, FigureLine } from '../digest/build.js';
import {
  additionWords,
  changeBeforeWords,
  changeWords,
  coverageLine,
  day,
  digestToText,
  figureWords,
  groupLines,
  groupTitle,
  groupVerdict,
  listedNew,
  repeatWords,
  topWords,
} from '../digest/format.js';
import { citationMrkdwn, citationsLine, fallbackText, type Message, section } from './answer.js';
import { LIMITS } from './limits.js';
import { escapeMrkdwn, safeText, truncate } from './mrkdwn.js';

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

/** Blocks kept free after the new articles: the count of the rest and the changed figures. */
const AFTER_NEW = 2;

/** An article cited with its date: "_Title_ `id` · 2025-06-12". */
const dated = (c: DigestCitation) =>
  `${citationMrkdwn(c)}${c.published ? ` · as of ${escapeMrkdwn(day(c.published))}` : ''}`;

/** A figure's citations: the article quoted, then those giving the same figure. */
function figureCitations(line: Pick<FigureLine, 'source' | 'also'>): string {
  const also = line.also.length > 0 ? ` · same figure: ${citationsLine(line.also, 400)}` : '';
  return `${dated(line.source)}${also}`;
}

/** A digest as a Slack message, within Block Kit limits for any corpus. */
export function digestMessage(d: Digest): Message {
  const blocks: KnownBlock[] = [
    {
      type: 'header',
      text: { type: 'plain_text', text: truncate(`Digest: ${d.story} · ${d.date}`, LIMITS.headerText) },
    },
    { type: 'context', elements: [{ type: 'mrkdwn', text: escapeMrkdwn(coverageLine(d)) }] },
  ];
  if (d.topLine.length > 0) {
    const lines = d.topLine.map((t) => {
      const also =
        t.also.length > 0
          ? ` · ${t.figure ? 'same figure' : 'also stated by'}: ${citationsLine(t.also, 500)}`
          : '';
      const consistent = t.consistent
        .slice(0, 4)
        .map((c) => ` · ${citationMrkdwn(c.citation)} gives ${escapeMrkdwn(c.figure)}`)
        .join('');
      return `• ${safeText(topWords(t), 1200)} — ${dated(t.source)}${also}${consistent}`;
    });
    blocks.push(section(packLines('*At a glance*', lines)));
  }
  if (d.figures.length > 0) {
    blocks.push(section('*Key figures*'));
    for (const g of d.figures) {
      const verdict = groupVerdict(g);
      const warn =
        verdict === 'Sources differ' ? ' · :warning: Sources differ' : verdict ? ` · ${verdict}` : '';
      const lines = groupLines(g).map(
        ({ words, line }) => `• ${safeText(words, 1400)} — ${figureCitations(line)}`,
      );
      blocks.push(section(packLines(`*${safeText(groupTitle(g), 200)}*${warn}`, lines)));
    }
  }
  if (d.facts.length > 0) {
    // Figures whose measure is not read: their sentences, with no title.
    const lines = d.facts.map((line) => `• ${safeText(figureWords(line), 1400)} — ${figureCitations(line)}`);
    blocks.push(section(packLines('*Other figures*', lines)));
  }
  if (d.hadPrevious) {
    if (d.newArticles.length === 0) blocks.push(section('Nothing new since the last digest.'));
    else {
      blocks.push(section('*New since the last digest*'));
      // The articles the text lists, as many as the message has blocks for.
      const listed = listedNew(d).slice(0, Math.max(0, LIMITS.blocks - blocks.length - AFTER_NEW));
      for (const a of listed) {
        const adds = a.repeats
          ? [`    ${repeatWords(a.repeats, citationMrkdwn)}`]
          : a.adds?.length === 0
            ? ['    nothing the earlier articles did not say']
            : (a.adds ?? []).map((add) => `    ${safeText(additionWords(add), 900)}`);
        const when = a.published ? `, ${escapeMrkdwn(day(a.published))}` : '';
        blocks.push(section(packLines(`• ${citationMrkdwn(a)}${when}`, adds)));
      }
      if (d.newArticles.length > listed.length)
        blocks.push(section(`…and ${d.newArticles.length - listed.length} more`));
      // Changes are said under the article that made them; here only those of articles not listed.
      const unlisted = d.changes.filter((c) => !listed.some((a) => a.id === c.now.source.id));
      if (unlisted.length > 0) {
        const lines = unlisted
          .slice(0, 10)
          .flatMap((c) => [
            `• ${safeText(changeWords(c), 1000)} — ${dated(c.now.source)}`,
            `    ${safeText(changeBeforeWords(c), 1000)} — ${dated(c.before.source)}`,
          ]);
        blocks.push(section(packLines('*Figures that changed*', lines)));
      }
    }
  }
  return { text: fallbackText(digestToText(d)), blocks: blocks.slice(0, LIMITS.blocks) };
}
