/**
 * npm run data:normalize -- <file.csv> [--dry-run]
 * Rewrites a CSV saved from Excel into the canonical form and prints each change.
 * Exit 0 when done (or nothing to change), 2 for usage errors or a file it cannot convert.
 *
 * It cannot destroy the file: a change that would lose or move a cell is refused with the line;
 * the new text is written to a temporary file and renamed over the old one (never half written);
 * a symbolic link is refused, not written through; and the file is written before the list of
 * changes is printed, with a closed pipe (`| head`) ignored, so the output can be cut short
 * without cutting the file short.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import Papa from 'papaparse';
import { decodeForNormalize, normalizeCsv } from '../src/lib/data/normalize.ts';
import { atomicWrite, writeRefusal } from '../src/lib/fs/atomicWrite.ts';
import { ignoreClosedPipes } from '../src/lib/fs/quietPipes.ts';

ignoreClosedPipes();
const USAGE = 'Cách dùng / usage: npm run data:normalize -- <tệp.csv> [--dry-run]';
const UNCHANGED = 'Tệp không bị thay đổi. / The file was left unchanged.';
let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: { 'dry-run': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
  process.exit(2);
}
const { values, positionals } = parsed;
if (values.help || positionals.length !== 1) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(values.help ? 0 : 2);
}
const file = positionals[0]!;

// A link is refused before anything, so --dry-run says what the real run would do.
const refused = await writeRefusal(file).catch(() => null);
if (refused) {
  process.stderr.write(`${refused.message}\n`);
  process.exit(2);
}

let bytes: Uint8Array;
try {
  bytes = await readFile(file);
} catch (error) {
  process.stderr.write(`Không đọc được tệp / cannot read ${file}: ${(error as Error).message}\n`);
  process.exit(2);
}
const decoded = decodeForNormalize(bytes);
if ('error' in decoded) {
  process.stderr.write(
    `${file}: tệp không phải UTF-8; không thể đoán bảng mã an toàn. Trong Excel chọn Save As > "CSV UTF-8 (Comma delimited)".\n${decoded.error}\n`,
  );
  process.exit(2);
}

const result = normalizeCsv(decoded.text, {
  areaCodes: await siblingAreaCodes(file),
  file,
});
if (!result.ok) {
  const { refusal } = result;
  const where = refusal.line === null ? file : `${file}:${refusal.line}`;
  process.stderr.write(
    `${where}: không chuẩn hoá được / cannot normalise [${refusal.code}]\n` +
      `  ${refusal.message_vi}\n  ${refusal.message_en}\n${UNCHANGED}\n`,
  );
  process.exit(2);
}
const changes = decoded.note
  ? [{ line: 1, column: null, from: '', to: '', what: decoded.note }, ...result.changes]
  : result.changes;

// The file first: nothing printed below can then stop it half way.
if (changes.length > 0 && !values['dry-run']) {
  try {
    await atomicWrite(file, result.text);
  } catch (error) {
    process.stderr.write(
      `Không ghi được / cannot write ${file}: ${(error as Error).message}\n${UNCHANGED}\n`,
    );
    process.exit(2);
  }
}
for (const c of changes) {
  const where = `dòng/line ${c.line}${c.column ? `, ${c.column}` : ''}`;
  const detail = c.from || c.to ? `: "${c.from}" → "${c.to}"` : '';
  process.stdout.write(`${where} [${c.what}]${detail}\n`);
}
if (changes.length === 0) {
  process.stdout.write(`${file}: đã đúng chuẩn, không thay đổi / already canonical, unchanged.\n`);
} else if (values['dry-run']) {
  process.stdout.write(
    `${changes.length} thay đổi (chưa ghi) / changes (not written, --dry-run).\n`,
  );
} else {
  process.stdout.write(
    `${changes.length} thay đổi đã ghi vào / changes written to ${file}. Chạy / run: npm run validate\n`,
  );
}

/** Codes from areas.csv beside the file, to restore leading zeros Excel dropped. */
async function siblingAreaCodes(path: string): Promise<Set<string> | undefined> {
  const areas = join(dirname(path), 'areas.csv');
  if (basename(path) === 'areas.csv' || !existsSync(areas)) return undefined;
  const parsed = Papa.parse<Record<string, string>>(await readFile(areas, 'utf8'), {
    header: true,
  });
  return new Set(parsed.data.map((r) => r.code ?? '').filter(Boolean));
}
