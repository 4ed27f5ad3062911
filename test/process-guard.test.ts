/** The process-wide guard: an unhandled rejection or uncaught exception is logged, and serving goes on. */
import { spawn } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { keepServing } from '../src/process-guard.js';
import { recordingLogger } from './helpers/logger.js';

describe('keepServing (issue 22, item 4)', () => {
  it('logs an unhandled rejection and an uncaught exception with their stacks', () => {
    const events = new EventEmitter();
    const logger = recordingLogger();
    keepServing(logger, events);
    events.emit('unhandledRejection', new TypeError("Cannot read properties of null (reading 'ssl_check')"));
    events.emit('uncaughtException', new Error('a stray timer failed'));
    expect(logger.lines.map((l) => l.level)).toEqual(['error', 'error']);
    expect(logger.text()).toMatch(/unhandled promise rejection \(the bot keeps serving.*ssl_check/);
    expect(logger.text()).toMatch(/uncaught exception .*a stray timer failed/);
  });

  it('keeps a process running past a rejection nobody handles', async () => {
    const script = `
      const { keepServing } = await import(${JSON.stringify(new URL('../src/process-guard.ts', import.meta.url).pathname)});
      keepServing({ error: (m) => console.error(m.split('\\n')[0]) });
      Promise.reject(new Error('nobody handles this'));
      setTimeout(() => { console.log('still serving'); }, 200);
    `;
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => {
      out += String(d);
    });
    child.stderr.on('data', (d) => {
      out += String(d);
    });
    const code = await new Promise((resolve) => child.on('exit', resolve));
    expect(out).toMatch(/unhandled promise rejection .*nobody handles this/);
    expect(out).toMatch(/still serving/);
    expect(code).toBe(0);
  });
});
