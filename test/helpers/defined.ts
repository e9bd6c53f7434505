/** The value, or a failed test when it is missing: for indexed access in tests (`noUncheckedIndexedAccess`). */
export function defined<T>(value: T | undefined, what = 'value'): T {
  if (value === undefined) throw new Error(`expected a ${what}, got undefined`);
  return value;
}
