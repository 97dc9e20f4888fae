/**
 * The published data package as the Frictionless JavaScript library (`datapackage`, not our code)
 * reads it: the descriptor must pass the profile, every resource must be read and cast by its
 * Table Schema with the rows of the file, and every foreign key must resolve. Returns one
 * message per failure; empty when the library accepts everything.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
// @ts-expect-error -- the package ships no type declarations
import { Package } from 'datapackage';
import { parse } from 'csv-parse/sync';

interface FrictionlessResource {
  name: string;
  descriptor: { path: string };
  read(options: { keyed: boolean; cast: boolean }): Promise<Record<string, unknown>[]>;
  checkRelations(): Promise<boolean>;
}

export async function frictionlessFailures(siteDir: string): Promise<string[]> {
  const failures: string[] = [];
  const pkg = await Package.load(join(siteDir, 'datapackage.json'), { basePath: siteDir });
  if (!pkg.valid) {
    for (const error of pkg.errors as Error[]) failures.push(`descriptor: ${error.message}`);
    return failures;
  }
  for (const resource of pkg.resources as FrictionlessResource[]) {
    try {
      const rows = await resource.read({ keyed: true, cast: true });
      // The library must see exactly the rows of the file (a strict reader counts them).
      const file = await readFile(join(siteDir, resource.descriptor.path));
      const expected = (parse(file, { bom: true }) as string[][]).length - 1;
      if (rows.length !== expected) {
        failures.push(`${resource.name}: read ${rows.length} rows, the file has ${expected}`);
      }
      await resource.checkRelations();
    } catch (error) {
      const details = (error as { errors?: Error[] }).errors?.map((e) => e.message) ?? [];
      failures.push(`${resource.name}: ${(error as Error).message} ${details.join('; ')}`.trim());
    }
  }
  return failures;
}
