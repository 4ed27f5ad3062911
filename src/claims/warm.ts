/**
 * The claims of a whole index read in the background, once the bot answers: every fact that states
 * a figure has its claims (and so its names, its article's opening names and focus) read in small
 * chunks that yield to requests between them, so that a draft check after the warm finds them read
 * rather than reading them first (issue 20). Start-up is unchanged (the warm is started after the
 * index is ready); a request during the warm is served between two chunks, and reads what it needs
 * as it would without the warm. The claims are the same either way (claimsOf is a function of the
 * fact and its article), so outputs do not change: only when the work is done. A `step` does more
 * work on each batch after its claims (the bot's warm: a check's first-time work, `check/prepare.ts`);
 * `afterwards` does work in small pieces once every figure is warmed (the bot's: a check rehearsed on
 * the corpus's own words and sentences, `check/rehearse.ts`), in the same budgeted chunks.
 */
import type { Fact } from '../facts/types.js';
import type { FactIndex } from '../index/fact-index.js';
import { defaultVocabulary, type Vocabulary } from '../index/vocabulary.js';
import { claimsOfMany, claimsRead } from './read.js';

/**
 * More work the warm does on each batch of facts, after their claims (a check's first-time work,
 * say: `check/prepare.ts`): a fact is warmed until both its claims are read and `done` says so.
 */
export interface WarmStep {
  /** True when the step's work on a fact is done (the fact is then not read again for it). */
  done(fact: Fact): boolean;
  /** Does the step's work on a batch of facts (their claims already read). */
  run(facts: readonly Fact[]): void;
}

/** How the warm reads. */
export interface WarmOptions {
  /** Facts read in one call of claimsOfMany (one or two trips to the tagger). Default 16. */
  batch: number;
  /** Time budget of a chunk: batches are read until this many ms have passed, then it yields. Default 8. */
  budgetMs: number;
  /** Vocabulary the claims are read with (the one answers and checks use). Default `defaultVocabulary()`. */
  vocabulary?: Vocabulary;
  /** More work on each batch after its claims (a check's first-time work). Default none. */
  step?: WarmStep;
  /**
   * Work done once every figure is warmed, in small pieces (each `next()` of the iterator one piece,
   * run in the same budgeted chunks): a check's searches and code run once ahead, say
   * (`check/rehearse.ts`). Made anew each time the warm starts over. Default none.
   */
  afterwards?: () => Iterator<unknown>;
  /** Runs the next chunk later, after pending requests. Default `setImmediate`. */
  schedule: (next: () => void) => void;
  /** The clock (ms) a chunk's budget is counted on. Default `performance.now`. */
  now: () => number;
}

/** The defaults of `warmClaims`. */
export const defaultWarmOptions: WarmOptions = {
  batch: 16,
  budgetMs: 8,
  schedule: (next) => {
    setImmediate(next);
  },
  now: () => performance.now(),
};

/** What a warm did, once it is over. */
export interface WarmReport {
  /** Facts whose claims (or step) it read (those done before, by a request or an earlier warm, not counted). */
  read: number;
  /** Chunks it ran (each followed by a yield). */
  chunks: number;
  /** Pieces of `afterwards` it ran, once every figure was warmed. */
  pieces: number;
  /** Times it started over because the index changed under it. */
  restarts: number;
  /** True when it was stopped before it had read every figure's claims. */
  stopped: boolean;
  /** Why it stopped, when reading failed (the claims not read are read when first asked, as without it). */
  error?: string;
}

/** A warm under way. */
export interface Warm {
  /** Settles once every figure's claims are read, or once stopped. */
  done: Promise<WarmReport>;
  /** Stops it after the current chunk (no chunk runs after). */
  stop(): void;
}

/** The facts of the index that state a figure and whose claims (or step) are not done yet, article by article. */
function* unread(index: FactIndex, vocabulary: Vocabulary, step: WarmStep | undefined): Generator<Fact> {
  for (const article of index.articles())
    for (const fact of index.factsOf(article.id))
      if (fact.quantities.length > 0 && (!claimsRead(fact, vocabulary) || (step && !step.done(fact))))
        yield fact;
}

/**
 * Reads the claims of every fact of the index that states a figure, in the background: chunks of
 * `batch` facts until `budgetMs` have passed, then a yield (`schedule`) so that requests are served
 * between chunks. When the index changes (a live re-index), it starts over on the index as it now
 * is, skipping what is read (so it reads what changed). Pure of Bolt: the app starts it once its
 * index is ready and again after each change of the folder.
 */
export function warmClaims(index: FactIndex, options: Partial<WarmOptions> = {}): Warm {
  const o = { ...defaultWarmOptions, ...options };
  const vocabulary = o.vocabulary ?? defaultVocabulary();
  const batch = Math.max(1, Math.floor(o.batch));
  const report: WarmReport = { read: 0, chunks: 0, pieces: 0, restarts: 0, stopped: false };
  let version = index.version;
  let facts = unread(index, vocabulary, o.step);
  /** The `afterwards` work under way once the facts are done (made when they first are). */
  let after: Iterator<unknown> | undefined;
  let stopped = false;
  let finish: (r: WarmReport) => void = () => {};
  const done = new Promise<WarmReport>((resolve) => {
    finish = resolve;
  });
  const chunk = () => {
    if (stopped) return finish({ ...report, stopped: true });
    if (index.version !== version) {
      version = index.version;
      facts = unread(index, vocabulary, o.step);
      after = undefined;
      report.restarts++;
    }
    report.chunks++;
    const started = o.now();
    // A failure in the background (the tagger gone, say) stops the warm, never the process.
    try {
      do {
        const some: Fact[] = [];
        for (let next = facts.next(); !next.done; next = facts.next()) {
          some.push(next.value);
          if (some.length >= batch) break;
        }
        if (some.length > 0) {
          claimsOfMany(index, some, vocabulary);
          o.step?.run(some);
          report.read += some.length;
          continue;
        }
        if (!o.afterwards) return finish({ ...report });
        after ??= o.afterwards();
        if (after.next().done) return finish({ ...report });
        report.pieces++;
      } while (o.now() - started < o.budgetMs);
    } catch (e) {
      return finish({ ...report, stopped: true, error: e instanceof Error ? e.message : String(e) });
    }
    o.schedule(chunk);
  };
  o.schedule(chunk);
  return {
    done,
    stop: () => {
      stopped = true;
    },
  };
}
