/** Boundary files in data/geo/: optional; when present each is parsed and checked. */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { checkBoundaries, type AreaFeature } from '../map/boundaries.ts';
import { makeProblem } from './makeProblem.ts';
import type { Problem } from './problem.ts';

export async function checkGeoFolder(
  dir: string,
  displayDir: string,
  areas: readonly { code: string; level: string }[],
): Promise<{ problems: Problem[]; features: AreaFeature[] }> {
  const geoDir = join(dir, 'geo');
  const files = (await readdir(geoDir).catch(() => [] as string[]))
    .filter((f) => f.endsWith('.geojson'))
    .sort();
  const problems: Problem[] = [];
  const features: AreaFeature[] = [];
  for (const name of files) {
    const shown = join(displayDir, 'geo', name);
    let json: unknown;
    try {
      json = JSON.parse(await readFile(join(geoDir, name), 'utf8'));
    } catch (error) {
      problems.push(makeProblem(shown, { code: 'geo/json', a: (error as Error).message }));
      continue;
    }
    const checked = checkBoundaries(json, shown, areas);
    problems.push(...checked.problems);
    features.push(...checked.features);
  }
  return { problems, features };
}
