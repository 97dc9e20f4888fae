import { describe, expect, it } from 'vitest';
import {
  buildChangeLog,
  entriesOf,
  repositoryLinks,
  repositoryUrl,
  shortLength,
} from './changeLog.ts';
import type { CommitFile } from './git.ts';

const file = (name: string, before: string | null, after: string | null): CommitFile => ({
  file: name,
  path: `data/${name}`,
  status: before === null ? 'added' : after === null ? 'deleted' : 'modified',
  before,
  after,
  afterBytes: after === null ? null : new TextEncoder().encode(after),
});

describe('buildChangeLog', () => {
  it('says why there is no history instead of showing an empty one', () => {
    expect(buildChangeLog({ available: false, reason: 'shallow' })).toEqual({
      available: false,
      reason: 'shallow',
      entries: [],
    });
  });

  it('keeps only dataset files and drops commits left without one', () => {
    const log = buildChangeLog({
      available: true,
      commits: [
        {
          hash: '1'.repeat(40),
          date: '2026-01-01T00:00:00Z',
          subject: 'notes only',
          body: '',
          files: [file('README.csv', null, 'x\n')],
        },
        {
          hash: '2'.repeat(40),
          date: '2026-01-02T00:00:00Z',
          subject: 'areas',
          body: '',
          files: [
            file('areas.csv', 'code,name\n06,A\n', 'code,name\n06,B\n'),
            file('README.csv', null, 'x'),
          ],
        },
      ],
    });
    expect(log.entries.map((e) => e.hash)).toEqual(['2'.repeat(40)]);
    const [areas] = log.entries[0]!.files;
    expect(areas!.dataset).toBe('areas');
    expect(areas!.diff.changed[0]!.cells).toEqual([{ column: 'name', from: 'A', to: 'B' }]);
    expect(new TextDecoder().decode(areas!.bytes!)).toBe('code,name\n06,B\n');
    expect(entriesOf(log, 'areas')).toHaveLength(1);
    expect(entriesOf(log, 'poverty')).toHaveLength(0);
  });
});

describe('buildChangeLog reasons', () => {
  const commit = (hash: string, subject: string, body: string) => ({
    hash,
    date: '2026-01-02T00:00:00Z',
    subject,
    body,
    files: [file('areas.csv', 'code,name\n06,A\n', 'code,name\n06,B\n')],
  });

  it('shows the reason for readers and never the developer message', () => {
    const log = buildChangeLog({
      available: true,
      commits: [
        commit(
          '3'.repeat(40),
          'Refactor loader',
          'Lý-do: Đổi tên tỉnh\nReason: Renamed the province',
        ),
        commit('4'.repeat(40), 'Developer subject', 'Developer body.'),
      ],
    });
    expect(log.entries.map((e) => e.reason)).toEqual([
      { vi: 'Đổi tên tỉnh', en: 'Renamed the province' },
      {},
    ]);
    expect(JSON.stringify(log.entries)).not.toMatch(/Developer|Refactor/);
  });

  it('takes the reasons of past commits from the reasons file', () => {
    const reasons = new Map([['4'.repeat(40), { vi: 'Sửa tên', en: 'Name corrected' }]]);
    const log = buildChangeLog(
      { available: true, commits: [commit('4'.repeat(40), 'Developer subject', '')] },
      reasons,
    );
    expect(log.entries[0]!.reason).toEqual({ vi: 'Sửa tên', en: 'Name corrected' });
  });
});

describe('shortLength', () => {
  it('is 7 unless two hashes share a longer prefix', () => {
    expect(shortLength(['abcdef1234', 'abcdef5678'])).toBe(7);
    expect(shortLength(['abcdef1234', 'abcdef1299'])).toBe(9);
    expect(shortLength([])).toBe(7);
  });
});

describe('repository links', () => {
  it('accepts only a plain http(s) address', () => {
    expect(repositoryUrl('https://github.com/o/r/')).toBe('https://github.com/o/r');
    expect(repositoryUrl(undefined)).toBeUndefined();
    expect(repositoryUrl('javascript:alert(1)')).toBeUndefined();
    expect(repositoryUrl('https://x/"><script>')).toBeUndefined();
  });

  it('points at the commit and at the raw file as it was', () => {
    expect(repositoryLinks.commit('https://github.com/o/r', 'abc')).toBe(
      'https://github.com/o/r/commit/abc',
    );
    expect(repositoryLinks.raw('https://github.com/o/r', 'abc', 'data/poverty.csv')).toBe(
      'https://github.com/o/r/raw/abc/data/poverty.csv',
    );
  });
});
