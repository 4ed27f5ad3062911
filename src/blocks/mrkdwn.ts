/** Safe mrkdwn: text from users and articles never becomes a link, a mention or a ping. */

/** Escapes exactly `&`, `<` and `>`, as Slack asks: `<!channel>` stays text. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Cuts text to at most `max` characters, at a word boundary where one is near, with an ellipsis. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.8 ? cut.slice(0, space) : cut}…`;
}

/** Escaped mrkdwn of at most `max` characters; an escape is never cut in half. */
export function safeText(text: string, max: number): string {
  let room = max;
  let out = escapeMrkdwn(truncate(text, room));
  while (out.length > max && room > 1) {
    // An escape is at most four characters for one: shrink by a quarter of the overflow at least.
    room = Math.max(1, room - Math.ceil((out.length - max) / 4));
    out = escapeMrkdwn(truncate(text, room));
  }
  return out;
}

/** A link whose label is escaped; only http(s) URLs become links, anything else is plain text. */
export function link(url: string | undefined, label: string): string {
  if (!url || !/^https?:\/\/[^\s<>|]+$/i.test(url)) return escapeMrkdwn(label);
  return `<${url}|${escapeMrkdwn(label).replace(/\|/g, '¦')}>`;
}

/**
 * A command, a configuration name or a value, as a code span (`ALLOW_PRIVATE_URLS=true`, not
 * "ALLOWPRIVATEURLS" in italics), escaped; a backtick inside becomes a prime, which cannot end it.
 */
export function codeSpan(text: string): string {
  return `\`${escapeMrkdwn(text.replace(/`/g, 'ʹ'))}\``;
}
