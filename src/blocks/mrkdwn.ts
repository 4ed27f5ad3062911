/** Safe mrkdwn: text from users and articles never becomes a link, a mention or a ping. */

/**
 * Look-alikes of the characters that would restyle text (mrkdwn has no escape for them): text from
 * articles and users shows `*`, `_`, `~` and `` ` `` as written, never as bold, italics, strike or code.
 */
const MARKERS: Record<string, string> = { '*': '∗', _: 'ˍ', '~': '∼', '`': 'ˋ' };
const LOOK_ALIKES: Record<string, string> = { '∗': '*', ˍ: '_', '∼': '~' };

/**
 * Text as text in mrkdwn: `&`, `<` and `>` escaped as Slack asks (`<!channel>` stays text), and
 * `*`, `_`, `~`, `` ` `` shown by look-alikes, so that nothing restyles it. Escape once: the result
 * is mrkdwn, never escaped again.
 */
export function escapeMrkdwn(text: string): string {
  return escapeCode(text).replace(/[*_~]/g, (m) => MARKERS[m] ?? m);
}

/** Text for inside a code span (`` `…` ``): `&`, `<`, `>` escaped, a backtick shown by a look-alike. */
export function escapeCode(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/`/g, MARKERS['`'] ?? "'");
}

/** Escaped text (see escapeMrkdwn) put in a code span, where `*`, `_` and `~` show as they are. */
export function asCode(escaped: string): string {
  return `\`${escaped.replace(/[∗ˍ∼]/g, (m) => LOOK_ALIKES[m] ?? m)}\``;
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
  return `\`${escapeCode(text.replace(/`/g, 'ʹ'))}\``;
}

/**
 * A message of our own that marks names as code with backticks ("set `ALLOW_PRIVATE_URLS=true`"),
 * as mrkdwn: the marked parts as code spans, the rest escaped (see escapeMrkdwn).
 */
export function withCodeSpans(text: string): string {
  return text
    .split(/(`[^`\n]+`)/)
    .map((part) => (/^`[^`]+`$/.test(part) ? codeSpan(part.slice(1, -1)) : escapeMrkdwn(part)))
    .join('');
}
