/**
 * What a shared link shows: the page's title for social previews (the key figure in it where the
 * page has one), the area summary search results show, and the preview image (og:image) with its
 * alt text. The image is a card drawn by lib/share/card.ts: the overview and every explainer show
 * the province's poverty rate and chart, an area page its own.
 */
import type { Lang, RouteName } from '../i18n/routes.ts';
import { t } from '../i18n/ui.ts';
import { PROGRAMME_PERIOD } from '../lib/programme.ts';
import type { ShareCard } from '../lib/share/card.ts';
import { seriesOf } from '../lib/stats/poverty.ts';
import { areaName } from './areaName.ts';
import { chartId } from './charts.ts';
import type { Site } from './loadSite.ts';
import { endOfYear, printedRate } from './pages/figures.ts';
import { sharePath } from './urls.ts';

export interface Share {
  /** og:title (and, but for the overview's, the start of <title>). */
  title: string;
  /** The latest poverty rate with its year and status, for an area's search result. */
  summary?: string;
  image: { path: string; alt: string };
}

/** The latest poverty rate of an area, as words. */
function keyFigure(site: Site, code: string, lang: Lang) {
  const latest = seriesOf(site.index.povertyYears(code), 'poverty_rate_pct').at(-1);
  if (!latest) return undefined;
  const when = endOfYear(lang, latest.year);
  const status = t(lang, `status.${latest.row.status}`);
  const rate = printedRate(lang, latest);
  return {
    rate,
    when,
    summary: t(lang, 'share.summary', {
      label: t(lang, 'overview.latestRate', { when }),
      rate,
      status,
    }),
    label: `${t(lang, 'overview.latestRate', { when })} (${status})`,
  };
}

/** The card an image key stands for: "overview", "area-<code>", "explainer-<slug>". */
export function shareCard(site: Site, lang: Lang, key: string, title: string): ShareCard {
  const province = site.data.province;
  const code = key.startsWith('area-') ? key.slice('area-'.length) : province.code;
  const figure = keyFigure(site, code, lang);
  return {
    lang,
    site: `${t(lang, 'site.name', { province: province.name })} ${PROGRAMME_PERIOD}`,
    title,
    figure: figure && { value: figure.rate, label: figure.label },
    chart: site.charts.get(chartId.poverty(code))?.svg(lang, 'wide'),
  };
}

/** The image key of a page: its own card for the overview, areas and explainers. */
export function shareKey(route: RouteName, params: Record<string, string>): string {
  if (route === 'area' && params.code) return `area-${params.code}`;
  if (route === 'explainer' && params.slug) return `explainer-${params.slug}`;
  return 'overview';
}

export function sharePage(
  site: Site,
  lang: Lang,
  route: RouteName,
  params: Record<string, string>,
  title: string,
): Share {
  const province = site.data.province;
  const siteName = `${t(lang, 'site.name', { province: province.name })} ${PROGRAMME_PERIOD}`;
  const key = shareKey(route, params);
  const area = route === 'area' ? site.data.areas.find((a) => a.code === params.code) : undefined;
  const figure = keyFigure(site, area?.code ?? province.code, lang);
  const chart = site.charts.get(chartId.poverty(area?.code ?? province.code));
  const named = area ? areaName(area, lang) : areaName(province, lang);
  let shareTitle = title;
  if (route === 'overview' && figure)
    shareTitle = t(lang, 'share.rateTitle', {
      name: siteName,
      rate: figure.rate,
      when: figure.when,
    });
  else if (route === 'overview') shareTitle = siteName;
  else if (area && figure)
    shareTitle = t(lang, 'share.rateTitle', { name: title, rate: figure.rate, when: figure.when });
  const alt = [
    key === 'overview' ? siteName : title,
    figure && t(lang, 'share.imageFigure', { area: named, summary: figure.summary }),
    chart?.title(lang),
  ]
    .filter(Boolean)
    .join('. ');
  return {
    title: shareTitle,
    summary: area ? figure?.summary : undefined,
    image: { path: sharePath(lang, key), alt: `${alt}.` },
  };
}
