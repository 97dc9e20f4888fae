/**
 * Numbers, money and dates for people: vi-VN (1.234,5; 8/4/2019; triệu/tỷ đồng) on Vietnamese
 * pages and English conventions under /en/. A missing value is never formatted as 0.
 */
export type Lang = 'vi' | 'en';

const LOCALE: Record<Lang, string> = { vi: 'vi-VN', en: 'en-GB' };

const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: Lang, digits: number): Intl.NumberFormat {
  const id = `${lang}:${digits}`;
  let format = numberFormats.get(id);
  if (!format) {
    format = new Intl.NumberFormat(LOCALE[lang], {
      maximumFractionDigits: digits,
      minimumFractionDigits: 0,
    });
    numberFormats.set(id, format);
  }
  return format;
}

/** 16003 → "16.003" (vi) or "16,003" (en); keeps up to `digits` decimals. */
export function formatNumber(lang: Lang, value: number, digits = 2): string {
  return numberFormat(lang, digits).format(value);
}

/** 19.93 → "19,93%" (vi) or "19.93%" (en). */
export function formatPercent(lang: Lang, value: number, digits = 2): string {
  return `${formatNumber(lang, value, digits)}%`;
}

/** Percentage points: 2.65 → "2,65 điểm %" / "2.65 points". */
export function formatPoints(lang: Lang, value: number): string {
  return lang === 'vi'
    ? `${formatNumber(lang, value)} điểm %`
    : `${formatNumber(lang, value)} points`;
}

/**
 * Money given in million VND: below 1,000 million in "triệu đồng", from there in "tỷ đồng"
 * (billion VND), the way Vietnamese officials and newspapers write it.
 */
export function formatMoney(lang: Lang, millionVnd: number): string {
  if (Math.abs(millionVnd) >= 1000) {
    const billions = formatNumber(lang, millionVnd / 1000, 1);
    return lang === 'vi' ? `${billions} tỷ đồng` : `VND ${billions} billion`;
  }
  const millions = formatNumber(lang, millionVnd, 1);
  return lang === 'vi' ? `${millions} triệu đồng` : `VND ${millions} million`;
}

/** ISO date "2019-04-08" → "8/4/2019" (vi) or "8 April 2019" (en); read as a calendar date. */
export function formatDate(lang: Lang, iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(y!, m! - 1, d!));
  const options: Intl.DateTimeFormatOptions =
    lang === 'vi'
      ? { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'UTC' }
      : { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(LOCALE[lang], options).format(date);
}

/** 2016–2020, or a single year. */
export function formatPeriod(from: number, to: number): string {
  return from === to ? String(from) : `${from}–${to}`;
}

/** The words a source uses for an approximate figure: "hơn", "khoảng", "dưới". */
export function qualifierPrefix(lang: Lang, qualifier: string | undefined): string {
  const words: Record<string, Record<Lang, string>> = {
    more_than: { vi: 'hơn ', en: 'more than ' },
    about: { vi: 'khoảng ', en: 'about ' },
    less_than: { vi: 'dưới ', en: 'less than ' },
  };
  return qualifier ? (words[qualifier]?.[lang] ?? '') : '';
}
