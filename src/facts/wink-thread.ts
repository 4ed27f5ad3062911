import { createRequire } from 'node:module';
import { MessageChannel, type MessagePort, receiveMessageOnPort, Worker } from 'node:worker_threads';
import type { Document, ItsHelpers } from 'wink-nlp';
import { PRISTINE_MAX_LEARNED, pristineWink } from './wink-pristine.js';

/**
 * A text's tokens as the thread tags them, flat: for each token in turn its text, its type ("word",
 * "number", "punctuation", ...) and its part of speech (`RAW_TAG_WIDTH` strings a token). One array
 * of strings a text, not one array a token, since a reply is copied between threads: a third of a
 * check's wait on the thread was that copy, which grows with the number of objects.
 */
export type RawTags = string[];

/** How many strings a token takes in {@link RawTags}: text, type, part of speech. */
export const RAW_TAG_WIDTH = 3;

/**
 * A document's tokens as {@link RawTags}: each of the three read for the whole document at once
 * (wink's collection `out`), not token by token (an item made a token, with its closures, was a
 * quarter of the tagging thread's time), then interleaved. The same strings in the same order.
 * Self-contained (no imports at run time): the tagging thread runs its source.
 */
export function rawTagsOf(doc: Document, its: ItsHelpers): RawTags {
  const tokens = doc.tokens();
  const values = tokens.out() as string[];
  const types = tokens.out(its.type) as string[];
  const parts = tokens.out(its.pos) as string[];
  const tags: RawTags = new Array(values.length * 3);
  for (let i = 0; i < values.length; i++) {
    tags[3 * i] = values[i] ?? '';
    tags[3 * i + 1] = types[i] ?? '';
    tags[3 * i + 2] = parts[i] ?? '';
  }
  return tags;
}

/** Options of {@link WinkThread.start}. */
export interface WinkThreadOptions {
  /** How long a split may wait for the thread (asynchronous: nothing blocks). Default 20,000 ms. */
  timeoutMs: number;
  /**
   * How long a tagging call may block the main thread waiting for the thread: `waitMs`, plus
   * `waitMsPerKChar` for every 1,000 characters sent (a question: about 20 ms; it takes the
   * thread under a millisecond). Past it the call answers undefined and the caller tags that text
   * in-process; the thread stays for the next call.
   */
  waitMs: number;
  waitMsPerKChar: number;
}

export const defaultWinkThreadOptions: WinkThreadOptions = {
  timeoutMs: 20_000,
  waitMs: 20,
  waitMsPerKChar: 10,
};

// Plain CommonJS, so that the thread loads no TypeScript loader: wink-nlp and its model only. The
// same pipelines as in-process (pristineWink's own source, so that a text is read as if it were the
// first there too): sentence boundaries alone for splitting (made when first needed, or when told
// a split is coming: a restart from the cache splits nothing), with parts of speech for tags. `__name` is what esbuild (tsx, vitest)
// wraps named functions in when it compiles pristineWink; compiled by tsc it is unused.
const SOURCE = `
const { workerData } = require('node:worker_threads');
const { tagPort, splitPort, flag, wink, model, maxLearned } = workerData;
const __name = (fn) => fn;
${pristineWink.toString()}
${rawTagsOf.toString()}
const winkNLP = require(wink);
const english = require(model);
const tagger = pristineWink(winkNLP, english, ['sbd', 'pos'], maxLearned);
Atomics.store(flag, 1, 1); // ready: the model is loaded
Atomics.notify(flag, 1);
let splitter;
const tagOne = (text) => tagger.read(text, rawTagsOf);
tagPort.on('message', ({ id, texts, lexicon }) => {
  let tags;
  try {
    if (lexicon) tags = texts.map((word) => tagger.knows(word));
    else tags = Array.isArray(texts) ? texts.map(tagOne) : tagOne(texts);
  } catch (error) {
    tags = { error: String(error) };
  }
  tagPort.postMessage({ id, tags });
  Atomics.store(flag, 0, id); // the last call answered
  Atomics.notify(flag, 0);
});
const makeSplitter = () => {
  splitter ??= pristineWink(winkNLP, english, ['sbd'], maxLearned);
};
splitPort.on('message', ({ id, paragraphs, prepare }) => {
  // A split is coming: the splitter is made now, while the thread is idle.
  if (prepare) {
    try {
      makeSplitter();
    } catch {
      // The split itself makes it again, and answers the error.
    }
    return;
  }
  try {
    makeSplitter();
    const sentences = paragraphs.map((p) =>
      splitter.read(p, (doc) => {
        const out = [];
        doc.sentences().each((s) => out.push(s.out()));
        return out;
      }),
    );
    splitPort.postMessage({ id, sentences });
  } catch (error) {
    splitPort.postMessage({ id, error: String(error) });
  }
});
`;

/**
 * wink-nlp on a thread of its own. It loads the model (~150 ms of CPU) on the other core while the
 * main thread reads the corpus, then splits paragraphs into sentences (asynchronously, while the
 * main thread works on) and tags parts of speech (synchronously: a call blocks until the thread
 * answers, for a few milliseconds at most: see WinkThreadOptions). If the thread failed, is still
 * loading the model or did not answer in time, that call answers undefined and the caller does the
 * work in-process; the next call asks the thread again (a late answer is dropped).
 */
export class WinkThread {
  private alive = true;
  private nextId = 0;
  private lastCall = 0;
  private readonly pending = new Map<number, (sentences: string[][] | undefined) => void>();

  private constructor(
    private readonly worker: Worker,
    private readonly tagPort: MessagePort,
    private readonly splitPort: MessagePort,
    private readonly flag: Int32Array,
    private readonly options: WinkThreadOptions,
  ) {
    worker.on('error', () => this.stop());
    worker.on('exit', () => this.stop());
    splitPort.on('message', (reply: { id: number; sentences?: string[][] }) => {
      this.pending.get(reply.id)?.(reply.sentences);
      this.pending.delete(reply.id);
      if (this.pending.size === 0) splitPort.unref();
    });
    // Never keeps the process alive.
    worker.unref();
    tagPort.unref();
    splitPort.unref();
  }

  /** Starts the thread, or returns undefined where threads cannot start. */
  static start(options: Partial<WinkThreadOptions> = {}): WinkThread | undefined {
    try {
      const require = createRequire(import.meta.url);
      const tag = new MessageChannel();
      const split = new MessageChannel();
      // [0]: the id of the last call answered; [1]: 1 once the model is loaded.
      const flag = new Int32Array(new SharedArrayBuffer(8));
      const worker = new Worker(SOURCE, {
        eval: true,
        execArgv: [],
        workerData: {
          tagPort: tag.port2,
          splitPort: split.port2,
          flag,
          wink: require.resolve('wink-nlp'),
          model: require.resolve('wink-eng-lite-web-model'),
          maxLearned: PRISTINE_MAX_LEARNED,
        },
        transferList: [tag.port2, split.port2],
      });
      return new WinkThread(worker, tag.port1, split.port1, flag, {
        ...defaultWinkThreadOptions,
        ...options,
      });
    } catch {
      return undefined;
    }
  }

  /** True once the thread has loaded the model and can tag. */
  get ready(): boolean {
    return this.alive && Atomics.load(this.flag, 1) === 1;
  }

  /**
   * The tokens of a text with their types and parts of speech; undefined when the thread cannot
   * answer within the call's budget, or `waitMs` when given (see WinkThreadOptions).
   */
  tag(text: string, waitMs?: number): RawTags | undefined {
    const reply = this.ask(text, text.length, waitMs);
    return Array.isArray(reply) ? (reply as RawTags) : undefined;
  }

  /** The tokens of each text, as `tag` gives them, in one trip to the thread. */
  tagMany(texts: readonly string[], waitMs?: number): RawTags[] | undefined {
    const chars = texts.reduce((sum, t) => sum + t.length, 0);
    const reply = this.ask(texts, chars, waitMs);
    return Array.isArray(reply) && reply.length === texts.length ? (reply as RawTags[]) : undefined;
  }

  /** For each word, whether the model's lexicon holds it (PristineWink `knows`), in one trip. */
  knowsWords(words: readonly string[], waitMs?: number): boolean[] | undefined {
    const chars = words.reduce((sum, w) => sum + w.length, 0);
    const reply = this.ask(words, chars, waitMs, true);
    return Array.isArray(reply) && reply.length === words.length ? (reply as boolean[]) : undefined;
  }

  /**
   * Posts a text or texts to tag and waits for the reply, blocking for at most the call's budget
   * (see WinkThreadOptions, or `waitMs`: also how long it may wait for the model to load);
   * undefined when the thread is not ready or the reply is late.
   */
  private ask(texts: string | readonly string[], chars: number, waitMs?: number, lexicon = false): unknown {
    if (!this.alive) return undefined;
    const deadline =
      performance.now() + (waitMs ?? this.options.waitMs + (this.options.waitMsPerKChar * chars) / 1000);
    while (!this.ready) {
      const left = deadline - performance.now();
      if (left <= 0 || !this.alive) return undefined;
      Atomics.wait(this.flag, 1, 0, left);
    }
    // Call ids run 1..2^31-1 and wrap; 0 is "no call answered yet".
    this.lastCall = (this.lastCall % 0x7fffffff) + 1;
    const id = this.lastCall;
    this.tagPort.postMessage(lexicon ? { id, texts, lexicon } : { id, texts });
    for (;;) {
      const answered = Atomics.load(this.flag, 0);
      if (answered === id) break;
      const left = deadline - performance.now();
      if (left <= 0) return undefined; // late: tagged in-process this time; its reply is dropped
      Atomics.wait(this.flag, 0, answered, left);
    }
    // Replies to calls that timed out before are dropped on the way; those to texts posted ahead
    // (post) are kept for their collect.
    for (let reply = receiveMessageOnPort(this.tagPort); reply; reply = receiveMessageOnPort(this.tagPort)) {
      const { id: of, tags } = reply.message as { id: number; tags: unknown };
      if (of === id) return tags;
      if (this.posted.has(of)) this.held.set(of, tags);
    }
    return undefined;
  }

  /** Calls posted ahead (post) and not yet collected or forgotten; their replies once come. */
  private readonly posted = new Set<number>();
  private readonly held = new Map<number, unknown>();

  /**
   * Posts a text to tag without waiting, so that the thread tags it while the caller works on
   * (speed-32: a question's tags, read a few milliseconds later); its call id for `collect`, or
   * undefined when the thread is not ready (nothing is posted).
   */
  post(text: string | readonly string[]): number | undefined {
    if (!this.ready) return undefined;
    this.lastCall = (this.lastCall % 0x7fffffff) + 1;
    const id = this.lastCall;
    this.posted.add(id);
    this.tagPort.postMessage({ id, texts: text });
    return id;
  }

  /**
   * The tags of a text posted ahead, as `tag` gives them: its reply, kept or waited for within the
   * call's budget from now (see WinkThreadOptions, or `waitMs`); undefined when late (then dropped).
   */
  collect(id: number, chars: number, waitMs?: number): RawTags | undefined {
    const tags = this.reply(id, chars, waitMs);
    return Array.isArray(tags) ? (tags as RawTags) : undefined;
  }

  /**
   * The tags of texts posted ahead together (`post` of a list), as `tagMany` gives them; undefined
   * when late (then dropped), as `collect`.
   */
  collectMany(id: number, count: number, chars: number, waitMs?: number): RawTags[] | undefined {
    const tags = this.reply(id, chars, waitMs);
    return Array.isArray(tags) && tags.length === count ? (tags as RawTags[]) : undefined;
  }

  /** The reply to a call posted ahead, kept or waited for (see collect); undefined when late. */
  private reply(id: number, chars: number, waitMs?: number): unknown {
    const deadline =
      performance.now() + (waitMs ?? this.options.waitMs + (this.options.waitMsPerKChar * chars) / 1000);
    try {
      for (;;) {
        // The last call answered before the port is read: a reply posted after it changes it.
        const answered = Atomics.load(this.flag, 0);
        for (
          let reply = receiveMessageOnPort(this.tagPort);
          reply;
          reply = receiveMessageOnPort(this.tagPort)
        ) {
          const { id: of, tags } = reply.message as { id: number; tags: unknown };
          if (this.posted.has(of)) this.held.set(of, tags);
        }
        if (this.held.has(id)) return this.held.get(id);
        const left = deadline - performance.now();
        if (left <= 0 || !this.alive || !this.posted.has(id)) return undefined;
        // Wakes when the thread answers any call (at once if it has since the port was read); the
        // thread posts a reply before it says so.
        Atomics.wait(this.flag, 0, answered, left);
      }
    } finally {
      this.forget(id);
    }
  }

  /** Drops a text posted ahead that will not be collected (its reply, now or when it comes). */
  forget(id: number): void {
    this.posted.delete(id);
    this.held.delete(id);
  }

  /**
   * Tells the thread that paragraphs will come to split, so that it makes its splitting pipeline
   * now (~80 ms of its CPU), while it waits, rather than once they come, while a build waits for them.
   */
  prepareSplit(): void {
    if (this.alive) this.splitPort.postMessage({ prepare: true });
  }

  /** wink-nlp's sentences of each paragraph; undefined when the thread cannot answer. */
  split(paragraphs: readonly string[]): Promise<string[][] | undefined> {
    if (!this.alive) return Promise.resolve(undefined);
    return new Promise((resolve) => {
      const id = this.nextId++;
      const timer = setTimeout(() => {
        this.pending.delete(id);
        resolve(undefined);
      }, this.options.timeoutMs);
      timer.unref();
      this.pending.set(id, (sentences) => {
        clearTimeout(timer);
        resolve(sentences);
      });
      // Waiting for an answer keeps the process alive.
      this.splitPort.ref();
      this.splitPort.postMessage({ id, paragraphs });
    });
  }

  /** Ends the thread; later calls answer undefined, and calls waiting are answered undefined. */
  stop(): void {
    if (!this.alive) return;
    this.alive = false;
    for (const answer of this.pending.values()) answer(undefined);
    this.pending.clear();
    this.splitPort.unref();
    void this.worker.terminate();
  }
}
