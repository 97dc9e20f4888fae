/**
 * npm run data:import -- <workbook.xlsx> [--out data/] [--dry-run] [--lang vi|en]
 *
 * Turns a filled workbook (one sheet per dataset, named like the file: `poverty`) into canonical
 * CSVs in the data folder, shows what that changes in each file (rows added, removed, cells
 * corrected), then validates the folder and prints the report with the Excel row of each problem.
 * A sheet with no rows is left out, so a template's blank sheets never empty a dataset.
 * Exit 0 valid, 1 invalid, 2 usage or I/O error — as `npm run validate`.
 */
import { cp, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import readXlsxFile from 'read-excel-file/node';
import { diffDataset } from '../src/lib/changes/diff.ts';
import type { Problem, ValidationReport } from '../src/lib/data/problem.ts';
import { formatText, type Lang } from '../src/lib/data/report/formatText.ts';
import { validateDirectory } from '../src/lib/data/validateDirectory.ts';
import {
  areaCodesOf,
  fileOf,
  importWorkbook,
  READ_OPTIONS,
  type ImportedSheet,
  type SheetNote,
  type WorkbookSheet,
} from '../src/lib/excel/importWorkbook.ts';
import { DATASET_NAMES, DATASETS, type DatasetName } from '../src/lib/schemas/datasets.ts';

const USAGE = `Cách dùng / usage: npm run data:import -- <tệp.xlsx> [--out data/] [--dry-run] [--lang vi|en]
  --out      thư mục dữ liệu sẽ ghi / data folder to write (mặc định / default: data/)
  --dry-run  chỉ kiểm tra, không ghi tệp / check only, write nothing
  --lang     vi (mặc định) hoặc en`;

function usageError(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      out: { type: 'string', default: 'data' },
      'dry-run': { type: 'boolean' },
      lang: { type: 'string', default: 'vi' },
      help: { type: 'boolean', short: 'h' },
    },
  });
} catch (error) {
  usageError((error as Error).message);
}
const { values, positionals } = parsed;
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
if (positionals.length !== 1) usageError('Cần đúng một tệp .xlsx / exactly one .xlsx file');
if (values.lang !== 'vi' && values.lang !== 'en') usageError(`Unknown --lang ${values.lang}`);
const lang: Lang = values.lang;
const vi = lang === 'vi';
const say = (textVi: string, textEn: string): void => {
  process.stdout.write(`${vi ? textVi : textEn}\n`);
};
const workbookPath = positionals[0]!;
const out = values.out.replace(/\/+$/, '') || '.';

const outKind = await stat(out).then(
  (s) => (s.isDirectory() ? 'folder' : 'file'),
  () => 'missing',
);
if (outKind === 'file') usageError(`Không phải thư mục / not a folder: ${out}`);

let sheets: WorkbookSheet[];
try {
  // read-excel-file types a date cell as `typeof Date`; at run time it is a Date, as SheetCell says.
  sheets = (await readXlsxFile(await readFile(workbookPath), READ_OPTIONS)) as WorkbookSheet[];
} catch (error) {
  process.stderr.write(
    `${vi ? 'Không đọc được tệp Excel' : 'Cannot read the workbook'} ${workbookPath}: ${(error as Error).message}\n` +
      `${vi ? 'Cần tệp .xlsx (Excel 2007 trở lên); tệp .xls cũ hãy mở bằng Excel rồi lưu lại dạng .xlsx.' : 'An .xlsx file is needed; save an old .xls again as .xlsx.'}\n`,
  );
  process.exit(2);
}

const committed: Partial<Record<DatasetName, string>> = {};
for (const name of DATASET_NAMES) {
  const text = await readFile(join(out, fileOf(name)), 'utf8').catch(() => undefined);
  if (text !== undefined) committed[name] = text;
}
const result = importWorkbook(sheets, {
  areaCodes: committed.areas ? areaCodesOf(committed.areas) : undefined,
  committed,
});

for (const note of result.notes) printNote(note);
if (result.files.length === 0) {
  say(
    'Không có trang tính nào để nhập. Mỗi trang tính phải mang tên bộ dữ liệu (ví dụ poverty) và có dòng tiêu đề đúng.',
    'No sheet to import. Each sheet must be named after its dataset (e.g. poverty) and have the right header row.',
  );
  process.exit(2);
}

// A dry run writes into a scratch copy, so the validator sees the whole folder as it would be.
const target = values['dry-run'] ? await mkdtemp(join(tmpdir(), 'gn-import-')) : out;
try {
  await mkdir(out, { recursive: true });
  if (values['dry-run']) await cp(out, target, { recursive: true });
  for (const file of result.files) {
    const path = join(target, fileOf(file.dataset));
    const before = await readFile(path, 'utf8').catch(() => null);
    await writeFile(path, file.text);
    printFile(file, join(out, fileOf(file.dataset)), before);
  }
  const { report } = await validateDirectory(target, { displayDir: out });
  process.stdout.write(
    `\n${formatText(withExcelRows(report, result.files), lang, DATASET_NAMES.length)}\n`,
  );
  if (values['dry-run']) say('(--dry-run: chưa ghi tệp nào.)', '(--dry-run: nothing was written.)');
  else if (report.valid)
    say(
      `Đã ghi vào ${out}/. Bước tiếp theo: xem lại thay đổi ở trên, rồi commit kèm lý do (xem CONTRIBUTING.md).`,
      `Written to ${out}/. Next: review the changes above, then commit with the reason (see CONTRIBUTING.md).`,
    );
  else
    say(
      `Đã ghi vào ${out}/ nhưng dữ liệu CHƯA hợp lệ: sửa trong Excel ở các hàng nêu trên rồi nhập lại.`,
      `Written to ${out}/ but the data is NOT valid: fix the rows named above in Excel and import again.`,
    );
  const ioFailure = report.errors.some((p) => p.code === 'file/unreadable');
  process.exitCode = ioFailure ? 2 : report.valid ? 0 : 1;
} finally {
  if (values['dry-run']) await rm(target, { recursive: true, force: true });
}

function printNote(note: SheetNote): void {
  const name = `"${note.sheet}"`;
  const file = note.dataset ? fileOf(note.dataset) : '';
  switch (note.kind) {
    case 'unknown':
      return say(
        `Bỏ qua trang tính ${name}: tên và dòng tiêu đề không khớp bộ dữ liệu nào.`,
        `Skipped sheet ${name}: its name and header match no dataset.`,
      );
    case 'empty':
      return say(
        `Bỏ qua trang tính ${name}: chưa có dòng số liệu nào, giữ nguyên ${file}.`,
        `Skipped sheet ${name}: it has no rows, ${file} is left as it is.`,
      );
    case 'duplicate':
      return say(
        `Bỏ qua trang tính ${name}: một trang tính khác đã là ${file}.`,
        `Skipped sheet ${name}: another sheet already holds ${file}.`,
      );
    case 'stray':
      return say(
        `Trang tính ${name}: các ô ${note.cells!.join(', ')} nằm ngoài các cột có tên nên KHÔNG được nhập.`,
        `Sheet ${name}: cells ${note.cells!.join(', ')} are right of the named columns and were NOT imported.`,
      );
  }
}

function printFile(file: ImportedSheet, shown: string, before: string | null): void {
  const diff = diffDataset(DATASETS[file.dataset], before, file.text);
  const row = (line: number) => file.rowOfLine.get(line) ?? line;
  say(
    `\nTrang tính "${file.sheet}" → ${shown}: ${diff.added.length} dòng thêm, ${diff.removed.length} dòng xoá, ${diff.changed.length} dòng sửa.`,
    `\nSheet "${file.sheet}" → ${shown}: rows added ${diff.added.length}, removed ${diff.removed.length}, changed ${diff.changed.length}.`,
  );
  for (const change of diff.changed.slice(0, 30)) {
    const key = Object.values(change.key).join(' · ');
    for (const c of change.cells)
      process.stdout.write(`  ${key} · ${c.column}: "${c.from}" → "${c.to}"\n`);
  }
  if (diff.changed.length > 30)
    say(
      `  … và ${diff.changed.length - 30} dòng khác.`,
      `  … and ${diff.changed.length - 30} more rows.`,
    );
  if (diff.removed.length)
    say(
      `  CHÚ Ý: ${diff.removed.length} dòng có trong tệp cũ nhưng không có trong trang tính sẽ bị xoá. Nếu không muốn, hãy tải tệp .xlsx đầy đủ của bộ dữ liệu, sửa trên đó rồi nhập lại.`,
      `  NOTE: ${diff.removed.length} rows of the old file are not in the sheet and are removed. If that is not intended, download the dataset's full .xlsx, edit that and import again.`,
    );
  for (const c of file.changes)
    process.stdout.write(
      `  ${vi ? 'hàng' : 'row'} ${row(c.line)}${c.column ? `, ${c.column}` : ''} [${c.what}]: "${c.from}" → "${c.to}"\n`,
    );
}

/** Adds the Excel sheet and row to each problem, since staff will fix it in the workbook. */
function withExcelRows(report: ValidationReport, files: ImportedSheet[]): ValidationReport {
  const byFile = new Map(files.map((f) => [join(out, fileOf(f.dataset)), f]));
  const add = (p: Problem): Problem => {
    const file = byFile.get(p.file);
    if (!file || p.line === null) return p;
    const excel = file.rowOfLine.get(p.line);
    if (excel === undefined) return p;
    return {
      ...p,
      message_vi: `${p.message_vi} [Excel: trang tính "${file.sheet}", hàng ${excel}]`,
      message_en: `${p.message_en} [Excel: sheet "${file.sheet}", row ${excel}]`,
    };
  };
  return { ...report, errors: report.errors.map(add), warnings: report.warnings.map(add) };
}
