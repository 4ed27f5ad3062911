/**
 * A process-wide guard: an unhandled promise rejection or an uncaught exception anywhere (a
 * library's request handler, a stray timer) is logged with its stack, and the bot keeps serving
 * instead of dying with every acked request in flight.
 */
import type { Logger } from '@slack/logger';

/** What the guard listens on: the process, or a stand-in in tests. */
export interface ProcessEvents {
  on(event: 'unhandledRejection', listener: (reason: unknown) => void): unknown;
  on(event: 'uncaughtException', listener: (error: Error) => void): unknown;
}

const describe = (reason: unknown) =>
  reason instanceof Error ? (reason.stack ?? reason.message) : String(reason);

/** Logs unhandled rejections and uncaught exceptions and keeps the process running. */
export function keepServing(logger: Pick<Logger, 'error'>, target: ProcessEvents = process): void {
  target.on('unhandledRejection', (reason) =>
    logger.error(
      `An unhandled promise rejection (the bot keeps serving; report it with this trace): ${describe(reason)}`,
    ),
  );
  target.on('uncaughtException', (error) =>
    logger.error(
      `An uncaught exception (the bot keeps serving; report it with this trace): ${describe(error)}`,
    ),
  );
}
