/** The years the coverage grid spans: the baseline review and the programme's five years. */
import { REVIEW_YEARS } from '../lib/programme.ts';

export function coverageYears(): number[] {
  return [...REVIEW_YEARS];
}
