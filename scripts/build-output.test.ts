import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  BuildBusyError,
  SWAP_STEPS,
  acquire,
  addToLock,
  createStaging,
  makeReadable,
  outputPaths,
  recover,
  release,
  swapIn,
  type OutputPaths,
} from './build-output.ts';

let parent: string;
let paths: OutputPaths;

beforeEach(async () => {
  parent = await mkdtemp(join(tmpdir(), 'gn-build-output-'));
  paths = outputPaths(join(parent, 'dist'));
});
afterEach(async () => {
  await rm(parent, { recursive: true, force: true });
});

async function site(dir: string, marker: string): Promise<void> {
  await mkdir(join(dir, 'en'), { recursive: true });
  await writeFile(join(dir, 'index.html'), marker);
  await writeFile(join(dir, 'en', 'index.html'), marker);
}
const markerOf = (dir: string) => readFile(join(dir, 'index.html'), 'utf8');
/** What is left beside the output once a build is over: nothing but the output itself. */
const beside = async () => (await readdir(parent)).sort();

/** A pid that has certainly exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', '0']);
  return child.pid;
}

describe('outputPaths', () => {
  it('keeps everything in one hidden folder beside the output, on its filesystem', () => {
    expect(paths.work).toBe(join(parent, '.dist.building'));
    for (const p of [paths.lock, paths.staging, paths.previous])
      expect(p.startsWith(`${paths.work}/`)).toBe(true);
  });
});

describe('a build killed at each step of the swap is recovered by the next one', () => {
  // After k steps of the swap a kill leaves this state; the next build's recover() must end
  // with exactly one site in dist/ (the old one before the new one is in, the new one after)
  // and nothing beside it but the (released) work folder.
  for (let k = 0; k <= SWAP_STEPS.length; k++) {
    it(`killed after ${k} of ${SWAP_STEPS.length} steps`, async () => {
      await site(paths.out, 'old');
      await acquire(paths);
      await createStaging(paths);
      await site(paths.staging, 'new');
      for (const step of SWAP_STEPS.slice(0, k)) await step(paths);
      // The kill: the lock names a process that is gone.
      await writeFile(paths.lock, `${deadPid()}\n`);

      await acquire(paths); // the next build takes the stale lock over
      await recover(paths);
      expect(await markerOf(paths.out)).toBe(k >= 2 ? 'new' : 'old');
      expect(await markerOf(join(paths.out, 'en'))).toBe(k >= 2 ? 'new' : 'old');
      expect(existsSync(paths.previous)).toBe(false);
      expect(existsSync(paths.staging)).toBe(false);
      await release(paths);
      expect(await beside()).toEqual(['dist']);
    });
  }

  it('a first build killed between its renames (no site before) leaves no site and no trace', async () => {
    await acquire(paths);
    await createStaging(paths);
    await site(paths.staging, 'new');
    await SWAP_STEPS[0](paths);
    await writeFile(paths.lock, `${deadPid()}\n`);
    await acquire(paths);
    await recover(paths);
    await release(paths);
    expect(await beside()).toEqual([]);
  });

  it('a kill between the renames: the site comes back from previous/', async () => {
    await mkdir(paths.work, { recursive: true });
    await site(paths.previous, 'old');
    const done = await recover(paths);
    expect(await markerOf(paths.out)).toBe('old');
    expect(done.join('\n')).toMatch(/restored .*dist/);
  });

  it('the older layout (.dist-building-XXXXXX and its -previous) is recovered too', async () => {
    await site(join(parent, '.dist-building-AbC123-previous'), 'old');
    await site(join(parent, '.dist-building-AbC123'), 'half');
    await site(join(parent, '.dist-building-XyZ789'), 'half');
    await mkdir(join(parent, 'unrelated'));
    await recover(paths);
    expect(await markerOf(paths.out)).toBe('old');
    expect(await beside()).toEqual(['dist', 'unrelated']);
  });

  it('an older -previous is dropped when the output is there', async () => {
    await site(paths.out, 'new');
    await site(join(parent, '.dist-building-AbC123-previous'), 'old');
    await recover(paths);
    expect(await markerOf(paths.out)).toBe('new');
    expect(await beside()).toEqual(['dist']);
  });
});

describe('swapIn and release', () => {
  it('replaces the site and leaves nothing beside it', async () => {
    await site(paths.out, 'old');
    await acquire(paths);
    await createStaging(paths);
    await site(paths.staging, 'new');
    await swapIn(paths);
    await release(paths);
    expect(await markerOf(paths.out)).toBe('new');
    expect(await beside()).toEqual(['dist']);
  });

  it('a swap that fails halfway puts the last good site back on release', async () => {
    await site(paths.out, 'old');
    await acquire(paths);
    // No staging folder: moveIn fails after moveAside has run.
    await expect(swapIn(paths)).rejects.toThrow();
    await release(paths);
    expect(await markerOf(paths.out)).toBe('old');
    expect(await beside()).toEqual(['dist']);
  });
});

describe('modes', () => {
  it('the site is readable by anyone: directories 0755, files 0644', async () => {
    await acquire(paths);
    await createStaging(paths);
    await site(paths.staging, 'new');
    await chmod(join(paths.staging, 'en'), 0o700);
    await chmod(join(paths.staging, 'en', 'index.html'), 0o600);
    await chmod(join(paths.staging, 'index.html'), 0o755);
    await swapIn(paths);
    const mode = async (p: string) => ((await stat(p)).mode & 0o777).toString(8);
    expect(await mode(paths.out)).toBe('755');
    expect(await mode(join(paths.out, 'en'))).toBe('755');
    expect(await mode(join(paths.out, 'en', 'index.html'))).toBe('644');
    expect(await mode(join(paths.out, 'index.html'))).toBe('644');
  });

  it('makeReadable does fix a private tree (the check can fail)', async () => {
    const dir = join(parent, 'private');
    await site(dir, 'x');
    await chmod(dir, 0o700);
    expect((await stat(dir)).mode & 0o777).toBe(0o700);
    await makeReadable(dir);
    expect((await stat(dir)).mode & 0o777).toBe(0o755);
  });
});

describe('the lock', () => {
  it('refuses a second build while the first is alive', async () => {
    await acquire(paths);
    await expect(acquire(paths)).rejects.toBeInstanceOf(BuildBusyError);
  });

  it('stays held while a child named in it is alive, even when the build itself is gone', async () => {
    await mkdir(paths.work, { recursive: true });
    await writeFile(paths.lock, `${deadPid()}\n`);
    await addToLock(paths, process.pid); // stands for Astro, still running
    await expect(acquire(paths)).rejects.toThrow(/another build .* is running/);
  });

  it('an empty lock (killed while writing it) is taken over', async () => {
    await mkdir(paths.work, { recursive: true });
    await writeFile(paths.lock, '');
    await acquire(paths);
    expect((await readFile(paths.lock, 'utf8')).trim()).toBe(String(process.pid));
  });
});
