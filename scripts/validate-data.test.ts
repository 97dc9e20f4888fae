/** The validate command as staff and CI run it: formats, languages and exit codes. */
import { spawnSync } from 'node:child_process';
import { mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureDir, replaceLine, VALID_FIXTURE } from '../test/helpers/fixtureDir.ts';

const run = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, ['scripts/validate-data.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, GITHUB_ACTIONS: '', ...env },
  });

describe('npm run validate', () => {
  it('exits 0 on valid data and says so in Vietnamese by default', () => {
    const result = run([VALID_FIXTURE]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Dữ liệu hợp lệ');
  });

  it('exits 1 on invalid data, with located errors in each format', async () => {
    const dir = await fixtureDir({
      'outputs.csv': replaceLine(2, '2020,2020,09,jobs_created,exact,-1,test-report,stated,,,'),
    });
    try {
      const text = run([dir, '--lang', 'en']);
      expect(text.status).toBe(1);
      expect(text.stdout).toMatch(/line 2, column value \(6\): \[ERROR\]/);
      expect(text.stdout).toContain('Data is NOT valid: 1 errors');

      const json = run([dir, '--format', 'json']);
      expect(json.status).toBe(1);
      const report = JSON.parse(json.stdout) as {
        valid: boolean;
        errors: { code: string; line: number; column: string }[];
      };
      expect(report.valid).toBe(false);
      expect(report.errors).toMatchObject([{ code: 'cell/range', line: 2, column: 'value' }]);

      const github = run([dir], { GITHUB_ACTIONS: 'true' });
      expect(github.stdout).toMatch(
        /^::error file=.*outputs\.csv,line=2,col=6,title=cell\/range::/m,
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('reports 300,000 bad rows in every format, the rest counted, without crashing', async () => {
    const dir = await fixtureDir({
      'targets.csv': (t) =>
        `${t.split('\n')[0]}\n${'20x0,2020,09,models,exact,5,,test-report,stated,,,\n'.repeat(300_000)}`,
    });
    try {
      const text = run([dir, '--lang', 'en']);
      expect(text.status).toBe(1);
      expect(text.stdout).toMatch(
        /whole file: \[ERROR\] 299,000 more problems with code cell\/type in this file are not listed.*\(report\/omitted\)\n\nData is NOT valid: 300000 errors/,
      );
      expect(run([dir]).stdout).toContain('Còn 299.000 vấn đề khác mã cell/type');

      const json = run([dir, '--format', 'json']);
      expect(json.status).toBe(1);
      const report = JSON.parse(json.stdout) as {
        errors: { code: string; value: string; count?: number }[];
      };
      expect(report.errors).toHaveLength(1001);
      expect(report.errors.at(-1)).toMatchObject({
        code: 'report/omitted',
        value: 'cell/type',
        count: 299_000,
      });

      const github = run([dir], { GITHUB_ACTIONS: 'true' });
      expect(github.stdout).toMatch(
        /^::error file=.*targets\.csv,title=report\/omitted::Còn 299\.000/m,
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('names stray files and links, and prints nothing of a file a link points to', async () => {
    const dir = await fixtureDir();
    try {
      await rm(join(dir, 'poverty.csv'));
      await symlink('/etc/passwd', join(dir, 'poverty.csv'));
      await writeFile(join(dir, 'areas (1).csv'), 'code\n');
      await mkdir(join(dir, 'targets.csv.d'));
      const result = run([dir, '--lang', 'en', '--format', 'json']);
      expect(result.status).toBe(1);
      const report = JSON.parse(result.stdout) as { errors: { code: string; value: string }[] };
      expect(report.errors.map((p) => [p.code, p.value])).toEqual([
        ['file/near-name', 'areas (1).csv'],
        ['file/symlink', 'poverty.csv'],
        ['file/unexpected-folder', 'targets.csv.d'],
      ]);
      expect(result.stdout).not.toMatch(/root:|nologin/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('exits 2 for a usage error or a folder that does not exist', () => {
    expect(run(['--format', 'xml']).status).toBe(2);
    expect(run(['/no/such/folder']).status).toBe(2);
  });
});
