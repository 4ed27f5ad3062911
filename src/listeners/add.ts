import type { Message } from '../blocks/answer.js';
import { addedMessage, addUnavailableMessage, addUsageMessage } from '../blocks/ingest.js';
import type { ListenerDeps } from './deps.js';

/**
 * True for `add` and whatever follows it (`add <link>`, a bare `add`, `add not-a-link`): a request
 * to add a page by its link, never a question searched as a topic.
 */
export const isAddRequest = (plain: string): boolean => /^add(?:\s[\s\S]*)?$/i.test(plain.trim());

/** What follows `add`, as given. */
const argumentOf = (plain: string): string =>
  plain
    .trim()
    .replace(/^add\s*/i, '')
    .trim();

/**
 * The link of an `add` request, from its plain text: a full address as given; a bare host and path
 * (Slack shows `example.com/a` for `<http://example.com/a|example.com/a>`) as Slack links it, http;
 * undefined when there is none, or what follows is not a link.
 */
export function linkOf(plain: string): string | undefined {
  const rest = argumentOf(plain).split(/\s+/)[0] ?? '';
  if (/^[a-z][a-z0-9+.-]*:\/\/\S+$/i.test(rest)) return rest;
  return /^[\w-]+(\.[\w-]+)+(?::\d+)?(\/\S*)?$/.test(rest) ? `http://${rest}` : undefined;
}

/** The reply to `add <link>`: the page fetched and added, or what went wrong and how to fix it. */
export async function addReply(plain: string, deps: ListenerDeps): Promise<Message> {
  if (!deps.addPage) return addUnavailableMessage();
  const link = linkOf(plain);
  if (!link) return addUsageMessage(deps.command, argumentOf(plain) || undefined);
  return addedMessage(await deps.addPage(link), deps.command);
}
