/**
 * node scripts/summarise-report.ts <report.json> [--blob-base URL] [--changes-from REF] [--data-dir data]
 *
 * Writes, in Markdown for a GitHub Actions job summary, what the validator found in plain
 * Vietnamese (with English): what is wrong, where (file, line, column, linked to the line), and
 * how to fix it; then, with --changes-from, what the pull request changes in each dataset, cell
 * by cell, so reviewers who are not programmers can check the edit itself.
 * The report is the JSON of `npm run -s validate -- --format json`.
 */
import { readFileSync } from 'node:fs';
import { realpathSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { diffDataset, type DatasetDiff } from '../src/lib/changes/diff.ts';
import { fileAtRevision } from '../src/lib/changes/git.ts';
import type { Problem, ValidationReport } from '../src/lib/data/problem.ts';
import { visible } from '../src/lib/data/report/visible.ts';
import { DATASET_NAMES, DATASETS, type DatasetName } from '../src/lib/schemas/datasets.ts';

/** Rows per table before "… and N more"; a job summary is capped at 1 MiB. */
const MAX_ROWS = 200;

/**
 * Text safe inside a Markdown table cell (GitHub renders a subset of HTML there too), with every
 * invisible or control character shown as <U+XXXX>, as in the text report.
 */
export function cell(text: string): string {
  // Line breaks become spaces first (a note may hold them); anything else unseen is named.
  return visible(text.replace(/\r?\n/g, ' '))
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '&#124;');
}

const code = (text: string) => (text === '' ? '' : `<code>${cell(text)}</code>`);

function where(p: Problem, blobBase: string | undefined): string {
  if (p.line === null) return 'cả tệp / whole file';
  return blobBase ? `[${p.line}](${blobBase}/${p.file}#L${p.line})` : String(p.line);
}

function problemTable(problems: Problem[], blobBase: string | undefined): string[] {
  const out: string[] = [];
  const files = [...new Set(problems.map((p) => p.file))];
  for (const file of files) {
    const here = problems.filter((p) => p.file === file);
    out.push(
      '',
      `#### \`${file}\``,
      '',
      '| Dòng / line | Cột / column | Giá trị / value | Sai gì và cách sửa | What is wrong and how to fix it |',
      '| --- | --- | --- | --- | --- |',
    );
    for (const p of here.slice(0, MAX_ROWS)) {
      out.push(
        `| ${where(p, blobBase)} | ${p.column ? code(p.column) : ''} | ${code(p.value ?? '')} | ${cell(p.message_vi)} | ${cell(p.message_en)} |`,
      );
    }
    if (here.length > MAX_ROWS)
      out.push(
        '',
        `… và ${here.length - MAX_ROWS} vấn đề khác / and ${here.length - MAX_ROWS} more.`,
      );
  }
  return out;
}

export function summariseReport(
  report: ValidationReport,
  options: { blobBase?: string } = {},
): string {
  const e = report.errors.length;
  const w = report.warnings.length;
  const out: string[] = report.valid
    ? [
        `## ✅ Dữ liệu hợp lệ: 0 lỗi, ${w} cảnh báo`,
        '',
        `_Data is valid: 0 errors, ${w} warnings._`,
        '',
        'Khi được duyệt và gộp vào nhánh chính, trang sẽ tự cập nhật. Bản xem trước của trang nằm ở mục **Artifacts** cuối trang này.',
      ]
    : [
        `## ❌ Dữ liệu chưa hợp lệ: ${e} lỗi, ${w} cảnh báo`,
        '',
        `_Data is NOT valid: ${e} errors, ${w} warnings._`,
        '',
        'Trang **không** được cập nhật cho đến khi sửa hết lỗi. Mỗi dòng dưới đây cho biết lỗi ở đâu (tệp, dòng, cột), sai gì và cách sửa. Lỗi cũng được đánh dấu ngay trên dòng CSV trong thẻ **Files changed** của pull request.',
      ];
  if (e)
    out.push(
      '',
      `### Lỗi cần sửa / Errors (${e})`,
      ...problemTable(report.errors, options.blobBase),
    );
  if (w)
    out.push(
      '',
      `### Cảnh báo: nên xem lại, không chặn việc xuất bản / Warnings, not blocking (${w})`,
      ...problemTable(report.warnings, options.blobBase),
    );
  if (!report.valid)
    out.push(
      '',
      '### Sửa xong thì làm gì / After fixing',
      '',
      '1. Sửa đúng ô được nêu: trên GitHub mở tệp → biểu tượng bút chì; hoặc trong Excel, rồi lưu lại dạng **CSV UTF-8 (Comma delimited)**.',
      '2. Commit vào **cùng nhánh** của pull request này: việc kiểm tra tự chạy lại.',
      '3. Cần giúp? Xem `CONTRIBUTING.md` (phần "Đọc thông báo lỗi") hoặc nhắn người duyệt trong pull request.',
    );
  return `${out.join('\n')}\n`;
}

function diffTables(file: string, diff: DatasetDiff): string[] {
  const out = [
    '',
    `#### \`${file}\`: ${diff.added.length} dòng thêm, ${diff.removed.length} dòng xoá, ${diff.changed.length} dòng sửa`,
  ];
  if (diff.formatOnly)
    out.push(
      '',
      'Không số liệu nào thay đổi (chỉ định dạng hoặc thứ tự dòng). / No figure changed.',
    );
  if (diff.columnsAdded.length)
    out.push('', `Cột mới / new columns: ${diff.columnsAdded.map(code).join(', ')}`);
  if (diff.columnsRemoved.length)
    out.push('', `Cột bị bỏ / removed columns: ${diff.columnsRemoved.map(code).join(', ')}`);
  const key = (row: Record<string, string>) =>
    cell(diff.keyColumns.map((k) => row[k] ?? '').join(' · '));
  if (diff.changed.length) {
    out.push(
      '',
      `| Dòng (${cell(diff.keyColumns.join(', '))}) | Cột / column | Cũ / old | Mới / new |`,
      '| --- | --- | --- | --- |',
    );
    const lines = diff.changed.flatMap((row) =>
      row.cells.map(
        (c) => `| ${key(row.key)} | ${code(c.column)} | ${code(c.from)} | ${code(c.to)} |`,
      ),
    );
    out.push(...lines.slice(0, MAX_ROWS));
    if (lines.length > MAX_ROWS) out.push('', `… +${lines.length - MAX_ROWS}`);
  }
  for (const [label, rows] of [
    ['Dòng thêm / rows added', diff.added],
    ['Dòng xoá / rows removed', diff.removed],
  ] as const) {
    if (!rows.length) continue;
    out.push('', `${label}:`, '');
    out.push(...rows.slice(0, MAX_ROWS).map((row) => `- ${key(row)}`));
    if (rows.length > MAX_ROWS) out.push(`- … +${rows.length - MAX_ROWS}`);
  }
  return out;
}

/** What the working tree changes in each dataset against `ref` (e.g. the pull request's base). */
export function summariseChanges(
  before: (dataset: DatasetName) => string | null | undefined,
  after: (dataset: DatasetName) => string | null,
): string {
  const out = ['', '### Thay đổi trong pull request này / What this pull request changes'];
  let any = false;
  for (const name of DATASET_NAMES) {
    const old = before(name);
    if (old === undefined)
      return `${out.join('\n')}\n\nKhông đọc được phiên bản gốc để so sánh. / The base version could not be read.\n`;
    const now = after(name);
    if (old === now) continue;
    any = true;
    out.push(...diffTables(DATASETS[name].file, diffDataset(DATASETS[name], old, now)));
  }
  if (!any) out.push('', 'Không có tệp dữ liệu nào thay đổi. / No data file changed.');
  return `${out.join('\n')}\n`;
}

function isMain(): boolean {
  try {
    return realpathSync(process.argv[1] ?? '') === realpathSync(import.meta.filename);
  } catch {
    return false;
  }
}

if (isMain()) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      'blob-base': { type: 'string' },
      'changes-from': { type: 'string' },
      'data-dir': { type: 'string', default: 'data' },
    },
  });
  if (positionals.length !== 1) {
    process.stderr.write(
      'usage: node scripts/summarise-report.ts <report.json> [--blob-base URL] [--changes-from REF] [--data-dir data]\n',
    );
    process.exit(2);
  }
  let report: ValidationReport;
  try {
    const path = positionals[0] === '-' ? 0 : positionals[0]!;
    report = JSON.parse(readFileSync(path, 'utf8')) as ValidationReport;
  } catch (error) {
    process.stdout.write(
      `## ⚠️ Không đọc được kết quả kiểm tra / The validation report could not be read\n\n${cell((error as Error).message)}\n`,
    );
    process.exit(2);
  }
  const blobBase = values['blob-base']?.replace(/\/+$/, '');
  let text = summariseReport(report, { blobBase });
  const ref = values['changes-from'];
  if (ref) {
    const dir = values['data-dir'];
    const current = (name: DatasetName) => {
      try {
        return readFileSync(join(dir, DATASETS[name].file), 'utf8');
      } catch {
        return null;
      }
    };
    text += summariseChanges((name) => fileAtRevision(dir, DATASETS[name].file, ref), current);
  }
  process.stdout.write(text);
}
