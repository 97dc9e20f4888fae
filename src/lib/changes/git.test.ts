/**
 * The git reader against real, throwaway repositories: what a build sees in a full clone, a
 * shallow clone and a folder outside git.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildChangeLog } from './changeLog.ts';
import { fileAtRevision, readDataHistory } from './git.ts';

const root = mkdtempSync(join(tmpdir(), 'gn-git-'));
const repo = join(root, 'repo');
let day = 1;

function run(cwd: string, ...args: string[]) {
  const date = `2026-01-0${day}T10:00:00+07:00`;
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Test',
      GIT_AUTHOR_EMAIL: 'test@example.org',
      GIT_COMMITTER_NAME: 'Test',
      GIT_COMMITTER_EMAIL: 'test@example.org',
      GIT_AUTHOR_DATE: date,
      GIT_COMMITTER_DATE: date,
    },
  });
}

function commit(files: Record<string, string | null>, message: string) {
  for (const [name, text] of Object.entries(files)) {
    if (text === null) run(repo, 'rm', '-q', name);
    else {
      writeFileSync(join(repo, name), text);
      run(repo, 'add', name);
    }
  }
  run(repo, 'commit', '-q', '-m', message);
  day++;
}

const AREAS = 'code,level,parent_code,name,unit_type,lat,lon,source_id\n';

beforeAll(() => {
  mkdirSync(join(repo, 'data'), { recursive: true });
  run(repo, 'init', '-q', '-b', 'main');
  commit(
    { 'data/areas.csv': `${AREAS}06,province,,Bắc Kạn,tỉnh,,,s\n`, 'README.md': 'x' },
    'Thêm tỉnh',
  );
  commit({ 'README.md': 'y' }, 'Docs only');
  commit(
    {
      'data/areas.csv': `${AREAS}06,province,,Bắc Kạn,tỉnh,,,s\n058,district,06,Pác Nặm,huyện,,,s\n`,
    },
    'Thêm huyện Pác Nặm\n\nTheo Quyết định 1234/QĐ-UBND.',
  );
  commit(
    {
      'data/areas.csv': `${AREAS}06,province,,Bắc Kạn,tỉnh,,,s2\n058,district,06,Pác Nặm,huyện,,,s\n`,
      // Saved by Excel: a byte-order mark and CRLF line ends.
      'data/sources.csv': '\uFEFFid,title\r\ns2,Nguồn\r\n',
    },
    'Đổi nguồn của tỉnh\n\nDeveloper notes.\n\nLý-do: Nguồn của tỉnh là s2\nReason: The province is sourced to s2',
  );
  commit({ 'data/sources.csv': null }, 'Xoá tệp nguồn');
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('readDataHistory', () => {
  it('lists the commits that touched the data files, newest first, with their messages', () => {
    const history = readDataHistory(join(repo, 'data'), ['areas.csv', 'sources.csv']);
    expect(history.available).toBe(true);
    if (!history.available) return;
    expect(history.commits.map((c) => c.subject)).toEqual([
      'Xoá tệp nguồn',
      'Đổi nguồn của tỉnh',
      'Thêm huyện Pác Nặm',
      'Thêm tỉnh',
    ]);
    const added = history.commits[2]!;
    expect(added.body).toBe('Theo Quyết định 1234/QĐ-UBND.');
    expect(added.date).toBe('2026-01-03T10:00:00+07:00');
    expect(added.files).toHaveLength(1);
    expect(added.files[0]).toMatchObject({
      file: 'areas.csv',
      path: 'data/areas.csv',
      status: 'modified',
    });
    expect(added.files[0]!.before).toContain('Bắc Kạn');
    expect(added.files[0]!.after).toContain('Pác Nặm');
    const first = history.commits[3]!.files[0]!;
    expect(first).toMatchObject({ status: 'added', before: null });
    const deleted = history.commits[0]!.files[0]!;
    expect(deleted).toMatchObject({ file: 'sources.csv', status: 'deleted', after: null });
    expect(deleted.before).toBe('\uFEFFid,title\r\ns2,Nguồn\r\n');
    const saved = history.commits[1]!.files.find((f) => f.file === 'sources.csv')!;
    // The bytes are kept exactly, byte-order mark included, for "the file as it was".
    expect([...saved.afterBytes!.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(saved.afterBytes!.length).toBe(Buffer.byteLength('\uFEFFid,title\r\ns2,Nguồn\r\n'));
  });

  it('feeds a change log that shows each edit cell by cell', () => {
    const log = buildChangeLog(readDataHistory(join(repo, 'data'), ['areas.csv', 'sources.csv']));
    expect(log.available).toBe(true);
    const change = log.entries[1]!;
    // The reason comes from the message's Lý-do/Reason lines; git itself would not read them.
    expect(change.reason).toEqual({
      vi: 'Nguồn của tỉnh là s2',
      en: 'The province is sourced to s2',
    });
    expect(log.entries[2]!.reason).toEqual({});
    const areas = change.files.find((f) => f.file === 'areas.csv')!;
    expect(areas.diff.changed).toHaveLength(1);
    expect(areas.diff.changed[0]!.cells).toEqual([{ column: 'source_id', from: 's', to: 's2' }]);
    const sources = change.files.find((f) => f.file === 'sources.csv')!;
    expect(sources.diff.added).toEqual([{ id: 's2', title: 'Nguồn' }]);
    expect(change.short).toHaveLength(7);
  });

  it('returns no history, with the reason, in a shallow clone', () => {
    const shallow = join(root, 'shallow');
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo}`, shallow]);
    expect(readDataHistory(join(shallow, 'data'), ['areas.csv'])).toEqual({
      available: false,
      reason: 'shallow',
    });
  });

  it('returns no history outside a git repository or for a missing folder', () => {
    const plain = mkdtempSync(join(tmpdir(), 'gn-nogit-'));
    try {
      expect(readDataHistory(plain, ['areas.csv'])).toEqual({ available: false, reason: 'no-git' });
      expect(readDataHistory(join(plain, 'nope'), ['areas.csv']).available).toBe(false);
    } finally {
      rmSync(plain, { recursive: true, force: true });
    }
  });
});

describe('fileAtRevision', () => {
  it('reads a file as it was at a revision, null where it did not exist', () => {
    const dir = join(repo, 'data');
    expect(fileAtRevision(dir, 'areas.csv', 'HEAD~4')).toBe(
      `${AREAS}06,province,,Bắc Kạn,tỉnh,,,s\n`,
    );
    expect(fileAtRevision(dir, 'sources.csv', 'HEAD~4')).toBeNull();
    expect(fileAtRevision(dir, 'areas.csv', 'no-such-branch')).toBeUndefined();
  });
});
