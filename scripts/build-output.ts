/**
 * Where a build writes before its output folder is replaced, and how that replacement survives
 * being killed at any moment.
 *
 * Everything a build writes besides the output lives in one hidden folder beside it
 * (`dist/` → `.dist.building/`): same filesystem, so the swap is two atomic renames; one name
 * that .gitignore, .prettierignore and eslint's ignores cover, so a killed build never shows up
 * in `git status`, lint or format checks. Inside it:
 *
 *   lock      the pids of the build and of Astro, so two builds never share the folder
 *   next/     the new site while it is being built
 *   previous/ the last good site, only between the two renames of the swap
 *
 * A kill leaves one of a few states, and `recover` brings each back to "the last good site in
 * the output folder, nothing else": output missing but previous/ present (killed between the
 * renames) → previous/ goes back; both present (killed after the swap) → previous/ is dropped;
 * next/ present → dropped. Folders left by the older layout (`.dist-building-XXXXXX` and its
 * `-previous`) are recovered the same way.
 */
import { existsSync, readFileSync } from 'node:fs';
import { chmod, mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

export interface OutputPaths {
  out: string;
  work: string;
  lock: string;
  staging: string;
  previous: string;
}

export function outputPaths(outDir: string): OutputPaths {
  const out = resolve(outDir);
  const work = join(dirname(out), `.${basename(out)}.building`);
  return {
    out,
    work,
    lock: join(work, 'lock'),
    staging: join(work, 'next'),
    previous: join(work, 'previous'),
  };
}

export class BuildBusyError extends Error {}

/** Whether a process runs; a zombie (killed, not yet reaped by init) counts as gone. */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // alive, owned by someone else
  }
  const stat = readProcStat(pid);
  return !stat || !/^\d+ \(.*\) [ZX]/s.test(stat);
}

function readProcStat(pid: number): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined; // not Linux, or gone meanwhile
  }
}

/** The pids a lock file names; an unreadable or empty lock (killed while writing it) names none. */
export async function lockHolders(lock: string): Promise<number[]> {
  const text = await readFile(lock, 'utf8').catch(() => '');
  return text
    .split(/\s+/)
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0);
}

/**
 * Takes the work folder for this process. A lock whose processes are all gone was left by a
 * killed build and is taken over; one with a live process means a build is running.
 */
export async function acquire(paths: OutputPaths): Promise<void> {
  await mkdir(paths.work, { recursive: true });
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await writeFile(paths.lock, `${process.pid}\n`, { flag: 'wx' });
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const running = (await lockHolders(paths.lock)).filter(alive);
    if (running.length)
      throw new BuildBusyError(
        `another build into ${paths.out} is running (pid ${running.join(', ')}); if none is, remove ${paths.work}`,
      );
    // Renamed away rather than deleted: of two builds taking over at once, only one succeeds.
    const stale = `${paths.lock}.stale-${process.pid}`;
    await rename(paths.lock, stale).catch(() => undefined);
    await rm(stale, { force: true });
  }
  throw new BuildBusyError(`could not take ${paths.lock}`);
}

/** Adds a child's pid to the lock, so a build killed while its child runs on stays locked. */
export async function addToLock(paths: OutputPaths, pid: number): Promise<void> {
  await writeFile(paths.lock, `${pid}\n`, { flag: 'a' });
}

/**
 * Brings the output folder back to the last good site after an interrupted build. Returns what
 * it did, in words, so the build can say so.
 */
export async function recover(paths: OutputPaths): Promise<string[]> {
  const done: string[] = [];
  const restore = async (previous: string) => {
    if (!existsSync(previous)) return;
    if (existsSync(paths.out)) {
      await rm(previous, { recursive: true, force: true });
      done.push(`removed ${previous}, left by a build interrupted after its swap`);
    } else {
      await rename(previous, paths.out);
      done.push(`restored ${paths.out} from ${previous}, left by a build interrupted mid-swap`);
    }
  };
  await restore(paths.previous);
  if (existsSync(paths.staging)) {
    await rm(paths.staging, { recursive: true, force: true });
    done.push(`removed ${paths.staging}, left by an interrupted build`);
  }
  // The older layout: mkdtemp folders `.dist-building-XXXXXX` (and `…-previous`) beside dist/.
  const legacy = new RegExp(`^\\.${escape(basename(paths.out))}-building-[A-Za-z0-9]{6}$`);
  const siblings = await readdir(dirname(paths.out)).catch(() => [] as string[]);
  for (const name of siblings.filter((n) => legacy.test(n.replace(/-previous$/, '')))) {
    const full = join(dirname(paths.out), name);
    if (name.endsWith('-previous')) await restore(full);
    else {
      await rm(full, { recursive: true, force: true });
      done.push(`removed ${full}, left by an interrupted build`);
    }
  }
  return done;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A fresh, empty staging folder that anyone may read. */
export async function createStaging(paths: OutputPaths): Promise<void> {
  await rm(paths.staging, { recursive: true, force: true });
  await mkdir(paths.staging, { recursive: true });
  await chmod(paths.staging, 0o755);
}

/**
 * Directories 0755 and files 0644 throughout, whatever the umask or the tools chose, so a web
 * server running as another user can read the site.
 */
export async function makeReadable(dir: string): Promise<void> {
  await chmod(dir, 0o755);
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isSymbolicLink()) continue; // chmod would follow it out of the site
    const full = join(entry.parentPath, entry.name);
    if (entry.isDirectory()) await chmod(full, 0o755);
    else if (entry.isFile()) await chmod(full, 0o644);
  }
}

// The swap, one step per function, so a test can stop after any of them as a kill would.

/** Step 1: the current site moves aside (when there is one). */
export async function moveAside(paths: OutputPaths): Promise<void> {
  if (existsSync(paths.out)) await rename(paths.out, paths.previous);
}

/** Step 2: the new site takes its place. */
export async function moveIn(paths: OutputPaths): Promise<void> {
  await rename(paths.staging, paths.out);
}

/** Step 3: the old site is no longer needed. */
export async function dropPrevious(paths: OutputPaths): Promise<void> {
  await rm(paths.previous, { recursive: true, force: true });
}

export const SWAP_STEPS = [moveAside, moveIn, dropPrevious] as const;

export async function swapIn(paths: OutputPaths): Promise<void> {
  await makeReadable(paths.staging);
  for (const step of SWAP_STEPS) await step(paths);
}

/**
 * Ends a build, whether it passed or not: whatever a failed step left is recovered as after a
 * kill (so a swap that failed halfway puts the last good site back), then the lock and the work
 * folder go. Only the lock holder calls it.
 */
export async function release(paths: OutputPaths): Promise<void> {
  await recover(paths);
  await rm(paths.lock, { force: true });
  await rm(paths.work, { recursive: true, force: true });
}
