/** npm run data:docs — rewrites the generated column tables in data/README.md from the schemas. */
import { readFile, writeFile } from 'node:fs/promises';
import { spliceDictionary } from '../src/lib/docs/dataDictionary.ts';

const path = 'data/README.md';
const before = await readFile(path, 'utf8');
const after = spliceDictionary(before);
await writeFile(path, after);
process.stdout.write(before === after ? `${path} already current\n` : `${path} updated\n`);
