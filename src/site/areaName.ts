/** How a unit is named for readers: "Huyện Pác Nặm" in Vietnamese, "Pác Nặm district" in English. */
import type { Area } from '../lib/schemas/areas.ts';
import type { Lang } from '../lib/text/lang.ts';

const ENGLISH_TYPE: Record<Area['unit_type'], string> = {
  'cả nước': 'whole country',
  tỉnh: 'province',
  'thành phố': 'city',
  huyện: 'district',
  'thị xã': 'town',
  xã: 'commune',
  phường: 'ward',
  'thị trấn': 'township',
};

export function areaName(area: Pick<Area, 'name' | 'unit_type'>, lang: Lang): string {
  // The national row is named as the national figure: "Cả nước (Việt Nam)", "Viet Nam (whole country)".
  if (area.unit_type === 'cả nước') {
    return lang === 'vi' ? `Cả nước (${area.name})` : 'Viet Nam (whole country)';
  }
  if (lang === 'en') return `${area.name} ${ENGLISH_TYPE[area.unit_type]}`;
  const type = area.unit_type;
  return `${type.charAt(0).toLocaleUpperCase('vi')}${type.slice(1)} ${area.name}`;
}
