/**
 * Names of the programme's codes for readers: projects, funding sources, capital types, items
 * beside the programme, and indicators (from the schema's own vocabulary).
 */
import { DEPRIVATION_INDICATORS, TARGET_INDICATORS } from '../lib/schemas/indicators.ts';
import { pick, type Bilingual, type Lang } from '../lib/text/lang.ts';

type Labels = Record<string, Bilingual>;

export const PROJECT_LABELS: Labels = {
  DA1: { vi: 'Dự án 1: Chương trình 30a', en: 'Project 1: Programme 30a' },
  DA2: { vi: 'Dự án 2: Chương trình 135', en: 'Project 2: Programme 135' },
  DA3: {
    vi: 'Dự án 3: Hỗ trợ phát triển sản xuất, nhân rộng mô hình ngoài 30a, 135',
    en: 'Project 3: Production and models outside 30a and 135',
  },
  DA4: {
    vi: 'Dự án 4: Truyền thông và giảm nghèo về thông tin',
    en: 'Project 4: Communication and information poverty',
  },
  DA5: {
    vi: 'Dự án 5: Nâng cao năng lực, giám sát, đánh giá',
    en: 'Project 5: Capacity building, monitoring and evaluation',
  },
  multiple: { vi: 'Nhiều chương trình gộp chung', en: 'Several programmes together' },
  other: { vi: 'Chính sách giảm nghèo khác', en: 'Other poverty policies' },
};

export const FUNDING_SOURCE_LABELS: Labels = {
  central_budget: { vi: 'Ngân sách trung ương', en: 'Central budget' },
  local_budget: { vi: 'Ngân sách địa phương', en: 'Local budget' },
  state_budget: { vi: 'Ngân sách nhà nước (không rõ cấp)', en: 'State budget (level not stated)' },
  integrated: { vi: 'Vốn lồng ghép', en: 'Integrated programmes' },
  mobilised: { vi: 'Vốn huy động', en: 'Mobilised contributions' },
  policy_credit: { vi: 'Tín dụng chính sách', en: 'Policy credit' },
  oda: { vi: 'Vốn ODA', en: 'ODA' },
  unspecified: { vi: 'Không rõ', en: 'Not stated' },
};

export const CAPITAL_TYPE_LABELS: Labels = {
  investment: { vi: 'Đầu tư phát triển', en: 'Investment' },
  recurrent: { vi: 'Sự nghiệp', en: 'Recurrent' },
  credit: { vi: 'Tín dụng', en: 'Credit' },
  unspecified: { vi: 'Không rõ', en: 'Not stated' },
};

/** Items recorded under "multiple"/"other"; an unknown item shows its own name. */
export const ITEM_LABELS: Labels = {
  programmes_30a_135: {
    vi: 'Chương trình 30a, 135 và các chương trình liên quan',
    en: 'Programmes 30a, 135 and related programmes',
  },
  corporate_support: {
    vi: 'Hỗ trợ của tập đoàn, tổng công ty',
    en: 'Support from state corporations',
  },
  policy_credit: { vi: 'Cho vay tín dụng chính sách', en: 'Policy-credit lending' },
  policy_credit_poor: { vi: 'Cho hộ nghèo vay', en: 'Loans to poor households' },
  policy_credit_near_poor: { vi: 'Cho hộ cận nghèo vay', en: 'Loans to near-poor households' },
  policy_credit_newly_escaped: {
    vi: 'Cho hộ mới thoát nghèo vay',
    en: 'Loans to newly escaped households',
  },
  policy_credit_ethnic_minority: {
    vi: 'Cho hộ đồng bào dân tộc thiểu số vay',
    en: 'Loans to ethnic-minority households',
  },
  housing_loans: {
    vi: 'Cho vay làm nhà ở (QĐ 33/2015/QĐ-TTg)',
    en: 'Housing loans (Decision 33/2015/QĐ-TTg)',
  },
  health_insurance: { vi: 'Mua thẻ bảo hiểm y tế', en: 'Health-insurance cards' },
  house_donation: { vi: 'Tài trợ xây nhà cho hộ nghèo', en: 'Donated houses for poor households' },
  cssp_ifad: { vi: 'Dự án CSSP (vốn vay IFAD)', en: 'CSSP project (IFAD loan)' },
  tuition_exemption: { vi: 'Miễn, giảm học phí', en: 'Tuition exemption' },
  pupil_support: { vi: 'Hỗ trợ học sinh', en: 'Support for pupils' },
  direct_support_qd102: {
    vi: 'Hỗ trợ trực tiếp (QĐ 102/2009/QĐ-TTg)',
    en: 'Direct support (Decision 102/2009/QĐ-TTg)',
  },
};

export function label(labels: Labels, code: string | undefined, lang: Lang): string {
  if (!code) return '';
  const text = labels[code];
  return text ? pick(text, lang) : code.replace(/_/g, ' ');
}

/** "Tiểu dự án 2" / "Sub-project 2", or the item's name. */
export function subProjectLabel(code: string | undefined, lang: Lang): string {
  if (!code) return '';
  const tda = /^TDA(\d)$/.exec(code);
  if (tda) return pick({ vi: `Tiểu dự án ${tda[1]}`, en: `Sub-project ${tda[1]}` }, lang);
  return label(ITEM_LABELS, code, lang);
}

// Indexed by any string: a code read from a CSV or an address may name no indicator.
const TARGETS: Record<string, { label: Bilingual; unit: Bilingual }> = TARGET_INDICATORS;
const DEPRIVATIONS: Record<string, { label: Bilingual }> = DEPRIVATION_INDICATORS;

export function indicatorLabel(code: string, lang: Lang): string {
  const info = TARGETS[code] ?? DEPRIVATIONS[code];
  return info ? pick(info.label, lang) : code;
}

export function indicatorUnit(code: string, lang: Lang): string {
  const info = TARGETS[code];
  return info ? pick(info.unit, lang) : '';
}
