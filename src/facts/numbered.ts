import { mayStateKind, parseQuantities, type QuantityKind, surelyStatesKind } from './quantities.js';
import { stemTable } from './stem-numbers.js';
import type { Fact } from './types.js';

/** A fact's stems as their numbers in the stem table, in order. */
export type StemNumbers = readonly number[] | Int32Array;

/** A fact without quantities: one empty list shared, never changed. */
export const NO_QUANTITIES: Fact['quantities'] = Object.freeze([]) as unknown as Fact['quantities'];

/**
 * A fact whose stems are kept as their numbers in the stem table (see `stemNumbersOf`): what
 * extraction makes and the cache gives back. The index reads the numbers; `terms`, the stems as
 * strings, and `quantities`, read from the text (a pure function of it), are made when something
 * first asks for them: a start pays for neither, and the cache stores neither.
 */
export class NumberedFact implements Fact {
  readonly id: string;
  private stems?: readonly string[];
  private stated?: Fact['quantities'];
  /** The kinds its text was found not to state before its quantities were parsed (KIND_BITS). */
  private unstated = 0;
  /** The kinds its text was found to state before its quantities were parsed (KIND_BITS). */
  private surely = 0;

  constructor(
    readonly articleId: string,
    readonly position: number,
    readonly kind: Fact['kind'],
    readonly text: string,
    /** Its stems' numbers in `stemTable`, in order. */
    readonly numbers: StemNumbers,
  ) {
    this.id = `${articleId}#${position}`;
  }

  get terms(): readonly string[] {
    this.stems ??= Array.from(this.numbers, (n) => stemTable[n] ?? '');
    return this.stems;
  }

  get quantities(): Fact['quantities'] {
    if (!this.stated) {
      const found = parseQuantities(this.text);
      this.stated = found.length > 0 ? found : NO_QUANTITIES;
    }
    return this.stated;
  }

  /**
   * Whether it states a quantity of this kind: `quantities.some(q => q.kind === kind)`, without
   * parsing them where its text cannot hold one (`mayStateKind`) or surely holds one
   * (`surelyStatesKind`); remembered per kind.
   */
  states(kind: QuantityKind): boolean {
    if (!this.stated) {
      const bit = KIND_BITS[kind];
      if (this.unstated & bit) return false;
      if (!mayStateKind(this.text, kind)) {
        this.unstated |= bit;
        return false;
      }
      // Speed-33: money or a percentage its first patterns read needs no parse either.
      if (this.surely & bit) return true;
      if (surelyStatesKind(this.text, kind)) {
        this.surely |= bit;
        return true;
      }
    }
    return this.quantities.some((q) => q.kind === kind);
  }
}

/** A bit for each kind of quantity (see NumberedFact.states). */
const KIND_BITS: Readonly<Record<QuantityKind, number>> = { money: 1, percent: 2, year: 4, count: 8 };

/**
 * Whether a fact states a quantity of this kind, as `quantities.some` tells, without parsing its
 * quantities where its text cannot hold one (a NumberedFact: see `states`). Speed-31: the measures
 * a question or the coverage names ask this of thousands of facts never read further.
 */
export function statesKind(fact: Fact, kind: QuantityKind): boolean {
  return fact instanceof NumberedFact ? fact.states(kind) : fact.quantities.some((q) => q.kind === kind);
}
