/**
 * The order of article and fact ids: the runtime's default collation, the same as
 * `a.localeCompare(b)`, from one collator made once rather than at every comparison.
 */
export const compareIds: (a: string, b: string) => number = new Intl.Collator().compare;
