/**
 * Two versions timed item by item in one process: each item run by one version and then the other,
 * the order swapped every item (`swap`: the later version first on the first item), CPU (all threads)
 * and wall time in ms kept per version, and the items whose outputs (as JSON) differ. Shared by
 * bench/answer-paired.ts and bench/check-paired.ts.
 */
export interface Times {
  cpu: number[];
  wall: number[];
}

export function timeAlternately<V, I>(
  items: readonly I[],
  before: V,
  after: V,
  run: (version: V, item: I) => unknown,
  swap = false,
): { times: Map<V, Times>; different: I[] } {
  const times = new Map<V, Times>([
    [before, { cpu: [], wall: [] }],
    [after, { cpu: [], wall: [] }],
  ]);
  const different: I[] = [];
  items.forEach((item, i) => {
    const order = (i + (swap ? 1 : 0)) % 2 === 0 ? [before, after] : [after, before];
    const out = new Map<V, string>();
    for (const v of order) {
      const wall = performance.now();
      const cpu = process.cpuUsage();
      const result = run(v, item);
      const used = process.cpuUsage(cpu);
      const t = times.get(v);
      t?.wall.push(performance.now() - wall);
      t?.cpu.push((used.user + used.system) / 1000);
      out.set(v, JSON.stringify(result));
    }
    if (out.get(before) !== out.get(after)) different.push(item);
  });
  return { times, different };
}
