import type { Deduper } from './dedupe.js';
import type { DigestStateStore } from './digest-state.js';

/**
 * What replicas of the bot must share so that nothing is answered or posted twice: which events
 * were answered, what the digest posted, and who posts each digest slot. One interface, two
 * implementations (this machine, Redis), chosen once at start; the rest of the code does not know which.
 */
export interface Coordination {
  /** Which events were already answered. */
  deduper: Deduper;
  /** What the digest posted. */
  digestState: DigestStateStore;
  /**
   * True for the one replica that posts this digest slot; false for the others, and whenever
   * that cannot be known (then nobody posts rather than two).
   */
  claimSlot(slot: string): Promise<boolean>;
  /** Gives up this replica's claim of a slot it did not post, so that another may post it. */
  releaseSlot?(slot: string): Promise<void>;
  /** Where coordination happens, for the start-up log line. */
  describe(): string;
  close(): Promise<void>;
}

/** One replica on one machine: events remembered in memory, the digest state in a file. */
export class LocalCoordination implements Coordination {
  constructor(
    readonly deduper: Deduper,
    readonly digestState: DigestStateStore,
  ) {}

  async claimSlot(): Promise<boolean> {
    return true; // alone: the state file already says whether a slot was posted
  }

  describe(): string {
    return 'this process (memory and DATA_DIR)';
  }

  async close(): Promise<void> {}
}
