/**
 * How many decimals each published figure was printed with, so the site can show "18,50%" where
 * the source printed 18,50 and not the "18,5%" a number alone would give. The validator notes
 * them from the very cells it read (validateDirectory's `decimals`); the site keeps them here.
 */
let printed = new WeakMap<object, ReadonlyMap<string, number>>();

/** Decimals as printed for `column` of a published row; undefined when it had none. */
export function decimalsOf(row: object, column: string): number | undefined {
  return printed.get(row)?.get(column);
}

/** Keeps the validator's record for this build's rows. */
export function usePrintedDecimals(decimals: WeakMap<object, ReadonlyMap<string, number>>): void {
  printed = decimals;
}
