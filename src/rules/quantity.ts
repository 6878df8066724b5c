/**
 * The one place where numbers from answers are summed and rounded. What a person reads ("12 mois")
 * and what a rule compares must be the same number: in floating point 0,1 + 10,2 + 1,7 is
 * 11.999999999999998, which is displayed "12" and fails "at least 12". So every total and every
 * number answer is brought to a fixed precision here, and the display, the conditions, the
 * validation and the reasons all read the result.
 */

/**
 * Decimals kept of a durations total (a tenth of a month is about three days: finer than anyone
 * counts their experience) and of a number answer.
 */
export const DECIMALS = { durations: 1, number: 2 } as const;

// Inputs are first counted in millionths, as whole numbers: their sum is then exact (up to
// 2^53 millionths, about 9 billion units), whatever the order of the periods.
const SCALE = 6;

/**
 * The sum of `values` rounded to `decimals` decimals (half up), computed on the decimal values and
 * not on their binary approximations: `fixedSum([0.1, 10.2, 1.7], 1)` is exactly 12, and
 * `fixedSum([11.95], 1)` is 12. Non-finite values are not numbers here and count as 0; a sum too
 * large to count exactly falls back to a rounded floating sum.
 */
export function fixedSum(values: readonly unknown[], decimals: number): number {
  let units = 0;
  let float = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (typeof v !== 'number' || !Number.isFinite(v)) continue;
    units += Math.round(v * 10 ** SCALE);
    float += v;
  }
  const unit = 10 ** decimals;
  const result = Number.isSafeInteger(units)
    ? Math.round(units / 10 ** (SCALE - decimals)) / unit
    : Math.round(float * unit) / unit;
  // Math.round(-0.4) is -0, which would print "-0".
  return result || 0;
}

/** A durations answer's total, as displayed and compared; 0 for anything that is not a list. */
export function durationsTotal(answer: unknown): number {
  return Array.isArray(answer) ? fixedSum(answer, DECIMALS.durations) : 0;
}

/** A number answer as displayed and compared. */
export function numberValue(n: number): number {
  return fixedSum([n], DECIMALS.number);
}
