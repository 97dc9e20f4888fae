/**
 * The site under test: built once into a temporary folder with its address set to the local
 * server (so dist/ and anyone else's preview are left alone), and served from there by Astro's
 * static preview on a free port of 127.0.0.1.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * npm run build's own script, into a fresh temporary folder (OUT_DIR) rather than dist/, with
 * SITE_URL set to the test server so the site's absolute links (canonical, alternates, sitemap)
 * point at what is being tested. Returns the folder.
 */
export function buildSite(origin: string): string {
  const outDir = mkdtempSync(join(tmpdir(), 'gn-site-'));
  process.stdout.write(`\n+ SITE_URL=${origin} OUT_DIR=${outDir} node scripts/build-site.ts\n`);
  const started = performance.now();
  const result = spawnSync(process.execPath, ['scripts/build-site.ts'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      SITE_URL: origin,
      BASE_PATH: '/',
      OUT_DIR: outDir,
      ASTRO_TELEMETRY_DISABLED: '1',
    },
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    process.stdout.write(result.stdout + result.stderr);
    rmSync(outDir, { recursive: true, force: true });
    throw new Error(`build failed (exit ${result.status ?? result.signal})`);
  }
  if (!existsSync(join(outDir, 'index.html'))) {
    process.stdout.write(result.stdout + result.stderr);
    throw new Error(
      `the build wrote no ${outDir}/index.html (does scripts/build-site.ts honour OUT_DIR?)`,
    );
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stdout.write(`  built in ${seconds} s\n`);
  return outDir;
}

/** With --no-build: a copy of dist/ as it is, so a rebuild meanwhile cannot change it mid-run. */
export function snapshotDist(dist = 'dist'): string {
  if (!existsSync(join(dist, 'index.html')))
    throw new Error(`${dist}/ holds no built site: run npm run build`);
  const dir = mkdtempSync(join(tmpdir(), 'gn-site-'));
  cpSync(dist, dir, { recursive: true });
  return dir;
}

export function removeSite(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

export interface Server {
  origin: string;
  stop(): Promise<void>;
}

/**
 * `astro preview` in the foreground (--ignore-lock, so it neither waits for nor replaces a preview
 * someone else is running), stopped by its own PID.
 */
export async function startPreview(port: number, outDir: string): Promise<Server> {
  const origin = `http://127.0.0.1:${port}`;
  const args = [
    'node_modules/astro/bin/astro.mjs',
    'preview',
    '--host',
    '127.0.0.1',
    '--port',
    String(port),
    '--ignore-lock',
    '--outDir',
    outDir,
  ];
  process.stdout.write(`+ node ${args.join(' ')}\n`);
  const child: ChildProcess = spawn(process.execPath, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  let log = '';
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const deadline = Date.now() + 90_000; // Astro starts slowly on a busy machine
  for (;;) {
    if (child.exitCode !== null) throw new Error(`astro preview exited early:\n${log}`);
    try {
      const response = await fetch(`${origin}/`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill();
      throw new Error(`astro preview did not answer on ${origin} within 90 s:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  return {
    origin,
    async stop() {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
        await exited;
        clearTimeout(timer);
      }
    },
  };
}
