import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatJson } from '../src/lib/data/report/formatJson.ts';
import { appendLine, replaceLine, validateEdited } from '../test/helpers/fixtureDir.ts';
import { cell, summariseChanges, summariseReport } from './summarise-report.ts';

describe('summariseReport', () => {
  it('says in Vietnamese what is wrong, where (linked to the line) and how to fix it', async () => {
    const { report } = await validateEdited({
      'poverty.csv': replaceLine(3, '2018,091,final,600,abc,60,25,10,30,5,test-report,stated,,,'),
    });
    expect(report.valid).toBe(false);
    const text = summariseReport(report, { blobBase: 'https://github.com/o/r/blob/abc' });
    expect(text).toContain('## ❌ Dữ liệu chưa hợp lệ: 1 lỗi');
    expect(text).toContain('#### `data/poverty.csv`');
    expect(text).toContain('[3](https://github.com/o/r/blob/abc/data/poverty.csv#L3)');
    expect(text).toContain('<code>poor_households</code> | <code>abc</code>');
    // The validator's own message, which carries the fix ("Cần: …").
    expect(text).toContain(cell(report.errors[0]!.message_vi));
    expect(text).toContain('### Sửa xong thì làm gì');
  });

  it('says plainly when the data is valid and where the preview is', async () => {
    const { report } = await validateEdited({});
    const text = summariseReport(report);
    expect(text).toMatch(/^## ✅ Dữ liệu hợp lệ: 0 lỗi/);
    expect(text).toContain('Artifacts');
    expect(text).not.toContain('Lỗi cần sửa');
  });

  it('keeps table cells intact whatever the value holds', () => {
    expect(cell('a|b\n<c>&')).toBe('a&#124;b &lt;c&gt;&amp;');
  });
});

describe('summariseChanges', () => {
  it('lists the pull request’s edits cell by cell', () => {
    const header =
      'id,title,title_en,publisher,document_number,published,url,kind,covers_from,covers_to,note_vi,note_en';
    const text = summariseChanges(
      (name) => (name === 'sources' ? `${header}\na,Cũ,Old,P,,,,report,,,,\n` : ''),
      (name) =>
        name === 'sources'
          ? `${header}\na,Mới,Old,P,,,,report,,,,\nb,Thêm,Added,P,,,,news,,,,\n`
          : '',
    );
    expect(text).toContain('`sources.csv`: 1 dòng thêm, 0 dòng xoá, 1 dòng sửa');
    expect(text).toContain('| a | <code>title</code> | <code>Cũ</code> | <code>Mới</code> |');
    expect(text).toContain('- b');
    expect(text).not.toContain('poverty.csv');
  });

  it('says when the base cannot be read instead of claiming nothing changed', () => {
    expect(
      summariseChanges(
        () => undefined,
        () => '',
      ),
    ).toContain('Không đọc được phiên bản gốc');
  });
});

describe('the command', () => {
  it('reads the JSON report file and prints the summary', async () => {
    const { report } = await validateEdited({
      'outputs.csv': appendLine('2020,2020,099,jobs_created,exact,5,test-report,stated,,,'),
    });
    const dir = await mkdtemp(join(tmpdir(), 'gn-summary-'));
    try {
      await writeFile(join(dir, 'report.json'), formatJson(report));
      const run = spawnSync(
        process.execPath,
        ['scripts/summarise-report.ts', join(dir, 'report.json')],
        {
          encoding: 'utf8',
        },
      );
      expect(run.status).toBe(0);
      expect(run.stdout).toContain('#### `data/outputs.csv`');
      expect(run.stdout).toContain('| 5 |');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('cell', () => {
  it('shows invisible and control characters as code points, never raw', () => {
    expect(cell('final\u200b')).toBe('final&lt;U+200B&gt;');
    expect(cell('a\u001b[31mb')).not.toContain('\u001b');
  });
});
