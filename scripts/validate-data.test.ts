/** The validate command as staff and CI run it: formats, languages and exit codes. */
import { spawnSync } from 'node:child_process';
import { rm } from 'node:fs/promises';
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
      'outputs.csv': replaceLine(2, '2020,2020,09,jobs_created,exact,-1,test-report,'),
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

  it('exits 2 for a usage error or a folder that does not exist', () => {
    expect(run(['--format', 'xml']).status).toBe(2);
    expect(run(['/no/such/folder']).status).toBe(2);
  });
});
