import { createRequire } from 'node:module';
import { MessageChannel, type MessagePort, receiveMessageOnPort, Worker } from 'node:worker_threads';

/** A token as the thread tags it: [text, type ("word", "number", "punctuation", ...), part of speech]. */
export type RawTag = [string, string, string];

/** Options of {@link TaggerThread.start}. */
export interface TaggerThreadOptions {
  /** How long one call may wait for the thread (it may still be loading the model). Default 20,000 ms. */
  timeoutMs: number;
}

export const defaultTaggerThreadOptions: TaggerThreadOptions = { timeoutMs: 20_000 };

// Plain CommonJS, so that the thread loads no TypeScript loader: wink-nlp and its model only.
const SOURCE = `
const { workerData } = require('node:worker_threads');
const { port, flag, wink, model } = workerData;
const nlp = require(wink)(require(model), ['sbd', 'pos']);
const { its } = nlp;
port.on('message', (text) => {
  let tags;
  try {
    tags = [];
    nlp.readDoc(text).tokens().each((t) => tags.push([t.out(), t.out(its.type), t.out(its.pos)]));
  } catch (error) {
    tags = { error: String(error) };
  }
  port.postMessage(tags);
  Atomics.store(flag, 0, 1);
  Atomics.notify(flag, 0);
});
`;

/**
 * wink-nlp's part-of-speech tagger on a thread of its own, called synchronously: the thread loads
 * the model (~150 ms of CPU) on the other core while the main thread builds the index, so that the
 * first question does not wait for it. A call blocks until the thread answers; if the thread
 * failed, or did not answer in time, `tag` returns undefined and the caller tags in-process.
 */
export class TaggerThread {
  private alive = true;

  private constructor(
    private readonly worker: Worker,
    private readonly port: MessagePort,
    private readonly flag: Int32Array,
    private readonly options: TaggerThreadOptions,
  ) {
    worker.on('error', () => this.stop());
    worker.on('exit', () => {
      this.alive = false;
    });
    // Never keeps the process alive.
    worker.unref();
    port.unref();
  }

  /** Starts the thread, or returns undefined where threads cannot start. */
  static start(options: Partial<TaggerThreadOptions> = {}): TaggerThread | undefined {
    try {
      const require = createRequire(import.meta.url);
      const { port1, port2 } = new MessageChannel();
      const flag = new Int32Array(new SharedArrayBuffer(4));
      const worker = new Worker(SOURCE, {
        eval: true,
        execArgv: [],
        workerData: {
          port: port2,
          flag,
          wink: require.resolve('wink-nlp'),
          model: require.resolve('wink-eng-lite-web-model'),
        },
        transferList: [port2],
      });
      return new TaggerThread(worker, port1, flag, { ...defaultTaggerThreadOptions, ...options });
    } catch {
      return undefined;
    }
  }

  /** The tokens of a text with their types and parts of speech; undefined when the thread cannot answer. */
  tag(text: string): RawTag[] | undefined {
    if (!this.alive) return undefined;
    Atomics.store(this.flag, 0, 0);
    this.port.postMessage(text);
    if (Atomics.wait(this.flag, 0, 0, this.options.timeoutMs) === 'timed-out') {
      this.stop();
      return undefined;
    }
    const reply = receiveMessageOnPort(this.port)?.message as RawTag[] | { error: string } | undefined;
    return Array.isArray(reply) ? reply : undefined;
  }

  /** Ends the thread; later calls return undefined. */
  stop(): void {
    this.alive = false;
    void this.worker.terminate();
  }
}
