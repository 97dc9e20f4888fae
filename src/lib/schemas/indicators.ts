/**
 * The vocabulary of measured quantities: programme outputs and targets, and the ten deprivation
 * indicators of the 2016–2020 multidimensional poverty standard (Decision 59/2015/QĐ-TTg).
 */
import type { Bilingual } from '../text/lang.ts';

export interface IndicatorInfo {
  unit: Bilingual;
  label: Bilingual;
  /** Percentages are bounded to 0–100. */
  percent?: boolean;
}

const persons = { unit: { vi: 'người', en: 'persons' } };
const households = { unit: { vi: 'hộ', en: 'households' } };
const householdTimes = { unit: { vi: 'lượt hộ', en: 'household-times' } };
const pct = { unit: { vi: '%', en: '%' }, percent: true };

/** Quantities that programme outputs are counted in. */
export const OUTPUT_INDICATORS = {
  workers_trained: {
    ...persons,
    label: { vi: 'Lao động được đào tạo nghề', en: 'Workers given vocational training' },
  },
  jobs_created: {
    ...persons,
    label: { vi: 'Lao động được giải quyết việc làm', en: 'Workers given jobs' },
  },
  workers_abroad: {
    ...persons,
    label: {
      vi: 'Lao động đi làm việc có thời hạn ở nước ngoài',
      en: 'Workers sent abroad on contract',
    },
  },
  job_counselling: {
    ...persons,
    label: { vi: 'Người được tư vấn việc làm', en: 'People given job counselling' },
  },
  infrastructure_works: {
    unit: { vi: 'công trình', en: 'works' },
    label: { vi: 'Công trình hạ tầng được đầu tư', en: 'Infrastructure works built' },
  },
  models: {
    unit: { vi: 'mô hình', en: 'models' },
    label: { vi: 'Mô hình giảm nghèo', en: 'Poverty-reduction models' },
  },
  model_households: {
    ...households,
    label: { vi: 'Hộ tham gia mô hình', en: 'Households taking part in models' },
  },
  production_support_households: {
    ...householdTimes,
    label: {
      vi: 'Lượt hộ được hỗ trợ phát triển sản xuất',
      en: 'Households supported to develop production',
    },
  },
  ocop_products: {
    unit: { vi: 'sản phẩm', en: 'products' },
    label: { vi: 'Sản phẩm OCOP được công nhận', en: 'OCOP products certified' },
  },
  policy_loans: {
    ...householdTimes,
    label: { vi: 'Lượt hộ vay vốn tín dụng chính sách', en: 'Policy-credit loans to households' },
  },
  housing_support_households: {
    ...households,
    label: { vi: 'Hộ được hỗ trợ nhà ở', en: 'Households supported with housing' },
  },
  communes_completed_135: {
    unit: { vi: 'xã', en: 'communes' },
    label: {
      vi: 'Xã hoàn thành mục tiêu Chương trình 135',
      en: 'Communes completing Programme 135',
    },
  },
  villages_completed_135: {
    unit: { vi: 'thôn', en: 'villages' },
    label: {
      vi: 'Thôn hoàn thành mục tiêu Chương trình 135',
      en: 'Villages completing Programme 135',
    },
  },
  capacity_training_participants: {
    unit: { vi: 'lượt người', en: 'participant-times' },
    label: {
      vi: 'Lượt người tham gia đào tạo, tập huấn nâng cao năng lực',
      en: 'Participants in capacity-building training',
    },
  },
  officials_trained: {
    ...persons,
    label: {
      vi: 'Cán bộ làm công tác giảm nghèo được tập huấn',
      en: 'Poverty-reduction officials trained',
    },
  },
  // Households, not household-times, where the source counts households (audit L2).
  policy_loan_recipient_households: {
    ...households,
    label: {
      vi: 'Hộ được vay vốn tín dụng chính sách',
      en: 'Households given policy-credit loans',
    },
  },
  production_support_recipient_households: {
    ...households,
    label: { vi: 'Hộ được hỗ trợ phát triển sản xuất', en: 'Households given production support' },
  },
  // Decision 1956 training only, apart from all vocational training (audit L4).
  rural_workers_trained_qd1956: {
    ...persons,
    label: {
      vi: 'Lao động nông thôn được đào tạo nghề theo Quyết định 1956/QĐ-TTg',
      en: 'Rural workers trained under Decision 1956/QĐ-TTg',
    },
  },
  // A running total at the end of the period, not the period's new certifications.
  ocop_products_held: {
    unit: { vi: 'sản phẩm', en: 'products' },
    label: {
      vi: 'Sản phẩm OCOP hiện có đến cuối kỳ',
      en: 'OCOP products held at the end of the period',
    },
  },
  production_support_projects: {
    unit: { vi: 'dự án', en: 'projects' },
    label: { vi: 'Dự án hỗ trợ phát triển sản xuất', en: 'Production-support projects' },
  },
  // A district's own commodity scheme, not necessarily funded by the programme.
  commodity_production_models: {
    unit: { vi: 'mô hình, dự án', en: 'models and projects' },
    label: {
      vi: 'Mô hình, dự án sản xuất hàng hóa (đề án của huyện)',
      en: 'Commodity-production models and projects (district scheme)',
    },
  },
  commodity_production_households: {
    ...households,
    label: {
      vi: 'Hộ tham gia mô hình, dự án sản xuất hàng hóa (đề án của huyện)',
      en: 'Households in commodity-production models (district scheme)',
    },
  },
} as const satisfies Record<string, IndicatorInfo>;

/** Targets use the output quantities plus rates and shares. */
export const TARGET_INDICATORS = {
  ...OUTPUT_INDICATORS,
  poverty_rate_pct: {
    ...pct,
    label: { vi: 'Tỷ lệ hộ nghèo phấn đấu', en: 'Poverty rate to reach' },
  },
  poverty_rate_reduction_pp: {
    unit: { vi: 'điểm phần trăm/năm', en: 'percentage points a year' },
    label: { vi: 'Mức giảm tỷ lệ hộ nghèo', en: 'Fall in the poverty rate' },
  },
  escaped_poverty_households: {
    ...households,
    label: { vi: 'Hộ thoát nghèo', en: 'Households escaping poverty' },
  },
  trained_labour_share_pct: {
    ...pct,
    label: { vi: 'Tỷ lệ lao động qua đào tạo', en: 'Share of workers with training' },
  },
  health_insurance_coverage_pct: {
    ...pct,
    label: {
      vi: 'Người nghèo, cận nghèo có thẻ BHYT',
      en: 'Poor and near-poor people with health insurance',
    },
  },
  school_attendance_pct: {
    ...pct,
    label: { vi: 'Trẻ em hộ nghèo được đi học', en: 'Children of poor households in school' },
  },
  safe_water_pct: {
    ...pct,
    label: { vi: 'Hộ nghèo dùng nước hợp vệ sinh', en: 'Poor households with hygienic water' },
  },
  adequate_housing_pct: {
    ...pct,
    label: { vi: 'Hộ nghèo có nhà ở đảm bảo', en: 'Poor households with adequate housing' },
  },
  // All ethnic-minority households, not only poor ones (audit M3).
  ethnic_minority_hygienic_water_pct: {
    ...pct,
    label: {
      vi: 'Hộ dân tộc thiểu số dùng nước hợp vệ sinh',
      en: 'Ethnic-minority households with hygienic water',
    },
  },
  // A net fall, which is not the number of households escaping poverty.
  poor_households_net_reduction: {
    ...households,
    label: { vi: 'Giảm số hộ nghèo (ròng)', en: 'Net fall in poor households' },
  },
} as const satisfies Record<string, IndicatorInfo>;

/** The ten deprivation indicators of Decision 59/2015/QĐ-TTg. */
export const DEPRIVATION_INDICATORS = {
  health_services: { label: { vi: 'Tiếp cận dịch vụ y tế', en: 'Access to health services' } },
  health_insurance: { label: { vi: 'Bảo hiểm y tế', en: 'Health insurance' } },
  adult_education: {
    label: { vi: 'Trình độ giáo dục của người lớn', en: 'Adult education level' },
  },
  child_school_attendance: {
    label: { vi: 'Tình trạng đi học của trẻ em', en: "Children's school attendance" },
  },
  housing_quality: { label: { vi: 'Chất lượng nhà ở', en: 'Housing quality' } },
  housing_area: {
    label: { vi: 'Diện tích nhà ở bình quân đầu người', en: 'Housing area per person' },
  },
  drinking_water: { label: { vi: 'Nguồn nước sinh hoạt', en: 'Drinking-water source' } },
  hygienic_latrine: { label: { vi: 'Hố xí/nhà tiêu hợp vệ sinh', en: 'Hygienic latrine' } },
  telecom_use: {
    label: { vi: 'Sử dụng dịch vụ viễn thông', en: 'Use of telecommunication services' },
  },
  information_assets: {
    label: { vi: 'Tài sản phục vụ tiếp cận thông tin', en: 'Assets for access to information' },
  },
} as const;

export type OutputIndicator = keyof typeof OUTPUT_INDICATORS;
export type TargetIndicator = keyof typeof TARGET_INDICATORS;
export type DeprivationIndicator = keyof typeof DEPRIVATION_INDICATORS;

/** Object keys as a non-empty tuple, the shape `z.enum` wants. */
export function keysOf<T extends object>(record: T): [keyof T & string, ...(keyof T & string)[]] {
  return Object.keys(record) as [keyof T & string, ...(keyof T & string)[]];
}
