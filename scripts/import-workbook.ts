/**
 * npm run data:import -- <workbook.xlsx> [--out data/] [--replace <dataset>] [--dry-run] [--lang vi|en]
 *
 * Turns a filled workbook (one sheet per dataset, named like the file: `poverty`) into canonical
 * CSVs in the data folder. Before writing anything it lists, for each file, every row added,
 * changed, removed or kept; then it writes and validates the folder, printing the report with the
 * Excel row of each problem. Exit 0 valid, 1 invalid, 2 usage, I/O error or refusal — as
 * `npm run validate`.
 *
 * It cannot destroy data:
 * - a sheet only adds and changes rows; rows of the file missing from the sheet are kept and
 *   reported, unless the dataset is named with `--replace` (a blank template with one row typed
 *   in adds one row). A sheet with no rows is skipped, even with --replace;
 * - a workbook is read within limits of size and cells (readWorkbook), hidden sheets are never
 *   imported, and a cell whose value the file does not hold (a formula never calculated, an
 *   Excel error) stops the import;
 * - files are written atomically (temporary file, then rename), never through a symbolic link,
 *   and a closed pipe on stdout (`| head`) does not stop the writing;
 * - `--dry-run` writes nothing, anywhere: the folder is copied to a scratch folder, which alone is
 *   written and validated, then deleted.
 */
import { cp, mkdir, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Problem, ValidationReport } from '../src/lib/data/problem.ts';
import { formatText } from '../src/lib/data/report/formatText.ts';
import type { Lang } from '../src/lib/text/lang.ts';
import { validateDirectory } from '../src/lib/data/validateDirectory.ts';
import { noteText, planText } from '../src/lib/excel/importText.ts';
import {
  areaCodesOf,
  BLOCKING,
  fileOf,
  importWorkbook,
  type ImportedSheet,
} from '../src/lib/excel/importWorkbook.ts';
import {
  checkFileSize,
  readWorkbook,
  WORKBOOK_LIMITS,
  WorkbookRefused,
} from '../src/lib/excel/readWorkbook.ts';
import { atomicWrite, targetKind, writeRefusal } from '../src/lib/fs/atomicWrite.ts';
import { ignoreClosedPipes } from '../src/lib/fs/quietPipes.ts';
import { DATASET_NAMES, type DatasetName } from '../src/lib/schemas/datasets.ts';

ignoreClosedPipes();
const USAGE = `Cách dùng / usage: npm run data:import -- <tệp.xlsx> [--out data/] [--replace <bộ dữ liệu>] [--dry-run] [--lang vi|en]
  --out      thư mục dữ liệu sẽ ghi / data folder to write (mặc định / default: data/)
  --replace  trang tính thay CẢ tệp, xoá các dòng không có trong trang tính (ví dụ --replace poverty)
             the sheet replaces the WHOLE file, removing rows it lacks (e.g. --replace poverty)
  --dry-run  chỉ kiểm tra, không ghi tệp nào / check only, write nothing
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
      replace: { type: 'string', multiple: true, default: [] },
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
const replace = new Set<DatasetName>();
for (const name of values.replace.flatMap((r) => r.split(',')).map((r) => r.trim())) {
  if (!(DATASET_NAMES as readonly string[]).includes(name))
    usageError(
      `--replace ${name}: không có bộ dữ liệu này / no such dataset (${DATASET_NAMES.join(', ')})`,
    );
  replace.add(name as DatasetName);
}
const dryRun = values['dry-run'] ?? false;
const workbookPath = positionals[0]!;
const out = values.out.replace(/\/+$/, '') || '.';

/** Stops before anything is written, saying so. */
function refuse(lines: string[]): never {
  for (const line of lines) process.stderr.write(`${line}\n`);
  process.stderr.write('Không ghi tệp nào. / Nothing was written.\n');
  process.exit(2);
}

const outKind = await targetKind(out);
if (outKind === 'symlink')
  refuse([
    `${out} là liên kết tượng trưng (symbolic link); công cụ không ghi qua liên kết. Dùng --out với thư mục thật.`,
    `${out} is a symbolic link; the tools never write through a link. Give --out a real folder.`,
  ]);
if (outKind === 'file') usageError(`Không phải thư mục / not a folder: ${out}`);

let sheets;
try {
  // The size is checked before reading, so a huge file is not even loaded.
  checkFileSize((await stat(workbookPath)).size, WORKBOOK_LIMITS);
  sheets = await readWorkbook(await readFile(workbookPath));
} catch (error) {
  if (error instanceof WorkbookRefused) {
    const limit = error.limit ? ` [${error.limit.name} = ${error.limit.value}]` : '';
    refuse([
      `${workbookPath}: ${vi ? 'không nhập / not imported' : 'not imported'} (${error.code})${limit}`,
      `  ${error.message_vi}`,
      `  ${error.message_en}`,
    ]);
  }
  refuse([
    `${vi ? 'Không đọc được tệp Excel' : 'Cannot read the workbook'} ${workbookPath}: ${(error as Error).message}`,
    vi
      ? 'Cần tệp .xlsx (Excel 2007 trở lên); tệp .xls cũ hãy mở bằng Excel rồi lưu lại dạng .xlsx.'
      : 'An .xlsx file is needed; save an old .xls again as .xlsx.',
  ]);
}

const committed: Partial<Record<DatasetName, string>> = {};
for (const name of DATASET_NAMES) {
  const text = await readFile(join(out, fileOf(name)), 'utf8').catch(() => undefined);
  if (text !== undefined) committed[name] = text;
}
const result = importWorkbook(sheets, {
  areaCodes: committed.areas ? areaCodesOf(committed.areas) : undefined,
  committed,
  replace,
});

for (const note of result.notes) {
  if (!BLOCKING.has(note.kind)) for (const line of noteText(note, lang)) say(line, line);
}
const blocking = result.notes.filter((n) => BLOCKING.has(n.kind));
const imported = new Set(result.files.map((f) => f.dataset));
const unmatched = [...replace].filter(
  (d) => !imported.has(d) && !blocking.some((n) => n.dataset === d),
);
if (unmatched.length)
  refuse([
    `--replace ${unmatched.join(',')}: tệp Excel không có trang tính nào có dòng cho bộ dữ liệu này.`,
    `--replace ${unmatched.join(',')}: the workbook has no sheet with rows for this dataset.`,
  ]);
if (result.files.length === 0 && blocking.length === 0)
  refuse([
    vi
      ? 'Không có trang tính nào để nhập. Mỗi trang tính phải mang tên bộ dữ liệu (ví dụ poverty) và có dòng tiêu đề đúng.'
      : 'No sheet to import. Each sheet must be named after its dataset (e.g. poverty) and have the right header row.',
  ]);
// Every target is checked before any is written: one link and the folder stays as it was.
const refusals = [];
for (const file of result.files) {
  const refused = await writeRefusal(join(out, fileOf(file.dataset)));
  if (refused) refusals.push(refused.message_vi, refused.message_en);
}
if (blocking.length || refusals.length)
  refuse([...blocking.flatMap((n) => noteText(n, lang)), ...refusals]);

for (const file of result.files)
  for (const line of planText(file, join(out, fileOf(file.dataset)), lang)) say(line, line);

// A dry run writes into a scratch copy, so the validator sees the whole folder as it would be.
const target = dryRun ? await mkdtemp(join(tmpdir(), 'gn-import-')) : out;
try {
  if (dryRun) {
    // Links are copied as links (to the same absolute target) and only ever read: atomicWrite
    // replaces a link rather than follow it, and no target is a link (checked above).
    if (outKind !== 'missing') await cp(out, target, { recursive: true });
  } else await mkdir(out, { recursive: true });
  for (const file of result.files) {
    if (file.unchanged) continue;
    await atomicWrite(join(target, fileOf(file.dataset)), file.text);
  }
  const { report } = await validateDirectory(target, { displayDir: out });
  process.stdout.write(
    `\n${formatText(withExcelRows(report, result.files), lang, DATASET_NAMES.length)}\n`,
  );
  if (dryRun) say('(--dry-run: chưa ghi tệp nào.)', '(--dry-run: nothing was written.)');
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
} catch (error) {
  process.stderr.write(
    `${vi ? 'Không ghi được' : 'Cannot write'}: ${(error as Error).message}\n` +
      'Các tệp chưa ghi vẫn như cũ. / Files not yet written are as they were.\n',
  );
  process.exitCode = 2;
} finally {
  if (dryRun) await rm(target, { recursive: true, force: true });
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
