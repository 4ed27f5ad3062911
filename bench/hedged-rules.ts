/**
 * Pure helpers of bench/hedged-gate.ts (bold-35): the threshold of a gate on hedged short answers.
 */

/** A hedged short answer a gate reads: its score and whether it is right. */
export interface GateItem {
  score: number;
  right: boolean;
}

/**
 * The threshold that maximizes right shown less `cost` times wrong shown over `items` (each shown
 * from the threshold up); ties keep the lowest threshold (the fewest hidden). 0 shows all, and an
 * empty list gives 0.
 */
export function bestNetThreshold(items: readonly GateItem[], cost = 1): number {
  const sorted = [...items].sort((a, b) => b.score - a.score);
  // Showing all scores from the k-th down; start from showing none.
  let net = 0;
  let best = 0;
  let bestAt = Number.POSITIVE_INFINITY;
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    // Items of one score are shown or hidden together.
    while (j < sorted.length && sorted[j]?.score === sorted[i]?.score) {
      net += sorted[j]?.right ? 1 : -cost;
      j++;
    }
    if (net >= best) {
      best = net;
      bestAt = sorted[i]?.score ?? 0;
    }
    i = j;
  }
  return sorted.length === 0 || bestAt === sorted[sorted.length - 1]?.score ? 0 : bestAt;
}

/**
 * The floor under which a gate hides hedged answers: the highest threshold such that the items
 * scored under it are right at most `maxRight` of the time (and at least `least` of them), so
 * what is hidden is wrong as often as a bold answer is right. Items of one score fall together;
 * 0 when no such floor exists (nothing hidden).
 */
export function floorAt(items: readonly GateItem[], maxRight = 0.1, least = 10): number {
  const sorted = [...items].sort((a, b) => a.score - b.score);
  let hidden = 0;
  let right = 0;
  let floor = 0;
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j < sorted.length && sorted[j]?.score === sorted[i]?.score) {
      hidden++;
      if (sorted[j]?.right) right++;
      j++;
    }
    // Hiding every item through j-1: the floor is the next score up.
    if (hidden >= least && right <= maxRight * hidden) floor = sorted[j]?.score ?? Number.POSITIVE_INFINITY;
    i = j;
  }
  return floor;
}
