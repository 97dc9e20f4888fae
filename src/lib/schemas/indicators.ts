/**
 * The vocabulary of measured quantities: programme outputs and targets, and the ten deprivation
 * indicators of the 2016–2020 multidimensional poverty standard (Decision 59/2015/QĐ-TTg).
 */

export interface IndicatorInfo {
  unit_en: string;
  unit_vi: string;
  label_en: string;
  label_vi: string;
  /** Percentages are bounded to 0–100. */
  percent?: boolean;
}

const persons = { unit_en: 'persons', unit_vi: 'người' };
const households = { unit_en: 'households', unit_vi: 'hộ' };
const householdTimes = { unit_en: 'household-times', unit_vi: 'lượt hộ' };
const pct = { unit_en: '%', unit_vi: '%', percent: true };

/** Quantities that programme outputs are counted in. */
export const OUTPUT_INDICATORS = {
  workers_trained: {
    ...persons,
    label_en: 'Workers given vocational training',
    label_vi: 'Lao động được đào tạo nghề',
  },
  jobs_created: {
    ...persons,
    label_en: 'Workers given jobs',
    label_vi: 'Lao động được giải quyết việc làm',
  },
  workers_abroad: {
    ...persons,
    label_en: 'Workers sent abroad on contract',
    label_vi: 'Lao động đi làm việc có thời hạn ở nước ngoài',
  },
  job_counselling: {
    ...persons,
    label_en: 'People given job counselling',
    label_vi: 'Người được tư vấn việc làm',
  },
  infrastructure_works: {
    unit_en: 'works',
    unit_vi: 'công trình',
    label_en: 'Infrastructure works built',
    label_vi: 'Công trình hạ tầng được đầu tư',
  },
  models: {
    unit_en: 'models',
    unit_vi: 'mô hình',
    label_en: 'Poverty-reduction models',
    label_vi: 'Mô hình giảm nghèo',
  },
  model_households: {
    ...households,
    label_en: 'Households taking part in models',
    label_vi: 'Hộ tham gia mô hình',
  },
  production_support_households: {
    ...householdTimes,
    label_en: 'Households supported to develop production',
    label_vi: 'Lượt hộ được hỗ trợ phát triển sản xuất',
  },
  ocop_products: {
    unit_en: 'products',
    unit_vi: 'sản phẩm',
    label_en: 'OCOP products certified',
    label_vi: 'Sản phẩm OCOP được công nhận',
  },
  policy_loans: {
    ...householdTimes,
    label_en: 'Policy-credit loans to households',
    label_vi: 'Lượt hộ vay vốn tín dụng chính sách',
  },
  housing_support_households: {
    ...households,
    label_en: 'Households supported with housing',
    label_vi: 'Hộ được hỗ trợ nhà ở',
  },
  communes_completed_135: {
    unit_en: 'communes',
    unit_vi: 'xã',
    label_en: 'Communes completing Programme 135',
    label_vi: 'Xã hoàn thành mục tiêu Chương trình 135',
  },
  villages_completed_135: {
    unit_en: 'villages',
    unit_vi: 'thôn',
    label_en: 'Villages completing Programme 135',
    label_vi: 'Thôn hoàn thành mục tiêu Chương trình 135',
  },
  capacity_training_participants: {
    unit_en: 'participant-times',
    unit_vi: 'lượt người',
    label_en: 'Participants in capacity-building training',
    label_vi: 'Lượt người tham gia đào tạo, tập huấn nâng cao năng lực',
  },
  officials_trained: {
    ...persons,
    label_en: 'Poverty-reduction officials trained',
    label_vi: 'Cán bộ làm công tác giảm nghèo được tập huấn',
  },
  // Households, not household-times, where the source counts households (audit L2).
  policy_loan_recipient_households: {
    ...households,
    label_en: 'Households given policy-credit loans',
    label_vi: 'Hộ được vay vốn tín dụng chính sách',
  },
  production_support_recipient_households: {
    ...households,
    label_en: 'Households given production support',
    label_vi: 'Hộ được hỗ trợ phát triển sản xuất',
  },
  // Decision 1956 training only, apart from all vocational training (audit L4).
  rural_workers_trained_qd1956: {
    ...persons,
    label_en: 'Rural workers trained under Decision 1956/QĐ-TTg',
    label_vi: 'Lao động nông thôn được đào tạo nghề theo Quyết định 1956/QĐ-TTg',
  },
  // A running total at the end of the period, not the period's new certifications.
  ocop_products_held: {
    unit_en: 'products',
    unit_vi: 'sản phẩm',
    label_en: 'OCOP products held at the end of the period',
    label_vi: 'Sản phẩm OCOP hiện có đến cuối kỳ',
  },
  production_support_projects: {
    unit_en: 'projects',
    unit_vi: 'dự án',
    label_en: 'Production-support projects',
    label_vi: 'Dự án hỗ trợ phát triển sản xuất',
  },
  // A district's own commodity scheme, not necessarily funded by the programme.
  commodity_production_models: {
    unit_en: 'models and projects',
    unit_vi: 'mô hình, dự án',
    label_en: 'Commodity-production models and projects (district scheme)',
    label_vi: 'Mô hình, dự án sản xuất hàng hóa (đề án của huyện)',
  },
  commodity_production_households: {
    ...households,
    label_en: 'Households in commodity-production models (district scheme)',
    label_vi: 'Hộ tham gia mô hình, dự án sản xuất hàng hóa (đề án của huyện)',
  },
} as const satisfies Record<string, IndicatorInfo>;

/** Targets use the output quantities plus rates and shares. */
export const TARGET_INDICATORS = {
  ...OUTPUT_INDICATORS,
  poverty_rate_pct: {
    ...pct,
    label_en: 'Poverty rate to reach',
    label_vi: 'Tỷ lệ hộ nghèo phấn đấu',
  },
  poverty_rate_reduction_pp: {
    unit_en: 'percentage points a year',
    unit_vi: 'điểm phần trăm/năm',
    label_en: 'Fall in the poverty rate',
    label_vi: 'Mức giảm tỷ lệ hộ nghèo',
  },
  escaped_poverty_households: {
    ...households,
    label_en: 'Households escaping poverty',
    label_vi: 'Hộ thoát nghèo',
  },
  trained_labour_share_pct: {
    ...pct,
    label_en: 'Share of workers with training',
    label_vi: 'Tỷ lệ lao động qua đào tạo',
  },
  health_insurance_coverage_pct: {
    ...pct,
    label_en: 'Poor and near-poor people with health insurance',
    label_vi: 'Người nghèo, cận nghèo có thẻ BHYT',
  },
  school_attendance_pct: {
    ...pct,
    label_en: 'Children of poor households in school',
    label_vi: 'Trẻ em hộ nghèo được đi học',
  },
  safe_water_pct: {
    ...pct,
    label_en: 'Poor households with hygienic water',
    label_vi: 'Hộ nghèo dùng nước hợp vệ sinh',
  },
  adequate_housing_pct: {
    ...pct,
    label_en: 'Poor households with adequate housing',
    label_vi: 'Hộ nghèo có nhà ở đảm bảo',
  },
  // All ethnic-minority households, not only poor ones (audit M3).
  ethnic_minority_hygienic_water_pct: {
    ...pct,
    label_en: 'Ethnic-minority households with hygienic water',
    label_vi: 'Hộ dân tộc thiểu số dùng nước hợp vệ sinh',
  },
  // A net fall, which is not the number of households escaping poverty.
  poor_households_net_reduction: {
    ...households,
    label_en: 'Net fall in poor households',
    label_vi: 'Giảm số hộ nghèo (ròng)',
  },
} as const satisfies Record<string, IndicatorInfo>;

/** The ten deprivation indicators of Decision 59/2015/QĐ-TTg. */
export const DEPRIVATION_INDICATORS = {
  health_services: { label_en: 'Access to health services', label_vi: 'Tiếp cận dịch vụ y tế' },
  health_insurance: { label_en: 'Health insurance', label_vi: 'Bảo hiểm y tế' },
  adult_education: {
    label_en: 'Adult education level',
    label_vi: 'Trình độ giáo dục của người lớn',
  },
  child_school_attendance: {
    label_en: "Children's school attendance",
    label_vi: 'Tình trạng đi học của trẻ em',
  },
  housing_quality: { label_en: 'Housing quality', label_vi: 'Chất lượng nhà ở' },
  housing_area: {
    label_en: 'Housing area per person',
    label_vi: 'Diện tích nhà ở bình quân đầu người',
  },
  drinking_water: { label_en: 'Drinking-water source', label_vi: 'Nguồn nước sinh hoạt' },
  hygienic_latrine: { label_en: 'Hygienic latrine', label_vi: 'Hố xí/nhà tiêu hợp vệ sinh' },
  telecom_use: {
    label_en: 'Use of telecommunication services',
    label_vi: 'Sử dụng dịch vụ viễn thông',
  },
  information_assets: {
    label_en: 'Assets for access to information',
    label_vi: 'Tài sản phục vụ tiếp cận thông tin',
  },
} as const;

export type OutputIndicator = keyof typeof OUTPUT_INDICATORS;
export type TargetIndicator = keyof typeof TARGET_INDICATORS;
export type DeprivationIndicator = keyof typeof DEPRIVATION_INDICATORS;

/** Object keys as a non-empty tuple, the shape `z.enum` wants. */
export function keysOf<T extends object>(record: T): [keyof T & string, ...(keyof T & string)[]] {
  return Object.keys(record) as [keyof T & string, ...(keyof T & string)[]];
}
