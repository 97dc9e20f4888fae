/**
 * What `npm run data:import` tells people, in Vietnamese or English: why a sheet was skipped or
 * stops the import, and, for each file, every row added, changed, removed or kept — printed
 * before anything is written, so the person sees what the import does to the data.
 */
import Papa from 'papaparse';
import type { Lang } from '../text/lang.ts';
import { fileOf, type ImportedSheet, type SheetNote } from './importWorkbook.ts';

const csvLine = (cells: readonly string[]) => Papa.unparse([cells], { newline: '\n' });

/** One note as lines of text (several for a blocking note with details). */
export function noteText(note: SheetNote, lang: Lang): string[] {
  const vi = lang === 'vi';
  const name = `"${note.sheet}"`;
  const file = note.dataset ? fileOf(note.dataset) : '';
  switch (note.kind) {
    case 'unknown':
      return [
        vi
          ? `Bỏ qua trang tính ${name}: tên và dòng tiêu đề không khớp bộ dữ liệu nào.`
          : `Skipped sheet ${name}: its name and header match no dataset.`,
      ];
    case 'empty':
      return [
        vi
          ? `Bỏ qua trang tính ${name}: chưa có dòng số liệu nào, giữ nguyên ${file}.`
          : `Skipped sheet ${name}: it has no rows, ${file} is left as it is.`,
      ];
    case 'duplicate':
      return [
        vi
          ? `Bỏ qua trang tính ${name}: một trang tính khác đã là ${file}.`
          : `Skipped sheet ${name}: another sheet already holds ${file}.`,
      ];
    case 'hidden':
      return [
        vi
          ? `Bỏ qua trang tính ẩn ${name}: nội dung bị ẩn trong Excel không bao giờ được nhập. Nếu muốn nhập, bỏ ẩn (chuột phải vào tên trang tính > Unhide) rồi lưu lại.`
          : `Skipped hidden sheet ${name}: what is hidden in Excel is never imported. To import it, unhide it (right-click a sheet tab > Unhide) and save again.`,
      ];
    case 'stray':
      return [
        vi
          ? `Trang tính ${name}: các ô ${note.cells!.join(', ')} nằm ngoài các cột có tên nên KHÔNG được nhập.`
          : `Sheet ${name}: cells ${note.cells!.join(', ')} are right of the named columns and were NOT imported.`,
      ];
    case 'unreadable': {
      const cells = (note.unreadable ?? [])
        .map((u) =>
          u.kind === 'formula'
            ? `${u.cell} (${vi ? 'công thức chưa được tính' : 'formula never calculated'})`
            : `${u.cell} (${vi ? 'lỗi' : 'error'} ${u.value})`,
        )
        .join(', ');
      const more = (note.count ?? 0) - (note.unreadable?.length ?? 0);
      const rest = more > 0 ? (vi ? ` và ${more} ô khác` : ` and ${more} more`) : '';
      return [
        vi
          ? `LỖI: trang tính ${name} có ${note.count} ô không có giá trị đã lưu: ${cells}${rest}. Nhập sẽ biến chúng thành ô trống, nên không nhập. Mở tệp bằng Excel, sửa ô lỗi, để Excel tính xong rồi lưu lại (hoặc thay công thức bằng giá trị: Paste Special > Values).`
          : `ERROR: sheet ${name} has ${note.count} cells with no saved value: ${cells}${rest}. Importing would make them empty, so nothing is imported. Open the file in Excel, fix the errors, let it calculate and save again (or replace the formulas by their values: Paste Special > Values).`,
      ];
    }
    case 'header':
      return [
        vi
          ? `LỖI: trang tính ${name} (${file}) không chuyển được mà không mất ô nào:`
          : `ERROR: sheet ${name} (${file}) cannot be converted without losing a cell:`,
        ...(note.problems ?? []).map(
          (p) =>
            `  ${p.line === null ? '' : vi ? `hàng ${p.line}: ` : `row ${p.line}: `}${vi ? p.message_vi : p.message_en}`,
        ),
      ];
    case 'unmergeable':
      return [`${vi ? 'LỖI' : 'ERROR'}: ${file}: ${vi ? note.reason_vi : note.reason_en}`];
  }
}

/** Every row the import adds, changes, removes or keeps in one file, before it is written. */
export function planText(file: ImportedSheet, shown: string, lang: Lang): string[] {
  const vi = lang === 'vi';
  const { added, changed, removed, kept } = file.plan;
  const lines = [
    '',
    vi
      ? `Trang tính "${file.sheet}" → ${shown}: ${added.length} dòng thêm, ${removed.length} dòng xoá, ${changed.length} dòng sửa${kept.length ? `, ${kept.length} dòng giữ nguyên` : ''}.${file.unchanged ? ' Tệp không thay đổi.' : ''}`
      : `Sheet "${file.sheet}" → ${shown}: rows added ${added.length}, removed ${removed.length}, changed ${changed.length}${kept.length ? `, kept ${kept.length}` : ''}.${file.unchanged ? ' The file is unchanged.' : ''}`,
  ];
  const row = (n: number) => (vi ? `hàng ${n}` : `row ${n}`);
  for (const r of added) lines.push(`  + ${row(r.excelRow)}: ${csvLine(r.cells)}`);
  for (const c of changed) {
    const key = c.key.join(' · ');
    for (const cell of c.cells)
      lines.push(`  ~ ${row(c.excelRow)}: ${key} · ${cell.column}: "${cell.from}" → "${cell.to}"`);
  }
  for (const r of removed) lines.push(`  - ${csvLine(r)}`);
  if (removed.length)
    lines.push(
      vi
        ? `  CHÚ Ý: ${removed.length} dòng trên có trong tệp cũ nhưng không có trong trang tính và SẼ BỊ XOÁ (--replace ${file.dataset}).`
        : `  NOTE: the ${removed.length} rows above are in the old file but not in the sheet and WILL BE REMOVED (--replace ${file.dataset}).`,
    );
  if (kept.length)
    lines.push(
      vi
        ? `  ${kept.length} dòng của tệp không có trong trang tính: GIỮ NGUYÊN, không xoá. Nếu thật sự muốn xoá chúng (trang tính là toàn bộ tệp), chạy lại với --replace ${file.dataset}.`
        : `  ${kept.length} rows of the file are not in the sheet: KEPT, not removed. If you really mean to remove them (the sheet is the whole file), run again with --replace ${file.dataset}.`,
    );
  for (const c of file.changes)
    lines.push(
      `  ${row(c.excelRow)}${c.column ? `, ${c.column}` : ''} [${c.what}]: "${c.from}" → "${c.to}"`,
    );
  return lines;
}
