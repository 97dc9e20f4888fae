/**
 * The public record of changes: for every commit that touched a dataset, the rows added, removed
 * and changed in each file, with the reason written for readers (see reasons.ts), never the
 * developer's commit message. Built once per site build from git (see git.ts) and shared by the
 * changes pages, the Atom feed and the history downloads.
 */
import { DATASET_NAMES, DATASETS, type DatasetName } from '../schemas/datasets.ts';
import { diffDataset, type DatasetDiff } from './diff.ts';
import {
  readDataHistory,
  type FileStatus,
  type GitHistory,
  type HistoryUnavailable,
} from './git.ts';
import { readReasons, reasonOf, type ChangeReason } from './reasons.ts';

export interface FileChange {
  dataset: DatasetName;
  file: string;
  /** Path from the repository root, for links to the repository. */
  path: string;
  status: FileStatus;
  diff: DatasetDiff;
  /** The file as it was after this change; null when the change deleted it. */
  text: string | null;
  /** The same, byte for byte as committed, for the history downloads. */
  bytes: Uint8Array<ArrayBuffer> | null;
}

export interface ChangeEntry {
  hash: string;
  /** The shortest prefix (7 or more) that tells this commit apart from every other data commit. */
  short: string;
  date: string;
  /** Why the data changed, for readers; a language is absent when no reason was given in it. */
  reason: ChangeReason;
  files: FileChange[];
}

export type ChangeLog =
  | { available: true; entries: ChangeEntry[] }
  | { available: false; reason: HistoryUnavailable; entries: [] };

/** Shortest common length (at least 7) at which every hash prefix is unique. */
export function shortLength(hashes: readonly string[]): number {
  for (let n = 7; n < 40; n++) {
    if (new Set(hashes.map((h) => h.slice(0, n))).size === hashes.length) return n;
  }
  return 40;
}

/**
 * Pure: turns git history into the change record, diffing each file by its dataset's key; the
 * reasons of commits whose message has none come from `reasons` (full hash → reason).
 */
export function buildChangeLog(
  history: GitHistory,
  reasons: ReadonlyMap<string, ChangeReason> = new Map(),
): ChangeLog {
  if (!history.available) return { available: false, reason: history.reason, entries: [] };
  const byFile = new Map(DATASET_NAMES.map((name) => [DATASETS[name].file, name]));
  const length = shortLength(history.commits.map((c) => c.hash));
  const entries: ChangeEntry[] = history.commits.map((commit) => ({
    hash: commit.hash,
    short: commit.hash.slice(0, length),
    date: commit.date,
    reason: reasonOf(commit.hash, `${commit.subject}\n\n${commit.body}`, reasons),
    files: commit.files.flatMap((f) => {
      const dataset = byFile.get(f.file);
      if (!dataset) return [];
      return [
        {
          dataset,
          file: f.file,
          path: f.path,
          status: f.status,
          diff: diffDataset(DATASETS[dataset], f.before, f.after),
          text: f.after,
          bytes: f.afterBytes,
        },
      ];
    }),
  }));
  return { available: true, entries: entries.filter((e) => e.files.length > 0) };
}

const cache = new Map<string, ChangeLog>();

/** The change record of a data folder, computed once per build. */
export function loadChangeLog(dir = process.env.DATA_DIR ?? 'data'): ChangeLog {
  let log = cache.get(dir);
  if (!log) {
    const files = DATASET_NAMES.map((name) => DATASETS[name].file);
    log = buildChangeLog(readDataHistory(dir, files), readReasons());
    cache.set(dir, log);
  }
  return log;
}

/** Only the entries, and in each only the file, of one dataset. */
export function entriesOf(log: ChangeLog, dataset: DatasetName): ChangeEntry[] {
  return log.entries
    .map((e) => ({ ...e, files: e.files.filter((f) => f.dataset === dataset) }))
    .filter((e) => e.files.length > 0);
}

/**
 * The repository's web address from `REPO_URL` (e.g. https://github.com/owner/repo), if it is a
 * plain http(s) address; anything else is ignored rather than rendered as a link.
 */
export function repositoryUrl(value = process.env.REPO_URL): string | undefined {
  if (!value || !/^https?:\/\/[^\s"'<>]+$/.test(value) || !URL.canParse(value)) return undefined;
  return value.replace(/\/+$/, '');
}

/** Links into a GitHub-style repository for one commit and one file as it was then. */
export const repositoryLinks = {
  commit: (repo: string, hash: string) => `${repo}/commit/${hash}`,
  raw: (repo: string, hash: string, path: string) =>
    `${repo}/raw/${hash}/${path.split('/').map(encodeURIComponent).join('/')}`,
};
