import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';

/** A free loopback port. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** A Debian redis-server of the test's own on a loopback port, that the test can stop and start again. */
export interface TestRedis {
  url: string;
  start(): Promise<void>;
  /** SIGKILL, sent at once (synchronously): Redis gone between two lines of a caller. */
  kill(): void;
  stop(): Promise<void>;
}

export async function testRedis(): Promise<TestRedis> {
  const port = await freePort();
  let child: ChildProcess | undefined;
  const redis: TestRedis = {
    url: `redis://127.0.0.1:${port}`,
    async start() {
      child = spawn(
        'redis-server',
        ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
        {
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      await new Promise<void>((resolve, reject) => {
        let out = '';
        child?.stdout?.on('data', (d) => {
          out += String(d);
          if (out.includes('Ready to accept connections')) resolve();
        });
        child?.on('error', (e) =>
          reject(new Error(`redis-server could not start (apt-get install redis-server): ${e.message}`)),
        );
        child?.on('exit', (code) => reject(new Error(`redis-server exited with ${code}: ${out}`)));
      });
    },
    kill() {
      if (child && child.exitCode === null) child.kill('SIGKILL');
    },
    async stop() {
      if (!child || child.exitCode !== null) return;
      const exited = new Promise((resolve) => child?.once('exit', resolve));
      child.kill('SIGKILL');
      await exited;
    },
  };
  await redis.start();
  return redis;
}
