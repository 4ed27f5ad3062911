import { createRequire } from 'node:module';
import { MessageChannel, type MessagePort, receiveMessageOnPort, Worker } from 'node:worker_threads';

/** A token as the thread tags it: [text, type ("word", "number", "punctuation", ...), part of speech]. */
export type RawTag = [string, string, string];

/** Options of {@link WinkThread.start}. */
export interface WinkThreadOptions {
  /** How long one call may wait for the thread (it may still be loading the model). Default 20,000 ms. */
  timeoutMs: number;
}

export const defaultWinkThreadOptions: WinkThreadOptions = { timeoutMs: 20_000 };

// Plain CommonJS, so that the thread loads no TypeScript loader: wink-nlp and its model only. The
// same pipelines as in-process: sentence boundaries alone for splitting (made when first needed:
// a restart from the cache splits nothing), with parts of speech for tags.
const SOURCE = `
const { workerData } = require('node:worker_threads');
const { tagPort, splitPort, flag, wink, model } = workerData;
const winkNLP = require(wink);
const english = require(model);
const tagger = winkNLP(english, ['sbd', 'pos']);
const { its } = tagger;
let splitter;
const tagOne = (text) => {
  const tags = [];
  tagger.readDoc(text).tokens().each((t) => tags.push([t.out(), t.out(its.type), t.out(its.pos)]));
  return tags;
};
tagPort.on('message', (message) => {
  let tags;
  try {
    tags = Array.isArray(message) ? message.map(tagOne) : tagOne(message);
  } catch (error) {
    tags = { error: String(error) };
  }
  tagPort.postMessage(tags);
  Atomics.store(flag, 0, 1);
  Atomics.notify(flag, 0);
});
splitPort.on('message', ({ id, paragraphs }) => {
  try {
    splitter ??= winkNLP(english, ['sbd']);
    const sentences = paragraphs.map((p) => {
      const out = [];
      splitter.readDoc(p).sentences().each((s) => out.push(s.out()));
      return out;
    });
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
 * answers). If the thread failed or did not answer in time, a call answers undefined and the
 * caller does the work in-process.
 */
export class WinkThread {
  private alive = true;
  private nextId = 0;
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
      const flag = new Int32Array(new SharedArrayBuffer(4));
      const worker = new Worker(SOURCE, {
        eval: true,
        execArgv: [],
        workerData: {
          tagPort: tag.port2,
          splitPort: split.port2,
          flag,
          wink: require.resolve('wink-nlp'),
          model: require.resolve('wink-eng-lite-web-model'),
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

  /** The tokens of a text with their types and parts of speech; undefined when the thread cannot answer. */
  tag(text: string): RawTag[] | undefined {
    const reply = this.ask(text);
    return Array.isArray(reply) ? (reply as RawTag[]) : undefined;
  }

  /** The tokens of each text, as `tag` gives them, in one trip to the thread. */
  tagMany(texts: readonly string[]): RawTag[][] | undefined {
    const reply = this.ask(texts);
    return Array.isArray(reply) && reply.length === texts.length ? (reply as RawTag[][]) : undefined;
  }

  /** Posts a text or texts to tag and waits for the reply (blocking); undefined when none comes. */
  private ask(message: string | readonly string[]): unknown {
    if (!this.alive) return undefined;
    Atomics.store(this.flag, 0, 0);
    this.tagPort.postMessage(message);
    if (Atomics.wait(this.flag, 0, 0, this.options.timeoutMs) === 'timed-out') {
      this.stop();
      return undefined;
    }
    return receiveMessageOnPort(this.tagPort)?.message;
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
