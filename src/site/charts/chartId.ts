/**
 * The one place a chart's id is made. Ids are published (chart downloads, embed addresses,
 * `#chart-…` anchors), so they must not change; pages ask for a chart by building its id here
 * instead of typing it.
 */
export const chartId = {
  poverty: (areaCode: string) => `poverty-${areaCode}`,
  funding: (areaCode: string) => `funding-${areaCode}`,
  outputs: (areaCode: string) => `outputs-${areaCode}`,
  /**
   * The small multiples of a province's districts. The site's own province keeps the id it has
   * always had, so published links stay valid; other provinces get their code.
   */
  districts: (provinceCode: string, siteProvinceCode: string) =>
    provinceCode === siteProvinceCode ? 'districts-poverty' : `districts-poverty-${provinceCode}`,
};
