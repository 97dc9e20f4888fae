/**
 * Lints the GitHub Actions workflows with action-validator (the published workflow JSON schema),
 * then checks what this project relies on: every action pinned to a full commit SHA with its
 * version, full history for the change record, and the data check wired to the pull request.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateWorkflow, type ValidationError } from '@action-validator/core';
import { describe, expect, it } from 'vitest';

const DIR = join(import.meta.dirname, '..', '.github', 'workflows');
const files = readdirSync(DIR).filter((f) => /\.ya?ml$/.test(f));
const read = (file: string) => readFileSync(join(DIR, file), 'utf8');

/** The validator nests "one of" failures; flatten them into readable lines. */
function messages(errors: ValidationError[]): string[] {
  return errors.flatMap((e) => [
    `${'path' in e ? e.path : ''} ${e.title}${e.detail ? `: ${e.detail}` : ''}`,
    ...('states' in e && e.states ? e.states.flatMap((s) => messages(s.errors)) : []),
  ]);
}

describe('workflow files', () => {
  it('exist: the data check and the deployment', () => {
    expect(files.sort()).toEqual(['data-pr.yml', 'deploy.yml']);
  });

  it.each(files)('%s is a valid workflow', (file) => {
    const result = validateWorkflow(read(file));
    expect(messages(result.errors)).toEqual([]);
  });

  it('the linter does reject a broken workflow', () => {
    const broken = 'on: push\njobs:\n  a:\n    runz-on: ubuntu-latest\n    steps: 3\n';
    expect(validateWorkflow(broken).errors.length).toBeGreaterThan(0);
  });

  it.each(files)('%s pins every action to a full commit SHA with its version', (file) => {
    const uses = [...read(file).matchAll(/^\s*(?:-\s*)?uses:\s*(.+)$/gm)].map((m) => m[1]!.trim());
    expect(uses.length).toBeGreaterThan(0);
    for (const use of uses) {
      expect(use, use).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40} # v\d+(\.\d+)*$/);
    }
  });

  it.each(files)('%s checks out the full history, which the change record needs', (file) => {
    const text = read(file);
    const checkouts = text.match(/uses: actions\/checkout@/g) ?? [];
    const full = text.match(
      /uses: actions\/checkout@.*\n\s+with:\n(?:\s+[\w-]+: .*\n)*?\s+fetch-depth: 0/g,
    );
    expect(checkouts.length).toBeGreaterThan(0);
    expect(full?.length).toBe(checkouts.length);
  });

  it('the data check runs on pull requests touching data/ and reports in the job summary', () => {
    const text = read('data-pr.yml');
    expect(text).toMatch(/on:\n\s+pull_request:\n\s+paths:\n\s+- 'data\/\*\*'/);
    expect(existsSync(join(DIR, '..', '..', 'data'))).toBe(true);
    expect(text).toContain('--format github');
    expect(text).toContain('scripts/summarise-report.ts');
    expect(text).toContain('>> "$GITHUB_STEP_SUMMARY"');
    expect(text).toContain('npm run build');
    expect(text).toContain('npm test');
    expect(text).toMatch(/uses: actions\/upload-artifact@/);
    expect(existsSync(join(DIR, '..', '..', 'scripts', 'summarise-report.ts'))).toBe(true);
  });

  it('the deployment builds, tests and deploys main with the official Pages actions', () => {
    const text = read('deploy.yml');
    expect(text).toMatch(/push:\n\s+branches:\n\s+- main/);
    expect(text).toContain('workflow_dispatch:');
    for (const action of ['configure-pages', 'upload-pages-artifact', 'deploy-pages'])
      expect(text).toMatch(new RegExp(`uses: actions/${action}@`));
    expect(text).toContain('node-version-file: .nvmrc');
    expect(text).toContain('npm ci');
    expect(text).toContain('npm test');
    expect(text).toContain('SITE_URL: ${{ steps.pages.outputs.origin }}');
    expect(text).toMatch(/pages: write\n\s+id-token: write/);
  });
  it('check production dependencies for high or critical advisories (the sandbox cannot reach the service)', () => {
    for (const file of ['data-pr.yml', 'deploy.yml']) {
      expect(read(file), file).toMatch(/run: npm audit --omit=dev --audit-level=high/);
    }
  });
});
