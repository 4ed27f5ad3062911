/**
 * Every configuration name, command and value in a reply is in a code span: `ALLOW_PRIVATE_URLS=true`
 * and `/scaledeal add <link>` as code, never "ALLOWPRIVATEURLS" in italics or a bare command.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECK_KEYWORD, checkMessage } from '../../src/blocks/check.js';
import { helpMessage } from '../../src/blocks/help.js';
import { addedMessage, addUsageMessage } from '../../src/blocks/ingest.js';
import { checkDraft } from '../../src/check/check.js';
import { CONFIG_VARIABLES } from '../../src/config.js';
import { safeFetch } from '../../src/ingest/fetch.js';
import { indexOf } from '../helpers/index.js';

const COMMAND = '/scaledeal';

/** Every mrkdwn text of a message's blocks. */
function mrkdwnOf(blocks: unknown): string[] {
  const out: string[] = [];
  const visit = (node: unknown) => {
    if (Array.isArray(node)) for (const n of node) visit(n);
    else if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      if (o.type === 'mrkdwn' && typeof o.text === 'string') out.push(o.text);
      for (const value of Object.values(o)) visit(value);
    }
  };
  visit(blocks);
  return out;
}

/** What a reply says outside its code spans: no configuration name, command or value may be left there. */
function bare(text: string): string {
  expect(text.split('`').length % 2, `an unclosed code span in: ${text}`).toBe(1);
  return text.replace(/`[^`\n]*`/g, ' ');
}

function expectSpans(text: string) {
  const outside = bare(text);
  for (const name of CONFIG_VARIABLES) expect(outside, text).not.toMatch(new RegExp(`\\b${name}\\b`));
  expect(outside, text).not.toContain(COMMAND);
  expect(outside, text).not.toMatch(/\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b|=true\b|=false\b/);
}

async function refusal(link: string): Promise<string> {
  try {
    await safeFetch(link);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`${link} was fetched`);
}

describe('names in replies', () => {
  it('a refused private address shows `ALLOW_PRIVATE_URLS=true` as code', async () => {
    const message = await refusal('http://127.0.0.1:9/intranet');
    const [text = ''] = mrkdwnOf(addedMessage({ ok: false, message, lasting: true }, COMMAND).blocks);
    expect(text).toContain('`ALLOW_PRIVATE_URLS=true`');
    expectSpans(text);
  });

  it('every message of the page fetcher and of the blocks writes a configuration name as code', () => {
    // Their messages reach replies (`add`'s refusals, help, answers): a name there is in backticks.
    const files = [
      ...readdirSync('src/ingest').map((f) => join('src/ingest', f)),
      ...readdirSync('src/blocks').map((f) => join('src/blocks', f)),
    ].filter((f) => f.endsWith('.ts'));
    const bareNames: string[] = [];
    for (const file of files) {
      const source = readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => !/^\s*(\/\/|\*|\/\*\*)/.test(line)) // comments are not messages
        .join('\n');
      for (const name of CONFIG_VARIABLES)
        for (const m of source.matchAll(new RegExp(`(.)${name}\\b`, 'g')))
          if (m[1] !== '`')
            bareNames.push(`${file}: ${source.slice((m.index ?? 0) - 30, (m.index ?? 0) + 40)}`);
    }
    expect(bareNames).toEqual([]);
  });

  it('help, `add` usage, the `add` reply and the check usage keep commands in code spans', () => {
    const index = indexOf({ a: 'Deal\n\nAcme will pay $2bn for Widget Co.\n' });
    const messages = [
      helpMessage(COMMAND, ['valuation', 'stake'], 4),
      addUsageMessage(COMMAND),
      addUsageMessage(COMMAND, 'not-a-link'),
      addedMessage(
        { ok: true, file: 'a.md', title: 'T', outlet: 'O', url: 'https://example.com/a', facts: 3 },
        COMMAND,
      ),
      checkMessage(checkDraft(index, ''), { command: COMMAND }),
    ];
    for (const message of messages) for (const text of mrkdwnOf(message.blocks)) expectSpans(text);
    // And escaped inside them: Slack would read <link> as a link.
    const help = mrkdwnOf(messages[0]?.blocks).join('\n');
    expect(help).toContain('`/scaledeal add &lt;link&gt;`');
    expect(help).toContain(`\`/scaledeal ${CHECK_KEYWORD} &lt;text&gt;\``);
  });
});
