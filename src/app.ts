/**
 * `npm start`: the bot on Slack when credentials are configured, otherwise the local playground.
 */

import { createLogger, startBot } from './bot.js';
import { ConfigError, isPlayground, loadConfig, playgroundConfig } from './config.js';
import { startPlayground } from './playground/server.js';
import { keepServing } from './process-guard.js';

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
    if (error instanceof ConfigError || (error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      process.stderr.write(`factbot: ${(error as Error).message}\n`);
      process.exit(1);
    }
    throw error;
  }
}

await main();
