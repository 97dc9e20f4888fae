/**
 * Lints the GitHub Actions workflows with action-validator (the published workflow JSON schema),
 * then checks, on the parsed YAML, what this project relies on: every action pinned to a full
 * commit SHA with its version; full history wherever the site is built; one pull request check,
 * under a stable name, that starts for every pull request (so it can be required on main without
 * blocking pull requests that touch no data) and validates, builds and tests; the advisory audit
 * reported in its own job, gating neither that check nor the deployment; and the permissions
 * GitHub Pages needs.
 *
 * `yaml` is read from node_modules, where @astrojs/check brings it (not a direct dependency).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateWorkflow, type ValidationError } from '@action-validator/core';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = join(import.meta.dirname, '..');
const DIR = join(ROOT, '.github', 'workflows');
const files = readdirSync(DIR).filter((f) => /\.ya?ml$/.test(f));
const read = (file: string) => readFileSync(join(DIR, file), 'utf8');

interface Step {
  name?: string;
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
  if?: string;
  'continue-on-error'?: unknown;
}
interface Job {
  name?: string;
  needs?: string | string[];
  if?: string;
  permissions?: Record<string, string>;
  strategy?: unknown;
  'continue-on-error'?: unknown;
  steps: Step[];
}
interface Workflow {
  name: string;
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
}
const workflow = (file: string) => parse(read(file)) as Workflow;
const steps = (wf: Workflow) => Object.values(wf.jobs).flatMap((job) => job.steps);
const runs = (job: Job) => job.steps.map((s) => s.run ?? '').join('\n');
const needsOf = (job: Job) => [job.needs ?? []].flat();
/** The jobs a job waits for, directly or not. */
function upstream(wf: Workflow, name: string, seen = new Set<string>()): Set<string> {
  for (const need of needsOf(wf.jobs[name]!)) {
    if (!seen.has(need)) upstream(wf, need, seen.add(need));
  }
  return seen;
}
const AUDIT = /\bnpm audit\b/;

/** The validator nests "one of" failures; flatten them into readable lines. */
function messages(errors: ValidationError[]): string[] {
  return errors.flatMap((e) => [
    `${'path' in e ? e.path : ''} ${e.title}${e.detail ? `: ${e.detail}` : ''}`,
    ...('states' in e && e.states ? e.states.flatMap((s) => messages(s.errors)) : []),
  ]);
}

describe('workflow files', () => {
  it('exist: the pull request check and the deployment', () => {
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
    const text = read(file);
    const uses = steps(workflow(file)).flatMap((s) => (s.uses ? [s.uses] : []));
    expect(uses.length).toBeGreaterThan(0);
    for (const use of uses) {
      expect(use, use).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
      // The version is the comment on the same line, which the parser drops.
      expect(text, use).toMatch(new RegExp(`uses: ${use} # v\\d+(\\.\\d+)*\\n`));
    }
    // Every `uses:` line of the text is a step the parser saw (none hidden in a block string).
    expect(text.match(/^\s*(-\s*)?uses:/gm)?.length).toBe(uses.length);
  });

  it.each(files)('%s checks out the full history wherever the site is built', (file) => {
    const jobs = Object.values(workflow(file).jobs).filter((job) =>
      /npm (run build|test)\b/.test(runs(job)),
    );
    expect(jobs.length).toBeGreaterThan(0);
    for (const job of jobs) {
      const checkouts = job.steps.filter((s) => s.uses?.startsWith('actions/checkout@'));
      expect(checkouts.length, job.name).toBe(1);
      expect(checkouts[0]!.with?.['fetch-depth'], job.name).toBe(0);
    }
  });

  it.each(files)('%s never leaves the token in the checkout', (file) => {
    for (const step of steps(workflow(file)).filter((s) => s.uses?.startsWith('actions/checkout@')))
      expect(step.with?.['persist-credentials']).toBe(false);
  });
});

describe('the pull request check', () => {
  const wf = workflow('data-pr.yml');
  const check = wf.jobs.check!;

  it('starts for every pull request: no paths, branches or types that would leave one waiting', () => {
    expect(Object.keys(wf.on)).toEqual(['pull_request']);
    expect(wf.on.pull_request ?? {}).toEqual({});
  });

  it('has a stable name to require on main, and that is the name CONTRIBUTING.md gives', () => {
    expect(check.name).toBe('Kiểm tra / Check');
    expect(check.if, 'a skipped required check never reports').toBeUndefined();
    expect(check.strategy, 'a matrix renames the check').toBeUndefined();
    expect(check['continue-on-error']).toBeUndefined();
    const contributing = readFileSync(join(ROOT, 'CONTRIBUTING.md'), 'utf8');
    expect(contributing).toContain(`**${check.name}**`);
    expect(contributing).not.toContain('Kiểm tra dữ liệu / Data check');
  });

  it('validates the data with annotations and a job summary, builds, tests code and site', () => {
    const text = runs(check);
    expect(text).toContain('npm ci');
    expect(text).toContain('--format github');
    expect(text).toContain('scripts/summarise-report.ts');
    expect(text).toContain('>> "$GITHUB_STEP_SUMMARY"');
    expect(text).toMatch(/^npm run build$/m);
    expect(text).toMatch(/^npm test$/m);
    expect(check.steps.some((s) => s.uses?.startsWith('actions/upload-artifact@'))).toBe(true);
    for (const path of ['data', 'scripts/summarise-report.ts', 'scripts/run-checks.ts'])
      expect(existsSync(join(ROOT, path)), path).toBe(true);
    // npm test is the whole suite: types, lint and unit tests among its stages.
    const suite = readFileSync(join(ROOT, 'scripts', 'run-checks.ts'), 'utf8');
    for (const stage of ["'typecheck'", "'lint'", "'unit tests'"]) expect(suite).toContain(stage);
  });

  it('only reads the repository', () => {
    expect(wf.permissions).toEqual({ contents: 'read' });
    for (const job of Object.values(wf.jobs)) expect(job.permissions).toBeUndefined();
  });
});

describe('the deployment', () => {
  const wf = workflow('deploy.yml');
  const usesIn = (job: Job, action: string) =>
    job.steps.filter((s) => s.uses?.startsWith(`actions/${action}@`));
  const jobWith = (action: string) =>
    Object.entries(wf.jobs).find(([, job]) => usesIn(job, action).length > 0);

  it('runs on pushes to main and by hand', () => {
    expect(wf.on.push).toEqual({ branches: ['main'] });
    expect('workflow_dispatch' in wf.on).toBe(true);
  });

  it('builds and tests with the official Pages actions, stopping without a site address', () => {
    const [, build] = jobWith('configure-pages')!;
    const text = runs(build);
    expect(text).toContain('npm ci');
    expect(text).toMatch(/^npm test$/m);
    expect(usesIn(build, 'setup-node')[0]!.with?.['node-version-file']).toBe('.nvmrc');
    const buildStep = build.steps.find((s) => s.run === 'npm run build')!;
    expect(buildStep.env).toMatchObject({
      DEPLOY: '1',
      SITE_URL: '${{ steps.pages.outputs.origin }}',
      BASE_PATH: "${{ steps.pages.outputs.base_path || '/' }}",
    });
    expect(build.steps.indexOf(buildStep)).toBeGreaterThan(
      build.steps.indexOf(usesIn(build, 'configure-pages')[0]!),
    );
    expect(usesIn(build, 'upload-pages-artifact').length).toBe(1);
  });

  it('gives configure-pages read access to Pages and the deploy job what deploy-pages needs', () => {
    const [, build] = jobWith('configure-pages')!;
    expect(build.permissions?.pages ?? wf.permissions?.pages).toMatch(/^(read|write)$/);
    expect(build.permissions?.contents ?? wf.permissions?.contents).toBe('read');
    const [name, deploy] = jobWith('deploy-pages')!;
    expect(deploy.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
    expect(upstream(wf, name).has(jobWith('configure-pages')![0])).toBe(true);
  });
});

describe('the advisory audit', () => {
  it.each(files)('%s runs npm audit of production dependencies in a job of its own', (file) => {
    const wf = workflow(file);
    const audits = Object.entries(wf.jobs).filter(([, job]) => AUDIT.test(runs(job)));
    expect(audits.length).toBe(1);
    const [name, job] = audits[0]!;
    expect(runs(job)).toMatch(/^npm audit --omit=dev --audit-level=high$/m);
    // Nothing waits for it: an outage of the advisory service blocks no check and no publication.
    for (const [other, otherJob] of Object.entries(wf.jobs)) {
      if (other !== name) expect(upstream(wf, other).has(name), other).toBe(false);
      if (other !== name) expect(runs(otherJob)).not.toMatch(AUDIT);
    }
  });

  it('the detector sees an audit gating the deployment', () => {
    const gated = parse(
      read('deploy.yml').replace(/needs: build/, 'needs: [build, audit]'),
    ) as Workflow;
    expect(upstream(gated, 'deploy').has('audit')).toBe(true);
  });
});
