/**
 * The one bounded memo the modules keep their recent work in: a `Map` in insertion order, the oldest
 * entry dropped once `limit` are kept. Pure of anything but the map it is given.
 */
export function keep<K, V>(kept: Map<K, V>, limit: number, key: K, value: V): V {
  if (kept.size >= limit) {
    const oldest = kept.keys().next();
    if (!oldest.done) kept.delete(oldest.value);
  }
  kept.set(key, value);
  return value;
}
