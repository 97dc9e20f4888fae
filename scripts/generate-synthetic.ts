/**
 * npm run data:synthetic -- --out <dir> [--provinces 63] [--seed N]
 * Writes a deterministic synthetic dataset of the data contract (see src/lib/synthetic/) into
 * <dir>, for tests and benchmarks only. It refuses to write into the project's data/ folder or
 * over a folder that holds data other than synthetic data.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import {
  DEFAULT_PROVINCES,
  generateSynthetic,
  MAX_PROVINCES,
} from '../src/lib/synthetic/generate.ts';

const USAGE = `usage: npm run data:synthetic -- --out <dir> [--provinces 1-${MAX_PROVINCES}, default ${DEFAULT_PROVINCES}] [--seed N, default 1]\n`;

/** True when `dir` is the project's data/ folder or inside it. */
export function isInsideDataFolder(dir: string, root = process.cwd()): boolean {
  const rel = relative(resolve(root, 'data'), resolve(dir));
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

export async function writeSynthetic(
  out: string,
  options: { provinces?: number; seed?: number },
): Promise<{ provinces: number; districts: number; rows: number }> {
  if (isInsideDataFolder(out)) {
    throw new Error('synthetic data must never be written into data/; choose another folder');
  }
  const existing = await readFile(join(out, 'sources.csv'), 'utf8').catch(() => undefined);
  if (existing !== undefined && !/^synthetic-/m.test(existing.split('\n')[1] ?? '')) {
    throw new Error(`${out}/sources.csv holds data that is not synthetic; not overwriting it`);
  }
  const data = generateSynthetic(options);
  await mkdir(out, { recursive: true });
  for (const [file, text] of Object.entries(data.files)) await writeFile(join(out, file), text);
  const rows = Object.values(data.tables).reduce((n, t) => n + t.length, 0);
  return { provinces: data.provinces, districts: data.districts, rows };
}

if (import.meta.main) {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        out: { type: 'string' },
        provinces: { type: 'string', default: String(DEFAULT_PROVINCES) },
        seed: { type: 'string', default: '1' },
      },
    }));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
  if (!values.out) {
    process.stderr.write(USAGE);
    process.exit(2);
  }
  try {
    const result = await writeSynthetic(values.out, {
      provinces: Number(values.provinces),
      seed: Number(values.seed),
    });
    process.stdout.write(
      `Synthetic data (not real, never publish): ${result.provinces} provinces, ${result.districts} districts, ${result.rows} rows in ${values.out}/\n`,
    );
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
}
