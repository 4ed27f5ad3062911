import { describe, expect, it } from 'vitest';
import { AckGate, answerLater, WorkQueue } from '../../src/listeners/queue.js';

const tick = () => new Promise((r) => setImmediate(r));

describe('WorkQueue', () => {
  it('held, takes jobs without starting them; past waitNoticeMs sends their notice once; released, runs them', async () => {
    const queue = new WorkQueue({ waitNoticeMs: 30 });
    queue.hold();
    const done: string[] = [];
    queue.run(
      async () => done.push('a'),
      async () => done.push('busy a'),
      async () => done.push('wait a'),
    );
    await new Promise((r) => setTimeout(r, 60));
    expect(done).toEqual(['wait a']);
    queue.release();
    await queue.drain();
    expect(done).toEqual(['wait a', 'a']);
  });

  it('released within waitNoticeMs, a held job is answered without its notice', async () => {
    const queue = new WorkQueue({ waitNoticeMs: 50 });
    queue.hold();
    const done: string[] = [];
    queue.run(
      async () => done.push('a'),
      undefined,
      async () => done.push('wait a'),
    );
    await new Promise((r) => setTimeout(r, 10));
    queue.release();
    await queue.drain();
    await new Promise((r) => setTimeout(r, 80));
    expect(done).toEqual(['a']);
  });

  it('runs each job once, at most `concurrency` at a time, and drains', async () => {
    const queue = new WorkQueue({ concurrency: 2, limit: 100 });
    let running = 0;
    let most = 0;
    const ran: number[] = [];
    for (let i = 0; i < 10; i++)
      queue.run(async () => {
        running++;
        most = Math.max(most, running);
        await new Promise((r) => setTimeout(r, 5));
        ran.push(i);
        running--;
      });
    expect(ran).toEqual([]); // nothing runs on the caller's turn: the ack goes first
    await queue.drain();
    expect(ran.sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(most).toBe(2);
    expect(queue.active + queue.pending).toBe(0);
  });

  it('lets the event loop run between two answers', async () => {
    const queue = new WorkQueue({ concurrency: 8 });
    const order: string[] = [];
    queue.run(async () => {
      order.push('answer 1');
      // A request arriving while answer 1 computes: its callback must run before answer 2.
      setImmediate(() => order.push('ack'));
    });
    queue.run(async () => {
      order.push('answer 2');
    });
    await queue.drain();
    await tick();
    expect(order).toEqual(['answer 1', 'ack', 'answer 2']);
  });

  it('past its limit runs the busy reply instead, once, and never the job', async () => {
    const queue = new WorkQueue({ concurrency: 1, limit: 2 });
    const done: string[] = [];
    let release = () => {};
    const gate = new Promise<void>((r) => {
      release = r;
    });
    const job = (name: string) => async () => {
      await gate;
      done.push(name);
    };
    const busy = (name: string) => async () => {
      done.push(`busy ${name}`);
    };
    expect(queue.run(job('a'), busy('a'))).toBe(true);
    await tick(); // a starts
    expect(queue.run(job('b'), busy('b'))).toBe(true);
    expect(queue.run(job('c'), busy('c'))).toBe(true);
    expect(queue.run(job('d'), busy('d'))).toBe(false);
    await tick();
    expect(done).toEqual(['busy d']);
    release();
    await queue.drain();
    expect(done.sort()).toEqual(['a', 'b', 'busy d', 'c']);
  });

  it('logs a failing job and goes on with the next', async () => {
    const errors: string[] = [];
    const queue = new WorkQueue({ concurrency: 1 }, { error: (m: string) => errors.push(m) });
    let ran = false;
    queue.run(async () => {
      throw new Error('boom');
    });
    queue.run(async () => {
      ran = true;
    });
    await queue.drain();
    expect(ran).toBe(true);
    expect(errors.join()).toMatch(/boom/);
  });

  it('answerLater runs the job at once without a queue', async () => {
    let ran = false;
    answerLater(
      {},
      async () => {
        ran = true;
      },
      async () => {},
    );
    expect(ran).toBe(true);
  });
});

describe('WorkQueue with an AckGate', () => {
  it('starts no answer while a request waits for its ack, then starts at once', async () => {
    const gate = new AckGate();
    const queue = new WorkQueue({ maxHoldMs: 10_000 }, undefined, gate);
    const acked = gate.enter();
    let ran = false;
    queue.run(async () => {
      ran = true;
    });
    await new Promise((r) => setTimeout(r, 50));
    expect(ran).toBe(false);
    acked();
    await queue.drain();
    expect(ran).toBe(true);
  });

  it('holds an answer back no longer than maxHoldMs', async () => {
    const gate = new AckGate();
    const queue = new WorkQueue({ maxHoldMs: 30 }, undefined, gate);
    gate.enter(); // never acked
    const started = Date.now();
    let at = 0;
    queue.run(async () => {
      at = Date.now();
    });
    await queue.drain();
    expect(at - started).toBeGreaterThanOrEqual(25);
  });
});
