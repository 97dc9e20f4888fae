import { z } from 'zod';
import { SOURCE_ID, noteEn, noteVi } from './common.ts';
import { date, oneOf, pattern, text, url, year } from './fields.ts';

export const SOURCE_KINDS = [
  'legal_document',
  'report',
  'news',
  'thesis',
  'dataset',
  'other',
] as const;

const coverYear = (description: string, description_vi: string) =>
  year({ required: false, minimum: 1990, maximum: 2100, description, description_vi });

/** A document or article that figures are taken from. */
export const SourceSchema = z.object({
  id: pattern(SOURCE_ID, {
    keepAsText: true,
    description: 'Stable identifier cited by the source_id column of every dataset.',
    description_vi: 'Mã cố định, được các tệp khác dẫn ở cột source_id.',
    pattern_en: 'lowercase letters, digits and hyphens',
    pattern_vi: 'chữ thường không dấu, chữ số và dấu gạch ngang',
  }),
  title: text({
    required: true,
    maxLength: 400,
    kind: 'line',
    description:
      'Title as printed, in its own language; a title supplied where none is known is in [square brackets].',
    description_vi:
      'Tiêu đề đúng như bản gốc; nếu không biết tiêu đề gốc, ghi tiêu đề mô tả trong [ngoặc vuông].',
  }),
  title_en: text({
    required: true,
    maxLength: 400,
    kind: 'line',
    description: 'The title in English, for the English pages.',
    description_vi: 'Tiêu đề bằng tiếng Anh, dùng cho trang tiếng Anh.',
  }),
  publisher: text({
    required: true,
    maxLength: 200,
    description: 'Agency, newspaper or site that published it.',
    description_vi: 'Cơ quan, báo hoặc trang đăng tải.',
  }),
  document_number: text({
    maxLength: 80,
    kind: 'name',
    description: 'Number of a legal document (e.g. 275/QĐ-TTg).',
    description_vi: 'Số hiệu văn bản (ví dụ 275/QĐ-TTg).',
  }),
  published: date({
    description: 'Date printed on the document or page; empty when none is shown.',
    description_vi: 'Ngày ban hành/đăng; để trống nếu không ghi.',
  }),
  url: url({
    description: 'Where it can be read.',
    description_vi: 'Địa chỉ đọc tài liệu.',
  }),
  kind: oneOf(SOURCE_KINDS, {
    description: 'Kind of document.',
    description_vi: 'Loại tài liệu.',
  }),
  covers_from: coverYear(
    'First year its figures cover, when wider than the programme (2015–2020).',
    'Năm đầu mà số liệu của nguồn bao quát, nếu rộng hơn 2015–2020.',
  ),
  covers_to: coverYear(
    'Last year its figures cover, when wider than the programme.',
    'Năm cuối mà số liệu của nguồn bao quát, nếu rộng hơn 2015–2020.',
  ),
  note_vi: noteVi(),
  note_en: noteEn(),
});
export type Source = z.infer<typeof SourceSchema>;
