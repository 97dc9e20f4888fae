/**
 * The map's names and values, always on screen (the map must read when tiles cannot load),
 * placed by placeLabels so none covers another, a marker, the map's controls or the map's edge.
 * A label that fits nowhere, even on two lines, is not drawn: its marker shows a number and the
 * key below the map gives that number's name and value. Re-placed after every move, zoom, resize
 * and font load, so the same screen always gives the same picture.
 */
import L from 'leaflet';
import { placeLabels, type Box, type LabelRequest } from '../lib/map/labelPlacement.ts';

export interface LabelText {
  code: string;
  name: string;
  value: string;
}

const MARKER = 22;

export class MapLabels {
  private readonly map: L.Map;
  private readonly markers: Map<string, L.Marker>;
  private readonly key: HTMLElement | null;
  private readonly pane: HTMLElement;
  private readonly labels = new Map<string, HTMLElement>();
  private texts: LabelText[] = [];

  constructor(map: L.Map, markers: Map<string, L.Marker>, key: HTMLElement | null) {
    this.map = map;
    this.markers = markers;
    this.key = key;
    this.pane = map.createPane('gn-labels');
    map.on('moveend zoomend resize', () => this.place());
    void document.fonts?.ready.then(() => this.place());
  }

  /** New texts (another year or indicator): redraw and re-place. */
  show(texts: LabelText[]): void {
    this.texts = texts.filter((t) => this.markers.has(t.code));
    for (const { code, name, value } of this.texts) {
      let label = this.labels.get(code);
      if (!label) {
        label = document.createElement('div');
        // leaflet-zoom-hide: hidden while a zoom animates, placed again when it ends.
        label.className = 'map-label leaflet-zoom-hide';
        // The marker's own name carries the same words for assistive technology.
        label.setAttribute('aria-hidden', 'true');
        this.pane.append(label);
        this.labels.set(code, label);
      }
      const nameSpan = document.createElement('span');
      nameSpan.className = 'map-label__name';
      nameSpan.textContent = `${name}:`;
      const valueSpan = document.createElement('span');
      valueSpan.className = 'map-label__value';
      valueSpan.textContent = value;
      label.replaceChildren(nameSpan, ' ', valueSpan);
    }
    this.place();
  }

  private size(label: HTMLElement, stacked: boolean): { width: number; height: number } {
    label.classList.toggle('map-label--stacked', stacked);
    const r = label.getBoundingClientRect();
    return { width: Math.ceil(r.width), height: Math.ceil(r.height) };
  }

  /** Boxes of the map's own controls (zoom buttons, attribution), in container pixels. */
  private obstacles(): Box[] {
    const container = this.map.getContainer();
    const origin = container.getBoundingClientRect();
    return [...container.querySelectorAll('.leaflet-control')].map((el) => {
      const r = el.getBoundingClientRect();
      return {
        left: r.left - origin.left - container.clientLeft,
        top: r.top - origin.top - container.clientTop,
        width: r.width,
        height: r.height,
      };
    });
  }

  private place(): void {
    if (this.texts.length === 0) return;
    const requests: LabelRequest[] = [];
    for (const { code } of this.texts) {
      const label = this.labels.get(code)!;
      label.hidden = false;
      const p = this.map.latLngToContainerPoint(this.markers.get(code)!.getLatLng());
      requests.push({
        id: code,
        marker: { left: p.x - MARKER / 2, top: p.y - MARKER / 2, width: MARKER, height: MARKER },
        sizes: [this.size(label, false), this.size(label, true)],
      });
    }
    const { x: width, y: height } = this.map.getSize();
    const placements = placeLabels(
      requests,
      { width, height },
      {
        obstacles: this.obstacles(),
      },
    );
    const unplaced: LabelText[] = [];
    for (const placement of placements) {
      const label = this.labels.get(placement.id)!;
      const symbol = this.markers.get(placement.id)!.getElement()?.querySelector('span');
      if (placement.box) {
        label.classList.toggle('map-label--stacked', placement.size === 1);
        const at = this.map.containerPointToLayerPoint([placement.box.left, placement.box.top]);
        L.DomUtil.setPosition(label, at);
        if (symbol) symbol.textContent = '';
      } else {
        label.hidden = true;
        unplaced.push(this.texts.find((t) => t.code === placement.id)!);
        if (symbol) symbol.textContent = String(unplaced.length);
      }
    }
    if (this.key) {
      this.key.hidden = unplaced.length === 0;
      this.key.querySelector('ol')?.replaceChildren(
        ...unplaced.map((t) => {
          const item = document.createElement('li');
          item.textContent = `${t.name}: ${t.value}`;
          return item;
        }),
      );
    }
  }
}
