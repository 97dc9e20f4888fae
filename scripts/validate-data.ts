/**
 * npm run validate -- [data-dir] [--format text|json|github] [--lang vi|en]
 * Exit 0 when the data is valid (warnings allowed), 1 when it is not, 2 for usage or I/O errors.
 */
import { stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { formatGithub } from '../src/lib/data/report/formatGithub.ts';
import { formatJson } from '../src/lib/data/report/formatJson.ts';
import { formatText } from '../src/lib/data/report/formatText.ts';
import type { Lang } from '../src/lib/text/lang.ts';
import { validateDirectory } from '../src/lib/data/validateDirectory.ts';
import { DATASET_NAMES } from '../src/lib/schemas/datasets.ts';

const USAGE = `Cách dùng / usage: npm run validate -- [thư-mục-dữ-liệu] [--format text|json|github] [--lang vi|en]
  thư mục mặc định / default folder: data/
  --format  text (mặc định; github khi chạy trong GitHub Actions), json, github
  --lang    vi (mặc định) hoặc en`;

function usageError(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      format: { type: 'string' },
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
const format = values.format ?? (process.env.GITHUB_ACTIONS === 'true' ? 'github' : 'text');
if (!['text', 'json', 'github'].includes(format)) usageError(`Unknown --format ${format}`);
if (values.lang !== 'vi' && values.lang !== 'en') usageError(`Unknown --lang ${values.lang}`);
if (positionals.length > 1) usageError('Chỉ một thư mục / only one folder');
const lang: Lang = values.lang;
const dir = positionals[0] ?? 'data';

const isDir = await stat(dir).then(
  (s) => s.isDirectory(),
  () => false,
);
if (!isDir) usageError(`Không tìm thấy thư mục / folder not found: ${dir}`);

let report;
try {
  ({ report } = await validateDirectory(dir));
} catch (error) {
  // A fault of the validator itself, never of the data: say so plainly, keep the stack for a bug report.
  process.stderr.write(
    `Lỗi của chính trình kiểm tra, không phải của dữ liệu; hãy báo lỗi kèm nội dung dưới đây.\n` +
      `The validator itself failed (not the data); please report this with the text below.\n` +
      `${(error as Error).stack ?? String(error)}\n`,
  );
  process.exit(2);
}
const output =
  format === 'json'
    ? formatJson(report)
    : format === 'github'
      ? formatGithub(report, lang, DATASET_NAMES.length)
      : formatText(report, lang, DATASET_NAMES.length);
process.stdout.write(`${output}\n`);
const ioFailure = report.errors.some((p) => p.code === 'file/unreadable');
process.exitCode = ioFailure ? 2 : report.valid ? 0 : 1;
