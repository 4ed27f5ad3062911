/**
 * The loops over every fact id an answer's slots found (speed-35): the union of the ids, and how much
 * of the question one id covers, without the lists and sets the plain forms of them make. Each gives
 * what the plain form gives, in the same order, to the same bit.
 */

/**
 * Calls `fn` with each id of the maps once, in the order a set filled from them map by map would
 * keep (each map's keys in its order): one map's keys are read from it, with no set made.
 */
export function eachId(maps: ReadonlyArray<ReadonlyMap<string, unknown>>, fn: (id: string) => void): void {
  const [only] = maps;
  if (maps.length === 1 && only) {
    only.forEach((_, id) => {
      fn(id);
    });
    return;
  }
  const ids = new Set<string>();
  for (const m of maps)
    m.forEach((_, id) => {
      ids.add(id);
    });
  ids.forEach((id) => {
    fn(id);
  });
}

/**
 * The summed weights of the slots whose match scores `id` above 0: `matches.map((m) => m.get(id) ?? 0)`
 * reduced as `sum + (score > 0 ? weights[i] ?? 0 : 0)` from 0, slot by slot, with no list made.
 */
export function coveredBy(
  matches: ReadonlyArray<ReadonlyMap<string, number>>,
  weights: readonly number[],
  id: string,
): number {
  let sum = 0;
  for (let i = 0; i < matches.length; i++) {
    const score = matches[i]?.get(id) ?? 0;
    sum = sum + (score > 0 ? (weights[i] ?? 0) : 0);
  }
  return sum;
}
