/**
 * The short answer's presentation end to end: the real Bolt app over HTTP on loopback, against
 * the Slack stand-in. The engine's short answer (issue 11, items 1-5) is replaced by the first
 * figure of money in the facts the real engine returns, so that this tests the presentation only,
 * whatever span the engine picks: a mention in a thread and a slash command both open with it in bold.
 */
import type { KnownBlock } from '@slack/types';
import { describe, expect, it, vi } from 'vitest';
import type { Answer } from '../../src/answer/types.js';
import { blockProblems } from '../../src/blocks/limits.js';
import { SECRET, useTestBot } from '../helpers/bot.js';
import { eventEnvelope, mention, postSigned, slashCommandBody } from '../stand-in/requests.js';

const MONEY = /\$\d[\d.,]*\s?(?:billion|million|bn|m)\b/;

vi.mock('../../src/answer/answer.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/answer/answer.js')>();
  return {
    ...real,
    answerQuery: (...args: Parameters<typeof real.answerQuery>): Answer => {
      const answer = real.answerQuery(...args);
      // "how much ...": a sure answer; "roughly how much ...": one the engine is not sure of.
      const sure = /^how much\b/i.test(answer.query);
      if (!sure && !/^roughly how much\b/i.test(answer.query)) return answer;
      const fact = answer.facts.findIndex((f) => MONEY.test(f.text));
      const text = answer.facts[fact]?.text.match(MONEY)?.[0];
      return text ? { ...answer, answer: { text, fact, ...(sure ? { sure } : {}) } } : answer;
    },
  };
});

const test = useTestBot();

const bullets = (blocks: KnownBlock[]) =>
  blocks.flatMap((b) => (b.type === 'section' && b.text?.text.startsWith('• ') ? [b.text.text] : []));

/** The message opens with `*span*`, the span stands in the first fact shown, and the fallback starts with it. */
function expectShortAnswerFirst(blocks: KnownBlock[], text: string): void {
  expect(blockProblems(blocks, text)).toEqual([]);
  const first = blocks[0];
  expect(first?.type).toBe('section');
  const bold = first?.type === 'section' ? (first.text?.text ?? '') : '';
  const span = bold.match(/^\*([^*]+)\*$/)?.[1] ?? '';
  expect(span).toMatch(MONEY);
  const facts = bullets(blocks);
  expect(facts[0]).toContain(span);
  expect(facts[0]).toMatch(/`\d{3}_[0-9a-f]+`/);
  expect(facts.length).toBeLessThanOrEqual(3);
  expect(text.startsWith(span)).toBe(true);
}

describe('a question with a short answer', () => {
  it('is answered in the thread of a mention with the short answer first, in bold', async () => {
    const thread = '1700008000.000100';
    await postSigned(
      test.url,
      JSON.stringify(
        eventEnvelope(
          'EvShort1',
          mention({
            text: '<@UBOT> how much is Meta investing?',
            ts: '1700008001.000100',
            thread_ts: thread,
          }),
        ),
      ),
      SECRET,
      { contentType: 'application/json' },
    );
    const post = await test.slack.waitFor(() =>
      test.slack.callsTo('chat.postMessage').find((c) => c.args.thread_ts === thread && c.ok),
    );
    expect(post.args.channel).toBe('C0NEWS');
    expectShortAnswerFirst(post.args.blocks as KnownBlock[], String(post.args.text));
  });

  it('is answered the same way by the slash command', async () => {
    const responseUrl = test.slack.responseUrl('C0NEWS');
    await postSigned(
      test.url,
      slashCommandBody({ command: '/scaledeal', text: 'how much is Meta investing?', responseUrl }),
      SECRET,
    );
    const { body } = await test.slack.waitFor(() =>
      test.slack.responses.find((r) => responseUrl.endsWith(r.id)),
    );
    expectShortAnswerFirst(body.blocks as KnownBlock[], String(body.text));
  });

  it('opens with a hedged "Likely" line, never bold, when the engine is not sure of its answer', async () => {
    const responseUrl = test.slack.responseUrl('C0NEWS');
    await postSigned(
      test.url,
      slashCommandBody({ command: '/scaledeal', text: 'roughly how much is Meta investing?', responseUrl }),
      SECRET,
    );
    const { body } = await test.slack.waitFor(() =>
      test.slack.responses.find((r) => responseUrl.endsWith(r.id)),
    );
    const blocks = body.blocks as KnownBlock[];
    expect(blockProblems(blocks, String(body.text))).toEqual([]);
    const first = blocks[0]?.type === 'section' ? (blocks[0].text?.text ?? '') : '';
    const span = first.match(/^Likely: (.+) _\(not certain: check the fact below\)_$/)?.[1] ?? '';
    expect(span).toMatch(MONEY);
    expect(first).not.toMatch(/\*/);
    expect(bullets(blocks)[0]).toContain(span);
    expect(String(body.text).startsWith(`Likely: ${span}`)).toBe(true);
  });

  it('leaves a topic query as it was: a header, then its facts', async () => {
    const responseUrl = test.slack.responseUrl('C0NEWS');
    await postSigned(
      test.url,
      slashCommandBody({ command: '/scaledeal', text: 'valuation', responseUrl }),
      SECRET,
    );
    const { body } = await test.slack.waitFor(() =>
      test.slack.responses.find((r) => responseUrl.endsWith(r.id)),
    );
    const blocks = body.blocks as KnownBlock[];
    expect(blocks[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: 'valuation' } });
    expect(bullets(blocks).length).toBeGreaterThan(3);
  });
});
