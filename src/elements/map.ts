/**
 * <gn-map>: the interactive map. Reads its configuration from the JSON the page carries, draws
 * the areas (boundaries when present, else symbols at their seats), colours them by the chosen
 * indicator and year, keeps that choice in the address (?indicator=&year=), and opens an area's
 * page on click or Enter. Without a year in the address it opens on the indicator's default (the
 * year with the most figures, chosen at build). Labels are placed by MapLabels, clear of each
 * other. If tiles cannot load, the areas still show on a plain background.
 */
import L from 'leaflet';
import { classOf, NO_DATA, type Classes } from '../lib/map/classes.ts';
import type { MapIndicator, MapPayload } from '../lib/map/mapData.ts';
import type { Lang } from '../lib/text/lang.ts';
import { MapLabels } from './mapLabels.ts';

interface Config {
  lang: Lang;
  tileUrl: string;
  attribution: string;
  payload: MapPayload;
  /** Each indicator's opening year. */
  defaults: Record<MapIndicator, number>;
  boundaries: GeoJSON.FeatureCollection<GeoJSON.Geometry, { code: string }> | null;
  areas: {
    code: string;
    name: string;
    short: string;
    lat: number | null;
    lon: number | null;
    href: string;
  }[];
  text: {
    noData: string;
    legend: string;
    statuses: Record<string, string>;
    yearInferred: string;
    indicators: Record<string, string>;
  };
}

class GnMap extends HTMLElement {
  private config!: Config;
  private markers = new Map<string, L.Marker>();
  private shapes: L.GeoJSON | undefined;
  private labels!: MapLabels;

  connectedCallback(): void {
    const json = this.querySelector('.map-config')?.textContent;
    const container = this.querySelector<HTMLElement>('.map');
    if (!json || !container) return;
    this.config = JSON.parse(json) as Config;
    container.hidden = false;
    (this.querySelector('.map-legend') as HTMLElement).hidden = false;
    const map = L.map(container, { scrollWheelZoom: false, keyboard: true });
    const tiles = L.tileLayer(this.config.tileUrl, {
      attribution: this.config.attribution,
      maxZoom: 14,
    }).addTo(map);
    tiles.on('tileerror', () => {
      (this.querySelector('.map-tiles-failed') as HTMLElement).hidden = false;
    });
    const bounds = L.latLngBounds([]);
    if (this.config.boundaries) {
      this.shapes = L.geoJSON(this.config.boundaries, {
        onEachFeature: (f, layer) => layer.on('click', () => this.open(f.properties.code)),
      }).addTo(map);
      bounds.extend(this.shapes.getBounds());
    }
    for (const area of this.config.areas) {
      if (area.lat === null || area.lon === null) continue;
      // Our own icon from the start: Leaflet's default one would fetch image files we do not ship.
      const marker = L.marker([area.lat, area.lon], {
        icon: this.icon(-1),
        keyboard: true,
        title: area.name,
        alt: area.name,
      }).addTo(map);
      marker.on('click', () => this.open(area.code));
      this.markers.set(area.code, marker);
      bounds.extend([area.lat, area.lon]);
    }
    this.labels = new MapLabels(map, this.markers, this.querySelector('.map-key'));
    if (bounds.isValid()) map.fitBounds(bounds, { padding: [24, 24] });
    const form = this.querySelector('form');
    const params = new URLSearchParams(location.search);
    const select = (name: string) => form?.elements.namedItem(name) as HTMLSelectElement | null;
    const choose = (name: string, wanted: string | null | undefined): boolean => {
      const s = select(name);
      const ok = Boolean(s && wanted && [...s.options].some((o) => o.value === wanted));
      if (ok) s!.value = wanted!;
      return ok;
    };
    choose('indicator', params.get('indicator'));
    const indicator = select('indicator')?.value as MapIndicator | undefined;
    if (!choose('year', params.get('year')) && indicator)
      choose('year', String(this.config.defaults[indicator]));
    for (const name of ['indicator', 'year'])
      select(name)?.addEventListener('change', () => this.update(true));
    this.update(false);
  }

  private open(code: string): void {
    const area = this.config.areas.find((a) => a.code === code);
    if (area) location.href = area.href;
  }

  private state(): { indicator: MapIndicator; year: number } {
    const form = this.querySelector('form')!;
    return {
      indicator: (form.elements.namedItem('indicator') as HTMLSelectElement).value as MapIndicator,
      year: Number((form.elements.namedItem('year') as HTMLSelectElement).value),
    };
  }

  private update(remember: boolean): void {
    const { indicator, year } = this.state();
    if (remember) {
      const url = new URL(location.href);
      url.searchParams.set('indicator', indicator);
      url.searchParams.set('year', String(year));
      history.replaceState(null, '', url);
    }
    const data = this.config.payload.indicators[indicator];
    const values = data.byYear[year] ?? {};
    const format = (v: number) =>
      `${v.toLocaleString(this.config.lang === 'vi' ? 'vi-VN' : 'en-GB')}${indicator.endsWith('_pct') ? '%' : ''}`;
    const labels = [];
    for (const area of this.config.areas) {
      const found = values[area.code];
      const index = classOf(found?.value, data.classes);
      const status = found
        ? [this.config.text.statuses[found.status], found.inferred && this.config.text.yearInferred]
            .filter(Boolean)
            .join('; ')
        : '';
      const text = `${area.name}: ${found ? format(found.value) : this.config.text.noData}${status ? ` (${status})` : ''}`;
      const marker = this.markers.get(area.code);
      if (marker) {
        marker.setIcon(this.icon(index));
        marker.getElement()?.setAttribute('aria-label', text);
        labels.push({
          code: area.code,
          name: area.short,
          value: found ? format(found.value) : '—',
        });
      }
    }
    this.labels.show(labels);
    this.shapes?.setStyle((f) => {
      const index = classOf(
        values[(f as GeoJSON.Feature<GeoJSON.Geometry, { code: string }>).properties.code]?.value,
        data.classes,
      );
      return index < 0
        ? {
            fillColor: NO_DATA.fill,
            fillOpacity: 0.8,
            color: NO_DATA.stroke,
            dashArray: NO_DATA.dash,
            weight: 1.5,
          }
        : {
            fillColor: data.classes.colours[index],
            fillOpacity: 0.8,
            color: '#4a5560',
            weight: 1,
            dashArray: '',
          };
    });
    this.legend(indicator, year, data.classes, format);
  }

  /** Classes, not inline styles: the Content-Security-Policy allows no style attributes. */
  private icon(index: number): L.DivIcon {
    const name = index < 0 ? 'none' : String(index);
    return L.divIcon({
      className: `map-symbol map-class-${name}`,
      html: '<span></span>',
      iconSize: [22, 22],
    });
  }

  private legendItem(swatchClass: string, text: string): HTMLLIElement {
    const item = document.createElement('li');
    const swatch = document.createElement('span');
    swatch.className = swatchClass;
    item.append(swatch, text);
    return item;
  }

  private legend(
    indicator: MapIndicator,
    year: number,
    classes: Classes,
    format: (v: number) => string,
  ): void {
    const title = this.querySelector('.map-legend__title')!;
    const list = this.querySelector('.map-legend__items')!;
    title.textContent = `${this.config.text.legend}: ${this.config.text.indicators[indicator]}, ${year}`;
    const bounds = [0, ...classes.breaks];
    const items = classes.colours.map((_, i) => {
      const upper = classes.breaks[i];
      const label =
        upper === undefined
          ? `≥ ${format(bounds[i]!)}`
          : `${format(bounds[i]!)} – < ${format(upper)}`;
      return this.legendItem(`swatch map-class-${i}`, label);
    });
    items.push(this.legendItem('swatch map-class-none', this.config.text.noData));
    list.replaceChildren(...items);
  }
}

export function defineMap(): void {
  if (!customElements.get('gn-map')) customElements.define('gn-map', GnMap);
}
