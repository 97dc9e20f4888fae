/**
 * The validator's reports, byte for byte, for every case of the corpus and of the directory
 * test's BAD table: refactors of the messages, payloads and rules must leave what staff read in
 * a terminal, a pull request or a JSON consumer unchanged. Each case records the SHA-256 of its
 * JSON, text (vi, en) and GitHub (vi, en) reports, and the Vietnamese text report itself when it
 * is short enough to review. Update with `npx vitest run test/corpus/reports.test.ts -u` only
 * when a report is meant to change.
 */
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { formatGithub } from '../../src/lib/data/report/formatGithub.ts';
import { formatJson } from '../../src/lib/data/report/formatJson.ts';
import { formatText } from '../../src/lib/data/report/formatText.ts';
import { BAD } from '../../src/lib/data/validateDirectory.cases.ts';
import { validateDirectory } from '../../src/lib/data/validateDirectory.ts';
import { DATASET_NAMES } from '../../src/lib/schemas/datasets.ts';
import { fixtureDir, type Edit } from '../helpers/fixtureDir.ts';
import type { CorpusCase } from './corpusCase.ts';

interface Run {
  name: string;
  edits: Record<string, Edit>;
  setup?: (dir: string) => Promise<void>;
}

const groupsDir = join(import.meta.dirname, 'groups');
const runs: [string, Run[]][] = [
  ['bad-table', BAD.map((c) => ({ name: c.rule, edits: { [c.file]: c.edit } }))],
];
for (const file of readdirSync(groupsDir)
  .filter((f) => f.endsWith('.ts'))
  .sort()) {
  const { cases } = (await import(join(groupsDir, file))) as { cases: CorpusCase[] };
  // Cases on the published data/ would churn with every data edit: the fixture's are stable.
  const own = cases.flatMap((c) =>
    c.kind === 'validate' && !c.realData
      ? [{ name: c.name, edits: c.edits ?? {}, setup: c.setup }]
      : [],
  );
  if (own.length > 0) runs.push([file.replace(/\.ts$/, ''), own]);
}

const sha = (text: string) => createHash('sha256').update(text).digest('hex');
/** Short reports are kept whole so a reviewer can read them. */
const SHOWN_LINES = 40;

async function reportsOf(run: Run) {
  const dir = await fixtureDir(run.edits);
  try {
    await run.setup?.(dir);
    const { report } = await validateDirectory(dir, { displayDir: 'data' });
    // A temporary folder's name never belongs in a snapshot (an I/O message may quote it).
    const stable = (text: string) => text.replaceAll(dir, '<dir>');
    const n = DATASET_NAMES.length;
    const text = stable(formatText(report, 'vi', n));
    const formats = {
      json: stable(formatJson(report)),
      text_vi: text,
      text_en: stable(formatText(report, 'en', n)),
      github_vi: stable(formatGithub(report, 'vi', n)),
      github_en: stable(formatGithub(report, 'en', n)),
    };
    const lines = text.split('\n');
    return {
      sha256: Object.fromEntries(Object.entries(formats).map(([k, v]) => [k, sha(v)])),
      ...(lines.length <= SHOWN_LINES && { text_vi: lines }),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

for (const [group, list] of runs) {
  it(`reports of ${group} are unchanged`, async () => {
    const out: Record<string, unknown> = {};
    for (const run of list) {
      if (run.name in out) throw new Error(`two cases named ${run.name} in ${group}`);
      out[run.name] = await reportsOf(run);
    }
    await expect(`${JSON.stringify(out, null, 2)}\n`).toMatchFileSnapshot(
      `__snapshots__/reports/${group}.json`,
    );
  });
}
