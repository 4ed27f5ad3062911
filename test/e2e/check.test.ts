/**
 * Checking a draft end to end: the real Bolt app over HTTP on loopback against the Slack stand-in,
 * with `/scaledeal check <text>`, the message shortcut "Check against the coverage", and the Share
 * button of a check; requests signed as Slack signs them.
 */
import type { KnownBlock } from '@slack/types';
import { describe, expect, it } from 'vitest';
import { blockProblems } from '../../src/blocks/limits.js';
import { CHECK_SHORTCUT } from '../../src/listeners/shortcuts/check-message.js';
import { SECRET, useTestBot } from '../helpers/bot.js';
import { buttonClick, messageShortcut, postSigned, slashCommandBody } from '../stand-in/requests.js';

const DRAFT = 'Meta will pay $20 billion for a 49% stake, valuing Scale AI at $28 billion.';
const test = useTestBot();

/** Every mrkdwn and plain text of a message's blocks, joined. */
const texts = (blocks: unknown) =>
  (
    JSON.stringify(blocks)
      .match(/"text":"((?:[^"\\]|\\.)*)"/g)
      ?.map((t) => JSON.parse(`{${t}}`).text as string) ?? []
  ).join('\n');

/** Posts a payload as Slack posts interactivity, and waits for what the bot sends to the response URL. */
async function interact(payload: (responseUrl: string) => Record<string, unknown>) {
  const responseUrl = test.slack.responseUrl('C0NEWS');
  const started = Date.now();
  const res = await postSigned(
    test.url,
    new URLSearchParams({ payload: JSON.stringify(payload(responseUrl)) }).toString(),
    SECRET,
  );
  const elapsed = Date.now() - started;
  const { body } = await test.slack.waitFor(() =>
    test.slack.responses.find((r) => responseUrl.endsWith(r.id)),
  );
  return { res, elapsed, body };
}

async function command(text: string) {
  const responseUrl = test.slack.responseUrl('C0NEWS');
  const res = await postSigned(
    test.url,
    slashCommandBody({ command: '/scaledeal', text, responseUrl }),
    SECRET,
  );
  const { body } = await test.slack.waitFor(() =>
    test.slack.responses.find((r) => responseUrl.endsWith(r.id)),
  );
  return { res, body };
}

/** The verdict lines of a check: `Contradicted $20 billion`. */
const verdicts = (blocks: unknown) =>
  [...texts(blocks).matchAll(/\*(Supported|Contradicted|Not found)\* · \*([^*(]+?) \(/g)].map(
    (m) => `${m[1]} ${m[2]}`,
  );

function expectSeedVerdicts(body: Record<string, unknown>) {
  expect(verdicts(body.blocks)).toEqual([
    'Contradicted $20 billion',
    'Supported 49%',
    'Supported $28 billion',
  ]);
  const all = texts(body.blocks);
  expect(all).toMatch(/coverage: [^\n]*\$15 billion \[[^\]]*00[02]_/);
  expect(all).toContain('`002_85cfbc7a48a6de22`');
  expect(all).toContain('\n> This investment values Scale AI at around $28 billion');
  expect(blockProblems(body.blocks as KnownBlock[], body.text as string)).toEqual([]);
}

describe('/scaledeal check', () => {
  it('checks the draft: $20 billion Contradicted, 49% and $28 billion Supported, ephemeral with Share', async () => {
    const { res, body } = await command(`check ${DRAFT}`);
    expect(res.status).toBe(200);
    expect(body.response_type).toBe('ephemeral');
    expectSeedVerdicts(body);
    expect(JSON.stringify(body.blocks)).toContain(`"value":"check ${DRAFT}"`);
  });

  it('shares a check in the channel with the button', async () => {
    const { body } = await interact((responseUrl) =>
      buttonClick({ actionId: 'share_answer', value: `check ${DRAFT}`, responseUrl }),
    );
    expect(body.response_type).toBe('in_channel');
    expectSeedVerdicts(body);
    expect(texts(body.blocks)).toContain('Shared by <@U0REPORTER>');
    expect(JSON.stringify(body.blocks)).not.toContain('share_answer');
  });

  it('gives the usage line for an empty text, and says so for a text without figures', async () => {
    const empty = await command('check');
    expect(texts(empty.body.blocks)).toMatch(
      /Nothing to check.*Usage: `\/scaledeal check &lt;text of a draft&gt;`/,
    );
    const none = await command('check Meta and Scale AI agreed a deal.');
    expect(texts(none.body.blocks)).toMatch(/No figures to check/);
  });
});

describe('the message shortcut "Check against the coverage"', () => {
  const shortcut =
    (text: string, ts = '1700000500.000100') =>
    (responseUrl: string) =>
      messageShortcut({ callbackId: CHECK_SHORTCUT, message: { text, ts }, responseUrl });

  it('checks the message it is chosen on, acknowledged at once and answered ephemerally', async () => {
    const { res, elapsed, body } = await interact(shortcut(DRAFT));
    expect(res.status).toBe(200);
    expect(elapsed).toBeLessThan(3000);
    expect(body.response_type).toBe('ephemeral');
    expectSeedVerdicts(body);
  });

  it('reads the message as Slack sends it: escapes undone, mentions dropped, nothing pinged back', async () => {
    const { body } = await interact(
      shortcut(
        '<!channel> <@U0EDITOR> Meta &amp; Scale AI: Meta will pay $20 billion for a 49% stake, valuing Scale AI at $28 billion.',
      ),
    );
    expectSeedVerdicts(body);
    expect(`${JSON.stringify(body.blocks)}${body.text}`).not.toMatch(/<!channel>|<@U0EDITOR>/);
  });

  it('says so for a message without figures, and gives the usage line for one without text', async () => {
    const none = await interact(shortcut('Great work on the Meta story, everyone!'));
    expect(texts(none.body.blocks)).toMatch(/No figures to check/);
    const empty = await interact(shortcut(''));
    expect(texts(empty.body.blocks)).toMatch(/Nothing to check/);
  });
});
