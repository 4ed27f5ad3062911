import type { Message } from '../blocks/answer.js';
import { addedMessage, addUnavailableMessage } from '../blocks/ingest.js';
import type { ListenerDeps } from './deps.js';

/** True for `add <link>` (or a bare `add`): a request to add a page by its link, not a question. */
export const isAddRequest = (plain: string): boolean => /^add(?:\s+\S*[.:/]\S*)?$/i.test(plain.trim());

/**
 * The link of an `add` request, from its plain text: a full address as given; a bare host and path
 * (Slack shows `example.com/a` for `<http://example.com/a|example.com/a>`) as Slack links it, http.
 */
export function linkOf(plain: string): string | undefined {
  const rest =
    plain
      .trim()
      .replace(/^add\s*/i, '')
      .trim()
      .split(/\s+/)[0] ?? '';
  if (!rest) return undefined;
  if (/^[a-z][a-z0-9+.-]*:/i.test(rest)) return rest;
  return /^[\w-]+(\.[\w-]+)+(?::\d+)?(\/\S*)?$/.test(rest) ? `http://${rest}` : rest;
}

/** The reply to `add <link>`: the page fetched and added, or what went wrong and how to fix it. */
export async function addReply(plain: string, deps: ListenerDeps): Promise<Message> {
  if (!deps.addPage) return addUnavailableMessage();
  const link = linkOf(plain);
  if (!link)
    return addedMessage(
      {
        ok: false,
        message: `give the page's link, as in ${deps.command} add https://example.com/news/story`,
        lasting: true,
      },
      deps.command,
    );
  return addedMessage(await deps.addPage(link), deps.command);
}
