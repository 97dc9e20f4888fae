/**
 * The lockfile pins every package to the npm registry with a sha512 integrity hash, so `npm ci`
 * installs exactly what was reviewed and refuses anything tampered with. (Advisory checks —
 * `npm audit --omit=dev --audit-level=high` — run in the GitHub workflow, where the advisory
 * service is reachable; this sandbox cannot reach it.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

interface LockPackage {
  resolved?: string;
  integrity?: string;
  link?: boolean;
  dev?: boolean;
}

const lock = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', 'package-lock.json'), 'utf8'),
) as {
  lockfileVersion: number;
  packages: Record<string, LockPackage>;
};
const manifest = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', 'package.json'), 'utf8'),
) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

describe('package-lock.json', () => {
  const installed = Object.entries(lock.packages).filter(([path, p]) => path !== '' && !p.link);

  it('is a version 3 lockfile covering every declared dependency', () => {
    expect(lock.lockfileVersion).toBe(3);
    for (const name of [
      ...Object.keys(manifest.dependencies),
      ...Object.keys(manifest.devDependencies),
    ]) {
      expect(lock.packages[`node_modules/${name}`], name).toBeDefined();
    }
  });

  it('resolves every package from the npm registry with a sha512 integrity hash', () => {
    // npm 11 omits `resolved` for the default registry; when present it must be the registry.
    const bad = installed.filter(
      ([, p]) =>
        (p.resolved !== undefined && !p.resolved.startsWith('https://registry.npmjs.org/')) ||
        !p.integrity?.startsWith('sha512-'),
    );
    expect(bad.map(([path]) => path)).toEqual([]);
  });
});
