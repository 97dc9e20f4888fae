/**
 * A synthetic dataset of the same contract as data/, at any number of provinces (63 gives about
 * 700 districts, the national scale of the 2016–2020 programme). It is for tests and benchmarks
 * only and is never published: every unit name ends in "(dữ liệu giả lập)", every source title
 * starts "Nguồn giả lập" (its English title "Synthetic source"), every quote of a source ends in
 * "(câu trích giả lập)", every address is under https://example.org/synthetic/.
 *
 * The figures are consistent by construction, so the validator passes with no warning: rates are
 * computed from the counts, poor + near-poor stay within the total, disbursed stays within
 * allocated, and each province row is the exact sum of its districts (poverty and outputs).
 * Deterministic: the same options give the same bytes.
 */
import { toCsv } from '../data/serialize.ts';
import type { Tables } from '../data/validateDirectory.ts';
import type { Area } from '../schemas/areas.ts';
import { DATASET_NAMES, DATASETS } from '../schemas/datasets.ts';
import type { Deprivation } from '../schemas/deprivation.ts';
import type { Designation } from '../schemas/designations.ts';
import type { Funding } from '../schemas/funding.ts';
import {
  DEPRIVATION_INDICATORS,
  OUTPUT_INDICATORS,
  TARGET_INDICATORS,
} from '../schemas/indicators.ts';
import type { Output } from '../schemas/outputs.ts';
import type { Poverty } from '../schemas/poverty.ts';
import type { Source } from '../schemas/sources.ts';
import type { Target } from '../schemas/targets.ts';
import { mulberry32, type Prng } from './prng.ts';

export interface SyntheticOptions {
  /** Number of provinces, 1 to MAX_PROVINCES (default 63). */
  provinces?: number;
  /** Seed of the generator (default 1). */
  seed?: number;
}

/** District codes have three digits: at most 14 districts a province keeps 70 provinces under 1000. */
export const MAX_PROVINCES = 70;
export const DEFAULT_PROVINCES = 63;
export const SYNTHETIC_MARK = '(dữ liệu giả lập)';
export const SYNTHETIC_URL = 'https://example.org/synthetic/';
/** Ends every synthetic source_quote: the sentence is invented, not taken from any document. */
export const SYNTHETIC_QUOTE_MARK = '(câu trích giả lập)';

export interface SyntheticData {
  tables: Tables;
  /** File name → content: the eight CSV files and a README.md that says what this is. */
  files: Record<string, string>;
  provinces: number;
  districts: number;
}

const YEARS = [2015, 2016, 2017, 2018, 2019, 2020] as const;
const PROGRAMME_YEARS = [2016, 2017, 2018, 2019, 2020] as const;
/** Years that also get a preliminary figure beside the final one. */
const PRELIMINARY_YEARS = new Set([2017, 2019]);
const DEPRIVATION_YEARS = { province: [2016, 2018], district: [2018] } as const;
const STEMS = ['Đồi', 'Sông', 'Đèo', 'Núi', 'Đồng', 'Suối', 'Bản', 'Đá'] as const;
const OUTPUT_PERIOD_INDICATORS = [
  'workers_trained',
  'jobs_created',
  'infrastructure_works',
  'models',
] as const;
const NOTE_VI = 'Số liệu giả lập để kiểm thử và đo hiệu năng; không phải số liệu thống kê thật.';
const NOTE_EN = 'Synthetic figure for tests and benchmarks; not a real statistic.';
/** The 2015 baseline rows: their year is inferred, as real baselines often are. */
const INFERRED_YEAR = 2015;
const INFERRED_NOTE_VI =
  'Năm suy ra (giả lập): nguồn giả lập không ghi năm; số liệu được coi là kết quả rà soát cuối năm 2015.';
const INFERRED_NOTE_EN =
  'Inferred year (synthetic): the synthetic source names no year; the figures are read as the end-2015 review.';

/** Vietnamese number text, as a source prints it (1.234.567; 12,34), the same on every machine. */
function vi(n: number): string {
  const [whole = '0', fraction] = String(n).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return fraction === undefined ? grouped : `${grouped},${fraction}`;
}

/** A source's sentence, invented and marked as such. */
const quote = (sentence: string) => `${sentence} ${SYNTHETIC_QUOTE_MARK}`;

const round2 = (x: number) => Math.round(x * 100) / 100;
const pad = (n: number, width: number) => String(n).padStart(width, '0');

interface Counts {
  total: number;
  poor: number;
  near: number;
  escaped?: number | undefined;
  newly?: number | undefined;
}

function povertyRow(
  year: number,
  code: string,
  status: Poverty['status'],
  c: Counts,
  source: string,
): Poverty {
  return {
    year,
    area_code: code,
    status,
    households_total: c.total,
    poor_households: c.poor,
    near_poor_households: c.near,
    poverty_rate_pct: round2((c.poor / c.total) * 100),
    near_poverty_rate_pct: round2((c.near / c.total) * 100),
    escaped_poverty_households: c.escaped,
    newly_poor_households: c.newly,
    source_id: source,
    ...(year === INFERRED_YEAR
      ? {
          year_basis: 'inferred',
          source_quote: quote(
            `Đơn vị ${code} có ${vi(c.total)} hộ, trong đó ${vi(c.poor)} hộ nghèo và ${vi(c.near)} hộ cận nghèo.`,
          ),
          note_vi: INFERRED_NOTE_VI,
          note_en: INFERRED_NOTE_EN,
        }
      : {
          year_basis: 'stated',
          source_quote: quote(
            `Cuối năm ${year}, đơn vị ${code} có ${vi(c.total)} hộ, trong đó ${vi(c.poor)} hộ nghèo và ${vi(c.near)} hộ cận nghèo.`,
          ),
          note_vi: undefined,
          note_en: undefined,
        }),
  };
}

function addCounts(into: Counts | undefined, c: Counts): Counts {
  if (!into) return { ...c };
  const sum = (a: number | undefined, b: number | undefined) =>
    a === undefined || b === undefined ? undefined : a + b;
  return {
    total: into.total + c.total,
    poor: into.poor + c.poor,
    near: into.near + c.near,
    escaped: sum(into.escaped, c.escaped),
    newly: sum(into.newly, c.newly),
  };
}

/** One district's year-end counts, final and (some years) preliminary. */
function districtSeries(rng: Prng): {
  final: Map<number, Counts>;
  preliminary: Map<number, Counts>;
  baseRate: number;
} {
  const total0 = rng.int(8000, 45000);
  const baseRate = rng.between(8, 60);
  const fall = rng.between(1, 5);
  const nearRate = rng.between(6, 18);
  const final = new Map<number, Counts>();
  const preliminary = new Map<number, Counts>();
  let previousPoor: number | undefined;
  YEARS.forEach((year, i) => {
    const total = Math.round(total0 * 1.012 ** i);
    const rate = Math.max(1, baseRate - fall * i + rng.between(-0.5, 0.5));
    const poor = Math.round((total * rate) / 100);
    const near = Math.round((total * (nearRate + rng.between(-1, 1))) / 100);
    const newly =
      previousPoor === undefined ? undefined : Math.round(poor * rng.between(0.02, 0.06));
    const escaped =
      previousPoor === undefined || newly === undefined
        ? undefined
        : Math.max(0, previousPoor - poor + newly);
    final.set(year, { total, poor, near, escaped, newly });
    if (PRELIMINARY_YEARS.has(year)) {
      preliminary.set(year, {
        total,
        poor: Math.max(0, poor + rng.int(-40, 40)),
        near: Math.max(0, near + rng.int(-40, 40)),
      });
    }
    previousPoor = poor;
  });
  return { final, preliminary, baseRate };
}

export function generateSynthetic(options: SyntheticOptions = {}): SyntheticData {
  const provinceCount = options.provinces ?? DEFAULT_PROVINCES;
  const seed = options.seed ?? 1;
  if (!Number.isInteger(provinceCount) || provinceCount < 1 || provinceCount > MAX_PROVINCES) {
    throw new RangeError(`provinces must be an integer from 1 to ${MAX_PROVINCES}`);
  }
  if (!Number.isInteger(seed)) throw new RangeError('seed must be an integer');
  const rng = mulberry32(seed);
  const tables = Object.fromEntries(DATASET_NAMES.map((n) => [n, []])) as unknown as Tables;
  const sources: Source[] = tables.sources;
  const areas: Area[] = tables.areas;
  const poverty: Poverty[] = tables.poverty;
  const funding: Funding[] = tables.funding;
  const outputs: Output[] = tables.outputs;
  const targets: Target[] = tables.targets;
  const designations: Designation[] = tables.designations;
  const deprivation: Deprivation[] = tables.deprivation;

  const source = (
    id: string,
    title: string,
    titleEn: string,
    publisher: string,
    kind: Source['kind'],
    published: string | undefined,
    path: string,
  ) =>
    sources.push({
      id,
      title: `Nguồn giả lập: ${title}`,
      title_en: `Synthetic source: ${titleEn}`,
      publisher,
      document_number: undefined,
      published,
      url: `${SYNTHETIC_URL}${path}`,
      kind,
      covers_from: undefined,
      covers_to: undefined,
      note_vi: 'Nguồn giả lập, chỉ dùng để kiểm thử và đo hiệu năng; nguồn này không có thật.',
      note_en: 'Synthetic source for tests and benchmarks only; it does not exist.',
    });
  const national = 'Cơ quan giả lập trung ương (dữ liệu giả lập)';
  source(
    'synthetic-units',
    'danh mục đơn vị hành chính',
    'list of administrative units',
    national,
    'dataset',
    undefined,
    'units',
  );
  source(
    'synthetic-coordinates',
    'tọa độ trụ sở các đơn vị',
    'coordinates of the seats of the units',
    national,
    'dataset',
    undefined,
    'coordinates',
  );
  source(
    'synthetic-30a-list',
    'danh sách huyện nghèo giai đoạn 2016–2020',
    'list of poor districts 2016–2020',
    national,
    'legal_document',
    '2016-12-01',
    '30a-list',
  );

  let districtNumber = 0;
  for (let p = 1; p <= provinceCount; p++) {
    const pp = pad(p, 2);
    const provinceName = `Tổng hợp ${pp} ${SYNTHETIC_MARK}`;
    const publisher = `Cơ quan giả lập tỉnh Tổng hợp ${pp} ${SYNTHETIC_MARK}`;
    const review = (year: number) => `synthetic-p${pp}-review-${year}`;
    for (const year of YEARS) {
      source(
        review(year),
        `kết quả rà soát hộ nghèo, hộ cận nghèo cuối năm ${year}, tỉnh Tổng hợp ${pp}`,
        `results of the end-${year} review of poor and near-poor households, Tổng hợp ${pp} province`,
        publisher,
        'report',
        `${year + 1}-01-15`,
        `p${pp}/review-${year}`,
      );
    }
    const fundingSource = `synthetic-p${pp}-funding`;
    const outputsSource = `synthetic-p${pp}-outputs`;
    const planSource = `synthetic-p${pp}-plan`;
    source(
      fundingSource,
      `báo cáo vốn thực hiện Chương trình 2016–2020, tỉnh Tổng hợp ${pp}`,
      `report on the programme's funding 2016–2020, Tổng hợp ${pp} province`,
      publisher,
      'report',
      '2021-03-01',
      `p${pp}/funding`,
    );
    source(
      outputsSource,
      `báo cáo kết quả thực hiện Chương trình 2016–2020, tỉnh Tổng hợp ${pp}`,
      `report on the programme's results 2016–2020, Tổng hợp ${pp} province`,
      publisher,
      'report',
      '2021-03-01',
      `p${pp}/outputs`,
    );
    source(
      planSource,
      `kế hoạch giảm nghèo bền vững 2016–2020, tỉnh Tổng hợp ${pp}`,
      `sustainable poverty reduction plan 2016–2020, Tổng hợp ${pp} province`,
      publisher,
      'legal_document',
      '2016-06-01',
      `p${pp}/plan`,
    );

    const lat = rng.between(9, 22.5);
    const lon = rng.between(103.5, 108.5);
    const seat = (x: number) => Number(x.toFixed(5));
    areas.push({
      code: pp,
      level: 'province',
      parent_code: undefined,
      name: provinceName,
      unit_type: 'tỉnh',
      lat: seat(lat),
      lon: seat(lon),
      source_id: 'synthetic-units',
      coords_source_id: 'synthetic-coordinates',
    });

    const districtCount = rng.int(8, 14);
    const provinceFinal = new Map<number, Counts>();
    const provincePreliminary = new Map<number, Counts>();
    const provinceOutputs = new Map<string, number>();
    const districtRows: { poverty: Poverty[]; rest: () => void }[] = [];
    let poorDistricts = 0;
    for (let d = 0; d < districtCount; d++) {
      districtNumber++;
      const code = pad(districtNumber, 3);
      const unitType = d === 0 ? 'thành phố' : rng.next() < 0.25 ? 'thị xã' : 'huyện';
      areas.push({
        code,
        level: 'district',
        parent_code: pp,
        name: `${rng.pick(STEMS)} ${code} ${SYNTHETIC_MARK}`,
        unit_type: unitType,
        lat: seat(lat + rng.between(-0.35, 0.35)),
        lon: seat(lon + rng.between(-0.35, 0.35)),
        source_id: 'synthetic-units',
        coords_source_id: 'synthetic-coordinates',
      });
      const series = districtSeries(rng);
      const rows: Poverty[] = [];
      for (const year of YEARS) {
        const final = series.final.get(year)!;
        provinceFinal.set(year, addCounts(provinceFinal.get(year), final));
        rows.push(povertyRow(year, code, 'final', final, review(year)));
        const preliminary = series.preliminary.get(year);
        if (preliminary) {
          provincePreliminary.set(year, addCounts(provincePreliminary.get(year), preliminary));
          rows.push(povertyRow(year, code, 'preliminary', preliminary, review(year)));
        }
      }
      if (series.baseRate > 40 && unitType === 'huyện') {
        poorDistricts++;
        const until = series.baseRate > 45 ? 2020 : 2017;
        designations.push({
          area_code: code,
          designation: '30a_poor_district',
          year_from: 2016,
          year_to: until,
          source_id: 'synthetic-30a-list',
          note_vi: NOTE_VI,
          note_en: NOTE_EN,
        });
      }
      // Funding, outputs, targets and deprivation of the district, drawn now so that the
      // sequence of random numbers does not depend on the order the files are written in.
      const fundingRows: Funding[] = [];
      for (const year of PROGRAMME_YEARS) {
        for (const line of DISTRICT_FUNDING) {
          fundingRows.push(money(rng, year, code, line, fundingSource));
        }
      }
      const outputRows: Output[] = [];
      const targetRows: Target[] = [];
      for (const indicator of OUTPUT_PERIOD_INDICATORS) {
        const value = rng.int(10, indicator === 'models' ? 40 : 3000);
        provinceOutputs.set(indicator, (provinceOutputs.get(indicator) ?? 0) + value);
        outputRows.push(output(2016, 2020, code, indicator, value, outputsSource));
        targetRows.push(
          target(
            2016,
            2020,
            code,
            indicator,
            Math.round(value * rng.between(0.9, 1.2)),
            undefined,
            planSource,
          ),
        );
      }
      for (const year of PROGRAMME_YEARS) {
        const value = rng.int(10, 700);
        const key = `workers_trained:${year}`;
        provinceOutputs.set(key, (provinceOutputs.get(key) ?? 0) + value);
        outputRows.push(output(year, year, code, 'workers_trained', value, outputsSource));
      }
      const rate2015 = (series.final.get(2015)!.poor / series.final.get(2015)!.total) * 100;
      targetRows.push(
        target(
          2020,
          2020,
          code,
          'poverty_rate_pct',
          Math.max(1, Math.round(rate2015 - rng.between(5, 15))),
          undefined,
          planSource,
        ),
      );
      targetRows.push(target(2016, 2020, code, 'poverty_rate_reduction_pp', 3, 4, planSource));
      const deprivationRows = DEPRIVATION_YEARS.district.flatMap((year) =>
        deprivationOf(rng, year, code, series.final.get(year)!, review(year)),
      );
      districtRows.push({
        poverty: rows,
        rest: () => {
          funding.push(...fundingRows);
          outputs.push(...outputRows);
          targets.push(...targetRows);
          deprivation.push(...deprivationRows);
        },
      });
    }

    // The province: its rows first, then its districts', as a province would publish them.
    for (const year of YEARS) {
      poverty.push(povertyRow(year, pp, 'final', provinceFinal.get(year)!, review(year)));
      const preliminary = provincePreliminary.get(year);
      if (preliminary) poverty.push(povertyRow(year, pp, 'preliminary', preliminary, review(year)));
    }
    for (const year of PROGRAMME_YEARS) {
      for (const line of PROVINCE_FUNDING) {
        // Programme 30a's money (DA1) goes only to provinces with a poor district.
        if (line.project === 'DA1' && poorDistricts === 0) continue;
        funding.push(money(rng, year, pp, line, fundingSource));
      }
    }
    for (const indicator of OUTPUT_PERIOD_INDICATORS) {
      const value = provinceOutputs.get(indicator)!;
      outputs.push(output(2016, 2020, pp, indicator, value, outputsSource));
      targets.push(
        target(
          2016,
          2020,
          pp,
          indicator,
          Math.round(value * rng.between(0.95, 1.1)),
          undefined,
          planSource,
        ),
      );
    }
    for (const year of PROGRAMME_YEARS) {
      outputs.push(
        output(
          year,
          year,
          pp,
          'workers_trained',
          provinceOutputs.get(`workers_trained:${year}`)!,
          outputsSource,
        ),
      );
    }
    const provinceRate2015 = (provinceFinal.get(2015)!.poor / provinceFinal.get(2015)!.total) * 100;
    targets.push(
      target(
        2020,
        2020,
        pp,
        'poverty_rate_pct',
        Math.max(1, Math.round(provinceRate2015 - 10)),
        undefined,
        planSource,
      ),
    );
    targets.push(target(2016, 2020, pp, 'poverty_rate_reduction_pp', 2, 2.5, planSource));
    for (const year of DEPRIVATION_YEARS.province) {
      deprivation.push(...deprivationOf(rng, year, pp, provinceFinal.get(year)!, review(year)));
    }
    for (const district of districtRows) {
      poverty.push(...district.poverty);
      district.rest();
    }
  }
  if (districtNumber > 999) throw new RangeError('too many districts for three-digit codes');

  const files: Record<string, string> = {};
  for (const name of DATASET_NAMES) {
    files[DATASETS[name].file] = toCsv(DATASETS[name], tables[name] as Record<string, unknown>[]);
  }
  files['README.md'] = readme(provinceCount, districtNumber, seed);
  return { tables, files, provinces: provinceCount, districts: districtNumber };
}

/** One funding line drawn each programme year: its project, fund, kind and range (million VND). */
interface FundingLine {
  project: Funding['project'];
  subProject?: string;
  fund: Funding['funding_source'];
  capital: Funding['capital_type'];
  min: number;
  max: number;
}

const DISTRICT_FUNDING: readonly FundingLine[] = [
  {
    project: 'DA2',
    subProject: 'TDA1',
    fund: 'central_budget',
    capital: 'investment',
    min: 200,
    max: 8000,
  },
  { project: 'DA3', fund: 'local_budget', capital: 'recurrent', min: 100, max: 3000 },
];

const PROVINCE_FUNDING: readonly FundingLine[] = [
  {
    project: 'DA1',
    subProject: 'TDA1',
    fund: 'central_budget',
    capital: 'investment',
    min: 20000,
    max: 90000,
  },
  {
    project: 'DA2',
    subProject: 'TDA1',
    fund: 'central_budget',
    capital: 'investment',
    min: 10000,
    max: 60000,
  },
  { project: 'DA3', fund: 'central_budget', capital: 'recurrent', min: 2000, max: 15000 },
  {
    project: 'DA4',
    subProject: 'TDA1',
    fund: 'local_budget',
    capital: 'recurrent',
    min: 300,
    max: 3000,
  },
  { project: 'DA5', fund: 'central_budget', capital: 'recurrent', min: 300, max: 3000 },
];

function money(rng: Prng, year: number, code: string, line: FundingLine, source: string): Funding {
  const { project, subProject, fund: fundingSource, capital: capitalType } = line;
  const allocated = rng.int(line.min, line.max);
  // Never above the allocation, so the excess flag stays empty.
  const disbursed = Math.floor(allocated * rng.between(0.7, 1));
  return {
    year_from: year,
    year_to: year,
    area_code: code,
    project,
    sub_project: subProject,
    funding_source: fundingSource,
    capital_type: capitalType,
    value_qualifier: 'exact',
    allocated_million_vnd: allocated,
    disbursed_million_vnd: disbursed,
    source_id: source,
    year_basis: 'stated',
    source_quote: quote(
      `Năm ${year}, đơn vị ${code} được giao ${vi(allocated)} triệu đồng cho ${project}, đã giải ngân ${vi(disbursed)} triệu đồng.`,
    ),
    note_vi: undefined,
    note_en: undefined,
    disbursed_exceeds_allocated: undefined,
  };
}

function output(
  from: number,
  to: number,
  code: string,
  indicator: Output['indicator'],
  value: number,
  source: string,
): Output {
  return {
    year_from: from,
    year_to: to,
    area_code: code,
    indicator,
    value_qualifier: 'exact',
    value,
    source_id: source,
    year_basis: 'stated',
    source_quote: quote(
      `Giai đoạn ${period(from, to)}, đơn vị ${code}, ${OUTPUT_INDICATORS[indicator].label.vi}: ${amount(vi(value), OUTPUT_INDICATORS[indicator].unit.vi)}.`,
    ),
    note_vi: undefined,
    note_en: undefined,
  };
}

function target(
  from: number,
  to: number,
  code: string,
  indicator: Target['indicator'],
  value: number,
  max: number | undefined,
  source: string,
): Target {
  return {
    year_from: from,
    year_to: to,
    area_code: code,
    indicator,
    value_qualifier: 'exact',
    target_value: value,
    target_value_max: max,
    source_id: source,
    year_basis: 'stated',
    source_quote: quote(
      `Chỉ tiêu giai đoạn ${period(from, to)}, đơn vị ${code}, ${TARGET_INDICATORS[indicator].label.vi}: ${amount(max === undefined ? vi(value) : `${vi(value)}–${vi(max)}`, TARGET_INDICATORS[indicator].unit.vi)}.`,
    ),
    note_vi: undefined,
    note_en: undefined,
  };
}

function deprivationOf(
  rng: Prng,
  year: number,
  code: string,
  counts: Counts,
  source: string,
): Deprivation[] {
  return (Object.keys(DEPRIVATION_INDICATORS) as Deprivation['indicator'][]).map((indicator) => {
    const deprived = Math.round(counts.poor * rng.between(0.1, 0.9));
    const pct = round2((deprived / counts.total) * 100);
    return {
      year,
      area_code: code,
      indicator,
      deprived_households: deprived,
      deprived_pct: pct,
      source_id: source,
      year_basis: 'stated',
      source_quote: quote(
        `Cuối năm ${year}, đơn vị ${code} có ${vi(deprived)} hộ thiếu hụt chỉ số “${DEPRIVATION_INDICATORS[indicator].label.vi}” (${vi(pct)}%).`,
      ),
      note_vi: undefined,
      note_en: undefined,
    };
  });
}

/** "1.234 người", "2,5%". */
const amount = (value: string, unit: string) => (unit === '%' ? `${value}%` : `${value} ${unit}`);

/** 2016–2020, or 2018 for one year. */
const period = (from: number, to: number) => (from === to ? String(from) : `${from}–${to}`);

function readme(provinces: number, districts: number, seed: number): string {
  return `# Dữ liệu giả lập / Synthetic data — NOT REAL

Generated by \`npm run data:synthetic -- --provinces ${provinces} --seed ${seed}\`:
${provinces} provinces, ${districts} districts, years 2015–2020, every dataset.

Every unit, figure, source and quoted sentence in this folder is invented, for tests and
benchmarks of the site at national scale; each \`source_quote\` ends in "${SYNTHETIC_QUOTE_MARK}".
Nothing here may be published or cited. Mọi đơn vị, số liệu, nguồn và câu trích dẫn trong thư mục
này đều là giả lập, chỉ dùng để kiểm thử; không được công bố hay trích dẫn.
`;
}
