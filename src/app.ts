/**
 * `npm start`: the bot on Slack when credentials are configured, otherwise the local playground.
 */

import { createLogger, startBot } from './bot.js';
import { ConfigError, isPlayground, loadConfig, playgroundConfig } from './config.js';
import { startPlayground } from './playground/server.js';
import { keepServing } from './process-guard.js';

/** One line for a port another process holds: which, and the fix (`PORT`). */
function portInUse(error: { port?: number }): string {
  const port = error.port ?? process.env.PORT ?? 3000;
  const next = typeof port === 'number' || /^\d+$/.test(String(port)) ? Number(port) + 1 : 3001;
  return `port ${port} is already in use (another npm start?): stop that process, or set PORT to a free port, as in PORT=${next} npm start.`;
}

async function main(): Promise<void> {
  try {
    const running = isPlayground(process.env)
      ? await startPlayground(playgroundConfig(process.env))
      : await startBot(loadConfig());
    // Graceful: readiness 503, every acked request answered, then exit; never more than 10 s.
    const stop = () => {
      setTimeout(() => process.exit(1), 9500).unref();
      void running.stop().finally(() => process.exit(0));
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    // Once serving, nothing unhandled stops the bot (start-up errors above still do).
    keepServing(createLogger('error'));
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`factbot: ${error.message}\n`);
      process.exit(1);
    }
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      process.stderr.write(`factbot: ${portInUse(error as NodeJS.ErrnoException & { port?: number })}\n`);
      process.exit(1);
    }
    throw error;
  }
}

await main();
