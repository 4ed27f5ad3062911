// Preloaded (`node --import`) by test/cli/cache-write.test.ts: every rename of node:fs/promises waits
// SLOW_RENAME_MS first, as a cache write does on a loaded machine.
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

const wait = Number(process.env.SLOW_RENAME_MS ?? 0);
const rename = fs.promises.rename;
fs.promises.rename = async (...args) => {
  await new Promise((resolve) => setTimeout(resolve, wait));
  return rename(...args);
};
syncBuiltinESMExports();
