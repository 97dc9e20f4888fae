/**
 * Upper bounds of the numeric columns, from what each column means. They are generous (a
 * national dataset fits with room to spare) but finite, so a pasted 400-digit number, a 20-digit
 * count or 1e308 is an error rather than "∞ tỷ đồng" on the site. Each appears as `maximum` in
 * the data dictionary, the data package and the Excel templates.
 */

/**
 * Households in one area: Vietnam counted 26.9 million households at the 2019 census
 * (Tổng điều tra dân số và nhà ở 2019), so no area, the country included, can have more.
 */
export const MAX_HOUSEHOLDS = 30_000_000;

/**
 * An amount in million VND: 10 million billion VND (10^16 VND), about five years of Vietnam's
 * whole state budget (≈ 1.7 million billion VND a year around 2020). No programme row, even a
 * national multi-year total, comes near it.
 */
export const MAX_MILLION_VND = 10_000_000_000;

/**
 * A count of people, households, loans, works or models over a period: one billion, ten times
 * Vietnam's population (≈ 97 million in 2019), so even "household-times" over many years fit.
 */
export const MAX_COUNT = 1_000_000_000;
