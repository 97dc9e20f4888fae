/**
 * Numbers, money and dates for people: vi-VN (1.234,5; 8/4/2019; triệu/tỷ đồng) on Vietnamese
 * pages and English conventions under /en/. A missing value is never formatted as 0.
 */
import type { Lang } from '../text/lang.ts';

const LOCALE: Record<Lang, string> = { vi: 'vi-VN', en: 'en-GB' };

/**
 * Formatters are made once per language and digits and kept: making an Intl.NumberFormat costs
 * far more than using one (a national build formats millions of figures).
 */
const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: Lang, digits: number, minimumDigits = 0): Intl.NumberFormat {
  const id = `${lang}:${digits}:${minimumDigits}`;
  let format = numberFormats.get(id);
  if (!format) {
    format = new Intl.NumberFormat(LOCALE[lang], {
      maximumFractionDigits: digits,
      minimumFractionDigits: minimumDigits,
    });
    numberFormats.set(id, format);
  }
  return format;
}

/** 16003 → "16.003" (vi) or "16,003" (en); keeps up to `digits` decimals. */
export function formatNumber(lang: Lang, value: number, digits = 2): string {
  // -0 (a fall rounded to nothing) is shown as 0, never "-0".
  return numberFormat(lang, digits).format(value === 0 ? 0 : value);
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

/** Whether `value` is written exactly with at most `digits` decimals. */
function exactAt(value: number, digits: number): boolean {
  return Number(value.toFixed(digits)) === value;
}

/** Decimals in the shortest text of a number (12.5 → 1, 1e-7 → 7), at most 20. */
export function decimalsOf(value: number): number {
  // JavaScript writes a number's exponent with a lower-case "e" ("1e-7", "1.5e+21").
  const text = String(value);
  const e = text.indexOf('e');
  const mantissa = e === -1 ? text : text.slice(0, e);
  const dot = mantissa.indexOf('.');
  const decimals =
    (dot === -1 ? 0 : mantissa.length - dot - 1) - (e === -1 ? 0 : Number(text.slice(e + 1)));
  return Math.min(20, Math.max(0, decimals));
}

/**
 * A published figure, every digit as printed: never rounded, and with the trailing zeros the
 * source printed when `decimals` says how many it had ("18.50" stays 18,50, not 18,5).
 */
export function formatExact(lang: Lang, value: number, decimals?: number): string {
  const shown = Math.max(decimals ?? 0, decimalsOf(value));
  return numberFormat(lang, shown, decimals ?? 0).format(value === 0 ? 0 : value);
}

/** A published rate with every digit as printed: 18.50 (two decimals) → "18,50%". */
export function formatRate(lang: Lang, value: number, decimals?: number): string {
  return `${formatExact(lang, value, decimals)}%`;
}

/**
 * A published amount given in million VND, exact: in "tỷ đồng" (billion VND) from 1,000 million
 * when the amount is a whole number of millions (1150 → "1,15 tỷ đồng", never "1,2"), otherwise
 * in "triệu đồng" with all its digits, the way Vietnamese officials and newspapers write it. A
 * bound ("hơn", "dưới") is therefore never rounded past itself.
 */
export function formatMoney(lang: Lang, millionVnd: number): string {
  const billions = millionVnd / 1000;
  if (Math.abs(millionVnd) >= 1000 && exactAt(billions, 3)) {
    const text = formatExact(lang, billions);
    return lang === 'vi' ? `${text} tỷ đồng` : `VND ${text} billion`;
  }
  const text = formatExact(lang, millionVnd);
  return lang === 'vi' ? `${text} triệu đồng` : `VND ${text} million`;
}

/**
 * An axis tick or other computed amount, rounded to one decimal of its unit; never for a
 * published figure (use formatMoney).
 */
export function formatMoneyTick(lang: Lang, millionVnd: number): string {
  if (Math.abs(millionVnd) >= 1000) {
    const billions = formatNumber(lang, millionVnd / 1000, 1);
    return lang === 'vi' ? `${billions} tỷ đồng` : `VND ${billions} billion`;
  }
  const millions = formatNumber(lang, millionVnd, 1);
  return lang === 'vi' ? `${millions} triệu đồng` : `VND ${millions} million`;
}

const DATE_FORMATS: Record<Lang, Intl.DateTimeFormat> = {
  vi: new Intl.DateTimeFormat(LOCALE.vi, {
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
    timeZone: 'UTC',
  }),
  en: new Intl.DateTimeFormat(LOCALE.en, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }),
};

/** ISO date "2019-04-08" → "8/4/2019" (vi) or "8 April 2019" (en); read as a calendar date. */
export function formatDate(lang: Lang, iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return DATE_FORMATS[lang].format(new Date(Date.UTC(y!, m! - 1, d!)));
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
