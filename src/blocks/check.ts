import type { KnownBlock } from '@slack/types';
import type { CheckResult, Claim, Verdict } from '../check/check.js';
import { checkToText, emptyNote, readAs, stoppedNote, VERDICT_LABELS } from '../check/format.js';
import { citationsLine, fallbackText, type Message, section, shareButton } from './answer.js';
import { LIMITS } from './limits.js';
import { asCode, escapeMrkdwn, safeText, withCodeSpans } from './mrkdwn.js';

export interface CheckMessageOptions {
  /** The slash command, for the usage line: `/scaledeal`. */
  command: string;
  /** Adds a "Share in channel" button (ephemeral replies). Default false. */
  shareable?: boolean;
}

/** The keyword of the command that checks a draft: `/scaledeal check <text>`. */
export const CHECK_KEYWORD = 'check';

/** How to check a draft with the command. */
export function checkUsage(command: string): string {
  return `Usage: \`${command} ${CHECK_KEYWORD} <text of a draft>\`, or the message shortcut “Check against the coverage”.`;
}

const EMOJI: Record<Verdict, string> = {
  supported: ':white_check_mark:',
  contradicted: ':x:',
  'not found': ':grey_question:',
};

/** Blocks kept for the header, the summary, the notes and the button. */
const RESERVED = 5;
/** Room for a claim's first lines (verdict, figure, note); the rest of its section quotes evidence. */
const HEAD_ROOM = 900;
/** Room for one quoted sentence, and for its citations. */
const QUOTE_ROOM = 600;
const CITATION_ROOM = 500;

const context = (text: string): KnownBlock => ({ type: 'context', elements: [{ type: 'mrkdwn', text }] });

/** The article ids a note lists ("[002_85cf…, 000_10f5…]") as code, as citations show them. */
function idsAsCode(note: string): string {
  return note.replace(/\[([^[\]`]+)\]/g, (_, ids: string) => `[${ids.split(', ').map(asCode).join(', ')}]`);
}

/**
 * One figure and its verdict as a section: the verdict, the figure as read, the note, the sentences
 * quoted with their sources; the sources of sentences there is no room for are still cited.
 */
export function claimSection(claim: Claim): KnownBlock {
  const head = safeText(`${claim.figure} ${readAs(claim)}`, 300);
  let text = `${EMOJI[claim.verdict]} *${VERDICT_LABELS[claim.verdict]}* · *${head}*\n${idsAsCode(safeText(claim.note, HEAD_ROOM - head.length - 40))}`;
  const room = LIMITS.sectionText - CITATION_ROOM - 10;
  let shown = 0;
  for (const e of claim.evidence) {
    const quote = `\n> ${safeText(e.text.replace(/\s+/g, ' '), QUOTE_ROOM)}\n${citationsLine(e.citations, CITATION_ROOM)}`;
    if (text.length + quote.length > room) break;
    text += quote;
    shown++;
  }
  const cited = new Set(claim.evidence.slice(0, shown).flatMap((e) => e.citations.map((c) => c.id)));
  const rest = claim.evidence
    .slice(shown)
    .flatMap((e) => e.citations)
    .filter((c) => !cited.has(c.id) && cited.add(c.id));
  if (rest.length > 0) text += `\nAlso: ${citationsLine(rest, LIMITS.sectionText - text.length - 8)}`;
  return section(text);
}

/**
 * A check of a draft as a Slack message: each figure on its own line with its verdict word, the
 * coverage's sentences quoted with their sources; a usage line for an empty text, a note for a text
 * without figures or over the limit. Keeps Block Kit's limits for any text.
 */
export function checkMessage(result: CheckResult, options: CheckMessageOptions): Message {
  const usage = checkUsage(options.command);
  const blocks: KnownBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: 'Checked against the coverage' } },
  ];
  const empty = emptyNote(result, usage);
  if (empty) blocks.push(section(withCodeSpans(empty)));
  else {
    const counts = (['supported', 'contradicted', 'not found'] as const)
      .map((v) => [v, result.claims.filter((c) => c.verdict === v).length] as const)
      .filter(([, n]) => n > 0)
      .map(([v, n]) => `${n} ${VERDICT_LABELS[v]}`);
    const n = result.claims.length;
    blocks.push(
      context(
        `${n} figure${n === 1 ? '' : 's'}: ${counts.join(' · ')} · against ${result.articlesConsulted} article${result.articlesConsulted === 1 ? '' : 's'}`,
      ),
    );
    const room = LIMITS.blocks - RESERVED;
    for (const claim of result.claims.slice(0, room)) blocks.push(claimSection(claim));
    if (n > room)
      blocks.push(context(`…and ${n - room} more figures not shown: check a shorter text to see them all.`));
  }
  const stopped = stoppedNote(result);
  if (stopped) blocks.push(context(`:warning: ${escapeMrkdwn(stopped)}`));
  const value = `${CHECK_KEYWORD} ${result.text}`;
  if (options.shareable && result.claims.length > 0 && value.length <= LIMITS.buttonValue)
    blocks.push({ type: 'actions', elements: [shareButton(value)] });
  return { text: fallbackText(checkToText(result, usage)), blocks };
}
