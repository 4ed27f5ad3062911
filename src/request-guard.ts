/**
 * What a request to `/slack/events` must pass before it counts toward the ack gate and reaches
 * Bolt: its body read whole within a time limit (a client sending a byte a second holds nothing
 * up), its signature and timestamp checked (a stale one, or one from the future past a small skew,
 * refused), a body that is not a JSON object refused (Bolt would crash on `null`), and a form body
 * (a slash command, a button, a shortcut: Slack never sends one twice) answered once: a replay of
 * the same signed body within the 5 minutes a signature is good for is acked and dropped.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { type Deduper, MemoryDeduper } from './store/dedupe.js';

export interface RequestGuardOptions {
  signingSecret: string;
  /** Most bytes of a body. Default 4 MB (Bolt's own limit). */
  bodyLimit: number;
  /** Time to read a whole body once its headers are in, in ms. Default 5,000. */
  readTimeoutMs: number;
  /** How far a timestamp may be in the past, in seconds (Slack's rule). Default 300. */
  maxAgeS: number;
  /** How far a timestamp may be in the future (clock skew), in seconds. Default 60. */
  futureSkewS: number;
  /** The clock, in ms. Default `Date.now`. */
  now: () => number;
}

export const defaultGuardOptions: Omit<RequestGuardOptions, 'signingSecret'> = {
  bodyLimit: 4 * 1024 * 1024,
  readTimeoutMs: 5000,
  maxAgeS: 300,
  futureSkewS: 60,
  now: Date.now,
};

/** A request refused before Bolt sees it: the status to answer and why, for the log. */
export class Refused extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** A request's raw body, as Bolt reads it (`rawBody`: Bolt then reads no more). */
type Buffered = IncomingMessage & { rawBody?: Buffer };

/** Reads a whole body, at most `limit` bytes, within `timeoutMs`; else a Refused (413, 408). */
export function readBody(req: IncomingMessage, limit: number, timeoutMs: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      reject(new Refused(413, `a body of ${declared} bytes, over the ${limit}-byte limit`));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    const done = (error?: Refused) => {
      clearTimeout(timer);
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      if (error) reject(error);
      else resolve(Buffer.concat(chunks));
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) done(new Refused(413, `a body over the ${limit}-byte limit`));
      else chunks.push(chunk);
    };
    const onEnd = () => done();
    const onError = (error: Error) => done(new Refused(400, `the body could not be read (${error.message})`));
    const timer = setTimeout(
      () => done(new Refused(408, `the body was not sent within ${timeoutMs} ms`)),
      timeoutMs,
    );
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
  });
}

const header = (req: IncomingMessage, name: string) => {
  const value = req.headers[name];
  return typeof value === 'string' ? value : undefined;
};

/** Why a signature does not hold, or undefined when it does (Slack's v0 scheme). */
export function signatureProblem(
  req: IncomingMessage,
  body: Buffer,
  o: Pick<RequestGuardOptions, 'signingSecret' | 'maxAgeS' | 'futureSkewS' | 'now'>,
): string | undefined {
  const stamp = header(req, 'x-slack-request-timestamp');
  const signature = header(req, 'x-slack-signature');
  if (!stamp || !/^\d{1,12}$/.test(stamp) || !signature) return 'no signature or timestamp';
  const age = Math.floor(o.now() / 1000) - Number(stamp);
  if (age > o.maxAgeS) return `a timestamp ${age} s old (at most ${o.maxAgeS} s)`;
  if (-age > o.futureSkewS) return `a timestamp ${-age} s in the future (at most ${o.futureSkewS} s)`;
  const expected = Buffer.from(
    `v0=${createHmac('sha256', o.signingSecret).update(`v0:${stamp}:`).update(body).digest('hex')}`,
  );
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'a signature mismatch';
  return undefined;
}

const isForm = (req: IncomingMessage) =>
  header(req, 'content-type')?.split(';')[0]?.trim() === 'application/x-www-form-urlencoded';

/** The body as Bolt will read it (a form's `payload` is JSON); a Refused (400) unless it is an object. */
export function parsedBody(
  req: IncomingMessage,
  text: string,
  form = isForm(req) ? new URLSearchParams(text) : undefined,
): Record<string, unknown> {
  let parsed: unknown;
  try {
    if (form) {
      const payload = form.get('payload');
      parsed = payload !== null ? JSON.parse(payload) : Object.fromEntries(form);
    } else parsed = JSON.parse(text);
  } catch (error) {
    throw new Refused(400, `a malformed body (${(error as Error).message})`);
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
    throw new Refused(400, 'a body that is not a JSON object');
  return parsed as Record<string, unknown>;
}

/**
 * The most characters of a form field Bolt is handed (a slash command's text): Slack's own limit
 * of a message. A longer one (a forged request: Slack never sends one) is cut and the body signed
 * again, so that Bolt reads and verifies some 40 KB, not megabytes, on the main thread.
 */
export const FORM_FIELD_MAX = 40_000;

/** Lets the event loop serve what waits (probes, acks) between two costly steps of one request. */
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The checks above, for one receiver. */
export class RequestGuard {
  readonly options: RequestGuardOptions;
  /**
   * Form bodies already taken (by hash of the signed body), for 5 minutes at least: the bot's
   * coordination once it is up (shared by replicas with Redis), this process's memory before.
   */
  replays: Deduper;

  constructor(options: Partial<RequestGuardOptions> & Pick<RequestGuardOptions, 'signingSecret'>) {
    this.options = { ...defaultGuardOptions, ...options };
    this.replays = new MemoryDeduper({ ttlMs: (this.options.maxAgeS + this.options.futureSkewS) * 1000 });
  }

  /**
   * Reads and checks a request. Resolves true once Bolt may take it (its body kept as `rawBody`);
   * false when it was answered here (refused, or a replay acked with an empty 200).
   */
  async admit(req: IncomingMessage, res: ServerResponse, warn: (m: string) => void): Promise<boolean> {
    const o = this.options;
    try {
      let body = await readBody(req, o.bodyLimit, o.readTimeoutMs);
      const text = body.toString('utf8');
      const form = isForm(req) ? new URLSearchParams(text) : undefined;
      // Slack's ssl_check is not signed; Bolt answers it and drops anything else it carries.
      if (form?.get('ssl_check') !== '1') {
        if (body.length > 65_536) await turn();
        const problem = signatureProblem(req, body, o);
        if (problem) throw new Refused(401, `Refused a request with ${problem}.`);
        if (body.length > 65_536) await turn();
        parsedBody(req, text, form);
        const stamp = header(req, 'x-slack-request-timestamp') ?? '';
        if (form) {
          const key = createHash('sha256').update(`${stamp}:`).update(body).digest('hex');
          if (!(await this.replays.firstTime(`replay:${key}`))) {
            res.writeHead(200).end();
            return false;
          }
          if (!form.has('payload') && [...form.values()].some((v) => v.length > FORM_FIELD_MAX)) {
            for (const [name, value] of [...form.entries()])
              if (value.length > FORM_FIELD_MAX) form.set(name, value.slice(0, FORM_FIELD_MAX));
            body = Buffer.from(form.toString());
            req.headers['x-slack-signature'] =
              `v0=${createHmac('sha256', o.signingSecret).update(`v0:${stamp}:`).update(body).digest('hex')}`;
            req.headers['content-length'] = String(body.length);
          }
        }
      }
      (req as Buffered).rawBody = body;
      return true;
    } catch (error) {
      const refused = error instanceof Refused ? error : new Refused(400, (error as Error).message);
      warn(
        refused.status === 401
          ? refused.message
          : `Refused a request to the Slack endpoint: ${refused.message}.`,
      );
      // A client still sending is cut off once told.
      const cut = refused.status === 408 || refused.status === 413;
      if (!res.headersSent)
        res.writeHead(refused.status, { connection: 'close' }).end(() => {
          if (cut) req.destroy();
        });
      else if (cut) req.destroy();
      return false;
    }
  }
}
