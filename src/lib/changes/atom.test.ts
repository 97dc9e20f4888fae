import { describe, expect, it } from 'vitest';
import { atomFeed, type FeedOptions } from './atom.ts';
import { buildChangeLog, type ChangeEntry } from './changeLog.ts';

const HEADER =
  'id,title,title_en,publisher,document_number,published,url,kind,covers_from,covers_to,note_vi,note_en';
const log = buildChangeLog({
  available: true,
  commits: [
    {
      hash: 'b'.repeat(40),
      date: '2026-02-03T09:00:00+07:00',
      subject: 'Refactor <loader> & notes',
      body: 'Lý-do: Sửa tiêu đề <nguồn> & ghi chú\nReason: Source title corrected',
      files: [
        {
          file: 'sources.csv',
          path: 'data/sources.csv',
          status: 'modified',
          before: `${HEADER}\na,Cũ,Old,P,,,,report,,,,\n`,
          after: `${HEADER}\na,Mới,Old,P,,,,report,,,,\n`,
          afterBytes: null,
        },
      ],
    },
    {
      hash: 'a'.repeat(40),
      date: '2026-01-02T09:00:00+07:00',
      subject: 'Thêm nguồn',
      body: '',
      files: [
        {
          file: 'sources.csv',
          path: 'data/sources.csv',
          status: 'added',
          before: null,
          after: `${HEADER}\na,Cũ,Old,P,,,,report,,,,\n`,
          afterBytes: null,
        },
      ],
    },
  ],
});

const options: FeedOptions = {
  title: 'Thay đổi dữ liệu',
  subtitle: 'Mỗi lần sửa',
  feedUrl: 'https://example.org/thay-doi/atom.xml',
  pageUrl: 'https://example.org/thay-doi/',
  entryUrl: (e: ChangeEntry) => `https://example.org/thay-doi/#c-${e.short}`,
  authorName: 'Giảm nghèo bền vững Bắc Kạn',
  datasetTitle: () => 'Nguồn tài liệu / Sources',
  // The words come from the site's i18n in the build; here, plain stand-ins.
  entryTitle: (e: ChangeEntry) => `Change ${e.short}: ${e.files.map((f) => f.dataset).join(', ')}`,
  words: {
    vi: { reason: 'Lý do', noReason: 'Không có lý do ghi kèm', summary: (c) => `+${c.added}` },
    en: { reason: 'Reason', noReason: 'No reason given', summary: (c) => `added ${c.added}` },
  },
};

describe('atomFeed', () => {
  const xml = atomFeed(log.entries, options);

  it('is an Atom feed with the required elements, newest entry first', () => {
    expect(
      xml.startsWith(
        '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">',
      ),
    ).toBe(true);
    expect(xml).toContain('<id>https://example.org/thay-doi/atom.xml</id>');
    expect(xml).toContain(
      '<link rel="self" type="application/atom+xml" href="https://example.org/thay-doi/atom.xml"/>',
    );
    expect(xml).toContain('<author><name>Giảm nghèo bền vững Bắc Kạn</name></author>');
    // The feed's updated is the newest change, in RFC 3339 (UTC).
    expect(xml).toContain('  <updated>2026-02-03T02:00:00.000Z</updated>');
    const ids = [...xml.matchAll(/<entry>\s*<id>([^<]+)<\/id>/g)].map((m) => m[1]);
    expect(ids).toEqual([
      'https://example.org/thay-doi/#c-bbbbbbb',
      'https://example.org/thay-doi/#c-aaaaaaa',
    ]);
    expect(xml.match(/<entry>/g)).toHaveLength(2);
    expect(xml.match(/<\/entry>/g)).toHaveLength(2);
  });

  it('titles entries as told, with both reasons as escaped HTML', () => {
    expect(xml).toContain('<title>Change bbbbbbb: sources</title>');
    expect(xml).not.toMatch(/Refactor|loader/);
    expect(xml).not.toContain('<nguồn>');
    // HTML inside type="html" content is escaped once more.
    expect(xml).toContain('&lt;li&gt;a · title: “Cũ” → “Mới”&lt;/li&gt;');
    expect(xml).toContain('Sửa tiêu đề &amp;lt;nguồn&amp;gt; &amp;amp; ghi chú&lt;/p&gt;');
    expect(xml).toContain('Source title corrected&lt;/p&gt;');
    expect(xml).toContain('<category term="sources" label="sources.csv"/>');
  });

  it('says plainly when a change has no reason, in both languages', () => {
    const entry = xml.slice(xml.lastIndexOf('<entry>'));
    expect(entry).toContain('Không có lý do ghi kèm');
    expect(entry).toContain('No reason given');
    expect(entry).not.toContain('Thêm nguồn');
  });

  it('is dated by the data version, not 1970, when there is no history', () => {
    const empty = atomFeed([], { ...options, emptyUpdated: '2026-12-01' });
    expect(empty).not.toContain('<entry>');
    expect(empty).toContain('  <updated>2026-12-01T00:00:00.000Z</updated>');
    expect(atomFeed([], options)).not.toContain('1970');
  });
});
