/** The years the coverage grid spans: the baseline review and the programme's five years. */
import { PROGRAMME } from '../programme.ts';

export function coverageYears(): number[] {
  return Array.from(
    { length: PROGRAMME.lastYear - PROGRAMME.baselineYear + 1 },
    (_, i) => PROGRAMME.baselineYear + i,
  );
}
