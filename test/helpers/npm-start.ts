import { type ChildProcess, spawn } from 'node:child_process';

/** `npm start` in a process group of its own, configured only by `env`, its output kept. */
export interface Started {
  child: ChildProcess;
  output(): string;
  /** Resolves with the exit code. */
  exited: Promise<number | null>;
  kill(signal?: NodeJS.Signals): void;
}

export function npmStart(env: Record<string, string>): Started {
  let output = '';
  const child = spawn('npm', ['start', '--silent'], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const keep = (d: Buffer) => {
    output += String(d);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return {
    child,
    output: () => output,
    exited: new Promise((resolve) => child.on('exit', resolve)),
    kill(signal = 'SIGTERM') {
      try {
        if (child.pid) process.kill(-child.pid, signal);
      } catch {
        // already gone
      }
    },
  };
}
