/**
 * What each problem code means, in Vietnamese and English, with how to fix it. Staff read the
 * Vietnamese in a terminal or a pull request; journalists and other provinces read the English.
 */
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

const q = (v: unknown) => `"${String(v ?? '')}"`;
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
    vi: () => 'Dấu ngoặc kép (") không khớp: một ô mở ngoặc nhưng không đóng.',
    en: () => 'Unbalanced double quote ("): a cell opens a quote that never closes.',
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
      `Vốn giải ngân (${c.value}) lớn hơn vốn được giao (${c.a}). Nếu đúng như nguồn, ghi lý do vào cột note.`,
    en: (c) =>
      `Disbursed (${c.value}) exceeds allocated (${c.a}). If the source says so, explain why in the note column.`,
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
