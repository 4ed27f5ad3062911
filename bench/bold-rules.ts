/**
 * Pure helpers of bench/bold-carry.ts (bold-34): how well a score parts right from wrong short
 * answers, and thresholds read fold by fold on the other folds only (nested).
 */

/** The area under the ROC curve of scores `s` over right (`y` 1) and wrong (0) items, ties counting half; 0.5 when either side is empty. */
export function auc(items: ReadonlyArray<{ s: number; y: number }>): number {
  const sorted = [...items].sort((a, b) => a.s - b.s);
  let rankSum = 0;
  let pos = 0;
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j < sorted.length && sorted[j]?.s === sorted[i]?.s) j++;
    const mid = (i + j + 1) / 2;
    for (let k = i; k < j; k++)
      if (sorted[k]?.y === 1) {
        rankSum += mid;
        pos++;
      }
    i = j;
  }
  const neg = sorted.length - pos;
  return pos && neg ? (rankSum - (pos * (pos + 1)) / 2) / (pos * neg) : 0.5;
}

/** A scored short answer of a fold: its score, whether it is right, and its fold (a key, or keys left out together). */
export interface FoldItem {
  score: number;
  right: boolean;
  fold: string;
}

/**
 * Each fold's threshold read by `rule` on the other folds' items only (nested: a fold's own items
 * never move its threshold), as a fresh key would meet it.
 */
export function nestedThresholds(
  items: readonly FoldItem[],
  rule: (others: readonly FoldItem[]) => number,
): Map<string, number> {
  const folds = [...new Set(items.map((i) => i.fold))];
  return new Map(folds.map((f) => [f, rule(items.filter((i) => i.fold !== f))]));
}

/** Bold shown / right per fold at the given thresholds (a fold with none: threshold 1). */
export function boldPerFold(
  items: readonly FoldItem[],
  at: ReadonlyMap<string, number>,
): Map<string, { n: number; right: number }> {
  const out = new Map<string, { n: number; right: number }>();
  for (const i of items) {
    const tally = out.get(i.fold) ?? { n: 0, right: 0 };
    if (i.score >= (at.get(i.fold) ?? 1)) {
      tally.n++;
      if (i.right) tally.right++;
    }
    out.set(i.fold, tally);
  }
  return out;
}

/** A short answer's row as `bench/fit-answers.ts --rows` writes it (read by bold-folds and bold-carry). */
export interface TraceRow {
  key: string;
  empty: boolean;
  y: number;
  withheld?: boolean;
  x: Record<string, number>;
  query?: string;
  short?: string;
  fact?: string;
  form?: string;
  /** Where the expected answer's fact stands among the candidates (0 first, -1 none; `outcome(q, answer).rank`). */
  rank?: number;
  /** The claims layer's reading of the short answer's figure (trace `short.claim`, bold-23). */
  claim?: { measure: number; subject: number; from: string };
  /** The first candidate's ranking features (trace `candidates[0].features`). */
  first?: Record<string, number>;
}

/** Keys that share their stories, left out together (as in fit-answers). */
export const SHARED_FOLDS: Readonly<Record<string, string>> = { D: 'DFS', F: 'DFS', S: 'DFS' };

/** The `--rows FILE` of a script reading traced rows (bench/fit-answers.ts `--rows-only`); throws how to make one. */
export function rowsFileArg(args: readonly string[] = process.argv.slice(2)): string {
  const at = args.indexOf('--rows');
  const file = at >= 0 ? args[at + 1] : undefined;
  if (!file)
    throw new Error('give --rows FILE (bench/fit-answers.ts --shipped-ranking --rows FILE --rows-only)');
  return file;
}

/** A trace's key as the folds name it: the own keys' files are one key, "own". */
export const foldKeyOf = (key: string): string => (key.startsWith('questions.own') ? 'own' : key);
