/**
 * What each problem code means, in Vietnamese and English, with how to fix it. Staff read the
 * Vietnamese in a terminal or a pull request; journalists and other provinces read the English.
 */
import { visible } from './report/visible.ts';

export interface MessageContext {
  column?: string | null;
  value?: string | null;
  expected_vi?: string;
  expected_en?: string;
  /** Extra facts a message needs (another line number, a computed value…). */
  a?: string | number;
  b?: string | number;
}

type Template = (c: MessageContext) => string;
interface Message {
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

export const MESSAGES: Record<string, Message> = {
  'file/missing': {
    vi: () => 'Thiếu tệp dữ liệu bắt buộc. Hãy tạo tệp với đúng dòng tiêu đề (xem data/README.md).',
    en: () =>
      'A required data file is missing. Create it with the exact header row (see data/README.md).',
  },
  'file/unreadable': {
    vi: (c) => `Không đọc được tệp: ${c.a}.`,
    en: (c) => `The file cannot be read: ${c.a}.`,
  },
  'file/empty': {
    vi: () => 'Tệp trống: cần ít nhất dòng tiêu đề.',
    en: () => 'The file is empty: it needs at least the header row.',
  },
  'file/utf16': {
    vi: () => `Tệp được lưu dạng Unicode UTF-16, không phải UTF-8. ${SAVE_AS_VI}`,
    en: () => `The file is saved as UTF-16 Unicode text, not UTF-8. ${SAVE_AS_EN}`,
  },
  'file/encoding': {
    vi: () =>
      `Tệp không phải UTF-8 (có thể là Windows-1258, TCVN3 hoặc VNI), tiếng Việt sẽ bị lỗi font. ${SAVE_AS_VI}`,
    en: () =>
      `The file is not UTF-8 (perhaps Windows-1258, TCVN3 or VNI); Vietnamese text would be garbled. ${SAVE_AS_EN}`,
  },
  'file/delimiter': {
    vi: () =>
      `Các cột được ngăn bằng dấu chấm phẩy (;), kiểu Excel tiếng Việt. Cần dấu phẩy (,) và dấu chấm thập phân. Chạy ${NORMALIZE} để chuyển tự động, hoặc: ${SAVE_AS_VI}`,
    en: () =>
      `Columns are separated by semicolons (;), as Excel does in a Vietnamese locale. Commas and a "." decimal mark are required. Run npm run data:normalize -- <file> to convert, or: ${SAVE_AS_EN}`,
  },
  'file/quotes': {
    vi: () =>
      'Dấu ngoặc kép (") mở ở dòng này nhưng không bao giờ đóng: mọi dòng sau sẽ bị gộp vào một ô. Thêm dấu " đóng ô, hoặc nếu dấu " là một phần của chữ, đặt cả ô trong ngoặc kép và viết dấu " bên trong thành "".',
    en: () =>
      'A double quote (") opens on this line and never closes: every later line would become one cell. Close the cell with ", or, if the quote is part of the text, put the whole cell in quotes and write each inner quote as "".',
  },
  'file/cr-line-ends': {
    vi: () =>
      `Các dòng kết thúc bằng ký tự CR đơn (kiểu Excel cũ trên Mac), nên cả tệp đọc thành một dòng. Chạy ${NORMALIZE} hoặc: ${SAVE_AS_VI}`,
    en: () =>
      `Lines end with a lone carriage return (CR, as old Mac Excel saves), so the whole file reads as one line. Run npm run data:normalize -- <file>, or: ${SAVE_AS_EN}`,
  },
  'file/tab-delimited': {
    vi: () =>
      `Các cột được ngăn bằng ký tự TAB (tệp "Text (Tab delimited)" hoặc chữ dán từ Excel), không phải dấu phẩy. ${SAVE_AS_VI}`,
    en: () =>
      `Columns are separated by TAB characters (a "Text (Tab delimited)" file, or text pasted from Excel), not commas. ${SAVE_AS_EN}`,
  },
  'cell/quote-inside': {
    vi: (c) =>
      `Ô ${q(c.value)} có dấu ngoặc kép (") ở giữa mà không được đặt trong ngoặc kép, nên không đọc chắc chắn được. Đặt cả ô trong ngoặc kép và viết mỗi dấu " bên trong thành "" (Excel tự làm vậy khi lưu CSV), hoặc bỏ dấu ". Dòng này chưa được đọc.`,
    en: (c) =>
      `The cell ${q(c.value)} has a double quote (") inside it but is not itself in quotes, so it cannot be read unambiguously. Put the whole cell in quotes and write each inner quote as "" (Excel does this when it saves a CSV), or remove the quote. This row was not read.`,
  },
  'cell/text-after-quote': {
    vi: (c) =>
      `Ô ${q(c.value)} bắt đầu bằng dấu ngoặc kép, đóng ngoặc rồi còn chữ phía sau, nên không biết ô kết thúc ở đâu (các dòng sau có thể bị gộp vào). Nếu dấu " là một phần của chữ, đặt cả ô trong ngoặc kép và viết mỗi dấu " bên trong thành "", ví dụ: """Mục tiêu"" đến hết năm". Dòng này chưa được đọc.`,
    en: (c) =>
      `The cell ${q(c.value)} starts with a double quote, closes it and goes on with more text, so where the cell ends is ambiguous (later rows could be swallowed). If the quote is part of the text, put the whole cell in quotes and write each inner quote as "", e.g. """Target"" by the end of the year". This row was not read.`,
  },
  'header/missing-column': {
    vi: (c) => `Thiếu cột ${q(c.column)} trong dòng tiêu đề.`,
    en: (c) => `Column ${q(c.column)} is missing from the header row.`,
  },
  'header/unknown-column': {
    vi: (c) => `Cột ${q(c.value)} không có trong cấu trúc dữ liệu. Xoá cột này hoặc sửa lại tên.`,
    en: (c) => `Column ${q(c.value)} is not part of the dataset. Remove it or correct its name.`,
  },
  'header/duplicate-column': {
    vi: (c) => `Cột ${q(c.value)} xuất hiện hai lần.`,
    en: (c) => `Column ${q(c.value)} appears twice.`,
  },
  'header/near-match': {
    vi: (c) =>
      `Tên cột ${q(c.value)} phải viết chính xác là ${q(c.column)} (chữ thường, không dấu, nối bằng "_").`,
    en: (c) =>
      `Column name ${q(c.value)} must be written exactly ${q(c.column)} (lowercase, no accents, "_" between words).`,
  },
  'header/order': {
    vi: (c) => `Các cột phải theo đúng thứ tự: ${c.expected_vi}.`,
    en: (c) => `Columns must be in this order: ${c.expected_en}.`,
  },
  'row/field-count': {
    vi: (c) =>
      `Dòng có ${c.a} ô nhưng tiêu đề có ${c.b} cột. Kiểm tra dấu phẩy thừa/thiếu hoặc ô chứa dấu phẩy chưa đặt trong ngoặc kép.`,
    en: (c) =>
      `The row has ${c.a} cells but the header has ${c.b} columns. Look for an extra or missing comma, or a cell with a comma that is not in double quotes.`,
  },
  // Refusals of `npm run data:normalize` (the file is then left exactly as it was).
  'file/parse': {
    vi: (c) =>
      `Không đọc chắc chắn được dòng này (${c.a}): ${q(c.value)}. Sửa dòng trong Excel rồi lưu lại.`,
    en: (c) =>
      `This line cannot be read unambiguously (${c.a}): ${q(c.value)}. Correct it in Excel and save again.`,
  },
  'file/no-dataset': {
    vi: () =>
      'Dòng tiêu đề không khớp bộ dữ liệu nào của data/README.md (thiếu, thừa hoặc sai tên cột).',
    en: () =>
      'The header row matches no dataset of data/README.md (a column is missing, extra or misnamed).',
  },
  'header/unnamed-column': {
    vi: (c) =>
      `Cột thứ ${c.a} không có tên ở dòng tiêu đề nhưng dòng này có dữ liệu ở cột đó: ${q(c.value)}. Đặt tên cột, hoặc chuyển dữ liệu vào đúng cột (thường do dấu phẩy/chấm phẩy thừa).`,
    en: (c) =>
      `Column ${c.a} has no name in the header row, but this row holds data in it: ${q(c.value)}. Name the column, or move the data into its column (often an extra comma or semicolon).`,
  },
  'row/note-one-language': {
    vi: (c) =>
      `Ghi chú chỉ có ở cột ${q(c.a)}: mỗi ghi chú cần cả tiếng Việt (note_vi) và tiếng Anh (note_en), vì mỗi trang chỉ hiện ghi chú bằng ngôn ngữ của trang. Viết bản dịch vào cột ${q(c.column)}.`,
    en: (c) =>
      `The note is only in ${q(c.a)}: every note needs a Vietnamese (note_vi) and an English (note_en) text, because each page shows notes in its own language only. Write the translation in ${q(c.column)}.`,
  },
  'row/empty': {
    vi: () => 'Dòng trống, sẽ bị bỏ qua. Có thể xoá dòng này.',
    en: () => 'Empty row; it is ignored. You can delete it.',
  },
  'row/duplicate-key': {
    vi: (c) =>
      `Trùng với dòng ${c.a} (cùng ${c.b}). Mỗi số liệu chỉ được nhập một lần; hãy xoá hoặc sửa một dòng.`,
    en: (c) =>
      `Duplicates line ${c.a} (same ${c.b}). Each figure belongs on one row only; delete or correct one of them.`,
  },
  'row/no-measure': {
    vi: () => 'Dòng không có số liệu nào. Nhập ít nhất một con số đã công bố, hoặc xoá dòng.',
    en: () => 'The row holds no figure. Enter at least one published figure, or delete the row.',
  },
  'cell/required': {
    vi: (c) => `Ô ${q(c.column)} bắt buộc phải có giá trị: ${c.expected_vi}.`,
    en: (c) => `Cell ${q(c.column)} must not be empty: ${c.expected_en}.`,
  },
  'cell/type': {
    vi: (c) => `Giá trị ${q(c.value)} ở cột ${q(c.column)} sai kiểu. Cần: ${c.expected_vi}.`,
    en: (c) =>
      `Value ${q(c.value)} in column ${q(c.column)} has the wrong type. Expected: ${c.expected_en}.`,
  },
  'cell/range': {
    vi: (c) =>
      `Giá trị ${q(c.value)} ở cột ${q(c.column)} nằm ngoài giới hạn. Cần: ${c.expected_vi}.`,
    en: (c) =>
      `Value ${q(c.value)} in column ${q(c.column)} is out of range. Expected: ${c.expected_en}.`,
  },
  'cell/enum': {
    vi: (c) => `Giá trị ${q(c.value)} ở cột ${q(c.column)} không hợp lệ. Chọn ${c.expected_vi}.`,
    en: (c) => `Value ${q(c.value)} in column ${q(c.column)} is not allowed. Use ${c.expected_en}.`,
  },
  'cell/format': {
    vi: (c) => `Giá trị ${q(c.value)} ở cột ${q(c.column)} sai định dạng. Cần: ${c.expected_vi}.`,
    en: (c) =>
      `Value ${q(c.value)} in column ${q(c.column)} has the wrong format. Expected: ${c.expected_en}.`,
  },
  'cell/url': {
    vi: (c) =>
      `Địa chỉ ${q(c.value)} không hợp lệ: chỉ nhận địa chỉ bắt đầu bằng http:// hoặc https://.`,
    en: (c) =>
      `Address ${q(c.value)} is not valid: only addresses starting with http:// or https:// are accepted.`,
  },
  'cell/too-long': {
    vi: (c) => `Ô ${q(c.column)} quá dài. Cần: ${c.expected_vi}.`,
    en: (c) => `Cell ${q(c.column)} is too long. Expected: ${c.expected_en}.`,
  },
  'cell/whitespace': {
    vi: (c) =>
      `Ô ${q(c.column)} có dấu cách thừa ở đầu hoặc cuối: ${q(c.value)}. Xoá dấu cách, hoặc chạy ${NORMALIZE}.`,
    en: (c) =>
      `Cell ${q(c.column)} has spaces before or after the value: ${q(c.value)}. Remove them, or run npm run data:normalize -- <file>.`,
  },
  'cell/thousands-separator': {
    vi: (c) => `${q(c.value)} có dấu phân cách hàng nghìn. Viết liền không dấu: ${c.a}.`,
    en: (c) => `${q(c.value)} has a thousands separator. Write the digits only: ${c.a}.`,
  },
  'cell/decimal-comma': {
    vi: (c) => `${q(c.value)} dùng dấu phẩy thập phân. Dùng dấu chấm: ${c.a}.`,
    en: (c) => `${q(c.value)} uses a decimal comma. Use a point: ${c.a}.`,
  },
  'cell/ambiguous-number': {
    vi: (c) =>
      `Giá trị ${q(c.value)} ở cột ${q(c.column)} có hai cách hiểu: ${c.a} (dấu "." hoặc "," ngăn cách hàng nghìn, như Excel tiếng Việt) hoặc ${c.b} (số thập phân). Hệ thống không đoán: nếu là hàng nghìn, viết ${c.a}; nếu là số thập phân, viết ${c.b}.`,
    en: (c) =>
      `Value ${q(c.value)} in column ${q(c.column)} reads two ways: ${c.a} (the "." or "," separates thousands, as Vietnamese Excel writes) or ${c.b} (a decimal). It is not guessed: write ${c.a} for thousands, or ${c.b} for a decimal.`,
  },
  'cell/leading-zero': {
    vi: (c) =>
      `Số ${q(c.value)} ở cột ${q(c.column)} có số 0 ở đầu (ô được nhập dạng chữ). Viết ${c.a}.`,
    en: (c) =>
      `Number ${q(c.value)} in column ${q(c.column)} starts with a zero (the cell was typed as text). Write ${c.a}.`,
  },
  'cell/precision': {
    vi: (c) =>
      `Số ${q(c.value)} ở cột ${q(c.column)} có hơn 15 chữ số có nghĩa, nhiều hơn mức lưu được chính xác: các chữ số cuối sẽ bị làm tròn. Đối chiếu với nguồn; không nguồn nào in số chi tiết đến vậy, có thể ô bị dán nhầm.`,
    en: (c) =>
      `Number ${q(c.value)} in column ${q(c.column)} has more than 15 significant digits, more than can be stored exactly: the last ones would be rounded. Check it against the source; no source prints so many digits, so the cell was probably pasted wrongly.`,
  },
  'cell/invisible-character': {
    vi: (c) =>
      `Ô ${q(c.column)} chứa ký tự ẩn hoặc ký tự điều khiển (${c.a}): ${q(c.value)}. Chúng không nhìn thấy được nhưng làm sai việc so khớp, sắp xếp và hiển thị. Xoá các ký tự này (thường do sao chép từ trang web, Word hoặc PDF) rồi gõ lại.`,
    en: (c) =>
      `Cell ${q(c.column)} contains invisible or control characters (${c.a}): ${q(c.value)}. They cannot be seen but break matching, sorting and display. Delete them (they usually come from copying a web page, Word or PDF) and type the text again.`,
  },
  'cell/code-leading-zero': {
    vi: (c) =>
      `Mã ${q(c.value)} bị mất số 0 ở đầu (Excel tự xoá). Viết đúng là ${q(c.a)}; khi mở bằng Excel hãy định dạng cột là Text.`,
    en: (c) =>
      `Code ${q(c.value)} lost its leading zero (Excel drops it). Write ${q(c.a)}; in Excel format the column as Text.`,
  },
  'cell/legacy-encoding': {
    vi: (c) =>
      `Chữ ${q(c.value)} có vẻ được gõ bằng bảng mã cũ (TCVN3/VNI), không phải Unicode. Gõ lại bằng Unicode (Unikey: bảng mã Unicode).`,
    en: (c) =>
      `Text ${q(c.value)} looks typed in a legacy Vietnamese encoding (TCVN3/VNI), not Unicode. Retype it in Unicode.`,
  },
  'cell/unicode-form': {
    vi: (c) =>
      `Chữ ở cột ${q(c.column)} dùng dấu tổ hợp (Unicode tổ hợp) thay vì dựng sẵn. Chạy ${NORMALIZE} để chuẩn hoá.`,
    en: (c) =>
      `Text in column ${q(c.column)} uses combining accents (decomposed Unicode) instead of precomposed letters. Run npm run data:normalize -- <file>.`,
  },
  'rule/poor-exceeds-total': {
    vi: (c) => `Số hộ ${c.b} (${c.value}) lớn hơn tổng số hộ (${c.a}).`,
    en: (c) => `${c.b} households (${c.value}) exceed all households (${c.a}).`,
  },
  'rule/rate-mismatch': {
    vi: (c) =>
      `Tỷ lệ ${q(c.value)}% không khớp với số hộ: tính ra ${c.a}%. Kiểm tra lại số hộ hoặc tỷ lệ.`,
    en: (c) =>
      `Rate ${q(c.value)}% does not match the household counts, which give ${c.a}%. Check the counts or the rate.`,
  },
  'rule/disbursed-exceeds-allocated': {
    vi: (c) =>
      `Vốn giải ngân (${c.value}) lớn hơn vốn được giao (${c.a}). Kiểm tra lại hai số; nếu chính nguồn ghi như vậy, ghi "yes" vào cột disbursed_exceeds_allocated (chỉ ghi chú ở cột note là chưa đủ).`,
    en: (c) =>
      `Disbursed (${c.value}) exceeds allocated (${c.a}). Check both amounts; if the source itself reports this, write "yes" in column disbursed_exceeds_allocated (a note alone is not enough).`,
  },
  'rule/exceeds-flag-without-excess': {
    vi: (c) =>
      `Cột disbursed_exceeds_allocated ghi "yes" nhưng vốn giải ngân (${c.a}) không lớn hơn vốn được giao (${c.b}). Chỉ ghi "yes" khi nguồn nêu giải ngân vượt vốn giao; nếu không, để trống.`,
    en: (c) =>
      `Column disbursed_exceeds_allocated says "yes" but disbursed (${c.a}) does not exceed allocated (${c.b}). Write "yes" only when the source reports disbursement above the allocation; otherwise leave it empty.`,
  },
  'rule/period-order': {
    vi: (c) => `Năm bắt đầu (${c.a}) sau năm kết thúc (${c.value}).`,
    en: (c) => `The first year (${c.a}) is after the last year (${c.value}).`,
  },
  'rule/range-order': {
    vi: (c) => `Cận trên (${c.value}) nhỏ hơn cận dưới (${c.a}).`,
    en: (c) => `The upper end (${c.value}) is below the lower end (${c.a}).`,
  },
  'rule/sub-project': {
    vi: (c) => `Tiểu dự án ${q(c.value)} không thuộc dự án ${c.a}. Cần: ${c.expected_vi}.`,
    en: (c) =>
      `Sub-project ${q(c.value)} does not belong to project ${c.a}. Expected: ${c.expected_en}.`,
  },
  'rule/percent-indicator': {
    vi: (c) => `Chỉ tiêu ${c.a} là tỷ lệ phần trăm nên phải từ 0 đến 100, nhưng là ${q(c.value)}.`,
    en: (c) => `Indicator ${c.a} is a percentage, so it must be 0–100, but is ${q(c.value)}.`,
  },
  'rule/code-level': {
    vi: (c) => `Mã ${q(c.value)} không đúng độ dài của cấp ${c.a}: ${c.expected_vi}.`,
    en: (c) => `Code ${q(c.value)} has the wrong length for level ${c.a}: ${c.expected_en}.`,
  },
  'rule/parent': {
    vi: (c) => `Đơn vị cấp trên ${q(c.value)} không hợp lệ: ${c.expected_vi}.`,
    en: (c) => `Parent unit ${q(c.value)} is not valid: ${c.expected_en}.`,
  },
  'rule/coordinates-pair': {
    vi: () => 'Vĩ độ và kinh độ phải cùng có hoặc cùng để trống.',
    en: () => 'Latitude and longitude must both be given or both be empty.',
  },
  'rule/year-outside-period': {
    vi: (c) =>
      `Năm ${q(c.value)} nằm ngoài giai đoạn ${c.a}. Sửa năm, hoặc ghi giai đoạn nguồn bao quát (covers_from, covers_to) trong sources.csv.`,
    en: (c) =>
      `Year ${q(c.value)} is outside ${c.a}. Correct the year, or record the period the source covers (covers_from, covers_to) in sources.csv.`,
  },
  'ref/unknown-area': {
    vi: (c) =>
      `Mã địa bàn ${q(c.value)} không có trong areas.csv.${c.a ? ` Có phải ${q(c.a)}?` : ''}`,
    en: (c) =>
      `Area code ${q(c.value)} is not in areas.csv.${c.a ? ` Did you mean ${q(c.a)}?` : ''}`,
  },
  'ref/unknown-source': {
    vi: (c) =>
      `Mã nguồn ${q(c.value)} không có trong sources.csv. Thêm nguồn vào sources.csv hoặc sửa mã.`,
    en: (c) =>
      `Source id ${q(c.value)} is not in sources.csv. Add the source to sources.csv or correct the id.`,
  },
  'file/symlink': {
    vi: (c) =>
      `${q(c.value)} là một liên kết tượng trưng (symbolic link), không phải tệp thật, nên không được đọc: trình kiểm tra không bao giờ đi theo liên kết vì nó có thể trỏ tới bất kỳ tệp nào ngoài kho dữ liệu. ${c.b === 'wanted' ? 'Đặt chính tệp (hoặc thư mục) thật vào đây thay cho liên kết.' : 'Xoá liên kết này.'}`,
    en: (c) =>
      `${q(c.value)} is a symbolic link, not a real file, so it was not read: the validator never follows links, because one can point to any file outside the repository. ${c.b === 'wanted' ? 'Put the real file (or folder) here instead of the link.' : 'Remove the link.'}`,
  },
  'file/not-a-file': {
    vi: (c) =>
      `${q(c.value)} là ${c.b === 'folder' ? 'một thư mục' : 'một tệp đặc biệt (thiết bị, FIFO hoặc socket)'}, không phải tệp thường, nên không được đọc. Xoá nó rồi đặt tệp ${c.a} vào đúng chỗ đó.`,
    en: (c) =>
      `${q(c.value)} is ${c.b === 'folder' ? 'a folder' : 'a special file (device, FIFO or socket)'}, not a plain file, so it was not read. Remove it and put the file ${c.a} in its place.`,
  },
  'file/near-name': {
    vi: (c) =>
      `Tệp ${q(c.value)} không được đọc: chỉ tệp ${c.a} được kiểm tra và công bố${c.b === 'replace' ? ', nên số liệu cũ trong tệp đó vẫn đang được dùng' : ''}. Nếu đây là bản đã sửa, hãy đổi tên thành ${c.a}${c.b === 'replace' ? ' (thay thế tệp cũ)' : ''}; nếu không, hãy xoá tệp này.`,
    en: (c) =>
      `The file ${q(c.value)} is not read: only ${c.a} is checked and published${c.b === 'replace' ? ', so its old figures are still the ones in use' : ''}. If this is the corrected version, rename it to ${c.a}${c.b === 'replace' ? ', replacing the old one' : ''}; otherwise remove it.`,
  },
  'file/workbook': {
    vi: (c) =>
      `${q(c.value)} là bảng tính (Excel, LibreOffice); chỉ tệp CSV được đọc nên bảng tính này bị bỏ qua. ${c.a ? `Lưu nó thành tệp CSV tên ${c.a}${c.b === 'replace' ? ' (thay thế tệp cũ)' : ''}` : 'Lưu mỗi trang tính thành tệp CSV của bộ dữ liệu tương ứng'}: ${SAVE_AS_VI} Hoặc chạy npm run data:import -- <tệp.xlsx>. Sau đó xoá bảng tính khỏi thư mục data/.`,
    en: (c) =>
      `${q(c.value)} is a spreadsheet workbook (Excel, LibreOffice); only CSV files are read, so it is ignored. ${c.a ? `Save it as the CSV file ${c.a}${c.b === 'replace' ? ', replacing the old one' : ''}` : "Save each sheet as its dataset's CSV file"}: ${SAVE_AS_EN} Or run npm run data:import -- <file.xlsx>. Then remove the workbook from data/.`,
  },
  'file/unexpected': {
    vi: (c) =>
      `Tệp ${q(c.value)} không thuộc bộ dữ liệu nên không được đọc. Thư mục data/ chỉ chứa các tệp CSV liệt kê trong data/README.md, chính README.md và thư mục geo/. Xoá tệp này hoặc chuyển nó ra ngoài data/.`,
    en: (c) =>
      `The file ${q(c.value)} is not one of the datasets, so it is not read. data/ holds only the CSV files listed in data/README.md, README.md itself and the geo/ folder. Remove this file or move it out of data/.`,
  },
  'file/unexpected-folder': {
    vi: (c) =>
      `Thư mục ${q(c.value)} không được đọc: trong data/ chỉ có thư mục geo/ (ranh giới bản đồ). Nếu trong đó có tệp dữ liệu đã sửa, hãy chuyển tệp ra thẳng data/ với đúng tên; rồi xoá thư mục hoặc chuyển nó ra ngoài data/.`,
    en: (c) =>
      `The folder ${q(c.value)} is not read: the only folder in data/ is geo/ (map boundaries). If it holds corrected data files, move them straight into data/ under their exact names; then remove the folder or move it out of data/.`,
  },
  'file/too-large': {
    vi: (c) =>
      `Tệp nặng ${c.a} MB, vượt giới hạn ${c.b} MB nên không được đọc. Một bộ dữ liệu lớn như vậy gần như chắc chắn có nhầm lẫn (ví dụ Excel lưu thêm hàng triệu dòng trống): mở tệp, xoá các dòng thừa rồi lưu lại.`,
    en: (c) =>
      `The file is ${c.a} MB, over the ${c.b} MB limit, so it was not read. A dataset this large is almost certainly a mistake (e.g. Excel saved millions of empty rows): open it, delete the extra rows and save again.`,
  },
  'ref/unchecked': {
    vi: (c) =>
      `Không đọc được trọn vẹn ${c.value}, nên ${c.b === 'areas' ? 'mã địa bàn (area_code) trong các tệp khác và mã vùng trong data/geo/' : 'mã nguồn (source_id) trong các tệp khác'} chưa được kiểm tra. Sửa lỗi của tệp này trước rồi chạy lại; khi đó từng mã sẽ được kiểm tra.`,
    en: (c) =>
      `${c.value} could not be read in full, so ${c.b === 'areas' ? 'the area codes (area_code) in the other files and the feature codes in data/geo/ were' : 'the source ids (source_id) in the other files were'} not checked. Fix this file's errors first and run again; every code will then be checked.`,
  },
  'report/omitted': {
    vi: (c) =>
      `Còn ${num(c.a, 'vi-VN')} vấn đề khác mã ${c.value} trong tệp này không được liệt kê (mỗi tệp chỉ liệt kê ${num(c.b, 'vi-VN')} lỗi và ${num(c.b, 'vi-VN')} cảnh báo đầu tiên). Các lỗi cùng mã thường chung một nguyên nhân: sửa các lỗi đã liệt kê rồi chạy lại để xem phần còn lại.`,
    en: (c) =>
      `${num(c.a, 'en')} more problems with code ${c.value} in this file are not listed (only the first ${num(c.b, 'en')} errors and ${num(c.b, 'en')} warnings of each file are). Problems with the same code often share one cause: fix the ones listed, then run again to see the rest.`,
  },
  'geo/not-a-folder': {
    vi: (c) =>
      `${q(c.value)} phải là thư mục chứa các tệp ranh giới *.geojson, nhưng đây là một tệp. Xoá nó, hoặc tạo thư mục geo/ và đặt tệp .geojson vào trong.`,
    en: (c) =>
      `${q(c.value)} must be a folder of *.geojson boundary files, but it is a file. Remove it, or make a geo/ folder and put the .geojson file inside.`,
  },
  'geo/unexpected': {
    vi: (c) =>
      `${q(c.value)} không được đọc: thư mục data/geo/ chỉ chứa các tệp ranh giới GeoJSON có đuôi .geojson. ${c.b === 'folder' ? 'Xoá thư mục này hoặc chuyển nó ra ngoài data/.' : 'Nếu đây là tệp GeoJSON, đổi đuôi thành .geojson; nếu không, hãy xoá nó.'}`,
    en: (c) =>
      `${q(c.value)} is not read: data/geo/ holds only GeoJSON boundary files ending in .geojson. ${c.b === 'folder' ? 'Remove this folder or move it out of data/.' : 'If it is a GeoJSON file, rename it to end in .geojson; otherwise remove it.'}`,
  },
  'geo/too-large': {
    vi: (c) =>
      `Tệp ranh giới nặng ${c.a} MB, vượt giới hạn ${c.b} MB nên không được đọc (bản đồ chỉ cần bản rút gọn khoảng 60 KB). Hãy đơn giản hoá trước, ví dụ trên mapshaper.org: Simplify rồi Export dạng GeoJSON.`,
    en: (c) =>
      `The boundary file is ${c.a} MB, over the ${c.b} MB limit, so it was not read (the map needs only a simplified version of about 60 KB). Simplify it first, e.g. on mapshaper.org: Simplify, then Export as GeoJSON.`,
  },
  'geo/too-many-features': {
    vi: (c) =>
      `Tệp ranh giới có ${num(c.a, 'vi-VN')} vùng, vượt giới hạn ${num(c.b, 'vi-VN')}; mỗi vùng phải là một đơn vị trong areas.csv nên chừng này là quá nhiều. Tệp không được kiểm tra tiếp. Chỉ giữ các vùng của tỉnh (mỗi huyện một vùng).`,
    en: (c) =>
      `The boundary file has ${num(c.a, 'en')} features, more than the ${num(c.b, 'en')} allowed; each feature must be one unit of areas.csv, so this is far too many. The file was not checked further. Keep only the province's features (one per district).`,
  },
  'geo/too-many-points': {
    vi: (c) =>
      `Tệp ranh giới có hơn ${num(c.b, 'vi-VN')} điểm toạ độ nên không được kiểm tra tiếp. Hãy đơn giản hoá trước, ví dụ trên mapshaper.org: Simplify rồi Export dạng GeoJSON.`,
    en: (c) =>
      `The boundary file has more than ${num(c.b, 'en')} coordinate points, so it was not checked further. Simplify it first, e.g. on mapshaper.org: Simplify, then Export as GeoJSON.`,
  },
  'geo/json': {
    vi: (c) => `Tệp ranh giới không phải JSON hợp lệ: ${c.a}.`,
    en: (c) => `The boundary file is not valid JSON: ${c.a}.`,
  },
  'geo/structure': {
    vi: () => 'Tệp ranh giới phải là một GeoJSON FeatureCollection.',
    en: () => 'The boundary file must be a GeoJSON FeatureCollection.',
  },
  'geo/missing-code': {
    vi: () => 'Vùng thiếu mã địa bàn: cần thuộc tính properties.code (mã trong areas.csv).',
    en: () => 'A feature has no area code: it needs properties.code (a code from areas.csv).',
  },
  'geo/unknown-code': {
    vi: (c) => `Mã ${q(c.value)} của vùng không có trong areas.csv.`,
    en: (c) => `Feature code ${q(c.value)} is not in areas.csv.`,
  },
  'geo/duplicate-code': {
    vi: (c) => `Mã ${q(c.value)} đã có ở ${c.a}.`,
    en: (c) => `Code ${q(c.value)} already appears at ${c.a}.`,
  },
  'geo/missing-area': {
    vi: (c) => `Địa bàn ${q(c.value)} không có vùng ranh giới nào.`,
    en: (c) => `Area ${q(c.value)} has no boundary feature.`,
  },
  'geo/geometry': {
    vi: (c) => `Kiểu hình ${q(c.value)} không hợp lệ: cần Polygon hoặc MultiPolygon.`,
    en: (c) => `Geometry type ${q(c.value)} is not allowed: use Polygon or MultiPolygon.`,
  },
  'geo/coordinates': {
    vi: () => 'Tọa độ không hợp lệ: cần [kinh độ, vĩ độ] là số, trong khoảng ±180, ±90.',
    en: () =>
      'Invalid coordinates: each point must be [longitude, latitude] numbers within ±180, ±90.',
  },
  'geo/ring': {
    vi: () => 'Vòng ranh giới phải có ít nhất 4 điểm và điểm cuối trùng điểm đầu.',
    en: () => 'A boundary ring needs at least 4 points, the last equal to the first.',
  },
  'sum/district-total': {
    vi: (c) =>
      `Tổng các huyện (${c.a}) lớn hơn số của tỉnh (${c.value}) ở cột ${q(c.column)} (${c.b}). Các nguồn có thể khác nhau; hãy kiểm tra.`,
    en: (c) =>
      `The districts add up to ${c.a}, more than the province's ${c.value} in column ${q(c.column)} (${c.b}). Sources may differ; please check.`,
  },
};
