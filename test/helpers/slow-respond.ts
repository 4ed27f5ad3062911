import type { SlackStandIn } from '../../src/playground/stand-in.js';

/**
 * Response URLs on the stand-in that hold each answer until `release()`: a command acked whose
 * answer is still on its way. `arrived` are the bodies received (held or not), `delivered` those
 * answered 200.
 */
export function slowResponses(slack: SlackStandIn) {
  let open = () => {};
  const gate = new Promise<void>((resolve) => {
    open = resolve;
  });
  let n = 0;
  const arrived: Array<Record<string, unknown>> = [];
  const delivered: Array<Record<string, unknown>> = [];
  slack.route('/slow/', async (_req, res, body) => {
    const payload = JSON.parse(body || '{}') as Record<string, unknown>;
    arrived.push(payload);
    await gate;
    delivered.push(payload);
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
  });
  return {
    url: () => `${slack.baseUrl}slow/${++n}`,
    arrived,
    delivered,
    release: () => open(),
  };
}

/** GET a probe; status and body. */
export async function probe(port: number | undefined, path: '/healthz' | '/readyz') {
  const res = await fetch(`http://127.0.0.1:${port}${path}`);
  return { status: res.status, body: await res.text() };
}

/**
 * GET a probe until it answers `status` (every 50 ms, at most `ms`); the last answer. A socket's
 * close or reconnect reaches the bot a moment after the stand-in sees it, later on a loaded machine.
 */
export async function probeUntil(
  port: number | undefined,
  path: '/healthz' | '/readyz',
  status: number,
  ms = 5_000,
) {
  const end = Date.now() + ms;
  let last = await probe(port, path);
  while (last.status !== status && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 50));
    last = await probe(port, path);
  }
  return last;
}
