import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isInsideDataFolder, writeSynthetic } from './generate-synthetic.ts';

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

describe('data:synthetic', () => {
  it('never writes into the published data folder', async () => {
    expect(isInsideDataFolder('/repo/data', '/repo')).toBe(true);
    expect(isInsideDataFolder('/repo/data/sub', '/repo')).toBe(true);
    expect(isInsideDataFolder('/repo/data-synthetic', '/repo')).toBe(false);
    expect(isInsideDataFolder('/tmp/x', '/repo')).toBe(false);
    await expect(writeSynthetic(join(process.cwd(), 'data'), { provinces: 1 })).rejects.toThrow(
      /never be written into data/,
    );
  });

  it('writes the files, and refuses to overwrite a folder of real data', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'gn-synthetic-cli-'));
    dirs.push(dir);
    const result = await writeSynthetic(dir, { provinces: 2, seed: 4 });
    expect(result.provinces).toBe(2);
    expect(await readFile(join(dir, 'README.md'), 'utf8')).toContain('NOT REAL');
    // Again over its own output: allowed, same bytes.
    const before = await readFile(join(dir, 'poverty.csv'), 'utf8');
    await writeSynthetic(dir, { provinces: 2, seed: 4 });
    expect(await readFile(join(dir, 'poverty.csv'), 'utf8')).toBe(before);

    const real = await mkdtemp(join(tmpdir(), 'gn-synthetic-cli-'));
    dirs.push(real);
    await writeFile(join(real, 'sources.csv'), 'id,title\nreal-source,A real document\n');
    await expect(writeSynthetic(real, { provinces: 1 })).rejects.toThrow(/not synthetic/);
  });
});
