/**
 * A burst's connections count toward the ack gate from the moment they are accepted until their
 * first request arrives (at most CONNECTION_HOLD_MS), so that answers do not start in between.
 */
import { createServer, type Server } from 'node:http';
import { connect, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { AckGate } from '../../src/listeners/queue.js';
import { arrived, countConnections } from '../../src/receivers.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Polls `condition` every 5 ms; false once `ms` have passed without it. */
async function until(condition: () => boolean, ms = 2_000): Promise<boolean> {
  for (const end = Date.now() + ms; Date.now() < end; await sleep(5)) if (condition()) return true;
  return condition();
}
let server: Server | undefined;
const sockets: Socket[] = [];

afterEach(async () => {
  for (const s of sockets.splice(0)) s.destroy();
  await new Promise((r) => server?.close(r) ?? r(undefined));
});

async function gated(holdMs: number) {
  const gate = new AckGate();
  server = createServer((req, res) => {
    arrived(req.socket);
    res.end('ok');
  });
  countConnections(server, gate, holdMs);
  await new Promise<void>((r) => server?.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  const open = async () => {
    const socket = connect(port, '127.0.0.1');
    sockets.push(socket);
    await new Promise((r) => socket.once('connect', r));
    return socket;
  };
  return { gate, open };
}

describe('countConnections', () => {
  it('closes the gate while a connection has sent no request, for at most the hold', async () => {
    const { gate, open } = await gated(200);
    expect(gate.open).toBe(true);
    await open();
    expect(await until(() => !gate.open)).toBe(true);
    const closed = Date.now();
    expect(await until(() => gate.open)).toBe(true);
    expect(Date.now() - closed).toBeGreaterThanOrEqual(150);
  });

  it('opens it when the request arrives, or the connection closes', async () => {
    const { gate, open } = await gated(5_000);
    const talking = await open();
    expect(await until(() => !gate.open)).toBe(true);
    talking.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n');
    expect(await until(() => gate.open)).toBe(true);
    const silent = await open();
    expect(await until(() => !gate.open)).toBe(true);
    silent.destroy();
    expect(await until(() => gate.open)).toBe(true);
  });
});
