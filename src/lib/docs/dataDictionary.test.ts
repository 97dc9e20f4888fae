import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { columnsOf, DATASETS } from '../schemas/datasets.ts';
import { spliceDictionary } from './dataDictionary.ts';

const README = join(import.meta.dirname, '..', '..', '..', 'data', 'README.md');

describe('data/README.md', () => {
  it('is current with the schemas (run npm run data:docs after changing a schema)', async () => {
    const readme = await readFile(README, 'utf8');
    expect(spliceDictionary(readme)).toBe(readme);
  });

  it('lists exactly the columns of every dataset, in order', async () => {
    const readme = await readFile(README, 'utf8');
    for (const dataset of Object.values(DATASETS)) {
      const section = readme.split(`### \`${dataset.file}\``)[1]?.split('\n### ')[0] ?? '';
      const listed = [...section.matchAll(/^\| `([a-z_]+)` \|/gm)].map((m) => m[1]);
      expect(listed, dataset.file).toEqual(columnsOf(dataset).map((c) => c.name));
    }
  });
});
