/**
 * Real builds killed with SIGKILL (the whole process group, as a closed terminal or a cancelled
 * CI job does) at several moments, into a `dist/` inside a scratch git repository that carries the
 * project's .gitignore. What a kill may leave behind must be invisible to git, Prettier and ESLint
 * (checked as if it lay beside the repository's own dist/), and the next build — even one that
 * stops on invalid data — must put the last good site back and remove it.
 *
 * The moment of each kill depends on the machine's speed; the checks do not: whatever moment a
 * kill hits, the same things must hold. Each line says which moment was reached.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { ESLint } from 'eslint';
import * as prettier from 'prettier';
import { alive, lockHolders, outputPaths, type OutputPaths } from '../../scripts/build-output.ts';

const ROOT = join(import.meta.dirname, '..', '..');

/** The moments a build is killed at, in the order a build reaches them. */
export const MOMENTS: { name: string; reached: (p: OutputPaths) => Promise<boolean> }[] = [
  { name: 'right after taking the lock', reached: async (p) => existsSync(p.lock) },
  {
    name: 'while Astro writes the site',
    reached: async (p) => (await readdir(p.staging).catch(() => [])).length > 0,
  },
  {
    name: 'while the search index is written',
    reached: async (p) => existsSync(join(p.staging, 'pagefind')),
  },
];

/** A scratch git repository with the project's ignore rules, for `git status`. */
export function scratchRepo(dir: string): void {
  spawnSync('git', ['init', '-q', dir]);
}

export async function addIgnoreRules(dir: string): Promise<void> {
  await copyFile(join(ROOT, '.gitignore'), join(dir, '.gitignore'));
  spawnSync('git', ['-C', dir, 'add', '.gitignore']);
}

/** `git status --porcelain` of the scratch repository, leaving out its own .gitignore. */
export function gitStatus(dir: string): string[] {
  const out = spawnSync('git', ['-C', dir, 'status', '--porcelain', '--untracked-files=all'], {
    encoding: 'utf8',
  });
  return out.stdout.split('\n').filter((l) => l && !l.endsWith(' .gitignore'));
}

/**
 * Starts `node scripts/build-site.ts` into outDir, kills its process group once the moment is
 * reached (or not at all if the build ends first) and waits for it to be gone. Returns what
 * happened, in words.
 */
export async function killAt(
  moment: (typeof MOMENTS)[number],
  outDir: string,
  dataDir: string,
): Promise<string> {
  const paths = outputPaths(outDir);
  const child = spawn(process.execPath, ['scripts/build-site.ts'], {
    cwd: ROOT,
    detached: true, // its own process group, so Astro and Pagefind die with it
    stdio: 'ignore',
    env: { ...process.env, OUT_DIR: outDir, DATA_DIR: dataDir, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let ended = false;
  void exited.then(() => (ended = true));
  while (!ended && !(await moment.reached(paths))) await new Promise((r) => setTimeout(r, 20));
  if (ended) return `the build ended before "${moment.name}"`;
  const holders = await lockHolders(paths.lock);
  process.kill(-child.pid!, 'SIGKILL');
  await exited;
  // A killed process dies when the kernel next runs it: wait for Astro too, as a person would.
  while (holders.some(alive)) await new Promise((r) => setTimeout(r, 20));
  return `killed ${moment.name}`;
}

/** Every file under dir outside its dist/, relative to dir. */
export async function leftovers(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => !e.isDirectory())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .filter((f) => !f.startsWith('dist/') && !f.startsWith('.git/') && f !== '.gitignore');
}

/**
 * Of files that would sit beside the repository's own dist/ (paths relative to its root), those
 * that git, Prettier or ESLint would still look at.
 */
export async function notIgnored(files: string[]): Promise<string[]> {
  const eslint = new ESLint({ cwd: ROOT });
  const seen: string[] = [];
  for (const file of files) {
    const full = join(ROOT, file);
    const git = spawnSync('git', ['-C', ROOT, 'check-ignore', '-q', '--no-index', file]).status;
    const pretty = await prettier.getFileInfo(full, {
      ignorePath: [join(ROOT, '.gitignore'), join(ROOT, '.prettierignore')],
    });
    const by = [
      git === 0 ? '' : 'git',
      pretty.ignored ? '' : 'prettier',
      (await eslint.isPathIgnored(full)) ? '' : 'eslint',
    ].filter(Boolean);
    if (by.length) seen.push(`${file} (${by.join(', ')})`);
  }
  return seen;
}
