import { describe, expect, it } from 'vitest';
import { answerQuery } from '../../src/answer/answer.js';
import type { Answer } from '../../src/answer/types.js';
import { answerMessage } from '../../src/blocks/answer.js';
import { toThreadMessage } from '../../src/listeners/conversation.js';
import { ThreadCache } from '../../src/thread/cache.js';
import {
  answerFollowUp,
  boundThread,
  followUpQuery,
  isQuestion,
  preferThreadArticles,
  type ThreadMessage,
  threadStory,
} from '../../src/thread/context.js';
import { indexOf } from '../helpers/index.js';

// A small invented coverage: two stories that share words ("deal", "jobs") but not names.
const index = indexOf({
  'air/1': `Northwind orders 40 Skyjet planes

Budget carrier Northwind has ordered 40 Skyjet planes in a deal worth $3bn.
The order should create 900 jobs at its base in Easton, the airline said.
Northwind chief executive Mara Quell said the planes would cut fuel costs.`,
  'bank/1': `Harbor Bank agrees Lowell takeover

Harbor Bank has agreed to buy Lowell Savings in a deal worth $7bn.
About 1,200 jobs will go as branches close, Harbor Bank said.
Harbor Bank chairman Ed Pryce called the deal a good fit.`,
  'city/1': `Easton council approves budget

Easton council approved a budget of $80m for the coming year.
The mayor said the budget would pay for new buses.`,
});

let clock = 0;
const person = (text: string): ThreadMessage => ({ ts: String(++clock), fromBot: false, text, cited: [] });
/** The bot's answer to a question, as the thread reads it back from Slack. */
const botAnswer = (question: string): ThreadMessage =>
  toThreadMessage(
    {
      ts: String(++clock),
      bot_id: 'BBOT',
      ...answerMessage(answerQuery(index, question), { command: '/ask' }),
    },
    { botId: 'BBOT', botUserId: 'UBOT' },
  );
const firstArticle = (answer: Answer) => answer.facts[0]?.citations[0]?.id;
/** What the bot answers for a follow-up in a thread: as the conversation does (a complete question alone). */
function ask(thread: ThreadMessage[], question: string) {
  const asked = answerFollowUp(thread, question, index, (q) => answerQuery(index, q));
  return { ...asked, answer: asked.answer ?? answerQuery(index, question) };
}

describe('isQuestion', () => {
  it('takes a question mark, or a question word first, and nothing else', () => {
    expect(isQuestion('how many jobs will it create')).toBe(true);
    expect(isQuestion('and what did they pay')).toBe(true);
    expect(isQuestion('the deal size?')).toBe(true);
    expect(isQuestion('thanks!')).toBe(false);
    expect(isQuestion('great, that helps')).toBe(false);
    expect(isQuestion('')).toBe(false);
  });
});

describe('the thread as context', () => {
  it('answers a pronoun follow-up about the thread’s story, even where its words suit another story better', () => {
    const question = 'how many jobs will it create?';
    // Asked alone, it is the airline's story ("should create 900 jobs").
    expect(firstArticle(answerQuery(index, question))).toBe('air/1');
    const thread = [person('What is Harbor Bank buying?')];
    thread.push(botAnswer('What is Harbor Bank buying?'));
    const { story, followUp, answer } = ask(thread, question);
    expect(story.articleIds[0]).toBe('bank/1');
    expect(story.botAnswered).toBe(true);
    expect(followUp.reason).toBe('points back');
    expect(followUp.added).toContain('Harbor');
    expect(firstArticle(answer)).toBe('bank/1');
    expect(answer.facts[0]?.text).toMatch(/1,200 jobs/);
    // In the airline's thread, the same words are the airline's.
    const air = [person('What did Northwind order?'), botAnswer('What did Northwind order?')];
    expect(ask(air, question).answer.facts[0]?.text).toMatch(/900 jobs/);
  });

  it('reads "the deal" as pointing back when the story spoke of a deal', () => {
    const thread = [person('What is Harbor Bank buying?'), botAnswer('What is Harbor Bank buying?')];
    const { followUp, answer } = ask(thread, 'and how much is the deal worth?');
    expect(followUp.reason).toBe('points back');
    expect(firstArticle(answer)).toBe('bank/1');
    expect(answer.facts[0]?.text).toMatch(/\$7bn/);
  });

  it('completes a follow-up of question words and measures alone ("how many jobs?")', () => {
    const thread = [person('What did Northwind order?'), botAnswer('What did Northwind order?')];
    const { followUp, answer } = ask(thread, 'how many jobs?');
    expect(followUp.reason).toBe('no subject');
    expect(firstArticle(answer)).toBe('air/1');
  });

  it('answers a follow-up naming a new subject about that subject, as asked', () => {
    const thread = [person('What did Northwind order?'), botAnswer('What did Northwind order?')];
    const { followUp, answer } = ask(thread, 'what did Harbor Bank pay for Lowell?');
    expect(followUp).toMatchObject({ completed: false, reason: 'own subject' });
    expect(followUp.query).toBe('what did Harbor Bank pay for Lowell?');
    expect(firstArticle(answer)).toBe('bank/1');
    // A topic word the thread never used, without a pronoun, is a new subject too.
    expect(followUpQuery('what is the council budget?', threadStory(thread, index)).reason).toBe(
      'own subject',
    );
  });

  it('reads a thread whose parent is an answer shared from the slash command', () => {
    const shared = answerMessage(answerQuery(index, 'Skyjet planes'), { command: '/ask', shareable: false });
    const parent = toThreadMessage(
      {
        ts: '100.1',
        bot_id: 'BBOT',
        text: shared.text,
        blocks: [
          ...shared.blocks,
          { type: 'context', elements: [{ type: 'mrkdwn', text: 'Shared by <@U0ED>' }] },
        ],
      },
      { botId: 'BBOT' },
    );
    expect(parent).toMatchObject({
      fromBot: true,
      text: 'Skyjet planes',
      cited: expect.arrayContaining(['air/1']),
    });
    const thread = [parent, person('nice')];
    const { story, answer } = ask(thread, 'who is its chief executive?');
    expect(story.botAnswered).toBe(true);
    expect(story.words).toContain('Skyjet');
    expect(answer.facts[0]?.text).toMatch(/Mara Quell/);
  });

  it('reads the question back from an answer that opens with its short answer', () => {
    const answer = answerQuery(index, 'How many jobs will it create?');
    const fact = answer.facts.findIndex((f) => f.text.includes('900 jobs'));
    expect(fact).toBeGreaterThanOrEqual(0);
    const message = answerMessage({ ...answer, answer: { text: '900 jobs', fact } }, { command: '/ask' });
    expect(message.blocks[0]?.type).toBe('section');
    const read = toThreadMessage({ ts: '5.1', bot_id: 'BBOT', ...message }, { botId: 'BBOT' });
    expect(read).toMatchObject({ fromBot: true, text: 'How many jobs will it create?' });
    expect(read.cited).toContain('air/1');
  });

  it('reads a long thread bounded: the parent and the latest messages, within the character budget', () => {
    // It drifted to the bank long ago; the latest twenty messages are all Northwind's.
    const parent = person('What did Northwind order?');
    const chatter = Array.from({ length: 60 }, (_, i) => person(`what about Lowell Savings branch ${i}?`));
    const latest = Array.from({ length: 10 }, () => [
      person('What did Northwind order?'),
      botAnswer('What did Northwind order?'),
    ]).flat();
    const thread = [parent, ...chatter, ...latest];
    const bounded = boundThread(thread);
    expect(bounded).toHaveLength(20);
    expect(bounded[0]).toEqual(parent);
    expect(bounded.at(-1)).toEqual(latest.at(-1));
    const small = boundThread(thread, { maxChars: 120 });
    expect(small.reduce((n, m) => n + m.text.length, 0)).toBeLessThanOrEqual(120);
    expect(small[0]).toEqual(parent);
    expect(small.at(-1)?.ts).toBe(latest.at(-1)?.ts);
    // The chatter that fell out of the window does not steer the follow-up; read whole, it would.
    expect(threadStory(thread, index).words).toContain('Lowell');
    const { story, answer } = ask(thread, 'how many jobs will it create?');
    expect(story.words).not.toContain('Lowell');
    expect(firstArticle(answer)).toBe('air/1');
  });

  it('has no story, and completes nothing, in a thread the bot never answered in', () => {
    const story = threadStory([person('lunch at noon?')], index);
    expect(story.botAnswered).toBe(false);
    expect(story.articleIds).toEqual([]);
  });

  it('leaves one-word topics and keywords as they are', () => {
    const thread = [person('What did Northwind order?'), botAnswer('What did Northwind order?')];
    expect(followUpQuery('sources', threadStory(thread, index)).completed).toBe(false);
  });
});

describe('preferThreadArticles', () => {
  const fact = (id: string, text: string) => ({
    text,
    citations: [{ id, title: id }],
    quantities: [],
  });
  const answer: Answer = {
    query: 'q',
    facts: [fact('b', 'one'), fact('a', 'two'), fact('c', 'three'), fact('a', 'four')],
    answer: { text: 'tw', fact: 1 },
    disagreements: [],
    suggestions: [],
    articlesConsulted: 3,
  };

  it('moves the thread’s facts first, in their order, adding and dropping none; the short answer follows', () => {
    const moved = preferThreadArticles(answer, ['a']);
    expect(moved.facts.map((f) => f.text)).toEqual(['two', 'four', 'one', 'three']);
    expect(moved.answer).toEqual({ text: 'tw', fact: 0 });
  });

  it('leaves an answer alone when no fact is the thread’s', () => {
    expect(preferThreadArticles(answer, ['z'])).toBe(answer);
  });

  it('leaves out a short answer from outside the thread’s articles, and puts one from inside first', () => {
    const kept = preferThreadArticles(answer, ['b']);
    expect(kept.facts).toEqual(answer.facts);
    expect(kept.answer).toBeUndefined();
    const short = preferThreadArticles({ ...answer, answer: { text: 'fo', fact: 3 } }, ['a'], 'two');
    expect(short.facts.map((f) => f.text)).toEqual(['four', 'two', 'one', 'three']);
    expect(short.answer).toEqual({ text: 'fo', fact: 0 });
  });
});

describe('ThreadCache', () => {
  it('keeps a thread for its time, adds what the bot posts, and forgets the oldest', () => {
    let now = 0;
    const cache = new ThreadCache({ ttlMs: 100, maxThreads: 2, now: () => now });
    cache.set('C1', '1.0', [person('hi?')]);
    cache.add('C1', '1.0', person('more?'));
    expect(cache.get('C1', '1.0')).toHaveLength(2);
    now = 100;
    expect(cache.get('C1', '1.0')).toBeUndefined();
    cache.set('C1', 'a', []);
    cache.set('C1', 'b', []);
    cache.set('C1', 'c', []);
    expect(cache.get('C1', 'a')).toBeUndefined();
    expect(cache.get('C1', 'c')).toEqual([]);
  });
});
