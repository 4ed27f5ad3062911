// The playground page: a Slack channel look-alike that renders the bot's real Block Kit answers.
// Every piece of text becomes a DOM text node: nothing from a user or an article is ever HTML.

const $ = (id) => document.getElementById(id);
const messages = new Map(); // ts -> message
let info = { command: '/ask', bot: 'factbot', user: 'U0YOU', suggestions: [], shortcuts: [], channels: [] };
/** The channel shown: one a story, each with its command (the sidebar). */
let current = { id: 'C0PLAYGROUND', name: 'newsroom', command: '/ask', suggestions: [] };
let openThread = null;

/** An element with a class and children (strings become text nodes). */
function el(tag, className, ...children) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  for (const child of children)
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  return node;
}

/** The emoji shortcodes the bot uses. */
const EMOJI = { warning: '⚠️', white_check_mark: '✅', newspaper: '📰', x: '❌', grey_question: '❔' };

/** Undoes Slack's three escapes and shows emoji shortcodes, for display as text. */
const unescapeSlack = (text) =>
  text
    .replace(/:([a-z_]+):/g, (code, name) => EMOJI[name] ?? code)
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/**
 * mrkdwn to DOM: *bold*, _italic_, ~strike~, `code`, <https://url|label> links and <@U123>
 * mentions. Anything else, including what an article says, stays text.
 */
export function renderMrkdwn(text) {
  const out = document.createDocumentFragment();
  const pattern =
    /<([^>|]+)(?:\|([^>]*))?>|\*([^*\n]+)\*|:([a-z0-9_+-]+):|_([^_\n]+)_|~([^~\n]+)~|`([^`\n]+)`/g;
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    if (m.index > last) out.append(unescapeSlack(text.slice(last, m.index)));
    const [, target, label, bold, emoji, italic, strike, code] = m;
    if (target !== undefined) {
      if (/^https?:\/\//i.test(target)) {
        const a = el('a', '', unescapeSlack(label ?? target));
        a.href = target;
        a.target = '_blank';
        a.rel = 'noopener noreferrer';
        out.append(a);
      } else if (/^@[UW][A-Z0-9]+$/.test(target))
        out.append(
          el(
            'span',
            'mention',
            target === '@UBOT' ? `@${info.bot}` : target === `@${info.user}` ? '@you' : target,
          ),
        );
      else if (/^!(here|channel|everyone)$/.test(target))
        out.append(el('span', 'mention', `@${target.slice(1)}`));
      else out.append(unescapeSlack(label ?? target));
    } else if (bold !== undefined) out.append(el('strong', '', renderMrkdwn(bold)));
    else if (emoji !== undefined) out.append(EMOJI[emoji] ?? m[0]);
    else if (italic !== undefined) out.append(el('em', '', renderMrkdwn(italic)));
    else if (strike !== undefined) out.append(el('s', '', renderMrkdwn(strike)));
    else out.append(el('code', '', unescapeSlack(code)));
    last = m.index + m[0].length;
  }
  if (last < text.length) out.append(unescapeSlack(text.slice(last)));
  return out;
}

/** mrkdwn with Slack's quoted lines ("> ...") shown as quotes. */
function renderQuoted(text) {
  const out = document.createDocumentFragment();
  text.split('\n').forEach((line, i) => {
    if (line.startsWith('> ')) out.append(el('blockquote', 'quote', renderMrkdwn(line.slice(2))));
    else
      out.append(...(i > 0 && !text.split('\n')[i - 1]?.startsWith('> ') ? ['\n'] : []), renderMrkdwn(line));
  });
  return out;
}

const textOf = (t) => (t?.type === 'mrkdwn' ? renderQuoted(t.text) : document.createTextNode(t?.text ?? ''));

/** Block Kit to DOM: header, section, context, actions, divider; a button's click names its message. */
function renderBlocks(blocks, message) {
  const out = document.createDocumentFragment();
  for (const block of blocks) {
    if (block.type === 'header') out.append(el('div', 'block-header', block.text?.text ?? ''));
    else if (block.type === 'section') {
      const section = el('div', 'block-section');
      if (block.text) section.append(textOf(block.text));
      for (const field of block.fields ?? []) section.append(el('div', 'field', textOf(field)));
      out.append(section);
    } else if (block.type === 'context') {
      const context = el('div', 'block-context');
      for (const element of block.elements ?? []) context.append(textOf(element), ' ');
      out.append(context);
    } else if (block.type === 'actions') {
      const actions = el('div', 'block-actions');
      for (const element of block.elements ?? []) {
        if (element.type !== 'button') continue;
        const button = el('button', '', element.text?.text ?? 'Button');
        button.type = 'button';
        button.addEventListener('click', () =>
          send('/ui/action', {
            action_id: element.action_id,
            value: element.value ?? '',
            ts: message.ts,
            ...(block.block_id ? { block_id: block.block_id } : {}),
          }),
        );
        actions.append(button);
      }
      out.append(actions);
    } else if (block.type === 'divider') out.append(el('hr', 'block-divider'));
  }
  return out;
}

/** A message's "More actions" menu, offering the app's message shortcuts as Slack does. */
function messageMenu(message) {
  const menu = el('span', 'message-menu');
  const more = el('button', 'more-actions', '⋯');
  more.type = 'button';
  more.title = 'More actions';
  more.setAttribute('aria-label', 'More actions');
  const list = el('div', 'menu-list');
  list.hidden = true;
  for (const shortcut of info.shortcuts) {
    const item = el('button', 'menu-item', shortcut.name);
    item.type = 'button';
    item.addEventListener('click', () => {
      list.hidden = true;
      send('/ui/shortcut', { ts: message.ts, callback_id: shortcut.callback_id });
    });
    list.append(item);
  }
  more.addEventListener('click', () => {
    list.hidden = !list.hidden;
  });
  menu.append(more, list);
  return menu;
}

function renderMessage(message, inThread) {
  const fromBot = Boolean(message.bot_id);
  const item = el('li', 'message');
  item.dataset.ts = message.ts;
  item.append(el('div', `avatar${fromBot ? '' : ' you'}`, fromBot ? 'F' : 'Y'));
  const body = el('div', 'body');
  const meta = el('div', 'meta', el('span', 'author', fromBot ? info.bot : 'you'));
  if (fromBot) meta.append(el('span', 'app-tag', 'APP'));
  if (!message.ephemeral && info.shortcuts?.length) meta.append(messageMenu(message));
  body.append(meta);
  if (message.ephemeral) body.append(el('div', 'ephemeral', 'Only visible to you'));
  body.append(
    message.blocks?.length
      ? renderBlocks(message.blocks, message)
      : el('div', 'block-section', renderMrkdwn(message.text ?? '')),
  );
  const replies = [...messages.values()].filter((m) => m.thread_ts === message.ts && m.ts !== message.ts);
  if (!inThread && replies.length > 0) {
    const link = el('button', 'replies', `${replies.length} ${replies.length === 1 ? 'reply' : 'replies'}`);
    link.type = 'button';
    link.addEventListener('click', () => showThread(message.ts));
    body.append(link);
  }
  item.append(body);
  return item;
}

/** Whether a list is scrolled to (within a few pixels of) its end: the newest message in view. */
const atEnd = (list) => list.scrollHeight - list.scrollTop - list.clientHeight < 40;

/**
 * Renders the channel and the open thread. As Slack does, a list that showed its newest message
 * scrolls to the new newest one; one scrolled up to read older messages stays where it is, unless
 * `toEnd` (a thread just opened, a message just sent).
 */
function render(toEnd = false) {
  const list = $('messages');
  const follow = toEnd || atEnd(list);
  list.replaceChildren(
    ...[...messages.values()]
      .filter((m) => m.channel === current.id && (!m.thread_ts || m.thread_ts === m.ts))
      .map((m) => renderMessage(m, false)),
  );
  if (follow) list.scrollTop = list.scrollHeight;
  if (openThread) {
    const panel = $('thread-messages');
    const followThread = toEnd || atEnd(panel);
    const thread = [...messages.values()].filter(
      (m) => m.channel === current.id && (m.ts === openThread || m.thread_ts === openThread),
    );
    panel.replaceChildren(...thread.map((m) => renderMessage(m, true)));
    if (followThread) panel.scrollTop = panel.scrollHeight;
  }
}

function showThread(ts) {
  openThread = ts;
  $('thread').hidden = false;
  render(true);
}

async function send(path, body) {
  $('error').textContent = '';
  const res = await fetch(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ...body, channel: current.id }),
  });
  if (!res.ok)
    $('error').textContent =
      (await res.json().catch(() => ({}))).error ?? `The bot could not take that (${res.status}).`;
}

function submit(box, thread) {
  const text = box.value.trim();
  if (!text) return;
  box.value = '';
  render(true); // what one writes is read at the end of the list, as Slack scrolls there
  if (text.startsWith('/') && !thread) send('/ui/command', { text });
  else send('/ui/message', thread ? { text, thread_ts: thread } : { text });
}

function wire(form, box, thread) {
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    submit(box, thread());
  });
  box.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && !e.shiftKey) {
      e.preventDefault();
      submit(box, thread());
    }
  });
}

/** Shows a channel: its messages, its name, and its command in the hint. */
function showChannel(channel) {
  current = channel;
  openThread = null;
  $('thread').hidden = true;
  $('channel-name').textContent = `# ${channel.name}`;
  $('message-box').placeholder = `Message #${channel.name}`;
  $('message-box').setAttribute('aria-label', `Message #${channel.name}`);
  const example = channel.suggestions?.[0] ?? 'a topic';
  const story = channel.title ? `${channel.title}: ` : '';
  $('hint').textContent =
    `${story}try ${channel.command} ${example}, or @${info.bot} with a question. ${channel.command} help lists what it does.`;
  $('hint').textContent = $('hint').textContent.replace(/^./, (c) => c.toUpperCase());
  for (const item of $('channels').querySelectorAll('.channel'))
    item.classList.toggle('active', item.dataset.id === channel.id);
  render();
}

/** The sidebar: a channel a story, each with its command. */
function sidebar() {
  const items = info.channels.map((channel) => {
    const item = el('button', 'channel', `# ${channel.name}`);
    item.type = 'button';
    item.dataset.id = channel.id;
    item.append(el('span', 'channel-command', channel.command));
    if (channel.title) item.title = channel.title;
    item.addEventListener('click', () => showChannel(channel));
    return item;
  });
  $('channels').replaceChildren(el('div', 'label', 'Channels'), ...items);
}

async function start() {
  info = await (await fetch('/ui/info')).json();
  if (!info.channels?.length)
    info.channels = [
      { id: info.channel, name: 'newsroom', command: info.command, suggestions: info.suggestions },
    ];
  sidebar();
  showChannel(info.channels[0]);
  wire($('composer'), $('message-box'), () => null);
  wire($('thread-composer'), $('thread-box'), () => openThread);
  $('post-digest').addEventListener('click', () => send('/ui/digest', {}));
  $('close-thread').addEventListener('click', () => {
    openThread = null;
    $('thread').hidden = true;
  });
  const events = new EventSource('/ui/events');
  events.onmessage = (e) => {
    const message = JSON.parse(e.data);
    if (message.deleted) messages.delete(message.ts);
    else messages.set(message.ts, message);
    render();
  };
}

start();
