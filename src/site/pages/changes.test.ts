import { describe, expect, it } from 'vitest';
import { VALID_FIXTURE } from '../../../test/helpers/fixtureDir.ts';
import { buildChangeLog } from '../../lib/changes/changeLog.ts';
import type { CommitFile } from '../../lib/changes/git.ts';
import { loadSite } from '../loadSite.ts';
import { changesPage } from './changes.ts';

const file = (name: string, before: string | null, after: string | null): CommitFile => ({
  file: name,
  path: `data/${name}`,
  status: before === null ? 'added' : after === null ? 'deleted' : 'modified',
  before,
  after,
  afterBytes: after === null ? null : new TextEncoder().encode(after),
});

const AREAS_HEADER = 'code,level,parent_code,name,unit_type,lat,lon,source_id,coords_source_id';
const SOURCES_HEADER =
  'id,title,title_en,publisher,document_number,published,url,kind,covers_from,covers_to,note_vi,note_en';

/** Two data commits: a renamed district and a note added in English; then a new source. */
const log = buildChangeLog({
  available: true,
  commits: [
    {
      hash: 'a'.repeat(40),
      date: '2026-03-02T09:00:00+07:00',
      subject: 'Fix a name',
      body: 'Lý do: Tên huyện viết sai.\n\nReason: The district name was misspelt.',
      files: [
        file(
          'areas.csv',
          `${AREAS_HEADER}\n091,district,09,Dong Dang,huyện,22.2,105.7,test-report,test-report\n`,
          `${AREAS_HEADER}\n091,district,09,Đồng Đăng,huyện,22.2,105.7,test-report,test-report\n`,
        ),
      ],
    },
    {
      hash: 'b'.repeat(40),
      date: '2026-02-01T09:00:00+07:00',
      subject: 'Add a source',
      body: '',
      files: [
        file('sources.csv', null, `${SOURCES_HEADER}\nx,Báo cáo,Report,Ai,,,,report,,,,A note\n`),
      ],
    },
  ],
});

describe('changesPage', async () => {
  const site = await loadSite(VALID_FIXTURE);

  it('lists every dataset with its number of changes on the page for all', () => {
    const page = changesPage(site, 'en', { log, repo: undefined });
    expect(page.title).toBe('Data change history');
    expect(page.datasetTitle).toBeUndefined();
    expect(page.version).toMatch(/^Data version: \d{4}\.\d{2}\.\d{2}/);
    const areas = page.datasets.find((d) => d.file === 'areas.csv')!;
    expect(areas).toMatchObject({ href: '/en/changes/areas/', count: 'changes: 1' });
    expect(page.datasets.find((d) => d.file === 'poverty.csv')!.count).toBe('changes: 0');
    expect(page.entries.map((e) => e.id)).toEqual(['c-aaaaaaa', 'c-bbbbbbb']);
  });

  it('shows a corrected cell old → new, the row named by its key with the area name', () => {
    const [entry] = changesPage(site, 'vi', { log, repo: 'https://example.org/repo' }).entries;
    expect(entry!.heading).toBe('Thay đổi ngày 2/3/2026: Đơn vị hành chính');
    expect(entry!.commit).toBe(`https://example.org/repo/commit/${'a'.repeat(40)}`);
    const [areas] = entry!.files;
    expect(areas!.summary).toBe('0 dòng thêm, 0 dòng xoá, 1 dòng sửa');
    expect(areas!.notes).toEqual([]);
    expect(areas!.then).toEqual({
      href: '/data/history/aaaaaaa/areas.csv',
      download: 'areas-aaaaaaa.csv',
      label: 'Tệp areas.csv sau lần sửa này',
      repo: `https://example.org/repo/raw/${'a'.repeat(40)}/data/areas.csv`,
    });
    expect(areas!.changed!.rows).toEqual([
      {
        key: '091 (Huyện Đồng Đăng)',
        cells: [
          {
            column: 'name',
            from: { text: 'Dong Dang', lang: undefined },
            to: { text: 'Đồng Đăng', lang: undefined },
          },
        ],
      },
    ]);
    expect(areas!.rowLists).toEqual([]);
  });

  it('shows an added file as rows added, open, the English note marked as English', () => {
    const page = changesPage(site, 'vi', { dataset: 'sources', log, repo: undefined });
    expect(page.title).toBe('Lịch sử thay đổi: Nguồn tài liệu');
    expect(page.datasets).toEqual([]);
    expect(page.entries).toHaveLength(1);
    const [sources] = page.entries[0]!.files;
    expect(sources!.notes).toEqual(['Tệp được tạo mới.']);
    expect(sources!.then!.repo).toBeUndefined();
    const [added] = sources!.rowLists;
    expect(added).toMatchObject({
      kind: 'added',
      summary: 'Các dòng thêm: 1',
      open: true,
      more: undefined,
    });
    const cells = Object.fromEntries(sources!.columns.map((c, i) => [c, added!.rows[0]![i]]));
    expect(cells.id).toEqual({ text: 'x', lang: undefined });
    expect(cells.title_en).toEqual({ text: 'Report', lang: 'en' });
    expect(cells.note_en).toEqual({ text: 'A note', lang: 'en' });
    expect(cells.url).toEqual({ text: '', lang: undefined });
  });

  it('says why there is no history instead of an empty one', () => {
    const page = changesPage(site, 'en', {
      log: buildChangeLog({ available: false, reason: 'shallow' }),
    });
    expect(page.unavailable).toMatch(/shallow/i);
    expect(page.none).toBe(false);
    expect(page.entries).toEqual([]);
  });
});
