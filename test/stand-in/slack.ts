/**
 * The Slack stand-in of `src/playground/stand-in.ts`, listening on loopback, with a Socket Mode
 * WebSocket server added for the tests.
 */
import { randomUUID } from 'node:crypto';
import { WebSocket, WebSocketServer } from 'ws';
import { createStandIn, type SlackStandIn } from '../../src/playground/stand-in.js';

export type { ApiCall } from '../../src/playground/stand-in.js';

export interface StandIn extends SlackStandIn {
  /** Socket Mode: how many times a client connected, and how many are connected now. */
  socket: { connects: number; open(): number };
  /** Socket Mode: sends an envelope to the connected client and resolves with its ack. */
  sendEnvelope(
    type: 'events_api' | 'slash_commands' | 'interactive',
    payload: unknown,
  ): Promise<Record<string, unknown>>;
  /** Socket Mode: asks the client to reconnect, as Slack does when it refreshes a connection. */
  requestDisconnect(): void;
}

export async function startStandIn(): Promise<StandIn> {
  const stand = createStandIn();
  const sockets = new Set<WebSocket>();
  const pendingAcks = new Map<string, (ack: Record<string, unknown>) => void>();
  const socket = {
    connects: 0,
    open: () => [...sockets].filter((s) => s.readyState === WebSocket.OPEN).length,
  };
  const wss = new WebSocketServer({ noServer: true });
  stand.server.on('upgrade', (req, sock, head) => {
    if (!req.url?.startsWith('/link/')) return sock.destroy();
    wss.handleUpgrade(req, sock, head, (ws) => {
      sockets.add(ws);
      socket.connects++;
      ws.on('close', () => sockets.delete(ws));
      ws.on('message', (data) => {
        const message = JSON.parse(String(data)) as Record<string, unknown>;
        const id = String(message.envelope_id ?? '');
        pendingAcks.get(id)?.(message);
        pendingAcks.delete(id);
      });
      ws.send(
        JSON.stringify({
          type: 'hello',
          num_connections: sockets.size,
          connection_info: { app_id: 'A0BOT' },
          debug_info: { host: 'stand-in' },
        }),
      );
    });
  });
  await stand.listen();
  const close = stand.close.bind(stand);
  return Object.assign(stand, {
    socket,
    async sendEnvelope(type: 'events_api' | 'slash_commands' | 'interactive', payload: unknown) {
      const open = [...sockets].find((s) => s.readyState === WebSocket.OPEN);
      if (!open) throw new Error('stand-in: no Socket Mode client is connected');
      const envelope_id = randomUUID();
      const acked = new Promise<Record<string, unknown>>((resolve) => pendingAcks.set(envelope_id, resolve));
      open.send(
        JSON.stringify({
          envelope_id,
          type,
          payload,
          accepts_response_payload: type !== 'events_api',
          retry_attempt: 0,
          retry_reason: '',
        }),
      );
      return acked;
    },
    requestDisconnect() {
      for (const s of sockets)
        s.send(
          JSON.stringify({
            type: 'disconnect',
            reason: 'refresh_requested',
            debug_info: { host: 'stand-in' },
          }),
        );
    },
    async close() {
      for (const s of sockets) s.terminate();
      wss.close();
      await close();
    },
  });
}
