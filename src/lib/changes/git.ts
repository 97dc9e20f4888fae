/**
 * Reads the history of the data files from git: every commit that touched a dataset file, its
 * message (the public reason for the change) and the file's text before and after. Two git
 * processes in all — one `git log`, one `git cat-file --batch` for every version — so the cost
 * does not grow with a process per commit.
 *
 * Never throws: without git, outside a repository, or in a shallow clone (where the oldest
 * commits' parents are missing and every diff would be wrong) it says why and returns nothing.
 */
import { spawnSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { posix, relative, resolve, sep } from 'node:path';

export type FileStatus = 'added' | 'modified' | 'deleted';

export interface CommitFile {
  /** File name inside the data folder, e.g. `poverty.csv`. */
  file: string;
  /** Path from the repository root, e.g. `data/poverty.csv`, for links to the repository. */
  path: string;
  status: FileStatus;
  before: string | null;
  after: string | null;
  /** The file's bytes after the change, exactly as committed, for the history downloads. */
  afterBytes: Uint8Array<ArrayBuffer> | null;
}

export interface DataCommit {
  hash: string;
  /** Committer date, ISO 8601 with offset. */
  date: string;
  subject: string;
  body: string;
  files: CommitFile[];
}

export type HistoryUnavailable = 'no-git' | 'shallow' | 'outside-repository' | 'git-failed';

export type GitHistory =
  { available: true; commits: DataCommit[] } | { available: false; reason: HistoryUnavailable };

const RECORD = '\x1e';
const FIELD = '\x1f';

function git(cwd: string, args: string[], input?: string) {
  return spawnSync('git', ['-c', 'core.quotepath=off', ...args], {
    cwd,
    input,
    maxBuffer: 1 << 30,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
}

function gitText(cwd: string, args: string[]): string | undefined {
  const result = git(cwd, args);
  return result.status === 0 ? result.stdout.toString('utf8').trim() : undefined;
}

const STATUS: Record<string, FileStatus> = {
  A: 'added',
  M: 'modified',
  D: 'deleted',
  T: 'modified',
};

/**
 * The history of `files` (names inside `dir`), newest first. Merge commits are left out: with
 * `--no-merges` each change is shown once, in the commit that made it, with its own message.
 */
export function readDataHistory(
  dir: string,
  files: readonly string[],
  options: { cwd?: string } = {},
): GitHistory {
  const cwd = options.cwd ?? process.cwd();
  let absolute: string;
  try {
    absolute = realpathSync(resolve(cwd, dir));
  } catch {
    return { available: false, reason: 'no-git' };
  }
  const top = gitText(absolute, ['rev-parse', '--show-toplevel']);
  if (top === undefined) return { available: false, reason: 'no-git' };
  if (gitText(absolute, ['rev-parse', '--is-shallow-repository']) === 'true')
    return { available: false, reason: 'shallow' };
  const folder = relative(top, absolute).split(sep).join(posix.sep);
  if (folder.startsWith('..')) return { available: false, reason: 'outside-repository' };
  const paths = new Map(files.map((f) => [folder ? `${folder}/${f}` : f, f]));

  const log = git(top, [
    'log',
    '--no-merges',
    '--no-renames',
    `--format=${RECORD}%H${FIELD}%cI${FIELD}%B${FIELD}`,
    '--name-status',
    '--',
    ...paths.keys(),
  ]);
  // A repository with no commit yet has no history, which is not a failure.
  if (log.status !== 0) {
    const noCommits = /does not have any commits|bad default revision/.test(log.stderr.toString());
    return noCommits
      ? { available: true, commits: [] }
      : { available: false, reason: 'git-failed' };
  }

  const commits: DataCommit[] = [];
  for (const record of log.stdout.toString('utf8').split(RECORD).slice(1)) {
    const [hash = '', date = '', message = '', names = ''] = record.split(FIELD);
    const [subject = '', ...rest] = message.trim().split('\n');
    const changed: CommitFile[] = [];
    for (const line of names.split('\n')) {
      const [code = '', path = ''] = line.split('\t');
      const file = paths.get(path);
      const status = STATUS[code[0] ?? ''];
      if (file && status)
        changed.push({ file, path, status, before: null, after: null, afterBytes: null });
    }
    if (changed.length)
      commits.push({ hash, date, subject, body: rest.join('\n').trim(), files: changed });
  }
  if (!fillVersions(top, commits)) return { available: false, reason: 'git-failed' };
  return { available: true, commits };
}

/** Reads every before/after version in one `git cat-file --batch`. */
function fillVersions(top: string, commits: DataCommit[]): boolean {
  const wanted: { file: CommitFile; side: 'before' | 'after' }[] = [];
  const names: string[] = [];
  for (const commit of commits) {
    for (const file of commit.files) {
      if (file.status !== 'added') {
        wanted.push({ file, side: 'before' });
        names.push(`${commit.hash}^:${file.path}`);
      }
      if (file.status !== 'deleted') {
        wanted.push({ file, side: 'after' });
        names.push(`${commit.hash}:${file.path}`);
      }
    }
  }
  if (!names.length) return true;
  const result = git(top, ['cat-file', '--batch'], `${names.join('\n')}\n`);
  if (result.status !== 0) return false;
  const out = result.stdout;
  // ignoreBOM keeps a byte-order mark in the text; the CSV parser strips it where it matters.
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  let at = 0;
  for (const { file, side } of wanted) {
    const end = out.indexOf(0x0a, at);
    if (end === -1) return false;
    const header = out.subarray(at, end).toString('utf8');
    at = end + 1;
    const match = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header);
    // "<name> missing": the path did not exist on that side (a parent before the file was added).
    if (!match) continue;
    const size = Number(match[2]);
    if (match[1] === 'blob') {
      const bytes = out.subarray(at, at + size);
      file[side] = decoder.decode(bytes);
      if (side === 'after') file.afterBytes = new Uint8Array(bytes);
    }
    at += size + 1;
  }
  return true;
}

/**
 * The text of `file` (inside `dir`) at revision `ref`, e.g. a pull request's base: null when the
 * file did not exist there, undefined when git cannot tell (no repository, unknown revision).
 */
export function fileAtRevision(
  dir: string,
  file: string,
  ref: string,
  options: { cwd?: string } = {},
): string | null | undefined {
  let absolute: string;
  try {
    absolute = realpathSync(resolve(options.cwd ?? process.cwd(), dir));
  } catch {
    return undefined;
  }
  const top = gitText(absolute, ['rev-parse', '--show-toplevel']);
  if (top === undefined) return undefined;
  if (gitText(top, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]) === undefined)
    return undefined;
  const folder = relative(top, absolute).split(sep).join(posix.sep);
  const path = folder ? `${folder}/${file}` : file;
  const shown = git(top, ['show', `${ref}:${path}`]);
  return shown.status === 0
    ? new TextDecoder('utf-8', { ignoreBOM: true }).decode(shown.stdout)
    : null;
}
