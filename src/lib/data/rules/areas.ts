/** Units: code length matches the level, parents are one level up, coordinates come in pairs. */
import type { Area } from '../../schemas/areas.ts';
import type { RowRule } from './context.ts';

const CODE_LENGTH = { country: 2, province: 2, district: 3, commune: 5 } as const;
const PARENT_LEVEL = {
  country: undefined,
  province: undefined,
  district: 'province',
  commune: 'district',
} as const;

export const codeMatchesLevel: RowRule<Area> = (row, at) => {
  const length = CODE_LENGTH[row.level];
  if (row.code.length === length) return;
  const padded = row.code.padStart(length, '0');
  if (row.code.length < length) {
    at.cell('code', { code: 'cell/code-leading-zero', value: row.code, fix: padded });
    return;
  }
  at.cell('code', {
    code: 'rule/code-level',
    value: row.code,
    level: row.level,
    expected: { vi: `${length} chữ số`, en: `${length} digits` },
  });
};

/** Runs after every area is known, so a parent may appear later in the file. */
export const parentIsOneLevelUp: RowRule<Area> = (row, at) => {
  const wanted = PARENT_LEVEL[row.level];
  const parent = row.parent_code === undefined ? undefined : at.refs.areas.get(row.parent_code);
  if (wanted === undefined ? row.parent_code === undefined : parent?.level === wanted) return;
  at.cell('parent_code', {
    code: 'rule/parent',
    value: row.parent_code ?? '',
    expected:
      wanted === undefined
        ? { vi: 'để trống với cấp tỉnh và cả nước', en: 'empty for a province or the country' }
        : {
            vi: `mã một đơn vị cấp ${wanted} có trong areas.csv`,
            en: `the code of a ${wanted} in areas.csv`,
          },
  });
};

export const coordinatesInPairs: RowRule<Area> = (row, at) => {
  if ((row.lat === undefined) !== (row.lon === undefined)) {
    at.cell(row.lat === undefined ? 'lat' : 'lon', { code: 'rule/coordinates-pair', value: '' });
  }
};

/** Coordinates are figures too: they need a source, and it must exist. */
export const coordinatesSourced: RowRule<Area> = (row, at) => {
  const id = row.coords_source_id;
  if (row.lat !== undefined && id === undefined) {
    at.cell('coords_source_id', { code: 'cell/required', value: '' });
  } else if (id !== undefined && !at.refs.unchecked?.has('sources') && !at.refs.sources.has(id)) {
    at.cell('coords_source_id', { code: 'ref/unknown-source', value: id });
  }
};
