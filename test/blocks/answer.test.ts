import type { KnownBlock } from '@slack/types';
import { describe, expect, it } from 'vitest';
import { answerQuery } from '../../src/answer/answer.js';
import type { Answer } from '../../src/answer/types.js';
import { answerMessage } from '../../src/blocks/answer.js';
import { FEEDBACK_ACTIONS, feedbackValue, parseFeedbackValue } from '../../src/blocks/feedback.js';
import { sourcesMessage } from '../../src/blocks/help.js';
import { blockProblems } from '../../src/blocks/limits.js';
import { escapeMrkdwn, link, safeText } from '../../src/blocks/mrkdwn.js';
import { shownAnswer } from '../../src/blocks/shown.js';
import { buildIndex } from '../../src/index/build.js';
import { indexOf } from '../helpers/index.js';

describe('mrkdwn', () => {
  it('escapes &, < and >, and shows *, _, ~ and ` by look-alikes that restyle nothing', () => {
    expect(escapeMrkdwn('<!channel> & <@U123> *bold* _it_ ~gone~ `code`')).toBe(
      '&lt;!channel&gt; &amp; &lt;@U123&gt; ∗bold∗ ˍitˍ ∼gone∼ ˋcodeˋ',
    );
  });
  it('never cuts an escape in half', () => {
    const out = safeText(`${'a'.repeat(8)}<<<<`, 12);
    expect(out.length).toBeLessThanOrEqual(12);
    expect(out).not.toMatch(/&[a-z]*…$|&[a-z]*$/);
  });
  it('links only http(s) URLs, and escapes the label', () => {
    expect(link('https://example.com/a', 'A <b>')).toBe('<https://example.com/a|A &lt;b&gt;>');
    expect(link('javascript:alert(1)', 'x')).toBe('x');
    expect(link(undefined, '<!here>')).toBe('&lt;!here&gt;');
  });
});

describe('answerMessage', () => {
  it('escapes what an article says, so <!channel> in a story pings nobody', () => {
    const index = indexOf({
      a: 'Headline\n\nThe memo to <!channel> and <@U123> said revenue rose 5% to $2bn.\n',
    });
    const message = answerMessage(answerQuery(index, 'revenue'), { command: '/ask' });
    const json = JSON.stringify(message);
    expect(json).toMatch(/revenue rose 5%/);
    expect(json).not.toMatch(/<!channel>|<@U123>/);
    expect(json).toContain('&lt;@U123&gt;');
  });

  it('shows *, _ and ~ of an article as text, in facts, titles and the fallback; ids in code as written', () => {
    const index = indexOf({
      'desk/q_3': '*Breaking* _Widget_ deal\n\nAcme said *revenue* rose 5% to ~$2bn, _up_ from last year.\n',
    });
    const message = answerMessage(answerQuery(index, 'revenue'), { command: '/ask' });
    const shown = JSON.stringify(message.blocks);
    expect(shown).toContain('Acme said ∗revenue∗ rose 5% to ∼$2bn, ˍupˍ from last year.');
    expect(shown).toContain('∗Breaking∗ ˍWidgetˍ deal');
    expect(shown).toContain('`desk/q_3`');
    expect(message.text).toContain('∗revenue∗');
    expect(`${shown}${message.text}`).not.toMatch(/\*revenue\*|_up_|~\$2bn/);
  });

  it('keeps the longest answer the seeds can give within Block Kit limits', async () => {
    const index = await buildIndex('seeds', { warn: () => {} });
    const queries = ['valuation', 'investment', 'llama', 'stake', 'AI', 'Meta Scale AI', 'x'.repeat(4000)];
    const longest = queries
      .map((q) => answerMessage(answerQuery(index, q), { command: '/scaledeal', shareable: true }))
      .sort(
        (a, b) => b.blocks.length - a.blocks.length || JSON.stringify(b).length - JSON.stringify(a).length,
      )[0];
    expect(longest?.blocks.length).toBeGreaterThan(5);
    expect(blockProblems(longest?.blocks ?? [], longest?.text)).toEqual([]);
  });

  it('keeps Block Kit limits for an answer far longer than any corpus gives', () => {
    const huge = 'word '.repeat(2000);
    const citations = Array.from({ length: 300 }, (_, i) => ({
      id: `folder/article-${i}`,
      title: `Title ${i} ${'t'.repeat(200)}`,
      url: 'https://example.com/x',
    }));
    const answer: Answer = {
      query: 'q'.repeat(5000),
      facts: Array.from({ length: 60 }, () => ({ text: huge, citations, quantities: [] })),
      disagreements: Array.from({ length: 60 }, () => ({
        measure: 'm'.repeat(500),
        values: Array.from({ length: 50 }, () => ({ text: huge, citations })),
      })),
      suggestions: [],
      articlesConsulted: 300,
    };
    const message = answerMessage(answer, { command: '/scaledeal', shareable: true });
    expect(blockProblems(message.blocks, message.text)).toEqual([]);
  });

  it('lists thousands of sources within Block Kit limits, saying how many more there are', () => {
    const articles = Array.from({ length: 2500 }, (_, i) => ({
      id: `business/${i}`,
      title: `A rather long headline about the story, number ${i} of many more`,
    }));
    const message = sourcesMessage(articles);
    expect(blockProblems(message.blocks as KnownBlock[], message.text)).toEqual([]);
    expect(JSON.stringify(message.blocks)).toMatch(/and \d+ more/);
  });
});

describe('answerMessage with a short answer', () => {
  const cite = (id: string) => ({ id, title: `Title of ${id}` });
  const fact = (text: string, ...ids: string[]) => ({
    text,
    citations: ids.map(cite),
    quantities: [],
  });
  const facts = [
    fact('Acme will pay Widget Co in cash and shares.', 'a/1'),
    fact('Widget Co was founded in 2001.', 'a/2'),
    fact('Acme agreed to pay $1.75bn for Widget Co, its biggest deal.', 'a/3', 'a/4'),
    fact('Analysts said the price was high.', 'a/5'),
    fact('The deal closes in March.', 'a/6'),
  ];
  const question: Answer = {
    query: 'How much is Acme paying for  Widget Co?',
    facts,
    answer: { text: '$1.75bn', fact: 2, sure: true },
    disagreements: [],
    suggestions: [],
    articlesConsulted: 6,
  };
  const sectionTexts = (blocks: KnownBlock[]) =>
    blocks.flatMap((b) => (b.type === 'section' && b.text ? [b.text.text] : []));

  it('shows an answer it is not sure of as a hedged "Likely" line, never in bold', () => {
    const unsure = { ...question, answer: { text: '$1.75bn', fact: 2 } };
    const { blocks, text } = answerMessage(unsure, { command: '/ask' });
    expect(blocks[0]).toEqual({
      type: 'section',
      text: { type: 'mrkdwn', text: 'Likely: $1.75bn _(not certain: check the fact below)_' },
    });
    expect(sectionTexts(blocks).some((t) => t.includes('*$1.75bn*'))).toBe(false);
    expect(text.startsWith('Likely: $1.75bn')).toBe(true);
  });

  it('opens with the short answer in bold, then the fact it comes from with its citations', () => {
    const { blocks } = answerMessage(question, { command: '/ask' });
    expect(blocks[0]).toEqual({ type: 'section', text: { type: 'mrkdwn', text: '*$1.75bn*' } });
    expect(blocks.some((b) => b.type === 'header')).toBe(false);
    const [, second] = sectionTexts(blocks);
    expect(second).toMatch(/^• Acme agreed to pay \$1\.75bn/);
    expect(second).toContain('`a/3`');
    expect(second).toContain('`a/4`');
  });

  it('shows at most two more facts, in the engine’s order, after the one answering', () => {
    const bullets = sectionTexts(answerMessage(question, { command: '/ask' }).blocks).filter((t) =>
      t.startsWith('• '),
    );
    expect(bullets.map((b) => b.split('\n')[0])).toEqual([
      '• Acme agreed to pay $1.75bn for Widget Co, its biggest deal.',
      '• Acme will pay Widget Co in cash and shares.',
      '• Widget Co was founded in 2001.',
    ]);
    const two = answerMessage(
      { ...question, facts: facts.slice(2, 4), answer: { text: '$1.75bn', fact: 0, sure: true } },
      {
        command: '/ask',
      },
    );
    expect(sectionTexts(two.blocks).filter((t) => t.startsWith('• '))).toHaveLength(2);
  });

  it('escapes the span, and keeps a * in it from ending the bold', () => {
    const hostile = fact('The memo to <!channel> & <@U1> said 5*3 = 15.', 'a/1');
    const { blocks, text } = answerMessage(
      { ...question, facts: [hostile], answer: { text: '<!channel> & <@U1> said 5*3', fact: 0, sure: true } },
      { command: '/ask' },
    );
    expect(blocks[0]).toEqual({
      type: 'section',
      text: { type: 'mrkdwn', text: '*&lt;!channel&gt; &amp; &lt;@U1&gt; said 5∗3*' },
    });
    expect(`${JSON.stringify(blocks)}${text}`).not.toMatch(/<!channel>|<@U1>/);
  });

  it('starts the plain-text fallback with the short answer, and lists only the facts shown', () => {
    const { text } = answerMessage(question, { command: '/ask' });
    expect(text.split('\n')[0]).toBe('$1.75bn');
    expect(text).toContain('Acme agreed to pay $1.75bn');
    expect(text).not.toContain('The deal closes in March.');
  });

  it('keeps the question in view below the facts, since the message has no header', () => {
    const { blocks } = answerMessage(question, { command: '/ask' });
    const context = blocks.find((b) => b.type === 'context');
    expect(JSON.stringify(context)).toContain('“How much is Acme paying for Widget Co?”');
  });

  it('keeps Block Kit limits with a huge short answer, question and facts', () => {
    const huge = `${'word '.repeat(2000)}$9bn`;
    const citations = Array.from({ length: 300 }, (_, i) => cite(`folder/${i}`));
    const answer: Answer = {
      query: 'q'.repeat(5000),
      facts: Array.from({ length: 60 }, () => ({ text: huge, citations, quantities: [] })),
      answer: { text: huge, fact: 7, sure: true },
      disagreements: Array.from({ length: 60 }, () => ({
        measure: 'm'.repeat(500),
        values: Array.from({ length: 50 }, () => ({ text: huge, citations })),
      })),
      suggestions: [],
      articlesConsulted: 300,
    };
    const message = answerMessage(answer, { command: '/ask', shareable: true, feedback: true });
    expect(blockProblems(message.blocks, message.text)).toEqual([]);
    expect(sectionTexts(message.blocks)[0]).toMatch(/^\*word word .*…\*$/);
    expect(sectionTexts(message.blocks).filter((t) => t.startsWith('• '))).toHaveLength(3);
  });

  it('renders a topic query as before: header, every fact up to the cap, no bold opening', () => {
    const topic: Answer = { ...question, query: 'widget', answer: undefined };
    const { blocks, text } = answerMessage(topic, { command: '/ask' });
    expect(blocks[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: 'widget' } });
    expect(sectionTexts(blocks).filter((t) => t.startsWith('• '))).toHaveLength(5);
    expect(text.split('\n')[0]).toBe('widget');
    expect(JSON.stringify(blocks.find((b) => b.type === 'context'))).not.toContain('“');
  });

  it('ignores a short answer that names no fact or does not stand in its fact', () => {
    const plain = answerMessage({ ...question, answer: undefined }, { command: '/ask' });
    for (const bad of [
      { text: '$1.75bn', fact: 9 },
      { text: '$2bn', fact: 2 },
      { text: '  ', fact: 2 },
    ])
      expect(answerMessage({ ...question, answer: bad }, { command: '/ask' })).toEqual(plain);
  });
});

describe('feedback buttons', () => {
  const base: Answer = {
    query: 'Who founded Widget Co?',
    facts: [{ text: 'Jane Roe founded Widget Co.', citations: [{ id: 'a/1', title: 'T' }], quantities: [] }],
    answer: { text: 'Jane Roe', fact: 0 },
    disagreements: [],
    suggestions: [],
    articlesConsulted: 1,
  };
  const buttonsOf = (message: { blocks: KnownBlock[] }) =>
    message.blocks.flatMap((b) => (b.type === 'actions' ? b.elements : []));

  it('carries Helpful and Not helpful, whose value names the answer shown and its question', () => {
    const buttons = buttonsOf(answerMessage(base, { command: '/ask', feedback: true }));
    expect(buttons.map((b) => (b.type === 'button' ? [b.action_id, b.text.text] : []))).toEqual([
      [FEEDBACK_ACTIONS.helpful, 'Helpful'],
      [FEEDBACK_ACTIONS.not_helpful, 'Not helpful'],
    ]);
    const value = buttons[1]?.type === 'button' ? buttons[1].value : undefined;
    expect(parseFeedbackValue(value)).toEqual({ answerId: shownAnswer(base).id, question: base.query });
    expect(buttonsOf(answerMessage(base, { command: '/ask' }))).toEqual([]);
  });

  it('shows the share button first when shareable, and votes on silent answers too', () => {
    const silent: Answer = { ...base, facts: [], answer: undefined, note: 'Nothing on that.' };
    expect(
      buttonsOf(answerMessage(silent, { command: '/ask', feedback: true, shareable: true })),
    ).toHaveLength(2);
    const ids = buttonsOf(answerMessage(base, { command: '/ask', feedback: true, shareable: true })).map(
      (b) => (b.type === 'button' ? b.action_id : ''),
    );
    expect(ids).toEqual(['share_answer', FEEDBACK_ACTIONS.helpful, FEEDBACK_ACTIONS.not_helpful]);
  });

  it('fits a 5,000-character question with quotes into a 2,000-character value, id intact', () => {
    const long = { ...base, query: `"${'quote" \\ '.repeat(600)}` };
    const value = feedbackValue(shownAnswer(long));
    expect(value.length).toBeLessThanOrEqual(2000);
    expect(parseFeedbackValue(value)?.answerId).toBe(shownAnswer(long).id);
    expect(parseFeedbackValue('not json')).toBeUndefined();
    expect(parseFeedbackValue('{"a":"x","q":"y"}')).toBeUndefined();
  });

  it('gives the same answer shown twice one id, and another answer another', () => {
    const shown = shownAnswer(base);
    expect(shown).toEqual({
      id: expect.stringMatching(/^[0-9a-f]{16}$/),
      question: 'Who founded Widget Co?',
      shortAnswer: 'Jane Roe',
      facts: [{ text: 'Jane Roe founded Widget Co.', citations: ['a/1'] }],
    });
    expect(shownAnswer({ ...base }).id).toBe(shown.id);
    expect(shownAnswer({ ...base, answer: undefined }).id).not.toBe(shown.id);
    expect(shownAnswer({ ...base, query: 'who founded it?' }).id).not.toBe(shown.id);
  });
});
