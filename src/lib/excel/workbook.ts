/**
 * .xlsx files for people who work in Excel: a dataset with its rows, a blank template, and a
 * workbook with a blank sheet for every dataset. Each data sheet is named like its CSV file
 * (`poverty`), so `npm run data:import` knows where it belongs, and carries a guide sheet that
 * explains every column in Vietnamese and English from the schemas.
 *
 * Text columns (codes above all) are written as Text-formatted cells, and so are a block of blank
 * rows under the data: Excel then keeps what staff type there as text, and "058" stays "058"
 * instead of becoming the number 58.
 */
import { unzipSync, zipSync, type Zippable, type ZippableFile } from 'fflate';
import writeXlsxFile, { type Cell, type Sheet } from 'write-excel-file/node';
import { columnsOf, type DatasetDefinition } from '../schemas/datasets.ts';
import type { FieldMeta } from '../schemas/fields.ts';
import type { Lang } from '../text/lang.ts';

/** Blank, text-formatted rows under the data, room for new rows without losing leading zeros. */
export const BLANK_ROWS = 200;

/** The guide sheet's name; the importer skips it because it names no dataset. */
export const GUIDE_SHEET = 'Hướng dẫn - Guide';

/** A row as committed: column name → the cell's text. */
type Row = Readonly<Record<string, string | undefined>>;

const isText = (meta: FieldMeta) => meta.type === 'string' || meta.type === 'date';

function headerCell(name: string): Cell {
  return { value: name, type: String, fontWeight: 'bold', backgroundColor: '#E8EEF2', format: '@' };
}

/**
 * Numbers become Excel numbers, so readers can compute with them, displayed with the decimals
 * the file has ("10.80" shows as 10.80) and without thousands separators. Everything else is a
 * Text cell with its exact characters.
 */
function dataCell(meta: FieldMeta, raw: string | undefined): Cell {
  if (raw === undefined || raw === '') {
    return isText(meta) ? { value: undefined, type: String, format: '@' } : null;
  }
  if (!isText(meta) && /^-?\d+(\.\d+)?$/.test(raw)) {
    const decimals = raw.split('.')[1]?.length ?? 0;
    return {
      value: Number(raw),
      type: Number,
      format: decimals ? `0.${'0'.repeat(decimals)}` : '0',
    };
  }
  return { value: raw, type: String, format: '@' };
}

/** What a column accepts, in words: the same facts the data page shows. */
export function allowedText(meta: FieldMeta, lang: Lang): string {
  if (meta.enum) return meta.enum.join(', ');
  const pattern = lang === 'vi' ? meta.pattern_vi : meta.pattern_en;
  if (pattern) return pattern;
  if (meta.type === 'date') return 'YYYY-MM-DD';
  return [
    meta.minimum !== undefined ? `≥ ${meta.minimum}` : '',
    meta.maximum !== undefined ? `≤ ${meta.maximum}` : '',
  ]
    .filter(Boolean)
    .join(', ');
}

const widthOf = (name: string, meta: FieldMeta) =>
  Math.min(Math.max(name.length + 2, isText(meta) && (meta.maxLength ?? 0) > 200 ? 40 : 12), 60);

/** A sheet named after the dataset: bold header, the rows as committed, then blank rows. */
export function dataSheet(
  dataset: DatasetDefinition,
  rows: readonly Row[],
  blankRows = BLANK_ROWS,
): Sheet<never> {
  const columns = columnsOf(dataset);
  const blank = columns.map(({ meta }) => dataCell(meta, undefined));
  return {
    sheet: dataset.name,
    stickyRowsCount: 1,
    columns: columns.map(({ name, meta }) => ({ width: widthOf(name, meta) })),
    data: [
      columns.map(({ name }) => headerCell(name)),
      ...rows.map((row) => columns.map(({ name, meta }) => dataCell(meta, row[name]))),
      ...Array.from({ length: blankRows }, () => [...blank]),
    ],
  };
}

const GENERAL_VI = [
  'Mỗi trang tính dữ liệu mang tên tệp CSV (ví dụ poverty = poverty.csv). Không đổi tên trang tính và dòng tiêu đề.',
  'Ô trống nghĩa là "chưa có số liệu công bố", không phải số 0. Chỉ nhập 0 khi nguồn ghi 0.',
  'Mã địa bàn là chữ, giữ số 0 ở đầu (06, 058). Các cột chữ đã được định dạng Text.',
  'Nhập số thuần, không định dạng phần trăm (%): tỷ lệ 26,61% nhập là 26.61. Tiền tính bằng triệu đồng.',
  'Ngày viết theo dạng YYYY-MM-DD (ví dụ 2019-04-08).',
  'Ghi chú viết cả tiếng Việt (note_vi) và tiếng Anh (note_en). source_quote: chép nguyên văn câu của nguồn có con số. year_basis: stated nếu nguồn nêu rõ năm, inferred nếu năm được suy ra (ghi chú giải thích vì sao).',
  'Nhập xong: npm run data:import -- <tệp.xlsx>, hoặc gửi tệp cho người quản lý dữ liệu (xem CONTRIBUTING.md).',
];
const GENERAL_EN = [
  'Each data sheet is named after its CSV file (poverty = poverty.csv). Keep the sheet names and the header row.',
  'An empty cell means "not published", never zero. Enter 0 only where the source prints 0.',
  'Area codes are text and keep their leading zeros (06, 058). Text columns are formatted as Text.',
  'Enter plain numbers, not Excel percentages: a rate of 26.61% is 26.61. Money is in million VND.',
  'Dates are written YYYY-MM-DD (e.g. 2019-04-08).',
  'Notes are written in Vietnamese (note_vi) and English (note_en). source_quote: the sentence of the source that holds the figure, copied exactly. year_basis: stated when the source names the year, inferred when it was worked out (the note says why).',
  'When done: npm run data:import -- <file.xlsx>, or send the file to the data maintainers (see CONTRIBUTING.md).',
];

/** The guide: general rules, then one row per column of each dataset, in both languages. */
export function guideSheet(datasets: readonly DatasetDefinition[]): Sheet<never> {
  const bold = (value: string): Cell => ({ value, type: String, fontWeight: 'bold' });
  const data: Cell[][] = [
    [bold('Hướng dẫn'), bold('Guide')],
    ...GENERAL_VI.map((vi, i) => [vi, GENERAL_EN[i] ?? '']),
  ];
  for (const dataset of datasets) {
    data.push(
      [],
      [
        bold(`${dataset.name} — ${dataset.title.vi}`),
        bold(`${dataset.name} — ${dataset.title.en}`),
      ],
      [dataset.description.vi, dataset.description.en],
      [
        `Khoá (không được trùng): ${dataset.key.join(', ')}`,
        `Key (must be unique): ${dataset.key.join(', ')}`,
      ],
      [
        bold('Cột / Column'),
        bold('Bắt buộc / Required'),
        bold('Kiểu / Type'),
        bold('Đơn vị / Unit'),
        bold('Giá trị cho phép'),
        bold('Allowed values'),
        bold('Mô tả'),
        bold('Description'),
      ],
      ...columnsOf(dataset).map(({ name, meta }): Cell[] => [
        name,
        meta.required ? 'có / yes' : 'không / no',
        meta.type,
        meta.unit ?? '',
        allowedText(meta, 'vi'),
        allowedText(meta, 'en'),
        meta.description_vi,
        meta.description,
      ]),
    );
  }
  return {
    sheet: GUIDE_SHEET,
    columns: [
      { width: 60 },
      { width: 60 },
      { width: 10 },
      { width: 12 },
      { width: 40 },
      { width: 40 },
      { width: 60 },
      { width: 60 },
    ],
    data,
  };
}

// The zip inside an .xlsx stamps each part with the time it was written; a fixed time makes the
// same data give the same bytes, so the published SHA-256 checksums stay true from build to build.
const MTIME = new Date('2020-12-31T00:00:00Z');

async function toBytes(sheets: Sheet<never>[]): Promise<Uint8Array<ArrayBuffer>> {
  const written = await writeXlsxFile(sheets, { fontFamily: 'Calibri', fontSize: 11 }).toBuffer();
  const parts = Object.entries(unzipSync(new Uint8Array(written)));
  const stamped: Zippable = Object.fromEntries(
    parts.map(([name, bytes]): [string, ZippableFile] => [name, [bytes, { mtime: MTIME }]]),
  );
  return new Uint8Array(zipSync(stamped, { level: 6 }));
}

/** One dataset with its rows, for download and for editing. */
export function datasetWorkbook(dataset: DatasetDefinition, rows: readonly Row[]) {
  return toBytes([dataSheet(dataset, rows), guideSheet([dataset])]);
}

/** A blank template: the header row, text-formatted blank rows and the guide. */
export function templateWorkbook(datasets: readonly DatasetDefinition[]) {
  return toBytes([...datasets.map((d) => dataSheet(d, [])), guideSheet(datasets)]);
}

/** The header-only CSV template, with a byte-order mark so Excel reads Vietnamese correctly. */
export function templateCsv(dataset: DatasetDefinition): string {
  return `\uFEFF${columnsOf(dataset)
    .map((c) => c.name)
    .join(',')}\r\n`;
}

/** The media type of .xlsx files. */
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
