/**
 * What each problem code means, in Vietnamese and English, with how to fix it. Staff read the
 * Vietnamese in a terminal or a pull request; journalists and other provinces read the English.
 */
import { visible } from './report/visible.ts';

/**
 * The facts a message may quote besides the cell itself, each named for what it is. A producer
 * sets the ones its code's templates read; `makeProblem` hands them over unchanged.
 */
/** Errors must be fixed before publishing; warnings are worth a look. */
export type Severity = 'error' | 'warning';

export interface ProblemFacts {
  /** Why the operating system or a parser refused the file (its own message). */
  reason?: string;
  /** How many were found: cells in a row, features in a boundary file. */
  found?: number;
  /** How many cells the header row promises. */
  expectedCount?: number;
  /** The 1-based position of an unnamed column. */
  position?: number;
  /** The only column a one-language note was written in (`note_vi` or `note_en`). */
  writtenIn?: string;
  /** The line that first held a duplicated key, and the key's columns with their values. */
  firstLine?: number;
  key?: string;
  /** The value as it should be written. */
  fix?: string;
  /** The two readings of an ambiguous number. */
  thousands?: string;
  decimal?: string;
  /** The refused invisible characters, named (e.g. "U+200B ZERO WIDTH SPACE"). */
  characters?: string;
  /** The households total a count exceeds, and which count it is. */
  total?: number;
  label?: string;
  /** A rate worked out from the counts. */
  computed?: string;
  /** Funding amounts as printed in the file. */
  allocated?: string;
  disbursed?: string;
  /** The first year of a period, the lower end of a range. */
  from?: number;
  lower?: number;
  /** The project a sub-project should belong to, the indicator, the area level. */
  project?: string;
  indicator?: string;
  level?: string;
  /** The period the sources cover, e.g. "2016–2020". */
  period?: string;
  /** A known code the unknown one is probably a typo of. */
  suggestion?: string;
  /** Whether a link stands where a real file is wanted, or is a stray. */
  link?: 'wanted' | 'stray';
  /** The file expected in place of a folder or special file; what the entry is instead. */
  file?: string;
  kind?: 'folder' | 'file' | 'special';
  /** The dataset file a stray copy resembles, and whether renaming it replaces that file. */
  dataset?: string;
  rename?: 'replace' | 'new';
  /** A file's size and the limit, in megabytes. */
  sizeMb?: number;
  limitMb?: number;
  /** The table whose references could not be checked. */
  table?: 'areas' | 'sources';
  /** How many problems a summary counts, and how many of each severity are listed per file. */
  omitted?: number;
  cap?: number;
  /** The most features or points a boundary file may hold. */
  limit?: number;
  /** Where a duplicated feature code first appeared, e.g. "features[0]". */
  firstAt?: string;
  /** What the districts add up to. */
  sum?: number;
}

export interface MessageContext extends ProblemFacts {
  column?: string | null;
  value?: string | null;
  expected_vi?: string;
  expected_en?: string;
}

type Template = (c: MessageContext) => string;
export interface Message {
  /**
   * Errors must be fixed; warnings are worth a look. A `report/omitted` summary takes the
   * severity of the problems it counts.
   */
  severity: Severity | 'of-counted';
  vi: Template;
  en: Template;
}

/** A value in quotes, its invisible characters shown as <U+XXXX> (see report/visible.ts). */
const q = (v: unknown) => `"${visible(String(v ?? ''))}"`;
/** A count as people of that language write it: 12.345 in Vietnamese, 12,345 in English. */
const num = (v: unknown, locale: string) =>
  typeof v === 'number' ? v.toLocaleString(locale) : String(v ?? '');
const SAVE_AS_VI =
  'Trong Excel chọn File > Save As (Lưu thành) > kiểu "CSV UTF-8 (Comma delimited) (*.csv)".';
const SAVE_AS_EN = 'In Excel use File > Save As > "CSV UTF-8 (Comma delimited) (*.csv)".';
const NORMALIZE = 'npm run data:normalize -- <tệp>';

export const MESSAGES = {
  'file/missing': {
    severity: 'error',
    vi: () => 'Thiếu tệp dữ liệu bắt buộc. Hãy tạo tệp với đúng dòng tiêu đề (xem data/README.md).',
    en: () =>
      'A required data file is missing. Create it with the exact header row (see data/README.md).',
  },
  'file/unreadable': {
    severity: 'error',
    vi: (c) => `Không đọc được tệp: ${c.reason}.`,
    en: (c) => `The file cannot be read: ${c.reason}.`,
  },
  'file/empty': {
    severity: 'error',
    vi: () => 'Tệp trống: cần ít nhất dòng tiêu đề.',
    en: () => 'The file is empty: it needs at least the header row.',
  },
  'file/utf16': {
    severity: 'error',
    vi: () => `Tệp được lưu dạng Unicode UTF-16, không phải UTF-8. ${SAVE_AS_VI}`,
    en: () => `The file is saved as UTF-16 Unicode text, not UTF-8. ${SAVE_AS_EN}`,
  },
  'file/encoding': {
    severity: 'error',
    vi: () =>
      `Tệp không phải UTF-8 (có thể là Windows-1258, TCVN3 hoặc VNI), tiếng Việt sẽ bị lỗi font. ${SAVE_AS_VI}`,
    en: () =>
      `The file is not UTF-8 (perhaps Windows-1258, TCVN3 or VNI); Vietnamese text would be garbled. ${SAVE_AS_EN}`,
  },
  'file/delimiter': {
    severity: 'error',
    vi: () =>
      `Các cột được ngăn bằng dấu chấm phẩy (;), kiểu Excel tiếng Việt. Cần dấu phẩy (,) và dấu chấm thập phân. Chạy ${NORMALIZE} để chuyển tự động, hoặc: ${SAVE_AS_VI}`,
    en: () =>
      `Columns are separated by semicolons (;), as Excel does in a Vietnamese locale. Commas and a "." decimal mark are required. Run npm run data:normalize -- <file> to convert, or: ${SAVE_AS_EN}`,
  },
  'file/quotes': {
    severity: 'error',
    vi: () =>
      'Dấu ngoặc kép (") mở ở dòng này nhưng không bao giờ đóng: mọi dòng sau sẽ bị gộp vào một ô. Thêm dấu " đóng ô, hoặc nếu dấu " là một phần của chữ, đặt cả ô trong ngoặc kép và viết dấu " bên trong thành "".',
    en: () =>
      'A double quote (") opens on this line and never closes: every later line would become one cell. Close the cell with ", or, if the quote is part of the text, put the whole cell in quotes and write each inner quote as "".',
  },
  'file/cr-line-ends': {
    severity: 'error',
    vi: () =>
      `Các dòng kết thúc bằng ký tự CR đơn (kiểu Excel cũ trên Mac), nên cả tệp đọc thành một dòng. Chạy ${NORMALIZE} hoặc: ${SAVE_AS_VI}`,
    en: () =>
      `Lines end with a lone carriage return (CR, as old Mac Excel saves), so the whole file reads as one line. Run npm run data:normalize -- <file>, or: ${SAVE_AS_EN}`,
  },
  'file/tab-delimited': {
    severity: 'error',
    vi: () =>
      `Các cột được ngăn bằng ký tự TAB (tệp "Text (Tab delimited)" hoặc chữ dán từ Excel), không phải dấu phẩy. ${SAVE_AS_VI}`,
    en: () =>
      `Columns are separated by TAB characters (a "Text (Tab delimited)" file, or text pasted from Excel), not commas. ${SAVE_AS_EN}`,
  },
  'cell/quote-inside': {
    severity: 'error',
    vi: (c) =>
      `Ô ${q(c.value)} có dấu ngoặc kép (") ở giữa mà không được đặt trong ngoặc kép, nên không đọc chắc chắn được. Đặt cả ô trong ngoặc kép và viết mỗi dấu " bên trong thành "" (Excel tự làm vậy khi lưu CSV), hoặc bỏ dấu ". Dòng này chưa được đọc.`,
    en: (c) =>
      `The cell ${q(c.value)} has a double quote (") inside it but is not itself in quotes, so it cannot be read unambiguously. Put the whole cell in quotes and write each inner quote as "" (Excel does this when it saves a CSV), or remove the quote. This row was not read.`,
  },
  'cell/text-after-quote': {
    severity: 'error',
    vi: (c) =>
      `Ô ${q(c.value)} bắt đầu bằng dấu ngoặc kép, đóng ngoặc rồi còn chữ phía sau, nên không biết ô kết thúc ở đâu (các dòng sau có thể bị gộp vào). Nếu dấu " là một phần của chữ, đặt cả ô trong ngoặc kép và viết mỗi dấu " bên trong thành "", ví dụ: """Mục tiêu"" đến hết năm". Dòng này chưa được đọc.`,
    en: (c) =>
      `The cell ${q(c.value)} starts with a double quote, closes it and goes on with more text, so where the cell ends is ambiguous (later rows could be swallowed). If the quote is part of the text, put the whole cell in quotes and write each inner quote as "", e.g. """Target"" by the end of the year". This row was not read.`,
  },
  'header/missing-column': {
    severity: 'error',
    vi: (c) => `Thiếu cột ${q(c.column)} trong dòng tiêu đề.`,
    en: (c) => `Column ${q(c.column)} is missing from the header row.`,
  },
  'header/unknown-column': {
    severity: 'error',
    vi: (c) => `Cột ${q(c.value)} không có trong cấu trúc dữ liệu. Xoá cột này hoặc sửa lại tên.`,
    en: (c) => `Column ${q(c.value)} is not part of the dataset. Remove it or correct its name.`,
  },
  'header/duplicate-column': {
    severity: 'error',
    vi: (c) => `Cột ${q(c.value)} xuất hiện hai lần.`,
    en: (c) => `Column ${q(c.value)} appears twice.`,
  },
  'header/near-match': {
    severity: 'error',
    vi: (c) =>
      `Tên cột ${q(c.value)} phải viết chính xác là ${q(c.column)} (chữ thường, không dấu, nối bằng "_").`,
    en: (c) =>
      `Column name ${q(c.value)} must be written exactly ${q(c.column)} (lowercase, no accents, "_" between words).`,
  },
  'header/order': {
    severity: 'error',
    vi: (c) => `Các cột phải theo đúng thứ tự: ${c.expected_vi}.`,
    en: (c) => `Columns must be in this order: ${c.expected_en}.`,
  },
  'row/field-count': {
    severity: 'error',
    vi: (c) =>
      `Dòng có ${c.found} ô nhưng tiêu đề có ${c.expectedCount} cột. Kiểm tra dấu phẩy thừa/thiếu hoặc ô chứa dấu phẩy chưa đặt trong ngoặc kép.`,
    en: (c) =>
      `The row has ${c.found} cells but the header has ${c.expectedCount} columns. Look for an extra or missing comma, or a cell with a comma that is not in double quotes.`,
  },
  // Refusals of `npm run data:normalize` (the file is then left exactly as it was).
  'file/parse': {
    severity: 'error',
    vi: (c) =>
      `Không đọc chắc chắn được dòng này (${c.reason}): ${q(c.value)}. Sửa dòng trong Excel rồi lưu lại.`,
    en: (c) =>
      `This line cannot be read unambiguously (${c.reason}): ${q(c.value)}. Correct it in Excel and save again.`,
  },
  'file/no-dataset': {
    severity: 'error',
    vi: () =>
      'Dòng tiêu đề không khớp bộ dữ liệu nào của data/README.md (thiếu, thừa hoặc sai tên cột).',
    en: () =>
      'The header row matches no dataset of data/README.md (a column is missing, extra or misnamed).',
  },
  'header/unnamed-column': {
    severity: 'error',
    vi: (c) =>
      `Cột thứ ${c.position} không có tên ở dòng tiêu đề nhưng dòng này có dữ liệu ở cột đó: ${q(c.value)}. Đặt tên cột, hoặc chuyển dữ liệu vào đúng cột (thường do dấu phẩy/chấm phẩy thừa).`,
    en: (c) =>
      `Column ${c.position} has no name in the header row, but this row holds data in it: ${q(c.value)}. Name the column, or move the data into its column (often an extra comma or semicolon).`,
  },
  'row/note-one-language': {
    severity: 'error',
    vi: (c) =>
      `Ghi chú chỉ có ở cột ${q(c.writtenIn)}: mỗi ghi chú cần cả tiếng Việt (note_vi) và tiếng Anh (note_en), vì mỗi trang chỉ hiện ghi chú bằng ngôn ngữ của trang. Viết bản dịch vào cột ${q(c.column)}.`,
    en: (c) =>
      `The note is only in ${q(c.writtenIn)}: every note needs a Vietnamese (note_vi) and an English (note_en) text, because each page shows notes in its own language only. Write the translation in ${q(c.column)}.`,
  },
  'row/empty': {
    severity: 'warning',
    vi: () => 'Dòng trống, sẽ bị bỏ qua. Có thể xoá dòng này.',
    en: () => 'Empty row; it is ignored. You can delete it.',
  },
  'row/duplicate-key': {
    severity: 'error',
    vi: (c) =>
      `Trùng với dòng ${c.firstLine} (cùng ${c.key}). Mỗi số liệu chỉ được nhập một lần; hãy xoá hoặc sửa một dòng.`,
    en: (c) =>
      `Duplicates line ${c.firstLine} (same ${c.key}). Each figure belongs on one row only; delete or correct one of them.`,
  },
  'row/no-measure': {
    severity: 'error',
    vi: () => 'Dòng không có số liệu nào. Nhập ít nhất một con số đã công bố, hoặc xoá dòng.',
    en: () => 'The row holds no figure. Enter at least one published figure, or delete the row.',
  },
  'cell/required': {
    severity: 'error',
    vi: (c) => `Ô ${q(c.column)} bắt buộc phải có giá trị: ${c.expected_vi}.`,
    en: (c) => `Cell ${q(c.column)} must not be empty: ${c.expected_en}.`,
  },
  'cell/type': {
    severity: 'error',
    vi: (c) => `Giá trị ${q(c.value)} ở cột ${q(c.column)} sai kiểu. Cần: ${c.expected_vi}.`,
    en: (c) =>
      `Value ${q(c.value)} in column ${q(c.column)} has the wrong type. Expected: ${c.expected_en}.`,
  },
  'cell/range': {
    severity: 'error',
    vi: (c) =>
      `Giá trị ${q(c.value)} ở cột ${q(c.column)} nằm ngoài giới hạn. Cần: ${c.expected_vi}.`,
    en: (c) =>
      `Value ${q(c.value)} in column ${q(c.column)} is out of range. Expected: ${c.expected_en}.`,
  },
  'cell/enum': {
    severity: 'error',
    vi: (c) => `Giá trị ${q(c.value)} ở cột ${q(c.column)} không hợp lệ. Chọn ${c.expected_vi}.`,
    en: (c) => `Value ${q(c.value)} in column ${q(c.column)} is not allowed. Use ${c.expected_en}.`,
  },
  'cell/format': {
    severity: 'error',
    vi: (c) => `Giá trị ${q(c.value)} ở cột ${q(c.column)} sai định dạng. Cần: ${c.expected_vi}.`,
    en: (c) =>
      `Value ${q(c.value)} in column ${q(c.column)} has the wrong format. Expected: ${c.expected_en}.`,
  },
  'cell/url': {
    severity: 'error',
    vi: (c) =>
      `Địa chỉ ${q(c.value)} không hợp lệ: chỉ nhận địa chỉ bắt đầu bằng http:// hoặc https://.`,
    en: (c) =>
      `Address ${q(c.value)} is not valid: only addresses starting with http:// or https:// are accepted.`,
  },
  'cell/too-long': {
    severity: 'error',
    vi: (c) => `Ô ${q(c.column)} quá dài. Cần: ${c.expected_vi}.`,
    en: (c) => `Cell ${q(c.column)} is too long. Expected: ${c.expected_en}.`,
  },
  'cell/whitespace': {
    severity: 'error',
    vi: (c) =>
      `Ô ${q(c.column)} có dấu cách thừa ở đầu hoặc cuối: ${q(c.value)}. Xoá dấu cách, hoặc chạy ${NORMALIZE}.`,
    en: (c) =>
      `Cell ${q(c.column)} has spaces before or after the value: ${q(c.value)}. Remove them, or run npm run data:normalize -- <file>.`,
  },
  'cell/thousands-separator': {
    severity: 'error',
    vi: (c) => `${q(c.value)} có dấu phân cách hàng nghìn. Viết liền không dấu: ${c.fix}.`,
    en: (c) => `${q(c.value)} has a thousands separator. Write the digits only: ${c.fix}.`,
  },
  'cell/decimal-comma': {
    severity: 'error',
    vi: (c) => `${q(c.value)} dùng dấu phẩy thập phân. Dùng dấu chấm: ${c.fix}.`,
    en: (c) => `${q(c.value)} uses a decimal comma. Use a point: ${c.fix}.`,
  },
  'cell/ambiguous-number': {
    severity: 'error',
    vi: (c) =>
      `Giá trị ${q(c.value)} ở cột ${q(c.column)} có hai cách hiểu: ${c.thousands} (dấu "." hoặc "," ngăn cách hàng nghìn, như Excel tiếng Việt) hoặc ${c.decimal} (số thập phân). Hệ thống không đoán: nếu là hàng nghìn, viết ${c.thousands}; nếu là số thập phân, viết ${c.decimal}.`,
    en: (c) =>
      `Value ${q(c.value)} in column ${q(c.column)} reads two ways: ${c.thousands} (the "." or "," separates thousands, as Vietnamese Excel writes) or ${c.decimal} (a decimal). It is not guessed: write ${c.thousands} for thousands, or ${c.decimal} for a decimal.`,
  },
  'cell/leading-zero': {
    severity: 'error',
    vi: (c) =>
      `Số ${q(c.value)} ở cột ${q(c.column)} có số 0 ở đầu (ô được nhập dạng chữ). Viết ${c.fix}.`,
    en: (c) =>
      `Number ${q(c.value)} in column ${q(c.column)} starts with a zero (the cell was typed as text). Write ${c.fix}.`,
  },
  'cell/precision': {
    severity: 'error',
    vi: (c) =>
      `Số ${q(c.value)} ở cột ${q(c.column)} có hơn 15 chữ số có nghĩa, nhiều hơn mức lưu được chính xác: các chữ số cuối sẽ bị làm tròn. Đối chiếu với nguồn; không nguồn nào in số chi tiết đến vậy, có thể ô bị dán nhầm.`,
    en: (c) =>
      `Number ${q(c.value)} in column ${q(c.column)} has more than 15 significant digits, more than can be stored exactly: the last ones would be rounded. Check it against the source; no source prints so many digits, so the cell was probably pasted wrongly.`,
  },
  'cell/invisible-character': {
    severity: 'error',
    vi: (c) =>
      `Ô ${q(c.column)} chứa ký tự ẩn hoặc ký tự điều khiển (${c.characters}): ${q(c.value)}. Chúng không nhìn thấy được nhưng làm sai việc so khớp, sắp xếp và hiển thị. Xoá các ký tự này (thường do sao chép từ trang web, Word hoặc PDF) rồi gõ lại.`,
    en: (c) =>
      `Cell ${q(c.column)} contains invisible or control characters (${c.characters}): ${q(c.value)}. They cannot be seen but break matching, sorting and display. Delete them (they usually come from copying a web page, Word or PDF) and type the text again.`,
  },
  'cell/code-leading-zero': {
    severity: 'error',
    vi: (c) =>
      `Mã ${q(c.value)} bị mất số 0 ở đầu (Excel tự xoá). Viết đúng là ${q(c.fix)}; khi mở bằng Excel hãy định dạng cột là Text.`,
    en: (c) =>
      `Code ${q(c.value)} lost its leading zero (Excel drops it). Write ${q(c.fix)}; in Excel format the column as Text.`,
  },
  'cell/legacy-encoding': {
    severity: 'error',
    vi: (c) =>
      `Chữ ${q(c.value)} có vẻ được gõ bằng bảng mã cũ (TCVN3/VNI), không phải Unicode. Gõ lại bằng Unicode (Unikey: bảng mã Unicode).`,
    en: (c) =>
      `Text ${q(c.value)} looks typed in a legacy Vietnamese encoding (TCVN3/VNI), not Unicode. Retype it in Unicode.`,
  },
  'cell/unicode-form': {
    severity: 'error',
    vi: (c) =>
      `Chữ ở cột ${q(c.column)} dùng dấu tổ hợp (Unicode tổ hợp) thay vì dựng sẵn. Chạy ${NORMALIZE} để chuẩn hoá.`,
    en: (c) =>
      `Text in column ${q(c.column)} uses combining accents (decomposed Unicode) instead of precomposed letters. Run npm run data:normalize -- <file>.`,
  },
  'rule/poor-exceeds-total': {
    severity: 'error',
    vi: (c) => `Số hộ ${c.label} (${c.value}) lớn hơn tổng số hộ (${c.total}).`,
    en: (c) => `${c.label} households (${c.value}) exceed all households (${c.total}).`,
  },
  'rule/rate-mismatch': {
    severity: 'error',
    vi: (c) =>
      `Tỷ lệ ${q(c.value)}% không khớp với số hộ: tính ra ${c.computed}%. Kiểm tra lại số hộ hoặc tỷ lệ.`,
    en: (c) =>
      `Rate ${q(c.value)}% does not match the household counts, which give ${c.computed}%. Check the counts or the rate.`,
  },
  'rule/disbursed-exceeds-allocated': {
    severity: 'error',
    vi: (c) =>
      `Vốn giải ngân (${c.value}) lớn hơn vốn được giao (${c.allocated}). Kiểm tra lại hai số; nếu chính nguồn ghi như vậy, ghi "yes" vào cột disbursed_exceeds_allocated (chỉ ghi chú ở cột note là chưa đủ).`,
    en: (c) =>
      `Disbursed (${c.value}) exceeds allocated (${c.allocated}). Check both amounts; if the source itself reports this, write "yes" in column disbursed_exceeds_allocated (a note alone is not enough).`,
  },
  'rule/exceeds-flag-without-excess': {
    severity: 'error',
    vi: (c) =>
      `Cột disbursed_exceeds_allocated ghi "yes" nhưng vốn giải ngân (${c.disbursed}) không lớn hơn vốn được giao (${c.allocated}). Chỉ ghi "yes" khi nguồn nêu giải ngân vượt vốn giao; nếu không, để trống.`,
    en: (c) =>
      `Column disbursed_exceeds_allocated says "yes" but disbursed (${c.disbursed}) does not exceed allocated (${c.allocated}). Write "yes" only when the source reports disbursement above the allocation; otherwise leave it empty.`,
  },
  'rule/period-order': {
    severity: 'error',
    vi: (c) => `Năm bắt đầu (${c.from}) sau năm kết thúc (${c.value}).`,
    en: (c) => `The first year (${c.from}) is after the last year (${c.value}).`,
  },
  'rule/range-order': {
    severity: 'error',
    vi: (c) => `Cận trên (${c.value}) nhỏ hơn cận dưới (${c.lower}).`,
    en: (c) => `The upper end (${c.value}) is below the lower end (${c.lower}).`,
  },
  'rule/sub-project': {
    severity: 'error',
    vi: (c) => `Tiểu dự án ${q(c.value)} không thuộc dự án ${c.project}. Cần: ${c.expected_vi}.`,
    en: (c) =>
      `Sub-project ${q(c.value)} does not belong to project ${c.project}. Expected: ${c.expected_en}.`,
  },
  'rule/percent-indicator': {
    severity: 'error',
    vi: (c) =>
      `Chỉ tiêu ${c.indicator} là tỷ lệ phần trăm nên phải từ 0 đến 100, nhưng là ${q(c.value)}.`,
    en: (c) =>
      `Indicator ${c.indicator} is a percentage, so it must be 0–100, but is ${q(c.value)}.`,
  },
  'rule/code-level': {
    severity: 'error',
    vi: (c) => `Mã ${q(c.value)} không đúng độ dài của cấp ${c.level}: ${c.expected_vi}.`,
    en: (c) => `Code ${q(c.value)} has the wrong length for level ${c.level}: ${c.expected_en}.`,
  },
  'rule/parent': {
    severity: 'error',
    vi: (c) => `Đơn vị cấp trên ${q(c.value)} không hợp lệ: ${c.expected_vi}.`,
    en: (c) => `Parent unit ${q(c.value)} is not valid: ${c.expected_en}.`,
  },
  'rule/coordinates-pair': {
    severity: 'error',
    vi: () => 'Vĩ độ và kinh độ phải cùng có hoặc cùng để trống.',
    en: () => 'Latitude and longitude must both be given or both be empty.',
  },
  'rule/year-outside-period': {
    severity: 'error',
    vi: (c) =>
      `Năm ${q(c.value)} nằm ngoài giai đoạn ${c.period}. Sửa năm, hoặc ghi giai đoạn nguồn bao quát (covers_from, covers_to) trong sources.csv.`,
    en: (c) =>
      `Year ${q(c.value)} is outside ${c.period}. Correct the year, or record the period the source covers (covers_from, covers_to) in sources.csv.`,
  },
  'ref/unknown-area': {
    severity: 'error',
    vi: (c) =>
      `Mã địa bàn ${q(c.value)} không có trong areas.csv.${c.suggestion ? ` Có phải ${q(c.suggestion)}?` : ''}`,
    en: (c) =>
      `Area code ${q(c.value)} is not in areas.csv.${c.suggestion ? ` Did you mean ${q(c.suggestion)}?` : ''}`,
  },
  'ref/unknown-source': {
    severity: 'error',
    vi: (c) =>
      `Mã nguồn ${q(c.value)} không có trong sources.csv. Thêm nguồn vào sources.csv hoặc sửa mã.`,
    en: (c) =>
      `Source id ${q(c.value)} is not in sources.csv. Add the source to sources.csv or correct the id.`,
  },
  'file/symlink': {
    severity: 'error',
    vi: (c) =>
      `${q(c.value)} là một liên kết tượng trưng (symbolic link), không phải tệp thật, nên không được đọc: trình kiểm tra không bao giờ đi theo liên kết vì nó có thể trỏ tới bất kỳ tệp nào ngoài kho dữ liệu. ${c.link === 'wanted' ? 'Đặt chính tệp (hoặc thư mục) thật vào đây thay cho liên kết.' : 'Xoá liên kết này.'}`,
    en: (c) =>
      `${q(c.value)} is a symbolic link, not a real file, so it was not read: the validator never follows links, because one can point to any file outside the repository. ${c.link === 'wanted' ? 'Put the real file (or folder) here instead of the link.' : 'Remove the link.'}`,
  },
  'file/not-a-file': {
    severity: 'error',
    vi: (c) =>
      `${q(c.value)} là ${c.kind === 'folder' ? 'một thư mục' : 'một tệp đặc biệt (thiết bị, FIFO hoặc socket)'}, không phải tệp thường, nên không được đọc. Xoá nó rồi đặt tệp ${c.file} vào đúng chỗ đó.`,
    en: (c) =>
      `${q(c.value)} is ${c.kind === 'folder' ? 'a folder' : 'a special file (device, FIFO or socket)'}, not a plain file, so it was not read. Remove it and put the file ${c.file} in its place.`,
  },
  'file/near-name': {
    severity: 'error',
    vi: (c) =>
      `Tệp ${q(c.value)} không được đọc: chỉ tệp ${c.dataset} được kiểm tra và công bố${c.rename === 'replace' ? ', nên số liệu cũ trong tệp đó vẫn đang được dùng' : ''}. Nếu đây là bản đã sửa, hãy đổi tên thành ${c.dataset}${c.rename === 'replace' ? ' (thay thế tệp cũ)' : ''}; nếu không, hãy xoá tệp này.`,
    en: (c) =>
      `The file ${q(c.value)} is not read: only ${c.dataset} is checked and published${c.rename === 'replace' ? ', so its old figures are still the ones in use' : ''}. If this is the corrected version, rename it to ${c.dataset}${c.rename === 'replace' ? ', replacing the old one' : ''}; otherwise remove it.`,
  },
  'file/workbook': {
    severity: 'error',
    vi: (c) =>
      `${q(c.value)} là bảng tính (Excel, LibreOffice); chỉ tệp CSV được đọc nên bảng tính này bị bỏ qua. ${c.dataset ? `Lưu nó thành tệp CSV tên ${c.dataset}${c.rename === 'replace' ? ' (thay thế tệp cũ)' : ''}` : 'Lưu mỗi trang tính thành tệp CSV của bộ dữ liệu tương ứng'}: ${SAVE_AS_VI} Hoặc chạy npm run data:import -- <tệp.xlsx>. Sau đó xoá bảng tính khỏi thư mục data/.`,
    en: (c) =>
      `${q(c.value)} is a spreadsheet workbook (Excel, LibreOffice); only CSV files are read, so it is ignored. ${c.dataset ? `Save it as the CSV file ${c.dataset}${c.rename === 'replace' ? ', replacing the old one' : ''}` : "Save each sheet as its dataset's CSV file"}: ${SAVE_AS_EN} Or run npm run data:import -- <file.xlsx>. Then remove the workbook from data/.`,
  },
  'file/unexpected': {
    severity: 'error',
    vi: (c) =>
      `Tệp ${q(c.value)} không thuộc bộ dữ liệu nên không được đọc. Thư mục data/ chỉ chứa các tệp CSV liệt kê trong data/README.md, chính README.md và thư mục geo/. Xoá tệp này hoặc chuyển nó ra ngoài data/.`,
    en: (c) =>
      `The file ${q(c.value)} is not one of the datasets, so it is not read. data/ holds only the CSV files listed in data/README.md, README.md itself and the geo/ folder. Remove this file or move it out of data/.`,
  },
  'file/unexpected-folder': {
    severity: 'error',
    vi: (c) =>
      `Thư mục ${q(c.value)} không được đọc: trong data/ chỉ có thư mục geo/ (ranh giới bản đồ). Nếu trong đó có tệp dữ liệu đã sửa, hãy chuyển tệp ra thẳng data/ với đúng tên; rồi xoá thư mục hoặc chuyển nó ra ngoài data/.`,
    en: (c) =>
      `The folder ${q(c.value)} is not read: the only folder in data/ is geo/ (map boundaries). If it holds corrected data files, move them straight into data/ under their exact names; then remove the folder or move it out of data/.`,
  },
  'file/too-large': {
    severity: 'error',
    vi: (c) =>
      `Tệp nặng ${c.sizeMb} MB, vượt giới hạn ${c.limitMb} MB nên không được đọc. Một bộ dữ liệu lớn như vậy gần như chắc chắn có nhầm lẫn (ví dụ Excel lưu thêm hàng triệu dòng trống): mở tệp, xoá các dòng thừa rồi lưu lại.`,
    en: (c) =>
      `The file is ${c.sizeMb} MB, over the ${c.limitMb} MB limit, so it was not read. A dataset this large is almost certainly a mistake (e.g. Excel saved millions of empty rows): open it, delete the extra rows and save again.`,
  },
  'ref/unchecked': {
    severity: 'error',
    vi: (c) =>
      `Không đọc được trọn vẹn ${c.value}, nên ${c.table === 'areas' ? 'mã địa bàn (area_code) trong các tệp khác và mã vùng trong data/geo/' : 'mã nguồn (source_id) trong các tệp khác'} chưa được kiểm tra. Sửa lỗi của tệp này trước rồi chạy lại; khi đó từng mã sẽ được kiểm tra.`,
    en: (c) =>
      `${c.value} could not be read in full, so ${c.table === 'areas' ? 'the area codes (area_code) in the other files and the feature codes in data/geo/ were' : 'the source ids (source_id) in the other files were'} not checked. Fix this file's errors first and run again; every code will then be checked.`,
  },
  'report/omitted': {
    severity: 'of-counted',
    vi: (c) =>
      `Còn ${num(c.omitted, 'vi-VN')} vấn đề khác mã ${c.value} trong tệp này không được liệt kê (mỗi tệp chỉ liệt kê ${num(c.cap, 'vi-VN')} lỗi và ${num(c.cap, 'vi-VN')} cảnh báo đầu tiên). Các lỗi cùng mã thường chung một nguyên nhân: sửa các lỗi đã liệt kê rồi chạy lại để xem phần còn lại.`,
    en: (c) =>
      `${num(c.omitted, 'en')} more problems with code ${c.value} in this file are not listed (only the first ${num(c.cap, 'en')} errors and ${num(c.cap, 'en')} warnings of each file are). Problems with the same code often share one cause: fix the ones listed, then run again to see the rest.`,
  },
  'geo/not-a-folder': {
    severity: 'error',
    vi: (c) =>
      `${q(c.value)} phải là thư mục chứa các tệp ranh giới *.geojson, nhưng đây là một tệp. Xoá nó, hoặc tạo thư mục geo/ và đặt tệp .geojson vào trong.`,
    en: (c) =>
      `${q(c.value)} must be a folder of *.geojson boundary files, but it is a file. Remove it, or make a geo/ folder and put the .geojson file inside.`,
  },
  'geo/unexpected': {
    severity: 'error',
    vi: (c) =>
      `${q(c.value)} không được đọc: thư mục data/geo/ chỉ chứa các tệp ranh giới GeoJSON có đuôi .geojson. ${c.kind === 'folder' ? 'Xoá thư mục này hoặc chuyển nó ra ngoài data/.' : 'Nếu đây là tệp GeoJSON, đổi đuôi thành .geojson; nếu không, hãy xoá nó.'}`,
    en: (c) =>
      `${q(c.value)} is not read: data/geo/ holds only GeoJSON boundary files ending in .geojson. ${c.kind === 'folder' ? 'Remove this folder or move it out of data/.' : 'If it is a GeoJSON file, rename it to end in .geojson; otherwise remove it.'}`,
  },
  'geo/too-large': {
    severity: 'error',
    vi: (c) =>
      `Tệp ranh giới nặng ${c.sizeMb} MB, vượt giới hạn ${c.limitMb} MB nên không được đọc (bản đồ chỉ cần bản rút gọn khoảng 60 KB). Hãy đơn giản hoá trước, ví dụ trên mapshaper.org: Simplify rồi Export dạng GeoJSON.`,
    en: (c) =>
      `The boundary file is ${c.sizeMb} MB, over the ${c.limitMb} MB limit, so it was not read (the map needs only a simplified version of about 60 KB). Simplify it first, e.g. on mapshaper.org: Simplify, then Export as GeoJSON.`,
  },
  'geo/too-many-features': {
    severity: 'error',
    vi: (c) =>
      `Tệp ranh giới có ${num(c.found, 'vi-VN')} vùng, vượt giới hạn ${num(c.limit, 'vi-VN')}; mỗi vùng phải là một đơn vị trong areas.csv nên chừng này là quá nhiều. Tệp không được kiểm tra tiếp. Chỉ giữ các vùng của tỉnh (mỗi huyện một vùng).`,
    en: (c) =>
      `The boundary file has ${num(c.found, 'en')} features, more than the ${num(c.limit, 'en')} allowed; each feature must be one unit of areas.csv, so this is far too many. The file was not checked further. Keep only the province's features (one per district).`,
  },
  'geo/too-many-points': {
    severity: 'error',
    vi: (c) =>
      `Tệp ranh giới có hơn ${num(c.limit, 'vi-VN')} điểm toạ độ nên không được kiểm tra tiếp. Hãy đơn giản hoá trước, ví dụ trên mapshaper.org: Simplify rồi Export dạng GeoJSON.`,
    en: (c) =>
      `The boundary file has more than ${num(c.limit, 'en')} coordinate points, so it was not checked further. Simplify it first, e.g. on mapshaper.org: Simplify, then Export as GeoJSON.`,
  },
  'geo/json': {
    severity: 'error',
    vi: (c) => `Tệp ranh giới không phải JSON hợp lệ: ${c.reason}.`,
    en: (c) => `The boundary file is not valid JSON: ${c.reason}.`,
  },
  'geo/structure': {
    severity: 'error',
    vi: () => 'Tệp ranh giới phải là một GeoJSON FeatureCollection.',
    en: () => 'The boundary file must be a GeoJSON FeatureCollection.',
  },
  'geo/missing-code': {
    severity: 'error',
    vi: () => 'Vùng thiếu mã địa bàn: cần thuộc tính properties.code (mã trong areas.csv).',
    en: () => 'A feature has no area code: it needs properties.code (a code from areas.csv).',
  },
  'geo/unknown-code': {
    severity: 'error',
    vi: (c) => `Mã ${q(c.value)} của vùng không có trong areas.csv.`,
    en: (c) => `Feature code ${q(c.value)} is not in areas.csv.`,
  },
  'geo/duplicate-code': {
    severity: 'error',
    vi: (c) => `Mã ${q(c.value)} đã có ở ${c.firstAt}.`,
    en: (c) => `Code ${q(c.value)} already appears at ${c.firstAt}.`,
  },
  'geo/missing-area': {
    severity: 'error',
    vi: (c) => `Địa bàn ${q(c.value)} không có vùng ranh giới nào.`,
    en: (c) => `Area ${q(c.value)} has no boundary feature.`,
  },
  'geo/geometry': {
    severity: 'error',
    vi: (c) => `Kiểu hình ${q(c.value)} không hợp lệ: cần Polygon hoặc MultiPolygon.`,
    en: (c) => `Geometry type ${q(c.value)} is not allowed: use Polygon or MultiPolygon.`,
  },
  'geo/coordinates': {
    severity: 'error',
    vi: () => 'Tọa độ không hợp lệ: cần [kinh độ, vĩ độ] là số, trong khoảng ±180, ±90.',
    en: () =>
      'Invalid coordinates: each point must be [longitude, latitude] numbers within ±180, ±90.',
  },
  'geo/ring': {
    severity: 'error',
    vi: () => 'Vòng ranh giới phải có ít nhất 4 điểm và điểm cuối trùng điểm đầu.',
    en: () => 'A boundary ring needs at least 4 points, the last equal to the first.',
  },
  'sum/district-total': {
    severity: 'warning',
    vi: (c) =>
      `Tổng các huyện (${c.sum}) lớn hơn số của tỉnh (${c.value}) ở cột ${q(c.column)} (${c.label}). Các nguồn có thể khác nhau; hãy kiểm tra.`,
    en: (c) =>
      `The districts add up to ${c.sum}, more than the province's ${c.value} in column ${q(c.column)} (${c.label}). Sources may differ; please check.`,
  },
} satisfies Record<string, Message>;

/** Every problem the validator and the staff tools can report: a typo is a compile error. */
export type ProblemCode = keyof typeof MESSAGES;
