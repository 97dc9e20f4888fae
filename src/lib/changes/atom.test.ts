import { describe, expect, it } from 'vitest';
import { atomFeed, escapeXml, type FeedOptions } from './atom.ts';
import { buildChangeLog, type ChangeEntry } from './changeLog.ts';

const HEADER = 'id,title,publisher,document_number,published,url,kind,covers_from,covers_to,note';
const log = buildChangeLog({
  available: true,
  commits: [
    {
      hash: 'b'.repeat(40),
      date: '2026-02-03T09:00:00+07:00',
      subject: 'Sửa tiêu đề <nguồn> & ghi chú',
      body: 'Theo văn bản 12/BC-UBND.\nDòng hai.',
      files: [
        {
          file: 'sources.csv',
          path: 'data/sources.csv',
          status: 'modified',
          before: `${HEADER}\na,Cũ,P,,,,report,,,\n`,
          after: `${HEADER}\na,Mới,P,,,,report,,,\n`,
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
          after: `${HEADER}\na,Cũ,P,,,,report,,,\n`,
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

  it('escapes the commit message and carries the cell change as escaped HTML', () => {
    expect(xml).toContain('<title>Sửa tiêu đề &lt;nguồn&gt; &amp; ghi chú</title>');
    expect(xml).not.toContain('<nguồn>');
    // HTML inside type="html" content is escaped once more.
    expect(xml).toContain('&lt;li&gt;a · title: “Cũ” → “Mới”&lt;/li&gt;');
    expect(xml).toContain('Theo văn bản 12/BC-UBND.&lt;br/&gt;Dòng hai.');
    expect(xml).toContain('<category term="sources" label="sources.csv"/>');
  });

  it('has no entry and an "unknown" date when there is no history', () => {
    const empty = atomFeed([], options);
    expect(empty).not.toContain('<entry>');
    expect(empty).toContain('<updated>1970-01-01T00:00:00.000Z</updated>');
  });

  it('drops characters XML cannot hold', () => {
    expect(escapeXml('a\u0001b\u0008c<"\'>')).toBe('abc&lt;&quot;&apos;&gt;');
  });
});
