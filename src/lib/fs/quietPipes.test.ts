import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

/**
 * Runs a child that prints 20,000 lines to a pipe the parent has already closed, then writes a
 * file: the file shows whether the child got that far.
 */
async function runWithClosedStdout(ignore: boolean) {
  const dir = await mkdtemp(join(tmpdir(), 'gn-pipe-'));
  dirs.push(dir);
  const done = join(dir, 'done.txt');
  const script = `
    import { writeFileSync } from 'node:fs';
    ${ignore ? `import { ignoreClosedPipes } from ${JSON.stringify(join(import.meta.dirname, 'quietPipes.ts'))}; ignoreClosedPipes();` : ''}
    for (let i = 0; i < 20000; i++) process.stdout.write('line ' + i + '\\n');
    await new Promise((r) => setTimeout(r, 50));
    writeFileSync(${JSON.stringify(done)}, 'finished');
  `;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.destroy(); // like `| head -0`: the reading end is gone
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const written = await readFile(done, 'utf8').catch(() => null);
  return { code, written, stderr };
}

describe('ignoreClosedPipes', () => {
  it('without it, a closed pipe kills the program before it finishes (the bug)', async () => {
    const { code, written } = await runWithClosedStdout(false);
    expect(code).not.toBe(0);
    expect(written).toBeNull();
  });

  it('with it, the program finishes its work and exits 0', async () => {
    const { code, written, stderr } = await runWithClosedStdout(true);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(written).toBe('finished');
  });
});
