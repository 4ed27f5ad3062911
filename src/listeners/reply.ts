import { answerQuery } from '../answer/answer.js';
import { suggestTopics } from '../answer/suggest.js';
import { type Answer, citationOf } from '../answer/types.js';
import { answerMessage, type Message } from '../blocks/answer.js';
import { helpMessage, sourcesMessage } from '../blocks/help.js';
import { shownAnswer } from '../blocks/shown.js';
import { defaultVocabulary } from '../index/vocabulary.js';
import { addReply, isAddRequest } from './add.js';
import { checkReply, draftOf } from './check-reply.js';
import type { ListenerDeps } from './deps.js';

/** The bot's reply to a question or a keyword (`help`, `sources`, `digest`), as a Slack message. */
export async function replyTo(
  text: string,
  deps: ListenerDeps,
  options: { shareable?: boolean } = {},
): Promise<Message> {
  const topic = text.replace(/\s+/g, ' ').trim();
  const word = topic.toLowerCase();
  if (!topic || word === 'help') {
    const suggestions = suggestTopics(deps.index, defaultVocabulary(), 4);
    const help = helpMessage(deps.command, suggestions, deps.index.articleCount);
    const about = deps.story?.about;
    return about
      ? {
          ...help,
          blocks: [...help.blocks, { type: 'context', elements: [{ type: 'mrkdwn', text: about }] }],
        }
      : help;
  }
  if (isAddRequest(topic)) return addReply(topic, deps);
  if (word === 'sources') return sourcesMessage(deps.index.articles().map(citationOf));
  if (word === 'digest') {
    if (deps.digest) return deps.digest();
    const text = 'The digest is not available here.';
    return { text, blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }] };
  }
  const draft = draftOf(text);
  if (draft !== undefined) return checkReply(draft, deps, options);
  return presentAnswer(answerQuery(deps.index, topic), deps, options);
}

/**
 * An answer as a Slack message, with the vote buttons when votes are kept; what it shows is kept
 * first, so that a vote on it says what was voted on.
 */
export async function presentAnswer(
  answer: Answer,
  deps: ListenerDeps,
  options: { shareable?: boolean } = {},
): Promise<Message> {
  const shown = deps.feedback ? shownAnswer(answer) : undefined;
  if (shown) await deps.feedback?.remember(shown);
  return answerMessage(answer, {
    command: deps.command,
    shareable: options.shareable,
    feedback: shown !== undefined,
    ...(shown ? { shown } : {}),
  });
}

/** A plain-text sorry for the user when something failed on our side; the details go to the log. */
const sorry = 'Sorry, I could not answer that just now. The error is logged; please try again.';
export const SORRY: Message = {
  text: sorry,
  blocks: [{ type: 'section', text: { type: 'mrkdwn', text: sorry } }],
};

/** The most characters of a message read: Slack's own limit of a message's text. */
export const MESSAGE_MAX = 40_000;

/**
 * The plain words of a Slack message: user mentions and @here/@channel dropped (they are not
 * topics), channel links and links reduced to their labels, escapes undone. Past MESSAGE_MAX
 * characters the text is not read (no person writes that much; a request forged to would cost time).
 */
export function plainText(slackText: string): string {
  return slackText
    .slice(0, MESSAGE_MAX)
    .replace(/<@[A-Z0-9]+(?:\|[^>]*)?>/g, ' ')
    .replace(/<!(here|channel|everyone)(?:\|[^>]*)?>/g, ' ')
    .replace(/<!subteam\^[A-Z0-9]+(?:\|([^>]*))?>/g, '$1')
    .replace(/<#[A-Z0-9]+\|([^>]*)>/g, '#$1')
    .replace(/<([^|>]+)\|([^>]+)>/g, '$2')
    .replace(/<([^>]+)>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}
