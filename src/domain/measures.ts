/**
 * Measures arithmetic: the value of a measure from its numerator and denominator.
 */
import { Formula } from '../model';

/**
 * The measure's value: a percentage (× 100), a ratio, or an amount per worker. Null when the
 * figures cannot give a meaningful value (a denominator of zero, or a negative or missing count).
 */
export function measureValue(formula: Formula, numerator: number, denominator: number): number | null {
  if (!Number.isFinite(numerator) || !Number.isFinite(denominator) || numerator < 0 || denominator <= 0) return null;
  const ratio = numerator / denominator;
  return formula === 'percentage' ? ratio * 100 : ratio;
}
