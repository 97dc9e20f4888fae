/**
 * The whole country beside a province: the national poverty rate of the same year-end review
 * (MOLISA's household review, the province's own measure, never the GSO survey rate), the gap
 * between the two as a computed figure that names both, and the national years with no figure.
 */
import type { Lang } from '../../i18n/routes.ts';
import { t } from '../../i18n/ui.ts';
import { formatPoints } from '../../lib/format/format.ts';
import { PROGRAMME } from '../../lib/programme.ts';
import type { Area } from '../../lib/schemas/areas.ts';
import { missingYears, seriesOf } from '../../lib/stats/poverty.ts';
import { latestRateGap } from '../../lib/stats/rateGap.ts';
import { statedYears } from '../../lib/stats/statedYears.ts';
import { areaName } from '../areaName.ts';
import type { Site } from '../loadSite.ts';
import { endOfYear, printedRate, publishedFigure, type Figure } from './figures.ts';

/** The national block for `area`; undefined when the data holds no national figure. */
export function nationalFigures({ data, index }: Site, area: Area, lang: Lang) {
  const country = data.country;
  const countryYears = country ? index.povertyYears(country.code) : [];
  if (!country || countryYears.length === 0) return undefined;
  // Like the change over time, the gap rests only on figures whose year the source states.
  const gap = latestRateGap(statedYears(index.povertyYears(area.code)), statedYears(countryYears));
  const latest = seriesOf(countryYears, 'poverty_rate_pct').at(-1);
  const national = gap?.other ?? latest;
  const year = gap?.year ?? latest?.year;
  const gaps = missingYears(countryYears, PROGRAMME.baselineYear, PROGRAMME.lastYear);
  const names = { area: areaName(area, lang), country: areaName(country, lang) };
  const figures: Figure[] = [];
  if (national && year !== undefined)
    figures.push(
      publishedFigure(
        t(lang, 'national.rate', { area: names.country, when: endOfYear(lang, year) }),
        printedRate(lang, national),
        national.row,
      ),
    );
  if (gap)
    figures.push({
      label: t(lang, 'national.gap', { ...names, when: endOfYear(lang, gap.year) }),
      value: formatPoints(lang, gap.points),
      computed: true,
      note: t(lang, 'national.gapWorking', {
        ...names,
        areaRate: printedRate(lang, gap.area),
        countryRate: printedRate(lang, gap.other),
      }),
      sourceIds: [gap.area.row.source_id, gap.other.row.source_id],
    });
  return {
    id: `national-${area.code}`,
    heading: t(lang, 'national.heading', names),
    figures,
    /** "No figure for the whole country at …", when some review years have none. */
    missing:
      gaps.length > 0
        ? t(lang, 'national.missing', {
            country: names.country,
            years: gaps.map((y) => endOfYear(lang, y)).join(', '),
          })
        : undefined,
  };
}
