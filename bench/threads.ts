/**
 * npx tsx bench/threads.ts [CORPUS_DIR]
 *
 * What answering a follow-up in a thread costs over answering the question alone: reading a thread
 * of 20 messages into its story, and asking the engine the follow-up's candidates. The thread is
 * made from the corpus itself (a headline asked, the bot's answers cited as they would be), so any
 * corpus works. Medians over the headlines of every 50th article.
 */
import type { Logger } from '@slack/logger';
import { answerQuery } from '../src/answer/answer.js';
import { buildIndex } from '../src/index/build.js';
import { answerFollowUp, boundThread, type ThreadMessage, threadStory } from '../src/thread/context.js';

const corpus = process.argv[2] ?? '../shared/corpora/bbc';
const quiet = { debug() {}, info() {}, warn() {}, error: console.error } as unknown as Logger;
const index = await buildIndex(corpus, quiet);
const FOLLOW_UPS = ['how many jobs will it create?', 'and how much is it worth?', 'who said that?', 'when?'];
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

const alone: number[] = [];
const story: number[] = [];
const followUp: number[] = [];
const articles = index.articles().filter((_, i) => i % 50 === 0);
for (const article of articles) {
  const cited = answerQuery(index, article.title).facts.flatMap((f) => f.citations.map((c) => c.id));
  const thread: ThreadMessage[] = [];
  for (let i = 0; i < 10; i++)
    thread.push(
      { ts: `${i}.1`, fromBot: false, text: i === 0 ? article.title : (FOLLOW_UPS[i % 4] ?? ''), cited: [] },
      { ts: `${i}.2`, fromBot: true, text: article.title, cited },
    );
  for (const question of FOLLOW_UPS) {
    let t = performance.now();
    answerQuery(index, question);
    alone.push(performance.now() - t);
    t = performance.now();
    threadStory(boundThread(thread), index);
    story.push(performance.now() - t);
    t = performance.now();
    answerFollowUp(thread, question, index, (q) => answerQuery(index, q));
    followUp.push(performance.now() - t);
  }
}
console.log(
  `${corpus}: ${articles.length} threads × ${FOLLOW_UPS.length} follow-ups; medians: question alone ${median(alone).toFixed(2)} ms, ` +
    `reading the thread's story ${median(story).toFixed(2)} ms, follow-up in all ${median(followUp).toFixed(2)} ms`,
);
